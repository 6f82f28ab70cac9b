// Fast character classes for hot loops. Unicode property regexes (\p{L}) are correct but slow when
// run at every position of a large draft; these give the same answers with an ASCII fast path and a
// per-code-unit memo for the rest of the Basic Multilingual Plane.

const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

// 0 = not yet known, 1 = yes, 2 = no.
const letterMemo = new Uint8Array(65536);
const alnumMemo = new Uint8Array(65536);

/** Whether the UTF-16 code unit `c` (not a surrogate) is a letter (\p{L}). */
export function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const m = letterMemo[c];
  if (m) return m === 1;
  const yes = c < 0xd800 || c > 0xdfff ? LETTER.test(String.fromCharCode(c)) : false;
  letterMemo[c] = yes ? 1 : 2;
  return yes;
}

/** Whether the UTF-16 code unit `c` (not a surrogate) is a letter or a number (\p{L} or \p{N}). */
export function isLetterOrDigitUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const m = alnumMemo[c];
  if (m) return m === 1;
  const yes = c < 0xd800 || c > 0xdfff ? LETTER_OR_DIGIT.test(String.fromCharCode(c)) : false;
  alnumMemo[c] = yes ? 1 : 2;
  return yes;
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
