import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstAtLeast, firstNotBefore } from './search';

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
