// Paragraphs and sentences of an article, cut once per Block and shared by the rules that read them.
// All scans are linear.
import type { Block } from '../model/types';
import { isLetterUnit, isSpaceUnit } from './letters';
import { spanAt } from './search';

/**
 * A paragraph or sentence: text[start, end) of its block. Rules read the text of the few pieces a
 * match falls in (pieceAt), so it is cut on first use, not for every piece.
 */
export class Piece {
  readonly #source: string;
  #text: string | undefined;
  constructor(
    source: string,
    readonly start: number,
    readonly end: number,
    /**
     * The piece limit (MAX_PIECE) cut the paragraph or sentence here: the next piece goes on with it.
     * Joining each piece with the ones it continues into gives the paragraphs and sentences uncut.
     */
    readonly continues = false,
  ) {
    this.#source = source;
  }
  get text(): string {
    return (this.#text ??= this.#source.slice(this.start, this.end));
  }
}

// A new paragraph starts at a blank line, a heading, a comment, or a line that opens with a clause
// number ("3.1", "1.", "a.", "b)", "(c)", "-"). Wrapped lines of one clause stay together. Sticky, tried
// at each line start in the whole text: none of its classes matches a line break, so it reads exactly
// what it would read in the line alone.
const PARAGRAPH_START = /[ \t]{0,12}(?:#{1,6}[ \t]|<!--|(?:artikel|art\.)[ \t]{0,4}\d|\d{1,4}(?:\.\d{1,4}){0,5}\.?[ \t]|\(?[a-z]{1,2}[.)][ \t]|[*+•-][ \t])/iy;

const paragraphCache = new WeakMap<Block, Piece[]>();
const sentenceCache = new WeakMap<Block, Piece[]>();

export function paragraphsOf(block: Block): Piece[] {
  let out = paragraphCache.get(block);
  if (!out) {
    out = paragraphs(block.text);
    paragraphCache.set(block, out);
  }
  return out;
}

export function sentencesOf(block: Block): Piece[] {
  let out = sentenceCache.get(block);
  if (!out) {
    out = [];
    const paras = paragraphsOf(block);
    // A paragraph the piece limit cut: its sentences are read part by part, and the last one of a part
    // continues into the next unless it ends there (judged on the paragraph uncut, which ends at paras[last]).
    let last = -1;
    for (let i = 0; i < paras.length; i++) {
      if (i > last) for (last = i; paras[last].continues; ) last++;
      sentencesInto(out, block.text, paras[i].start, paras[i].end, paras[i].continues ? paras[last].end : undefined);
    }
    sentenceCache.set(block, out);
  }
  return out;
}

/**
 * Rules test a whole sentence or paragraph for each match inside it. Real ones are short; a megabyte
 * without a full stop is not, and would make those tests quadratic. So pieces are cut at white space
 * into parts of at most this length, which keeps every rule linear.
 */
export const MAX_PIECE = 1500;

/** text[start, end) in pieces of at most MAX_PIECE; `continues`: the last one goes on in the next piece. */
function pushBounded(out: Piece[], text: string, start: number, end: number, continues = false) {
  while (end - start > MAX_PIECE) {
    let cut = start + MAX_PIECE;
    const space = text.lastIndexOf(' ', cut);
    if (space > start + MAX_PIECE / 2) cut = space + 1;
    // A cut just past a space at the limit may leave nothing after it.
    out.push(new Piece(text, start, cut, cut < end || continues));
    start = cut;
  }
  if (end > start) out.push(new Piece(text, start, end, continues));
}

/** Paragraphs of text: one pass over its lines, no per-line strings. */
export function paragraphs(text: string): Piece[] {
  const out: Piece[] = [];
  let start = -1;
  let end = -1;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const lineEnd = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (isBlank(text, pos, lineEnd)) {
      if (start >= 0) pushBounded(out, text, start, end);
      start = -1;
    } else {
      PARAGRAPH_START.lastIndex = pos;
      if (start >= 0 && PARAGRAPH_START.test(text)) {
        pushBounded(out, text, start, end);
        start = -1;
      }
      if (start < 0) start = pos;
      end = lineEnd;
    }
    pos = nl + 1;
  }
  if (start >= 0) pushBounded(out, text, start, end);
  return out;
}

/** Whether text[from, to) is white space only, as String.prototype.trim sees it. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceUnit(text.charCodeAt(i))) return false;
  return true;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'art', 'artt', 'nr', 'nrs', 'lid', 'bijv', 'bv', 'nv', 'jo', 'resp', 'ca', 'etc', 'enz', 'o', 'a', 'i', 'e', 'b', 'v', 'n', 'c', 'q',
  'm', 't', 'z', 's', 'd', 'w', 'h', 'p', 'sub', 'min', 'max', 'incl', 'excl', 'evt', 'vgl', 'zgn', 'ong', 'mr', 'dhr', 'mevr', 'st', 'stb', 'stcrt',
]);
// Lower-casing never shortens a string, so a longer word cannot be one of them.
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Sentences of text[from, to): split after . ! ? followed by white space and a capital, digit or quote. */
export function sentences(text: string, from = 0, to = text.length): Piece[] {
  const out: Piece[] = [];
  sentencesInto(out, text, from, to);
  return out;
}

// Candidate ends: a stop and a space. A plain (not /u) class scan is much faster than a JS loop over
// every character; the rest of the look-ahead is checked in sentenceStartFollows.
const STOP_SPACE = /[.!?][ \t\r\n\u00a0]/g;

// One pass; the abbreviation check looks back at most eight letters. `goesOnTo`: text[from, to) is a part
// of a paragraph that the piece limit cut and that ends at goesOnTo.
function sentencesInto(out: Piece[], text: string, from: number, to: number, goesOnTo?: number): void {
  let start = from;
  while (start < to && isSpace(text.charCodeAt(start))) start++;
  // Scanned in the range only (a slice shares the text's characters), so the scan cannot run on past it.
  const range = from === 0 && to === text.length ? text : text.slice(from, to);
  STOP_SPACE.lastIndex = start - from;
  while (STOP_SPACE.test(range)) {
    // Every match is two units long; test() builds no match object.
    const at = STOP_SPACE.lastIndex - 2;
    const i = at + from;
    // The stop's own space is looked at again as the start of the run.
    STOP_SPACE.lastIndex = at + 1;
    if (!endsSentence(text, i, start, to)) continue;
    pushBounded(out, text, start, i + 1);
    start = i + 1;
    while (start < to && isSpace(text.charCodeAt(start))) start++;
  }
  if (start < to) {
    let end = to;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      // Cut off by the piece limit: the sentence goes on unless it ends here and more text follows.
      let continues = false;
      if (goesOnTo !== undefined) {
        let next = to;
        while (next < goesOnTo && isSpace(text.charCodeAt(next))) next++;
        continues = next < goesOnTo && !(isStop(text.charCodeAt(end - 1)) && endsSentence(text, end - 1, start, goesOnTo));
      }
      pushBounded(out, text, start, end, continues);
    }
  }
}

function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** Whether the stop at i ends the sentence that starts at `start`, in text[0, to). */
function endsSentence(text: string, i: number, start: number, to: number): boolean {
  if (!sentenceStartFollows(text, i + 1, to)) return false;
  if (text.charCodeAt(i) === 46) {
    let k = i;
    while (k > start && i - k < 8 && isLetterUnit(text.charCodeAt(k - 1))) k--;
    if (i - k <= LONGEST_ABBREVIATION) {
      const word = text.slice(k, i).toLowerCase();
      if (ABBREVIATIONS.has(word)) return false;
      // "B.V." and "o.a.": an abbreviation with inner full stops.
      if (k > start && text.charCodeAt(k - 1) === 46 && word.length <= 2) return false;
    }
  }
  return true;
}

const CAPITAL = /^\p{Lu}$/u;

/**
 * What /(?=[ \t\r\n\u00a0]{1,40}[\p{Lu}\d"'‘“(])/u sees at j in text[0, to): one to forty spaces, then a
 * capital (a code point, as /u reads it), digit, quote or opening parenthesis.
 */
function sentenceStartFollows(text: string, j: number, to: number): boolean {
  let p = j;
  while (p < to && p - j <= 40 && isSpace(text.charCodeAt(p))) p++;
  const run = p - j;
  if (run < 1 || run > 40 || p >= to) return false;
  const c = text.charCodeAt(p);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40;
  if (c === 0x2018 || c === 0x201c) return true;
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < to) {
    const d = text.charCodeAt(p + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return CAPITAL.test(text.slice(p, p + 2));
  }
  return c >= 0xd800 && c <= 0xdfff ? false : CAPITAL.test(String.fromCharCode(c));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

const itself = (p: Piece) => p;

/** The piece that contains offset, if any (pieces sorted by start). */
export function pieceAt(pieces: Piece[], offset: number): Piece | undefined {
  return spanAt(pieces, offset, itself);
}

// A list item: "a)", "b.", "1)", "ii)", or a dash or bullet, at the start of the sentence.
const LIST_ITEM = /^(?:\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[).]|[-–•*])[ \t]/;

/**
 * The sentence that introduces the list a list-item sentence belongs to: "Bij niet-tijdige betaling is
 * Leverancier gerechtigd:" above "a) de uitvoering op te schorten;". The items before it in the same list are
 * passed over; undefined when the sentence is no list item or the sentence above the list does not end in a colon.
 */
export function leadInOf(sentences: Piece[], sentence: Piece): Piece | undefined {
  if (!LIST_ITEM.test(sentence.text)) return undefined;
  let i = sentences.indexOf(sentence) - 1;
  while (i >= 0 && LIST_ITEM.test(sentences[i].text) && !sentences[i].text.trimEnd().endsWith(':')) i--;
  return i >= 0 && sentences[i].text.trimEnd().endsWith(':') ? sentences[i] : undefined;
}
