// Gaps, duplicates and disorder in the numbering of articles, clauses (leden) and sub-items.
import type { DocumentRule, RuleContext } from './rule';
import type { DocumentModel, StructureNode } from '../model/types';

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
      prefix: {
        nl: '{this} staat onder {parent}; verwacht is een nummer dat met {parentNumber}. begint.',
        en: '{this} is part of {parent}; a number starting with {parentNumber}. is expected.',
      },
    },
  },
  check(model, ctx) {
    // Articles written as headings are numbered through the whole draft, across chapters.
    const headed = model.nodes.filter((n) => n.kind === 'article' && (n.style === 'markdown' || n.style === 'artikel'));
    sequence(model, headed, ctx, false);
    const groups: StructureNode[][] = [model.roots.filter((n) => n.style === 'outline')];
    for (const n of model.nodes) {
      if (!n.children.length) continue; // most nodes are leaves: no lists to build
      const numeric = n.children.filter((c) => c.style === 'outline' || c.style === 'lid' || c.style === 'dotted');
      const letters = n.children.filter((c) => c.style === 'letter');
      if (numeric.length) groups.push(numeric);
      if (letters.length) groups.push(letters);
      let parentPath: string | undefined;
      for (const c of n.children) {
        if (c.style === 'dotted' && n.path.length && c.path.slice(0, -1).join('.') !== (parentPath ??= n.path.join('.'))) {
          ctx.report({ span: c.numberSpan, messageId: 'prefix', args: { this: c.written, parent: describe(n), parentNumber: n.path.join('.') } });
        }
      }
    }
    for (const g of groups) if (g.length) sequence(model, g, ctx, true);
  },
};

function describe(n: StructureNode): { nl: string; en: string } {
  if (n.kind === 'article') return { nl: `artikel ${n.label}`, en: `article ${n.label}` };
  return { nl: n.label, en: n.label };
}

function ordinal(n: StructureNode): number | undefined {
  const last = n.path[n.path.length - 1] ?? n.written;
  if (/^\d{1,4}$/.test(last)) return Number(last);
  if (/^[a-z]$/.test(last)) return last.charCodeAt(0) - 96;
  return undefined; // "7a": an inserted article keeps its place
}

function show(n: StructureNode, k: number): string {
  if (n.style === 'letter') return String.fromCharCode(96 + k);
  const prefix = n.path.slice(0, -1);
  return n.style === 'dotted' || n.style === 'outline' ? [...prefix, String(k)].join('.') : String(k);
}

function sequence(_model: DocumentModel, nodes: StructureNode[], ctx: RuleContext, checkStart: boolean) {
  // "i." opening a list of letters is a Roman numeral, not the letter i.
  if (nodes[0]?.style === 'letter' && nodes[0].written === 'i') return;
  let prev: StructureNode | undefined;
  let prevNum = 0;
  const seen = new Set<number>();
  for (const n of nodes) {
    const num = ordinal(n);
    if (num === undefined) continue;
    const label = (k: number) => show(n, k);
    if (!prev) {
      if (checkStart && num > 1) ctx.report({ span: n.numberSpan, messageId: 'start', args: { this: n.written, missing: range(label, 1, num - 1) } });
    } else if (seen.has(num)) {
      ctx.report({ span: n.numberSpan, messageId: 'duplicate', args: { this: n.written } });
    } else if (num < prevNum) {
      ctx.report({ span: n.numberSpan, messageId: 'order', args: { this: n.written, prev: prev.written } });
    } else if (num > prevNum + 1) {
      ctx.report({ span: n.numberSpan, messageId: 'gap', args: { this: n.written, prev: prev.written, missing: range(label, prevNum + 1, num - 1) } });
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
