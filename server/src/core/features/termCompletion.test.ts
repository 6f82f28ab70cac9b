import * as assert from 'node:assert/strict';
import { parseDocument } from '../model/parse';
import { termCompletions } from './termCompletion';

const TEXT = 'Artikel 1 Definities\nKlant: de wederpartij;\nKlantportaal: het portaal.\nArtikel 2 Slot\n1. Een.\n2. Twee.\n3. Zie artikel ';

describe('features/termCompletion', () => {
  it('offers clause numbers after "artikel "', () => {
    const m = parseDocument(TEXT);
    const items = termCompletions(m, TEXT.length, 'nl');
    assert.deepEqual(items.map((i) => i.label), ['1', '2', '2 lid 1', '2 lid 2', '2 lid 3']);
    const partial = parseDocument(TEXT + '2 ');
    assert.deepEqual(termCompletions(partial, TEXT.length + 1, 'nl').map((i) => i.label), ['2', '2 lid 1', '2 lid 2', '2 lid 3']);
  });

  it('offers defined terms for a capitalised prefix, and nothing for ordinary words', () => {
    const text = TEXT.replace('Zie artikel ', 'De Kla');
    const m = parseDocument(text);
    const items = termCompletions(m, text.length, 'nl');
    assert.deepEqual(items.map((i) => i.label), ['Klant', 'Klantportaal']);
    assert.equal(text.slice(items[0].span.start, items[0].span.end), 'Kla');
    const space = TEXT.replace('Zie artikel ', 'De ');
    assert.equal(termCompletions(parseDocument(space), space.length, 'nl', false).length, 0, 'typing a space offers nothing');
    assert.equal(termCompletions(parseDocument(space), space.length, 'nl', true).length, 2, 'asking offers every term');
    const lower = TEXT.replace('Zie artikel ', 'de kla');
    assert.deepEqual(termCompletions(parseDocument(lower), lower.length, 'nl'), []);
  });
});
