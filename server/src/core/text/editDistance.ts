// The distance between a typing error and a word: letters left out, added, replaced or swapped.

/**
 * Optimal-string-alignment distance (Levenshtein plus the swap of two neighbouring letters, each one
 * edit), or `max + 1` as soon as the distance is known to exceed `max`. Compares UTF-16 units; the
 * words it is given are in NFC, where a Dutch letter is one unit.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n], max + 1);
}

/**
 * Whether one word is the other with a run of two or three letters that repeats the letters beside it
 * left out or written twice: "gevens" for "gegevens", "gegegevens" for "gegevens". The eye skips or
 * repeats a syllable that repeats; that is one slip, not two or three.
 */
export function repeatedRun(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const d = long.length - short.length;
  // Short words are too many, and too like each other, for a run of their length to say much.
  if (d < 2 || d > 3 || short.length < 5) return false;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  // The run starts at most where the words first differ, and the rest must then be the same.
  for (let k = i; k >= 0; k--) {
    if (long.slice(k + d) !== short.slice(k)) continue;
    const run = long.slice(k, k + d);
    if ((k >= d && long.slice(k - d, k) === run) || long.slice(k + d, k + 2 * d) === run) return true;
  }
  return false;
}
