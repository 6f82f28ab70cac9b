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
// a pair when their word counts differ, their negations agree and their Jaccard similarity reaches the
// threshold.
import { IntCounts } from './intCounts';
import { jaccardAtLeastIn, prefixLength, sizesAllow } from './similarity';

/** Postings past this many earlier wordings are not read. */
const COMMON = 16;
const TOP = COMMON + 1;
const NO_PREFIX: readonly number[] = [];
// Frequency and 30-bit hash packed into one double (exact below 2^53): the prefix order as one number.
const WORD = 2 ** 30;

export interface Shape {
  /** Hash of the normalised words (equal wordings, equal keys; a clash is told apart by the shingles). */
  wordKey: number;
  /** Distinct shingle hashes (30 bits), ascending. */
  shingles: ArrayLike<number>;
  /** Where they are in `shingles` (the sentences of an article share one array): [from, to). */
  from: number;
  to: number;
  words: number;
  /** How many negations its words hold: wordings that differ in them are never paired (0 where absent). */
  negations?: number;
  /** The wording `wordingOf` last gave this shape (kept on it, so that a shape seen again is not looked up). */
  wording?: Wording;
}

/** A similar wording, and the number of shingles whose first postings hold both (the pair lives while > 0). */
interface Link {
  similarity: number;
  support: number;
}

export class Wording {
  /** Position of its first sentence among the wordings of the current analysis. */
  order = -1;
  /** Wordings of another length at or above the threshold, with their similarity (made on the first). */
  near?: Map<Wording, Link>;
  /** The analysis that last saw it, and its first sentence there (to tell a wording whose first sentence moved). */
  generation = 0;
  first: unknown;
  moved = false;
  indexed = false;
  /** The list (by a count per commit) whose first TOP held it before the change, and holds it after. */
  wasIn = 0;
  isIn = 0;
  /** The last wording whose candidates included it (in a build). */
  seenBy?: Wording;
  /** Its prefix, and the keys of its last shingle in and first shingle out of it (Infinity: none out). */
  prefix: readonly number[] = NO_PREFIX;
  lastIn = -1;
  firstOut = Infinity;
  /** The index that made it, and whether that index took it out of its lookup (no sentence has it any more). */
  owner: unknown;
  forgotten = false;
  /** The last analysis whose commit gave it a similar wording or took one away. */
  relinked = 0;

  constructor(
    readonly id: number,
    readonly key: number,
    /** Its shingles, `shingles[from, to)`: those of its first sentence, in its article's array. */
    readonly shingles: ArrayLike<number>,
    readonly from: number,
    readonly to: number,
    readonly words: number,
    readonly negations = 0,
  ) {}
}

export class RewordingIndex {
  private byKey = new Map<number, Wording | Wording[]>();
  private live: Wording[] = [];
  private current: Wording[] = [];
  private generation = 0;
  private nextId = 0;
  private marks = 0;
  private keys = new Float64Array(64);
  /** How many wordings hold each shingle. */
  private frequency = new IntCounts();
  /** Eligible wordings that hold a shingle (to find those whose prefix a frequency change can shift). */
  private holders = new Map<number, Holders>();
  private postings = new Map<number, Wording[]>();
  /** Whether the last commit indexed every wording afresh (then any pair may have changed). */
  rebuilt = false;

  /** The current analysis (a stamp that `relinked` compares with). */
  get stamp(): number {
    return this.generation;
  }

  /** The wordings of the current analysis, in the order of their first sentence. */
  get wordings(): readonly Wording[] {
    return this.current;
  }

  constructor(
    private readonly threshold: number,
    /** Wordings with fewer words are grouped but never paired. */
    private readonly minWords: number,
    /**
     * Whether the index is kept for the next analysis: one that is not (a one-off analysis) indexes its
     * wordings once, without what an update needs (the wordings that hold each shingle).
     */
    private readonly kept = true,
  ) {}

  /** Starts an analysis: call `wordingOf` for every sentence in document order, then `commit`. */
  begin(): void {
    this.generation++;
    this.current = [];
  }

  /** The wording of a sentence; `first` identifies the sentence (its object, kept while its article is unchanged). */
  wordingOf(s: Shape, first: unknown): Wording {
    // A shape's wording stays its own while any sentence has it: the lookup below would find it again.
    let w = s.wording && s.wording.owner === this && !s.wording.forgotten ? s.wording : undefined;
    if (!w) {
      const same = (o: Wording) => o.words === s.words && sameSet(o, s);
      const known = this.byKey.get(s.wordKey);
      w = known === undefined ? undefined : Array.isArray(known) ? known.find(same) : same(known) ? known : undefined;
      if (!w) {
        w = new Wording(this.nextId++, s.wordKey, s.shingles, s.from, s.to, s.words, s.negations);
        w.owner = this;
        if (known === undefined) this.byKey.set(s.wordKey, w);
        else if (Array.isArray(known)) known.push(w);
        else this.byKey.set(s.wordKey, [known, w]);
      }
      s.wording = w;
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
    // Much changed (a draft opened, pasted or cut): one pass over all wordings costs less than the changes.
    const news = this.current.length - (this.live.length - removed.length);
    if (!this.kept || !ordered || removed.length + news > this.current.length / 4) {
      this.reset();
      this.live = this.current;
      this.rebuilt = true;
      this.build();
      return;
    }
    this.rebuilt = false;
    this.live = this.current;
    const added = this.current.filter((w) => !w.indexed);
    const moved = this.current.filter((w) => w.indexed && w.moved && this.eligible(w));

    // Frequencies, and the old frequency of each shingle they change.
    const changed = new Map<number, number>();
    const count = (h: number, by: number) => {
      if (!changed.has(h)) changed.set(h, this.frequency.get(h));
      this.frequency.add(h, by);
    };
    for (const w of removed) {
      for (let k = w.from; k < w.to; k++) count(w.shingles[k], -1);
      if (this.eligible(w)) for (let k = w.from; k < w.to; k++) dropHolder(this.holders, w.shingles[k], w);
    }
    for (const w of added) {
      for (let k = w.from; k < w.to; k++) count(w.shingles[k], 1);
      if (!this.eligible(w)) continue;
      for (let k = w.from; k < w.to; k++) addHolder(this.holders, w.shingles[k], w);
    }
    // An indexed wording's prefix can change only where a changed shingle's key passes between its last
    // shingle in and first shingle out (the rest stay on their side of that gap).
    const shifted = new Set<Wording>();
    for (const [h, old] of changed) {
      const now = this.frequency.get(h);
      if (now === old) continue;
      const lo = Math.min(old, now) * WORD + h;
      const hi = Math.max(old, now) * WORD + h;
      const held = this.holders.get(h);
      for (const w of held === undefined ? [] : Array.isArray(held) ? held : [held]) if (w.indexed && hi >= w.lastIn && lo <= w.firstOut) shifted.add(w);
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

    // Pairs: those of the first TOP of each changed list, in and out (membership by a mark per list).
    for (const [h, was] of before) {
      const list = this.postings.get(h) ?? [];
      const now = list.slice(0, TOP);
      if (!list.length) this.postings.delete(h);
      const mark = ++this.marks;
      for (const w of was) w.wasIn = mark;
      for (const w of now) w.isIn = mark;
      for (const x of was) {
        if (x.isIn === mark) continue;
        for (const m of was) if (m !== x && (m.isIn === mark || m.id < x.id)) unlink(x, m, gen);
      }
      for (const e of now) {
        if (e.wasIn === mark) continue;
        for (const m of now) if (m !== e && (m.wasIn === mark || m.id < e.id)) this.link(e, m);
      }
    }
  }

  /**
   * Indexes all wordings of this analysis into an empty index, in order: a wording among the first TOP
   * of a shingle's postings pairs with those before it there (its similarity to each computed once).
   */
  private build(): void {
    // Indexed loops: this runs once over every wording of a draft, before the engine has optimised it,
    // and an iterator there allocates a result per step.
    const { current, frequency, holders } = this;
    for (let i = 0; i < current.length; i++) {
      const w = current[i];
      w.indexed = true;
      const { shingles, from, to } = w;
      for (let k = from; k < to; k++) frequency.add(shingles[k], 1);
      if (!this.kept || !this.eligible(w)) continue;
      for (let k = from; k < to; k++) addHolder(holders, shingles[k], w);
    }
    for (let i = 0; i < current.length; i++) {
      const w = current[i];
      if (!this.eligible(w)) continue;
      // Kept for no update, a shingle no other wording holds is a posting list of one that no other
      // wording reads: a wording whose prefix holds only such shingles (the rarest come first) has no
      // candidate and is left out, and so is every such shingle of the others.
      if (!this.kept && this.alone(w)) continue;
      this.place(w);
      const prefix = w.prefix;
      for (let k = 0; k < prefix.length; k++) {
        const h = prefix[k];
        if (!this.kept && frequency.get(h) === 1) continue;
        const list = this.postings.get(h);
        if (!list) {
          this.postings.set(h, [w]);
          continue;
        }
        if (list.length < TOP)
          for (let j = 0; j < list.length; j++) {
            const o = list[j];
            if (o.seenBy !== w) {
              o.seenBy = w;
              this.link(w, o);
            } else {
              const l = o.near?.get(w);
              if (l) l.support++;
            }
          }
        // Past the first TOP only an update reads a list.
        if (this.kept || list.length < TOP) list.push(w);
      }
    }
  }

  /** Whether every shingle of a wording's prefix is held by no other wording. */
  private alone(w: Wording): boolean {
    const { shingles, from, to } = w;
    let unique = 0;
    for (let k = from; k < to; k++) if (this.frequency.get(shingles[k]) === 1) unique++;
    return unique >= prefixLength(to - from, this.threshold);
  }

  private eligible(w: Wording): boolean {
    return w.words >= this.minWords;
  }

  /** Sets a wording's prefix and its boundary keys from the current frequencies. */
  private place(w: Wording): void {
    // Its p + 1 smallest keys, by insertion (no sort of all n): the prefix and the first key out.
    const n = w.to - w.from;
    const p = prefixLength(n, this.threshold);
    const m = Math.min(n, p + 1);
    if (this.keys.length < m) this.keys = new Float64Array(2 * m);
    const keys = this.keys;
    let size = 0;
    for (let i = w.from; i < w.to; i++) {
      const h = w.shingles[i];
      const key = this.frequency.get(h) * WORD + h;
      if (size === m) {
        if (key >= keys[m - 1]) continue;
        size--;
      }
      let k = size++;
      for (; k > 0 && keys[k - 1] > key; k--) keys[k] = keys[k - 1];
      keys[k] = key;
    }
    // Made at its length: kept for every wording of the draft, where a grown array keeps spare room.
    const prefix: number[] = new Array(p);
    for (let k = 0; k < p; k++) prefix[k] = keys[k] % WORD;
    w.prefix = prefix;
    w.lastIn = p ? keys[p - 1] : -1;
    w.firstOut = p < n ? keys[p] : Infinity;
  }

  private link(a: Wording, b: Wording): void {
    const l = a.near?.get(b);
    if (l) {
      l.support++;
      return;
    }
    // "Leverancier is (niet) aansprakelijk ...": a negation more or less is the opposite rule, not a rewording.
    if (a.words === b.words || a.negations !== b.negations || !sizesAllow(a.to - a.from, b.to - b.from, this.threshold)) return;
    const similarity = jaccardAtLeastIn(a.shingles, a.from, a.to, b.shingles, b.from, b.to, this.threshold);
    if (similarity < this.threshold) return;
    const link = { similarity, support: 1 };
    (a.near ??= new Map()).set(b, link);
    (b.near ??= new Map()).set(a, link);
    a.relinked = b.relinked = this.generation;
  }

  /** Takes a wording no sentence has any more out of the lookup. */
  private forget(w: Wording): void {
    w.forgotten = true;
    const known = this.byKey.get(w.key);
    if (known === w) this.byKey.delete(w.key);
    else if (Array.isArray(known)) {
      const rest = known.filter((o) => o !== w);
      this.byKey.set(w.key, rest.length === 1 ? rest[0] : rest);
    }
  }

  /** Forgets all pairs, postings and frequencies, to index the wordings of this analysis afresh. */
  private reset(): void {
    for (const list of [this.live, this.current])
      for (const w of list) {
        w.near = undefined;
        w.seenBy = undefined;
        w.indexed = false;
      }
    this.frequency.clear();
    this.holders.clear();
    this.postings.clear();
  }
}

function unlink(a: Wording, b: Wording, generation: number): void {
  const l = a.near?.get(b);
  if (!l || --l.support > 0) return;
  a.near!.delete(b);
  b.near!.delete(a);
  a.relinked = b.relinked = generation;
}

/**
 * The eligible wordings that hold a shingle, unordered: most shingles of a draft are held by one wording,
 * kept without an array of its own.
 */
type Holders = Wording | Wording[];

function addHolder(holders: Map<number, Holders>, h: number, w: Wording): void {
  const held = holders.get(h);
  if (held === undefined) holders.set(h, w);
  else if (Array.isArray(held)) held.push(w);
  else holders.set(h, [held, w]);
}

/** Takes w out of a shingle's holders (in a list, the last one takes its place). */
function dropHolder(holders: Map<number, Holders>, h: number, w: Wording): void {
  const held = holders.get(h);
  if (held === w) holders.delete(h);
  if (!Array.isArray(held)) return;
  const i = held.indexOf(w);
  if (i < 0) return;
  held[i] = held[held.length - 1];
  held.pop();
  if (held.length === 1) holders.set(h, held[0]);
}

/** Whether two ranges of shingles hold the same values. */
function sameSet(a: { shingles: ArrayLike<number>; from: number; to: number }, b: { shingles: ArrayLike<number>; from: number; to: number }): boolean {
  const n = a.to - a.from;
  if (n !== b.to - b.from) return false;
  for (let i = 0; i < n; i++) if (a.shingles[a.from + i] !== b.shingles[b.from + i]) return false;
  return true;
}
