// The hand-written word loops of the spelling checks against the regexes they replace (the plain
// statement of what they do), on random text over characters chosen to hit every branch.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { runs } from '../testing/fuzz';
import { checkableWords, type WordAt } from './words';
import { doubledLegalForms, doubledWords, type Doubled, type DoubledMark } from './doubled';
import { hasUpper, isNumberUnit, upperAt, wordCharAt } from './scan';

/** checkableWords as regexes: the specification. */
function checkableWordsSpec(text: string): WordAt[] {
  const out: WordAt[] = [];
  let lastChunkEnd = -1;
  let skipChunk = false;
  for (const m of text.matchAll(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    if (start >= lastChunkEnd) {
      let a = start;
      while (a > 0 && !/\s/.test(text[a - 1])) a--;
      let b = end;
      while (b < text.length && !/\s/.test(text[b])) b++;
      const chunk = text.slice(a, b);
      lastChunkEnd = b;
      skipChunk = /[@/\\]|:\/\/|www\.|\p{L}\.\p{L}{2,}/u.test(chunk) || /[_#=&{}<>]/.test(chunk);
    }
    if (skipChunk) continue;
    if (word.length < 3 || word.length > 45 || /\p{Lu}/u.test(word) || /^[ivxlcdm]+$/.test(word)) continue;
    const before = text[start - 1];
    const after = text[end];
    if (before !== undefined && /[\p{N}]/u.test(before)) continue;
    if (after !== undefined && /[\p{N}-]/u.test(after)) continue;
    if (after === ')' && /\p{L}/u.test(text[end + 1] ?? '')) continue;
    if (after === '.' && word.length <= 4) continue;
    out.push({ word: word.replace(/’/g, "'"), start, end });
  }
  return out;
}

/** doubledWords as regexes: the same word (but for case) twice with blanks between. */
function doubledWordsSpec(text: string): Doubled[] {
  const MAY = new Set(['dat', 'die', 'had', 'was', 'zo', 'heel', 'erg', 'nee', 'ja', 'je', 'u', 'ze', 'we', 'wij', 'zij', 'haar', 'hun']);
  const FORMS = new Set(['bv', 'nv', 'vof', 'cv', 'commv', 'commva', 'bvba', 'cvba', 'vzw', 'ua', 'wa', 'gmbh', 'ltd', 'inc', 'llc', 'sa', 'srl', 'bvi']);
  const out: Doubled[] = [];
  let prev: { word: string; start: number; end: number } | undefined;
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    const lower = m[0].toLowerCase();
    if (prev && prev.word.toLowerCase() === lower && /^[ \t]+$/.test(text.slice(prev.end, start)) && !MAY.has(lower) && !FORMS.has(lower)) {
      const nameStarts = /^\p{Lu}/u.test(m[0]) && !/^\p{Lu}/u.test(prev.word);
      const joins = (c: string | undefined): boolean => c !== undefined && /[\p{N}\-'’]/u.test(c);
      if (!nameStarts && !joins(text[prev.start - 1]) && !joins(text[end])) out.push({ word: m[0], start, end, removeFrom: prev.end });
    }
    prev = { word: m[0], start, end };
  }
  return out;
}

/** The legal-form tokens as the first version read them: a copy, a regex and lower case per token. */
function doubledLegalFormsSpec(text: string): Array<[number, number]> {
  const FORMS = new Set(['bv', 'nv', 'vof', 'cv', 'commv', 'commva', 'bvba', 'cvba', 'vzw', 'ua', 'wa', 'gmbh', 'ltd', 'inc', 'llc', 'sa', 'srl', 'bvi']);
  const key = (t: string): string => t.replace(/[,;:)]+$/, '').replace(/\./g, '').toLowerCase();
  const out: Array<[number, number]> = [];
  let prev: { token: string; end: number } | undefined;
  for (const m of text.matchAll(/[^\s\u0085]+/g)) {
    if (m[0].length > 12) {
      prev = undefined;
      continue;
    }
    const k = key(m[0]);
    if (prev && FORMS.has(k) && key(prev.token) === k && /^[ \t]+$/.test(text.slice(prev.end, m.index)) && /\.$|\p{L}$/u.test(prev.token)) out.push([prev.end, m.index]);
    prev = { token: m[0], end: m.index + m[0].length };
  }
  return out;
}

const BITS = ['de', 'De', 'DE', 'van', 'Van', 'bv', 'B.V.', 'BV.', 'Comm.V.', 'b.v.,', 'ltd)', 'İ', 'i̇', 'K', 'k', 'ſ', 'é', 'e\u0301', '\u0301', 'ß', 'SS',
  '𝐀', '𝐚', '\ud835', '\udc00', '٣', '2', '-', "'", '’', ')', '(', '.', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u0085', 'www', '@', '/', '_', 'xiv', 'iv', 'bijv', 'opdrachtgever', 'Dienst', 'a'];
const text = fc.oneof(fc.array(fc.constantFrom(...BITS), { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 }));

describe('spelling: word scans', () => {
  it('wordCharAt, upperAt and isNumberUnit are the /u classes on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      assert.equal(wordCharAt(s, 0), /^[\p{L}\p{M}]$/u.test(s) ? 1 : 0, c.toString(16));
      assert.equal(upperAt(s, 0), /^\p{Lu}$/u.test(s), c.toString(16));
      assert.equal(isNumberUnit(c), /^\p{N}$/u.test(s), c.toString(16));
    }
    assert.equal(wordCharAt('𝐚', 0), 2);
    assert.equal(upperAt('𝐀', 0), true);
    assert.equal(hasUpper('abc𝐀'), true);
    assert.equal(hasUpper('abc\ud835'), false);
  });

  it('checkableWords finds what its regex statement finds', () => {
    fc.assert(fc.property(text, (t) => assert.deepEqual(checkableWords(t), checkableWordsSpec(t))), { numRuns: runs(4000) });
  });

  it('doubledWords finds what its regex statement finds', () => {
    fc.assert(fc.property(text, (t) => assert.deepEqual(doubledWords(t), doubledWordsSpec(t))), { numRuns: runs(4000) });
    assert.deepEqual(doubledWords('na de de dag, İ i̇ niet, van Van Dijk'), [{ word: 'de', start: 6, end: 8, removeFrom: 5 }, { word: 'i̇', start: 16, end: 18, removeFrom: 15 }]);
  });

  it('doubledLegalForms compares the tokens its regex statement compares', () => {
    const spans = (marks: DoubledMark[]): Array<[number, number]> => marks.map((m) => [m.removeFrom, m.start]);
    fc.assert(fc.property(text, (t) => assert.deepEqual(spans(doubledLegalForms(t)), doubledLegalFormsSpec(t))), { numRuns: runs(4000) });
  });
});
