// Pure API over the bundled law data. The JSON is required (esbuild inlines it; the type checker
// does not have to infer a 1.8 MB literal type) and indexed once, on first use.
import type { Lang } from '../types';
import type {
  Article, BwData, CuratedData, CuratedEntry, CuratedSub, IncassoFacts, Lid, RawBook, RawLid,
} from './types';
import type { Localized } from '../types';

export type { Article, BwData, CuratedEntry, CuratedSub, Lid, Mandatory, RawBook, Regime, Successor } from './types';

/** What a citation needs to be looked up: the same fields as model/citations' Citation. */
export interface CitationRef {
  law: string;
  book?: number;
  article: string;
  lid?: string;
  sub?: string;
  /** A whole afdeling: "5.3" in "afdeling 6.5.3 BW". */
  section?: string;
}

/** Books of which we hold every article: a citation of any other book is not checked. */
export const COVERED_BOOKS: readonly number[] = [3, 6, 7];

const LAW_PREFIX: Record<string, string> = { Telecommunicatiewet: 'Tw' };

export interface Statute {
  name: string;
  bwb?: string;
  url: string;
  /** Set when the statute has been repealed: by what, and since when. */
  repealed?: { nl: string; en: string };
  /** The official text of provisions that rules cite ("28 lid 2"), with where it was taken from. */
  provisions?: Record<string, string>;
  provisionsSource?: string;
}

/** A statute other than the BW that voorwaarden cite (AVG, UAVG, Auteurswet ...), by the law name of a citation. */
export function statuteOf(law: string): Statute | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const t = (require('./data/statutes.json') as { laws: Record<string, Statute> }).laws;
  return Object.prototype.hasOwnProperty.call(t, law) ? t[law] : undefined;
}

/** The articles of a BW afdeling ("6", "5.3" for afdeling 6.5.3), in statutory order; empty if unknown. */
export function articlesOfSection(book: number, section: string): Article[] {
  const [titel, afdeling] = section.split('.');
  const t = `titel ${titel}.`.toLowerCase();
  const af = `afdeling ${afdeling}.`.toLowerCase();
  const has = (a: Article, head: string) => a.sectionPath.some((p) => p.toLowerCase().startsWith(head));
  return articlesOfBook(book).filter((a) => has(a, t) && has(a, af));
}

interface Index {
  data: BwData;
  byKey: Map<string, Article>;
  byBook: Map<number, Article[]>;
  curated: CuratedData;
  facts: { bwb: Record<string, string>; urlFormats: { versionedPath: string; jci: string }; incasso: IncassoFacts };
}

let index: Index | undefined;
/** Books the user imported from an official export (`clausule wet bijwerken`), replacing the bundled ones. */
let imported: RawBook[] = [];

/**
 * Uses these imported books (law/bwbImport.ts) instead of the bundled text of the same book, from the
 * next lookup on. An empty list returns to the bundled law.
 */
export function useImportedBooks(books: RawBook[]): void {
  imported = books;
  index = undefined;
}

/** The imported books in use (their BWB id and version date), for status messages. */
export function importedBooks(): ReadonlyArray<{ book: number; bwb: string; version: string }> {
  return imported.map((b) => ({ book: b.book, bwb: b.bwb, version: b.version }));
}

/** Every form the official text uses for a repealed article or lid. Must match scripts/build-law-data.mjs. */
export const REPEALED = /^\s*(?:\[\s*vervallen(?:\s+per(?:\s+\d\d-\d\d-\d{4}){1,2})?\s*\.?\s*\]|\(\s*vervallen\s*\.?\s*\)|vervallen\.?)\s*$/i;

/** The text in force on the day the link is opened: JuriConnect without dates (facts.json). */
export function currentUrl(bwb: string, nr: string): string {
  return `https://wetten.overheid.nl/jci1.3:c:${bwb}&artikel=${nr}`;
}

function sourceLabel(data: BwData, bwb: string, version: string, src: Article['src'], from: string | undefined): Localized {
  if (src === 'full' || src === 'import') {
    const note = src === 'import' ? { nl: ', door u ingelezen', en: ', imported by you' } : { nl: '', en: '' };
    return {
      nl: `wetten.overheid.nl (officiële export), ${bwb}, versie geldend op ${version}${note.nl}`,
      en: `wetten.overheid.nl (official export), ${bwb}, version in force on ${version}${note.en}`,
    };
  }
  const s = from ? data.meta.sources[from] : undefined;
  return s ? { nl: `${s.nl}; ${bwb}, versie ${version}`, en: `${s.en}; ${bwb}, version ${version}` } : { nl: `${bwb}, versie ${version}`, en: `${bwb}, version ${version}` };
}

function load(): Index {
  if (index) return index;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const data = require('./data/bw.json') as BwData;
  const curated = loadCurated();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const facts = require('./data/facts.json') as Index['facts'];
  const byKey = new Map<string, Article>();
  const byBook = new Map<number, Article[]>();
  const books = data.books.map((b) => imported.find((i) => i.book === b.book) ?? b);
  for (const b of books) {
    const list: Article[] = [];
    for (const r of b.articles) {
      const version = r.v ?? b.version;
      const section = b.sections[r.s];
      const src = r.src ?? b.src;
      const leden = r.leden.map(toLid);
      const textless = src === 'later-known';
      const label = sourceLabel(data, b.bwb, version, src, r.from);
      const a: Article = {
        key: `${b.book}:${r.nr}`,
        law: 'BW',
        book: b.book,
        nr: r.nr,
        leden,
        version,
        status: r.status ?? (leden.length > 0 && leden.every((l) => l.repealed) ? 'vervallen' : 'geldend'),
        sectionPath: section.path,
        url: textless ? currentUrl(b.bwb, r.nr) : versionedUrl(b.bwb, version, section.url, r.nr),
        currentUrl: currentUrl(b.bwb, r.nr),
        bwb: b.bwb,
        source: label.nl,
        sourceLabel: label,
        official: src === 'full' || src === 'import',
        src,
        laterAmended: r.laterAmended === true,
        textless,
      };
      if (r.successor) a.successor = r.successor;
      byKey.set(a.key, a);
      list.push(a);
    }
    list.sort((x, y) => compareArticleNr(x.nr, y.nr));
    byBook.set(b.book, list);
  }
  for (const o of data.other) {
    const label: Localized = o.src === 'facts'
      ? {
        nl: `CKaniklides/AI-Legislation-Analysis (uit de officiële BWB XML gelezen door derden), ${o.bwb}, geconsolideerde versie ${o.version}`,
        en: `CKaniklides/AI-Legislation-Analysis (parsed from the official BWB XML by a third party), ${o.bwb}, consolidated version ${o.version}`,
      }
      : sourceLabel(data, o.bwb, o.version, o.src, o.from);
    byKey.set(o.key, {
      key: o.key,
      law: o.law,
      nr: o.nr,
      leden: o.leden.map(toLid),
      version: o.version,
      status: 'geldend',
      sectionPath: o.sectionPath,
      url: o.url,
      currentUrl: currentUrl(o.bwb, o.nr),
      bwb: o.bwb,
      source: label.nl,
      sourceLabel: label,
      official: false,
      src: o.src,
      laterAmended: false,
      textless: false,
    });
  }
  index = { data, byKey, byBook, curated, facts };
  return index;
}

/**
 * The curated (editorial) data is split by subject so that each file stays small enough to review
 * and edit; a key defined in two files is a mistake, so it throws rather than silently overriding.
 */
function loadCurated(): CuratedData {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const meta = require('./data/curated/meta.json') as CuratedData['meta'];
  const parts = [
    require('./data/curated/7-opdracht.json'),
    require('./data/curated/6-av-algemeen.json'),
    require('./data/curated/6-236.json'),
    require('./data/curated/6-237.json'),
    require('./data/curated/6-overig.json'),
    require('./data/curated/3-and-tw.json'),
  ] as Array<Pick<CuratedData, 'entries'>>;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const entries: CuratedData['entries'] = {};
  for (const p of parts) {
    for (const [k, v] of Object.entries(p.entries)) {
      if (Object.prototype.hasOwnProperty.call(entries, k)) throw new Error(`curated law data: ${k} defined twice`);
      entries[k] = v;
    }
  }
  return { meta, entries };
}

// First-level sub-items sit on lines indented by two spaces: "  a. ...", "  1°. ...", "  b) ...".
// Must match SUB_MARKER in scripts/build-law-data.mjs, which checks it against the parse.
const SUB_MARKER = /^ {2}([a-z]{1,2}|[0-9]{1,2}°?)[.)] /;

function toLid([nr, text]: RawLid): Lid {
  const subs: string[] = [];
  if (text !== null) {
    for (const line of text.split('\n')) {
      const m = SUB_MARKER.exec(line);
      if (m) subs.push(m[1]);
    }
  }
  const lid: Lid = { nr, text, subs };
  if (text === null) lid.textAvailable = false;
  else if (REPEALED.test(text)) lid.repealed = true;
  return lid;
}

/** Every provision we hold (BW books 3, 6, 7 and the other laws), for validation and listings. */
export function allArticles(): Article[] {
  return [...load().byKey.values()];
}

/** "119a" sorts after "119" and before "120". */
export function compareArticleNr(a: string, b: string): number {
  const na = parseInt(a, 10);
  const nb = parseInt(b, 10);
  if (na !== nb) return na - nb;
  const sa = a.slice(String(na).length);
  const sb = b.slice(String(nb).length);
  if (sa.length !== sb.length) return sa.length - sb.length;
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** "7:404" for BW, "Tw 11.7" for the Telecommunicatiewet. */
export function keyOf(law: string, book: number | undefined, article: string): string {
  if (law === 'BW') return `${book}:${article}`;
  return `${LAW_PREFIX[law] ?? law} ${article}`;
}

export function citationKey(c: CitationRef): string {
  return keyOf(c.law, c.book, c.article);
}

export function articleByKey(key: string): Article | undefined {
  return load().byKey.get(key);
}

/** Articles of a BW book in statutory order (empty for a book we do not hold). */
export function articlesOfBook(book: number): readonly Article[] {
  return load().byBook.get(book) ?? [];
}

/** Curated entry by key: "7:408", "Tw 11.7", or a letter: "6:236 sub j". */
export function getCurated(key: string): CuratedEntry | CuratedSub | undefined {
  const m = /^(.*) sub ([a-z0-9°]+)$/.exec(key);
  if (m) return curatedSub(m[1], m[2]);
  return curatedEntry(key);
}

export function curatedEntry(key: string): CuratedEntry | undefined {
  const e = load().curated.entries;
  return Object.prototype.hasOwnProperty.call(e, key) ? e[key] : undefined;
}

export function curatedSub(key: string, sub: string): CuratedSub | undefined {
  const subs = curatedEntry(key)?.subs;
  return subs && Object.prototype.hasOwnProperty.call(subs, sub) ? subs[sub] : undefined;
}

export function curatedKeys(): string[] {
  return Object.keys(load().curated.entries);
}

export function curatedCaution(lang: Lang): string {
  return load().curated.meta.caution[lang];
}

/** Editorial title for curated articles; otherwise the innermost section heading. */
export function titleOf(key: string, lang: Lang): string | undefined {
  const c = curatedEntry(key);
  if (c) return c.title[lang];
  const a = articleByKey(key);
  if (!a || a.sectionPath.length === 0) return undefined;
  return a.sectionPath[a.sectionPath.length - 1].replace(/^(?:Titel|Afdeling|Onderafdeling|Paragraaf|§|Boek) [0-9A-Za-z.]+\.?\s*(?:–\s*)?/, '');
}

/** Article URL on wetten.overheid.nl (versioned: it shows the text we show). */
export function articleUrl(key: string): string | undefined {
  return articleByKey(key)?.url;
}

/** Builds a versioned-path URL from the facts.json format. */
export function versionedUrl(bwb: string, date: string, sectionUrl: string, nr: string): string {
  return `https://wetten.overheid.nl/${bwb}/${date}/0/${sectionUrl}/Artikel${nr}`;
}

const stripDegree = (s: string) => s.replace(/°$/, '');

/** The lid a citation points at: by number, or the only lid of an article without numbered leden. */
export function findLid(a: Article, lid: string | undefined): Lid | undefined {
  if (lid === undefined) return a.leden.length === 1 ? a.leden[0] : undefined;
  return a.leden.find((l) => l.nr === lid);
}

export function hasSub(l: Lid, sub: string): boolean {
  return l.subs.some((s) => stripDegree(s) === stripDegree(sub));
}

export type CitationProblem = 'not-covered' | 'unknown-article' | 'vervallen' | 'unknown-lid' | 'unknown-sub';

export interface CitationCheck {
  key: string;
  article?: Article;
  /** Absent when the citation is right. */
  problem?: CitationProblem;
  /** Near articles for an unknown article ("7:408" for "7:4088"), or the right lid for a misplaced sub. */
  suggestions: string[];
  /** The leden the article has (for unknown-lid) and the letters of the lid (for unknown-sub). */
  existingLeden: string[];
  existingSubs: string[];
  /** Set when the cited lid (not the article) is repealed. */
  lidRepealed?: string;
}

export function checkCitation(c: CitationRef): CitationCheck {
  const key = citationKey(c);
  const out: CitationCheck = { key, suggestions: [], existingLeden: [], existingSubs: [] };
  // A whole afdeling, or a statute named without an article: nothing to check article by article.
  if (c.section !== undefined || c.article === '') {
    out.problem = 'not-covered';
    return out;
  }
  const covered = c.law === 'BW' ? c.book !== undefined && COVERED_BOOKS.includes(c.book) : load().byKey.has(key);
  if (!covered) {
    out.problem = 'not-covered';
    return out;
  }
  const a = articleByKey(key);
  if (!a) {
    out.problem = 'unknown-article';
    out.suggestions = c.book !== undefined ? suggestArticles(c.book, c.article) : [];
    return out;
  }
  out.article = a;
  out.existingLeden = a.leden.map((l) => l.nr).filter((n): n is string => n !== null);
  if (a.status === 'vervallen') {
    out.problem = 'vervallen';
    return out;
  }
  // An article we know only by name (it exists in a later version): its leden and letters are unknown to us.
  if (a.textless) return out;
  let lid: Lid | undefined;
  if (c.lid !== undefined) {
    lid = findLid(a, c.lid);
    if (!lid) {
      out.problem = 'unknown-lid';
      return out;
    }
    if (lid.repealed) {
      out.problem = 'vervallen';
      out.lidRepealed = c.lid;
      return out;
    }
  }
  if (c.sub !== undefined) {
    const candidates = lid ? [lid] : a.leden;
    if (!candidates.some((l) => hasSub(l, c.sub!))) {
      out.problem = 'unknown-sub';
      out.existingSubs = lid ? lid.subs : a.leden.length === 1 ? a.leden[0].subs : [];
      if (lid) {
        out.suggestions = a.leden.filter((l) => l !== lid && l.nr && hasSub(l, c.sub!)).map((l) => `${key} lid ${l.nr} sub ${c.sub}`);
      }
      return out;
    }
  }
  return out;
}

/** The version date of the book's text we hold (most of its articles), for "not in the version of ...". */
export function bookVersion(book: number): string | undefined {
  const b = load().data.books.find((x) => x.book === book);
  const i = imported.find((x) => x.book === book);
  return i?.version ?? b?.version;
}

/** The BWB id of a BW book we hold. */
export function bookBwb(book: number): string | undefined {
  return load().data.books.find((x) => x.book === book)?.bwb;
}

/** Existing articles of the book within one edit (insert, delete, substitute, swap) of nr. */
export function suggestArticles(book: number, nr: string): string[] {
  const out: string[] = [];
  for (const a of articlesOfBook(book)) {
    if (a.status === 'geldend' && withinOneEdit(a.nr, nr)) out.push(a.key);
  }
  return out.slice(0, 5);
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  if (la === lb) {
    const diffs: number[] = [];
    for (let i = 0; i < la && diffs.length < 3; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    return diffs.length === 2 && diffs[1] === diffs[0] + 1 && a[diffs[0]] === b[diffs[1]] && a[diffs[1]] === b[diffs[0]];
  }
  const [s, l] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}
