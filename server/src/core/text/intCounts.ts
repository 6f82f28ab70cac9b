// Counts of small integers (the 30-bit hashes of shingles and clauses), in an open-addressing table of two
// typed arrays: no entry objects, and a count is one probe where a Map, growing afresh for every analysis,
// spends a few hundred nanoseconds. `IntCountsPlain` is the plain definition (a Map) that
// intCounts.test.ts holds it to.

/** The largest key the table takes (keys are stored plus one, 0 marking an empty slot). */
export const MAX_COUNT_KEY = 2 ** 31 - 2;

/** How many times each key was counted, by its definition. */
export class IntCountsPlain {
  private readonly map = new Map<number, number>();

  get(key: number): number {
    return this.map.get(key) ?? 0;
  }

  /** Adds `by` (may be negative) to the key's count and returns the new count. */
  add(key: number, by = 1): number {
    const n = (this.map.get(key) ?? 0) + by;
    if (n) this.map.set(key, n);
    else this.map.delete(key);
    return n;
  }

  clear(): void {
    this.map.clear();
  }
}

/** `IntCountsPlain` for integer keys in [0, MAX_COUNT_KEY]. */
export class IntCounts {
  private keys: Int32Array;
  private counts: Int32Array;
  private mask: number;
  private shift: number;
  /** Slots taken, those whose count went back to 0 included (they are dropped when the table grows). */
  private used = 0;

  constructor(expected = 8) {
    let bits = 4;
    while (1 << bits < 2 * expected && bits < 30) bits++;
    this.keys = new Int32Array(1 << bits);
    this.counts = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  /** The slot of a key, or of the empty slot where it would go. */
  private slot(key: number): number {
    const stored = key + 1;
    let i = Math.imul(stored, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[i];
      if (k === stored || k === 0) return i;
      i = (i + 1) & this.mask;
    }
  }

  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === 0 ? 0 : this.counts[i];
  }

  /** Adds `by` (may be negative) to the key's count and returns the new count. */
  add(key: number, by = 1): number {
    let i = this.slot(key);
    if (this.keys[i] === 0) {
      if (2 * (this.used + 1) > this.keys.length) {
        this.grow();
        i = this.slot(key);
      }
      this.keys[i] = key + 1;
      this.used++;
    }
    return (this.counts[i] += by);
  }

  clear(): void {
    this.keys.fill(0);
    this.counts.fill(0);
    this.used = 0;
  }

  /** Rehashes the keys whose count is not 0 into a table at least twice their number. */
  private grow(): void {
    const { keys, counts } = this;
    let live = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0 && counts[i] !== 0) live++;
    let bits = 32 - this.shift;
    while (1 << bits < 4 * (live + 1)) bits++;
    this.keys = new Int32Array(1 << bits);
    this.counts = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.used = live;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0 || counts[i] === 0) continue;
      const j = this.slot(keys[i] - 1);
      this.keys[j] = keys[i];
      this.counts[j] = counts[i];
    }
  }
}
