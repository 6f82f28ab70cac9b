// The hand-written word loops of the spelling checks against the regexes they replace (the plain
// statement of what they do), on random text over characters chosen to hit every branch.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { runs } from '../testing/fuzz';
import { checkableWords, type WordAt } from './words';
import { CONJUNCTION, doubledLegalForms, doubledWords, repeatedCoordinations, type Doubled, type DoubledMark } from './doubled';
import { isNumberUnit, letterOrMarkAt, upperAt } from '../text/letters';
import { verbEndings, type VerbEnding } from './verbEndings';
import { Speller } from './dictionary';
import { testWordList } from './testWordList';

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
      const conjunction = lower === 'voor' && /^[ \t]+zover(?![\p{L}\p{M}])/iu.test(text.slice(end, end + 12));
      if (!nameStarts && !conjunction && !joins(text[prev.start - 1]) && !joins(text[end])) out.push({ word: m[0], start, end, removeFrom: prev.end });
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

/** repeatedCoordinations as its first version read it: a regex test on each character around the conjunction. */
function repeatedCoordinationsSpec(text: string): Array<{ word: string; start: number; end: number }> {
  const MAY = new Set(['niet', 'wel', 'nooit', 'door', 'meer', 'minder', 'steeds', 'keer', 'nog', 'telkens', 'om', 'zo', 'half']);
  const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
  const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}]/u.test(c);
  const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}\-'’/]/u.test(c);
  const out: Array<{ word: string; start: number; end: number }> = [];
  for (const m of text.matchAll(/[ \t](?:en\/of|en|of)(?=[ \t])/g)) {
    let firstEnd = m.index;
    while (isBlank(text[firstEnd - 1])) firstEnd--;
    let afterStart = m.index + m[0].length;
    while (isBlank(text[afterStart])) afterStart++;
    let start = firstEnd;
    while (isLetter(text[start - 1])) start--;
    let end = afterStart;
    while (isLetter(text[end])) end++;
    const firstLength = firstEnd - start;
    if (firstLength < 2 || firstLength !== end - afterStart || isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
    const first = text.slice(start, firstEnd);
    const lower = first.toLowerCase();
    if (lower !== text.slice(afterStart, end).toLowerCase() || MAY.has(lower)) continue;
    if (/^[ \t]+(?:die|dat|welke|wier|van|met|voor|uit|in|op|om|zoals|waarvan|waarin|waarmee)(?![\p{L}\p{M}])/iu.test(text.slice(end, end + 12))) continue;
    if (/^[ \t]+(?:\p{N}|\p{Lu}(?![\p{L}])|[IVXLC]+(?![\p{L}]))/u.test(text.slice(end, end + 12))) continue;
    if (/(?<![\p{L}])(?!welke[ \t])[\p{L}]{4,}e[ \t]+$/iu.test(text.slice(Math.max(0, start - 30), start))) continue;
    out.push({ word: first, start, end });
  }
  return out;
}

const BITS = ['de', 'De', 'DE', 'van', 'Van', 'bv', 'B.V.', 'BV.', 'Comm.V.', 'b.v.,', 'ltd)', 'İ', 'i̇', 'K', 'k', 'ſ', 'é', 'e\u0301', '\u0301', 'ß', 'SS',
  '𝐀', '𝐚', '\ud835', '\udc00', '٣', '2', '-', "'", '’', ')', '(', '.', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u0085', 'www', 'w', '@', '/', '_', ':', '#', 'xiv', 'iv', 'IV', 'voor', 'zover', 'of', 'bijv', 'opdrachtgever', 'Dienst', 'a'];
const text = fc.oneof(fc.array(fc.constantFrom(...BITS), { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 }));

describe('spelling: word scans', () => {
  it('letterOrMarkAt, upperAt and isNumberUnit are the /u classes on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      assert.equal(letterOrMarkAt(s, 0), /^[\p{L}\p{M}]$/u.test(s) ? 1 : 0, c.toString(16));
      assert.equal(upperAt(s, 0), /^\p{Lu}$/u.test(s), c.toString(16));
      assert.equal(isNumberUnit(c), /^\p{N}$/u.test(s), c.toString(16));
    }
    assert.equal(letterOrMarkAt('𝐚', 0), 2);
    assert.equal(upperAt('𝐀', 0), true);
  });

  it('checkableWords finds what its regex statement finds', () => {
    fc.assert(fc.property(text, (t) => assert.deepEqual(checkableWords(t), checkableWordsSpec(t))), { numRuns: runs(4000) });
    // A full stop at the end of a chunk makes an address only after "www"; inside a chunk, before a letter.
    for (const t of ['zie dewww. nu', 'zie dewww.', 'de bizzlewerk.nl site', 'het einde. daarna', 'art. 5 en de zaak.', 'zaak.x', 'zaak..xy', 'zaak.é', 'zaak.-de'])
      assert.deepEqual(checkableWords(t), checkableWordsSpec(t), t);
    assert.deepEqual(checkableWords('de zaakwww. en het einde.').map((w) => w.word), ['het', 'einde']);
  });

  it('doubledWords finds what its regex statement finds', () => {
    fc.assert(fc.property(text, (t) => assert.deepEqual(doubledWords(t), doubledWordsSpec(t))), { numRuns: runs(4000) });
    assert.deepEqual(doubledWords('na de de dag, İ i̇ niet, van Van Dijk'), [{ word: 'de', start: 6, end: 8, removeFrom: 5 }, { word: 'i̇', start: 16, end: 18, removeFrom: 15 }]);
  });

  it('the conjunctions of repeatedCoordinations are those a look-behind finds, each after its blank', () => {
    const words = fc.array(fc.constantFrom('en', 'of', 'en/of', 'en/', 'een', 'of', 'x', ' ', '  ', '\t', '\n', '/'), { maxLength: 24 }).map((p) => p.join(''));
    fc.assert(
      fc.property(words, (t) => {
        const spec = [...t.matchAll(/(?<=[ \t])(?:en\/of|en|of)(?=[ \t])/g)].map((m) => [m.index, m[0]]);
        assert.deepEqual([...t.matchAll(CONJUNCTION)].map((m) => [m.index + 1, m[0].slice(1)]), spec);
      }),
      { numRuns: runs(4000) },
    );
    assert.deepEqual(repeatedCoordinations('direct of direct, nu en/of\tlater'), [{ word: 'direct', start: 0, end: 16 }]);
  });

  it('repeatedCoordinations finds what its first version found', () => {
    const bits = ['direct', 'Direct', 'DIRECT', 'de', 'é', 'e\u0301', '\u0301', '𝐚', '\ud835', '2', '-', "'", '’', '/', 'en', 'of', 'en/of', 'niet', 'oudere', 'die', ' ', '  ', '\t', '\n', '.', ','];
    const words = fc.oneof(fc.array(fc.constantFrom(...bits), { maxLength: 24 }).map((p) => p.join('')), text);
    fc.assert(fc.property(words, (t) => assert.deepEqual(repeatedCoordinations(t), repeatedCoordinationsSpec(t))), { numRuns: runs(4000) });
    assert.deepEqual(repeatedCoordinations('café of café, e\u0301 en e\u0301'), [{ word: 'café', start: 0, end: 12 }, { word: 'e\u0301', start: 14, end: 22 }]);
  });

  it('doubledLegalForms compares the tokens its regex statement compares', () => {
    const spans = (marks: DoubledMark[]): Array<[number, number]> => marks.map((m) => [m.removeFrom, m.start]);
    fc.assert(fc.property(text, (t) => assert.deepEqual(spans(doubledLegalForms(t)), doubledLegalFormsSpec(t))), { numRuns: runs(4000) });
    // Forms only, so that pairs are frequent: stops anywhere, punctuation after, runs of three.
    const forms = fc.array(fc.constantFrom('bv', 'B.V.', '.b.v', 'b..v.', 'BV.', 'Comm.V.', 'commv', 'commva', 'nv', 'N.V.,', 'ltd)', 'bvba', 'xbv', 'bvx', '...', ' ', ' ', '  ', '\t', '\n', '\u0085', 'de'), { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(fc.property(forms, (t) => assert.deepEqual(spans(doubledLegalForms(t)), doubledLegalFormsSpec(t))), { numRuns: runs(4000) });
    assert.deepEqual(spans(doubledLegalForms('X bv bv bv, Y B.V. b.v..')), [[4, 5], [7, 8], [18, 19]]);
  });
});

describe('spelling: verb endings after a pronoun', () => {
  // The first version of the pronoun form: its Unicode pattern tried at every position of the text.
  const PRONOUN = /(?<![\p{L}\p{N}])(jij|hij|u|men)[ \t]+(\p{Ll}+d)(?![\p{L}\p{N}])/giu;
  const AUXILIARY = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden', 'is', 'ben', 'bent', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden', 'zal', 'zult', 'zullen', 'kan', 'kunt', 'kunnen', 'moet', 'moeten', 'mag', 'mogen', 'wil', 'wilt', 'willen', 'zou', 'zouden', 'blijft', 'blijkt', 'lijkt', 'raakt']);
  const speller = new Speller(testWordList);
  const pronounSpec = (text: string): Array<[number, string]> => {
    const out: Array<[number, string]> = [];
    for (const m of text.matchAll(PRONOUN)) {
      const word = m[2];
      if (!/^(?:be|ge|ver|ont|her|er)\p{Ll}{2,}d$/u.test(word.toLowerCase()) || !speller.isWord(word.slice(0, -1) + 't')) continue;
      const end = m.index + m[0].length;
      const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 30));
      const next2 = /^[ \t]+\p{L}+[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 60));
      if ((next && AUXILIARY.has(next[1].toLowerCase())) || (next2 && AUXILIARY.has(next2[1].toLowerCase()))) continue;
      out.push([end - word.length, word]);
    }
    return out;
  };
  // The stem form ("Opdrachtgever draag er") cannot fire on the bits below (no "er" or "zich"): every finding is of the pronoun form, "JIJ" included.
  const isPronoun = (v: VerbEnding): boolean => /^(?:jij|hij|u|men)$/i.test(v.subject);

  it('finds what the pattern tried everywhere finds', () => {
    const bits = ['jij', 'Jij', 'JIJ', 'hij', 'u', 'U', 'men', 'mu', 'jjij', 'betaald', 'bepaald', 'hebt', 'de', ' ', '  ', '\t', '\n', 'é', 'K', '1', '-', '.'];
    const text = fc.array(fc.constantFrom(...bits), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        // The stem form ("Opdrachtgever draag er") never has a pronoun as subject with these bits.
        const found = verbEndings(t, speller).filter(isPronoun).map((v): [number, string] => [v.start, v.found]);
        assert.deepEqual(found, pronounSpec(t));
      }),
      { numRuns: runs(3000) },
    );
    assert.deepEqual(pronounSpec('Jij betaald vooraf; u bepaald, men betaald'), [[4, 'betaald'], [22, 'bepaald'], [35, 'betaald']]);
  });
});

describe('spelling: the plain searches before the sentence forms', () => {
  const speller = new Speller(testWordList);
  const { droppedAuxiliaries } = require('./droppedAuxiliary') as typeof import('./droppedAuxiliary');
  const { joinedWords } = require('./joinedWords') as typeof import('./joinedWords');
  const { stateVerbs } = require('./stateVerb') as typeof import('./stateVerb');

  it('droppedAuxiliaries finds what its opening pattern tried everywhere finds (with "al" between spaces)', () => {
    const OPENING =
      /(?:^|[.!?][ \t]+|\n[ \t]*(?:(?:[-*•]|\d{1,3}(?:\.\d{1,3}){0,3}\.?|\(?[a-z]\)|[a-z]\.)[ \t]+)?)((?:[Dd]e[ \t]+|[Hh]et[ \t]+)?\p{Lu}[\p{L}-]+)[ \t]+(al)[ \t]+(\p{Ll}{3,}en)(?![\p{L}])/dgu;
    const spec = (t: string) => {
      const out: number[] = [];
      for (const m of t.matchAll(OPENING)) {
        const at = m.indices![2]![0];
        const head = m[1].replace(/^(?:de|het)[ \t]+/i, '').toLowerCase();
        if (t[at - 1] !== ' ' || t[at + 2] !== ' ' || ['ook', 'zelfs'].includes(head) || !speller.isWord(m[3])) continue;
        out.push(at);
      }
      return out;
    };
    const bits = ['Leverancier', 'Partijen', 'De ', 'Ook', 'al', ' al ', 'proberen', 'houden', 'x', ' ', '  ', '\t', '\n', '1. ', 'a) ', '. ', '!', 'é', 'K'];
    const text = fc.array(fc.constantFrom(...bits), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => assert.deepEqual(droppedAuxiliaries(t, speller).map((d) => d.start), spec(t))), { numRuns: runs(3000) });
  });

  it('joinedWords finds what its pattern tried everywhere finds', () => {
    const JOINED = /(?<![\p{L}\p{N}])([hH]aar|[hH]un|[zZ]ijn|[uU]w|[jJ]ouw|[oO]ns)(ge\p{Ll}{3,})(?![\p{L}\p{N}])/gu;
    const spec = (t: string) => [...t.matchAll(JOINED)].filter((m) => speller.isWord(m[0])).map((m) => m.index);
    const bits = ['haar', 'Haar', 'HAAR', 'hun', 'ons', 'gegeven', 'geven', 'ge', 'x', ' ', 'é', '1', '-'];
    const text = fc.array(fc.constantFrom(...bits), { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const expected = spec(t).filter((at) => joinedWords(t.slice(at), speller).length > 0);
        assert.deepEqual(joinedWords(t, speller).map((j) => j.start), expected);
      }),
      { numRuns: runs(3000) },
    );
  });

  it('stateVerbs finds every "verkeerd" the plain word search finds, and only those', () => {
    const bits = ['verkeerd', 'Verkeerd', 'erkeerd', 'in ', 'is ', '.', ';', '\n', ' ', 'x', 'é'];
    const text = fc.array(fc.constantFrom(...bits), { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const words = [...t.matchAll(/(?<![\p{L}])[vV]erkeerd(?![\p{L}])/gu)].map((m) => m.index);
        for (const s of stateVerbs(t)) assert.ok(words.includes(s.start));
        // Each word found by the plain search is judged alone: the same verdict as in a text of its clause only.
        for (const at of words) {
          const alone = stateVerbs(t).some((s) => s.start === at);
          let from = at;
          while (from > 0 && !'.;:!?\n'.includes(t[from - 1])) from--;
          assert.equal(alone, stateVerbs(t.slice(from)).some((s) => s.start === at - from));
        }
      }),
      { numRuns: runs(3000) },
    );
  });
});
