// A document rule's scan of the whole text, done block by block and remembered per block text: after an
// edit only the edited article is scanned again. Same matches, in the same order and at the same
// offsets, as one global scan of model.text, for patterns that never match across a line break (blocks
// start at line starts and cover the text without gaps).
import type { DocumentModel } from '../model/types';
import type { RuleContext } from '../kit/rule';
import { detached } from '../text/detached';
import { blocksStartLines } from './seams';
import { literalMatches, triggeredMatches, type LiteralGate } from '../text/scan';

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

/** A scanner of `text` between `from` and `to` that reports each hit's offset (in `text`) and its text. */
export type RangeScanner = (text: string, from: number, to: number, push: (index: number, word: string) => void) => void;

/**
 * A document rule's hand-written scanner (no regex, no substring per word) run article by article: its hits in the document,
 * remembered per article text and `filterKey` (what else the scanner depends on). The scanner must find
 * nothing across a line break, so that scanning the articles one by one finds what one scan finds.
 */
export function scanBlocksWith(model: DocumentModel, ctx: RuleContext, name: string, scan: RangeScanner, filterKey: string): WordHit[] {
  const out: WordHit[] = [];
  const memo = ctx.memo?.<Entry>(`scan:${name}`);
  if (!memo || !model.blocks.length) {
    scan(model.text, 0, model.text.length, (index, word) => void out.push({ index, 0: word }));
    return out;
  }
  // The key as the last analysis stored it, when equal: entries then compare by identity, not by content.
  const key = ctx.memo!<string>(`scan:${name}:key`).getOrCreate(filterKey, (k) => k);
  let sink: Array<[number, string]> = [];
  let base = 0;
  // A hit's word is cut from this version of the draft and kept while its article is unchanged: a copy.
  const push = (index: number, word: string) => void sink.push([index - base, detached(word)]);
  for (const b of model.blocks) {
    let e = memo.get(b.text);
    if (!e || e.filterKey !== key) {
      e = { filterKey: key, hits: [] };
      sink = e.hits;
      base = b.span.start;
      scan(model.text, b.span.start, b.span.end, push);
      memo.set(b.text, e);
    }
    for (const [i, w] of e.hits) out.push({ index: b.span.start + i, 0: w });
  }
  return out;
}

/** A match of a pattern: its offset in the document and its groups (0 = the whole match), as RegExp.exec gives them. */
export interface BlockMatch {
  index: number;
  groups: string[];
}

/**
 * The matches of a global `pattern` in the document, found article by article and remembered per article
 * text: after an edit only the edited article is searched again. The same matches as one search of
 * model.text, for a pattern that never matches across a line break and whose lookarounds read a line
 * break as they read the text's edge (blocks start at line starts; else the whole text is searched).
 * `trigger` (optional): a global pattern whose global scan finds every place a match of `pattern` starts
 * (text/scan.ts triggeredMatches), or a literal every match holds near its start (literalMatches);
 * `pattern` is then tried only there.
 */
export function matchBlocks(model: DocumentModel, ctx: RuleContext, name: string, pattern: RegExp, trigger?: RegExp | LiteralGate): BlockMatch[] {
  const memo = ctx.memo?.<Array<[number, string[]]>>(`match:${name}`);
  const blocks = model.blocks;
  if (!memo || !blocks.length || !blocksStartLines(model.text, blocks)) return matchesIn(model.text, pattern, trigger).map(([index, groups]) => ({ index, groups }));
  const out: BlockMatch[] = [];
  for (const b of blocks) {
    // The groups are cut from this version of the article and kept while it is unchanged: copies.
    const found = memo.getOrCreate(b.text, (t) => matchesIn(t, pattern, trigger).map(([i, g]) => [i, g.map(detached)]));
    for (const [i, groups] of found) out.push({ index: b.span.start + i, groups });
  }
  return out;
}

function matchesIn(text: string, pattern: RegExp, trigger: RegExp | LiteralGate | undefined): Array<[number, string[]]> {
  const out: Array<[number, string[]]> = [];
  if (trigger) {
    const found = trigger instanceof RegExp ? triggeredMatches(text, pattern, trigger) : literalMatches(text, pattern, trigger);
    for (const m of found) out.push([m.index, [...m].map((g) => g ?? '')]);
    return out;
  }
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push([m.index, [...m].map((g) => g ?? '')]);
    if (m[0] === '') pattern.lastIndex++;
  }
  return out;
}
