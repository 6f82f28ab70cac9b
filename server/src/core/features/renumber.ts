// Renumber articles, clauses and sub-items in document order and rewrite every cross-reference to
// match, as one list of edits. Only numbers change: the text around them is left exactly as it is.
import type { TextEdit } from '../types';
import type { DocumentModel, StructureNode } from '../model/types';
import { headedArticleRuns, headlessArticleClauses, headlessRootArticles, inCaseOf, itemListStart, markdownAutoNumbered, numberedThroughParts, romanOf, runStart } from '../model/numbering';

/** The path each node gets after renumbering. */
export function renumberedPaths(model: DocumentModel): Map<StructureNode, string[]> {
  const paths = new Map<StructureNode, string[]>();
  const runStarts = new Map<StructureNode, number>(headedArticleRuns(model).map((run) => [run[0], runStart(run)]));
  let article = 0;
  let outlineRoot = 0;
  // The numbered items of one list, as nummering groups them: a Markdown list of all "1." stays as written.
  const numericOf = (nodes: readonly StructureNode[], parentNumbered: boolean) =>
    nodes.filter((c) => (c.style === 'outline' || c.style === 'lid' || c.style === 'dotted') && !(c.style === 'dotted' && !parentNumbered && c.path.length > 1));
  const rootAuto = markdownAutoNumbered(model, numericOf(model.roots, false));
  const visit = (n: StructureNode, index: number, parentPath: string[], headless?: Set<StructureNode>) => {
    let path: string[];
    if (n.kind === 'part' && !n.path.length) path = [];
    else if (n.style === 'markdown' || n.style === 'artikel') {
      // Each run of articles (the draft, each appendix) counts on from its first article, as nummering reads it.
      const start = runStarts.get(n);
      if (start !== undefined) article = start - 1;
      // "Artikel IV" stays in Roman capitals.
      path = [/^[IVXLC]+$/.test(n.written) ? inCaseOf(n.written, romanOf(++article)) : String(++article)];
    }
    else if (n.style === 'roman') path = [...parentPath, inCaseOf(n.written, romanOf(index))];
    else if (n.style === 'letter') path = [...parentPath, /^\d/.test(n.written) ? String(index) : inCaseOf(n.written, letterOf(index))];
    else if (!n.parent && n.style === 'outline') path = [rootAuto ? n.written : String(++outlineRoot)];
    // A dotted clause with no numbered article above it ("## Algemeen" then "1.1"): its first number names
    // an article that has no heading to renumber, so it stays (the clause never moves to another article);
    // only the last part is renumbered among its siblings, or "1.1" would become "1" and stop being a clause.
    else if (n.style === 'dotted' && (!parentPath.length || headless?.has(n)) && n.path.length > 1) path = [...n.path.slice(0, -1), String(index)];
    else path = [...parentPath, String(index)];
    paths.set(n, path);
    // A chapter whose list goes on from the chapter before counts on from it, as nummering reads it.
    let numeric = through?.has(n) ? carried : 0;
    let letters = itemListStart(model.text, n.children.filter((c) => c.style === 'letter')) - 1;
    let romans = 0;
    const prefixes = new Map<string, number>();
    // "14.1", "14.2" under article 4: the clauses of an article without a heading keep their article's number.
    const headlessHere = headlessArticleClauses(n);
    const auto = n.children.length > 1 && markdownAutoNumbered(model, numericOf(n.children, n.path.length > 0).filter((c) => !headlessHere?.has(c)));
    for (const c of n.children) {
      if (headlessHere?.has(c)) {
        visit(c, countByPrefix(prefixes, c), path, headlessHere);
        continue;
      }
      // A list the text announces anew letters from the start again, as nummering reads it.
      if (c.listStart) letters = romans = 0;
      if (c.style === 'letter') visit(c, ++letters, path);
      else if (c.style === 'roman') visit(c, ++romans, path);
      else if (c.style === 'markdown' || c.style === 'artikel') visit(c, 0, path);
      else if (c.style === 'dotted' && !path.length && c.path.length > 1) visit(c, countByPrefix(prefixes, c), path);
      else visit(c, auto ? 1 : ++numeric, path);
    }
    if (n.kind === 'part' && !n.parent) carried = numeric;
  };
  const through = numberedThroughParts(model.roots);
  let carried = 0;
  let rootNumeric = 0;
  const rootPrefixes = new Map<string, number>();
  let rootLetters = 0;
  let rootRomans = 0;
  // Top-level clauses of an article without a heading count as that article among the numbered ones (nummering reads them so).
  const implied = headlessRootArticles(model.roots);
  const impliedNumber = new Map<string, string>();
  for (const r of model.roots) {
    const article = r.style === 'dotted' && r.path.length === 2 ? implied?.get(r.path[0]) : undefined;
    if (article) {
      if (article === r) impliedNumber.set(r.path[0], rootAuto ? r.path[0] : String(++outlineRoot));
      visit(r, countByPrefix(rootPrefixes, r), [impliedNumber.get(r.path[0])!]);
    } else if (r.style === 'dotted' && r.path.length > 1) visit(r, countByPrefix(rootPrefixes, r), []);
    else if (r.style === 'dotted') visit(r, ++rootNumeric, []);
    // A sub-item or lid before the first article counts among its own kind (index 0 would write "0").
    else if (r.style === 'letter') visit(r, r.listStart ? (rootLetters = 1) : ++rootLetters, []);
    else if (r.style === 'roman') visit(r, r.listStart ? (rootRomans = 1) : ++rootRomans, []);
    else if (r.kind !== 'part' && r.style !== 'markdown' && r.style !== 'artikel' && r.style !== 'outline') visit(r, ++rootNumeric, []);
    else visit(r, 0, []);
  }
  return paths;
}

/** Position of a dotted clause among the siblings written with the same prefix ("2.1", "2.3" -> 1, 2). */
function countByPrefix(counts: Map<string, number>, n: StructureNode): number {
  const key = n.path.slice(0, -1).join('.');
  const k = (counts.get(key) ?? 0) + 1;
  counts.set(key, k);
  return k;
}

function letterOf(k: number): string {
  return k >= 1 && k <= 26 ? String.fromCharCode(96 + k) : String(k);
}

function written(n: StructureNode, path: string[]): string {
  if (n.style === 'dotted') return path.join('.');
  return path[path.length - 1] ?? n.written;
}

export function renumberEdits(model: DocumentModel): TextEdit[] {
  const paths = renumberedPaths(model);
  const edits = new Map<number, TextEdit>();
  const put = (e: TextEdit, current: string) => {
    if (e.newText !== current && !edits.has(e.span.start)) edits.set(e.span.start, e);
  };
  for (const n of model.nodes) {
    const p = paths.get(n);
    if (!p || !p.length || n.numberSpan.end <= n.numberSpan.start) continue;
    put({ span: n.numberSpan, newText: written(n, p) }, model.text.slice(n.numberSpan.start, n.numberSpan.end));
  }
  for (const r of model.references) {
    if (!r.target || !r.targetPath) continue;
    const p = paths.get(r.target);
    if (!p || p.length !== r.targetPath.length) continue;
    for (const tok of r.tokens) {
      put({ span: tok.span, newText: p.slice(tok.from, tok.to).join('.') }, model.text.slice(tok.span.start, tok.span.end));
    }
  }
  return [...edits.values()].sort((a, b) => a.span.start - b.span.start);
}

/** Applies non-overlapping edits to a text (tests, CLI). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}
