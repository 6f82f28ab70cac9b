// Reads an official BWB "toestand" XML export of BW Boek 3, 6 or 7 (wetten.overheid.nl, "Download XML")
// into the same shape as the bundled law (RawBook), so that hovers, validation and links can use a
// newer version that the user downloaded. Pure: text in, book or a clear error out; never throws.
//
// The format, as the official exports have it: <toestand bwb-id="BWBR..." inwerkingtreding="YYYY-MM-DD">
// <wetgeving><wet-besluit><wettekst> with structure elements (boek, titeldeel, afdeling, paragraaf ...)
// that carry a <kop><label/><nr/><titel/></kop>, and <artikel bwb-ng-variabel-deel="/Boek6/.../Artikel96">
// with a <kop>, then <lid><lidnr>1.</lidnr><al>...</al><lijst><li><li.nr>a.</li.nr><al>...</al></li></lijst></lid>
// or, without leden, <al> and <lijst> directly. <meta-data> holds no statutory text.
import type { Localized } from '../types';
import type { RawArticle, RawBook, RawLid } from './types';

/** BWB ids of the books an export may replace. */
export const BOOK_OF_BWB: Readonly<Record<string, number>> = { BWBR0005291: 3, BWBR0005289: 6, BWBR0005290: 7 };

export type ImportResult = { ok: true; book: RawBook; articles: number } | { ok: false; error: Localized };

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Array<Node | string>;
}

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(ENTITY, (_, dec: string, hex: string, name: string) => {
    if (name) return NAMED[name];
    const cp = dec ? Number(dec) : parseInt(hex, 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  });
}

const NAME_CHAR = /[\w.:-]/;

/**
 * A small well-formedness-checking XML reader: elements, attributes and text. Scans forward with indexOf
 * only (no backtracking pattern), so hostile input costs one pass.
 */
export function parseXml(xml: string): Node | string {
  const root: Node = { name: '#root', attrs: {}, children: [] };
  const stack: Node[] = [root];
  const skipTo = (from: number, end: string) => {
    const e = xml.indexOf(end, from);
    return e < 0 ? -1 : e + end.length;
  };
  let i = 0;
  while (i < xml.length) {
    const top = stack[stack.length - 1];
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt > i) {
      const t = xml.slice(i, lt < 0 ? xml.length : lt);
      if (t.trim() !== '' || top !== root) top.children.push(decode(t));
      if (lt < 0) break;
    }
    let next: number;
    if (xml.startsWith('<!--', lt)) next = skipTo(lt + 4, '-->');
    else if (xml.startsWith('<![CDATA[', lt)) {
      next = skipTo(lt + 9, ']]>');
      if (next > 0) top.children.push(xml.slice(lt + 9, next - 3));
    } else if (xml.startsWith('<?', lt)) next = skipTo(lt + 2, '?>');
    else if (xml.startsWith('<!', lt)) next = skipTo(lt + 2, '>');
    else {
      next = skipTo(lt + 1, '>');
      if (next < 0) break;
      const tag = readTag(xml.slice(lt + 1, next - 1));
      if (typeof tag === 'string') return `${tag} bij positie ${lt}`;
      if (tag.closing) {
        if (top.name !== tag.name) return `sluittag </${tag.name}> past niet bij <${top.name}>`;
        stack.pop();
      } else {
        const node: Node = { name: tag.name, attrs: tag.attrs, children: [] };
        top.children.push(node);
        if (!tag.selfClosing) stack.push(node);
      }
    }
    if (next < 0) return `onafgesloten markering bij positie ${lt}`;
    i = next;
  }
  if (stack.length !== 1) return `<${stack[stack.length - 1].name}> wordt niet gesloten`;
  const el = root.children.find((c): c is Node => typeof c !== 'string');
  return el ?? 'geen element gevonden';
}

/** The inside of a tag: "/name", "name a=\"1\" b='2'", "name/". */
function readTag(t: string): { name: string; attrs: Record<string, string>; closing: boolean; selfClosing: boolean } | string {
  let k = 0;
  const closing = t.startsWith('/');
  if (closing) k = 1;
  const selfClosing = !closing && t.endsWith('/');
  const end = selfClosing ? t.length - 1 : t.length;
  const nameStart = k;
  while (k < end && NAME_CHAR.test(t[k])) k++;
  const name = t.slice(nameStart, k);
  if (!/^[A-Za-z_]/.test(name)) return 'ongeldige tag';
  const attrs: Record<string, string> = {};
  for (;;) {
    while (k < end && /\s/.test(t[k])) k++;
    if (k >= end) break;
    if (closing) return 'ongeldige sluittag';
    const a = k;
    while (k < end && NAME_CHAR.test(t[k])) k++;
    if (k === a) return 'ongeldig attribuut';
    const attr = t.slice(a, k);
    while (k < end && /\s/.test(t[k])) k++;
    if (t[k] !== '=') return 'ongeldig attribuut';
    k++;
    while (k < end && /\s/.test(t[k])) k++;
    const q = t[k];
    if (q !== '"' && q !== "'") return 'ongeldig attribuut';
    const close = t.indexOf(q, k + 1);
    if (close < 0 || close >= end) return 'ongeldig attribuut';
    attrs[attr] = decode(t.slice(k + 1, close));
    k = close + 1;
  }
  return { name, attrs, closing, selfClosing };
}

const elements = (n: Node) => n.children.filter((c): c is Node => typeof c !== 'string');
const child = (n: Node, name: string) => elements(n).find((c) => c.name === name);

/** The text of an element, inline markup included, meta-data left out; white space collapsed. */
function textOf(n: Node): string {
  let out = '';
  for (const c of n.children) {
    if (typeof c === 'string') out += c;
    else if (c.name !== 'meta-data' && c.name !== 'redactie' && c.name !== 'noot') out += textOf(c);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Lines of a lid (or an article without leden): paragraphs flush left, list items indented two spaces per level. */
function linesOf(n: Node, depth: number, out: string[]): void {
  for (const c of elements(n)) {
    if (c.name === 'al') {
      const t = textOf(c);
      if (t) out.push(`${'  '.repeat(depth)}${t}`);
    } else if (c.name === 'lijst') {
      for (const li of elements(c).filter((x) => x.name === 'li')) {
        const nr = child(li, 'li.nr');
        const marker = nr ? textOf(nr) : '';
        const inner: string[] = [];
        linesOf(li, 0, inner);
        const [first = '', ...rest] = inner;
        out.push(`${'  '.repeat(depth + 1)}${marker ? `${marker} ` : ''}${first.trim()}`);
        // Follow-on paragraphs and nested lists of the item, one level deeper.
        for (const r of rest) out.push(`${'  '.repeat(depth + 1)}${r.startsWith('  ') ? r : `  ${r}`}`);
      }
    } else if (c.name !== 'kop' && c.name !== 'meta-data' && c.name !== 'lidnr' && c.name !== 'li.nr' && c.name !== 'lid') {
      linesOf(c, depth, out);
    }
  }
}

const STRUCTURE: Record<string, string> = {
  boek: 'Boek', titeldeel: 'Titel', afdeling: 'Afdeling', paragraaf: 'Paragraaf', 'sub-paragraaf': 'Paragraaf', hoofdstuk: 'Hoofdstuk',
};

function error(nl: string, en: string): { ok: false; error: Localized } {
  return { ok: false, error: { nl, en } };
}

/** What any official BWB "toestand" export holds, read the way the bundled law is stored. */
export type ExportResult =
  | { ok: true; bwb: string; version: string; sections: RawBook['sections']; articles: RawArticle[] }
  | { ok: false; error: Localized };

/** Reads an official BWB XML export of any regulation: its id, date, structure and articles. */
export function readBwbExport(xml: string): ExportResult {
  if (typeof xml !== 'string' || xml.length === 0) return error('Het bestand is leeg.', 'The file is empty.');
  if (!/^\uFEFF?\s*</.test(xml)) return error('Dit is geen XML-bestand. Download op wetten.overheid.nl de XML van het boek.', 'This is not an XML file. Download the book\'s XML from wetten.overheid.nl.');
  const root = parseXml(xml.replace(/^\uFEFF/, ''));
  if (typeof root === 'string') return error(`Het bestand is geen geldige XML (${root}).`, `The file is not valid XML (${root}).`);
  if (root.name !== 'toestand') {
    return error(`Dit is geen officiële BWB-export (het hoofdelement is <${root.name}>, niet <toestand>).`, `This is not an official BWB export (the root element is <${root.name}>, not <toestand>).`);
  }
  const sections: RawBook['sections'] = [];
  const sectionIndex = new Map<string, number>();
  const articles: RawArticle[] = [];
  const walk = (n: Node, path: string[]): void => {
    for (const c of elements(n)) {
      if (c.name === 'meta-data') continue;
      const kind = STRUCTURE[c.name];
      if (kind) {
        const kop = child(c, 'kop');
        const nr = kop && child(kop, 'nr') ? textOf(child(kop, 'nr')!) : '';
        const titel = kop && child(kop, 'titel') ? textOf(child(kop, 'titel')!) : '';
        walk(c, [...path, `${kind} ${nr}.${titel ? ` ${titel}` : ''}`]);
      } else if (c.name === 'artikel') {
        const a = readArticle(c, path, sections, sectionIndex);
        if (a) articles.push(a);
      } else {
        walk(c, path);
      }
    }
  };
  walk(root, []);
  return { ok: true, bwb: root.attrs['bwb-id'] ?? '', version: root.attrs.inwerkingtreding ?? '', sections, articles };
}

/** Reads an official BWB XML export of BW Boek 3, 6 or 7. */
export function importBwbXml(xml: string): ImportResult {
  const r = readBwbExport(xml);
  if (!r.ok) return r;
  const { bwb, version, sections, articles } = r;
  const book = BOOK_OF_BWB[bwb];
  if (book === undefined) {
    return error(`Deze export is van ${bwb || 'een onbekende regeling'}, niet van Boek 3, 6 of 7 van het Burgerlijk Wetboek (BWBR0005291, BWBR0005289, BWBR0005290).`, `This export is of ${bwb || 'an unknown regulation'}, not of Book 3, 6 or 7 of the Civil Code.`);
  }
  if (!/^\d{4}-\d\d-\d\d$/.test(version)) return error('De export noemt geen geldigheidsdatum (inwerkingtreding).', 'The export states no date of validity (inwerkingtreding).');
  if (articles.length < 50) {
    return error(`De export bevat maar ${articles.length} artikelen; dat is niet het hele boek. Download de XML van het volledige boek.`, `The export holds only ${articles.length} articles; that is not the whole book. Download the XML of the complete book.`);
  }
  return { ok: true, book: { book, bwb, version, src: 'import', sections, articles }, articles: articles.length };
}

function readArticle(c: Node, path: string[], sections: RawBook['sections'], sectionIndex: Map<string, number>): RawArticle | undefined {
  const kop = child(c, 'kop');
  const nrEl = kop ? child(kop, 'nr') : undefined;
  const nr = nrEl ? textOf(nrEl).replace(/\.$/, '') : '';
  if (!/^\d{1,4}[a-z]{0,2}$/.test(nr)) return undefined;
  // "/Boek6/Titeldeel5/Afdeling3/Artikel231": the section part is the path the versioned URL uses.
  const where = c.attrs['bwb-ng-variabel-deel'] ?? '';
  const url = where.replace(/^\//, '').replace(/\/?Artikel[^/]*$/, '');
  const key = `${url}|${path.join('>')}`;
  let s = sectionIndex.get(key);
  if (s === undefined) {
    s = sections.length;
    sections.push({ path, url });
    sectionIndex.set(key, s);
  }
  const leden: RawLid[] = [];
  const lids = elements(c).filter((x) => x.name === 'lid');
  if (lids.length > 0) {
    for (const l of lids) {
      const lidnr = child(l, 'lidnr');
      const lines: string[] = [];
      linesOf(l, 0, lines);
      leden.push([lidnr ? textOf(lidnr).replace(/\.$/, '') : null, lines.join('\n')]);
    }
  } else {
    const lines: string[] = [];
    linesOf(c, 0, lines);
    leden.push([null, lines.join('\n')]);
  }
  const a: RawArticle = { nr, s, leden };
  if (c.attrs.status === 'vervallen' || (leden.length === 1 && /^\s*(?:\[\s*vervallen|\(\s*vervallen|vervallen\.?\s*$)/i.test(leden[0][1] ?? ''))) a.status = 'vervallen';
  return a;
}
