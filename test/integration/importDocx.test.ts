import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, code, diagnosticsFor, waitFor, workspaceFile } from './helpers';

describe('Word documents (#20)', () => {
  const created: vscode.Uri[] = [];
  after(async () => {
    await closeAll();
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('"Word-document openen als concept" writes the draft beside the .docx, opens and checks it, and never replaces a draft', async () => {
    const source = workspaceFile('artikelen.docx');
    const menu = (await vscode.commands.getCommands(true)).includes('clausule.importDocx');
    assert.ok(menu, 'the command is registered');
    await vscode.commands.executeCommand('clausule.importDocx', source);
    const first = workspaceFile('artikelen.av.md');
    created.push(first);
    const editor = await waitFor('the imported draft in the editor', () => vscode.window.activeTextEditor?.document.uri.toString() === first.toString() && vscode.window.activeTextEditor);
    const text = editor.document.getText();
    assert.equal(editor.document.languageId, 'voorwaarden');
    // Word's automatic numbering as Word shows it (the LibreOffice rendering is test/fixtures/docx/artikelen.txt).
    for (const line of ['## Artikel 1 Definities', '1.1 In deze voorwaarden wordt verstaan onder:', 'a. Klant: de wederpartij van Proefbedrijf;', '## Artikel 2 Levering', '2.2 Een levertermijn is een streeftermijn, tenzij partijen:', '## Artikel 3 Betaling', '3.1 De Klant betaalt binnen dertig dagen na de factuurdatum.']) {
      assert.ok(text.split(/\r?\n/).includes(line), `the draft has the line ${JSON.stringify(line)}`);
    }
    const diags = await diagnosticsFor(first, (d) => d.some((x) => code(x) === 'vage-norm'));
    assert.equal(diags.find((x) => code(x) === 'vage-norm')!.range.start.line, text.split('\n').findIndex((l) => l.includes('streeftermijn')));

    await vscode.commands.executeCommand('clausule.importDocx', source);
    const second = workspaceFile('artikelen-2.av.md');
    created.push(second);
    await waitFor('the second import in its own file', () => vscode.window.activeTextEditor?.document.uri.toString() === second.toString());
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(first)), text, 'the first draft is untouched');
  });
});
