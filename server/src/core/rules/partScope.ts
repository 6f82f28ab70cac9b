// Drafts in modules: a part (or article) that opens by saying what it governs ("Voor de producten die
// ik aanbied gelden de volgende voorwaarden:", "Deze module is van toepassing op hosting") has its own
// regime, and a draft that repeats the common rules in each such part does so on purpose. bepaling-dubbel
// leaves a repeat alone when the two versions lie in parts with different scope statements.
import type { DocumentModel, StructureNode } from '../model/types';
import { normaliseClause } from '../text/clauseKey';
import { spanAt } from '../text/search';
import { detached } from '../text/detached';
import type { Memo } from '../kit/rule';

// The opening words of a part that states its scope. Bounded gaps: the test stays linear.
const SCOPE =
  /^(?:(?:voor|op)\s[^.;:]{1,120}?\b(?:zijn|is|gelden|geldt)\s+(?:de\s+volgende|deze|onderstaande|de\s+onderstaande)\s+(?:voorwaarden|bepalingen|regels|artikelen)\b[^.;]{0,40}?(?:\bvan\s+toepassing\b|:)|(?:de\s+)?(?:volgende|onderstaande)\s+(?:voorwaarden|bepalingen|regels|artikelen)\s+(?:zijn\s+van\s+toepassing\s+op|gelden\s+voor|gelden\s+bij)\s|(?:dit|deze)\s+(?:hoofdstuk|afdeling|module|deel|titel|paragraaf|bijlage)\s+(?:is\s+van\s+toepassing\s+op|geldt\s+voor|gelden\s+voor|ziet\s+op)\s)/iu;

/** The scope statement that opens `text.slice(start, end)` (its first 400 characters), normalised, if any. */
export function scopeStatementPlain(text: string, start: number, end: number): string | undefined {
  const own = text.slice(start, Math.min(end, start + 400)).trim();
  return SCOPE.test(own) ? normaliseClause(own) : undefined;
}

/**
 * `scopeStatementPlain`, without slicing the text of a node that cannot open with a statement: every
 * statement opens with "voor", "op", "de", "volgende", "onderstaande", "dit" or "deze".
 */
export function scopeStatementAt(text: string, start: number, end: number, memo?: Memo<string>): string | undefined {
  const stop = Math.min(end, start + 400);
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    // Any other character outside ASCII (white space trim removes, a letter that folds): the plain path.
    if (c >= 128) break;
    const lower = c | 32;
    if (lower === 0x76 || lower === 0x6f || lower === 0x64) break;
    return undefined;
  }
  if (!memo) return scopeStatementPlain(text, start, end);
  // The opening read before (the memo keeps it as a string of its own: a slice would hold the draft).
  const own = text.slice(start, Math.min(end, start + 400));
  let found = memo.get(own);
  if (found === undefined) memo.set(detached(own), (found = scopeStatementPlain(own, 0, own.length) ?? ''));
  return found || undefined;
}

/** The scope statement that opens a node's own text (before its first child), normalised, if any. */
function scopeStatement(model: DocumentModel, n: StructureNode, memo?: Memo<string>): string | undefined {
  if (!n.children.length) return undefined;
  return scopeStatementAt(model.text, n.textSpan.start, n.textSpan.end, memo);
}

/** The finder of a draft that states no scope anywhere. */
export const noScopes = (): { node: StructureNode; statement: string } | undefined => undefined;

/** Finds, per offset, the innermost node with a scope statement around it; remembers the nodes it read (and, with a memo, the openings it read, for the next analysis). */
export function scopeFinder(model: DocumentModel, memo?: Memo<string>): (offset: number) => { node: StructureNode; statement: string } | undefined {
  const known = new Map<StructureNode, string | undefined>();
  const statementOf = (n: StructureNode) => {
    if (!known.has(n)) known.set(n, scopeStatement(model, n, memo));
    return known.get(n);
  };
  // Most drafts state no scope anywhere: then no offset has one, and none is looked up.
  if (!model.nodes.some((n) => scopeStatement(model, n, memo) !== undefined)) return noScopes;
  return (offset) => {
    let found: { node: StructureNode; statement: string } | undefined;
    let level = model.roots;
    for (;;) {
      const n = childAt(level, offset);
      if (!n) break;
      const statement = statementOf(n);
      if (statement) found = { node: n, statement };
      level = n.children;
    }
    return found;
  };
}

/** Whether two offsets lie in parts that each state a scope of their own, and different ones. */
export function inOtherScopes(find: ReturnType<typeof scopeFinder>, a: number, b: number): boolean {
  const x = find(a);
  const y = find(b);
  return !!x && !!y && x.node !== y.node && x.statement !== y.statement;
}

const spanOfNode = (n: StructureNode) => n.span;

/** The node among siblings (in document order) whose span holds the offset. */
export function childAt(nodes: StructureNode[], offset: number): StructureNode | undefined {
  return spanAt(nodes, offset, spanOfNode);
}
