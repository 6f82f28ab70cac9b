import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstAtLeast, firstNotBefore, spanAt } from './search';
import { runs } from '../testing/fuzz';

describe('firstNotBefore, firstAtLeast', () => {
  it('finds the first index where a sorted list reaches a value, as a linear scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 }), fc.integer({ min: -60, max: 60 }), (xs, x) => {
        xs.sort((a, b) => a - b);
        const linear = xs.findIndex((v) => v >= x);
        assert.equal(firstNotBefore(xs.length, (i) => xs[i] < x), linear < 0 ? xs.length : linear);
        assert.equal(firstAtLeast(xs, x), linear < 0 ? xs.length : linear);
      }),
    );
  });

  it('gives 0 for an empty list and the length when every index is before', () => {
    assert.equal(firstNotBefore(0, () => true), 0);
    assert.equal(firstNotBefore(5, () => true), 5);
    assert.equal(firstNotBefore(5, () => false), 0);
  });
});

describe('spanAt', () => {
  it('finds the span that holds an offset among disjoint spans in order, as a linear scan does', () => {
    const spans = fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 6 })), { maxLength: 30 }).map((gaps) => {
      let at = 0;
      return gaps.map(([gap, length]) => ({ start: (at += gap), end: (at += length) }));
    });
    fc.assert(
      fc.property(spans, fc.integer({ min: -2, max: 400 }), (list, offset) => {
        assert.equal(spanAt(list, offset, (s) => s), list.find((s) => s.start <= offset && offset < s.end));
        const nodes = list.map((span) => ({ span }));
        assert.equal(spanAt(nodes, offset, (n) => n.span), nodes.find((n) => n.span.start <= offset && offset < n.span.end));
      }),
      { numRuns: runs(500) },
    );
  });
});
