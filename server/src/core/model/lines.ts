// Line classification: the first pass of the parser. Each line is classified on its own (so the
// result can be cached per line text), and every pattern is anchored and bounded, so the pass is
// linear in the input whatever the input is.
import { detached } from '../text/detached';
import { isSpaceUnit } from '../text/letters';
import { romanValue } from './numbering';

export type LineKind =
  | 'blank'
  | 'comment'
  | 'mdHeading' // "## Artikel 3 – X", "# 3. X", "## Toepasselijkheid"
  | 'artikelHeading' // "Artikel 3 Aansprakelijkheid" on a plain line
  | 'partHeading' // "Hoofdstuk 2 Software", "Titel 1", "Deel 2" (plain or Markdown)
  | 'numbered' // "3.1 ...", "1. ...", "2 Titel"
  | 'letter' // "a. ...", "b) ...", "(c) ..."
  | 'preamble' // "De ondergetekenden:", "Overwegende dat:" (with a title), "Verklaren te zijn overeengekomen als volgt:" (without); read before the first article only
  | 'text';

export interface LineInfo {
  line: number;
  start: number; // offset of the line start
  end: number; // offset before the terminator
  indent: number; // columns of leading whitespace (tab = 4)
  kind: LineKind;
  /** Number as written ("3", "3.1", "1.2.6", "b"). */
  number?: string;
  numberStart?: number;
  numberEnd?: number;
  /** Offset where the content after the number marker (or bullet) starts. */
  contentStart: number;
  /** For headings, and numbered lines whose text could be a title (not a plain sentence): the title after the number. */
  title?: string;
  mdLevel?: number;
  /** A numbered line whose title stands in bold, alone: "**1.2 Titel**", "1.2 **Titel**" (a titled clause). */
  boldTitle: boolean;
}

const MD_HEADING = /^(#{1,6})[ \t]+/;
// The word with the typos real drafts carry ("Artkel 5"); the number may be followed by ".", ":" or ";"
// ("Artikel 13. Titel", "ARTIKEL 2: TITEL", "Artikel 1; Titel"), never by ".9" or ":404" (a clause or a statute).
// Or a Roman number in capitals ("Artikel IV"), checked after the match (the pattern is case-insensitive).
// "§ 3" and "§3" number an article too (or, in a draft that also has "Artikel" headings, a section of articles).
// Markdown written by a converter escapes the full stop after a number ("Artikel 1\. Definities", "1\. Tekst"):
// the backslash is part of the separator, not of the title.
const ARTIKEL = /^(?:art(?:ikel|kel|iekel|ikle|ilek)|atrikel|arikel|art\.|§)[ \t\u00a0]{0,8}(\d{1,4}[a-z]?|[ivxlc]{1,7})(?![\p{L}\p{N}]|\\?[.:]\d)(?:[ \t\u00a0]{0,4}(?:\\?\.|[.:;]))?/iu;
// "Artikel 2Offerte": a web page that sets the number and the title in elements of their own loses the blank
// between them. A capital and small letters after the digits is a title there, never a number's letter ("Artikel 2a").
const ARTIKEL_GLUED = /^(?:Artikel|ARTIKEL|Art\.)[ \t\u00a0]{1,8}(\d{1,4})(?=\p{Lu}\p{Ll}{2})/u;
/** A title in round brackets, alone after an article's number: its inside is the title. */
const BRACKETED_TITLE = /^\([ \t]{0,4}([^()]{1,90}?)[ \t]{0,4}\)$/;
/** A dash right after an article's number, before its title ("Artikel 4-afspraken", "Artikel 4 – levering"). */
const DASH_AFTER = /^[ \t]{0,4}[-–—][ \t]{0,4}\p{L}/u;
/** "II. BETALING", "II BETALING": a chapter numbered in Roman capitals, its title in capitals. */
const ROMAN_PART = /^([IVX]{1,5})\.?[ \t]{1,8}(?=\p{Lu})/u;
const PART = /^(?:hoofdstuk|titel|deel|afdeling|paragraaf|module|bijlage|addendum|annex|appendix)[ \t]{1,8}(\d{1,3}|[IVXLC]{1,6}|[A-Z])(?![\p{L}\p{N}])\.?:?/iu;
/** An appendix heading without a number, lettered or not ("A. Addendum Gegevensverwerking", "Bijlage: SLA"). */
const APPENDIX = /^(?:[A-Z][.)][ \t]{1,4})?(?:[Bb]ijlage|BIJLAGE|[Aa]ddendum|ADDENDUM|[Aa]nnex|ANNEX|[Aa]ppendix|APPENDIX)(?![\p{L}\p{N}])/u;
// Clause numbers: the first part at most 4 digits, the others at most 2 and without a leading zero, so
// amounts ("1.000"), times ("9.00") and dates ("12.03.2024") are no clause numbers.
const NUMBERED = /^(\d{1,4}(?:\.(?:[1-9]\d?|0)){0,5})((?:\\?\.)?)(?=[ \t\u00a0]|$)/;
/** "**1.3** Tekst": a clause number in bold, the emphasis closed before the text (the opening marks are stripped first). */
const BOLD_NUMBER = /^(\d{1,4}(?:\.\d{1,2}){0,5}\.?)([*_]{1,4})(?=[ \t\u00a0])/;
/** "12.De artikelen": a clause number written against its text. */
const NUMBERED_TIGHT = /^(\d{1,3}(?:\.[1-9]\d?){0,5})\.(?=\p{Lu}\p{Ll})/u;
/**
 * "2,1": a clause numbered with a comma, as Belgian and older drafts write it, alone on its line or before a capital.
 * Read as "2.1"; the tree takes it only where the numbering expects it, so an amount ("2,50 Euro") stays text.
 */
const COMMA_NUMBERED = /^(\d{1,3}),([1-9]\d?)(?=[ \t\u00a0]*$|[ \t\u00a0]+\p{Lu})/u;
const LETTER = /^(?:\(([a-z])\)|([a-z])[.):])(?=[ \t\u00a0])/;
/** Roman sub-items of more than one character ("ii.", "(iv)"); "i.", "v." and "x." are decided by the tree. */
const ROMAN = /^(?:\((ii|iii|iv|vi|vii|viii|ix|xi|xii)\)|(ii|iii|iv|vi|vii|viii|ix|xi|xii)[.)])(?=[ \t])/;
/** "1°", "2°": a numbered sub-item. */
const DEGREE = /^(\d{1,2})°(?=[ \t])/;
/** A title in capitals closed by a full stop, with the clause text after it ("7. GEGEVENS. De software ..."). */
const CAPS_TITLE = /^(\p{Lu}[\p{Lu}\p{N} \t,&/'’()-]{2,80}?\p{Lu}\)?)\.(?=[ \t]|$)/u;
const BULLET = /^[*+\-•·▪◦–][ \t]+/;
// The formulas of a contract's preamble, alone on their line: the words that open the recitals and the
// words that close them before the articles. Without the u flag /i folds no other character to ASCII.
const RECITALS_OPEN = /^(?:(?:de[ \t]{1,4})?ondergetekenden[ \t]{0,4}:?|(?:de[ \t]{1,4})?partijen[ \t]{0,4}:|(?:(?:en|partijen),?[ \t]{1,4})?(?:in[ \t]{1,4}aanmerking[ \t]{1,4}nemende|in[ \t]{1,4}overweging[ \t]{1,4}nemende|overwegende|overwegingen|considerans|nemen[ \t]{1,4}in[ \t]{1,4}aanmerking)(?:[ \t]{1,4}(?:dat|het[ \t]{1,4}volgende))?[ \t]{0,4}:?)[ \t]{0,4}$/i;
const RECITALS_CLOSE = /^(?:(?:en|partijen|zij)[ \t,]{1,4}){0,2}(?:verklaren|verklaart|komen|zijn)[ \t]{1,4}(?:[a-z]{1,12}[ \t]{1,4}){0,4}overeen(?:gekomen)?(?:[ \t]{1,4}[a-z]{1,12}){0,3}[ \t]{0,4}:[ \t]{0,4}$/i;
const MAX_HEADING = 90;
const MAX_PREAMBLE = 100;
/** The line patterns, for the test that holds each gate below to its pattern. */
export const LINE_PATTERNS = { MD_HEADING, ARTIKEL, PART, APPENDIX, BULLET, NUMBERED, NUMBERED_TIGHT, COMMA_NUMBERED, LETTER, ROMAN, DEGREE, RECITALS_OPEN, RECITALS_CLOSE };

// Most lines are prose: each pattern is tried only on a first character it can match. For ASCII letters
// c | 0x20 is the lower case; /iu folds no other character to a, h, t, d, p or m.
export const mayStart = {
  mdHeading: (c: number) => c === 35, // #
  artikel: (c: number) => (c | 0x20) === 97 || c === 0xa7,
  part: (c: number) => {
    const l = c | 0x20;
    return l === 104 || l === 116 || l === 100 || l === 97 || l === 112 || l === 109 || l === 98;
  },
  appendix: (c: number) => (c >= 65 && c <= 90) || c === 97 || c === 98,
  bullet: (c: number) => c === 42 || c === 43 || c === 45 || c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25e6 || c === 0x2013,
  numbered: (c: number) => c >= 48 && c <= 57,
  letter: (c: number) => c === 40 || (c >= 97 && c <= 122),
  roman: (c: number) => c === 40 || c === 105 || c === 118 || c === 120,
  degree: (c: number) => c >= 48 && c <= 57,
  // e(n), p(artijen), z(ij), i(n), o(verwegende, ondergetekenden), c(onsiderans), n(emen), v(erklaren), k(omen), d(e)
  preamble: (c: number) => {
    const l = c | 0x20;
    return c < 128 && (l === 101 || l === 112 || l === 122 || l === 105 || l === 111 || l === 99 || l === 110 || l === 118 || l === 107 || l === 100);
  },
};

/** "A.", "B)", "(C)", "I.", "II)", "(IV)": an item numbered in capitals, as parties and recitals often are. */
const UPPER_ITEM = /^(?:\(([A-Z]|[IVX]{1,4})\)|([A-Z]|[IVX]{1,4})[.)])(?=[ \t\u00a0])/;

/**
 * The capital letter or Roman number that opens a text line ("A. Opdrachtgever ..."), read only where the tree
 * asks (the parties and recitals before the first article): elsewhere such a line is an initial or a title.
 */
export function upperItemOf(text: string, info: LineInfo): { number: string; numberStart: number; contentStart: number } | undefined {
  if (info.kind !== 'text') return undefined;
  const c = text.charCodeAt(info.contentStart);
  if (!((c >= 65 && c <= 90) || c === 40)) return undefined;
  const m = UPPER_ITEM.exec(text.slice(info.contentStart, Math.min(info.end, info.contentStart + 8)));
  if (!m) return undefined;
  const number = m[1] ?? m[2];
  const numberStart = info.contentStart + (m[1] ? 1 : 0);
  return { number, numberStart, contentStart: skipSpace(text, info.contentStart + m[0].length, info.end) };
}

/** Words of a Markdown "heading" past which it is a paragraph that a converter marked as a heading. */
const MAX_MD_HEADING_WORDS = 16;

/** A short line that names something rather than stipulating it. */
export function isHeadingText(s: string): boolean {
  if (s.length > MAX_HEADING * 2) return false;
  const t = s.trim();
  if (!t || t.length > MAX_HEADING) return false;
  if (/[.;,:]$/.test(t)) return false;
  if (t.split(/\s+/).length > 10) return false;
  return /^[\p{Lu}\d]/u.test(t);
}

export function classifyLine(text: string, line: number, start: number, end: number): LineInfo {
  let i = start;
  let indent = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32) indent++;
    else if (c === 9) indent += 4;
    else if (c === 0xfeff || c === 0xa0) {
      /* BOM and no-break spaces count as nothing */
    } else break;
    i++;
  }
  // Every field present from the start: one object shape for all lines (adding fields later makes many).
  const info: LineInfo = { line, start, end, indent, kind: 'text', number: undefined, numberStart: undefined, numberEnd: undefined, contentStart: i, title: undefined, mdLevel: undefined, boldTitle: false };
  if (i >= end) {
    info.kind = 'blank';
    return info;
  }
  // Only the head of a line decides its kind: a bounded window keeps huge lines cheap.
  const window = Math.min(end, i + 400);
  let rest = text.slice(i, window);
  if (text.charCodeAt(i) === 60 /* < */ && rest.startsWith('<!--')) {
    info.kind = 'comment';
    return info;
  }
  let md = mayStart.mdHeading(text.charCodeAt(i)) ? MD_HEADING.exec(rest) : null;
  if (md) {
    const marks = md[0].length;
    // A converter that marks whole paragraphs as headings wrote no heading; neither did one that marks a
    // sub-item ("## a. Software. ..."): articles and chapters are not lettered in lower case. The line is
    // read as the paragraph or sub-item it is, after its marks.
    if (wordCountAbove(rest, marks, MAX_MD_HEADING_WORDS) || LETTER.test(rest.slice(marks)) || isClauseMarkedAsHeading(rest, marks, end - i <= 400)) md = null;
    else info.mdLevel = md[1].length;
    i += marks;
    // The paragraph's text starts after its marks (a definition in it starts at its term).
    if (!md) info.contentStart = i;
    rest = rest.slice(marks);
  }
  // Markdown emphasis around a heading-ish number ("**Artikel 3**") is common in exported drafts.
  let strip = 0;
  while (strip < 4 && (rest.startsWith('*', strip) || rest.startsWith('_', strip))) strip++;
  const core = strip ? rest.slice(strip) : rest;
  const c0 = core.charCodeAt(0);
  let art = mayStart.artikel(c0) ? ARTIKEL.exec(core) ?? ARTIKEL_GLUED.exec(core) : null;
  if (art && !isArticleNumber(art[1])) art = null;
  if (art) {
    let title = titleAfter(core, art[0].length);
    // "Artikel 1 (Inhoud van de opdracht)": a contract's title in brackets after the number.
    const bracketed = BRACKETED_TITLE.exec(title);
    const inBrackets = bracketed !== null && isHeadingText(bracketed[1].charAt(0).toUpperCase() + bracketed[1].slice(1));
    if (inBrackets) title = bracketed[1];
    // "Artikel 3 lid 2 bepaalt ..." at a line start is prose, not a heading; "Artikel 4-afspraken", a title in lower
    // case joined to the number by a dash, is a heading.
    if (md || title === '' || inBrackets || isHeadingText(title) || (DASH_AFTER.test(core.slice(art[0].length)) && isHeadingText(title.charAt(0).toUpperCase() + title.slice(1)))) {
      info.kind = md ? 'mdHeading' : 'artikelHeading';
      info.number = art[1];
      info.numberStart = i + strip + art[0].indexOf(art[1], c0 === 0xa7 ? 1 : 3);
      info.numberEnd = info.numberStart + art[1].length;
      // Line infos outlive the draft version through edits elsewhere: a title of its own, not a view into the draft.
      info.title = detached(title);
      info.contentStart = i + strip + art[0].length;
      return info;
    }
    return info;
  }
  const part = mayStart.part(c0) ? PART.exec(core) : null;
  if (part) {
    const title = titleAfter(core, part[0].length);
    if (md || title === '' || isHeadingText(title)) {
      info.kind = 'partHeading';
      info.title = detached(cleanTitle(core.replace(/[*_]{1,4}/g, '')));
      info.contentStart = i;
      return info;
    }
    return info;
  }
  const romanPart = c0 === 73 || c0 === 86 || c0 === 88 ? ROMAN_PART.exec(core) : null;
  if (romanPart && romanValue(romanPart[1].toLowerCase()) !== undefined && isHeadingText(core) && !/\p{Ll}/u.test(core)) {
    info.kind = 'partHeading';
    info.title = detached(cleanTitle(core.replace(/[*_]{1,4}/g, '')));
    info.contentStart = i;
    return info;
  }
  const appendix = mayStart.appendix(c0) ? APPENDIX.exec(core) : null;
  if (appendix && isHeadingText(core.replace(/[()]/g, ''))) {
    info.kind = 'partHeading';
    info.title = detached(cleanTitle(core.replace(/[*_]{1,4}/g, '')));
    info.contentStart = i;
    return info;
  }
  let bullet = 0;
  if (!md) {
    const b = mayStart.bullet(rest.charCodeAt(0)) ? BULLET.exec(rest) : null;
    if (b) bullet = b[0].length;
  }
  let body = bullet ? rest.slice(bullet) : core;
  const at = bullet ? i + bullet : i + strip;
  const b0 = body.charCodeAt(0);
  // "**1.3** Tekst": the emphasis closes right after the number; read the number without it.
  const boldNumber = strip && mayStart.numbered(b0) ? BOLD_NUMBER.exec(body) : null;
  const closing = boldNumber ? boldNumber[2].length : 0;
  if (boldNumber) body = boldNumber[1] + body.slice(boldNumber[0].length);
  const num = mayStart.numbered(b0) ? NUMBERED.exec(body) ?? NUMBERED_TIGHT.exec(body) ?? commaNumbered(body) : null;
  if (num && isClauseNumber(num[1], num[2] !== '', md !== null, body.slice(num[0].length))) {
    info.kind = md ? 'mdHeading' : 'numbered';
    // "01 Definities", "02 Offertes": a web page's two-digit number; the article is 1, 2 (the zero is decoration).
    const zero = num[1].length === 2 && num[1].charCodeAt(0) === 48 && num[1].charCodeAt(1) !== 48 ? 1 : 0;
    info.number = zero ? num[1].slice(1) : num[1];
    info.numberStart = at + zero;
    info.numberEnd = at + num[1].length;
    info.contentStart = skipSpace(text, at + num[0].length + closing, end);
    // A title in bold, alone on the line: the whole line ("**1.2 Titel**") or the text after the number ("1.2 **Titel**").
    if (!closing) {
      const after = text.slice(info.contentStart, Math.min(end, info.contentStart + 200)).trimEnd();
      info.boldTitle = after.length < 200 && (strip >= 2 ? /^[^*]+\*\*$/.test(after) : /^\*\*[^*]+\*\*$/.test(after));
    }
    const caps = CAPS_TITLE.exec(text.slice(info.contentStart, Math.min(end, info.contentStart + 120)));
    const title = info.boldTitle ? cleanTitle(text.slice(info.contentStart, end).replace(/\*\*/g, '')) : caps && caps[1].length >= 4 ? caps[1] : titleAfter(body, num[0].length);
    // Most numbered lines are clauses whose "title" is their sentence, which no heading test takes for a
    // title: it is not kept (the line table would otherwise hold a copy of most of the draft's clauses).
    info.title = md || !isPlainSentence(title) ? detached(title) : undefined;
    return info;
  }
  if (md) {
    info.kind = 'mdHeading';
    info.title = detached(cleanTitle(core.replace(/[*_]{1,4}/g, '')));
    info.contentStart = i;
    return info;
  }
  const roman = mayStart.roman(b0) ? ROMAN.exec(body) : null;
  if (roman) {
    const written = roman[1] ?? roman[2];
    info.kind = 'letter';
    info.number = written;
    info.numberStart = at + (roman[1] ? 1 : 0);
    info.numberEnd = info.numberStart + written.length;
    info.contentStart = skipSpace(text, at + roman[0].length, end);
    return info;
  }
  const degree = mayStart.degree(b0) ? DEGREE.exec(body) : null;
  if (degree) {
    info.kind = 'letter';
    info.number = degree[1];
    info.numberStart = at;
    info.numberEnd = at + degree[1].length;
    info.contentStart = skipSpace(text, at + degree[0].length, end);
    return info;
  }
  const letter = mayStart.letter(b0) ? LETTER.exec(body) : null;
  if (letter) {
    info.kind = 'letter';
    info.number = letter[1] ?? letter[2];
    info.numberStart = at + (letter[1] ? 1 : 0);
    info.numberEnd = info.numberStart + 1;
    info.contentStart = skipSpace(text, at + letter[0].length, end);
    return info;
  }
  if (bullet) info.contentStart = skipSpace(text, at, end);
  else if (!md && !strip && end - i <= MAX_PREAMBLE && mayStart.preamble(c0)) {
    // An opening formula is the title of what it opens ("Overwegende dat"); a closing one has none.
    if (RECITALS_OPEN.test(rest)) {
      const title = cleanTitle(rest);
      info.kind = 'preamble';
      info.title = detached(title.endsWith(':') ? title.slice(0, -1).trimEnd() : title);
    } else if (RECITALS_CLOSE.test(rest)) info.kind = 'preamble';
  }
  return info;
}

/** COMMA_NUMBERED as a match of NUMBERED: the number with a dot (as long as the one written), no separator. */
function commaNumbered(body: string): [string, string, string] | null {
  const m = COMMA_NUMBERED.exec(body);
  return m ? [m[0], `${m[1]}.${m[2]}`, ''] : null;
}

/** "12", "7a", or a Roman number in capitals up to XXXIX ("IV"); not "iv" or "lic". */
function isArticleNumber(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || (s === s.toUpperCase() && romanValue(s) !== undefined);
}

/**
 * Whether a number at a line start numbers a clause. "2019 was ...", "30 dagen ...", a postal code
 * ("8011 AB Zwolle"), a phone number ("020 123 4567") or a year are not: a number without a dot
 * counts only when it is short and a title follows it.
 */
function isClauseNumber(num: string, dot: boolean, md: boolean, after: string): boolean {
  if (dot || md || num.includes('.')) return true;
  if (num.length > 3) return false;
  const t = after.trimStart();
  if (/^\p{N}/u.test(t)) return false;
  return isHeadingText(after);
}

/** "Klant: de wederpartij ...": a defined term and its definition. */
const TERM_COLON = /^\p{Lu}[\p{L}\p{N} '’()-]{0,40}:[ \t]+\S/u;
/** An article's own heading keeps its sentence ("## Artikel 4. Titel. Tekst.", "## 4. Titel. Tekst."). */
const ARTICLE_HEAD = /^(?:art(?:ikel|\.)|§|\d{1,4}\\?\.?[ \t])/i;
const MIN_SENTENCE_WORDS = 6;

/**
 * A Markdown "heading" that a converter made of a clause or a definition: it ends like a sentence (or a list
 * entry) and has more words than a title, or it is a term with its definition. Read as the line it is without
 * its marks; an article's numbered heading stays one. `whole`: the window holds the whole line.
 */
function isClauseMarkedAsHeading(s: string, marks: number, whole: boolean): boolean {
  if (!whole) return false;
  let e = s.length;
  while (e > marks && isSpaceUnit(s.charCodeAt(e - 1))) e--;
  const last = s.charCodeAt(e - 1);
  if (last !== 46 && last !== 59) return false;
  const body = s.slice(marks, e);
  if (ARTICLE_HEAD.test(body)) return false;
  return TERM_COLON.test(body) || wordCountAbove(body, 0, MIN_SENTENCE_WORDS);
}

/** Whether s.slice(from) has more than max words (counted up to the first max + 1). */
function wordCountAbove(s: string, from: number, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let k = from; k < s.length; k++) {
    const space = isSpaceOrTab(s.charCodeAt(k));
    if (!space && !inWord && ++words > max) return true;
    inWord = !space;
  }
  return false;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpaceOrTab(text.charCodeAt(i))) i++;
  return i;
}

export function cleanTitle(s: string): string {
  return cleanTitleFrom(s, 0);
}

/**
 * cleanTitle(s.slice(from).replace(/^[*_]{1,4}/, '')): the title after a line's number, cut out once
 * (most numbered lines are clauses whose "title" is their text, so this runs on nearly every line).
 */
export function titleAfter(s: string, from: number): string {
  let i = from;
  for (let n = 0; n < 4 && (s.charCodeAt(i) === 42 /* * */ || s.charCodeAt(i) === 95) /* _ */; n++) i++;
  return cleanTitleFrom(s, i);
}

/** Spaces or tabs between a number and its title: a tab stop exported as spaces is wider than 8. */
const MAX_GAP = 40;

/**
 * s.slice(i) without the separator before a title (up to MAX_GAP spaces or tabs, then optionally one of – — : -
 * and up to 8 more), cut at 2 * MAX_HEADING, without trailing white space, '#', '*' or '_'.
 */
function cleanTitleFrom(s: string, i: number): string {
  // A word processor's tab stop after a clause number comes out as a run of spaces ("1.            Definities").
  for (let n = 0; n < MAX_GAP && isSpaceOrTab(s.charCodeAt(i)); n++) i++;
  const c = s.charCodeAt(i);
  if (c === 0x2013 || c === 0x2014 || c === 58 /* : */ || c === 45 /* - */) {
    i++;
    for (let n = 0; n < 8 && isSpaceOrTab(s.charCodeAt(i)); n++) i++;
  }
  let e = Math.min(s.length, i + MAX_HEADING * 2);
  for (let d = s.charCodeAt(e - 1); e > i && (isSpaceUnit(d) || d === 35 || d === 42 || d === 95); d = s.charCodeAt(e - 1)) e--;
  return s.slice(i, e);
}

/** Space, tab or no-break space (word processors put one after a clause number). */
function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/**
 * Text that no heading test could take for a title: it ends like a sentence or a list entry, or is
 * both longer and wordier than any heading. (Deliberately stricter than the parser's own tests.)
 */
export function isPlainSentence(title: string | undefined): boolean {
  if (title === undefined) return true;
  const t = title.trimEnd();
  // The last unit, not /[.;,:]$/: the parser asks this of every numbered line, and that regex tries every position.
  const last = t.charCodeAt(t.length - 1);
  if (last === 46 || last === 59 || last === 44 || last === 58) return true;
  if (t.length <= 100) return false;
  let words = 1;
  for (let i = t.indexOf(' '); i >= 0 && words <= 12; i = t.indexOf(' ', i + 1)) words++;
  return words > 12;
}
