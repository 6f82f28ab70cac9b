// A document rule's reading of each article on its own, remembered with the article's text: after an
// edit only the edited article is read again.
import type { RuleContext } from '../kit/rule';
import type { DocumentModel, StructureNode } from '../model/types';
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
