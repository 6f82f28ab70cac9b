// Writes a library clause in the style of the draft it goes into: the draft's article heading form
// ("Artikel 5.", "ARTIKEL 5 -", "5. Titel", "## Artikel 5"), its leden ("5.1", "1.", none), its list
// items, its blank lines and its words for the parties and defined terms. A clause in the library's own
// form would be read as a new heading style and change how the rest of the draft is parsed.
import type { Block, DocumentModel, StructureNode } from '../model/types';
import roles from './data/termRoles.json';
import { detached } from '../text/detached';

export interface DraftStyle {
  eol: string;
  /** The heading line of article `n` with `title`. */
  heading(n: number | string, title: string): string;
  /** The marker before lid `k` of article `n` (with its spacing), or undefined where leden are unnumbered. */
  lid(n: number | string, k: number): string | undefined;
  /** The marker before list item `letter`. */
  item(letter: string): string;
  /** How the draft refers to lid `k` of article `n` ("artikel 7.2", "artikel 7 lid 2", "lid 2" in unnumbered chapters). */
  ref(word: string, n: number | string, k: number): string;
  blankBeforeArticle: boolean;
  blankAfterHeading: boolean;
  /**
   * The draft's word for a library term (the term itself when the draft has no other), with "de" where the
   * draft writes that party with an article and `before` (the text before the word) has none.
   */
  term(word: string, atSentenceStart: boolean, before?: string): string;
}

const LIBRARY_HEADING = /^## Artikel (\S+) – (.*)$/;
const LIBRARY_LID = /^(\d+)\.(\d+) (.*)$/;
const LIBRARY_ITEM = /^([a-z])\. (.*)$/;

interface Role {
  party?: boolean;
  words: string[][];
}
const ROLES = (roles.roles as Role[]).map((r) => ({ party: !!r.party, words: r.words.map(([sg, pl]) => ({ sg, pl })) }));
/** Library word -> its role and whether it is the plural form. */
const LIBRARY_WORDS = new Map<string, { role: (typeof ROLES)[number]; plural: boolean }>();
for (const role of ROLES) {
  const [own] = role.words;
  LIBRARY_WORDS.set(own.sg, { role, plural: false });
  if (own.pl !== own.sg) LIBRARY_WORDS.set(own.pl, { role, plural: true });
}
const TERM_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...LIBRARY_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

function lineOf(model: DocumentModel, line: number): string {
  return model.lines.lineText(line);
}

function marker(model: DocumentModel, node: StructureNode): string | undefined {
  const start = model.lines.lineStarts[node.line];
  if (!node.textSpan || node.textSpan.start < start) return undefined;
  const own = model.text.slice(start, node.textSpan.start);
  // The number alone on its line, the text on the next one: keep the number's line and a line break.
  return own.includes('\n') ? own.replace(/\r?\n[ \t]*$/, '\n') : own;
}

/** An article (or chapter) heading line cut around its number and title. */
function headingParts(model: DocumentModel, node: StructureNode) {
  const { text } = model;
  const lineStart = model.lines.lineStarts[node.line];
  const line = lineOf(model, node.line);
  const inLine = (s: { start: number; end: number } | undefined) => !!s && s.start >= lineStart && s.end <= lineStart + line.length;
  const numbered = inLine(node.numberSpan) && node.written !== '';
  const title = inLine(node.headingSpan) ? node.headingSpan : undefined;
  const titleText = title ? text.slice(title.start, title.end) : '';
  return {
    node,
    numbered,
    titled: !!title,
    // "AANSPRAKELIJKHEID" (two letters at least: a title "A" says nothing about case).
    capitals: /\p{L}\P{L}*\p{L}/u.test(titleText) && titleText === titleText.toUpperCase(),
    before: numbered ? line.slice(0, node.numberSpan!.start - lineStart) : title ? line.slice(0, title.start - lineStart) : '',
    between: numbered ? line.slice(node.numberSpan!.end - lineStart, title ? title.start - lineStart : undefined) : '',
    after: title ? line.slice(title.end - lineStart) : '',
  };
}

/**
 * The draft's style for an article inserted at `at` (by default appended): the library's own heading form
 * where the draft has no articles or chapters to follow.
 */
export function draftStyle(model: DocumentModel, at = model.text.length): DraftStyle {
  // The missing-clause rules build their fixes on every analysis, several per draft: the last style is kept
  // with the model, so it goes when the model does (a closed draft leaves no text behind).
  const last = lastStyles.get(model);
  if (last && last.at === at && last.text === model.text) return last.style;
  const style = readStyle(model, at);
  lastStyles.set(model, { text: model.text, at, style });
  return style;
}
const lastStyles = new WeakMap<DocumentModel, { text: string; at: number; style: DraftStyle }>();

function readStyle(model: DocumentModel, at: number): DraftStyle {
  const { text } = model;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const nodes = model.nodes;
  const articles = nodes.filter((n) => n.kind === 'article');
  // Chapters (with leden) stand in where the draft has no articles.
  const candidates = articles.length ? articles : nodes.filter((n) => n.kind === 'part' && n.headingSpan && n.children.some((c) => c.kind === 'clause'));
  // No articles or chapters to follow: the library's own form, in the draft's words.
  if (!candidates.length) {
    return {
      eol,
      heading: (n, title) => `## Artikel ${n} – ${title}`,
      lid: (n, k) => `${n}.${k} `,
      item: (letter) => `${letter}. `,
      ref: (word, n, k) => `${word} ${n}.${k}`,
      blankBeforeArticle: true,
      blankAfterHeading: false,
      term: draftTerms(model),
    };
  }
  // A new article follows the last one before it, as its sibling: its form is that of the articles at that level.
  const last = [...candidates].reverse().find((n) => n.span.start < at) ?? candidates[0];
  const pool = candidates.filter((n) => n.depth === last.depth && n.parent?.kind === last.parent?.kind);
  const parts = pool.map((n) => headingParts(model, n));
  // The form most articles share ("Artikel" over one misspelt "Artkel"), the later on a tie; its last titled example.
  const count = new Map<string, number>();
  for (const p of parts) count.set(p.before, (count.get(p.before) ?? 0) + 1);
  let form = parts[parts.length - 1].before;
  for (const p of parts) if (count.get(p.before)! >= count.get(form)!) form = p.before;
  const sameForm = parts.filter((p) => p.before === form);
  const { node: template, before, between, after, numbered, titled, capitals } = [...sameForm].reverse().find((p) => p.titled) ?? sameForm[sameForm.length - 1];
  const heading = (n: number | string, title: string) => {
    const t = capitals ? title.toUpperCase() : title;
    if (!numbered) return `${before}${t}${after}`;
    if (!titled) return `${before}${n}${between.trimEnd()} ${t}`;
    return `${before}${n}${between}${t}${after}`;
  };

  // Leden: the first numbered lid of the last article (or chapter) that has one.
  const withLeden = [...pool].reverse().find((a) => a.children.some((c) => c.kind === 'clause' && c.written && marker(model, c) !== undefined));
  const firstLid = withLeden?.children.find((c) => c.kind === 'clause' && c.written && marker(model, c) !== undefined);
  const lidMarker = firstLid && marker(model, firstLid)!;
  const dotted = !!firstLid && firstLid.written.includes('.');
  const lid = (n: number | string, k: number) => {
    if (!firstLid || lidMarker === undefined) return undefined;
    const at = lidMarker.indexOf(firstLid.written);
    const written = dotted ? `${n}.${k}` : `${k}`;
    return at < 0 ? lidMarker : lidMarker.slice(0, at) + written + lidMarker.slice(at + firstLid.written.length);
  };
  const ref = (word: string, n: number | string, k: number) =>
    !numbered ? `lid ${k}` : dotted ? `${word} ${n}.${k}` : firstLid ? `${word} ${n} lid ${k}` : `${word} ${n}`;

  // Items: the draft's first lettered item, else the library's "a. " under the leden's indentation.
  const letterItem = nodes.find((n) => n.kind === 'item' && /^[a-z]$/.test(n.written) && marker(model, n) !== undefined);
  const itemMarker = letterItem && marker(model, letterItem)!;
  const lidIndent = /^[ \t]*/.exec(lidMarker ?? '')![0];
  const item = (letter: string) => {
    if (!letterItem || itemMarker === undefined || itemMarker.includes('\n')) return `${lidIndent}${letter}. `;
    const at = itemMarker.indexOf(letterItem.written);
    return itemMarker.slice(0, at) + letter + itemMarker.slice(at + 1);
  };

  const blankBeforeArticle = template.line > 0 && lineOf(model, template.line - 1).trim() === '';
  const blankAfterHeading = template.line + 1 < model.lines.lineCount && lineOf(model, template.line + 1).trim() === '';

  return { eol, heading, lid, item, ref, blankBeforeArticle, blankAfterHeading, term: draftTerms(model) };
}

/** The draft's word for each library term: `term(word, atSentenceStart)`. */
function draftTerms(model: DocumentModel): DraftStyle['term'] {
  // The draft's own words: what it defines, and (for the parties, which drafts often name without defining) what it uses.
  const defined = new Set<string>();
  for (const d of model.definitions) for (const f of [d.term, ...d.forms]) defined.add(f);
  // How the draft uses the party words, read article by article when first asked (see partyUse).
  let use: PartyUse | undefined;
  const usage = () => (use ??= partyUse(model));
  const known = (w: string, party: boolean) => defined.has(w) || (party && usage().used.has(w));
  const chosen = new Map<string, string>();
  const articled = new Map<string, boolean>();
  const withArticle = (w: string) => {
    let yes = articled.get(w);
    if (yes === undefined) articled.set(w, (yes = usage().writesArticle(w)));
    return yes;
  };
  return (word: string, atSentenceStart: boolean, before = '') => {
    const entry = LIBRARY_WORDS.get(word);
    if (!entry) return word;
    let out = chosen.get(word);
    if (out === undefined) {
      const { role, plural } = entry;
      const form = (w: { sg: string; pl: string }) => (plural ? w.pl : w.sg);
      const own = role.words[0];
      const ownKnown = known(own.sg, role.party) || known(own.pl, role.party);
      // The draft's word for the role: the one it defines (or, for a party, uses) in either number.
      const other = ownKnown ? undefined : role.words.slice(1).find((w) => known(w.sg, role.party) || known(w.pl, role.party));
      out = other ? form(other) : ownKnown || role.party ? word : '';
      chosen.set(word, out);
    }
    // "de Klant" in a draft that writes "de Klant", unless the library's text has its own article there.
    if (out && LIBRARY_WORDS.get(word)!.role.party && withArticle(out) && !DETERMINER_BEFORE.test(before)) {
      return `${atSentenceStart ? 'De' : 'de'} ${out}`;
    }
    if (out) return out;
    // Not a term of this draft: an ordinary word, capitalised only where a sentence starts.
    return atSentenceStart ? word : word.toLowerCase();
  };
}

// Each party word as a word of its own (no letter either side), all in one pattern (longest first), so one
// scan of the draft tells which of them it uses; and each with no letter or digit either side, compiled once.
const PARTY_WORDS = [...new Set(ROLES.filter((r) => r.party).flatMap((r) => r.words.flatMap((w) => [w.sg, w.pl])))];
const PARTY_ALONE = new RegExp(`(?<![\\p{L}])(?:${[...PARTY_WORDS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'gu');
const PARTY_WORD = new Map(PARTY_WORDS.map((w) => [w, wordPattern(w)]));
function wordPattern(w: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'gu');
}

/** An article or other determiner right before a word: the library's own "de Opdrachtgever", "een Klant". */
const DETERMINER_BEFORE = /(?<![\p{L}])(?:de|het|een|deze|dit|elke|iedere?|zijn|haar|hun)\s+$/iu;

/**
 * Whether the draft mostly writes party word `w` with "de" ("de Klant") rather than bare ("Klant betaalt").
 * Definition heads ("Klant:") are neither.
 */
function writesArticle(text: string, w: string): boolean {
  const n = { withDe: 0, bare: 0 };
  for (const m of text.matchAll(PARTY_WORD.get(w) ?? wordPattern(w))) countUse(n, text, m.index, w);
  return n.withDe > n.bare;
}

/** Counts the party word `w` at `at` of `text` as written with "de" or bare (or not, after a definition head). */
function countUse(n: { withDe: number; bare: number }, text: string, at: number, w: string): void {
  if (/^\s*:/.test(text.slice(at + w.length, at + w.length + 3))) return;
  if (/(?<![\p{L}])[Dd]e\s+$/u.test(text.slice(Math.max(0, at - 4), at))) n.withDe++;
  else n.bare++;
}

/** The party words a draft uses, and whether it mostly writes each with "de" (writesArticle). */
interface PartyUse {
  used: ReadonlySet<string>;
  writesArticle(w: string): boolean;
}

/**
 * What one article's text says of the party words: the words it uses, and per word asked, its uses read with
 * "de" or bare where the few characters either side that decide it lie in the article, and the offsets of the
 * others.
 */
interface ArticlePartyUse {
  /** The article's text in the draft (not the block's text, which blanks comments). */
  text: string;
  first: boolean;
  last: boolean;
  used: Set<string>;
  counts: Map<string, { withDe: number; bare: number; edges: number[] }>;
}

// The party words are read on every analysis that builds a library clause (the missing-clause fixes), so after
// each edit: read per article, an article the edit did not touch (the same block object, the same text) is not
// read again. Kept with the block, so it goes with it.
const articleUse = new WeakMap<Block, ArticlePartyUse>();

/**
 * The party words of the draft, read article by article when the articles tile the text and each starts a
 * line: then no party word (one line) crosses from one article into the next, and a word's look-arounds read
 * the same at an article's edges as in the draft (a line break, or nothing: no letter). A use whose "de" or
 * colon test reaches over an article's edge is decided in the draft's text.
 */
function partyUse(model: DocumentModel): PartyUse {
  const { text, blocks } = model;
  let tiled = blocks.length > 0 && blocks[0].span.start === 0 && blocks[blocks.length - 1].span.end === text.length;
  for (let b = 1; tiled && b < blocks.length; b++) tiled = blocks[b].span.start === blocks[b - 1].span.end && text.charCodeAt(blocks[b].span.start - 1) === 10;
  if (!tiled) {
    const used = new Set<string>();
    for (const m of text.matchAll(PARTY_ALONE)) used.add(m[0]);
    return { used, writesArticle: (w) => writesArticle(text, w) };
  }
  const articles = blocks.map((b) => {
    const own = text.slice(b.span.start, b.span.end);
    const first = b.span.start === 0;
    const last = b.span.end === text.length;
    let a = articleUse.get(b);
    if (!a || a.text !== own || a.first !== first || a.last !== last) {
      const used = new Set<string>();
      for (const m of own.matchAll(PARTY_ALONE)) used.add(m[0]);
      // Kept past this version of the draft: the block's own copy when it is the same text, else a copy (a
      // slice would keep the whole draft alive).
      a = { text: own === b.text ? b.text : detached(own), first, last, used, counts: new Map() };
      articleUse.set(b, a);
    }
    return { a, start: b.span.start };
  });
  const used = new Set<string>();
  for (const { a } of articles) for (const w of a.used) used.add(w);
  return {
    used,
    writesArticle(w) {
      const n = { withDe: 0, bare: 0 };
      for (const { a, start } of articles) {
        const c = countsOf(a, w);
        n.withDe += c.withDe;
        n.bare += c.bare;
        for (const at of c.edges) countUse(n, text, start + at, w);
      }
      return n.withDe > n.bare;
    },
  };
}

/** writesArticle's counts of party word `w` in one article, with the uses decided only in the draft. */
function countsOf(a: ArticlePartyUse, w: string): { withDe: number; bare: number; edges: number[] } {
  let c = a.counts.get(w);
  if (c) return c;
  c = { withDe: 0, bare: 0, edges: [] };
  // PARTY_WORD is case-sensitive, as the substring test.
  if (a.text.includes(w)) {
    for (const m of a.text.matchAll(PARTY_WORD.get(w) ?? wordPattern(w))) {
      // countUse reads 4 characters before the word and 3 after it.
      if ((m.index >= 4 || a.first) && (m.index + w.length + 3 <= a.text.length || a.last)) countUse(c, a.text, m.index, w);
      else c.edges.push(m.index);
    }
  }
  a.counts.set(w, c);
  return c;
}

/** A sentence starts at `at` of `line`: at the start of its content or after a full stop, colon or semicolon. */
function sentenceStart(line: string, at: number): boolean {
  const before = line.slice(0, at).trimEnd();
  return before === '' || /[.:;!?]$/.test(before);
}

function withTerms(line: string, style: DraftStyle): string {
  return line.replace(TERM_PATTERN, (w, at: number) => style.term(w, sentenceStart(line, at), line.slice(Math.max(0, at - 12), at)));
}

export interface RestyleOptions {
  /** Another title than the library's. */
  title?: string;
  /** Leaves out the leden (with their items) whose text this accepts; the rest are numbered on. */
  dropLid?: (text: string) => boolean;
}

/**
 * A filled library clause ("## Artikel N – Titel", "N.1 …", "a. …") rewritten in the draft's style,
 * as article `number`. Lines end in the draft's line ending; no line ending at the end.
 */
export function restyleClause(filled: string, style: DraftStyle, number: number | string, options: RestyleOptions = {}): string {
  const out: string[] = [];
  let own: string | undefined;
  // Leden left out (with their items), and the new number of each lid kept.
  let dropping = false;
  const renumbered = new Map<number, number>();
  for (const raw of filled.split('\n')) {
    const head = LIBRARY_HEADING.exec(raw);
    if (head) {
      own = head[1];
      out.push(style.heading(number, withTerms(options.title ?? head[2], style)));
      if (style.blankAfterHeading) out.push('');
      continue;
    }
    const lid = LIBRARY_LID.exec(raw);
    if (lid && lid[1] === own) {
      dropping = !!options.dropLid?.(lid[3]);
      if (dropping) continue;
      const k = renumbered.size + 1;
      renumbered.set(Number(lid[2]), k);
      const m = style.lid(number, k);
      out.push(`${m ?? ''}${withTerms(lid[3], style)}`);
      continue;
    }
    if (dropping) continue;
    const item = LIBRARY_ITEM.exec(raw);
    if (item) {
      out.push(`${style.item(item[1])}${withTerms(item[2], style)}`);
      continue;
    }
    out.push(withTerms(raw, style));
  }
  let text = out.join('\n');
  // References to the clause's own leden ("artikel 7.2") in the draft's form.
  if (own !== undefined) {
    const self = String(number);
    text = text.replace(new RegExp(`\\b(artikel(?:en)?) ${self.replace(/\./g, '\\.')}\\.(\\d+)\\b`, 'g'), (_m, word: string, k: string) => style.ref(word, number, renumbered.get(Number(k)) ?? Number(k)));
  }
  return text.split('\n').join(style.eol);
}
