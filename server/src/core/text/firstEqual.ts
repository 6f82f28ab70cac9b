// The grouping step of a duplicate finder: for each of n values (hashes of clauses in document order),
// the first index that holds the same value. A sort of packed numbers in place of a hash map that would
// be built afresh for every analysis: no entry objects, no rehashing as it grows.

/** Values the sort path packs: 30 bits (the small integers the rules' hashes are cut to). */
const VALUE_LIMIT = 2 ** 30;
/** Indices it packs beside them: value * INDEX_RANGE + index stays an exact double (below 2^52). */
const INDEX_RANGE = 2 ** 22;

/** `firstEqual` by its definition: a map from each value to the first index that held it. */
export function firstEqualPlain(values: ArrayLike<number>, n: number): Int32Array {
  const first = new Map<number, number>();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const f = first.get(values[i]);
    if (f === undefined) first.set(values[i], (out[i] = i));
    else out[i] = f;
  }
  return out;
}

let packed = new Float64Array(256);

/**
 * For each i < n, the first index j <= i with values[j] === values[i] (i itself when none before holds
 * it). Values are integers in [0, 2^30); others take the plain path.
 */
export function firstEqual(values: ArrayLike<number>, n: number): Int32Array {
  if (n >= INDEX_RANGE) return firstEqualPlain(values, n);
  if (packed.length < n) packed = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!(v >= 0 && v < VALUE_LIMIT && v === Math.floor(v))) return firstEqualPlain(values, n);
    packed[i] = v * INDEX_RANGE + i;
  }
  // Ascending by value, then by index: the first of each run of one value is its first index.
  const sorted = packed.subarray(0, n).sort();
  const out = new Int32Array(n);
  for (let k = 0; k < n; ) {
    const value = Math.floor(sorted[k] / INDEX_RANGE);
    const bound = (value + 1) * INDEX_RANGE;
    const first = sorted[k] - value * INDEX_RANGE;
    for (; k < n && sorted[k] < bound; k++) out[sorted[k] - value * INDEX_RANGE] = first;
  }
  return out;
}
