// The statute citations of an article, found once for all the rules that read them.
import type { Block } from '../model/types';
import { citationsWithin, findCitations, type Citation } from '../model/citations';

const citationCache = new WeakMap<Block, Citation[]>();

/** The statute citations in a block (findCitations), found once for all the rules that read them. */
export function citationsOf(block: Block): Citation[] {
  let out = citationCache.get(block);
  if (!out) citationCache.set(block, (out = findCitations(block.text)));
  return out;
}

/** Gives citationsOf(block) the parser's citations of the draft instead of a second search (citationsWithin says why they agree). */
export function seedCitations(block: Block, draftCitations: Citation[]): void {
  if (!citationCache.has(block)) citationCache.set(block, citationsWithin(draftCitations, block.span.start, block.span.end));
}
