// The word before an offset, as `wordBefore` (model/definitions.ts) gives it, without a new string per
// call: the document rules ask for it at every term use and candidate, and the words there are few
// ("de", "het", "door", "van" ...). Each distinct word is built once per instance and found again by a
// hash of its letters read in place.

/** The lower case of a Latin letter (/[A-Za-zÀ-ÖØ-öø-ÿ]/, one code unit), or -1 for any other unit. */
function lowerLatin(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) return c <= 0xde ? c + 32 : c;
  return -1;
}

/** wordBefore reads at most this many letters back. */
const MAX_LETTERS = 30;

/**
 * `wordBefore(text, at)` with memory: one instance per analysis (never at module level), as the words
 * it keeps come from the document.
 */
export class WordsBefore {
  /** Words by the hash of their letters read backwards. Collisions share a list. */
  private readonly byHash = new Map<number, string | string[]>();

  /** The lower-case word just before `at` on the same line (skipping spaces and tabs), or undefined. */
  at(text: string, at: number): string | undefined {
    let i = at - 1;
    for (let c = text.charCodeAt(i); i >= 0 && (c === 32 || c === 9); c = text.charCodeAt(--i));
    const end = i + 1;
    let h = 0;
    while (i >= 0 && end - i <= MAX_LETTERS) {
      const l = lowerLatin(text.charCodeAt(i));
      if (l < 0) break;
      h = (Math.imul(h, 31) + l) | 0;
      i--;
    }
    const start = i + 1;
    if (start === end) return undefined;
    // 30 bits: a small integer to the engine, not a heap number that a map lookup must hash.
    h &= 0x3fffffff;
    const known = this.byHash.get(h);
    if (known !== undefined) {
      if (typeof known === 'string') {
        if (sameWord(text, start, end, known)) return known;
      } else {
        for (const w of known) if (sameWord(text, start, end, w)) return w;
      }
    }
    const word = text.slice(start, end).toLowerCase();
    if (known === undefined) this.byHash.set(h, word);
    else this.byHash.set(h, typeof known === 'string' ? [known, word] : [...known, word]);
    return word;
  }
}

/** Whether text[start, end) lower-cases to `word` (Latin letters only, one unit each). */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (word.length !== end - start) return false;
  for (let j = 0; j < word.length; j++) if (lowerLatin(text.charCodeAt(start + j)) !== word.charCodeAt(j)) return false;
  return true;
}
