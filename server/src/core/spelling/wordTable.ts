// A map from words to small numbers that is asked with a span of a text instead of a string: a draft
// repeats its words, and a lookup that needs no copy of the word (nor a second read to hash it) keeps the
// dictionary's checks from allocating a string per word. The key of a span is wordKey's hash, which the
// word scan (checkableWordSpans) computes as it reads the word.

/** FNV-1a step for one code unit of a word; a curly apostrophe counts as a straight one. */
export function keyStep(hash: number, c: number): number {
  return Math.imul(hash ^ (c === 0x2019 ? 39 : c), 0x01000193);
}

export const KEY_SEED = 0x811c9dc5 | 0;

/** The key of text[start, end), as the word scan computes it. */
export function wordKey(text: string, start: number, end: number): number {
  let h = KEY_SEED;
  for (let i = start; i < end; i++) h = keyStep(h, text.charCodeAt(i));
  return h;
}

/**
 * Open addressing with linear probing, at most half full; values are 0–255. The words' units are kept in
 * one pool, so the table holds no string (nor, through a string sliced from it, the text it came from).
 */
export class WordTable {
  private hashes!: Int32Array;
  /** Where each slot's word starts in `pool`, plus one (0: the slot is empty). */
  private starts!: Int32Array;
  private lengths!: Uint8Array;
  private values!: Uint8Array;
  private pool = new Uint16Array(4096);
  private used = 0;
  private count = 0;

  constructor(
    /** Past this many words the table starts afresh, so that a long session cannot grow it without end. */
    private readonly limit = 200_000,
    capacity = 1024,
  ) {
    this.reset(capacity);
  }

  get size(): number {
    return this.count;
  }

  /**
   * The value of the word text[start, end) (a curly apostrophe in it read as a straight one) whose key is
   * `hash`, or -1 when the table does not hold it.
   */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.hashes.length - 1;
    const length = end - start;
    const pool = this.pool;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = this.starts[slot] - 1;
      if (at < 0) return -1;
      if (this.hashes[slot] !== hash || this.lengths[slot] !== length) continue;
      let i = 0;
      while (i < length) {
        const c = text.charCodeAt(start + i);
        if (pool[at + i] !== (c === 0x2019 ? 39 : c)) break;
        i++;
      }
      if (i === length) return this.values[slot];
    }
  }

  /** Adds `word` (at most 255 units, not yet in the table) with its key `hash`. */
  add(word: string, hash: number, value: number): void {
    if (word.length > 255) return;
    if (this.count >= this.limit) this.reset(this.hashes.length);
    else if ((this.count + 1) * 2 > this.hashes.length) this.grow();
    if (this.used + word.length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.used + word.length));
      pool.set(this.pool.subarray(0, this.used));
      this.pool = pool;
    }
    const at = this.used;
    for (let i = 0; i < word.length; i++) this.pool[at + i] = word.charCodeAt(i);
    this.used += word.length;
    this.put(hash, at, word.length, value);
    this.count++;
  }

  private put(hash: number, at: number, length: number, value: number): void {
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    while (this.starts[slot] !== 0) slot = (slot + 1) & mask;
    this.hashes[slot] = hash;
    this.starts[slot] = at + 1;
    this.lengths[slot] = length;
    this.values[slot] = value;
  }

  private grow(): void {
    const { hashes, starts, lengths, values } = this;
    this.hashes = new Int32Array(hashes.length * 2);
    this.starts = new Int32Array(hashes.length * 2);
    this.lengths = new Uint8Array(hashes.length * 2);
    this.values = new Uint8Array(hashes.length * 2);
    for (let i = 0; i < hashes.length; i++) if (starts[i] !== 0) this.put(hashes[i], starts[i] - 1, lengths[i], values[i]);
  }

  private reset(capacity: number): void {
    this.hashes = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.lengths = new Uint8Array(capacity);
    this.values = new Uint8Array(capacity);
    this.used = 0;
    this.count = 0;
  }
}
