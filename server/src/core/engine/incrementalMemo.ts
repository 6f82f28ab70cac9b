// Memo storage that lives as long as one Analyzer (one open document). Rules keep what they derive
// from a piece of text (a clause's normalised key, ...) keyed by that text, so after an edit only the
// edited pieces are derived again. Entries not used during one analysis are dropped at the next, so
// the memo never holds more than two analyses' worth of keys, and once an analysis has completed only
// what it used (the rest can never be asked for again; it would only hold old versions of the text alive).

interface Entry<V> {
  value: V;
  /** The last analysis (generation) that used or set it. */
  used: number;
}

// One map whose entries carry the generation that last used them: an unchanged article's entry is found and
// stamped, not moved into a new map on every analysis (which rehashed and copied every key per edit).
export class GenerationalMemo<V> {
  private entries = new Map<string, Entry<V>>();
  private generation = 0;
  // Whether the last analysis settled: every entry left was used by it, so a rotation has nothing to drop.
  private settled = true;

  /** Starts a new analysis: what the last one did not touch is forgotten after this one. */
  rotate(): void {
    if (!this.settled) this.dropUsedBefore(this.generation);
    this.generation++;
    this.settled = false;
  }

  /** Ends an analysis that ran to completion: what it did not use is dropped now rather than at the next. */
  settle(): void {
    this.dropUsedBefore(this.generation);
    this.settled = true;
  }

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (e === undefined) return undefined;
    e.used = this.generation;
    return e.value;
  }

  set(key: string, value: V): void {
    const e = this.entries.get(key);
    if (e === undefined) this.entries.set(key, { value, used: this.generation });
    else {
      e.value = value;
      e.used = this.generation;
    }
  }

  /** The value for `key`, computed by `make` when it is not known yet. */
  getOrCreate(key: string, make: (key: string) => V): V {
    let v = this.get(key);
    if (v === undefined) {
      v = make(key);
      this.set(key, v);
    }
    return v;
  }

  /** Entries this analysis used or set. */
  get size(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.used === this.generation) n++;
    return n;
  }

  private dropUsedBefore(generation: number): void {
    for (const [key, e] of this.entries) if (e.used < generation) this.entries.delete(key);
  }
}

/** One memo per name, for one Analyzer. */
export class MemoStore {
  private memos = new Map<string, GenerationalMemo<unknown>>();

  memo<V>(name: string): GenerationalMemo<V> {
    let m = this.memos.get(name);
    if (!m) {
      m = new GenerationalMemo<unknown>();
      this.memos.set(name, m);
    }
    return m as GenerationalMemo<V>;
  }

  rotate(): void {
    for (const m of this.memos.values()) m.rotate();
  }

  settle(): void {
    for (const m of this.memos.values()) m.settle();
  }
}
