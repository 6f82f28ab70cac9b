// Fast character classes for hot loops. Unicode property regexes (\p{L}) are correct but slow when
// run at every position of a large draft; these give the same answers with an ASCII fast path and a
// per-code-unit memo for the rest of the Basic Multilingual Plane.

const LETTER = /^\p{L}$/u;

// 0 = not yet known, 1 = yes, 2 = no.
const letterMemo = new Uint8Array(65536);

/** Whether the UTF-16 code unit `c` (not a surrogate) is a letter (\p{L}). */
export function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const m = letterMemo[c];
  if (m) return m === 1;
  const yes = c < 0xd800 || c > 0xdfff ? LETTER.test(String.fromCharCode(c)) : false;
  letterMemo[c] = yes ? 1 : 2;
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
