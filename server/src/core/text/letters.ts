// Fast character classes for hot loops. Unicode property regexes (\p{L}) are correct but slow when
// run at every position of a large draft; these give the same answers with an ASCII fast path and a
// per-code-unit memo for the rest of the Basic Multilingual Plane.

const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const UPPER = /^\p{Lu}$/u;
const NUMBER = /^\p{N}$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

// 0 = not yet known, 1 = yes, 2 = no; one table per class.
const letterMemo = new Uint8Array(65536);
const markMemo = new Uint8Array(65536);
const upperMemo = new Uint8Array(65536);
const numberMemo = new Uint8Array(65536);

/** The class `re` of the code unit `c` (a lone surrogate is in none), remembered in `table`. */
function memoised(table: Uint8Array, re: RegExp, c: number): boolean {
  const m = table[c];
  if (m) return m === 1;
  const yes = (c < 0xd800 || c > 0xdfff) && re.test(String.fromCharCode(c));
  table[c] = yes ? 1 : 2;
  return yes;
}

/** Whether the UTF-16 code unit `c` (not a surrogate) is a letter (\p{L}). */
export function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return memoised(letterMemo, LETTER, c);
}

/** Whether the UTF-16 code unit `c` is a letter or a mark ([\p{L}\p{M}] on one unit; a surrogate is neither). */
export function isLetterOrMarkUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return isLetterUnit(c) || (c >= 0x300 && memoised(markMemo, MARK, c));
}

/** Length in code units (1 or 2) of the code point at `i` if it is a letter or a mark ([\p{L}\p{M}]), else 0. */
export function letterOrMarkAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER_OR_MARK.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return isLetterUnit(c) || (c >= 0x300 && memoised(markMemo, MARK, c)) ? 1 : 0;
}

/** The end of the run of letters and marks from `i` (`i` itself when there is none there). */
export function letterRunEnd(s: string, i: number): number {
  let n: number;
  while (i < s.length && (n = letterOrMarkAt(s, i))) i += n;
  return i;
}

/** Whether the character at `i` is a capital letter (\p{Lu}; astral capitals included). */
export function upperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0xd800 && c <= 0xdbff) return UPPER.test(s.slice(i, i + 2));
  return memoised(upperMemo, UPPER, c);
}

/** Whether the code unit `c` is a digit or other number (\p{N}) on its own, as /[\p{N}]/u tests one UTF-16 unit. */
export function isNumberUnit(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return memoised(numberMemo, NUMBER, c);
}

/** /[A-Za-zÀ-ÖØ-öø-ÿ]/ on one code unit (NaN, past the end, is none). */
export function isLatinLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
}

/** /[A-Za-zÀ-ÖØ-öø-ÿ0-9]/ on one code unit (NaN, past the end, is none). */
export function isLatinLetterOrDigit(c: number): boolean {
  return isLatinLetter(c) || (c >= 48 && c <= 57);
}

/**
 * Length in code units of the code point at `i` if it is a letter (1 or 2), else 0. Astral code
 * points (surrogate pairs) are tested as one character, as a /u regex sees them.
 */
export function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return isLetterUnit(c) ? 1 : 0;
}

/** Length of the code point at `i` (1 or 2 code units). */
export function codePointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Whether `c` is white space for a regex \s (and for String.prototype.trim). */
export function isSpaceUnit(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * text.slice(start, end).replace(/\s+/g, ' ').trim(), without the regex pass and copy when there is
 * nothing to change (the usual case: single spaces between words).
 */
export function collapsedSlice(text: string, start: number, end: number): string {
  let clean = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c <= 32 || c >= 0xa0) && isSpaceUnit(c) && (c !== 32 || i === start || i === end - 1 || text.charCodeAt(i + 1) === 32)) {
      clean = false;
      break;
    }
  }
  const s = text.slice(start, end);
  return clean ? s : s.replace(/\s+/g, ' ').trim();
}

/** The first unit of a surrogate pair (a letter outside the Basic Multilingual Plane takes two). */
export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** The second unit of a surrogate pair. */
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
