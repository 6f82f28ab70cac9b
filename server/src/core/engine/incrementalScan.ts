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

/**
 * True when the blocks' seams cannot matter for `pattern`: within `maxLen` + 1 code units of every block
 * boundary there is no match, neither in the draft's text nor in either block read alone. Then a global
 * scan of the draft finds exactly the matches of its blocks scanned one by one (`scanBlocks`), in the
 * same order, and a rule may use those. `pattern` must not be global or sticky, and `maxLen` must bound
 * every match's length in UTF-16 code units; lookarounds may read one character beyond the match.
 */
export function seamsClear(model: DocumentModel, ctx: RuleContext, name: string, pattern: RegExp, maxLen: number): boolean {
  if (pattern.global || pattern.sticky) throw new Error('seamsClear needs a non-global pattern');
  const { text, blocks } = model;
  // A window within the two articles beside a seam is decided by those articles' texts: remembered by
  // them (found by identity while they are unchanged), not by the window's own, newly sliced text.
  const memo = ctx.memo?.<{ prev: string; hit: boolean }>(`seam:${name}`);
  const w = maxLen + 1;
  // Without anchors or lookarounds a match in either half is a match in the window: one test suffices.
  const halves = /\(\?<?[=!]|\\[bB]|\$|(?<!\[)\^/.test(pattern.source);
  for (let i = 1; i < blocks.length; i++) {
    const prev = blocks[i - 1];
    const cur = blocks[i];
    const p = cur.span.start;
    const keyed = memo !== undefined && p - prev.span.start >= w && cur.span.end - p >= w;
    const e = keyed ? memo.get(cur.text) : undefined;
    let hit = e !== undefined && e.prev === prev.text ? e.hit : undefined;
    if (hit === undefined) {
      const from = Math.max(0, p - w);
      const window = text.slice(from, Math.min(text.length, p + w));
      const at = p - from;
      hit = pattern.test(window) || (halves && (pattern.test(window.slice(0, at)) || pattern.test(window.slice(at))));
      if (keyed) memo.set(cur.text, { prev: prev.text, hit });
    }
    if (hit) return false;
  }
  return true;
}

/** A scanner of `text` between `from` and `to` that reports each hit's offset (in `text`) and its text. */
export type RangeScanner = (text: string, from: number, to: number, push: (index: number, word: string) => void) => void;

/**
 * `scanBlocks` for a hand-written scanner (no regex, no substring per word): its hits in the document,
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
  const push = (index: number, word: string) => void sink.push([index - base, word]);
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
