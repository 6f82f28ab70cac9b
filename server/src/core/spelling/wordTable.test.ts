import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { runs } from '../testing/fuzz';
import { WordTable, wordKey } from './wordTable';
import { checkableWords, checkableWordSpans, wordAt } from './words';
import { letterRuns } from '../text/letterRuns';

describe('spelling: the word table', () => {
  // Words that share letters, lengths and keys' low bits often; curly and straight apostrophes.
  const word = fc.array(fc.constantFrom('a', 'b', 'é', "'", '’', 'x'), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));

  it('answers as a Map of the words (a curly apostrophe read as a straight one) that starts afresh at its limit', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.nat(255)), { maxLength: 120 }), fc.integer({ min: 1, max: 40 }), (steps, limit) => {
        const table = new WordTable(limit, 4);
        const model = new Map<string, number>();
        // Each word asked inside a longer text, as the rule asks it.
        for (const [w, value] of steps) {
          const text = `(${w}) `;
          const straight = w.replace(/’/g, "'");
          assert.equal(table.find(text, 1, 1 + w.length, wordKey(text, 1, 1 + w.length)), model.get(straight) ?? -1, w);
          if (model.has(straight)) continue;
          if (model.size >= limit) model.clear();
          table.add(straight, wordKey(straight, 0, straight.length), value);
          model.set(straight, value);
          assert.equal(table.size, model.size);
        }
      }),
      { numRuns: runs(2000) },
    );
  });

  it('finds a word only under its own key', () => {
    const table = new WordTable();
    table.add('schade', wordKey('schade', 0, 6), 2);
    assert.equal(table.find('de schade', 3, 9, wordKey('schade', 0, 6)), 2);
    assert.equal(table.find('de schade', 3, 9, wordKey('schadf', 0, 6)), -1);
    assert.equal(table.find('de schadf', 3, 9, wordKey('schadf', 0, 6)), -1);
  });

  it('the word scan computes each word\'s key as wordKey does', () => {
    const bits = fc.array(fc.constantFrom('schade', 'auteur’s', "auteur's", 'niet-gelieerde', 'é', 'e\u0301', '𝐚', ' ', '.', '-', 'K'), { maxLength: 20 }).map((p) => p.join(''));
    // One array for all texts, as the rule keeps it: a shorter text after a longer one leaves old entries past the count.
    const spans: number[] = [];
    fc.assert(
      fc.property(bits, (text) => {
        const count = checkableWordSpans(text, letterRuns(text), spans);
        for (let k = 0; k < count; k += 3) {
          const w = wordAt(text, spans[k], spans[k + 1]);
          assert.equal(spans[k + 2], wordKey(text, spans[k], spans[k + 1]));
          assert.equal(spans[k + 2], wordKey(w, 0, w.length));
        }
        assert.deepEqual(
          Array.from({ length: count / 3 }, (_, k) => [spans[3 * k], spans[3 * k + 1]]),
          checkableWords(text).map((x) => [x.start, x.end]),
        );
      }),
      { numRuns: runs(2000) },
    );
  });
});
