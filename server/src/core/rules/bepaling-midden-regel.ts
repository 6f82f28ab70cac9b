// A clause whose number stands mid-line, after the text of the clause before it: a draft pasted from a PDF
// or a web page. The parser already reads it as a clause of its own (model/parse.ts splitRunTogether); this
// says that the reader cannot see it, and breaks the line.
import type { DocumentRule, RuleContext } from '../kit/rule';
import type { DocumentModel, StructureNode } from '../model/types';
import type { Fix, TextEdit } from '../types';
import { midLineClauses } from '../model/numbering';

/** From this many lines that run clauses together, that is how the draft is written: one finding for it all. */
const HABIT_LINES = 3;
/** Or from this many clauses run together, as in a draft or a page on one line. */
const HABIT_CLAUSES = 6;

/** Where a clause's number is written: "3.4", or "Artikel 2" for an article found inside a line. */
function placeOf(n: StructureNode): { start: number; end: number } {
  return { start: Math.min(n.span.start, n.numberSpan.start), end: n.numberSpan.end };
}

/** A dotted clause by its number ("3.4"); a lid or item found inside a line by its label ("2 lid 3", "1 sub b"). */
function nameOf(n: StructureNode): string {
  return n.style === 'dotted' ? n.written : n.label || n.written;
}

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'bepaling-midden-regel',
    category: 'structuur',
    defaultSeverity: 'information',
    title: { nl: 'Bepaling begint midden op de regel', en: 'Clause starts mid-line' },
    messages: {
      default: {
        nl: 'Bepaling {this} begint midden op de regel, achter de tekst van {prev}. Zet elke bepaling op een eigen regel: dan ziet de lezer waar de ene bepaling eindigt en de volgende begint.',
        en: 'Clause {this} starts mid-line, after the text of {prev}. Put each clause on a line of its own, so that a reader sees where one clause ends and the next begins.',
      },
      several: {
        nl: 'De bepalingen {this} beginnen midden op de regel, achter de tekst van {prev}. Zet elke bepaling op een eigen regel: dan ziet de lezer waar de ene bepaling eindigt en de volgende begint.',
        en: 'Clauses {this} start mid-line, after the text of {prev}. Put each clause on a line of its own, so that a reader sees where one clause ends and the next begins.',
      },
      draft: {
        nl: 'In dit concept beginnen {count} bepalingen midden op een regel, achter de tekst van de vorige (de eerste is {this}, achter de tekst van {prev}). Zet elke bepaling op een eigen regel: dan ziet de lezer waar de ene bepaling eindigt en de volgende begint.',
        en: 'In this draft {count} clauses start mid-line, after the text of the one before (the first is {this}, after the text of {prev}). Put each clause on a line of its own, so that a reader sees where one clause ends and the next begins.',
      },
    },
  },
  check(model, ctx) {
    const found = midLineClauses(model);
    if (found.length) report(model, found, ctx);
  },
};

/**
 * One finding per line where a draft slips once or twice; one for the whole draft where that is how it is
 * written (a finding per clause would bury every other finding).
 */
function report(model: DocumentModel, found: StructureNode[], ctx: RuleContext) {
  const byLine: StructureNode[][] = [];
  for (const n of found) {
    const last = byLine[byLine.length - 1];
    if (last && last[0].line === n.line) last.push(n);
    else byLine.push([n]);
  }
  // The clause whose text the number follows: the node before it, in document order.
  const order = new Map<StructureNode, number>();
  model.nodes.forEach((n, k) => order.set(n, k));
  const prevOf = (n: StructureNode) => nameOf(model.nodes[order.get(n)! - 1]);
  if (byLine.length >= HABIT_LINES || found.length >= HABIT_CLAUSES) {
    const first = found[0];
    ctx.report({
      span: placeOf(first),
      messageId: 'draft',
      args: { count: found.length, this: nameOf(first), prev: prevOf(first) },
      related: found.slice(1).map((n) => ({ span: placeOf(n), message: { nl: `Bepaling ${nameOf(n)} begint midden op de regel`, en: `Clause ${nameOf(n)} starts mid-line` } })),
      fixes: [breakLines(model, found)],
    });
    return;
  }
  for (const nodes of byLine) {
    const first = nodes[0];
    ctx.report({ span: placeOf(first), messageId: nodes.length > 1 ? 'several' : 'default', args: { this: list(nodes.map(nameOf)), prev: prevOf(first) }, fixes: [breakLines(model, nodes)] });
  }
}

/** "3.4", "3.4 en 3.5", "3.4, 3.5 en 3.6". */
function list(labels: string[]): { nl: string; en: string } {
  if (labels.length === 1) return { nl: labels[0], en: labels[0] };
  const head = labels.slice(0, -1).join(', ');
  const last = labels[labels.length - 1];
  return { nl: `${head} en ${last}`, en: `${head} and ${last}` };
}

function breakLines(model: DocumentModel, nodes: StructureNode[]): Fix {
  return { title: { nl: 'Zet elke bepaling op een eigen regel', en: 'Put each clause on a line of its own' }, edits: nodes.map((n) => lineBreakBefore(model, n)), preferred: true };
}

/** Replaces the blanks before a clause number by a line break and the indentation of the line it stood on. */
function lineBreakBefore(model: DocumentModel, n: StructureNode): TextEdit {
  const { text, lines } = model;
  const lineStart = lines.lineStarts[n.line];
  // "Artikel 2" found inside a line starts at its word, before its number.
  const at = Math.min(n.span.start, n.numberSpan.start);
  let s = at;
  while (s > lineStart && isBlank(text.charCodeAt(s - 1))) s--;
  let indent = lineStart;
  while (indent < s && (text.charCodeAt(indent) === 32 || text.charCodeAt(indent) === 9)) indent++;
  const end = lines.lineEnd(n.line);
  const eol = text.charCodeAt(end) === 13 ? (text.charCodeAt(end + 1) === 10 ? '\r\n' : '\r') : '\n';
  return { span: { start: s, end: at }, newText: eol + text.slice(lineStart, indent) };
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}
