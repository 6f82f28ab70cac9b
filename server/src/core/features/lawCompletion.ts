// Completion inside statute citations: article numbers after "artikel 7:" (with their titles), then
// the leden that article really has after "lid ", then the letters of that lid after "sub "/"onder ".
// Called by the shared completion handler (lsp/features/completion.ts).
import type { AnalysisResult } from '../engine/runner';
import type { Lang, Span } from '../types';
import { articleByKey, articlesOfBook, COVERED_BOOKS, curatedEntry, curatedSub, findLid, keyOf, titleOf, type Article, type Lid } from '../law';

export interface LawCompletion {
  label: string;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText?: string;
  kind: 'article' | 'lid' | 'sub';
  sortText?: string;
  /** The text the item replaces (the partly typed number); absent = the editor's word range. */
  span?: Span;
  /** Article items asked for without documentation: the key to get it with articleDocumentation(). */
  documentationKey?: string;
}

export interface LawCompletionOptions {
  /**
   * false: article items leave out their documentation (an excerpt of up to 300 characters each, over
   * hundreds of items) and carry documentationKey instead, for the editor to resolve the one it shows.
   */
  articleDocumentation?: boolean;
}

// Matched against at most the last 80 characters before the cursor, so every pattern is cheap.
const ARTICLE = /(?:^|[^\p{L}\p{N}])(?:artikelen|artikel|artt?\.)\s{1,4}(10|[1-9]):(\d{0,4}[a-z]{0,2})$/iu;
const ARTICLE_IN_LIST = /(?:^|[^\p{L}\p{N}:])(10|[1-9]):\d{1,4}[a-z]{0,2}(?:\s{1,4}BW)?(?:\s{0,4},|\s{1,4}en|\s{1,4}of)\s{1,4}(10|[1-9]):(\d{0,4}[a-z]{0,2})$/iu;
// A BW citation "7:408", or "11.7 Telecommunicatiewet" (the law's name is needed: "11.7" alone is a clause of the draft).
// Literals, not new RegExp(): the regex robustness test reads literals from the source and probes them.
const LID = /(?:artikel|art\.)\s{1,4}(?:(10|[1-9]):(\d{1,4}[a-z]{0,2})|(\d{1,2}\.\d{1,2}[a-z]?)\s{1,4}(?:van\s{1,4}de\s{1,4})?(?:Telecommunicatiewet|Tw))\s{0,4},?\s{1,4}lid\s{1,4}(\d{0,2})$/iu;
const SUB = /(?:artikel|art\.)\s{1,4}(?:(10|[1-9]):(\d{1,4}[a-z]{0,2})|(\d{1,2}\.\d{1,2}[a-z]?)\s{1,4}(?:van\s{1,4}de\s{1,4})?(?:Telecommunicatiewet|Tw))(?:\s{0,4},?\s{1,4}lid\s{1,4}(\d{1,2}[a-z]?))?\s{0,4},?\s{1,4}(?:sub|onder|onderdeel)\s{1,4}([a-z]?)$/iu;
const BARE_CITE_LID = /(?:^|[^\p{L}\p{N}:])(10|[1-9]):(\d{1,4}[a-z]{0,2})(?:\s{1,4}BW)?\s{0,4},?\s{1,4}lid\s{1,4}(\d{0,2})$/iu;
const BARE_CITE_SUB = /(?:^|[^\p{L}\p{N}:])(10|[1-9]):(\d{1,4}[a-z]{0,2})(?:\s{0,4},?\s{1,4}lid\s{1,4}(\d{1,2}[a-z]?))?\s{0,4},?\s{1,4}(?:sub|onder)\s{1,4}([a-z]?)$/iu;

function shorten(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`;
}

function articleKey(book: string | undefined, nr: string | undefined, tw: string | undefined): string | undefined {
  if (tw) return keyOf('Telecommunicatiewet', undefined, tw);
  if (book && nr) return keyOf('BW', Number(book), nr);
  return undefined;
}

export function lawCompletionsAt(result: AnalysisResult, offset: number, lang: Lang, options: LawCompletionOptions = {}): LawCompletion[] {
  const text = result.model.text;
  if (offset < 0 || offset > text.length) return [];
  let from = Math.max(0, offset - 80);
  const nl = text.lastIndexOf('\n', offset - 1);
  if (nl >= from) from = nl + 1;
  const before = text.slice(from, offset);

  let m = SUB.exec(before);
  if (m) return subs(articleKey(m[1], m[2], m[3]), m[4], m[5], offset, lang);
  m = BARE_CITE_SUB.exec(before);
  if (m) return subs(articleKey(m[1], m[2], undefined), m[3], m[4], offset, lang);
  m = LID.exec(before);
  if (m) return leden(articleKey(m[1], m[2], m[3]), m[4], offset, lang);
  m = BARE_CITE_LID.exec(before);
  if (m) return leden(articleKey(m[1], m[2], undefined), m[3], offset, lang);
  m = ARTICLE.exec(before) ?? ARTICLE_IN_LIST.exec(before);
  if (m) {
    const [book, typed] = m.length === 3 ? [m[1], m[2]] : [m[2], m[3]];
    return articles(Number(book), typed, offset, lang, options.articleDocumentation !== false);
  }
  return [];
}

interface ArticleItem {
  key: string;
  nr: string;
  detail: string;
  sortText: string;
}

/**
 * The article items of a book in one language, without span or documentation: built from the static law
 * data on first use, so a completion after "artikel 7:" does not look up hundreds of titles each time.
 */
const articleItems = new Map<string, readonly ArticleItem[]>();

function articleItemsOf(book: number, lang: Lang): readonly ArticleItem[] {
  const cacheKey = `${book}|${lang}`;
  let list = articleItems.get(cacheKey);
  if (list) return list;
  const built: ArticleItem[] = [];
  for (const [i, a] of articlesOfBook(book).entries()) {
    if (a.status !== 'geldend') continue;
    const curated = curatedEntry(a.key);
    const title = titleOf(a.key, lang);
    built.push({
      key: a.key,
      nr: a.nr,
      detail: `${a.key} BW${title ? ` · ${title}` : ''}`,
      // Curated (commonly cited) articles first, then statutory order.
      sortText: `${curated ? '0' : '1'}${String(i).padStart(4, '0')}`,
    });
  }
  list = built;
  articleItems.set(cacheKey, list);
  return list;
}

/** The documentation of an article item: the curated explanation, else the start of the article's text. */
export function articleDocumentation(key: string, lang: Lang): string | undefined {
  const a = articleByKey(key);
  if (!a) return undefined;
  const curated = curatedEntry(a.key);
  return curated ? curated.explanation[lang] : firstText(a);
}

function articles(book: number, typed: string, offset: number, lang: Lang, withDocumentation: boolean): LawCompletion[] {
  if (!COVERED_BOOKS.includes(book)) return [];
  const span = { start: offset - typed.length, end: offset };
  const out: LawCompletion[] = [];
  for (const it of articleItemsOf(book, lang)) {
    if (!it.nr.startsWith(typed)) continue;
    const item: LawCompletion = { label: it.nr, detail: it.detail, insertText: it.nr, kind: 'article', sortText: it.sortText, span };
    if (withDocumentation) item.documentation = articleDocumentation(it.key, lang);
    else item.documentationKey = it.key;
    out.push(item);
  }
  return out;
}

function firstText(a: Article): string | undefined {
  const t = a.leden.find((l) => l.text !== null)?.text;
  return t ? shorten(t, 300) : undefined;
}

function leden(key: string | undefined, typed: string, offset: number, lang: Lang): LawCompletion[] {
  const a = key ? articleByKey(key) : undefined;
  if (!a || a.status !== 'geldend') return [];
  const span = { start: offset - typed.length, end: offset };
  const out: LawCompletion[] = [];
  for (const [i, l] of a.leden.entries()) {
    if (l.nr === null || !l.nr.startsWith(typed)) continue;
    out.push({
      label: l.nr,
      detail: `${a.key} lid ${l.nr}${l.text ? ` · ${shorten(l.text, 60)}` : ''}`,
      documentation: l.text ?? (lang === 'nl' ? '(tekst niet meegeleverd)' : '(text not included)'),
      insertText: l.nr,
      kind: 'lid',
      sortText: String(i).padStart(3, '0'),
      span,
    });
  }
  return out;
}

function subs(key: string | undefined, lidNr: string | undefined, typed: string, offset: number, lang: Lang): LawCompletion[] {
  const a = key ? articleByKey(key) : undefined;
  if (!a || a.status !== 'geldend') return [];
  const span = { start: offset - typed.length, end: offset };
  let candidates: Lid[];
  if (lidNr !== undefined) {
    const l = findLid(a, lidNr);
    candidates = l ? [l] : [];
  } else candidates = a.leden;
  const out: LawCompletion[] = [];
  for (const l of candidates) {
    if (l.text === null) continue;
    const lines = l.text.split('\n');
    for (const s of l.subs) {
      if (!s.startsWith(typed.toLowerCase())) continue;
      const line = lines.find((x) => x.startsWith(`  ${s}.`) || x.startsWith(`  ${s})`)) ?? '';
      const body = line.replace(/^ {2}\S+ /, '');
      const curated = l.nr === null || a.leden.length === 1 ? curatedSub(a.key, s) : undefined;
      out.push({
        label: s,
        detail: `${a.key}${l.nr && a.leden.length > 1 ? ` lid ${l.nr}` : ''} sub ${s}${curated ? ` · ${curated.title[lang]}` : ` · ${shorten(body, 60)}`}`,
        documentation: curated ? `${curated.explanation[lang]}\n\n> ${body}` : body,
        insertText: s,
        kind: 'sub',
        sortText: `${(l.nr ?? '0').padStart(3, '0')}${s}`,
        span,
      });
    }
  }
  return out;
}
