// Which words of a text the dictionary is asked about. Everything a general dictionary cannot judge is
// left alone: names and defined terms (any capital), abbreviations, URLs and e-mail addresses, numbers
// with units, Roman numerals, cut-off compound parts ("bedrijfs- en"), and foreign passages.

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

// A word: letters (with their accents) joined by inner hyphens or apostrophes.
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const ROMAN = /^[ivxlcdm]+$/;
const UPPER = /\p{Lu}/u;
export const MAX_WORD = 45;

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c);
}

/** The whitespace-delimited chunk around [start, end). */
function chunkAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !isSpace(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !isSpace(text[b])) b++;
  return text.slice(a, b);
}

/** A chunk that is (or holds) an address, a path or a file name: "x@y.nl", "www.x.nl", "https://…", "a/b". */
function isAddressLike(chunk: string): boolean {
  return /[@/\\]|:\/\/|www\.|\p{L}\.\p{L}{2,}/u.test(chunk) || /[_#=&{}<>]/.test(chunk);
}

/** The words of `text` the dictionary should judge, in order. */
export function checkableWords(text: string): WordAt[] {
  const out: WordAt[] = [];
  let lastChunkEnd = -1;
  let skipChunk = false;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    if (start >= lastChunkEnd) {
      const chunk = chunkAround(text, start, end);
      lastChunkEnd = start + chunk.length;
      skipChunk = isAddressLike(chunk);
    }
    if (skipChunk) continue;
    // Longer than any Dutch word worth checking (a code, a hash, a pasted string): left alone, and kept
    // away from Hunspell and the compound splitter, whose cost grows with the length.
    if (word.length < 3 || word.length > MAX_WORD || UPPER.test(word) || ROMAN.test(word)) continue;
    const before = text[start - 1];
    const after = text[end];
    // Numbers with units ("15kg", "2x"), words glued to digits, and cut-off compounds ("bedrijfs- en").
    if (before !== undefined && /[\p{N}]/u.test(before)) continue;
    if (after !== undefined && /[\p{N}-]/u.test(after)) continue;
    // A part in brackets before the rest of a compound: "(bedrijfs)schade", "(persoons)gegevens".
    if (after === ')' && /\p{L}/u.test(text[end + 1] ?? '')) continue;
    // An abbreviation: a short word closed by a full stop that does not end a sentence ("bijv. de", "enz.").
    if (after === '.' && word.length <= 4) continue;
    out.push({ word: word.replace(/’/g, "'"), start, end });
  }
  return out;
}
