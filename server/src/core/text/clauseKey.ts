// A clause as a reader compares it: its words, lower case, without numbers or punctuation (its "key"),
// and 32-bit FNV-1a hashes of that key. `normaliseClause` and `hashKey` are the plain definitions; the
// other readers give the same hashes while reading the clause in place in the draft (no lower-cased copy,
// no key string), which is what makes comparing every clause of a large draft cheap. Each falls back to
// the plain definition where the text holds a character they do not classify themselves, and
// clauseKey.test.ts holds every one of them to the plain definition.
import { codePointLength, letterAt } from './letters';

/**
 * The key of a clause: the runs of letters of its lower-cased text joined by single spaces (one pass, no
 * \p{L} regex: this runs over every clause of the draft).
 */
export function normaliseClause(text: string): string {
  return clauseKey(text).key;
}

export interface ClauseKey {
  key: string;
  /** Runs of letters in the key (its words), counted while it is built rather than by a scan after. */
  words: number;
}

/** The key of a clause and its number of words. */
export function clauseKey(text: string): ClauseKey {
  const lower = text.toLowerCase();
  let out = '';
  let words = 0;
  let start = -1;
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i);
    // Lower-cased ASCII: a-z are the only letters; the rest of ASCII is not.
    const w = c < 128 ? (c >= 97 && c <= 122 ? 1 : 0) : letterAt(lower, i);
    if (w) {
      if (start < 0) start = i;
      i += w;
      continue;
    }
    if (start >= 0) {
      out += out ? ' ' + lower.slice(start, i) : lower.slice(start, i);
      words++;
      start = -1;
    }
    i += c < 128 ? 1 : codePointLength(lower, i);
  }
  if (start >= 0) {
    out += out ? ' ' + lower.slice(start) : lower.slice(start);
    words++;
  }
  return { key: out, words };
}

// As an int32 (the same bits): a hash that starts as a double stays one through the loop, three times slower.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/** The code unit between the key and the numbers in a sentence's hash ("#"). */
const NUMBERS_MARK = 35;
const SPACE = 32;

/** The hash of a string, code unit by code unit (FNV-1a), as an unsigned 32-bit number. */
export function hashKey(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/**
 * One code unit of the key as the in-place readers read it: its lower case when it is a letter, -1 for any
 * other Latin-1 or punctuation unit, -2 for a unit only the plain path through the key handles.
 */
function keyUnitOf(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    return c >= 97 && c <= 122 ? c : -1;
  }
  if (c < 256) {
    if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
    return (c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba) ? c : -1;
  }
  return (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf) ? -1 : -2;
}

// `keyUnitOf` as a table up to the end of the punctuation it knows: one read instead of a chain of
// comparisons per code unit (the branches, not the hashing, are what a clause scan costs).
const KEY_UNITS = Int16Array.from({ length: 0x20d0 }, (_, c) => keyUnitOf(c));

function keyUnit(c: number): number {
  return c < 0x20d0 ? KEY_UNITS[c] : -2;
}

/** A clause's key in short: a 32-bit hash of it and its number of words. Equal keys, equal signatures. */
export interface ClauseSig {
  hash: number;
  words: number;
}

/** `hashKey` of `text.slice(start, end)`'s key and its number of words, read in place. */
export function clauseSig(text: string, start: number, end: number): ClauseSig {
  let h = FNV_OFFSET;
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const u = keyUnit(text.charCodeAt(i));
    if (u >= 0) {
      if (!inWord) {
        if (words > 0) h = Math.imul(h ^ SPACE, FNV_PRIME);
        words++;
        inWord = true;
      }
      h = Math.imul(h ^ u, FNV_PRIME);
    } else if (u === -1) inWord = false;
    else {
      const k = clauseKey(text.slice(start, end));
      return { hash: hashKey(k.key), words: k.words };
    }
  }
  return { hash: h >>> 0, words };
}

/**
 * Whether `text.slice(start, end)`'s key has at least `n` words, read in place and only as far as its
 * n-th word; undefined where a unit the in-place readers do not handle comes first (the caller reads the key).
 */
export function hasWords(text: string, start: number, end: number, n: number): boolean | undefined {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const u = keyUnit(text.charCodeAt(i));
    if (u >= 0) {
      if (!inWord) {
        if (++words >= n) return true;
        inWord = true;
      }
    } else if (u === -1) inWord = false;
    else return undefined;
  }
  return words >= n;
}

/**
 * Key characters read at each end of a clause for its edge signature: enough to tell almost every two
 * different clauses apart, a fraction of an average clause.
 */
const EDGE = 40;

/**
 * The edge signature of a key: a hash of its first EDGE characters and then of its last EDGE read
 * backwards (the whole key twice when it is shorter). Equal keys have equal edge signatures, so a clause
 * whose edge signature no other clause shares cannot be a duplicate.
 */
export function edgeSigOfKey(key: string): number {
  const n = Math.min(EDGE, key.length);
  let h = FNV_OFFSET;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  for (let i = key.length - 1; i >= key.length - n; i--) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/**
 * `edgeSigOfKey` of `text.slice(start, end)`'s key, read in place from both ends: about 2 * EDGE
 * characters of the clause instead of all of them. A unit the in-place readers do not handle, where it is
 * read, takes the plain path through the key (lower-casing is per unit elsewhere, so the ends of the key
 * do not depend on what lies between them).
 */
export function edgeSig(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  // Forward: the first EDGE characters of the key, a space before every word but the first.
  let n = 0;
  let inWord = false;
  let words = 0;
  for (let i = start; i < end && n < EDGE; i++) {
    const u = keyUnit(text.charCodeAt(i));
    if (u >= 0) {
      if (!inWord) {
        inWord = true;
        if (words++ > 0) {
          h = Math.imul(h ^ SPACE, FNV_PRIME);
          if (++n === EDGE) break;
        }
      }
      h = Math.imul(h ^ u, FNV_PRIME);
      n++;
    } else if (u === -1) inWord = false;
    else return edgeSigOfKey(clauseKey(text.slice(start, end)).key);
  }
  // Backward: the last n characters of the key (n is EDGE, or the whole key when it is shorter).
  let m = 0;
  inWord = false;
  let seen = false;
  for (let i = end - 1; i >= start && m < n; i--) {
    const u = keyUnit(text.charCodeAt(i));
    if (u >= 0) {
      if (!inWord) {
        inWord = true;
        if (seen) {
          h = Math.imul(h ^ SPACE, FNV_PRIME);
          if (++m === n) break;
        }
        seen = true;
      }
      h = Math.imul(h ^ u, FNV_PRIME);
      m++;
    } else if (u === -1) inWord = false;
    else return edgeSigOfKey(clauseKey(text.slice(start, end)).key);
  }
  return h >>> 0;
}

/** The FNV-1a hash (as an int32) of each word of a key, in order: the words a sentence is compared by. */
export function wordHashes(key: string): number[] {
  const out: number[] = [];
  if (!key) return out;
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === SPACE) {
      out.push(h);
      h = FNV_OFFSET;
    } else h = Math.imul(h ^ c, FNV_PRIME);
  }
  out.push(h);
  return out;
}

/** A list of int32 values in one typed array that grows: reused from sentence to sentence, or filled once per article. */
export class Int32List {
  values = new Int32Array(64);
  length = 0;

  push(h: number): void {
    if (this.length === this.values.length) this.grow(this.length + 1);
    this.values[this.length++] = h;
  }

  /** Makes room for `n` values in all. */
  grow(n: number): void {
    if (n <= this.values.length) return;
    const more = new Int32Array(Math.max(n, 2 * this.values.length));
    more.set(this.values.subarray(0, this.length));
    this.values = more;
  }

  /** A copy of the values, as an array. */
  toArray(): number[] {
    return Array.from(this.values.subarray(0, this.length));
  }
}

/** The hashes of a sentence's words, written into one buffer that is reused from sentence to sentence. */
export class WordHashes extends Int32List {
  get hashes(): Int32Array {
    return this.values;
  }
}

/** A sentence as the near-duplicate pass compares it (its words aside); hashes as `hashKey` gives them. */
export interface SentenceSig {
  /** `hashKey` of its key. */
  key: number;
  /** `hashKey` of its runs of digits joined by single spaces ("14 2 500"), or undefined without any. */
  numbers: number | undefined;
  /** `hashKey` of "key#numbers", or of the key alone without numbers: equal words and numbers, equal hashes. */
  whole: number;
}

/** The numbers of a text: its runs of ASCII digits joined by single spaces ('' without any). */
export function numbersOf(text: string): string {
  return (text.match(/\d+/g) ?? []).join(' ');
}

/** `SentenceSig` and the `wordHashes` of its key by their definition: through the key and the numbers as strings. */
export function sentenceSigOfText(text: string): SentenceSig & { words: number[] } {
  const key = normaliseClause(text);
  const numbers = numbersOf(text);
  return { words: wordHashes(key), key: hashKey(key), numbers: numbers ? hashKey(numbers) : undefined, whole: hashKey(numbers ? `${key}#${numbers}` : key) };
}

// Runs of digits of the sentence being read (start and end per run), reused from sentence to sentence.
let digitRuns = new Int32Array(64);

/**
 * `sentenceSigOfText(text.slice(start, end))`, read in place, its word hashes into `words`: one pass hashes
 * the key word by word and the numbers; the numbers are read once more only to go after the key in the
 * whole hash.
 */
export function sentenceSig(text: string, start: number, end: number, words: WordHashes): SentenceSig {
  words.length = 0;
  let key = FNV_OFFSET;
  let word = FNV_OFFSET;
  let count = 0;
  let inWord = false;
  let runs = 0;
  let inDigits = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const u = keyUnit(c);
    if (u >= 0) {
      if (!inWord) {
        if (count++ > 0) {
          words.push(word);
          key = Math.imul(key ^ SPACE, FNV_PRIME);
        }
        word = FNV_OFFSET;
        inWord = true;
      }
      word = Math.imul(word ^ u, FNV_PRIME);
      key = Math.imul(key ^ u, FNV_PRIME);
    } else if (u === -1) inWord = false;
    else {
      const { words: plain, ...sig } = sentenceSigOfText(text.slice(start, end));
      words.length = 0;
      for (const h of plain) words.push(h);
      return sig;
    }
    const digit = c >= 48 && c <= 57;
    if (digit !== inDigits) {
      if (digit) {
        if (2 * runs + 2 > digitRuns.length) {
          const more = new Int32Array(2 * digitRuns.length);
          more.set(digitRuns);
          digitRuns = more;
        }
        digitRuns[2 * runs] = i;
      } else digitRuns[2 * runs++ + 1] = i;
      inDigits = digit;
    }
  }
  if (inDigits) digitRuns[2 * runs++ + 1] = end;
  if (count > 0) words.push(word);
  if (!runs) return { key: key >>> 0, numbers: undefined, whole: key >>> 0 };
  let numbers = FNV_OFFSET;
  let whole = Math.imul(key ^ NUMBERS_MARK, FNV_PRIME);
  for (let r = 0; r < runs; r++) {
    if (r) {
      numbers = Math.imul(numbers ^ SPACE, FNV_PRIME);
      whole = Math.imul(whole ^ SPACE, FNV_PRIME);
    }
    for (let i = digitRuns[2 * r]; i < digitRuns[2 * r + 1]; i++) {
      const c = text.charCodeAt(i);
      numbers = Math.imul(numbers ^ c, FNV_PRIME);
      whole = Math.imul(whole ^ c, FNV_PRIME);
    }
  }
  return { key: key >>> 0, numbers: numbers >>> 0, whole: whole >>> 0 };
}

/** Words per shingle: three keeps word order without letting one changed word sink the match. */
export const SHINGLE = 3;
// Shingle hashes are kept to 30 bits: small integers to the engine, which a Map hashes without a heap number.
const SMALL = 0x3fffffff;

/** The hash of the SHINGLE words from `i` on: the order of the words counts; a final mix spreads the bits. */
function shingleAt(words: ArrayLike<number>, i: number): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ words[i + k], FNV_PRIME);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & SMALL;
}

/** The distinct hashes of the runs of SHINGLE words, ascending, by their definition (a Set and a sort). */
export function shinglesOfPlain(words: readonly number[]): number[] {
  const all = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) all.add(shingleAt(words, i));
  return [...all].sort((a, b) => a - b);
}

// The shingles of the sentence being read, reused from sentence to sentence.
const scratch = new Int32List();

/** `shinglesOfPlain` of the first `count` words, as an array (see `shinglesInto`). */
export function shinglesOf(words: ArrayLike<number>, count = words.length): number[] {
  scratch.length = 0;
  shinglesInto(words, count, scratch);
  return scratch.toArray();
}

/**
 * Appends to `out` `shinglesOfPlain` of the first `count` words, and returns how many: built and sorted in
 * place at the end of `out` (no string per shingle, no Set, no array per sentence), so that the sentences of
 * an article keep their shingles in one typed array.
 */
export function shinglesInto(words: ArrayLike<number>, count: number, out: Int32List): number {
  const n = Math.max(0, count - SHINGLE + 1);
  const base = out.length;
  out.grow(base + n);
  const all = out.values;
  for (let i = 0; i < n; i++) all[base + i] = shingleAt(words, i);
  // A sentence's few dozen shingles sort faster by insertion than through a view and the built-in sort.
  if (n > 48) all.subarray(base, base + n).sort();
  else
    for (let i = base + 1; i < base + n; i++) {
      const x = all[i];
      let j = i - 1;
      for (; j >= base && all[j] > x; j--) all[j + 1] = all[j];
      all[j + 1] = x;
    }
  // Each value once.
  let d = base;
  for (let i = base; i < base + n; i++) if (i === base || all[i] !== all[d - 1]) all[d++] = all[i];
  out.length = d;
  return d - base;
}
