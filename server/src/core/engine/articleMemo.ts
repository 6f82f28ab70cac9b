// A document rule's reading of each article on its own, or of the lines around a span, remembered with
// the article's text: after an edit only the edited article is read again.
import type { RuleContext } from '../kit/rule';
import type { Block, DocumentModel, StructureNode } from '../model/types';
import { blocksStartLines } from './seams';
import { detached } from '../text/detached';

interface Entry<T> {
  length: number;
  heading: string | undefined;
  found: T[];
}

/**
 * What `read` finds in each article (in document order). `read` sees the article's own text (its span,
 * heading line included) and its heading, and nothing else; what it returns must not hold offsets in the
 * document (offsets in the article do). Remembered by the text of the block the article opens.
 */
export function perArticle<T>(
  model: DocumentModel,
  ctx: RuleContext,
  name: string,
  read: (body: string, heading: string | undefined) => T[],
): Array<{ article: StructureNode; found: T[] }> {
  const memo = ctx.memo?.<Entry<T>>(`article:${name}`);
  const { blocks, text } = model;
  const out: Array<{ article: StructureNode; found: T[] }> = [];
  let j = 0;
  for (const article of model.nodes) {
    if (article.kind !== 'article') continue;
    const { start, end } = article.span;
    while (j < blocks.length && blocks[j].span.end <= start) j++;
    const b = blocks[j];
    // An article that opens its block and ends in it: the block's text holds all it reads.
    if (!memo || !b || b.span.start !== start || end > b.span.end) {
      out.push({ article, found: read(text.slice(start, end), article.heading) });
      continue;
    }
    let e = memo.get(b.text);
    if (!e || e.length !== end - start || e.heading !== article.heading) {
      // The heading is kept beyond this version of the draft: a copy.
      e = { length: end - start, heading: article.heading === undefined ? undefined : detached(article.heading), found: read(b.text.slice(0, end - start), article.heading) };
      memo.set(b.text, e);
    }
    out.push({ article, found: e.found });
  }
  return out;
}

/**
 * A reader of what `read` finds around a span of the document, remembered with the text of the block that
 * holds it: after an edit only spans in the edited article are read again. `read` sees the block's text
 * and the span in it, and must read nothing beyond the span's own lines (blocks start at line starts;
 * else, or without a memo, it reads the whole text). Offsets in what it returns are in the text it was
 * given: add `base` for the document's.
 */
export function aroundSpans<T>(
  model: DocumentModel,
  ctx: RuleContext,
  name: string,
  read: (text: string, start: number, end: number) => T,
): (span: { start: number; end: number }) => { base: number; found: T } {
  const { blocks, text } = model;
  const memo = blocksStartLines(text, blocks) ? ctx.memo?.<Map<string, T>>(`around:${name}`) : undefined;
  return (span) => {
    const b = memo && blockAt(blocks, span.start);
    if (!memo || !b || span.end > b.span.end) return { base: 0, found: read(text, span.start, span.end) };
    const key = `${span.start - b.span.start}:${span.end - b.span.start}`;
    const perBlock = memo.getOrCreate(b.text, () => new Map());
    if (!perBlock.has(key)) perBlock.set(key, read(b.text, span.start - b.span.start, span.end - b.span.start));
    return { base: b.span.start, found: perBlock.get(key)! };
  };
}

function blockAt(blocks: Block[], at: number): Block | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid];
    if (at < b.span.start) hi = mid - 1;
    else if (at >= b.span.end) lo = mid + 1;
    else return b;
  }
  return undefined;
}

interface NodeEntry<T> {
  /** The nodes read, by their own text's offsets in the article, and what was read of each. */
  starts: number[];
  ends: number[];
  values: T[];
}

/**
 * What `read` finds in a node's own text, remembered with the text of the article (block) that holds the
 * node, while the article's nodes asked for lie where they lay: after an edit only the nodes of the edited
 * articles are read again. Ask for nodes in document order. `read` sees the node; what it returns must not
 * hold document offsets nor a slice of the text (`detached` copies one). Without a memo, or for a node in
 * no one block, it reads every time.
 */
export function nodeFacts<T>(model: DocumentModel, ctx: RuleContext, name: string): (node: StructureNode, read: (node: StructureNode) => T) => T {
  const memo = ctx.memo?.<NodeEntry<T>>(`node:${name}`);
  if (!memo) return (node, read) => read(node);
  const { blocks } = model;
  let b = 0;
  let block: Block | undefined;
  let entry: NodeEntry<T> | undefined;
  let k = 0;
  return (node, read) => {
    const { start, end } = node.textSpan;
    while (b < blocks.length && blocks[b].span.end < end) b++;
    if (blocks[b] !== block) {
      block = blocks[b];
      entry = block && memo.getOrCreate(block.text, () => ({ starts: [], ends: [], values: [] }));
      k = 0;
    }
    if (!block || !entry || start < block.span.start || start > end) return read(node);
    const ls = start - block.span.start;
    const le = end - block.span.start;
    if (k >= entry.starts.length || entry.starts[k] !== ls || entry.ends[k] !== le) {
      // Another node here than when the article was read: what follows is read again.
      entry.starts.length = entry.ends.length = entry.values.length = k;
      entry.starts.push(ls);
      entry.ends.push(le);
      entry.values.push(read(node));
    }
    return entry.values[k++];
  };
}
