import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { letterRuns, letterRunsOf } from './letterRuns';
import { runs } from '../testing/fuzz';

/** The specification: the matches of the regex, flat. */
function letterRunsSpec(text: string): number[] {
  return [...text.matchAll(/[\p{L}\p{M}]+/gu)].flatMap((m) => [m.index, m.index + m[0].length]);
}

describe('text: letter runs', () => {
  it('are the matches of /[\\p{L}\\p{M}]+/gu', () => {
    const bits = ['de', 'De', 'İ', 'i̇', 'é', 'e\u0301', '\u0301', 'ß', '𝐀', '𝐚', '\ud835', '\udc00', '٣', '2', '-', "'", '’', '.', ' ', '\t', '\n', '\u00a0', 'ſ', '\u212a', '€', 'x'];
    const text = fc.oneof(fc.array(fc.constantFrom(...bits), { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(fc.property(text, (t) => assert.deepEqual([...letterRuns(t)], letterRunsSpec(t))), { numRuns: runs(4000) });
    // More runs than the first scratch buffer holds: it grows, and what was written before stays.
    const many = 'ab '.repeat(3000);
    assert.deepEqual([...letterRuns(many)], letterRunsSpec(many));
    assert.deepEqual([...letterRuns('De 2 café’s, e\u0301n 𝐚b.')], [0, 2, 5, 9, 10, 11, 13, 16, 17, 20]);
  });

  it('are found once per block, and again when the block holds other text', () => {
    const block = { span: { start: 0, end: 9 }, text: 'de de dag', firstLine: 0 };
    const first = letterRunsOf(block);
    assert.equal(letterRunsOf(block), first);
    assert.deepEqual([...first], [0, 2, 3, 5, 6, 9]);
    block.text = 'het';
    assert.deepEqual([...letterRunsOf(block)], [0, 3]);
  });
});
