// Binary search over anything sorted: spans by start, ascending offsets, pieces.

/**
 * The first index in [0, length) at which `before(i)` is false, or `length`; `before` must hold for a
 * prefix of the indices only (true, …, true, false, …, false).
 */
export function firstNotBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index of ascending `sorted` whose value is at least `x`, or its length (no closure to allocate). */
export function firstAtLeast(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The item of `sorted` whose span holds `offset`, if any: the spans (read by `spanOf`) are disjoint and in
 * document order, as pieces of a block or sibling nodes of the structure are.
 */
export function spanAt<T>(sorted: readonly T[], offset: number, spanOf: (item: T) => { start: number; end: number }): T | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spanOf(sorted[mid]);
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return sorted[mid];
  }
  return undefined;
}
