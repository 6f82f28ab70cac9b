// Which words of a text the dictionary is asked about. Everything a general dictionary cannot judge is
// left alone: names and defined terms (any capital), abbreviations, URLs and e-mail addresses, numbers
// with units, Roman numerals, cut-off compound parts ("bedrijfs- en"), and foreign passages.
import { isLetterUnit, isNumberUnit, isSpaceUnit, upperAt } from '../text/letters';
import { letterRuns, type LetterRuns } from '../text/letterRuns';

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

// A word: letters (with their accents) joined by inner hyphens or apostrophes; checkableWords reads
// /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu from the letter runs (wordScans.test.ts holds the two equal).
export const MAX_WORD = 45;

const ADDRESS = /[@/\\]|:\/\/|www\.|\p{L}\.\p{L}{2,}/u;
const ADDRESS_SIGN = /[_#=&{}<>]/;

/** Whether the chunk [a, b) is (or holds) an address, a path or a file name: "x@y.nl", "www.x.nl", "https://…", "a/b". */
function isAddressLike(text: string, a: number, b: number): boolean {
  // Every form needs one of these characters; most chunks are plain words and skip the regexes.
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 64 || c === 47 || c === 92 || c === 95 || c === 35 || c === 61 || c === 38 || c === 123 || c === 125 || c === 60 || c === 62) {
      const chunk = text.slice(a, b);
      return ADDRESS.test(chunk) || ADDRESS_SIGN.test(chunk);
    }
  }
  return false;
}

/** Whether [start, end) holds a capital, or only the letters of a Roman numeral. */
function capitalOrRoman(text: string, start: number, end: number): boolean {
  let roman = true;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      if (c >= 65 && c <= 90) return true;
      if (roman && c !== 105 && c !== 118 && c !== 120 && c !== 108 && c !== 99 && c !== 100 && c !== 109) roman = false;
    } else {
      roman = false;
      if (upperAt(text, k)) return true;
    }
  }
  return roman;
}

/** Whether the unit `c` joins two runs of letters into one word ("niet-gelieerde", "auteur's"). */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019;
}

/**
 * The words of `text` the dictionary should judge, in order. A word is a run of letters and marks, or
 * several joined by one hyphen or apostrophe each; `runs` are the text's runs (text/letterRuns) when
 * the caller has them already.
 */
export function checkableWords(text: string, runs: LetterRuns = letterRuns(text)): WordAt[] {
  const out: WordAt[] = [];
  let lastChunkEnd = -1;
  let skipChunk = false;
  for (let k = 0; k < runs.length; ) {
    const start = runs[k];
    let end = runs[k + 1];
    k += 2;
    while (k < runs.length && runs[k] === end + 1 && isJoiner(text.charCodeAt(end))) {
      end = runs[k + 1];
      k += 2;
    }
    if (start >= lastChunkEnd) {
      // The whitespace-delimited chunk around the word, read once for all its words.
      let from = start;
      while (from > 0 && !isSpaceUnit(text.charCodeAt(from - 1))) from--;
      let to = end;
      while (to < text.length && !isSpaceUnit(text.charCodeAt(to))) to++;
      lastChunkEnd = to;
      skipChunk = isAddressLike(text, from, to);
    }
    if (skipChunk) continue;
    const length = end - start;
    // Longer than any Dutch word worth checking (a code, a hash, a pasted string): left alone, and kept
    // away from Hunspell and the compound splitter, whose cost grows with the length.
    if (length < 3 || length > MAX_WORD) continue;
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    const after = end < text.length ? text.charCodeAt(end) : -1;
    // Numbers with units ("15kg", "2x"), words glued to digits, and cut-off compounds ("bedrijfs- en").
    if (before >= 0 && isNumberUnit(before)) continue;
    if (after >= 0 && (after === 45 || isNumberUnit(after))) continue;
    // A part in brackets before the rest of a compound: "(bedrijfs)schade", "(persoons)gegevens".
    if (after === 41 && end + 1 < text.length && isLetterUnit(text.charCodeAt(end + 1))) continue;
    // An abbreviation: a short word closed by a full stop that does not end a sentence ("bijv. de", "enz.").
    if (after === 46 && length <= 4) continue;
    if (capitalOrRoman(text, start, end)) continue;
    const word = text.slice(start, end);
    out.push({ word: word.includes('’') ? word.replace(/’/g, "'") : word, start, end });
  }
  return out;
}
