// Gaps, duplicates and disorder in the numbering of articles, clauses (leden) and sub-items.
import type { DocumentRule, RuleContext } from '../kit/rule';
import type { DocumentModel, StructureNode } from '../model/types';
import { headedArticleRuns, headlessArticleClauses, headlessRootArticles, inCaseOf, itemListStart, markdownAutoNumbered, numberedThroughParts, romanOf, romanValue } from '../model/numbering';

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
      form: {
        nl: '{this} is anders geschreven dan de andere onderdelen van deze opsomming, zoals {form}. Schrijf alle onderdelen op dezelfde manier.',
        en: '{this} is written differently from the other items of this list, such as {form}. Write all items the same way.',
      },
      level: {
        nl: '{this} staat direct onder {parent}: {missing} ontbreekt. Voeg {missing} toe, of hernummer met "Clausule: Artikelen hernummeren".',
        en: '{this} is directly part of {parent}: {missing} is missing. Add {missing}, or renumber with "Clausule: Artikelen hernummeren".',
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
    listsOf(model.roots, false, groups, undefined, headlessRootArticles(model.roots));
    for (const n of model.nodes) {
      if (!n.children.length) continue; // most nodes are leaves: no lists to build
      const headless = headlessArticleClauses(n);
      listsOf(n.children, n.path.length > 0, groups, headless);
      let skipped: Set<string> | undefined;
      for (const c of n.children) {
        if (c.style === 'dotted' && n.path.length && !isChildPath(c.path, n.path) && !headless?.has(c)) {
          // "5.1.1" right under article 5: the number is the article's, a level between is missing (said once per level).
          if (c.path.length > n.path.length + 1 && n.path.every((p, k) => c.path[k] === p)) {
            const missing = c.path.slice(0, n.path.length + 1).join('.');
            if (!(skipped ??= new Set()).has(missing)) ctx.report({ span: c.numberSpan, messageId: 'level', args: { this: c.written, parent: describe(n), missing } });
            skipped.add(missing);
            continue;
          }
          ctx.report({ span: c.numberSpan, messageId: 'prefix', args: { this: c.written, parent: describe(n), parentNumber: n.path.join('.') } });
        }
      }
    }
    // A chapter whose list goes on from the chapter before starts where that one ended ("3." under chapter II).
    const through = numberedThroughParts(model.roots);
    for (const g of groups) {
      if (!g.length) continue;
      sequence(model, g, ctx, true, g[0].parent && through?.get(g[0].parent));
      if (g[0].style === 'letter' || g[0].style === 'roman') oddForm(model, g, ctx);
    }
  },
};

/** One item of a list of three or more written unlike all the others ("III)" among "(I)", "(II)", "(IV)"). */
function oddForm(model: DocumentModel, items: StructureNode[], ctx: RuleContext) {
  if (items.length < 3) return;
  const forms = items.map((n) => formOf(model.text, n));
  const count = new Map<string, number>();
  for (const f of forms) count.set(f, (count.get(f) ?? 0) + 1);
  if (count.size !== 2) return;
  for (let k = 0; k < forms.length; k++) {
    if (count.get(forms[k]) !== 1) continue;
    const other = k === 0 ? 1 : 0;
    const n = items[k];
    // The item rewritten in the others' form: its opening bracket (if any), number and closing mark replaced.
    const start = n.numberSpan.start - (forms[k].startsWith('(') ? 1 : 0);
    const newText = forms[other].replace('x', n.written);
    const fix = { title: { nl: `Schrijf ${newText}`, en: `Write ${newText}` }, edits: [{ span: { start, end: n.numberSpan.end + 1 }, newText }], preferred: true };
    ctx.report({ span: n.numberSpan, messageId: 'form', args: { this: forms[k].replace('x', n.written), form: forms[other].replace('x', items[other].written) }, fixes: [fix] });
    return;
  }
}

/** How an item's number is written: "(x)", "x)", "x." or "x:", with x for the number. */
function formOf(text: string, n: StructureNode): string {
  const open = text.charCodeAt(n.numberSpan.start - 1) === 40 ? '(' : '';
  const close = text.charAt(n.numberSpan.end);
  return open + 'x' + close;
}

/** `implied`: at the top level, the first clause of each run that stands for an article without a heading. */
function listsOf(children: StructureNode[], parentNumbered: boolean, groups: StructureNode[][], headless?: Set<StructureNode>, implied?: Map<string, StructureNode>): void {
  let numeric: StructureNode[] | undefined;
  let letters: StructureNode[] | undefined;
  let romans: StructureNode[] | undefined;
  let byPrefix: Map<string, StructureNode[]> | undefined;
  for (const c of children) {
    if (c.style === 'dotted' && (!parentNumbered || headless?.has(c)) && c.path.length > 1) {
      // The article the run stands for takes its place among the numbered articles.
      if (implied?.get(c.path[0]) === c) (numeric ??= []).push({ ...c, path: [c.path[0]], written: c.path[0], style: 'outline', numberSpan: { start: c.numberSpan.start, end: c.numberSpan.start + c.path[0].length } });
      byPrefix ??= new Map();
      const key = c.path.slice(0, -1).join('.');
      const list = byPrefix.get(key);
      if (list) list.push(c);
      else byPrefix.set(key, [c]);
    } else if (c.style === 'outline' || c.style === 'lid' || c.style === 'dotted') (numeric ??= []).push(c);
    else if (c.style === 'letter' || c.style === 'roman') {
      // A list the text announces anew ("Voor betaling geldt:" + "a.") is lettered on its own.
      if (c.listStart) {
        if (letters) groups.push(letters);
        if (romans) groups.push(romans);
        letters = romans = undefined;
      }
      if (c.style === 'letter') (letters ??= []).push(c);
      else (romans ??= []).push(c);
    }
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
  // "Artikel IV": an article numbered in Roman capitals.
  if ((n.style === 'artikel' || n.style === 'markdown') && /^[IVXLC]+$/.test(last)) return romanValue(last);
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
    if (c >= 65 && c <= 90) return c - 64; // "B." among recitals numbered in capitals
  }
  return undefined; // "7a": an inserted article keeps its place
}

function show(n: StructureNode, k: number): string {
  if (n.style === 'roman' || ((n.style === 'artikel' || n.style === 'markdown') && /^[IVXLC]+$/.test(n.written))) return inCaseOf(n.written, romanOf(k));
  if (n.style === 'letter') return /^\d/.test(n.written) ? String(k) : inCaseOf(n.written, String.fromCharCode(96 + k));
  const prefix = n.path.slice(0, -1);
  return n.style === 'dotted' || n.style === 'outline' ? [...prefix, String(k)].join('.') : String(k);
}

/** `after`: the entry a list goes on from (the last of the chapter before, in a draft numbered through). */
function sequence(model: DocumentModel, nodes: StructureNode[], ctx: RuleContext, checkStart: boolean, after?: StructureNode) {
  if (markdownAutoNumbered(model, nodes)) return;
  const from = itemListStart(model.text, nodes);
  let prev: StructureNode | undefined = after;
  let prevNum = after ? (ordinal(after) ?? 0) : 0;
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

function range(label: (k: number) => string, a: number, b: number): { nl: string; en: string } {
  if (a === b) return { nl: label(a), en: label(a) };
  if (b - a === 1) return { nl: `${label(a)} en ${label(b)}`, en: `${label(a)} and ${label(b)}` };
  return { nl: `${label(a)} t/m ${label(b)}`, en: `${label(a)} to ${label(b)}` };
}
