// Set similarity of sentences as sorted arrays of distinct word-shingle hashes, and the prefix filter
// that finds every pair at or above a Jaccard threshold without comparing all pairs: under one global
// order of the shingles (any one; bepaling-dubbel puts the rarest first), two sets with Jaccard >= t
// share at least one shingle among the first `prefixLength(n, t)` of each (Chaudhuri, Ganti & Kaushik
// 2006; Bayardo et al. 2007).

/**
 * Shared elements of two ascending arrays of distinct numbers, in one merge; -1 as soon as the elements
 * left cannot bring the count up to `need`.
 */
export function sortedOverlap(a: ArrayLike<number>, b: ArrayLike<number>, need = 0): number {
  return sortedOverlapIn(a, 0, a.length, b, 0, b.length, need);
}

/** `sortedOverlap` of `a[aFrom, aTo)` and `b[bFrom, bTo)` (the sets of several sentences share one typed array). */
export function sortedOverlapIn(a: ArrayLike<number>, aFrom: number, aTo: number, b: ArrayLike<number>, bFrom: number, bTo: number, need = 0): number {
  let i = aFrom;
  let j = bFrom;
  let n = 0;
  while (i < aTo && j < bTo) {
    if (n + Math.min(aTo - i, bTo - j) < need) return -1;
    const x = a[i];
    const y = b[j];
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n < need ? -1 : n;
}

/** Jaccard similarity of two ascending arrays of distinct numbers. */
export function jaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (!a.length && !b.length) return 1;
  const n = sortedOverlap(a, b);
  return n / (a.length + b.length - n);
}

/**
 * `jaccard(a, b)` when it is at least t, else 0: the merge stops as soon as the elements left cannot
 * bring the overlap up to what t needs (most candidate pairs of a prefix filter fall short early).
 */
export function jaccardAtLeast(a: ArrayLike<number>, b: ArrayLike<number>, t: number): number {
  return jaccardAtLeastIn(a, 0, a.length, b, 0, b.length, t);
}

/** `jaccardAtLeast` of `a[aFrom, aTo)` and `b[bFrom, bTo)`. */
export function jaccardAtLeastIn(a: ArrayLike<number>, aFrom: number, aTo: number, b: ArrayLike<number>, bFrom: number, bTo: number, t: number): number {
  const m = aTo - aFrom;
  const n = bTo - bFrom;
  if (!m && !n) return 1;
  // J >= t exactly when overlap * (1 + t) >= t * (|a| + |b|).
  const shared = sortedOverlapIn(a, aFrom, aTo, b, bFrom, bTo, Math.ceil((t * (m + n)) / (1 + t) - 1e-9));
  return shared < 0 ? 0 : shared / (m + n - shared);
}

/**
 * How many of a set's first elements (in the global order) must be indexed and probed so that no pair
 * with Jaccard >= t is missed: n - ceil(t * n) + 1 (t * n rounded down where floating point puts it a
 * hair above a whole number, so the prefix is never one too short).
 */
export function prefixLength(n: number, t: number): number {
  return Math.min(n, n - Math.ceil(t * n - 1e-9) + 1);
}

/** Whether two set sizes can reach Jaccard t at all (the smaller is at least t times the larger). */
export function sizesAllow(n: number, m: number, t: number): boolean {
  return Math.min(n, m) >= t * Math.max(n, m) - 1e-9;
}
