// The branch-free word scanner against its plain statement (lowerWordHits.reference.ts).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { keyTable, lowerWordHits, lowerWordHitsPlain } from './lowerWordHits';
import { lowerWordHitsReference } from './lowerWordHits.reference';
import { runs } from '../testing/fuzz';

function hits(scan: typeof lowerWordHits, text: string, from: number, to: number, keys: string[]): Array<[number, string]> {
  const got: Array<[number, string]> = [];
  scan(text, from, to, keyTable(keys), (i, w) => void got.push([i, w]));
  return got;
}

/** A range inside `text` from two arbitrary numbers. */
function range(text: string, x: number, y: number): [number, number] {
  const from = x % (text.length + 1);
  return [from, from + (y % (text.length - from + 1))];
}

describe('text/lowerWordHits: lower-case words that are keys', () => {
  it('finds whole lower-case words only, with their offsets', () => {
    const text = 'De software en de Dienst; software’s, dienstverlening, e-mail en prijs.';
    const keys = ['software', 'dienst', 'prijs', 'e-mail'];
    const want: Array<[number, string]> = [[3, 'software'], [65, 'prijs']];
    assert.deepEqual(hits(lowerWordHits, text, 0, text.length, keys), want);
    assert.deepEqual(lowerWordHitsReference(text, 0, text.length, keys), want);
  });

  it('reads no further than the range, and a word cut by its end is another word', () => {
    const text = 'de software hier';
    assert.deepEqual(hits(lowerWordHits, text, 3, 11, ['software']), [[3, 'software']]);
    assert.deepEqual(hits(lowerWordHits, text, 3, 10, ['software', 'softwar']), [[3, 'softwar']]);
    assert.deepEqual(hits(lowerWordHits, text, 4, 11, ['software', 'oftware']), [[4, 'oftware']]);
  });

  it('a run of more than 41 letters is read as the regex reads it: its first 41, then the rest', () => {
    const long = 'a'.repeat(41);
    const text = `x ${long}bb y`;
    assert.deepEqual(hits(lowerWordHits, text, 0, text.length, [long, 'bb']), [[2, long], [43, 'bb']]);
  });

  const KEYS = ['software', 'dienst', 'ab', 'één', 'x’y', 'prijs', 'e-mail', 'ÿz', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'aa'];
  const piece = fc.constantFrom(...KEYS, 'a', 'A', 'Software', 'é', 'É', 'ß', '÷', '×', "'", '’', ' ', '\t', '\n', '\r\n', '-', '(', ')', '1', 'ſ', 'K', 'İ', '\u{1F600}', 'ĳ', 'a'.repeat(40));
  const textArb = fc.oneof(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 60 }));

  it('equals the reference on any text, within any range', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, x, y) => {
        const [from, to] = range(text, x, y);
        assert.deepEqual(hits(lowerWordHits, text, from, to, KEYS), lowerWordHitsReference(text, from, to, KEYS), JSON.stringify(text));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('equals the reference and the plain scanner for any keys (the run filter only skips runs that are no key)', () => {
    const word = fc.array(fc.constantFrom('a', 'b', 'é', 'ß', 'ÿ', "'", '’'), { minLength: 1, maxLength: 44 }).map((p) => p.join(''));
    const sep = fc.constantFrom(' ', '\n', '\r\n', 'A', 'É', '1', '-', '(', 'ſ', 'K', '\u{1F600}', 'ĳ', '');
    const textOf = fc.array(fc.tuple(word, sep), { maxLength: 12 }).map((p) => p.flat().join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), textOf, fc.nat(), fc.nat(), (someKeys, text, x, y) => {
        // The text's own words as keys too, so that hits are common.
        const keys = [...someKeys, ...text.split(/[^a-zß-öø-ÿ'’]+/).filter((w) => w.length >= 2).slice(0, 4)];
        const [from, to] = range(text, x, y);
        const got = hits(lowerWordHits, text, from, to, keys);
        assert.deepEqual(got, hits(lowerWordHitsPlain, text, from, to, keys), JSON.stringify(text));
        assert.deepEqual(got, lowerWordHitsReference(text, from, to, keys), JSON.stringify(text));
      }),
      { numRuns: runs(3000) },
    );
  });
});
