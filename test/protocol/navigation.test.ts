// The model/navigation features against the real bundled server over stdio.
import * as assert from 'node:assert/strict';
import { LspClient } from './lspClient';

const URI = 'file:///tmp/clausule-protocol/navigatie.av';
const DRAFT = [
  'Artikel 1 Definities', // 0
  'In deze voorwaarden omvat het enkelvoud ook het meervoud.', // 1
  'Opdracht: de afspraak over de dienst;', // 2
  'Opdrachtgever: de wederpartij van Leverancier.', // 3
  'Artikel 3 Uitvoering 😀', // 4
  '1. Opdrachtgever verstrekt iedere Opdracht schriftelijk.', // 5
  '3. Opdrachten worden uitgevoerd zoals bepaald in lid 1 en artikel 7:404 BW.', // 6
  '   a. tijdig;', // 7
  '   b. zorgvuldig.', // 8
  'Artikel 4 Slot', // 9
  '1. Artikel 3 lid 3 geldt ook voor spoedeisende Opdrachten.', // 10
  '',
].join('\r\n');
const pos = (line: number, character: number) => ({ line, character });
const doc = { uri: URI };

describe('protocol: navigation on the document model', function () {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    const init = await client.initialize();
    const caps = init.capabilities;
    for (const c of ['hoverProvider', 'completionProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'selectionRangeProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'renameProvider', 'executeCommandProvider']) {
      assert.ok(caps[c], `capability ${c}`);
    }
    assert.ok(caps.executeCommandProvider.commands.includes('clausule.renumber'));
    assert.ok(caps.completionProvider.triggerCharacters.includes('-'), 'typing "av-" asks for the library clauses');
    client.open(URI, DRAFT);
    await client.diagnosticsFor(URI);
  });
  after(async () => {
    await client.shutdown();
  });

  it('documentSymbol: articles and leden with numbers and headings', async () => {
    const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: doc });
    assert.deepEqual(symbols.map((s) => s.name), ['Artikel 1 – Definities', 'Artikel 3 – Uitvoering 😀', 'Artikel 4 – Slot']);
    assert.deepEqual(symbols[1].children.map((c: any) => c.name), ['3 lid 1', '3 lid 3']);
    assert.deepEqual(symbols[1].children[1].children.map((c: any) => c.name), ['3 lid 3 sub a', '3 lid 3 sub b']);
    assert.deepEqual(symbols[1].children[0].selectionRange, { start: pos(5, 0), end: pos(5, 1) });
  });

  it('foldingRange: one per article and per clause with sub-items', async () => {
    const folds = await client.request<any[]>('textDocument/foldingRange', { textDocument: doc });
    const pairs = folds.map((f) => [f.startLine, f.endLine]);
    assert.deepEqual(pairs, [[0, 3], [4, 8], [6, 8], [9, 10]]);
  });

  it('selectionRange: word, then ever larger parts', async () => {
    const [r] = await client.request<any[]>('textDocument/selectionRange', { textDocument: doc, positions: [pos(6, 5)] });
    assert.deepEqual(r.range, { start: pos(6, 3), end: pos(6, 13) });
    let top = r;
    while (top.parent) top = top.parent;
    assert.deepEqual(top.range.start, pos(0, 0));
  });

  it('hover: a defined term shows its definition, a reference the clause text', async () => {
    const h = await client.request<any>('textDocument/hover', { textDocument: doc, position: pos(6, 6) });
    assert.match(h.contents.value, /Opdracht.*gedefinieerd begrip/);
    assert.match(h.contents.value, /de afspraak over de dienst/);
    assert.deepEqual(h.range, { start: pos(6, 3), end: pos(6, 13) });
    const r = await client.request<any>('textDocument/hover', { textDocument: doc, position: pos(10, 12) });
    assert.match(r.contents.value, /3 lid 3/);
    assert.match(r.contents.value, /Opdrachten worden uitgevoerd/);
    assert.equal(await client.request('textDocument/hover', { textDocument: doc, position: pos(5, 25) }), null);
  });

  it('definition: term to definition, reference to clause', async () => {
    const d = await client.request<any[]>('textDocument/definition', { textDocument: doc, position: pos(10, 55) });
    assert.deepEqual(d, [{ uri: URI, range: { start: pos(2, 0), end: pos(2, 8) } }]);
    const r = await client.request<any[]>('textDocument/definition', { textDocument: doc, position: pos(6, 50) });
    assert.deepEqual(r, [{ uri: URI, range: { start: pos(5, 0), end: pos(5, 1) } }]);
  });

  it('references: every use of a term with its inflections; every reference to a clause', async () => {
    const refs = await client.request<any[]>('textDocument/references', { textDocument: doc, position: pos(2, 2), context: { includeDeclaration: true } });
    assert.deepEqual(refs.map((l) => [l.range.start.line, l.range.end.character - l.range.start.character]), [[2, 8], [5, 8], [6, 10], [10, 10]]);
    const clause = await client.request<any[]>('textDocument/references', { textDocument: doc, position: pos(6, 0), context: { includeDeclaration: false } });
    assert.deepEqual(clause.map((l) => l.range), [{ start: pos(10, 3), end: pos(10, 18) }]);
  });

  it('documentHighlight: the definition is written, the uses are read', async () => {
    const hs = await client.request<any[]>('textDocument/documentHighlight', { textDocument: doc, position: pos(5, 5) });
    assert.deepEqual(hs.map((h) => [h.range.start.line, h.kind]), [[3, 3], [5, 2]]);
  });

  it('completion: clause numbers after "artikel ", defined terms for a capital', async () => {
    const uri = 'file:///tmp/clausule-protocol/completion.av';
    const text = DRAFT + 'Zie artikel \r\nDe Opdr';
    client.open(uri, text);
    const items = await client.request<any[]>('textDocument/completion', { textDocument: { uri }, position: pos(11, 12) });
    assert.ok(items.some((i) => i.label === '3 lid 3'), JSON.stringify(items.map((i) => i.label)));
    const terms = await client.request<any[]>('textDocument/completion', { textDocument: { uri }, position: pos(12, 7) });
    assert.deepEqual(terms.map((i) => i.label).sort(), ['Opdracht', 'Opdrachtgever']);
    assert.deepEqual(terms[0].textEdit.range, { start: pos(12, 3), end: pos(12, 7) });
    // The same handler serves statute articles after "artikel 7:" and library clauses after "av-".
    const uri2 = 'file:///tmp/clausule-protocol/completion2.av';
    // (The clause goes below a blank line: right under an unfinished sentence "av" is prose.)
    client.open(uri2, 'Zie artikel 7:40\n\nav-aansprak');
    const law = await client.request<any[]>('textDocument/completion', { textDocument: { uri: uri2 }, position: pos(0, 16) });
    assert.ok(law.some((i) => i.label === '404') && !law.some((i) => i.label === 'Opdracht'), JSON.stringify(law.map((i) => i.label)));
    const lib = await client.request<any[]>('textDocument/completion', { textDocument: { uri: uri2 }, position: pos(2, 11) });
    assert.ok(lib.length > 0 && lib.every((i) => i.label.startsWith('av-aansprak') && i.insertTextFormat === 2), JSON.stringify(lib.map((i) => i.label)));
    // Typing the "-" of "av-" asks for completion (a trigger character, so the editor asks even with quick
    // suggestions off), and the clauses come numbered for their place: after article 1, article 2.
    const uri3 = 'file:///tmp/clausule-protocol/completion3.av';
    client.open(uri3, '## Artikel 1 – Toepasselijkheid\n1.1 Deze voorwaarden gelden voor elke opdracht.\n\nav-');
    const typed = await client.request<any[]>('textDocument/completion', { textDocument: { uri: uri3 }, position: pos(3, 3), context: { triggerKind: 2, triggerCharacter: '-' } });
    const liability = typed.find((i) => i.label.startsWith('av-aansprakelijkheid'));
    assert.ok(liability, JSON.stringify(typed.map((i) => i.label)));
    assert.match(liability.detail, /^Artikel 2 – /);
  });

  it('rename: a term everywhere with its plural; anything else is refused', async () => {
    const prep = await client.request<any>('textDocument/prepareRename', { textDocument: doc, position: pos(6, 4) });
    assert.equal(prep.placeholder, 'Opdracht');
    await assert.rejects(client.request('textDocument/prepareRename', { textDocument: doc, position: pos(5, 25) }), /gedefinieerd begrip/);
    const edit = await client.request<any>('textDocument/rename', { textDocument: doc, position: pos(2, 1), newName: 'Overeenkomst' });
    assert.deepEqual(edit.changes[URI].map((e: any) => [e.range.start.line, e.newText]), [[2, 'Overeenkomst'], [5, 'Overeenkomst'], [6, 'Overeenkomsten'], [10, 'Overeenkomsten']]);
  });

  it('clausule.renumber: one edit that renumbers articles and leden and every reference', async () => {
    const result = await client.request<any>('workspace/executeCommand', { command: 'clausule.renumber', arguments: [URI] });
    const edits = result.documentChanges[0].edits.map((e: any) => [e.range.start.line, e.range.start.character, e.newText]);
    assert.deepEqual(edits, [
      [4, 8, '2'],
      [6, 0, '2'],
      [9, 8, '3'],
      [10, 11, '2'],
      [10, 17, '2'],
    ]);
    const defs = await client.request<any[]>('workspace/executeCommand', { command: 'clausule.showDefinitions', arguments: [{ uri: URI }] });
    assert.deepEqual(defs.map((d) => d.term), ['Opdracht', 'Opdrachtgever']);
  });

  it('answers malformed requests with an error and keeps serving', async () => {
    await assert.rejects(client.request('textDocument/hover', { textDocument: doc, position: { line: -1, character: 'x' } }));
    await assert.rejects(client.request('workspace/executeCommand', { command: 'clausule.renumber', arguments: ['file:///niet/open.av'] }));
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///niet/open.av' }, position: pos(0, 0) }), null);
    const h = await client.request<any>('textDocument/hover', { textDocument: doc, position: pos(1000, 1000) });
    assert.equal(h, null);
  });
});
