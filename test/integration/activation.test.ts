import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAll, openDraft, waitFor } from './helpers';

describe('activation', () => {
  after(closeAll);

  it('stays inactive until a draft is opened, then activates and starts the language server', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    assert.equal(ext.isActive, false, 'activation is on the voorwaarden language only');
    const { doc } = await openDraft('gebreken.av');
    assert.equal(doc.languageId, 'voorwaarden');
    const client = (ext.exports as { client?: { isRunning(): boolean } }).client;
    assert.ok(client, 'activate() returns the language client');
    await waitFor('the language client to run', () => client.isRunning());
  });

  it('recognises *.av.md and *.voorwaarden files as drafts, ahead of Markdown', async () => {
    for (const name of ['kort.av.md', 'kort.voorwaarden']) {
      const { doc } = await openDraft(name);
      assert.equal(doc.languageId, 'voorwaarden', name);
    }
  });

  it('runs the build this route is meant to test', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const route = process.env.CLAUSULE_IT_ROUTE;
    if (route === 'vsix') {
      // Installed from clausule.vsix by `code-server --install-extension`.
      const dir = process.env.CLAUSULE_IT_EXTENSIONS_DIR!;
      assert.ok(ext.extensionPath.startsWith(dir + path.sep), `${ext.extensionPath} is inside ${dir}`);
    } else {
      // The development path: the repository folder (this file is in <repo>/test/e2e/work/integration-out).
      const repo = process.env.CLAUSULE_IT_REPO ?? path.resolve(__dirname, '../../../..');
      assert.equal(ext.extensionPath, repo);
    }
    assert.equal(ext.packageJSON.name, 'clausule');
  });
});
