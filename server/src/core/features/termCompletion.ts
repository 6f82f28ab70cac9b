// Completion of defined terms, and of clause numbers after "artikel ".
import type { Lang, Span } from '../types';
import type { DocumentModel, StructureNode } from '../model/types';

export interface ModelCompletion {
  label: string;
  kind: 'term' | 'clause';
  detail?: string;
  documentation?: string;
  insertText: string;
  /** The partly typed text the item replaces. */
  span: Span;
  sortText?: string;
}

// At most the last 60 characters before the cursor are looked at.
const AFTER_ARTIKEL = /(?:^|[^\p{L}])(?:artikel|art\.|artikelen|ARTIKEL)[ \t]{1,3}(\d{0,4}(?:\.\d{0,4}){0,4})$/iu;
const WORD_BEFORE = /[\p{L}\p{M}'’-]{0,40}$/u;

/**
 * `explicit`: the user asked for completion (Ctrl+Space). Only then is an empty prefix answered with
 * every defined term; typing a space must not pop up the list.
 */
export function termCompletions(model: DocumentModel, offset: number, lang: Lang, explicit = true): ModelCompletion[] {
  const { text } = model;
  if (!Number.isFinite(offset) || offset < 0 || offset > text.length) return [];
  const lineStart = model.lines.lineStarts[model.lines.lineAt(offset)];
  const before = text.slice(Math.max(lineStart, offset - 60), offset);
  const art = AFTER_ARTIKEL.exec(before);
  if (art) return clauseNumbers(model, offset, art[1], lang);
  const word = WORD_BEFORE.exec(before)![0];
  // Terms are offered for an empty or capitalised prefix; a lowercase word is ordinary prose.
  if (word && !/^\p{Lu}/u.test(word)) return [];
  if (!word && !explicit) return [];
  const seen = new Set<string>();
  const out: ModelCompletion[] = [];
  for (const d of model.definitions) {
    if (seen.has(d.term) || (word && !d.term.toLowerCase().startsWith(word.toLowerCase()))) continue;
    seen.add(d.term);
    out.push({
      label: d.term,
      kind: 'term',
      detail: lang === 'nl' ? 'gedefinieerd begrip' : 'defined term',
      documentation: d.text,
      insertText: d.term,
      span: { start: offset - word.length, end: offset },
      sortText: `0${d.term}`,
    });
  }
  return out;
}

function clauseNumbers(model: DocumentModel, offset: number, typed: string, lang: Lang): ModelCompletion[] {
  const out: ModelCompletion[] = [];
  const seen = new Set<string>();
  for (const n of model.nodes) {
    if (!n.path.length || n.kind === 'part') continue;
    const insert = numberText(n);
    if (seen.has(insert) || !insert.startsWith(typed)) continue;
    seen.add(insert);
    const text = model.text.slice(n.textSpan.start, Math.min(n.textSpan.end, n.textSpan.start + 200)).replace(/\s+/g, ' ').trim();
    out.push({
      label: insert,
      kind: 'clause',
      detail: n.heading ?? (text.length > 60 ? text.slice(0, 59) + '…' : text),
      documentation: text || undefined,
      insertText: insert,
      span: { start: offset - typed.length, end: offset },
      sortText: n.path.map((p) => p.padStart(4, '0')).join('.'),
    });
  }
  void lang;
  return out;
}

/** How "artikel ..." names the node: "3.2" for dotted and outline numbers, "3 lid 2" for leden. */
function numberText(n: StructureNode): string {
  return n.label;
}
