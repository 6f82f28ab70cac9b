// The pairs of wordings (distinct sentences, as sets of word shingles) that reword each other, found by
// the prefix filter (text/similarity.ts) and kept between analyses of one document. After an edit only
// the wordings it added, removed or moved, and those whose prefix the changed shingle frequencies shift,
// are indexed again; the pairs are those a fresh join of the same wordings finds (a property test in
// rewordingIndex.test.ts holds the two equal after random edits).
//
// The join, as a fresh run defines it: wordings in the order of their first sentence; the prefix of a
// wording is its rarest shingles (fewest wordings hold them, then by hash), as many as the threshold
// needs; the postings of a shingle are the eligible wordings with it in their prefix, in order. Two
// wordings are candidates when both are among the first COMMON + 1 of some shingle's postings (a shingle
// in more prefixes than that is a formula the whole draft uses, left out to keep the join linear), and
// a pair when their word counts differ and their Jaccard similarity reaches the threshold.
import { jaccardAtLeast, prefixLength, sizesAllow } from '../text/similarity';

/** Postings past this many earlier wordings are not read. */
const COMMON = 16;
const TOP = COMMON + 1;
// Frequency and 30-bit hash packed into one double (exact below 2^53): the prefix order as one number.
const WORD = 2 ** 30;

export interface Shape {
  /** Hash of the normalised words (equal wordings, equal keys; a clash is told apart by the shingles). */
  wordKey: number;
  /** Distinct shingle hashes (30 bits), ascending. */
  shingles: readonly number[];
  words: number;
}

/** A similar wording, and the number of shingles whose first postings hold both (the pair lives while > 0). */
interface Link {
  similarity: number;
  support: number;
}

export class Wording {
  /** Position of its first sentence among the wordings of the current analysis. */
  order = -1;
  /** Wordings of another length at or above the threshold, with their similarity. */
  readonly near = new Map<Wording, Link>();
  /** The analysis that last saw it, and its first sentence there (to tell a wording whose first sentence moved). */
  generation = 0;
  first: unknown;
  moved = false;
  indexed = false;
  /** Its prefix, and the keys of its last shingle in and first shingle out of it (Infinity: none out). */
  prefix: number[] = [];
  lastIn = -1;
  firstOut = Infinity;

  constructor(
    readonly id: number,
    readonly key: number,
    readonly shingles: readonly number[],
    readonly words: number,
  ) {}
}

export class RewordingIndex {
  private byKey = new Map<number, Wording | Wording[]>();
  private live: Wording[] = [];
  private current: Wording[] = [];
  private generation = 0;
  private nextId = 0;
  private frequency = new Map<number, number>();
  /** Eligible wordings that hold a shingle (to find those whose prefix a frequency change can shift). */
  private holders = new Map<number, Set<Wording>>();
  private postings = new Map<number, Wording[]>();

  constructor(
    private readonly threshold: number,
    /** Wordings with fewer words are grouped but never paired. */
    private readonly minWords: number,
  ) {}

  /** Starts an analysis: call `wordingOf` for every sentence in document order, then `commit`. */
  begin(): void {
    this.generation++;
    this.current = [];
  }

  /** The wording of a sentence; `first` identifies the sentence (its object, kept while its article is unchanged). */
  wordingOf(s: Shape, first: unknown): Wording {
    const same = (w: Wording) => w.words === s.words && sameSet(w.shingles, s.shingles);
    const known = this.byKey.get(s.wordKey);
    let w = known === undefined ? undefined : Array.isArray(known) ? known.find(same) : same(known) ? known : undefined;
    if (!w) {
      w = new Wording(this.nextId++, s.wordKey, s.shingles, s.words);
      if (known === undefined) this.byKey.set(s.wordKey, w);
      else if (Array.isArray(known)) known.push(w);
      else this.byKey.set(s.wordKey, [known, w]);
    }
    if (w.generation !== this.generation) {
      w.generation = this.generation;
      w.order = this.current.length;
      this.current.push(w);
      w.moved = w.first !== first;
      w.first = first;
    }
    return w;
  }

  /** Brings the pairs up to date with the wordings of this analysis. */
  commit(): void {
    const gen = this.generation;
    const removed = this.live.filter((w) => w.generation !== gen);
    for (const w of removed) this.forget(w);
    // Wordings whose first sentence is where it was keep their order among themselves, unless articles
    // were moved or an identical article removed: then everything is indexed afresh.
    let last = -1;
    let ordered = true;
    for (const w of this.live) {
      if (w.generation !== gen || w.moved) continue;
      if (w.order < last) {
        ordered = false;
        break;
      }
      last = w.order;
    }
    if (!ordered) this.reset(removed);
    const added = this.current.filter((w) => !w.indexed);
    const moved = this.current.filter((w) => w.indexed && w.moved && this.eligible(w));

    // Frequencies, and the old frequency of each shingle they change.
    const changed = new Map<number, number>();
    const count = (h: number, by: number) => {
      const f = this.frequency.get(h) ?? 0;
      if (!changed.has(h)) changed.set(h, f);
      if (f + by) this.frequency.set(h, f + by);
      else this.frequency.delete(h);
    };
    for (const w of removed) {
      for (const h of w.shingles) count(h, -1);
      if (this.eligible(w)) for (const h of w.shingles) this.holders.get(h)?.delete(w);
    }
    for (const w of added) {
      for (const h of w.shingles) count(h, 1);
      if (this.eligible(w)) for (const h of w.shingles) this.holder(h).add(w);
    }
    // An indexed wording's prefix can change only where a changed shingle's key passes between its last
    // shingle in and first shingle out (the rest stay on their side of that gap).
    const shifted = new Set<Wording>();
    for (const [h, old] of changed) {
      const now = this.frequency.get(h) ?? 0;
      if (now === old) continue;
      const lo = Math.min(old, now) * WORD + h;
      const hi = Math.max(old, now) * WORD + h;
      for (const w of this.holders.get(h) ?? []) if (w.indexed && hi >= w.lastIn && lo <= w.firstOut) shifted.add(w);
    }

    // The postings: snapshots of the first TOP of each list before it changes, to diff the pairs after.
    const before = new Map<number, Wording[]>();
    const touch = (h: number) => {
      if (!before.has(h)) before.set(h, (this.postings.get(h) ?? []).slice(0, TOP));
    };
    const remove = (h: number, w: Wording) => {
      touch(h);
      const list = this.postings.get(h);
      const i = list ? list.indexOf(w) : -1;
      if (i >= 0) list!.splice(i, 1);
    };
    for (const w of removed) if (w.indexed) for (const h of w.prefix) remove(h, w);
    for (const w of moved) for (const h of w.prefix) remove(h, w);
    // Only wordings still in place are in the lists now, in order: the others go in by binary search.
    const insert = (h: number, w: Wording) => {
      touch(h);
      let list = this.postings.get(h);
      if (!list) this.postings.set(h, (list = []));
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].order < w.order) lo = mid + 1;
        else hi = mid;
      }
      list.splice(lo, 0, w);
    };
    for (const w of shifted) {
      const old = w.prefix;
      this.place(w);
      if (w.moved) continue;
      const now = new Set(w.prefix);
      const was = new Set(old);
      for (const h of old) if (!now.has(h)) remove(h, w);
      for (const h of w.prefix) if (!was.has(h)) insert(h, w);
    }
    for (const w of moved) for (const h of w.prefix) insert(h, w);
    for (const w of added) {
      w.indexed = true;
      if (!this.eligible(w)) continue;
      this.place(w);
      for (const h of w.prefix) insert(h, w);
    }

    // Pairs: those of the first TOP of each changed list, in and out.
    for (const [h, was] of before) {
      const list = this.postings.get(h) ?? [];
      const now = list.slice(0, TOP);
      if (!list.length) this.postings.delete(h);
      for (const x of was) {
        if (now.includes(x)) continue;
        for (const m of was) if (m !== x && (now.includes(m) || m.id < x.id)) unlink(x, m);
      }
      for (const e of now) {
        if (was.includes(e)) continue;
        for (const m of now) if (m !== e && (was.includes(m) || m.id < e.id)) this.link(e, m);
      }
    }
    this.live = this.current;
  }

  private eligible(w: Wording): boolean {
    return w.words >= this.minWords;
  }

  private holder(h: number): Set<Wording> {
    let set = this.holders.get(h);
    if (!set) this.holders.set(h, (set = new Set()));
    return set;
  }

  /** Sets a wording's prefix and its boundary keys from the current frequencies. */
  private place(w: Wording): void {
    const keys = w.shingles.map((h) => this.frequency.get(h)! * WORD + h).sort((a, b) => a - b);
    const p = prefixLength(keys.length, this.threshold);
    w.prefix = keys.slice(0, p).map((k) => k % WORD);
    w.lastIn = p ? keys[p - 1] : -1;
    w.firstOut = p < keys.length ? keys[p] : Infinity;
  }

  private link(a: Wording, b: Wording): void {
    const l = a.near.get(b);
    if (l) {
      l.support++;
      return;
    }
    if (a.words === b.words || !sizesAllow(a.shingles.length, b.shingles.length, this.threshold)) return;
    const similarity = jaccardAtLeast(a.shingles, b.shingles, this.threshold);
    if (similarity < this.threshold) return;
    const link = { similarity, support: 1 };
    a.near.set(b, link);
    b.near.set(a, link);
  }

  /** Takes a wording no sentence has any more out of the lookup. */
  private forget(w: Wording): void {
    const known = this.byKey.get(w.key);
    if (known === w) this.byKey.delete(w.key);
    else if (Array.isArray(known)) {
      const rest = known.filter((o) => o !== w);
      this.byKey.set(w.key, rest.length === 1 ? rest[0] : rest);
    }
  }

  /** Forgets all pairs, postings and frequencies: every wording of this analysis is indexed afresh. */
  private reset(removed: Wording[]): void {
    for (const w of this.live) {
      w.near.clear();
      w.indexed = false;
    }
    for (const w of this.current) {
      w.near.clear();
      w.indexed = false;
    }
    removed.length = 0;
    this.frequency.clear();
    this.holders.clear();
    this.postings.clear();
  }
}

function unlink(a: Wording, b: Wording): void {
  const l = a.near.get(b);
  if (!l || --l.support > 0) return;
  a.near.delete(b);
  b.near.delete(a);
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
