// Line classification: the first pass of the parser. Every pattern is anchored and linear.

export type LineKind = 'blank' | 'comment' | 'mdHeading' | 'artikelHeading' | 'numbered' | 'letter' | 'text';

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
  /** Offset where the content after the number marker starts. */
  contentStart: number;
  /** For headings: the title after the number. */
  title?: string;
  mdLevel?: number;
}

const MD_HEADING = /^(#{1,6})[ \t]+/;
const ARTIKEL = /^(?:artikel|art\.)[ \t]*(\d{1,4}[a-z]?)\b[.:]?/i;
const NUMBERED = /^(\d{1,4}(?:\.\d{1,4}){0,5})(\.?)(?=[ \t]|$)/;
const LETTER = /^(?:\(([a-z])\)|([a-z])[.)])(?=[ \t])/;
const TITLE_SEPARATOR = /^[ \t]*(?:[–—:-][ \t]*)?/;
const BULLET = /^[*+-][ \t]+/;

/** A short line that names something rather than stipulating it. */
export function isHeadingText(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 90) return false;
  if (/[.;,:]$/.test(t)) return false;
  return /^[\p{Lu}\d]/u.test(t);
}

export function classifyLine(text: string, line: number, start: number, end: number): LineInfo {
  let i = start;
  let indent = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32) indent++;
    else if (c === 9) indent += 4;
    else if (c === 0xfeff) { /* BOM counts as nothing */ }
    else break;
    i++;
  }
  const info: LineInfo = { line, start, end, indent, kind: 'text', contentStart: i };
  if (i >= end) {
    info.kind = 'blank';
    return info;
  }
  let rest = text.slice(i, end);
  if (rest.startsWith('<!--')) {
    info.kind = 'comment';
    return info;
  }
  let md = MD_HEADING.exec(rest);
  if (md) {
    info.mdLevel = md[1].length;
    i += md[0].length;
    rest = rest.slice(md[0].length);
  }
  // Markdown emphasis around a heading-ish number ("**Artikel 3**") is common in exported drafts.
  let strip = 0;
  while (rest.startsWith('*', strip) || rest.startsWith('_', strip)) strip++;
  const core = strip ? rest.slice(strip) : rest;
  const art = ARTIKEL.exec(core);
  if (art) {
    info.kind = md ? 'mdHeading' : 'artikelHeading';
    info.number = art[1];
    info.numberStart = i + strip + art[0].indexOf(art[1], 3);
    info.numberEnd = info.numberStart + art[1].length;
    const after = core.slice(art[0].length).replace(/^[*_]+/, '');
    info.title = cleanTitle(after);
    info.contentStart = i + strip + art[0].length;
    // "Artikel 3 lid 2 bepaalt ..." at a line start is prose, not a heading.
    if (!md && !isHeadingText(info.title || 'X') && info.title !== '') info.kind = 'text';
    return info;
  }
  if (!md && BULLET.test(rest)) {
    const b = BULLET.exec(rest)!;
    i += b[0].length;
    rest = rest.slice(b[0].length);
  }
  const num = NUMBERED.exec(core);
  if (num && !(num[2] === '' && !num[1].includes('.') && !md && !isHeadingText(core.slice(num[0].length)))) {
    info.kind = md ? 'mdHeading' : 'numbered';
    info.number = num[1];
    info.numberStart = i + strip;
    info.numberEnd = i + strip + num[1].length;
    info.contentStart = skipSpace(text, i + strip + num[0].length, end);
    info.title = cleanTitle(core.slice(num[0].length));
    return info;
  }
  if (md) {
    info.kind = 'mdHeading';
    info.title = cleanTitle(core);
    info.contentStart = i;
    return info;
  }
  const letter = LETTER.exec(rest);
  if (letter) {
    info.kind = 'letter';
    info.number = letter[1] ?? letter[2];
    info.numberStart = i + (letter[1] ? 1 : 0);
    info.numberEnd = info.numberStart + 1;
    info.contentStart = skipSpace(text, i + letter[0].length, end);
    return info;
  }
  return info;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

function cleanTitle(s: string): string {
  const t = s.replace(TITLE_SEPARATOR, '');
  let e = t.length;
  while (e > 0 && /[\s#*_]/.test(t[e - 1])) e--;
  return t.slice(0, e);
}
