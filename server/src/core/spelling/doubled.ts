// A word written twice in a row ("de de", "van van"): almost always a slip when editing.
import { isLetterOrMarkUnit, isNumberUnit, upperAt } from '../text/letters';
import { letterRuns, type LetterRuns } from '../text/letterRuns';

export interface Doubled {
  word: string;
  /** The span of the second occurrence; removeFrom is where the blank before it starts. */
  start: number;
  end: number;
  removeFrom: number;
}

// Words that Dutch may repeat on purpose: "dat dat", "die die", "had had", a pronoun and its reflexive
// ("als je je aanmeldt", "dat u u houdt aan").
const MAY_REPEAT = new Set(['dat', 'die', 'had', 'was', 'zo', 'heel', 'erg', 'nee', 'ja', 'je', 'u', 'ze', 'we', 'wij', 'zij', 'haar', 'hun']);
// Legal forms compared without their full stops; doubledLegalForms reports them ("Comm.V." = "CommV").
const LEGAL_FORMS = new Set(['bv', 'nv', 'vof', 'cv', 'commv', 'commva', 'bvba', 'cvba', 'vzw', 'ua', 'wa', 'gmbh', 'ltd', 'inc', 'llc', 'sa', 'srl', 'bvi']);
const LONGEST_FORM = Math.max(...[...LEGAL_FORMS].map((f) => f.length));
// The first two letters of each form, as char codes: most tokens fail here without a copy.
const FORM_STARTS = new Set([...LEGAL_FORMS].map((f) => f.charCodeAt(0) * 128 + f.charCodeAt(1)));

/**
 * Each pair of words (runs of letters and marks, from text/letterRuns) with only blanks between them
 * is compared; `runs` are the text's runs when the caller has them already.
 */
export function doubledWords(text: string, runs: LetterRuns = letterRuns(text)): Doubled[] {
  const out: Doubled[] = [];
  for (let k = 2; k < runs.length; k += 2) {
    const prevStart = runs[k - 2];
    const prevEnd = runs[k - 1];
    const start = runs[k];
    const end = runs[k + 1];
    if (!blanksOnly(text, prevEnd, start) || !sameLetters(text, prevStart, prevEnd, start, end)) continue;
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    // "van Van der Berg": a lower-case word before the same word with a capital starts a name.
    const nameStarts = upperAt(text, start) && !upperAt(text, prevStart);
    // Only whole words: not part of "a-a", "1.de de" stays a hit, "ab ab-test" does not.
    // "deze bijlage gaat voor voor zover ...": the particle of "voorgaan" before the conjunction "voor zover".
    const startsConjunction = lower === 'voor' && /^[ \t]+zover(?![\p{L}\p{M}])/iu.test(text.slice(end, end + 12));
    if (!nameStarts && !startsConjunction && !MAY_REPEAT.has(lower) && !LEGAL_FORMS.has(lower) && !joinsOrCounts(text, prevStart - 1) && !joinsOrCounts(text, end)) {
      out.push({ word, start, end, removeFrom: prevEnd });
    }
  }
  return out;
}

function blanksOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Whether [a, b) and [c, d) are the same word but for case (toLowerCase equal), without copying ASCII words. */
function sameLetters(text: string, a: number, b: number, c: number, d: number): boolean {
  // Most neighbours differ at once: two ASCII letters that differ but for case settle it, whatever the lengths.
  const x0 = text.charCodeAt(a);
  const y0 = text.charCodeAt(c);
  if (x0 < 128 && y0 < 128 && (x0 | 32) !== (y0 | 32)) return false;
  if (b - a !== d - c) {
    // Lower-casing can change the length only outside ASCII ("İ").
    for (let k = a; k < b; k++) if (text.charCodeAt(k) >= 128) return lowerEqual(text, a, b, c, d);
    for (let k = c; k < d; k++) if (text.charCodeAt(k) >= 128) return lowerEqual(text, a, b, c, d);
    return false;
  }
  for (let k = 0; k < b - a; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(c + k);
    if (x === y) continue;
    // A word holds letters and marks only: in ASCII, letters that differ but for case.
    if (x < 128 && y < 128) {
      if ((x | 32) !== (y | 32)) return false;
    } else return lowerEqual(text, a, b, c, d);
  }
  return true;
}

// A function of its own, not a closure in sameLetters: that runs for every pair of neighbouring words,
// and a closure would be allocated at each call.
function lowerEqual(text: string, a: number, b: number, c: number, d: number): boolean {
  return text.slice(a, b).toLowerCase() === text.slice(c, d).toLowerCase();
}

/** A digit, hyphen or apostrophe at `at`: the word there is part of a longer token. */
function joinsOrCounts(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const c = text.charCodeAt(at);
  return c === 45 || c === 39 || c === 0x2019 || isNumberUnit(c);
}

export interface RepeatedCoordination {
  word: string;
  /** From the first word to the end of the second. */
  start: number;
  end: number;
}

// Repeats Dutch makes on purpose: "niet of niet tijdig", "door en door", "meer en meer", "om en om", "zo en zo".
const MAY_COORDINATE = new Set(['niet', 'wel', 'nooit', 'door', 'meer', 'minder', 'steeds', 'keer', 'nog', 'telkens', 'om', 'zo', 'half']);
// The conjunction is found first (a word pattern tried at every word cost six scan floors), with the
// blank before it: a pattern that starts with a character class is searched faster than a look-behind.
export const CONJUNCTION = /[ \t](?:en\/of|en|of)(?=[ \t])/g;
const isBlankAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 32 || c === 9;
};
// One code unit at a time, as /[\p{L}\p{M}]/u tests text[i] (half a surrogate pair is no letter).
const isLetterAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isLetterOrMarkUnit(text.charCodeAt(i));
/** /[\p{L}\p{M}\p{N}\-'’/]/u on text[i]. */
function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return isLetterOrMarkUnit(c) || isNumberUnit(c) || c === 45 || c === 39 || c === 0x2019 || c === 47;
}
// A word that sets the second apart from the first: "oudere versies of versies die later verschijnen".
const SETS_APART = /^[ \t]+(?:die|dat|welke|wier|van|met|voor|uit|in|op|om|zoals|waarvan|waarin|waarmee)(?![\p{L}\p{M}])/iu;
const NUMBERED_AFTER = /^[ \t]+(?:\p{N}|\p{Lu}(?![\p{L}])|[IVXLC]+(?![\p{L}]))/u;
// An attributive adjective before the first word ("oudere versies") sets it apart too; "die", "deze",
// "welke" are no adjectives.
const ADJECTIVE_BEFORE = /(?<![\p{L}])(?!welke[ \t])[\p{L}]{4,}e[ \t]+$/iu;

/**
 * "indirect of indirect", "schriftelijk en schriftelijk": one word on both sides of "en"/"of", a slip
 * for two different words. Not where Dutch repeats on purpose or a modifier sets the two apart.
 */
export function repeatedCoordinations(text: string): RepeatedCoordination[] {
  const out: RepeatedCoordination[] = [];
  // test() rather than a match array per "en" and "of", the commonest words of a draft: a match ends at
  // lastIndex and is " en/of" where that ends it, else a blank and two letters (an earlier " en/of" would
  // have matched first, and no match ends inside one: its inner units are no blanks).
  CONJUNCTION.lastIndex = 0;
  while (CONJUNCTION.test(text)) {
    const matchEnd = CONJUNCTION.lastIndex;
    const matchStart = matchEnd >= 6 && text.startsWith('en/of', matchEnd - 5) ? matchEnd - 6 : matchEnd - 3;
    let firstEnd = matchStart;
    while (isBlankAt(text, firstEnd - 1)) firstEnd--;
    let afterStart = matchEnd;
    while (isBlankAt(text, afterStart)) afterStart++;
    let start = firstEnd;
    while (isLetterAt(text, start - 1)) start--;
    let end = afterStart;
    while (isLetterAt(text, end)) end++;
    const firstLength = firstEnd - start;
    if (firstLength < 2 || firstLength !== end - afterStart || isWordCharAt(text, start - 1) || isWordCharAt(text, end)) continue;
    const first = text.slice(start, firstEnd);
    const lower = first.toLowerCase();
    if (lower !== text.slice(afterStart, end).toLowerCase() || MAY_COORDINATE.has(lower)) continue;
    if (SETS_APART.test(text.slice(end, end + 12))) continue;
    // "dit artikel of artikel 9", "bijlage 1 of bijlage 2", "hoofdstuk III of hoofdstuk IV": a number or
    // letter after the second word makes it another article, not the same word twice.
    if (NUMBERED_AFTER.test(text.slice(end, end + 12))) continue;
    if (ADJECTIVE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    out.push({ word: first, start, end });
  }
  return out;
}

export interface DoubledMark {
  /** The doubled text as written ("B.V.", ".") and the span to report. */
  word: string;
  start: number;
  end: number;
  /** Removing [removeFrom, removeTo) leaves one. */
  removeFrom: number;
  removeTo: number;
}

/** Where the run of `chars` that ends `token` begins (a loop: an anchored regex is quadratic here). */
function trailStart(token: string, chars: string): number {
  let i = token.length;
  while (i > 0 && chars.includes(token[i - 1])) i--;
  return i;
}

/**
 * The legal form [from, to) spells without its full stops and closing punctuation, lower case ("B.V.," ->
 * "bv"), or '' when it spells none. By hand: a copy and two regexes for every short token cost more
 * than the rest of the check.
 */
function legalFormAt(text: string, from: number, to: number): string {
  while (to > from && ',;:)'.includes(text[to - 1])) to--;
  let a = from;
  while (a < to && text.charCodeAt(a) === 46) a++;
  let b = a + 1;
  while (b < to && text.charCodeAt(b) === 46) b++;
  if (b >= to || !FORM_STARTS.has((text.charCodeAt(a) | 32) * 128 + (text.charCodeAt(b) | 32))) return '';
  let key = '';
  for (let k = from; k < to; k++) {
    let c = text.charCodeAt(k);
    if (c === 46) continue;
    if (c >= 65 && c <= 90) c += 32;
    // The forms are ASCII letters; no other character lower-cases to one of their letters.
    if (c < 97 || c > 122 || key.length === LONGEST_FORM) return '';
    key += String.fromCharCode(c);
  }
  return LEGAL_FORMS.has(key) ? key : '';
}

// A legal form as a token may spell it: its letters with full stops anywhere between and around them
// ("B.V.", "bv", "Comm.V."), then closing punctuation. A doubled form needs two of these with blanks
// between, which FORM_PAIR finds without reading every token: from the first letter of the first form
// (a pattern that began with its leading stops would read a long run of stops again from each of them),
// and only at the start of a word (\b: the first letter of a form follows a stop, a blank or nothing).
const FORM_LETTERS = `(?:${[...LEGAL_FORMS].map((f) => f.split('').join('\\.*')).join('|')})\\.*[,;:)]*`;
export const FORM_PAIR = new RegExp(`\\b${FORM_LETTERS}[ \\t]+\\.*${FORM_LETTERS}`, 'gi');

/** The end of the token (a run of non-white-space) that starts at `from`. */
function tokenEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * "Bizzlewerk B.V. B.V.", "Comm.V. Comm.V..": a legal form twice after a name, usually left over from
 * pasting the name. The second goes, with the extra full stop; punctuation after it stays. Two
 * white-space-delimited tokens of at most 12 units in a row, each spelling the same form.
 */
export function doubledLegalForms(text: string): DoubledMark[] {
  const out: DoubledMark[] = [];
  FORM_PAIR.lastIndex = 0;
  for (let m = FORM_PAIR.exec(text); m; m = FORM_PAIR.exec(text)) {
    // Every start of a pair is tried, also inside the match before it: "xbv bv bv".
    FORM_PAIR.lastIndex = m.index + 1;
    let prevFrom = m.index;
    while (prevFrom > 0 && text.charCodeAt(prevFrom - 1) === 46) prevFrom--;
    if (prevFrom > 0 && !isSpace(text.charCodeAt(prevFrom - 1))) continue;
    const prevEnd = tokenEnd(text, prevFrom);
    let from = prevEnd;
    while (from < text.length && isSpace(text.charCodeAt(from))) from++;
    const i = tokenEnd(text, from);
    if (i === from || prevEnd - prevFrom > 12 || i - from > 12) continue;
    const key = legalFormAt(text, from, i);
    const prevToken = text.slice(prevFrom, prevEnd);
    if (!key || legalFormAt(text, prevFrom, prevEnd) !== key || !blanksOnly(text, prevEnd, from) || !/\.$|\p{L}$/u.test(prevToken)) continue;
    const token = text.slice(from, i);
    // Punctuation after the form stays; so does a sentence's full stop when the first has none ("BV BV.").
    const core = token.slice(0, trailStart(token, prevToken.endsWith('.') ? ',;:)' : '.,;:)'));
    const dots = trailStart(core, '.');
    const end = from + core.length;
    out.push({ word: dots < core.length ? core.slice(0, dots + 1) : core, start: from, end, removeFrom: prevEnd, removeTo: end });
  }
  return out;
}

function isSpace(c: number): boolean {
  if (c > 32 && c < 0x85) return false; // most characters: printable ASCII
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0xfeff || c === 0x85;
}

// A word of two or more letters, then exactly two full stops: "kan volgen.. De". Not an ellipsis and
// not an abbreviation with inner stops ("Comm.V.."): a name's abbreviation at the end of a sentence
// is a convention many drafts keep.
/** A doubled full stop after a plain word; removing the second stop leaves one. */
export function doubledStops(text: string): DoubledMark[] {
  const out: DoubledMark[] = [];
  for (let at = text.indexOf('..'); at >= 0; at = text.indexOf('..', at + 2)) {
    if (text[at + 2] === '.') {
      while (text[at + 2] === '.') at++; // an ellipsis or longer run
      continue;
    }
    let start = at;
    while (isLetterAt(text, start - 1)) start--;
    const before = text[start - 1];
    if (at - start < 2 || before === '.' || (before !== undefined && /[\p{N}]/u.test(before))) continue;
    out.push({ word: '.', start: at, end: at + 2, removeFrom: at + 1, removeTo: at + 2 });
  }
  return out;
}
