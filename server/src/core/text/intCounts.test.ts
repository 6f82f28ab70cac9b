import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { IntCounts, IntCountsPlain, MAX_COUNT_KEY } from './intCounts';
import { runs } from '../testing/fuzz';

describe('intCounts', () => {
  it('counts as the plain definition does, through growth, counts back to zero and clearing', () => {
    // Few distinct keys, so that counts go up and down; wide ones, so that the table grows.
    const key = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: MAX_COUNT_KEY }), fc.constantFrom(0, MAX_COUNT_KEY));
    const op = fc.oneof(
      fc.record({ key, by: fc.integer({ min: -3, max: 3 }) }),
      fc.constant('clear' as const),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 64 }), fc.array(op, { maxLength: 400 }), (expected, ops) => {
        const got = new IntCounts(expected);
        const plain = new IntCountsPlain();
        const seen = new Set<number>();
        for (const o of ops) {
          if (o === 'clear') {
            got.clear();
            plain.clear();
            continue;
          }
          seen.add(o.key);
          assert.equal(got.add(o.key, o.by), plain.add(o.key, o.by));
        }
        for (const k of seen) assert.equal(got.get(k), plain.get(k));
        assert.equal(got.get(12345), plain.get(12345));
      }),
      { numRuns: runs(500) },
    );
  });

  it('holds many keys', () => {
    const counts = new IntCounts();
    for (let k = 0; k < 5000; k++) counts.add(k * 7919, (k % 3) + 1);
    for (let k = 0; k < 5000; k++) assert.equal(counts.get(k * 7919), (k % 3) + 1);
    assert.equal(counts.get(1), 0);
  });
});
