// Statute citations: "artikel 7:404 BW", "art. 7:408 lid 1 BW", "de artikelen 7:407 lid 2 BW, 7:404 BW
// en 7:409 BW", "artikel 7:408, eerste lid, BW", "artikel 11.7 Telecommunicatiewet".
//
// Every regex here is linear: no nested or adjacent unbounded quantifiers, whitespace runs are
// bounded ({1,4}), and the tails are sticky (/y) regexes tried only at a citation's end, so a
// 1 MB draft of hostile input costs one pass per pattern.
import type { Span } from '../types';
import { detached } from '../text/detached';
import { firstAtLeast, firstNotBefore } from '../text/search';
import type { LineIndex } from '../text/lineIndex';
import { blockText } from './blockText';
import { firstAtOrAfter, moveInPlace, straddlesAt, type LineEdit } from './edit';

export interface Citation {
  /** UTF-16 offsets into the text passed, plus base. */
  span: Span;
  /** 'BW', 'Telecommunicatiewet'. */
  law: string;
  book?: number;
  /** '404', '119a', '11.7'. */
  article: string;
  lid?: string;
  sub?: string;
  /** The matched text. */
  text: string;
  /** A BW citation that names no law ("artikelen 7:404 en 7:407 lid 2", no "BW" after any of the list). */
  unnamed?: true;
  /** A citation of a whole afdeling ("afdeling 6.5.3 BW"): titel and afdeling ("5.3"); article is empty. */
  section?: string;
}

const ORDINALS: Record<string, string> = {
  eerste: '1', tweede: '2', derde: '3', vierde: '4', vijfde: '5', zesde: '6', zevende: '7',
  achtste: '8', negende: '9', tiende: '10', elfde: '11', twaalfde: '12',
};

// "book:article" is a BW-only notation. Books 1-10; the article may carry letters (6:119a, 6:230oa).
export const BW_TOKEN = /(?<![\p{L}\p{N}:./])(10|[1-9]):(\d{1,4}[a-z]{0,2})(?![\p{L}\p{N}]|:\d)/gu;
// "artikel 408 van Boek 7 (BW)": the long form.
export const BW_LONG = /(?<![\p{L}\p{N}])(?:artikel|art\.)\s{1,4}(\d{1,4}[a-z]{0,2})(?![\p{L}\p{N}:.])/giu;
const BOOK_TAIL = /\s{1,4}(?:van\s{1,4})?Boek\s{1,4}(10|[1-9])(?![\p{N}])/iuy;
// "artikel 11.7 Telecommunicatiewet": a dotted number is a citation only with the law's name.
export const TW_TOKEN = /(?<![\p{L}\p{N}])(?:artikel|art\.)\s{1,4}(\d{1,2}\.\d{1,2}[a-z]?)(?![\p{L}\p{N}]|\.\d)/giu;
const TW_TAIL = /\s{0,4},?\s{0,4}(?:van\s{1,4}de\s{1,4})?(Telecommunicatiewet|Tw)(?![\p{L}\p{N}])/uy;

const LID_TAIL = /\s{0,4},?\s{1,4}lid\s{1,4}(\d{1,2}[a-z]?)(?![\p{L}\p{N}])/iuy;
const LID_ORDINAL_TAIL =
  /\s{0,4},?\s{1,4}(eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde)\s{1,4}lid(?:\s{0,4},(?=\s{0,4}(?:sub|onder|BW|B\.W\.|Burgerlijk|van|Telecommunicatiewet|Tw)))?/iuy;
// "onder" is an ordinary word too, so only a single letter or a number (1°) after it counts.
// After "sub" or "onderdeel" also the double letters of long lists (6:230g sub ad, 6:193g sub am).
const SUB_TAIL = /\s{0,4},?\s{1,4}(?:(?:sub|onderdeel)\s{1,4}(a[a-z]|[a-z]|\d{1,2}°?)|onder\s{1,4}([a-z]|\d{1,2}°?))(?![\p{L}\p{N}])(?:\s{0,4},(?=\s{0,4}(?:BW|B\.W\.|Burgerlijk|Telecommunicatiewet|Tw)))?/uy;
// "artikel 7:400 e.v. BW": "e.v." (en volgende) between the article and the statute that names it.
const BW_SUFFIX = /(?:\s{1,4}(?:e\.[ \t]?v\.|en[ \t]{1,4}volgende|ff\.))?\s{0,4},?\s{1,4}(?:(?:van|uit)\s{1,4}het\s{1,4})?(?:BW|B\.W\.|Burgerlijk\s{1,4}Wetboek)(?![\p{L}\p{N}])/uy;
const PREFIX = /(?:^|[^\p{L}\p{N}])((?:artikelen|artikel|artt?\.)\s{0,4})$/iu;
const LIST_GAP = /^(?:\s{0,4}[,;]\s{0,4}|\s{1,4}(?:en|of|t\/m|tot\s{1,4}en\s{1,4}met)\s{1,4}|\s{0,4}[-–]\s{0,4})$/u;
// "de artikelen 231 tot en met 247 boek 6 BW": a range in the long form, with "boek" after the second number.
const LONG_RANGE_AT = /artikelen\s{1,4}(\d{1,4}[a-z]{0,2})\s{1,4}(?:tot\s{1,4}en\s{1,4}met|t\/m|en|-|–)\s{1,4}(\d{1,4}[a-z]{0,2})\s{0,4},?\s{1,4}(?:van\s{1,4})?boek\s{1,4}(10|[1-9])(?![\p{N}])/iuy;
// "artikel 6: 96": a stray space after the colon, read only after "artikel" / "art.".
const SPACED_AT = /(?:artikel|art\.)\s{1,4}(10|[1-9]):[ \t]{1,2}(\d{1,4}[a-z]{0,2})(?![\p{L}\p{N}]|:\d)/iuy;
// Other statutes that voorwaarden cite, by article: "artikel 6 lid 1 sub f AVG", "art. 45 van de Auteurswet".
const OTHER_TOKEN_AT = /(?:artikel|art\.)\s{1,4}(\d{1,3}[a-z]{0,2})(?![\p{L}\p{N}]|[.:]\d)/iuy;
const OTHER_TAIL = /\s{0,4},?\s{0,4}(?:van\s{1,4}(?:de|het)\s{1,4})?(AVG|UAVG|Algemene\s{1,4}verordening\s{1,4}gegevensbescherming|Uitvoeringswet\s{1,4}(?:AVG|Algemene\s{1,4}verordening\s{1,4}gegevensbescherming)|Auteurswet(?:\s{1,4}1912)?|Handelsregisterwet(?:\s{1,4}2007)?|Wet\s{1,4}op\s{1,4}het\s{1,4}consumentenkrediet|Besluit\s{1,4}vergoeding\s{1,4}voor\s{1,4}buitengerechtelijke\s{1,4}incassokosten|Besluit\s{1,4}incassokosten|Wet\s{1,4}bescherming\s{1,4}persoonsgegevens|Wbp)(?![\p{L}\p{N}])/uy;
// The long names are unambiguous on their own: "het Besluit vergoeding voor buitengerechtelijke incassokosten".
const OTHER_BARE = /(?<![\p{L}\p{N}])(?:Besluit\s{1,4}vergoeding\s{1,4}voor\s{1,4}buitengerechtelijke\s{1,4}incassokosten|Uitvoeringswet\s{1,4}Algemene\s{1,4}verordening\s{1,4}gegevensbescherming|Algemene\s{1,4}verordening\s{1,4}gegevensbescherming|Handelsregisterwet(?:\s{1,4}2007)?|Wet\s{1,4}op\s{1,4}het\s{1,4}consumentenkrediet|Wet\s{1,4}bescherming\s{1,4}persoonsgegevens|Auteurswet(?:\s{1,4}1912)?)(?![\p{L}\p{N}])/gu;
/** Every OTHER_BARE match holds one of these (citationForms.test.ts proves it on each name). */
export const OTHER_BARE_WORDS = ['incassokosten', 'gegevensbescherming', 'egisterwet', 'consumentenkrediet', 'uteurswet', 'persoonsgegevens'];
// Whether any of them occurs; RARE_GATE looks for them and for AFDELING's words in one pass (a literal search
// per word reads the text once per word), and most articles hold none.
const OTHER_BARE_GATE = new RegExp(OTHER_BARE_WORDS.join('|'));
const AFDELING_WORDS = ['fdeling', 'FDELING'];
const RARE_GATE = new RegExp([...OTHER_BARE_WORDS, ...AFDELING_WORDS].join('|'));
// "afdeling 6.5.3 BW": book, titel, afdeling.
const AFDELING_GATE = new RegExp(AFDELING_WORDS.join('|'));
const AFDELING = /(?<![\p{L}\p{N}])afdeling\s{1,4}(10|[1-9])\.(\d{1,2}[a-zA-Z]{0,2})\.(\d{1,2}[a-zA-Z]{0,2})(?![\p{L}\p{N}]|\.\d)/giu;

/** The law a name in OTHER_NAMES stands for. */
export function otherLaw(name: string): string {
  const n = name.replace(/\s+/g, ' ');
  if (/^(?:AVG|Algemene verordening gegevensbescherming)$/.test(n)) return 'AVG';
  if (/^(?:UAVG|Uitvoeringswet)/.test(n)) return 'UAVG';
  if (n.startsWith('Auteurswet')) return 'Auteurswet';
  if (n.startsWith('Handelsregisterwet')) return 'Handelsregisterwet 2007';
  if (n.startsWith('Wet op het consumentenkrediet')) return 'Wet op het consumentenkrediet';
  if (n === 'Wbp' || n.startsWith('Wet bescherming persoonsgegevens')) return 'Wbp';
  return 'Besluit incassokosten';
}

const TIME_AFTER = /\s{0,4}(?:uur|u\.|u(?![\p{L}])|h(?![\p{L}]))/uy;

// Every BW_LONG and TW_TOKEN match starts with "artikel" or "art." (/iu folds the Kelvin sign to k, and no
// other character to a letter of these), so the patterns are tried only there.
export const ART = /art(?:i[k\u212a]el|\.)/gi;
const BW_TOKEN_AT = new RegExp(BW_TOKEN.source, 'uy');
const BW_LONG_AT = new RegExp(BW_LONG.source, 'iuy');
const TW_TOKEN_AT = new RegExp(TW_TOKEN.source, 'iuy');

/** The first match of the sticky `pattern` at one of the ascending `positions` at or after `from`. */
export function nextAt(text: string, pattern: RegExp, positions: number[], from: number): RegExpExecArray | null {
  for (let k = firstAtLeast(positions, from); k < positions.length; k++) {
    pattern.lastIndex = positions[k];
    const m = pattern.exec(text);
    if (m) return m;
  }
  return null;
}

/** The next BW_TOKEN match at or after `from`: tried only at the one or two digits before each colon. */
export function nextBwToken(text: string, from: number): RegExpExecArray | null {
  for (let c = text.indexOf(':', from + 1); c >= 0; c = text.indexOf(':', c + 1)) {
    // "10:" starts two before the colon, "7:" one before.
    if (c - 2 >= from && text.charCodeAt(c - 2) === 49 && text.charCodeAt(c - 1) === 48) {
      BW_TOKEN_AT.lastIndex = c - 2;
      const m = BW_TOKEN_AT.exec(text);
      if (m) return m;
    }
    const d = text.charCodeAt(c - 1);
    if (d >= 49 && d <= 57) {
      BW_TOKEN_AT.lastIndex = c - 1;
      const m = BW_TOKEN_AT.exec(text);
      if (m) return m;
    }
  }
  return null;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

interface Tail {
  end: number;
  lid?: string;
  sub?: string;
}

function parseLidSub(text: string, at: number): Tail {
  const out: Tail = { end: at };
  let m = sticky(LID_TAIL, text, out.end);
  if (m) {
    out.lid = m[1];
    out.end = LID_TAIL.lastIndex;
  } else if ((m = sticky(LID_ORDINAL_TAIL, text, out.end))) {
    out.lid = ORDINALS[m[1].toLowerCase()];
    out.end = LID_ORDINAL_TAIL.lastIndex;
  }
  m = sticky(SUB_TAIL, text, out.end);
  if (m) {
    out.sub = m[1] ?? m[2];
    out.end = SUB_TAIL.lastIndex;
  }
  return out;
}

/** Finds statute citations in text; spans are base + the offset in text. */
export function findCitations(text: string, base = 0): Citation[] {
  const out: Citation[] = [];
  let lastEnd = -1;
  let groupStart = 0; // the first citation of the current list: a "BW" after any of them names them all
  for (let m = nextBwToken(text, 0), next = 0; m; m = nextBwToken(text, next)) {
    const tokenStart = m.index;
    const tokenEnd = m.index + m[0].length;
    next = tokenEnd;
    const book = Number(m[1]);
    const article = m[2];
    const before = text.slice(Math.max(0, tokenStart - 16), tokenStart);
    const prefix = PREFIX.exec(before);
    const inList = lastEnd >= 0 && tokenStart - lastEnd <= 16 && LIST_GAP.test(text.slice(lastEnd, tokenStart));
    const tail = parseLidSub(text, tokenEnd);
    let end = tail.end;
    const suffix = sticky(BW_SUFFIX, text, end);
    if (suffix) end = BW_SUFFIX.lastIndex;
    if (!prefix && !inList && !suffix && !plausibleBare(text, book, article, tokenEnd)) continue;
    const start = prefix ? tokenStart - prefix[1].length : tokenStart;
    if (!inList) groupStart = out.length;
    const c = make(text, base, start, end, 'BW', article, tail, book);
    if (suffix) {
      for (let k = groupStart; k < out.length; k++) delete out[k].unnamed;
      groupStart = out.length + 1; // named: a later "BW" in the same list need not look at them again
    } else c.unnamed = true;
    out.push(c);
    lastEnd = end;
    next = end;
  }
  // Where "artikel" / "art." is written: found once for both patterns that start there.
  const arts: number[] = [];
  ART.lastIndex = 0;
  for (let m = ART.exec(text); m; m = ART.exec(text)) arts.push(m.index);
  for (let m = nextAt(text, BW_LONG_AT, arts, 0), next = 0; m; m = nextAt(text, BW_LONG_AT, arts, next)) {
    next = m.index + m[0].length;
    const tail = parseLidSub(text, m.index + m[0].length);
    const book = sticky(BOOK_TAIL, text, tail.end);
    if (!book) continue;
    let end = BOOK_TAIL.lastIndex;
    const suffix = sticky(BW_SUFFIX, text, end);
    if (suffix) end = BW_SUFFIX.lastIndex;
    out.push(make(text, base, m.index, end, 'BW', m[1], tail, Number(book[1])));
    next = end;
  }
  for (let m = nextAt(text, TW_TOKEN_AT, arts, 0), next = 0; m; m = nextAt(text, TW_TOKEN_AT, arts, next)) {
    next = m.index + m[0].length;
    const tail = parseLidSub(text, m.index + m[0].length);
    const law = sticky(TW_TAIL, text, tail.end);
    if (!law) continue;
    out.push(make(text, base, m.index, TW_TAIL.lastIndex, 'Telecommunicatiewet', m[1], tail));
    next = TW_TAIL.lastIndex;
  }
  findMoreCitations(text, base, arts, out);
  if (out.length > 1) out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

/** The forms added for issue 18: long ranges, "6: 96", afdelingen and other statutes. Never overlapping a found one. */
function findMoreCitations(text: string, base: number, arts: number[], out: Citation[]): void {
  // Which text units a citation already covers: spans do not overlap, so marking and testing them is linear.
  // Built at the first candidate (most articles have none), from the citations found until then.
  let taken: Uint8Array | undefined;
  const add = (c: Citation) => {
    if (!taken) {
      taken = new Uint8Array(text.length + 1);
      for (const o of out) taken.fill(1, o.span.start - base, o.span.end - base);
    }
    const s = c.span.start - base;
    const e = c.span.end - base;
    for (let i = s; i < e; i++) if (taken[i]) return;
    out.push(c);
    taken.fill(1, s, e);
  };
  for (let m = nextAt(text, LONG_RANGE_AT, arts, 0), next = 0; m; m = nextAt(text, LONG_RANGE_AT, arts, next)) {
    let end = m.index + m[0].length;
    next = end;
    const suffix = sticky(BW_SUFFIX, text, end);
    if (suffix) end = BW_SUFFIX.lastIndex;
    const book = Number(m[3]);
    const firstEnd = m.index + m[0].indexOf(m[1], 'artikelen'.length) + m[1].length;
    const secondStart = m.index + m[0].lastIndexOf(m[2], m[0].search(/boek/i));
    add(make(text, base, m.index, firstEnd, 'BW', m[1], { end: firstEnd }, book));
    add(make(text, base, secondStart, end, 'BW', m[2], { end }, book));
  }
  for (let m = nextAt(text, SPACED_AT, arts, 0), next = 0; m; m = nextAt(text, SPACED_AT, arts, next)) {
    const tail = parseLidSub(text, m.index + m[0].length);
    let end = tail.end;
    const suffix = sticky(BW_SUFFIX, text, end);
    if (suffix) end = BW_SUFFIX.lastIndex;
    next = end;
    add(make(text, base, m.index, end, 'BW', m[2], tail, Number(m[1])));
  }
  for (let m = nextAt(text, OTHER_TOKEN_AT, arts, 0), next = 0; m; m = nextAt(text, OTHER_TOKEN_AT, arts, next)) {
    next = m.index + m[0].length;
    const tail = parseLidSub(text, next);
    const law = sticky(OTHER_TAIL, text, tail.end);
    if (!law) continue;
    next = OTHER_TAIL.lastIndex;
    add(make(text, base, m.index, next, otherLaw(law[1]), m[1], tail));
  }
  // The global scans run only where a word they cannot match without occurs (literal searches are cheap).
  const rare = RARE_GATE.test(text);
  const bare = rare && OTHER_BARE_GATE.test(text);
  OTHER_BARE.lastIndex = 0;
  for (let m = bare ? OTHER_BARE.exec(text) : null; m; m = OTHER_BARE.exec(text)) {
    add(make(text, base, m.index, m.index + m[0].length, otherLaw(m[0]), '', { end: m.index + m[0].length }));
  }
  AFDELING.lastIndex = 0;
  const afd = rare && AFDELING_GATE.test(text);
  for (let m = afd ? AFDELING.exec(text) : null; m; m = AFDELING.exec(text)) {
    let end = m.index + m[0].length;
    const suffix = sticky(BW_SUFFIX, text, end);
    if (suffix) end = BW_SUFFIX.lastIndex;
    const c = make(text, base, m.index, end, 'BW', '', { end }, Number(m[1]));
    c.section = `${m[2]}.${m[3]}`;
    add(c);
    AFDELING.lastIndex = end;
  }
}

function make(text: string, base: number, start: number, end: number, law: string, article: string, tail: Tail, book?: number): Citation {
  const c: Citation = { span: { start: base + start, end: base + end }, law, article, text: detached(text.slice(start, end)) };
  if (book !== undefined) c.book = book;
  if (tail.lid !== undefined) c.lid = tail.lid;
  if (tail.sub !== undefined) c.sub = tail.sub;
  return c;
}

/**
 * A bare "7:404" (no "artikel" before, no "BW" after) is a citation unless it may be a time or a
 * ratio: "10:30 uur", "6:52" and "1:100" stay prose. So: books 2-8 only, and the article must be
 * one no clock shows (three digits, a letter, or 60 and up).
 */
function plausibleBare(text: string, book: number, article: string, end: number): boolean {
  if (book < 2 || book > 8) return false;
  const digits = /^\d+/.exec(article)![0];
  const clockLike = digits.length === 2 && Number(digits) < 60 && digits === article;
  if (clockLike || digits.length < 2) return false;
  if (sticky(TIME_AFTER, text, end)) return false;
  return true;
}

/**
 * The citations of a whole draft, found article by article: a citation never continues across an
 * article heading ("lid 1" at the end of one article and "onder" + the next article's "2." are not one
 * citation). Scanning each block on its own makes the draft's citations and a block's citations agree
 * by construction, whatever the patterns read around a token.
 */
export function findCitationsByBlock(blocks: ReadonlyArray<{ span: { start: number; end: number }; text: string }>): Citation[] {
  const out: Citation[] = [];
  for (const b of blocks) for (const c of findCitations(b.text, b.span.start)) out.push(c);
  return out;
}

/**
 * The citations of a whole draft (findCitationsByBlock, ascending) that lie inside the block
 * [start, end), moved to offsets from `start`: exactly findCitations(text.slice(start, end)) when the
 * range is one of the parser's blocks, because the draft's citations were found block by block.
 */
export function citationsWithin(citations: Citation[], start: number, end: number): Citation[] {
  const out: Citation[] = [];
  for (let k = firstNotBefore(citations.length, (i) => citations[i].span.start < start); k < citations.length; k++) {
    const c = citations[k];
    if (c.span.start >= end) break;
    if (c.span.end > end) continue;
    // A copy, built like make(): the incremental parser moves the draft's citations in place.
    const moved: Citation = { span: { start: c.span.start - start, end: c.span.end - start }, law: c.law, article: c.article, text: c.text };
    if (c.book !== undefined) moved.book = c.book;
    if (c.lid !== undefined) moved.lid = c.lid;
    if (c.sub !== undefined) moved.sub = c.sub;
    if (c.unnamed) moved.unnamed = true;
    if (c.section !== undefined) moved.section = c.section;
    out.push(moved);
  }
  return out;
}

/** How far (UTF-16 units) a statute citation and the context its patterns read can reach. */
const CITATION_REACH = 400;

/**
 * The draft's citations after an edit inside one line: a window around the line is scanned again, from a
 * line start no citation straddles, and the citations outside it are kept, moved in place. `blocks` are
 * the new text's. Undefined when a citation crosses the window's end (the caller scans in full).
 */
export function updateCitations(cits: Citation[], text: string, lines: LineIndex, blocks: ReadonlyArray<{ span: Span }>, e: LineEdit): Citation[] | undefined {
  const straddles = (x: number) => straddlesAt(cits, x, 0);
  // Window [a, b): from a line start well before the edited line to one well after it, so that the
  // citations whose patterns could read the edited text are all found again, and none crosses a or b.
  let a = lines.lineStarts[lines.lineAt(Math.max(0, e.lineStart - CITATION_REACH))];
  while (a > 0 && straddles(a)) a = lines.lineStarts[lines.lineAt(a - 1)];
  const k = lines.lineAt(Math.min(text.length, e.newLineEnd + CITATION_REACH));
  const b = k > e.line ? lines.lineStarts[k] : text.length;
  const bOld = b - e.delta;
  if (straddles(bOld)) return undefined;
  // Found block by block, as findCitationsByBlock does: no citation crosses an article edge.
  const found: Citation[] = [];
  const reach = Math.min(text.length, b + CITATION_REACH);
  for (const blk of blocks) {
    const from = Math.max(a, blk.span.start);
    const to = Math.min(reach, blk.span.end);
    if (from >= to) continue;
    // The text block rules read (comments blanked), as the parser's blocks hold it.
    for (const c of findCitations(blockText(text, from, to), from)) if (c.span.start < b) found.push(c);
  }
  if (found.length && found[found.length - 1].span.end > b) return undefined;
  const i = firstAtOrAfter(cits, a);
  const j = firstAtOrAfter(cits, bOld);
  if (e.delta !== 0) for (let x = j; x < cits.length; x++) moveInPlace(cits[x].span, e.start, e.delta);
  cits.splice(i, j - i, ...found);
  return cits;
}
