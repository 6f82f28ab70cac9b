import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, openDraft, positionOf } from './helpers';

type Target = vscode.Location | vscode.LocationLink;
const targetRange = (t: Target) => ('targetUri' in t ? t.targetSelectionRange ?? t.targetRange : t.range);
const targetUri = (t: Target) => ('targetUri' in t ? t.targetUri : t.uri);

describe('navigation', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAll();
  });

  it('goes from a defined term to its definition (vscode.executeDefinitionProvider)', async () => {
    const { doc } = await openDraft('begrippen.av');
    const targets = await vscode.commands.executeCommand<Target[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'Opdrachtgever kan de Overeenkomst', 0, 4));
    assert.equal(targets.length, 1, JSON.stringify(targets));
    assert.equal(targetUri(targets[0]).toString(), doc.uri.toString());
    const definitionLine = positionOf(doc, '**Opdrachtgever**').line;
    assert.equal(targetRange(targets[0]).start.line, definitionLine);
  });

  it('goes from a cross-reference to the clause it points to', async () => {
    const { doc } = await openDraft('begrippen.av');
    const targets = await vscode.commands.executeCommand<Target[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'artikel 2.1 gelden', 0, 9));
    assert.equal(targets.length, 1, JSON.stringify(targets));
    assert.equal(targetRange(targets[0]).start.line, positionOf(doc, '2.1 Deze algemene voorwaarden').line);
  });

  it('outlines the articles and their clauses (vscode.executeDocumentSymbolProvider)', async () => {
    const { doc } = await openDraft('begrippen.av');
    const roots = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const all: vscode.DocumentSymbol[] = [];
    const walk = (s: vscode.DocumentSymbol[]) => s.forEach((x) => (all.push(x), walk(x.children)));
    walk(roots);
    const articles = all.filter((s) => /^Artikel \d/.test(s.name));
    assert.deepEqual(articles.map((s) => s.name), [
      'Artikel 1 – Definities',
      'Artikel 2 – Toepasselijkheid',
      'Artikel 3 – Duur en opzegging',
      'Artikel 4 – Aansprakelijkheid',
      'Artikel 5 – Overmacht',
      'Artikel 6 – Toepasselijk recht en geschillen',
    ]);
    const art3 = articles[2];
    assert.deepEqual(art3.children.map((c) => c.name.split(' ')[0]), ['3.1', '3.2']);
    assert.equal(art3.range.start.line, positionOf(doc, '## Artikel 3').line);
  });

  it('finds every use of a defined term (vscode.executeReferenceProvider)', async () => {
    const { doc } = await openDraft('begrippen.av');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'Opdrachtgever kan', 0, 2));
    const expected: string[] = [];
    for (let at = doc.getText().indexOf('Opdrachtgever'); at >= 0; at = doc.getText().indexOf('Opdrachtgever', at + 1)) {
      const p = doc.positionAt(at);
      expected.push(`${p.line}:${p.character}`);
    }
    assert.deepEqual(refs.map((r) => `${r.range.start.line}:${r.range.start.character}`).sort(), expected.sort());
  });

  it('renames a defined term everywhere (vscode.executeDocumentRenameProvider), changing nothing else', async () => {
    const { doc } = await openDraft('begrippen.av');
    const before = doc.getText();
    const uses = before.split('Opdrachtgever').length - 1;
    assert.ok(uses >= 5);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, positionOf(doc, 'Opdrachtgever kan', 0, 2), 'Klant');
    assert.ok(edit, 'a rename edit');
    assert.equal(edit.get(doc.uri).length, uses, 'one edit per occurrence, definition included');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(doc.getText(), before.split('Opdrachtgever').join('Klant'));
  });
});
