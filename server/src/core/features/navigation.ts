// What is under the cursor, and where it leads: go to definition, find references, highlights.
// Plain data only (UTF-16 spans); the LSP layer converts.
import type { Span } from '../types';
import type { CrossReference, Definition, DocumentModel, StructureNode } from '../model/types';
import { firstNotBefore } from '../text/search';
import { locateAnnex, locateWritten } from '../model/references';

export type Target =
  | { kind: 'term'; def: Definition; span: Span }
  | { kind: 'reference'; ref: CrossReference; span: Span }
  | { kind: 'node'; node: StructureNode; span: Span };

const within = (s: Span, o: number) => s.start <= o && o <= s.end && s.start < s.end;

/** First index whose span starts after `offset`, by binary search on spans sorted by start. */
function upper<T extends { span: Span }>(list: readonly T[], offset: number): number {
  return firstNotBefore(list.length, (i) => list[i].span.start <= offset);
}

function around<T extends { span: Span }>(list: readonly T[], offset: number): T | undefined {
  const i = upper(list, offset) - 1;
  // A span may end where the next starts; look one back as well.
  for (let k = i; k >= Math.max(0, i - 1); k--) if (list[k] && within(list[k].span, offset)) return list[k];
  return undefined;
}

/** The defined term, cross-reference or clause number at `offset`. */
export function targetAt(model: DocumentModel, offset: number): Target | undefined {
  if (!Number.isFinite(offset) || offset < 0 || offset > model.text.length) return undefined;
  const use = around(model.uses, offset);
  if (use) {
    const def = definitionOf(model, use.term);
    if (def) return { kind: 'term', def, span: use.span };
  }
  const def = around(model.definitions, offset);
  if (def) return { kind: 'term', def: definitionOf(model, def.term) ?? def, span: def.span };
  const ref = around(model.references, offset);
  if (ref) return { kind: 'reference', ref, span: ref.span };
  for (const n of model.nodes) {
    if (n.numberSpan.start > offset) break;
    if (n.path.length && within(n.numberSpan, offset)) return { kind: 'node', node: n, span: n.numberSpan };
  }
  return undefined;
}

export function definitionOf(model: DocumentModel, term: string): Definition | undefined {
  return model.definitions.find((d) => d.term === term);
}

/** Go to definition: a term to its definition, a reference to the clause it points at. */
export function definitionAt(model: DocumentModel, offset: number): Span[] {
  const t = targetAt(model, offset);
  if (!t) return [];
  if (t.kind === 'term') return model.definitions.filter((d) => d.term === t.def.term).map((d) => d.span);
  if (t.kind === 'reference') {
    if (t.ref.target) return [nodeAnchor(t.ref.target)];
    const written = writtenTarget(model, t.ref);
    return written ? [written] : [];
  }
  return [];
}

/** Where the draft writes the number a reference names, when its structure did not read it as a clause. */
export function writtenTarget(model: DocumentModel, ref: CrossReference): Span | undefined {
  if (!ref.targetPath) return undefined;
  return ref.form === 'bijlage' ? locateAnnex(model.text, ref.targetPath[1]) : locateWritten(model.text, ref.targetPath);
}

/** Where a node "is" for navigation: its number, or its first line when it has none. */
export function nodeAnchor(n: StructureNode): Span {
  return n.numberSpan.end > n.numberSpan.start ? n.numberSpan : { start: n.span.start, end: n.span.start };
}

export interface Occurrence {
  span: Span;
  /** The definition of a term or the number of a clause: where it is "written". */
  declaration: boolean;
}

/** Every use of a term (with its inflections) or every reference to a clause. */
export function occurrencesAt(model: DocumentModel, offset: number): Occurrence[] {
  const t = targetAt(model, offset);
  if (!t) return [];
  if (t.kind === 'term') {
    const term = t.def.term;
    const out: Occurrence[] = model.definitions.filter((d) => d.term === term).map((d) => ({ span: d.span, declaration: true }));
    for (const u of model.uses) if (u.term === term) out.push({ span: u.span, declaration: false });
    return out.sort((a, b) => a.span.start - b.span.start);
  }
  const node = t.kind === 'node' ? t.node : t.ref.target;
  if (!node) return t.kind === 'reference' ? [{ span: t.ref.span, declaration: false }] : [];
  const out: Occurrence[] = [{ span: nodeAnchor(node), declaration: true }];
  for (const r of model.references) if (r.target === node) out.push({ span: r.span, declaration: false });
  return out.sort((a, b) => a.span.start - b.span.start);
}

export function referencesAt(model: DocumentModel, offset: number, includeDeclaration: boolean): Span[] {
  return occurrencesAt(model, offset)
    .filter((o) => includeDeclaration || !o.declaration)
    .map((o) => o.span);
}
