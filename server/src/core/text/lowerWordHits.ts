// Lower-case words of a text that are among given keys, found without a branch per letter (the scan of
// definitie-hoofdletter, which reads every article for every defined term). lowerWordHits.reference.ts holds
// the plain regex it must equal, and lowerWordHits.test.ts holds the two together.

/** /[a-zß-öø-ÿ]/ on one code unit: what starts a lower-case word. */
function isLowerUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/**
 * Per code unit: -1 for a letter of a lower-case word ([a-zß-öø-ÿ]), -64 for an apostrophe (which a word
 * holds but cannot start with), else 0. The sign says "in a run"; the size counts a run's length, in which
 * an apostrophe weighs more than any key is long, so a run that holds one is always read again.
 */
const RUN_UNIT = new Int8Array(0x10000);
for (let c = 0; c < 0x100; c++) if (isLowerUnit(c)) RUN_UNIT[c] = -1;
RUN_UNIT[39] = RUN_UNIT[0x2019] = -64;

/** The hash of a run of word units as `lowerWordHits` computes it while it reads (int32 throughout). */
function runHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * The matches of /[a-zß-öø-ÿ][a-zß-öø-ÿ'’]{1,40}/g in `text` between `from` and `to` that are one of the
 * `keys`. Read in runs of word units ([a-zß-öø-ÿ'’]) without a branch per letter: the run's hash and
 * weighed length are kept by arithmetic, and at its end one read of the key filter says whether it can be
 * a key. A run without an apostrophe and at most 41 long is one match, itself; only such a run that the
 * filter lets through, or any other run, is read again by `lowerWordHitsPlain`. What the regex sees inside
 * one run does not depend on anything outside it: a run starts after a unit that is no word unit, or at
 * `from`.
 */
export function lowerWordHits(text: string, from: number, to: number, keys: KeyTable, push: (index: number, word: string) => void): void {
  const { filter } = keys;
  // Ends of the runs to read again, collected first: a call inside the loop would slow every step of it.
  const ends: number[] = [];
  let h = 0;
  let len = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const u = RUN_UNIT[c];
    const keep = u >> 7; // -1 in a run, 0 outside
    // 0 only where a run has just ended: the filter is read in its lower half, and a weighed length over
    // 41 counts as a hit. Elsewhere the read falls in the upper half, all zeros.
    const closed = (keep & 1) | ((len - 1) >>> 31);
    if ((filter[(h & FILTER_MASK) | (closed << FILTER_BITS)] | (((41 - len) >>> 31) & (closed ^ 1))) !== 0) ends.push(i);
    h = (Math.imul(h, 31) + c) & keep;
    // Capped far above any key, so that no run, however long, can overflow it.
    len = Math.min(len - u, 0x100000) & keep;
  }
  if (len > 0 && (filter[h & FILTER_MASK] | (len > 41 ? 1 : 0)) !== 0) ends.push(to);
  for (const end of ends) readRun(text, from, end, keys, push);
}

/** The run of word units that ends at `end` (and starts no earlier than `from`), read by the plain scanner. */
function readRun(text: string, from: number, end: number, keys: KeyTable, push: (index: number, word: string) => void): void {
  let start = end;
  while (start > from && RUN_UNIT[text.charCodeAt(start - 1)] !== 0) start--;
  lowerWordHitsPlain(text, start, end, keys, push);
}

const FILTER_BITS = 12;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** The matches of the same regex that are keys, read code unit by code unit: a substring only for a hit. */
export function lowerWordHitsPlain(text: string, from: number, to: number, keys: KeyTable, push: (index: number, word: string) => void): void {
  const { lists } = keys;
  let i = from;
  while (i < to - 1) {
    const c = text.charCodeAt(i);
    if (!isLowerUnit(c)) {
      i++;
      continue;
    }
    const lim = Math.min(to, i + 41);
    let j = i + 1;
    for (let d = text.charCodeAt(j); j < lim && (isLowerUnit(d) || d === 39 || d === 0x2019); d = text.charCodeAt(++j));
    if (j - i < 2) {
      i++;
      continue;
    }
    const code = c * 64 + (j - i);
    const list = lists.get(code);
    if (list) {
      for (const k of list) {
        if (text.startsWith(k, i)) {
          push(i, k);
          break;
        }
      }
    }
    i = j;
  }
}

export interface KeyTable {
  /** By first code unit * 64 + length (a small integer). Only runs the filter lets through are looked up. */
  lists: Map<number, string[]>;
  /**
   * By run hash & FILTER_MASK: 1 where a key made of letters only (no apostrophe) may be. The upper half
   * stays 0: `lowerWordHits` reads there inside a run.
   */
  filter: Uint8Array;
}

/** Keys by first code unit and length, for `lowerWordHits`: its words start below U+0100 and are at most 41 long. */
export function keyTable(keys: Iterable<string>): KeyTable {
  const lists = new Map<number, string[]>();
  const filter = new Uint8Array(2 << FILTER_BITS);
  for (const k of keys) {
    if (!k.length || k.length > 41 || k.charCodeAt(0) > 0xff) continue;
    const code = k.charCodeAt(0) * 64 + k.length;
    const list = lists.get(code);
    if (list) list.push(k);
    else lists.set(code, [k]);
    // A key with an apostrophe is found in the runs that hold one, which are all read again anyway; a
    // key with any other non-word unit is never a match.
    filter[runHash(k) & FILTER_MASK] = 1;
  }
  return { lists, filter };
}
