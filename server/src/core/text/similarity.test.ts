import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { jaccard, jaccardAtLeast, jaccardAtLeastIn, prefixLength, sizesAllow, sortedOverlap, sortedOverlapIn } from './similarity';
import { runs } from '../testing/fuzz';

// Sets over a small universe, so that random pairs often overlap a lot; ascending, as the rule keeps them.
const set = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 40 }).map((a) => a.sort((x, y) => x - y));
// Pairs built to be similar: b is a with a few elements dropped and a few added.
const similar = fc.tuple(set, fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 4 }), fc.nat(4)).map(([a, add, drop]) => {
  const b = new Set(a.slice(drop));
  for (const x of add) b.add(x);
  return [a, [...b].sort((x, y) => x - y)] as const;
});
const threshold = fc.constantFrom(0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1);

describe('similarity', () => {
  it('sortedOverlap and jaccard count what a Set counts', () => {
    fc.assert(
      fc.property(set, set, (a, b) => {
        const inB = new Set(b);
        const shared = a.filter((x) => inB.has(x)).length;
        assert.equal(sortedOverlap(a, b), shared);
        // With a count to reach: the count when it is reached, else -1.
        for (const need of [shared, shared + 1]) assert.equal(sortedOverlap(a, b, need), shared >= need ? shared : -1);
        const union = new Set([...a, ...b]).size;
        assert.equal(jaccard(a, b), union ? shared / union : 1);
      }),
      { numRuns: runs(500) },
    );
  });

  it('the ranged forms read two sets inside longer typed arrays as the array forms read them alone', () => {
    const pad = fc.array(fc.integer({ min: -5, max: 70 }), { maxLength: 5 });
    fc.assert(
      fc.property(fc.oneof(similar, fc.tuple(set, set)), pad, pad, pad, threshold, ([a, b], before, between, after, t) => {
        // Both sets in one pool, as the sentences of an article keep them, with other values around them.
        const pool = Int32Array.from([...before, ...a, ...between, ...b, ...after]);
        const aFrom = before.length;
        const bFrom = aFrom + a.length + between.length;
        const ranged = [pool, aFrom, aFrom + a.length, pool, bFrom, bFrom + b.length] as const;
        assert.equal(sortedOverlapIn(...ranged), sortedOverlap(a, b));
        assert.equal(jaccardAtLeastIn(...ranged, t), jaccardAtLeast(a, b, t));
      }),
      { numRuns: runs(1000) },
    );
  });

  it('jaccardAtLeast is jaccard at or above the threshold and 0 below it', () => {
    fc.assert(
      fc.property(fc.oneof(similar, fc.tuple(set, set)), threshold, ([a, b], t) => {
        const j = jaccard(a, b);
        assert.equal(jaccardAtLeast(a, b, t), j >= t ? j : 0, `${a} / ${b} at ${t}`);
      }),
      { numRuns: runs(3000) },
    );
    // 3 of 4 shared: exactly 0.75 is at the threshold; 3 of 5 is below it.
    assert.equal(jaccardAtLeast([1, 2, 3], [1, 2, 3, 4], 0.75), 0.75);
    assert.equal(jaccardAtLeast([1, 2, 3], [1, 2, 3, 4, 5], 0.75), 0);
  });

  it('the prefix filter misses no pair at or above the threshold, and the size filter keeps it', () => {
    fc.assert(
      fc.property(fc.oneof(similar, fc.tuple(set, set)), threshold, ([a, b], t) => {
        if (!a.length || !b.length || jaccard(a, b) < t) return;
        assert.ok(sizesAllow(a.length, b.length, t));
        const pa = new Set(a.slice(0, prefixLength(a.length, t)));
        assert.ok(b.slice(0, prefixLength(b.length, t)).some((x) => pa.has(x)), `${a} / ${b} at ${t}`);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('a prefix is never longer than its set', () => {
    for (let n = 0; n < 200; n++) for (const t of [0.5, 0.75, 1]) assert.ok(prefixLength(n, t) <= n && (n === 0 || prefixLength(n, t) >= 1));
    // At 0.75 a set of 20 needs its first 20 - 15 + 1 = 6.
    assert.equal(prefixLength(20, 0.75), 6);
  });
});
