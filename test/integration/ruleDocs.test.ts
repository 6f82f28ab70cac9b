import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, code, diagnosticsFor, openDraft, waitFor } from './helpers';

const previewTabs = () =>
  vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType));

const rulePage = (id: string, lang: 'nl' | 'en') =>
  waitFor(`the ${lang} page of ${id}`, () =>
    vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'clausule-regel' && d.uri.path === `/${id}.md` && new URLSearchParams(d.uri.query).get('lang') === lang),
  );

describe('rule documentation', () => {
  after(async () => {
    await vscode.workspace.getConfiguration('clausule').update('language', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  it("a diagnostic's code link opens its rule's page rendered and read-only, in Dutch by default and in English by setting", async () => {
    const { doc } = await openDraft('gebreken.av');
    const diags = await diagnosticsFor(doc.uri, (d) => d.some((x) => code(x) === 'getal-woord'));
    const target = (diags.find((x) => code(x) === 'getal-woord')!.code as { target: vscode.Uri }).target;
    // Not the Markdown source in the extension folder (an editable tab): a command that shows the page.
    assert.equal(target.scheme, 'command');
    assert.equal(target.path, 'clausule.showRuleDoc');
    const args = JSON.parse(target.query) as string[];
    assert.deepEqual(args, ['getal-woord', 'nl'], 'the page in the language of the draft');

    await vscode.commands.executeCommand(target.path, ...args);
    const nl = await rulePage('getal-woord', 'nl');
    assert.match(nl.getText(), /^# getal-woord – getal en woord in strijd$/m);
    assert.match(nl.getText(), /^## Wat het vindt/m);
    assert.doesNotMatch(nl.getText(), /\*\*English\.\*\*/);
    await waitFor('the Markdown preview', () => previewTabs().length > 0 && previewTabs());
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document.uri.scheme === 'clausule-regel'), 'the page is not open as text');

    await vscode.workspace.getConfiguration('clausule').update('language', 'en', vscode.ConfigurationTarget.Global);
    const linkIn = async (lang: string) => {
      const again = await diagnosticsFor(doc.uri, (d) => d.some((x) => code(x) === 'getal-woord' && JSON.parse((x.code as { target: vscode.Uri }).target.query)[1] === lang));
      return JSON.parse((again.find((x) => code(x) === 'getal-woord')!.code as { target: vscode.Uri }).target.query) as string[];
    };
    await vscode.commands.executeCommand(target.path, ...(await linkIn('en')));
    const en = await rulePage('getal-woord', 'en');
    assert.match(en.getText(), /^# getal-woord – number and words disagree$/m);
    assert.match(en.getText(), /^## What it finds/m);
    assert.doesNotMatch(en.getText(), /Wat het vindt|Waarom het ertoe doet/);

    // A draft's own language comment goes before the setting: its links open the Dutch page again.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), '<!-- clausule: taal=nl -->\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.deepEqual(await linkIn('nl'), ['getal-woord', 'nl']);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
