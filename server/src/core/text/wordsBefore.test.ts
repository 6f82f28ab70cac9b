import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { wordBefore } from '../model/definitions';
import { WordsBefore } from './wordsBefore';
import { runs } from '../testing/fuzz';

describe('text: WordsBefore', () => {
  const bits = ['de', 'De', 'HET', 'het', 'een', 'Één', 'ÀÖØÞ', 'ß', 'ÿ', 'x', 'K', 'ſ', 'İ', '×', '÷', ' ', '  ', '\t', '\n', '\r\n', '.', '(', '1', '\u00a0', 'a'.repeat(29), 'B'.repeat(31)];
  const text = fc.oneof(fc.array(fc.constantFrom(...bits), { maxLength: 16 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 }));

  it('gives what wordBefore gives, at every offset, with words remembered across calls', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        const words = new WordsBefore();
        for (const t of texts) for (let at = 0; at <= t.length; at++) assert.equal(words.at(t, at), wordBefore(t, at), `${JSON.stringify(t)} @${at}`);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('tells apart words whose hashes collide', () => {
    // Two words whose letters read backwards have one hash (h * 31 + c), found by a search over short words.
    const hash = (w: string) => [...w].reverse().reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) | 0, 0);
    const letters = [...'abcdefghijklmnopqrstuvwxyzßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'];
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (const a of letters) for (const b of letters) for (const c of letters) {
      const w = a + b + c;
      const other = seen.get(hash(w));
      if (!pair && other) pair = [other, w];
      else seen.set(hash(w), w);
    }
    assert.ok(pair, 'no colliding pair found');
    const t = `${pair[0]} X ${pair[1]} X ${pair[0]} X`;
    const words = new WordsBefore();
    for (let at = 0; at <= t.length; at++) assert.equal(words.at(t, at), wordBefore(t, at));
  });
});
