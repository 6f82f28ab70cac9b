import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { detached } from './detached';
import { retainedBytes } from '../testing/heap';
import { runs } from '../testing/fuzz';

describe('text: detached', () => {
  it('is the same string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 })), fc.nat(), fc.nat(), (t, a, b) => {
        const start = a % (t.length + 1);
        const end = start + (b % (t.length - start + 1));
        assert.equal(detached(t.slice(start, end)), t.slice(start, end));
      }),
      { numRuns: runs(300) },
    );
  });

  // A thousand short slices of a two-byte text of 16 MB, kept while the text is dropped: what stays alive.
  const kept = (copy: (s: string) => string): number => {
    const before = retainedBytes();
    let text: string | undefined = 'Leverancier levert de Dienst. '.repeat(280_000) + '€';
    text.charCodeAt(0); // flat, as a draft is once read
    const held = Array.from({ length: 1000 }, (_, i) => copy(text!.slice(i * 8000, i * 8000 + 40)));
    text = undefined;
    const after = retainedBytes();
    assert.equal(held.length, 1000); // held until measured
    return after - before;
  };

  it('a slice keeps the text it was cut from alive (control)', () => {
    assert.ok(kept((s) => s) > 12 * 2 ** 20);
  });

  it('a detached slice does not', () => {
    assert.ok(kept(detached) < 2 ** 20);
  });
});
