// Outline (document symbols), folding ranges and selection ranges, as plain data.
import type { Span } from '../types';
import type { DocumentModel, StructureNode } from '../model/types';

export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: StructureNode['kind'];
  span: Span;
  selectionSpan: Span;
  children: OutlineSymbol[];
}

export function documentSymbols(model: DocumentModel): OutlineSymbol[] {
  const make = (n: StructureNode): OutlineSymbol => ({
    name: nameOf(model, n),
    detail: detailOf(model, n),
    kind: n.kind,
    span: n.span,
    selectionSpan: n.numberSpan.end > n.numberSpan.start ? n.numberSpan : n.headingSpan ?? { start: n.span.start, end: n.span.start },
    children: n.children.map(make),
  });
  return model.roots.map(make);
}

function nameOf(model: DocumentModel, n: StructureNode): string {
  if (n.kind === 'part') return n.label ? `${n.path.length ? n.label + ' ' : ''}${n.heading ?? ''}`.trim() : n.heading ?? '';
  if (n.kind === 'article') {
    const num = n.style === 'markdown' || n.style === 'artikel' ? `Artikel ${n.label}` : n.label;
    return n.heading ? `${num} – ${n.heading}` : num;
  }
  return n.heading ? `${n.label} ${n.heading}` : n.label;
}

function detailOf(model: DocumentModel, n: StructureNode): string | undefined {
  if (n.kind === 'part' || n.kind === 'article') return undefined;
  const t = model.text.slice(n.textSpan.start, Math.min(n.textSpan.end, n.textSpan.start + 200)).replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t || undefined;
}

export interface Fold {
  startLine: number;
  endLine: number;
}

/** One fold per article, part and multi-line clause. */
export function foldingRanges(model: DocumentModel): Fold[] {
  const out: Fold[] = [];
  for (const n of model.nodes) {
    let end = n.span.end;
    while (end > n.span.start && /\s/.test(model.text[end - 1])) end--;
    const endLine = model.lines.lineAt(Math.max(n.span.start, end - 1));
    if (endLine > n.line) out.push({ startLine: n.line, endLine });
  }
  return out;
}

/** From the word at the offset outwards: word, own text, clause, article, part, document. */
export function selectionSpans(model: DocumentModel, offset: number): Span[] {
  const { text } = model;
  const o = Math.max(0, Math.min(offset, text.length));
  const spans: Span[] = [];
  const push = (s: Span) => {
    const last = spans[spans.length - 1];
    if (s.start > o || s.end < o) return;
    if (last && (s.start > last.start || s.end < last.end)) return; // must contain the previous
    if (last && s.start === last.start && s.end === last.end) return;
    spans.push(s);
  };
  let a = o;
  let b = o;
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\p{M}'’-]/u.test(c);
  while (a > 0 && o - a < 100 && isWord(text[a - 1])) a--;
  while (b < text.length && b - o < 100 && isWord(text[b])) b++;
  if (b > a) push({ start: a, end: b });
  const line = model.lines.lineAt(o);
  let node: StructureNode | undefined;
  for (const n of model.nodes) {
    if (n.span.start > o) break;
    if (n.span.end >= o) node = n;
  }
  if (node && node.textSpan.start <= o && o <= node.textSpan.end) push(node.textSpan);
  push({ start: model.lines.lineStarts[line], end: model.lines.lineEnd(line) });
  for (let n = node; n; n = n.parent) push(n.span);
  push({ start: 0, end: text.length });
  return spans;
}
