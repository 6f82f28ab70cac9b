// An edit of a draft, and what each part of the model needs to follow it: moving spans of the previous
// text to the new one, and finding the items of a sorted list near the edit (update.ts and the fact
// modules' update functions share these).
import type { Span } from '../types';
import { firstNotBefore } from '../text/search';

export interface Edit {
  /** Start of the change (same in old and new text). */
  start: number;
  /** End of the replaced range in the old text. */
  oldEnd: number;
  /** End of the inserted range in the new text. */
  newEnd: number;
}

/** An edit inside one line of the previous text (no line break replaced or inserted). */
export interface LineEdit extends Edit {
  /** newEnd - oldEnd: how far everything after the edit moves. */
  delta: number;
  /** The edited line's number and start (the same in both texts), and its end in each. */
  line: number;
  lineStart: number;
  oldLineEnd: number;
  newLineEnd: number;
}

/** The smallest single replacement that turns `a` into `b`, or undefined when they are equal. */
export function diffTexts(a: string, b: string): Edit | undefined {
  const max = Math.min(a.length, b.length);
  // Whole chunks first (string equality is a native compare), halving the chunk as the difference
  // nears, then character by character.
  let p = 0;
  for (let c = 1 << 16; c >= 16; c >>= 1) while (p + c <= max && a.slice(p, p + c) === b.slice(p, p + c)) p += c;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  // Equal texts: found by the same scan, not by a separate whole-text compare before it.
  if (p === a.length && p === b.length) return undefined;
  let s = 0;
  for (let c = 1 << 16; c >= 16; c >>= 1) while (s + c <= max - p && a.slice(a.length - s - c, a.length - s) === b.slice(b.length - s - c, b.length - s)) s += c;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, oldEnd: a.length - s, newEnd: b.length - s };
}

/** Moves a span of the previous text to the new one, in place (its offsets are known not to lie in the edit). */
export function moveInPlace(s: Span, editStart: number, delta: number) {
  if (s.start >= editStart) s.start += delta;
  if (s.end >= editStart) s.end += delta;
}

/** An offset of the previous text in the new one (for offsets not inside the edit). */
export function moveOffset(x: number, e: Edit): number {
  return x < e.start ? x : x + e.newEnd - e.oldEnd;
}

/** A span of the previous text in the new one, as a new object. */
export function movedSpan(s: Span, e: Edit): Span {
  return { start: moveOffset(s.start, e), end: moveOffset(s.end, e) };
}

/** Index of the first item whose span starts at or after `x` (items in ascending span order). */
export function firstAtOrAfter(items: ReadonlyArray<{ span: Span }>, x: number): number {
  return firstNotBefore(items.length, (i) => items[i].span.start < x);
}

/** No match of a citation or reference pattern is this long (every quantifier in them is bounded). */
const MAX_MATCH = 4000;

/**
 * Whether an item (ascending by start, at most MAX_MATCH long) has `start - before < x < end`: only the
 * items starting within MAX_MATCH before x are looked at.
 */
export function straddlesAt(items: ReadonlyArray<{ span: Span }>, x: number, before: number): boolean {
  for (let i = firstAtOrAfter(items, x + before) - 1; i >= 0 && items[i].span.start > x - MAX_MATCH; i--) {
    const s = items[i].span;
    if (s.start - before < x && s.end > x) return true;
  }
  return false;
}
