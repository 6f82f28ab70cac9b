// Memo storage that lives as long as one Analyzer (one open document). Rules keep what they derive
// from a piece of text (a clause's normalised key, ...) keyed by that text, so after an edit only the
// edited pieces are derived again. Entries not used during one analysis are dropped at the next, so
// the memo never holds more than two analyses' worth of keys, and once an analysis has completed only
// what it used (the rest can never be asked for again; it would only hold old versions of the text alive).

export class GenerationalMemo<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  /** Starts a new analysis: what the last one did not touch is forgotten after this one. */
  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** Ends an analysis that ran to completion: what it did not use is dropped now rather than at the next. */
  settle(): void {
    this.previous = new Map();
  }

  get(key: string): V | undefined {
    let v = this.current.get(key);
    if (v === undefined) {
      v = this.previous.get(key);
      if (v !== undefined) this.current.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.current.set(key, value);
  }

  /** The value for `key`, computed by `make` when it is not known yet. */
  getOrCreate(key: string, make: (key: string) => V): V {
    let v = this.get(key);
    if (v === undefined) {
      v = make(key);
      this.current.set(key, v);
    }
    return v;
  }

  get size(): number {
    return this.current.size;
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
