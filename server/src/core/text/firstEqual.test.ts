import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstEqual, firstEqualPlain } from './firstEqual';
import { runs } from '../testing/fuzz';

describe('firstEqual', () => {
  it('gives, per index, the first index with the same value, as a map does', () => {
    // Few distinct values (so that most repeat), any 30-bit values, and values the sort cannot pack.
    const values = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }),
      fc.array(fc.integer({ min: 0, max: 2 ** 30 - 1 }), { maxLength: 60 }),
      fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(-1, 2 ** 30, 2 ** 31, 0.5)), { maxLength: 20 }),
    );
    fc.assert(
      fc.property(values, fc.nat(5), (vs, cut) => {
        const n = Math.max(0, vs.length - cut);
        assert.deepEqual(firstEqual(vs, n), firstEqualPlain(vs, n), JSON.stringify([vs, n]));
      }),
      { numRuns: runs(2000) },
    );
  });

  it('points each repeat at the first occurrence and each first at itself', () => {
    assert.deepEqual([...firstEqual([7, 3, 7, 7, 3, 0], 6)], [0, 1, 0, 0, 1, 5]);
    assert.deepEqual([...firstEqual(Int32Array.of(2 ** 30 - 1, 2 ** 30 - 1), 2)], [0, 0]);
    assert.deepEqual([...firstEqual([], 0)], []);
  });
});
