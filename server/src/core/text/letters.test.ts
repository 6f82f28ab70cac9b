import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { collapsedSlice, isLetterOrMarkUnit, isSpaceUnit } from './letters';
import { runs } from '../testing/fuzz';

describe('text: letters', () => {
  it('isSpaceUnit is /\\s/ on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceUnit(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
  });

  it('isLetterOrMarkUnit is /[\\p{L}\\p{M}]/u on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isLetterOrMarkUnit(c), /[\p{L}\p{M}]/u.test(String.fromCharCode(c)), c.toString(16));
  });

  it('collapsedSlice is slice + replace(/\\s+/g, " ") + trim', () => {
    const bits = [' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', 'a', 'Dienst', 'é', '.', 'ſ', '\u212a'];
    const text = fc.oneof(fc.array(fc.constantFrom(...bits), { maxLength: 20 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 30 }));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = a % (t.length + 1);
        const end = start + (b % (t.length - start + 1));
        assert.equal(collapsedSlice(t, start, end), t.slice(start, end).replace(/\s+/g, ' ').trim());
      }),
      { numRuns: runs(5000) },
    );
  });
});
