// An Aho-Corasick automaton that finds every occurrence of a set of lower-case words in one pass
// over a text, case-insensitively, without lower-casing the text first.
//
// Each UTF-16 code unit is mapped to a class: one per character that occurs in the words, one
// "other" class for everything else. The map folds case as `lowerForGates` (text/triggerWords.ts) does
// ("A" and "a" share a class, so do "K", "k" and the Kelvin sign, "s" and long s), so a scan of the
// text finds what a scan of `lowerForGates(text)` finds, at the same offsets. That only holds while
// every code unit lower-cases to one code unit on its own. Two exceptions exist: U+0130 (dotted
// capital I) lower-cases to two units, and capital sigma lower-cases by context (final sigma). Such a
// unit is "unsafe": `find` then gives up and the caller scans the lower-cased text instead (`literal`).
// Astral characters lower-case to astral characters (surrogate pairs), and no word holds a surrogate,
// so surrogates are simply "other" (wordAutomaton.test.ts checks both facts over all of Unicode).
//
// Transitions are one dense table (states x classes, 16-bit entries when they fit); a scan does one
// table read for the class and one for the next state per code unit, and looks at the outputs only
// where a word ends. States are numbered breadth first, so the shallow states a scan of prose visits
// nearly all the time share a few cache lines at the start of the table.

/** Class of a code unit not looked at yet (filled in on first sight, see `classify`). */
const UNKNOWN = 0;
/** A code unit whose lower case is not one unit of its own: positions would shift, or depend on context. */
const UNSAFE = 1;
/** Any code unit whose lower case is not in a word. */
const OTHER = 2;
const FIRST_LETTER = 3;
const CAPITAL_SIGMA = 0x3a3;
/** Code units below this get their class when the automaton is built; the rest on first sight. */
const EAGER = 0x250;

/** The lower case of one code unit as `lowerForGates` gives it, or -1 when that is not one unit. */
export function foldUnit(c: number): number {
  if (c === 0x17f) return 0x73; // long s → s, as lowerForGates does after lower-casing
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : -1;
}

/** The shared empty hit list of a word that does not occur (never pushed to). */
export const NO_HITS: number[] = [];

export class WordAutomaton {
  readonly words: readonly string[];
  /** Classes: code unit → class; learned lazily above EAGER (a pure function of the unit). */
  private readonly classes = new Uint8Array(0x10000);
  /** Class of each lower-case character that occurs in a word. */
  private readonly letterClass = new Map<number, number>();
  private readonly sigmaUnsafe: boolean;
  /** Number of classes (a row of `next` is `stride` long). */
  private readonly width: number;
  /**
   * next[s * stride + k]: the state after reading class k in state s, stored premultiplied by the (even)
   * stride, the row's offset, plus 1 when that state ends at least one word.
   */
  private readonly next: Uint16Array | Uint32Array;
  /** Row length of `next`: width rounded up to even, so that a row's offset leaves the low bit free. */
  private readonly stride: number;
  /** Words ending in state s: outWords[outStart[s] .. outStart[s + 1]). */
  private readonly outStart: Int32Array;
  private readonly outWords: Int32Array;
  private readonly wordLength: Int32Array;
  /** NO_HITS for every word: `find` starts from a copy (one allocation of the right size). */
  private readonly noHits: number[][];

  /** `words`: distinct, non-empty, lower case (as lowerForGates gives it), no surrogates. */
  constructor(words: readonly string[]) {
    this.words = words;
    for (const w of words) {
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff) throw new Error(`word holds a surrogate: ${JSON.stringify(w)}`);
        if (foldUnit(c) !== c) throw new Error(`word is not lower case: ${JSON.stringify(w)}`);
        if (!this.letterClass.has(c)) this.letterClass.set(c, FIRST_LETTER + this.letterClass.size);
      }
    }
    if (this.letterClass.size > 250) throw new Error('too many distinct characters in the words');
    this.width = FIRST_LETTER + this.letterClass.size;
    this.sigmaUnsafe = this.letterClass.has(0x3c3) || this.letterClass.has(0x3c2);
    for (let c = 0; c < EAGER; c++) this.classes[c] = this.classify(c);

    // The trie: goto transitions, and the words that end in each state.
    const width = this.width;
    const trie: number[][] = [new Array<number>(width).fill(-1)];
    const ends: number[][] = [[]];
    words.forEach((w, id) => {
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const k = this.letterClass.get(w.charCodeAt(i))!;
        if (trie[s][k] < 0) {
          trie[s][k] = trie.length;
          trie.push(new Array<number>(width).fill(-1));
          ends.push([]);
        }
        s = trie[s][k];
      }
      ends[s].push(id);
    });

    // Breadth first: failure links, the full transition function, and outputs along failure links.
    const n = trie.length;
    const fail = new Int32Array(n);
    const delta = new Int32Array(n * width); // plain state numbers for now
    const outputs: number[][] = ends.map((e) => [...e]);
    const queue: number[] = [];
    for (let k = 0; k < width; k++) {
      const t = trie[0][k];
      if (t > 0) {
        fail[t] = 0;
        delta[k] = t;
        queue.push(t);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (const id of outputs[fail[s]]) outputs[s].push(id);
      for (let k = 0; k < width; k++) {
        const t = trie[s][k];
        if (t > 0) {
          fail[t] = delta[fail[s] * width + k];
          delta[s * width + k] = t;
          queue.push(t);
        } else delta[s * width + k] = delta[fail[s] * width + k];
      }
    }

    // Renumbered breadth first (the queue's order, root first), 16-bit entries when they fit: a scan of
    // prose stays in the first rows, and the table is half the size.
    const rank = new Int32Array(n);
    const order = [0, ...queue];
    order.forEach((s, r) => (rank[s] = r));
    const stride = (this.stride = width + (width & 1));
    this.next = n * stride < 0x10000 ? new Uint16Array(n * stride) : new Uint32Array(n * stride);
    for (let r = 0; r < n; r++) {
      const s = order[r];
      for (let k = 0; k < width; k++) {
        const t = delta[s * width + k];
        this.next[r * stride + k] = rank[t] * stride + (outputs[t].length ? 1 : 0);
      }
    }
    this.outStart = new Int32Array(n + 1);
    const flat: number[] = [];
    for (let r = 0; r < n; r++) {
      this.outStart[r] = flat.length;
      for (const id of outputs[order[r]]) flat.push(id);
    }
    this.outStart[n] = flat.length;
    this.outWords = Int32Array.from(flat);
    this.wordLength = Int32Array.from(words, (w) => w.length);
    this.noHits = words.map(() => NO_HITS);
  }

  private classify(c: number): number {
    if (c === CAPITAL_SIGMA) return this.sigmaUnsafe ? UNSAFE : OTHER;
    const f = foldUnit(c);
    if (f < 0) return UNSAFE;
    return this.letterClass.get(f) ?? OTHER;
  }

  /**
   * Start offsets of every occurrence of every word (overlaps included), per word id, ascending:
   * what a search in `lowerForGates(text)` finds. Undefined when the text holds an unsafe unit.
   * With `literal` the text must already be lower-cased (lowerForGates); unsafe units, which a
   * lower-cased text never holds, are then "other".
   */
  find(text: string, literal = false): number[][] | undefined {
    const { classes, next, stride, outStart, outWords, wordLength } = this;
    const hits = this.noHits.slice();
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      let k = classes[c];
      if (k < OTHER) {
        if (k === UNKNOWN) classes[c] = k = this.classify(c);
        if (k === UNSAFE) {
          if (!literal) return undefined;
          k = OTHER;
        }
      }
      s = next[s + k];
      if (s & 1) {
        s--;
        const row = (s / stride) | 0;
        for (let j = outStart[row], e = outStart[row + 1]; j < e; j++) {
          const id = outWords[j];
          const at = i + 1 - wordLength[id];
          if (hits[id] === NO_HITS) hits[id] = [at];
          else hits[id].push(at);
        }
      }
    }
    return hits;
  }
}
