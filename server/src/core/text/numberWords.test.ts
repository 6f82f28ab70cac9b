import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isPlainLower, normalise, numberToWord, wordToNumber } from './numberWords';
import { runs } from '../testing/fuzz';

// wordToNumber looks a plain a-z word up as it is, without normalise: that must be what normalise gives.
const PIECES = ['een', 'twee', 'ën', 'en', 'twintig', 'honderd', 'duizend', '-', 'É', 'ë', 'é', 'E', 'K', '\u212a', '\u017f', '\u0130', 'ß', 'x', 'Z', ' '];
const words = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }).map(numberToWord) },
);

describe('numberWords', () => {
  it('a plain lower-case word is its own normal form', () => {
    fc.assert(fc.property(words, (w) => !isPlainLower(w) || normalise(w) === w), { numRuns: runs(3000) });
  });
  it('finds the same numbers as a lookup of the normal form', () => {
    const all = new Map<string, number>();
    for (let n = 0; n <= 9999; n++) all.set(normalise(numberToWord(n)), n);
    all.set('honderd', 100);
    all.set('duizend', 1000);
    fc.assert(fc.property(words, (w) => wordToNumber(w) === all.get(normalise(w))), { numRuns: runs(3000) });
    assert.equal(wordToNumber('Tweeëntwintig'), 22);
    assert.equal(wordToNumber('twee-en-twintig'), 22);
    assert.equal(wordToNumber('vijftien'), 15);
  });
});
