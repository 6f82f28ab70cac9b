// Near-duplicates for bepaling-dubbel: sentences that repeat an earlier one with small changes in
// wording, compared as sets of word shingles (Jaccard similarity). Each article's sentences are read once
// and remembered with the article's text (words, numbers, shingles); the draft-wide pairing groups
// sentences by wording, then indexes only the rarest shingles of each wording (a prefix filter), so it
// costs in proportion to the wordings that can match, not to all pairs. The index of wordings and their
// rewordings is kept between analyses (text/rewordingIndex.ts): an edit re-indexes what it changed.
import type { Block } from '../model/types';
import { refersBack } from '../text/backReference';
import { sentencesOf } from '../text/pieces';
import type { RuleContext } from '../kit/rule';
import { Int32List, sentenceSig, shinglesInto, wordHashes, WordHashes } from '../text/clauseKey';
import { RewordingIndex, type Wording } from '../text/rewordingIndex';

/** Fewer words than this is a phrase, not a clause worth comparing... */
export const NEAR_MIN_WORDS = 8;
/** ...and a sentence that is not repeated word for word must be longer still: in a short one, a few
 * shared words are a shared formula ("op basis van"), not a repeated rule. */
export const NEAR_MIN_WORDS_CHANGED = 10;
/**
 * Similarity from which two sentences are one clause written twice. Measured on fixtures: a clause
 * repeated with a word or two inserted or dropped scores 0.8 and more; a parallel clause for another
 * party or another object (one word swapped in a sentence of fifteen words) scores 0.6 to 0.7, and
 * those are deliberate. See bepaling-dubbel.test.ts.
 */
export const NEAR_THRESHOLD = 0.75;

const newIndex = () => new RewordingIndex(NEAR_THRESHOLD, NEAR_MIN_WORDS_CHANGED);

// Hashes are kept to 30 bits: small integers to the engine, which a Map hashes without a heap number.
const SMALL = 0x3fffffff;
// Contexts go in one set with numbers, above them.
const NUMBER_SPACE = 2 ** 30;

/** The clause number or list mark that opens a paragraph: not part of the sentence a reader compares. */
export const LEAD = /^(?:\d{1,4}(?:\.\d{1,4}){0,5}\.?|\(?[a-z]{1,2}[.)]|[-*+•])[ \t\r\n]+/;

export interface SentenceShingles {
  /** Offsets within the block. */
  start: number;
  end: number;
  /**
   * Its distinct shingle hashes, ascending (for the merge that counts shared shingles), are
   * `shingles[from, to)`: the sentences of an article keep theirs in one typed array.
   */
  shingles: Int32Array;
  from: number;
  to: number;
  /** Its number of normalised words. */
  words: number;
  /** Hash of its normalised words: equal hashes (and shingles), the same wording. */
  wordKey: number;
  /** Hash of its numbers in order ("14 dagen", "€ 2.500"): 0 without any. */
  numbers: number;
  /** Key of the sentence before it in the article (0 at the start), for a sentence that refers back. */
  before: number;
  refersBack: boolean;
  /** How many negations it holds ("niet", "geen" ...): a rewording that adds or drops one says the opposite. */
  negations: number;
  /** Its wording in the rewording index (set there). */
  wording?: Wording;
}

// The word hashes of the sentence being read, and the shingles of the article being read.
const words = new WordHashes();
const pool = new Int32List();
const NO_SHINGLES = new Int32Array(0);

// The words that turn a statement into its opposite, as word hashes...
const NEGATIONS = Int32Array.from(wordHashes('niet geen nooit nimmer niets noch'));
// ...except "niet" before these: "(maar) niet beperkt tot", "niet alleen ... maar ook" widen a rule, they do not deny it.
const [NIET] = wordHashes('niet');
const WIDENING = Int32Array.from(wordHashes('beperkt uitsluitend alleen slechts enkel limitatief'));

/** Whether a few hashes hold h: a scan of six, quicker than a Set lookup for every word of the draft. */
function among(hashes: Int32Array, h: number): boolean {
  for (let k = 0; k < hashes.length; k++) if (hashes[k] === h) return true;
  return false;
}

function negationsIn(hashes: Int32Array, count: number): number {
  let n = 0;
  for (let i = 0; i < count; i++) if (among(NEGATIONS, hashes[i]) && !(hashes[i] === NIET && i + 1 < count && among(WIDENING, hashes[i + 1]))) n++;
  return n;
}

/** The sentences of a block with enough words; a sentence the piece limit cut in two is read whole. */
export function blockShingles(block: Block): SentenceShingles[] {
  const out: SentenceShingles[] = [];
  const pieces = sentencesOf(block);
  pool.length = 0;
  let before = 0;
  for (let p = 0; p < pieces.length; p++) {
    const start = pieces[p].start;
    let end = pieces[p].end;
    while (pieces[p].continues && p + 1 < pieces.length) end = pieces[++p].end;
    // The clause number that opens a paragraph is not part of the sentence a reader compares.
    const lead = LEAD.exec(block.text.slice(start, end))?.[0].length ?? 0;
    // Its words and numbers, hashed in place.
    const sig = sentenceSig(block.text, start + lead, end, words);
    const previous = before;
    before = sig.whole & SMALL;
    if (words.length < NEAR_MIN_WORDS) continue;
    const from = pool.length;
    shinglesInto(words.hashes, words.length, pool);
    out.push({
      start: start + lead,
      end,
      shingles: NO_SHINGLES,
      from,
      to: pool.length,
      words: words.length,
      wordKey: sig.key & SMALL,
      numbers: sig.numbers === undefined ? 0 : sig.numbers & SMALL,
      before: previous,
      refersBack: refersBack(block.text.slice(start + lead, end)),
      negations: negationsIn(words.hashes, words.length),
      wording: undefined,
    });
  }
  // One array at its length for the article, kept with it.
  const shingles = pool.values.slice(0, pool.length);
  for (const s of out) s.shingles = shingles;
  return out;
}

export interface NearPair {
  /** Document offsets of the later sentence and of the earlier one it repeats. */
  later: { start: number; end: number };
  earlier: { start: number; end: number };
  similarity: number;
}

/**
 * The sentences of each wording (the same words, numbers aside) in this analysis, by the wording's order:
 * its first sentence, whose length and reference back stand for all, and the first sentence per numbers
 * and per numbers and sentence before (for one that refers back), made only for a wording whose sentences
 * differ from its first in them. Sentences are added in document order; they may be those of some
 * wordings only (after an edit, the wordings whose pairs are found again and those they may pair with).
 */
class Groups {
  private readonly first: Int32Array;
  private byNumbers?: Map<number, Map<number, number>>;
  private byContext?: Map<number, Map<number, number>>;

  constructor(
    private readonly all: readonly SentenceShingles[],
    wordings: number,
  ) {
    this.first = new Int32Array(wordings).fill(-1);
  }

  /** Sentence i, of wording order g: the first of its group, or a member. */
  add(g: number, i: number): void {
    const f = this.first[g];
    if (f < 0) {
      this.first[g] = i;
      return;
    }
    const first = this.all[f];
    const s = this.all[i];
    if (s.numbers !== first.numbers) addFirst((this.byNumbers ??= new Map()), g, first.numbers, f, s.numbers, i);
    const c = contextOf(s);
    if (c !== contextOf(first)) addFirst((this.byContext ??= new Map()), g, contextOf(first), f, c, i);
  }

  /** The first sentence of group g, or undefined. */
  firstOf(g: number): number | undefined {
    return this.first[g] < 0 ? undefined : this.first[g];
  }

  /** The first sentence of group g with these numbers, or undefined. */
  firstWithNumbers(g: number, numbers: number): number | undefined {
    const f = this.first[g];
    if (f < 0) return undefined;
    const by = this.byNumbers?.get(g);
    return by ? by.get(numbers) : this.all[f].numbers === numbers ? f : undefined;
  }

  /** The first sentence of group g with this context (numbers and sentence before), or undefined. */
  firstWithContext(g: number, context: number): number | undefined {
    const f = this.first[g];
    if (f < 0) return undefined;
    const by = this.byContext?.get(g);
    return by ? by.get(context) : contextOf(this.all[f]) === context ? f : undefined;
  }

  /**
   * The first sentence of group g that says the same as sentence i: the same numbers, and, where either
   * refers back, after the same sentence ("Deze informatie omvat ..." after another sentence is about
   * other information).
   */
  firstLike(g: number, i: number): number | undefined {
    const s = this.all[i];
    const f = this.first[g];
    const first = this.all[f];
    if (s.refersBack || first.refersBack) {
      const c = contextOf(s);
      const by = this.byContext?.get(g);
      return by ? by.get(c) : contextOf(first) === c ? f : undefined;
    }
    const by = this.byNumbers?.get(g);
    return by ? by.get(s.numbers) : first.numbers === s.numbers ? f : undefined;
  }
}

// Numbers and the sentence before, as one number (a hash combination: a clash only merges two contexts).
const contextOf = (s: SentenceShingles) => (s.numbers ^ Math.imul(s.before, 0x9e3779b1)) & SMALL;

/** Records sentence i as the first of group g with `value`, unless one before it is; the group's first is made known first. */
function addFirst(maps: Map<number, Map<number, number>>, g: number, firstValue: number, first: number, value: number, i: number): void {
  let m = maps.get(g);
  if (!m) maps.set(g, (m = new Map([[firstValue, first]])));
  if (!m.has(value)) m.set(value, i);
}

/** Sentence i's earlier sentence in group g that says the same, or -1. */
function earlierLike(groups: Groups, g: number, i: number): number {
  const j = groups.firstLike(g, i);
  return j !== undefined && j < i ? j : -1;
}

// Marks of the wordings in articlesAgain, by their order in the analysis.
const GROUPED = 1;
const DIRTY = 2;
const TOUCHED = 4;
const NEAR_MARKED = 8;
const WANTED = 16;

interface Sentences {
  all: readonly SentenceShingles[];
  groupOf: Int32Array;
  firstOf: readonly number[];
  wordings: readonly Wording[];
  stamp: number;
}

/**
 * Marks in `redo` the articles, besides the edited ones, whose pairs an edit can change, and adds to `groups`
 * the sentences their pairs are found among. `changed` holds the sentences the edit added and removed (all
 * at or after sentence `middle`: the articles before it are where they were).
 */
function articlesAgain(redo: Uint8Array, groups: Groups, { all, groupOf, firstOf, wordings, stamp }: Sentences, changed: readonly SentenceShingles[], middle: number): void {
  const marks = new Uint8Array(wordings.length);
  // Values (numbers, or contexts above NUMBER_SPACE) whose first sentence in a group may now be another.
  const changedValues = new Map<number, Set<number>>();
  // The wordings of the changed sentences that still have sentences (one that has none lost its similar
  // wordings, which the index relinked), grouped as they are now.
  const current = (s: SentenceShingles) => (s.wording && s.wording.generation === stamp ? s.wording : undefined);
  for (const s of changed) {
    const w = current(s);
    if (w) marks[w.order] |= GROUPED;
  }
  for (let i = 0; i < all.length; i++) if (marks[groupOf[i]] & GROUPED) groups.add(groupOf[i], i);
  const markNear = (w: Wording) => {
    if (w.near) for (const v of w.near.keys()) marks[v.order] |= NEAR_MARKED;
  };
  const dirty = (w: Wording) => {
    marks[w.order] |= DIRTY;
    markNear(w);
  };
  // A group changed where its first sentence, or its first with a sentence's numbers or context, may now be
  // another: one not before `middle` (a first there was the first before the edit too).
  const before = (j: number | undefined) => j !== undefined && j < middle;
  for (const s of changed) {
    const w = current(s);
    if (!w || marks[w.order] & DIRTY) continue;
    if (!before(groups.firstOf(w.order))) {
      dirty(w);
      continue;
    }
    const numbersSame = before(groups.firstWithNumbers(w.order, s.numbers));
    const contextSame = before(groups.firstWithContext(w.order, contextOf(s)));
    if (numbersSame && contextSame) continue;
    let values = changedValues.get(w.order);
    if (!values) {
      changedValues.set(w.order, (values = new Set()));
      marks[w.order] |= TOUCHED;
      markNear(w);
    }
    if (!numbersSame) values.add(s.numbers);
    if (!contextSame) values.add(contextOf(s) + NUMBER_SPACE);
  }
  for (const w of wordings) if (w.relinked === stamp) dirty(w);
  // Whether a sentence's pair may change with group g.
  const hit = (g: number, s: SentenceShingles) => {
    if (marks[g] & DIRTY) return true;
    if (!(marks[g] & TOUCHED)) return false;
    const values = changedValues.get(g)!;
    return values.has(s.numbers) || values.has(contextOf(s) + NUMBER_SPACE);
  };
  for (let b = 0; b < redo.length; b++) {
    if (redo[b]) continue;
    scan: for (let i = firstOf[b]; i < firstOf[b + 1]; i++) {
      const g = groupOf[i];
      const w = wordings[g];
      if (w.relinked === stamp || hit(g, all[i])) {
        redo[b] = 1;
        break;
      }
      if (marks[g] & NEAR_MARKED && w.near)
        for (const v of w.near.keys())
          if (hit(v.order, all[i])) {
            redo[b] = 1;
            break scan;
          }
    }
  }
  // The groups the articles read again compare with: their sentences' wordings and those similar to them.
  let more = false;
  const want = (w: Wording) => {
    if (marks[w.order] & (GROUPED | WANTED)) return;
    marks[w.order] |= WANTED;
    more = true;
  };
  for (let b = 0; b < redo.length; b++) {
    if (!redo[b]) continue;
    for (let i = firstOf[b]; i < firstOf[b + 1]; i++) {
      const w = wordings[groupOf[i]];
      want(w);
      if (w.near) for (const v of w.near.keys()) want(v);
    }
  }
  if (more) for (let i = 0; i < all.length; i++) if (marks[groupOf[i]] & WANTED) groups.add(groupOf[i], i);
}

/** A sentence's pair in an article's terms: its place there, and the earlier sentence's article and place. */
export interface LocalPair {
  later: number;
  /** The article's position among the blocks of the analysis that found the pair. */
  earlierBlock: number;
  earlier: number;
  similarity: number;
}

/**
 * What an analysis found, kept for the next: each article's sentences and the pairs of its sentences (an
 * article whose pairs the edit cannot change keeps the same array).
 */
export interface Found {
  facts: SentenceShingles[][];
  pairs: ReadonlyArray<readonly LocalPair[]>;
}

/**
 * Each sentence that repeats an earlier one: word for word, or the most similar rewording at or above
 * the threshold. Sentences with the same words are grouped first, so the similarity search runs over
 * distinct wordings (few, in a draft that repeats its formulas), and its prefix filter over those.
 *
 * After an edit the pairs are found again only for the articles that hold a sentence whose pairs the edit
 * can change: one in an edited article, or one whose wording, or a wording similar to it, gained or lost a
 * sentence or a similar wording. The other articles keep the pairs they had: their sentences, and all
 * earlier sentences of their wordings and of the wordings similar to them, are where they were.
 */
export function pairsByArticle(blocks: Block[], ctx: RuleContext): Found {
  const memo = ctx.memo?.<SentenceShingles[]>('bepaling-dubbel:shingles');
  const facts: SentenceShingles[][] = [];
  const all: SentenceShingles[] = [];
  const blockOf: number[] = [];
  const firstOf: number[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const local = memo ? memo.getOrCreate(blocks[b].text, () => blockShingles(blocks[b])) : blockShingles(blocks[b]);
    facts.push(local);
    firstOf.push(all.length);
    for (let k = 0; k < local.length; k++) {
      all.push(local[k]);
      blockOf.push(b);
    }
  }
  firstOf.push(all.length);

  // The wordings and their rewordings, kept by the Analyzer: an edit re-indexes what it changed.
  const index = ctx.memo?.<RewordingIndex>('bepaling-dubbel:rewordings').getOrCreate('', newIndex) ?? new RewordingIndex(NEAR_THRESHOLD, NEAR_MIN_WORDS_CHANGED, false);
  index.begin();
  const groupOf = new Int32Array(all.length);
  for (let i = 0; i < all.length; i++) groupOf[i] = index.wordingOf(all[i], all[i]).order;
  index.commit();
  const wordings = index.wordings;
  const stamp = index.stamp;

  const kept = ctx.memo?.<{ last?: Found }>('bepaling-dubbel:pairs').getOrCreate('', () => ({}));
  const last = kept?.last;
  // The articles that kept their place at either end, and what lies between them now and before.
  let head = 0;
  let tail = 0;
  if (last && !index.rebuilt) {
    const n = Math.min(facts.length, last.facts.length);
    while (head < n && facts[head] === last.facts[head]) head++;
    while (tail < n - head && facts[facts.length - 1 - tail] === last.facts[last.facts.length - 1 - tail]) tail++;
  }
  const changedHere = facts.length - head - tail;
  const changedBefore = last ? last.facts.length - head - tail : 0;
  const again = !last || index.rebuilt || changedHere + changedBefore > facts.length / 4;

  // Articles to read again: all, or the edited ones and those with a sentence whose pair the edit can change.
  const groups = new Groups(all, wordings.length);
  const redo = new Uint8Array(facts.length);
  if (again) {
    redo.fill(1);
    for (let i = 0; i < all.length; i++) groups.add(groupOf[i], i);
  } else {
    const changed: SentenceShingles[] = [];
    for (let b = head; b < head + changedHere; b++) {
      redo[b] = 1;
      for (const s of facts[b]) changed.push(s);
    }
    for (let b = head; b < head + changedBefore; b++) for (const s of last.facts[b]) changed.push(s);
    articlesAgain(redo, groups, { all, groupOf, firstOf, wordings, stamp }, changed, firstOf[head]);
  }

  const pairs: Array<readonly LocalPair[]> = [];
  for (let b = 0; b < facts.length; b++) {
    if (!redo[b]) {
      // Kept in place at the start, or at the end (where the earlier articles may have moved by as many).
      const before = b < head ? b : b - facts.length + last!.facts.length;
      const shift = b - before;
      const had = last!.pairs[before];
      pairs.push(shift === 0 || !had.some((p) => p.earlierBlock >= head) ? had : had.map((p) => (p.earlierBlock >= head ? { ...p, earlierBlock: p.earlierBlock + shift } : p)));
      continue;
    }
    const found: LocalPair[] = [];
    for (let i = firstOf[b]; i < firstOf[b + 1]; i++) {
      const s = all[i];
      // "Deze informatie omvat ..." at the start of an article: what it refers to is not in view.
      if (s.refersBack && !s.before) continue;
      const g = groupOf[i];
      let best = earlierLike(groups, g, i);
      let bestSim = best >= 0 ? 1 : 0;
      const near = wordings[g].near;
      if (near)
        for (const [w, link] of near) {
          const similarity = link.similarity;
          if (similarity < bestSim) continue;
          const j = earlierLike(groups, w.order, i);
          if (j >= 0 && (similarity > bestSim || j < best)) {
            bestSim = similarity;
            best = j;
          }
        }
      if (best >= 0) found.push({ later: i - firstOf[b], earlierBlock: blockOf[best], earlier: best - firstOf[blockOf[best]], similarity: bestSim });
    }
    pairs.push(found);
  }
  const found = { facts, pairs };
  if (kept) kept.last = found;
  return found;
}

/** `pairsByArticle`, as document offsets in document order. */
export function nearDuplicates(blocks: Block[], ctx: RuleContext): NearPair[] {
  const { facts, pairs } = pairsByArticle(blocks, ctx);
  const out: NearPair[] = [];
  for (let b = 0; b < facts.length; b++) for (const p of pairs[b]) out.push(nearPair(blocks, facts, b, p));
  return out;
}

/** A pair of the sentences of article b in document offsets. */
export function nearPair(blocks: Block[], facts: SentenceShingles[][], b: number, p: LocalPair): NearPair {
  const s = facts[b][p.later];
  const e = facts[p.earlierBlock][p.earlier];
  const base = blocks[b].span.start;
  const at = blocks[p.earlierBlock].span.start;
  return { later: { start: base + s.start, end: base + s.end }, earlier: { start: at + e.start, end: at + e.end }, similarity: p.similarity };
}
