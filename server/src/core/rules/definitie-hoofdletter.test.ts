import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFix, check, unmark } from '../testing/check';
import { keyTable, lowerWordHits, lowerWordHitsPlain } from './definitie-hoofdletter';
import { parseDocument } from '../model/parse';
import { formsOf, pluralsOf } from '../model/definitions';
import { runs } from '../testing/fuzz';

const DEFS = 'Artikel 1 Definities\nSoftware: de programmatuur van Leverancier;\nOpdrachtgever: de wederpartij van Leverancier.\nArtikel 2 Gebruik\n';
const PARTY = 'Opdrachtgever betaalt. Opdrachtgever meldt. Opdrachtgever zorgt. Opdrachtgever test. Opdrachtgever stemt in.\n';

describe('definitie-hoofdletter', () => {
  it('fires on a defined term in lower case where the definition is meant', () => {
    check('definitie-hoofdletter', DEFS + '1. Leverancier onderhoudt de «software».\n');
    check('definitie-hoofdletter', DEFS + PARTY + '2. Betaling door «opdrachtgever» geschiedt per maand.\n');
  });

  it('fixes by capitalising', () => {
    const marked = DEFS + '1. Leverancier onderhoudt de «software».\n';
    const [f] = check('definitie-hoofdletter', marked);
    assert.ok(applyFix(unmark(marked).text, f).endsWith('onderhoudt de Software.\n'));
  });

  it('stays quiet on generic uses, qualified uses and inside definitions', () => {
    check('definitie-hoofdletter', DEFS + '1. Leverancier levert ook software van derden; een opdrachtgever van Leverancier; andere software; de softwareleverancier.\n');
  });
});

describe('definitie-hoofdletter, definitie-onbekend: the forms they read from the model', () => {
  // Both rules take a definition's plurals from d.forms instead of inflecting the term again.
  it('d.forms is the term and, when the draft covers plurals, its plurals', () => {
    const defs = 'Artikel 1 Definities\nSoftware: de programmatuur;\nBijlage: een bijlage;\nDienst of Diensten: de dienst;\nOpdracht: de opdracht.\n';
    for (const lead of ['', 'Het enkelvoud omvat ook het meervoud.\n']) {
      const model = parseDocument(lead + defs);
      assert.ok(model.definitions.length >= 4);
      assert.equal(model.pluralCovered, lead !== '');
      for (const d of model.definitions) {
        assert.deepEqual(d.forms, formsOf(d.term, model.pluralCovered), d.term);
        if (model.pluralCovered) assert.deepEqual(d.forms.slice(1), pluralsOf(d.term));
      }
    }
  });
});

describe('definitie-hoofdletter: the word scanner read in place', () => {
  const WORD = /[a-zß-öø-ÿ][a-zß-öø-ÿ'’]{1,40}/g;
  const KEYS = ['software', 'dienst', 'ab', 'één', 'x’y', 'prijs', 'e-mail', 'ÿz', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'aa'];
  const piece = fc.constantFrom(...KEYS, 'a', 'A', 'Software', 'é', 'É', 'ß', '÷', '×', "'", '’', ' ', '\t', '\n', '\r\n', '-', '(', ')', '1', 'ſ', 'K', 'İ', '\u{1F600}', 'ĳ', 'a'.repeat(40));
  const textArb = fc.oneof(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 60 }));

  it('finds the regex matches that are keys, at the same offsets, within any range', () => {
    const table = keyTable(KEYS);
    const keys = new Set(KEYS);
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, x, y) => {
        const from = x % (text.length + 1);
        const to = from + (y % (text.length - from + 1));
        const want: Array<[number, string]> = [];
        const part = text.slice(from, to);
        WORD.lastIndex = 0;
        for (let m = WORD.exec(part); m; m = WORD.exec(part)) if (keys.has(m[0])) want.push([from + m.index, m[0]]);
        const got: Array<[number, string]> = [];
        lowerWordHits(text, from, to, table, (i, w) => void got.push([i, w]));
        assert.deepEqual(got, want, JSON.stringify(text));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('reads runs as the plain scanner does, for any keys (the run filter only skips runs that are no key)', () => {
    const word = fc.array(fc.constantFrom('a', 'b', 'é', 'ß', 'ÿ', "'", '’'), { minLength: 1, maxLength: 44 }).map((p) => p.join(''));
    const sep = fc.constantFrom(' ', '\n', '\r\n', 'A', 'É', '1', '-', '(', 'ſ', 'K', '\u{1F600}', 'ĳ', '');
    const textOf = fc.array(fc.tuple(word, sep), { maxLength: 12 }).map((p) => p.flat().join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), textOf, fc.nat(), fc.nat(), (keys, text, x, y) => {
        // The run's words themselves as keys too, so that hits are common.
        const table = keyTable([...keys, ...text.split(/[^a-zß-öø-ÿ'’]+/).filter((w) => w.length >= 2).slice(0, 4)]);
        const from = x % (text.length + 1);
        const to = from + (y % (text.length - from + 1));
        const want: Array<[number, string]> = [];
        lowerWordHitsPlain(text, from, to, table, (i, w) => void want.push([i, w]));
        const got: Array<[number, string]> = [];
        lowerWordHits(text, from, to, table, (i, w) => void got.push([i, w]));
        assert.deepEqual(got, want, JSON.stringify(text));
      }),
      { numRuns: runs(3000) },
    );
  });
});
