// Gaps, duplicates and disorder in the numbering of articles, clauses (leden) and sub-items.
import type { DocumentRule, RuleContext } from '../kit/rule';
import type { DocumentModel, StructureNode } from '../model/types';
import type { TextEdit } from '../types';
import { headedArticleRuns, headlessArticleClauses, itemListStart, markdownAutoNumbered, midLineClauses, romanOf, romanValue } from '../model/numbering';

/** From this many lines that run clauses together, that is how the draft is written: one finding for it all. */
const MID_LINE_HABIT = 3;

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'nummering',
    category: 'structuur',
    defaultSeverity: 'warning',
    title: { nl: 'Nummering klopt niet', en: 'Numbering is off' },
    messages: {
      gap: {
        nl: 'Na {prev} volgt {this}: {missing} ontbreekt. Hernummer met "Clausule: Artikelen hernummeren", of vul het ontbrekende onderdeel aan.',
        en: '{this} follows {prev}: {missing} is missing. Renumber with "Clausule: Artikelen hernummeren", or add the missing part.',
      },
      start: {
        nl: 'De nummering begint bij {this}: {missing} ontbreekt.',
        en: 'The numbering starts at {this}: {missing} is missing.',
      },
      duplicate: {
        nl: '{this} komt twee keer voor. Verwijzingen naar {this} zijn daardoor dubbelzinnig.',
        en: '{this} appears twice. References to {this} are ambiguous.',
      },
      order: {
        nl: '{this} staat na {prev}: de nummering loopt terug.',
        en: '{this} comes after {prev}: the numbering goes backwards.',
      },
      midLine: {
        nl: 'Bepaling {this} begint midden op de regel, achter de tekst van {prev}. Zet elke bepaling op een eigen regel: dan ziet de lezer waar de ene bepaling eindigt en de volgende begint.',
        en: 'Clause {this} starts mid-line, after the text of {prev}. Put each clause on a line of its own, so that a reader sees where one clause ends and the next begins.',
      },
      midLineSeveral: {
        nl: 'De bepalingen {this} beginnen midden op de regel, achter de tekst van {prev}. Zet elke bepaling op een eigen regel: dan ziet de lezer waar de ene bepaling eindigt en de volgende begint.',
        en: 'Clauses {this} start mid-line, after the text of {prev}. Put each clause on a line of its own, so that a reader sees where one clause ends and the next begins.',
      },
      midLineDraft: {
        nl: 'In dit concept beginnen {count} bepalingen midden op een regel, achter de tekst van de vorige (de eerste is {this}, achter de tekst van {prev}). Zet elke bepaling op een eigen regel: dan ziet de lezer waar de ene bepaling eindigt en de volgende begint.',
        en: 'In this draft {count} clauses start mid-line, after the text of the one before (the first is {this}, after {prev}). Put each clause on a line of its own, so that a reader sees where one clause ends and the next begins.',
      },
      prefix: {
        nl: '{this} staat onder {parent}; verwacht is een nummer dat met {parentNumber}. begint.',
        en: '{this} is part of {parent}; a number starting with {parentNumber}. is expected.',
      },
    },
  },
  check(model, ctx) {
    // Articles written as headings are numbered through the whole draft, across chapters.
    // A run may start past 1 (an excerpt, or an article 1 written in a form of its own): renumbering keeps its start.
    for (const headed of headedArticleRuns(model)) sequence(model, headed, ctx, false);
    // The same lists renumbering counts (features/renumber.ts): per parent, its numbered children, its
    // letters and its Roman sub-items; dotted clauses without a numbered parent per written prefix.
    const groups: StructureNode[][] = [];
    listsOf(model.roots, false, groups);
    for (const n of model.nodes) {
      if (!n.children.length) continue; // most nodes are leaves: no lists to build
      const headless = headlessArticleClauses(n);
      listsOf(n.children, n.path.length > 0, groups, headless);
      for (const c of n.children) {
        if (c.style === 'dotted' && n.path.length && !isChildPath(c.path, n.path) && !headless?.has(c)) {
          ctx.report({ span: c.numberSpan, messageId: 'prefix', args: { this: c.written, parent: describe(n), parentNumber: n.path.join('.') } });
        }
      }
    }
    for (const g of groups) if (g.length) sequence(model, g, ctx, true);
    midLine(model, ctx);
  },
};

/**
 * Clauses run together on one line: one finding per line where a draft slips once or twice, one for the
 * whole draft where that is how it is written (a finding per clause would bury the others). The fix breaks
 * the line before each number.
 */
function midLine(model: DocumentModel, ctx: RuleContext) {
  const found = midLineClauses(model);
  if (!found.length) return;
  const byLine: StructureNode[][] = [];
  for (const n of found) {
    const last = byLine[byLine.length - 1];
    if (last && last[0].line === n.line) last.push(n);
    else byLine.push([n]);
  }
  const fix = (nodes: StructureNode[]) => ({
    title: { nl: 'Zet elke bepaling op een eigen regel', en: 'Put each clause on a line of its own' },
    edits: nodes.map((n) => lineBreakBefore(model, n)),
  });
  const prevOf = (n: StructureNode) => model.nodes[model.nodes.indexOf(n) - 1];
  if (byLine.length >= MID_LINE_HABIT) {
    const first = found[0];
    ctx.report({
      span: first.numberSpan,
      messageId: 'midLineDraft',
      severity: 'information',
      args: { count: found.length, this: first.written, prev: prevOf(first).written },
      related: found.slice(1).map((n) => ({ span: n.numberSpan, message: { nl: `Bepaling ${n.written} begint midden op de regel`, en: `Clause ${n.written} starts mid-line` } })),
      fixes: [fix(found)],
    });
    return;
  }
  for (const nodes of byLine) {
    const first = nodes[0];
    const these = range((k) => nodes[k - 1].written, 1, nodes.length, true);
    ctx.report({ span: first.numberSpan, messageId: nodes.length > 1 ? 'midLineSeveral' : 'midLine', severity: 'information', args: { this: these, prev: prevOf(first).written }, fixes: [fix(nodes)] });
  }
}

/** Replaces the blanks before a clause number by a line break and the indentation of the line it stood on. */
function lineBreakBefore(model: DocumentModel, n: StructureNode): TextEdit {
  const { text, lines } = model;
  const lineStart = lines.lineStarts[n.line];
  let s = n.numberSpan.start;
  while (s > lineStart && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9 || text.charCodeAt(s - 1) === 0xa0)) s--;
  let indent = lineStart;
  while (indent < s && (text.charCodeAt(indent) === 32 || text.charCodeAt(indent) === 9)) indent++;
  const end = lines.lineEnd(n.line);
  const eol = text.charCodeAt(end) === 13 ? (text.charCodeAt(end + 1) === 10 ? '\r\n' : '\r') : '\n';
  return { span: { start: s, end: n.numberSpan.start }, newText: eol + text.slice(lineStart, indent) };
}

function listsOf(children: StructureNode[], parentNumbered: boolean, groups: StructureNode[][], headless?: Set<StructureNode>): void {
  let numeric: StructureNode[] | undefined;
  let letters: StructureNode[] | undefined;
  let romans: StructureNode[] | undefined;
  let byPrefix: Map<string, StructureNode[]> | undefined;
  for (const c of children) {
    if (c.style === 'dotted' && (!parentNumbered || headless?.has(c)) && c.path.length > 1) {
      byPrefix ??= new Map();
      const key = c.path.slice(0, -1).join('.');
      const list = byPrefix.get(key);
      if (list) list.push(c);
      else byPrefix.set(key, [c]);
    } else if (c.style === 'outline' || c.style === 'lid' || c.style === 'dotted') (numeric ??= []).push(c);
    else if (c.style === 'letter') (letters ??= []).push(c);
    else if (c.style === 'roman') (romans ??= []).push(c);
  }
  if (numeric) groups.push(numeric);
  if (letters) groups.push(letters);
  if (romans) groups.push(romans);
  if (byPrefix) for (const g of byPrefix.values()) groups.push(g);
}

function describe(n: StructureNode): { nl: string; en: string } {
  if (n.kind === 'article') return { nl: `artikel ${n.label}`, en: `article ${n.label}` };
  return { nl: n.label, en: n.label };
}

/** Whether `child` without its last number, joined with dots, spells `parent` joined with dots. */
export function isChildPath(child: string[], parent: string[]): boolean {
  if (child.length === parent.length + 1) {
    let same = true;
    for (let i = 0; same && i < parent.length; i++) same = child[i] === parent[i];
    if (same) return true;
  }
  // Numbers with a dot in them could still join to the same text: compare as written before.
  return child.slice(0, -1).join('.') === parent.join('.');
}

export function ordinal(n: Pick<StructureNode, 'path' | 'written'> & { style?: StructureNode['style'] }): number | undefined {
  const last = n.path[n.path.length - 1] ?? n.written;
  if (n.style === 'roman') return romanValue(last);
  const len = last.length;
  // /^\d{1,4}$/ read by hand: this runs for every numbered node.
  if (len >= 1 && len <= 4) {
    let v = 0;
    let i = 0;
    for (; i < len; i++) {
      const c = last.charCodeAt(i);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
    }
    if (i === len) return v;
  }
  if (len === 1) {
    const c = last.charCodeAt(0);
    if (c >= 97 && c <= 122) return c - 96;
  }
  return undefined; // "7a": an inserted article keeps its place
}

function show(n: StructureNode, k: number): string {
  if (n.style === 'roman') return romanOf(k);
  if (n.style === 'letter') return /^\d/.test(n.written) ? String(k) : String.fromCharCode(96 + k);
  const prefix = n.path.slice(0, -1);
  return n.style === 'dotted' || n.style === 'outline' ? [...prefix, String(k)].join('.') : String(k);
}

function sequence(model: DocumentModel, nodes: StructureNode[], ctx: RuleContext, checkStart: boolean) {
  if (markdownAutoNumbered(model, nodes)) return;
  const from = itemListStart(model.text, nodes);
  let prev: StructureNode | undefined;
  let prevNum = 0;
  const seen = new Set<number>();
  for (const n of nodes) {
    const num = ordinal(n);
    if (num === undefined) continue;
    if (!prev) {
      if (checkStart && num > from) ctx.report({ span: n.numberSpan, messageId: 'start', args: { this: n.written, missing: range((k) => show(n, k), from, num - 1) } });
    } else if (seen.has(num)) {
      ctx.report({ span: n.numberSpan, messageId: 'duplicate', args: { this: n.written } });
    } else if (num < prevNum) {
      ctx.report({ span: n.numberSpan, messageId: 'order', args: { this: n.written, prev: prev.written } });
    } else if (num > prevNum + 1) {
      ctx.report({ span: n.numberSpan, messageId: 'gap', args: { this: n.written, prev: prev.written, missing: range((k) => show(n, k), prevNum + 1, num - 1) } });
    }
    seen.add(num);
    if (num > prevNum) prevNum = num;
    prev = n;
  }
}

/** "2", "2 en 3", "2 t/m 5"; `each`: every label listed ("3.4, 3.5 en 3.6"), for labels that need not be consecutive. */
function range(label: (k: number) => string, a: number, b: number, each = false): { nl: string; en: string } {
  if (a === b) return { nl: label(a), en: label(a) };
  if (b - a === 1) return { nl: `${label(a)} en ${label(b)}`, en: `${label(a)} and ${label(b)}` };
  if (each) {
    const head: string[] = [];
    for (let k = a; k < b; k++) head.push(label(k));
    return { nl: `${head.join(', ')} en ${label(b)}`, en: `${head.join(', ')} and ${label(b)}` };
  }
  return { nl: `${label(a)} t/m ${label(b)}`, en: `${label(a)} to ${label(b)}` };
}
