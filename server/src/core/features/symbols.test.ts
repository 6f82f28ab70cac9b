import * as assert from 'node:assert/strict';
import { parseDocument } from '../model/parse';
import { documentSymbols, foldingRanges, selectionSpans } from './symbols';

const TEXT = '## Artikel 1 – Definities\n- **Klant**: de wederpartij.\n\n## Artikel 2 – Betaling\n2.1 De Klant betaalt\n    binnen dertig (30) dagen.\n2.2 Rente is verschuldigd.\n';
const m = parseDocument(TEXT);

describe('features/symbols', () => {
  it('gives the outline with numbers and headings', () => {
    const s = documentSymbols(m);
    assert.deepEqual(s.map((x) => x.name), ['Artikel 1 – Definities', 'Artikel 2 – Betaling']);
    assert.deepEqual(s[1].children.map((x) => [x.name, x.detail, x.kind]), [
      ['2.1', 'De Klant betaalt binnen dertig (30) dagen.', 'clause'],
      ['2.2', 'Rente is verschuldigd.', 'clause'],
    ]);
    assert.equal(TEXT.slice(s[1].children[0].selectionSpan.start, s[1].children[0].selectionSpan.end), '2.1');
  });

  it('folds per article and per multi-line clause, without trailing blank lines', () => {
    assert.deepEqual(foldingRanges(m), [
      { startLine: 0, endLine: 1 },
      { startLine: 3, endLine: 6 },
      { startLine: 4, endLine: 5 },
    ]);
  });

  it('selects outwards: word, clause text, line, clause, article, document', () => {
    const spans = selectionSpans(m, TEXT.indexOf('dertig') + 2).map((s) => TEXT.slice(s.start, s.end));
    assert.equal(spans[0], 'dertig');
    assert.ok(spans.includes('De Klant betaalt\n    binnen dertig (30) dagen.'));
    assert.equal(spans[spans.length - 1], TEXT);
    for (let k = 1; k < spans.length; k++) assert.ok(spans[k].includes(spans[k - 1]), 'each range contains the previous');
  });
});
