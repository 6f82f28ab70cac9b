// Literal gates: the lower-case words a rule's patterns cannot match without, found in one pass per
// block, and the patterns tried only where those words occur.
import type { Block } from '../model/types';
import { WordAutomaton } from './wordAutomaton';
import { firstAtLeast } from './search';
import { gateRecorder, gatesOpen } from './gates';

const lowerCache = new WeakMap<Block, string>();

/**
 * The block's text in lower case, for literal gates: `lowerOf(b).includes('opschort')` before a /i
 * pattern that needs that word. Long s (U+017F) becomes "s", as /iu case folding sees it (the Kelvin
 * sign already lower-cases to "k"). Offsets may differ from the text's (U+0130 lower-cases to two
 * units), so use it to decide whether to look, never where.
 */
function lowerOf(block: Block): string {
  let out = lowerCache.get(block);
  if (out === undefined) {
    out = lowerForGates(block.text);
    lowerCache.set(block, out);
  }
  return out;
}

export function lowerForGates(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017f') ? lower.replace(/\u017f/g, 's') : lower;
}

// ---- Literal gates -------------------------------------------------------------------------------
// Rules register the lower-case words their patterns cannot match without (`triggerWords`). One
// pass per block finds every registered word, case-insensitively (text/wordAutomaton.ts: an
// Aho-Corasick automaton over code units that folds case itself), and a rule then runs its patterns
// only in blocks, or only at places, where one of its words occurs. Each rule's test proves that its
// patterns imply its words.
//
// Words come in groups, one pass per group, made on a block when a rule first asks about one of the
// group's words. Rules that run for one audience only put their words in a group of their own (the
// consumer lists: 'b2c'), so an analysis for the other audience never scans for them.

/** The group of the words of rules that run for every audience. */
export const COMMON_TRIGGERS = 'common';

interface TriggerGroup {
  name: string;
  words: string[];
  /** Word → id (from triggerWords). */
  ids: Map<string, number>;
  automaton?: WordAutomaton;
}

const groups: TriggerGroup[] = [];
/** For each id from triggerWords: the index of its group, and its index among the group's words. */
const groupOfId: number[] = [];
const wordOfId: number[] = [];

function groupIndex(name: string): number {
  let g = groups.findIndex((x) => x.name === name);
  if (g < 0) g = groups.push({ name, words: [], ids: new Map() }) - 1;
  return g;
}

/** Registers lower-case words (no white space) for gates, in a group; returns their ids. Call at module load. */
export function triggerWords(words: string[], group = COMMON_TRIGGERS): number[] {
  const g = groupIndex(group);
  const grp = groups[g];
  return words.map((w) => {
    let id = grp.ids.get(w);
    if (id === undefined) {
      if (!w || w !== lowerForGates(w)) throw new Error(`trigger word must be lower case: ${JSON.stringify(w)}`);
      id = groupOfId.length;
      groupOfId.push(g);
      wordOfId.push(grp.words.length);
      grp.ids.set(w, id);
      grp.words.push(w);
      grp.automaton = undefined;
    }
    return id;
  });
}

/**
 * The gate words of a list of literal phrases that a pattern matches with blanks ([ \t]+) between their
 * words: each phrase's first word, with the blank after it when more words follow ("ten " for "ten
 * behoeve van", so that every "ten" in a draft is no place to try). Every match starts with one of them.
 */
export function phraseStartWords(phrases: readonly string[]): string[] {
  return [
    ...new Set(
      phrases.flatMap((p) => {
        const [first, ...rest] = lowerForGates(p).split(' ');
        return rest.length ? [`${first} `, `${first}\t`] : [first];
      }),
    ),
  ];
}

/** The words registered in a group, by their index there (for tests and measurements). */
export function registeredTriggerWords(group = COMMON_TRIGGERS): readonly string[] {
  return groups.find((x) => x.name === group)?.words ?? [];
}

export interface BlockTriggers {
  /** Positions of each word of the group (by index there), ascending; offsets in the block's text when `exact`. */
  hits: number[][];
  /** False when lower-casing changed the text's length: positions are then unusable, gates still hold. */
  exact: boolean;
  words: number;
}

const triggerCache = new WeakMap<Block, Array<BlockTriggers | undefined>>();

/**
 * Every occurrence of every word of the group in the block, as a search in lowerOf(block) finds them
 * (overlaps included). The automaton reads the text itself unless it holds a unit whose lower case
 * is not one unit of its own (U+0130, and capital sigma when a word needs a sigma); then it reads
 * the lower-cased text, whose offsets may differ (`exact`).
 */
export function triggersOf(block: Block, group: string | number = COMMON_TRIGGERS): BlockTriggers {
  const g = typeof group === 'number' ? group : groupIndex(group);
  let perGroup = triggerCache.get(block);
  if (!perGroup) triggerCache.set(block, (perGroup = []));
  const grp = groups[g];
  let out = perGroup[g];
  if (!out || out.words !== grp.words.length) {
    const automaton = (grp.automaton ??= new WordAutomaton(grp.words.slice()));
    const text = block.text;
    let hits = automaton.find(text);
    let exact = true;
    if (!hits) {
      const lower = lowerOf(block);
      hits = automaton.find(lower, true)!;
      exact = lower.length === text.length;
    }
    out = { hits, exact, words: grp.words.length };
    perGroup[g] = out;
  }
  return out;
}

/** The groups whose pass has been made on the block (for tests). */
export function scannedTriggerGroups(block: Block): string[] {
  const perGroup = triggerCache.get(block) ?? [];
  return groups.filter((_, g) => perGroup[g]).map((x) => x.name);
}

/** The positions of the word with this id (from triggerWords) in the block. */
export function hitsOf(block: Block, id: number): { at: number[]; exact: boolean } {
  const t = triggersOf(block, groupOfId[id]);
  return { at: t.hits[wordOfId[id]], exact: t.exact };
}

/** Whether any of the words (ids from triggerWords) occurs in the block, case-insensitively. */
export function hasTrigger(block: Block, ids: number[]): boolean {
  if (gatesOpen()) return true;
  let g = -1;
  let t: BlockTriggers | undefined;
  for (const id of ids) {
    // One cache lookup per group, not per word (ids of one rule are nearly always in one group).
    if (groupOfId[id] !== g) t = triggersOf(block, (g = groupOfId[id]));
    if (t!.hits[wordOfId[id]].length) return true;
  }
  return false;
}

/**
 * Whether any of the words (ids from triggerWords) may occur in block.text[from, to): false only when
 * none starts there. When lower-casing changed the block's length, positions are unusable: true.
 */
export function hasTriggerIn(block: Block, ids: number[], from: number, to: number): boolean {
  if (gatesOpen()) return true;
  let g = -1;
  let t: BlockTriggers | undefined;
  for (const id of ids) {
    if (groupOfId[id] !== g) t = triggersOf(block, (g = groupOfId[id]));
    const at = t!.hits[wordOfId[id]];
    if (!at.length) continue;
    if (!t!.exact) return true;
    const k = firstAtLeast(at, from);
    if (k < at.length && at[k] < to) return true;
  }
  return false;
}

/** The first `limit` matches of the global regex `re` in text, as a plain exec loop finds them. */
function plainMatches(text: string, re: RegExp, limit: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
    out.push(m);
    if (!m[0].length) re.lastIndex++;
  }
  return out;
}

/**
 * Every match of the global regex `re` in the block, as a plain scan finds them, or none when the block
 * holds none of the words (ids from triggerWords): the gate of a rule that reads a whole article once it
 * has one of its words. rules/gates.proof.test.ts proves from `re` that every match holds one.
 */
export function matchesIn(block: Block, re: RegExp, ids: number[]): RegExpExecArray[] {
  if (gatesOpen()) return plainMatches(block.text, re, Infinity);
  gateRecorder()?.({ pattern: re, words: wordsOf(ids) });
  return hasTrigger(block, ids) ? plainMatches(block.text, re, Infinity) : [];
}

function wordsOf(ids: number[]): string[] {
  return ids.map((id) => groups[groupOfId[id]].words[wordOfId[id]]);
}

/**
 * A `canStart` test for matchesNear, for a /iu pattern that begins with the look-behind (?<![\p{L}]) and
 * whose every match starts with one of `firsts` (lower-case ASCII letters): false at an ASCII unit that is
 * none of them in either case, and right after an ASCII letter. Any other unit may start a match (long s
 * folds to "s", the Kelvin sign to "k").
 */
export function asciiStarts(firsts: string): (text: string, at: number) => boolean {
  const ok = new Uint8Array(128);
  for (const c of firsts) {
    if (!/^[a-z]$/.test(c)) throw new Error(`not a lower-case ASCII letter: ${JSON.stringify(c)}`);
    ok[c.charCodeAt(0)] = ok[c.charCodeAt(0) - 32] = 1;
  }
  return (text, at) => {
    const c = text.charCodeAt(at);
    if (c < 128 && !ok[c]) return false;
    const p = text.charCodeAt(at - 1) | 32;
    return !(p >= 97 && p <= 122);
  };
}

const stickyCopies = new WeakMap<RegExp, RegExp>();
export function stickyCopy(re: RegExp): RegExp {
  let s = stickyCopies.get(re);
  if (!s) stickyCopies.set(re, (s = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'y')));
  return s;
}

/**
 * Every match of the global regex `re` in the block's text, the same and in the same order as
 * `for (m = re.exec(text); m; m = re.exec(text))`, provided that every match holds one of the words
 * (ids) starting at most `back` code units after the match's start. Tries `re` only at those places,
 * and, with `canStart`, only where that cheap test (a necessary condition for a match to start at
 * `at`, e.g. the pattern's look-behind) passes. Stops after `limit` matches (the first ones).
 */
export function matchesNear(
  block: Block,
  re: RegExp,
  ids: number[],
  back: number,
  canStart?: (text: string, at: number) => boolean,
  limit = Infinity,
): RegExpExecArray[] {
  if (gatesOpen()) return plainMatches(block.text, re, limit);
  gateRecorder()?.({ pattern: re, words: wordsOf(ids), back });
  const out: RegExpExecArray[] = [];
  // The positions of the words that occur, one cache lookup per group (not an object per word).
  const found: number[][] = [];
  let exact = true;
  let g = -1;
  let t: BlockTriggers | undefined;
  for (const id of ids) {
    if (groupOfId[id] !== g) t = triggersOf(block, (g = groupOfId[id]));
    const at = t!.hits[wordOfId[id]];
    if (at.length) {
      found.push(at);
      // Lower-casing changes the length of the whole text or of none of it, for every group alike.
      exact = t!.exact;
    }
  }
  if (!found.length) return out;
  const text = block.text;
  if (!exact) return plainMatches(text, re, limit);
  const sticky = stickyCopy(re);
  let next = 0; // first position not tried yet (or past the last match)
  // The words' positions in ascending order: a merge of the sorted lists (a few words, each with few
  // hits), cheaper than concatenating them and sorting with a comparator.
  const heads = found.length > 1 ? new Array<number>(found.length).fill(0) : undefined;
  for (let k = 0; ; ) {
    let h: number;
    if (!heads) {
      if (k === found[0].length) break;
      h = found[0][k++];
    } else {
      let best = -1;
      h = 0;
      for (let f = 0; f < found.length; f++) {
        const i = heads[f];
        if (i < found[f].length && (best < 0 || found[f][i] < h)) {
          h = found[f][i];
          best = f;
        }
      }
      if (best < 0) break;
      heads[best]++;
    }
    for (let s = Math.max(next, h - back); s <= h; s++) {
      if (canStart && !canStart(text, s)) {
        next = s + 1;
        continue;
      }
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m) {
        if (out.push(m) >= limit) return out;
        next = m[0].length ? s + m[0].length : s + 1;
        break;
      }
      next = s + 1;
    }
  }
  return out;
}
