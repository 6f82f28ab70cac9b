import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, label, openDraft, openUntitled, positionOf } from './helpers';

async function complete(uri: vscode.Uri, pos: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, pos);
  return list.items;
}

describe('completion (vscode.executeCompletionItemProvider)', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAll();
  });

  it('offers the clause library: av-aansprakelijkheid-b2b expands to a liability article with placeholders', async () => {
    const { doc, editor } = await openUntitled('av-aansprak');
    const items = await complete(doc.uri, new vscode.Position(0, 11));
    const item = items.find((i) => label(i) === 'av-aansprakelijkheid-b2b' && i.insertText instanceof vscode.SnippetString);
    assert.ok(item, `av-aansprakelijkheid-b2b among ${JSON.stringify(items.map(label).slice(0, 40))}`);
    const body = (item.insertText as vscode.SnippetString).value;
    // Numbered for its place in the draft (the first article of an empty one), not left as a tab stop.
    assert.match(body, /^## Artikel 1 – Aansprakelijkheid\n/);
    assert.match(body, /opzet of bewuste roekeloosheid/);
    // Insert it the way accepting the suggestion does, and see the clause in the draft.
    await editor.insertSnippet(item.insertText as vscode.SnippetString, new vscode.Range(0, 0, 0, 11));
    assert.match(doc.getText(), /^## Artikel 1 – Aansprakelijkheid\n1\.1 De aansprakelijkheid van Leverancier/);
  });

  it('completes a defined term from the draft’s definitions', async () => {
    const { doc, editor } = await openDraft('begrippen.av');
    const at = positionOf(doc, '6.2 Geschillen').line + 1;
    await editor.edit((e) => e.insert(new vscode.Position(at, 0), '6.3 Kosten van de Opdr\n'));
    const items = await complete(doc.uri, new vscode.Position(at, 22));
    const term = items.find((i) => label(i) === 'Opdrachtgever');
    assert.ok(term, `Opdrachtgever among ${JSON.stringify(items.map(label).slice(0, 40))}`);
    assert.notEqual(term.kind, vscode.CompletionItemKind.Text, 'from the server, not from word-based suggestions');
  });
});
