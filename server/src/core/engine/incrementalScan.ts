// A document rule's scan of the whole text, done block by block and remembered per block text: after an
// edit only the edited article is scanned again. Same matches, in the same order and at the same
// offsets, as one global scan of model.text, for patterns that never match across a line break (blocks
// start at line starts and cover the text without gaps).
import type { DocumentModel } from '../model/types';
import type { RuleContext } from '../rules/rule';

/** Shaped like a RegExp match (`m.index`, `m[0]`), so a scan loop's body stays as it was. */
export interface WordHit {
  /** Offset in the document. */
  index: number;
  /** The matched text. */
  0: string;
}

interface Entry {
  filterKey: string;
  hits: Array<[number, string]>;
}

/**
 * Matches of the global regex `pattern` in the document, optionally only those whose text `keep`
 * accepts (`filterKey` names that filter: hits are remembered per block text and filter key).
 */
export function scanBlocks(
  model: DocumentModel,
  ctx: RuleContext,
  name: string,
  pattern: RegExp,
  keep?: (word: string) => boolean,
  filterKey = '',
): WordHit[] {
  const memo = ctx.memo?.<Entry>(`scan:${name}`);
  const out: WordHit[] = [];
  const scan = (text: string, base: number, sink: Array<[number, string]> | undefined) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (keep && !keep(m[0])) continue;
      if (sink) sink.push([m.index, m[0]]);
      else out.push({ index: base + m.index, 0: m[0] });
    }
  };
  if (!memo || !model.blocks.length) {
    scan(model.text, 0, undefined);
    return out;
  }
  for (const b of model.blocks) {
    let e = memo.get(b.text);
    if (!e || e.filterKey !== filterKey) {
      e = { filterKey, hits: [] };
      scan(b.text, 0, e.hits);
      memo.set(b.text, e);
    }
    for (const [i, w] of e.hits) out.push({ index: b.span.start + i, 0: w });
  }
  return out;
}
