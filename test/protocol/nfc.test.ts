// A draft whose letters are partly stored decomposed ("e" + U+0308): the server analyses the composed text
// and answers in positions of the text the editor holds.
import * as assert from 'node:assert/strict';
import { LspClient } from './lspClient';

const URI = 'file:///tmp/clausule-protocol/ontleed.av';
const DRAFT = [
  'Artikel 1 Definities', // 0
  'Clie\u0308nt: de wederpartij van Leverancier;', // 1
  'Artikel 2 Bee\u0308indiging', // 2
  '1. De Clie\u0308nt en de ideee\u0308n: een offerte is drie (4) weken geldig.', // 3
  '',
].join('\n');
const pos = (line: number, character: number) => ({ line, character });
const doc = { uri: URI };

describe('protocol: a draft with decomposed letters', function () {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    await client.initialize();
    client.open(URI, DRAFT);
  });
  after(async () => {
    await client.shutdown();
  });

  it('diagnostics sit on the original characters, after the decomposed letters too', async () => {
    const diagnostics = await client.diagnosticsFor(URI);
    const line3 = DRAFT.split('\n')[3];
    const number = diagnostics.find((d) => d.code === 'getal-woord');
    assert.ok(number, JSON.stringify(diagnostics));
    assert.equal(line3.slice(number.range.start.character, number.range.end.character).includes('(4)'), true);
    // The spelling rule names the first decomposed letter of each article: both of its units.
    const decomposed = diagnostics.filter((d) => d.code === 'spelling' && d.range.end.character - d.range.start.character === 2);
    assert.deepEqual(
      decomposed.map((d) => d.range),
      [
        { start: pos(1, 3), end: pos(1, 5) },
        { start: pos(2, 12), end: pos(2, 14) },
      ],
    );
  });

  it('symbols and definitions map the model of the composed text back to the editor text', async () => {
    const symbols = await client.request<any[]>('textDocument/documentSymbol', { textDocument: doc });
    assert.deepEqual(symbols.map((s) => s.name), ['Artikel 1 – Definities', 'Artikel 2 – Beëindiging']);
    assert.deepEqual(symbols[1].range.start, pos(2, 0));
    // From the middle of "Clie\u0308nt" (between the letter and its mark) to the definition, whole.
    const d = await client.request<any[]>('textDocument/definition', { textDocument: doc, position: pos(3, 10) });
    assert.deepEqual(d[0].range, { start: pos(1, 0), end: pos(1, 7) });
  });
});
