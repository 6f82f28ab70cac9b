// wordBefore (the word before an offset, for definitions) reads Latin letters as the regex it replaced did.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { wordBefore } from './definitions';
import { isLatinLetter } from '../text/letters';
import { runs } from '../testing/fuzz';

describe('model: the word before an offset', () => {
  it('isLatinLetter is /[A-Za-zÀ-ÖØ-öø-ÿ]/ on every UTF-16 code unit, and wordBefore reads words as before', () => {
    const re = /[A-Za-zÀ-ÖØ-öø-ÿ]/;
    for (let c = 0; c <= 0xffff; c++) assert.equal(isLatinLetter(c), re.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
    const original = (text: string, at: number): string | undefined => {
      let i = at - 1;
      while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
      const end = i + 1;
      let n = 0;
      while (i >= 0 && n < 30 && re.test(text[i])) {
        i--;
        n++;
      }
      if (end === i + 1) return undefined;
      return text.slice(i + 1, end).toLowerCase();
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', 'é', 'ÿ', '×', '÷', ' ', '\t', '\n', '1', 'ĳ', '\u{1F600}') }), fc.nat(), (text, k) => {
        const at = k % (text.length + 1);
        assert.equal(wordBefore(text, at), original(text, at));
      }),
      { numRuns: runs(500) },
    );
  });
});
