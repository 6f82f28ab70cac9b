// Character classes for the spelling checks' word loops: the same answers as the /u regexes
// [\p{L}\p{M}], \p{Lu} and \p{N}, with an ASCII fast path and a per-code-unit memo for the rest.
// A regex per word cost the spelling and typefout rules several scan floors on a large draft.
import { isLetterUnit } from '../text/letters';

const MARK = /^\p{M}$/u;
const UPPER = /^\p{Lu}$/u;
const NUMBER = /^\p{N}$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

// 0 = not yet known, 1 = yes, 2 = no; one table per class.
const markMemo = new Uint8Array(65536);
const upperMemo = new Uint8Array(65536);
const numberMemo = new Uint8Array(65536);

function memo(table: Uint8Array, re: RegExp, c: number): boolean {
  const m = table[c];
  if (m) return m === 1;
  const yes = (c < 0xd800 || c > 0xdfff) && re.test(String.fromCharCode(c));
  table[c] = yes ? 1 : 2;
  return yes;
}

/** Length in code units (1 or 2) of the code point at `i` if it is a letter or a mark, else 0. */
export function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER_OR_MARK.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return isLetterUnit(c) || (c >= 0x300 && memo(markMemo, MARK, c)) ? 1 : 0;
}

/** The end of the run of letters and marks from `i` (`i` itself when there is none there). */
export function letterRunEnd(s: string, i: number): number {
  let n: number;
  while (i < s.length && (n = wordCharAt(s, i))) i += n;
  return i;
}

/** Whether the character at `i` is a capital letter (\p{Lu}; astral capitals included). */
export function upperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0xd800 && c <= 0xdbff) return UPPER.test(s.slice(i, i + 2));
  return memo(upperMemo, UPPER, c);
}

/** Whether the code unit `c` is a digit or other number (\p{N}) on its own, as /[\p{N}]/u tests one UTF-16 unit. */
export function isNumberUnit(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return memo(numberMemo, NUMBER, c);
}

/** Whether `word` holds a capital letter anywhere. */
export function hasUpper(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (upperAt(word, i)) return true;
  return false;
}
