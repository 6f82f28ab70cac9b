// What the numbering rule and the renumber command share, so they read one numbering: Roman sub-item
// numbers as drafts write them ("i", "ii", "iv"), and the runs of articles numbered through.
import type { DocumentModel, StructureNode } from './types';

const VALUES: Array<[number, string]> = [
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** 1 -> "i", 4 -> "iv", 12 -> "xii"; numbers past 39 are written in digits. */
export function romanOf(k: number): string {
  if (!Number.isInteger(k) || k < 1 || k > 39) return String(k);
  let out = '';
  for (const [v, s] of VALUES) for (; k >= v; k -= v) out += s;
  return out;
}

/** "iv" (or "IV", as parties are numbered) -> 4; undefined for anything that is not a Roman number up to 39 in one case. */
export function romanValue(s: string): number | undefined {
  if (s.length === 0 || s.length > 6) return undefined;
  const lower = s.toLowerCase();
  if (lower !== s && s.toUpperCase() !== s) return undefined;
  for (let k = 1; k <= 39; k++) if (romanOf(k) === lower) return k;
  return undefined;
}

/** A sub-item number written as `written` is: "c" stays "c", "C" for an item numbered in capitals ("A.", "II."). */
export function inCaseOf(written: string, number: string): string {
  return /^[A-Z]+$/.test(written) ? number.toUpperCase() : number;
}

/**
 * Articles written as headings, in runs numbered through: the draft, and each appendix after it (an
 * appendix numbers its own articles from 1).
 */
export function headedArticleRuns(model: DocumentModel): StructureNode[][] {
  const runs: StructureNode[][] = [[]];
  for (const n of model.nodes) {
    if (n.kind === 'part' && n.appendix) runs.push([]);
    else if (n.kind === 'article' && (n.style === 'markdown' || n.style === 'artikel')) runs[runs.length - 1].push(n);
  }
  return runs.filter((r) => r.length > 0);
}

/**
 * Chapters ("Hoofdstuk 2", "II. BETALING", a plain heading) whose numbered list goes on from the chapter before
 * ("3." after "1." and "2."; "7." too, a gap): the draft numbers its articles through, across its chapters. Each
 * such chapter, with the last numbered entry of the chapter before. An appendix, or a list from "1.", restarts.
 */
export function numberedThroughParts(roots: readonly StructureNode[]): Map<StructureNode, StructureNode> | undefined {
  let out: Map<StructureNode, StructureNode> | undefined;
  let prevLast: number | undefined;
  let prevNode: StructureNode | undefined;
  for (const r of roots) {
    if (r.kind !== 'part' || r.appendix) {
      prevLast = undefined;
      continue;
    }
    let first: number | undefined;
    let last: StructureNode | undefined;
    for (const c of r.children) {
      if (c.style !== 'outline' || !/^\d{1,4}$/.test(c.written)) continue;
      first ??= Number(c.written);
      last = c;
    }
    if (first === undefined || !last) continue;
    if (prevLast !== undefined && prevNode && first > 1 && first > prevLast) (out ??= new Map()).set(r, prevNode);
    prevLast = Number(last.written);
    prevNode = last;
  }
  return out;
}

/**
 * Clauses of an article that has no heading: a run of two or more dotted clauses ("14.1", "14.2") under
 * article 4 whose number names a later article. They are article 14's clauses, read under the last
 * heading only because article 14 has none: numbering checks and renumbering count them by their own
 * prefix, and leave that prefix alone.
 */
export function headlessArticleClauses(parent: StructureNode): Set<StructureNode> | undefined {
  if (parent.kind !== 'article' || parent.path.length !== 1) return undefined;
  const own = Number(parent.path[0]);
  let byPrefix: Map<string, StructureNode[]> | undefined;
  for (const c of parent.children) {
    if (c.style !== 'dotted' || c.path.length !== 2 || c.path[0] === parent.path[0]) continue;
    if (!(Number(c.path[0]) > own)) continue;
    byPrefix ??= new Map();
    const list = byPrefix.get(c.path[0]);
    if (list) list.push(c);
    else byPrefix.set(c.path[0], [c]);
  }
  if (!byPrefix) return undefined;
  const out = new Set<StructureNode>();
  for (const list of byPrefix.values()) if (list.length >= 2) for (const c of list) out.add(c);
  return out.size ? out : undefined;
}

/**
 * Runs of dotted clauses at the top level whose article has no heading ("2.1", "2.2" between "1. Algemeen"
 * and "3. Slot"), in a draft that numbers its articles "1. Titel": each run stands for its article in that
 * list, so the numbering has no gap at 2 and renumbering does not give article 3 the number of article 2.
 * The first clause of each run, by its article number; none where no article is numbered so, or where an
 * article of that number is written.
 */
export function headlessRootArticles(roots: readonly StructureNode[]): Map<string, StructureNode> | undefined {
  let outline: Set<string> | undefined;
  for (const r of roots) if (r.style === 'outline') (outline ??= new Set()).add(r.written);
  if (!outline) return undefined;
  let out: Map<string, StructureNode> | undefined;
  for (const r of roots) {
    if (r.style !== 'dotted' || r.path.length !== 2 || !/^\d{1,4}$/.test(r.path[0]) || outline.has(r.path[0])) continue;
    out ??= new Map();
    if (!out.has(r.path[0])) out.set(r.path[0], r);
  }
  return out;
}

/**
 * Where a list of sub-items starts: at "a", or where the text above it quotes the items before it (a
 * lid that says `"onder a. en b." geldt ook:` and continues at "c."). The numbering rule checks from
 * there and renumbering counts from there.
 */
export function itemListStart(text: string, items: readonly StructureNode[]): number {
  const first = items[0];
  if (!first || first.style !== 'letter' || !/^[b-z]$/.test(first.written)) return 1;
  const parent = first.parent;
  if (!parent) return 1;
  const before = String.fromCharCode(first.written.charCodeAt(0) - 1);
  const own = text.slice(parent.textSpan.start, Math.min(parent.textSpan.end, first.span.start, parent.textSpan.start + 2000));
  const quoted = new RegExp(`(?:^|[\\s"“‘'(])${before}[.)]|\\b(?:sub|onder)\\s+${before}\\b`).test(own);
  return quoted ? first.written.charCodeAt(0) - 96 : 1;
}

/** The appendix part a node stands in, if any. */
export function appendixOf(n: StructureNode | undefined): StructureNode | undefined {
  for (let p = n; p; p = p.parent) if (p.kind === 'part' && p.appendix) return p;
  return undefined;
}

/**
 * Article `number` as a reference written in `from` means it: main text and each appendix number their
 * own articles, so "artikel 1" in an appendix is the appendix's article 1. Its title is `heading`.
 */
export function articleFor(model: DocumentModel, number: string, from?: StructureNode): StructureNode | undefined {
  const candidates = (model.byLabel.get(number) ?? []).filter((n) => n.kind === 'article');
  const home = appendixOf(from);
  return candidates.find((n) => appendixOf(n) === home) ?? candidates[0];
}

/** Lid (or clause) `lid` of an article: "artikel 3 lid 1" is the article's first lid, written "1." or "3.1". */
export function lidOf(article: StructureNode, lid: string): StructureNode | undefined {
  return article.children.find((c) => (c.style === 'lid' || c.style === 'dotted' || c.style === 'outline') && c.path[c.path.length - 1] === lid);
}

/** The number a run of articles starts at: its first article's (nummering does not report a run's start). */
export function runStart(run: readonly StructureNode[]): number {
  const w = run[0]?.written ?? '';
  if (/^[IVXLC]+$/.test(w)) return romanValue(w) ?? 1; // "Artikel IV"
  return /^\d{1,4}$/.test(w) ? Math.max(1, Number(w)) : 1;
}

/**
 * In a Markdown draft (a line of it is a Markdown heading), a list whose every item is numbered "1." is Markdown's
 * automatic numbering (rendered 1, 2, 3), not a number written twice: no reader of the rendered draft sees
 * it. In plain text the numbers are what the reader sees. The rule nummering and renumbering
 * (features/renumber.ts) both leave such a list as it is.
 */
export function markdownAutoNumbered(model: DocumentModel, nodes: readonly StructureNode[]): boolean {
  if (nodes.length < 2) return false;
  for (const n of nodes) if ((n.style !== 'outline' && n.style !== 'lid') || n.written !== '1') return false;
  // A heading line of Markdown anywhere (read only for a list of all "1.", which is rare).
  return /^[ \t]{0,3}#{1,6}[ \t]/m.test(model.text);
}

/**
 * Clauses whose number stands inside the line of the clause before them (a draft pasted from a PDF or a web
 * page: "... tenzij anders overeengekomen. 3.4. Opdrachtgever ..."). The parser splits such a line at a number
 * that is no citation ("artikel 3.4", "zie 3.4") and continues the numbering, or skips a number right after the
 * end of a sentence (nummering reports that gap); of those, this keeps the
 * numbers after the end of a sentence, and a first sub-clause right after its clause's title ("5.1. Ontwerp
 * 5.1.1. Het ..."). In document order.
 */
export function midLineClauses(model: DocumentModel): StructureNode[] {
  const { text, lines } = model;
  const out: StructureNode[] = [];
  let prev: StructureNode | undefined;
  for (const n of model.nodes) {
    const before = prev;
    prev = n;
    // An article, lid or lettered item the parser found inside a line (a draft or page on one line): it starts where
    // its number stands, after the node before it on that line.
    if (n.style !== 'dotted') {
      if (before && before.line === n.line && n.span.start > lines.lineStarts[n.line]) out.push(n);
      continue;
    }
    // Mostly after the text of the clause before on the same line; or after its text on a line of its own ("13.3" + text).
    if (!before || before.line > n.line) continue;
    let e = n.numberSpan.start;
    const lineStart = lines.lineStarts[n.line];
    while (e > lineStart && isBlank(text.charCodeAt(e - 1))) e--;
    if (e <= lineStart) continue;
    const c = text.charCodeAt(e - 1);
    const sentenceEnd = c === 46 || c === 59 || c === 58 || c === 33 || c === 63; // . ; : ! ?
    if (before.line !== n.line && !sentenceEnd) continue;
    const firstChild = n.parent === before && before.children[0] === n;
    if ((sentenceEnd || firstChild) && continuesNumbering(n)) out.push(n);
  }
  return out;
}

/** Whether a dotted clause is the next one its numbering expects: "3.4" after its sibling "3.3", "5.1.1" first under "5.1". */
function continuesNumbering(n: StructureNode): boolean {
  const last = Number(n.path[n.path.length - 1]);
  const siblings = n.parent ? n.parent.children : [];
  const k = siblings.indexOf(n);
  if (k <= 0) return last === 1;
  const prev = siblings[k - 1];
  return prev.style === 'dotted' && prev.path.length === n.path.length && Number(prev.path[prev.path.length - 1]) + 1 === last;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}
