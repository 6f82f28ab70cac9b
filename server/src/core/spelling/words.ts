// Which words of a text the dictionary is asked about. Everything a general dictionary cannot judge is
// left alone: names and defined terms (any capital), abbreviations, URLs and e-mail addresses, numbers
// with units, Roman numerals, cut-off compound parts ("bedrijfs- en"), and foreign passages.
import { isLetterUnit, isNumberUnit, isSpaceUnit, upperAt } from '../text/letters';
import { letterRuns, type LetterRuns } from '../text/letterRuns';
import { KEY_SEED, keyStep } from './wordTable';

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

/**
 * Whether the unit at `i` is one an address, a path or a file name needs (. @ / \ _ # = & { } < >), with
 * ADDRESS and ADDRESS_SIGN tested only when there is one. A full stop counts only before a unit of the
 * chunk or after a "w" ("x.nl", "www."): at the end of a chunk ("einde.", "art. 5") it makes no address.
 */
function isAddressUnitAt(text: string, i: number, c: number): boolean {
  if (c === 46) return (i + 1 < text.length && !isSpaceUnit(text.charCodeAt(i + 1))) || (i > 0 && text.charCodeAt(i - 1) === 119);
  return c === 64 || c === 47 || c === 92 || c === 95 || c === 35 || c === 61 || c === 38 || c === 123 || c === 125 || c === 60 || c === 62;
}

/** Whether the unit `c` joins two runs of letters into one word ("niet-gelieerde", "auteur's"). */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019;
}

/**
 * The words of `text` the dictionary should judge, in order, flat in `out` from its start: word k spans
 * [out[3k], out[3k + 1]) and out[3k + 2] is its key for a WordTable (wordKey). Returns how many entries
 * it wrote (three per word); `out` is never shortened, so a caller that keeps it allocates nothing once it
 * is long enough (setting an array's length to 0 would free its store). A word is a run of letters and
 * marks, or several joined by one hyphen or apostrophe each; `runs` are the text's runs (text/letterRuns).
 * Each unit of a word is read once after the runs were found.
 */
export function checkableWordSpans(text: string, runs: LetterRuns, out: number[]): number {
  let count = 0;
  const n = text.length;
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
      // The whitespace-delimited chunk around the word, read once for all its words. The word itself
      // (letters, marks and joiners) holds none of the units an address needs: only the rest is read.
      let address = false;
      let from = start;
      let c: number;
      while (from > 0 && !isSpaceUnit((c = text.charCodeAt(from - 1)))) {
        if (isAddressUnitAt(text, from - 1, c)) address = true;
        from--;
      }
      let to = end;
      while (to < n && !isSpaceUnit((c = text.charCodeAt(to)))) {
        if (isAddressUnitAt(text, to, c)) address = true;
        to++;
      }
      lastChunkEnd = to;
      if (address) {
        const chunk = text.slice(from, to);
        skipChunk = ADDRESS.test(chunk) || ADDRESS_SIGN.test(chunk);
      } else skipChunk = false;
    }
    if (skipChunk) continue;
    const length = end - start;
    // Longer than any Dutch word worth checking (a code, a hash, a pasted string): left alone, and kept
    // away from Hunspell and the compound splitter, whose cost grows with the length.
    if (length < 3 || length > MAX_WORD) continue;
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    const after = end < n ? text.charCodeAt(end) : -1;
    // Numbers with units ("15kg", "2x"), words glued to digits, and cut-off compounds ("bedrijfs- en").
    if (before >= 0 && isNumberUnit(before)) continue;
    if (after >= 0 && (after === 45 || isNumberUnit(after))) continue;
    // A part in brackets before the rest of a compound: "(bedrijfs)schade", "(persoons)gegevens".
    if (after === 41 && end + 1 < n && isLetterUnit(text.charCodeAt(end + 1))) continue;
    // An abbreviation: a short word closed by a full stop that does not end a sentence ("bijv. de", "enz.").
    if (after === 46 && length <= 4) continue;
    // One read of the word: a capital (a name, a defined term) or only the letters of a Roman numeral
    // leave it alone; meanwhile its key is computed.
    let roman = true;
    let capital = false;
    let hash = KEY_SEED;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (c >= 65 && c <= 90) {
          capital = true;
          break;
        }
        if (roman && c !== 105 && c !== 118 && c !== 120 && c !== 108 && c !== 99 && c !== 100 && c !== 109) roman = false;
      } else {
        roman = false;
        if (upperAt(text, i)) {
          capital = true;
          break;
        }
      }
      hash = keyStep(hash, c);
    }
    if (capital || roman) continue;
    out[count] = start;
    out[count + 1] = end;
    out[count + 2] = hash;
    count += 3;
  }
  return count;
}

/** The word at [start, end) as the dictionary is asked about it: a curly apostrophe made straight. */
export function wordAt(text: string, start: number, end: number): string {
  const word = text.slice(start, end);
  return word.includes('’') ? word.replace(/’/g, "'") : word;
}

/**
 * The words of `text` the dictionary should judge, in order (checkableWordSpans as objects). A word is a
 * run of letters and marks, or several joined by one hyphen or apostrophe each; `runs` are the text's
 * runs (text/letterRuns) when the caller has them already.
 */
export function checkableWords(text: string, runs: LetterRuns = letterRuns(text)): WordAt[] {
  const spans: number[] = [];
  const count = checkableWordSpans(text, runs, spans);
  const out: WordAt[] = [];
  for (let k = 0; k < count; k += 3) out.push({ word: wordAt(text, spans[k], spans[k + 1]), start: spans[k], end: spans[k + 1] });
  return out;
}

// Text copied from a PDF keeps the typesetter's breaks: a word split by a hyphen at the end of a line, the
// rest on the next line in lower case ("verplich-" / "tingen"). No blank may stand after the hyphen: "bedrijfs- "
// at a line end is a cut-off compound ("bedrijfs- en particuliere schade").

/**
 * Where the word at `start` is the rest of a word broken at the end of the line before, the start of its
 * first part; else -1. Only the 50 units before `start` are read.
 */
export function lineBreakHeadStart(text: string, start: number): number {
  if (start === 0 || !/\p{Ll}/u.test(text[start])) return -1;
  let i = start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i === 0 || text[--i] !== '\n') return -1;
  if (i > 0 && text[i - 1] === '\r') i--;
  if (i === 0 || text[--i] !== '-') return -1;
  let head = i;
  while (head > 0 && i - head < 50 && /[\p{L}\p{M}]/u.test(text[head - 1])) head--;
  // The first part starts with a letter, and a word: not the last part of a longer hyphenated word.
  if (head === i || !/\p{L}/u.test(text[head]) || (head > 0 && /[\p{L}\p{M}-]/u.test(text[head - 1]))) return -1;
  return head;
}

/** The word broken at a line end as one word: "verplich-\ntingen" → "verplichtingen". */
export function joinLineBreak(broken: string): string {
  return broken.replace(/-\r?\n[ \t]*/g, '');
}
