// Near-duplicates for bepaling-dubbel: sentences that repeat an earlier one with small changes in
// wording, compared as sets of word shingles (Jaccard similarity). Each article's sentences are read once
// and remembered with the article's text (words, numbers, shingles); the draft-wide pairing groups
// sentences by wording, then indexes only the rarest shingles of each wording (a prefix filter), so it
// costs in proportion to the wordings that can match, not to all pairs. The index of wordings and their
// rewordings is kept between analyses (rewordingIndex.ts): an edit re-indexes what it changed.
import type { Block } from '../model/types';
import { refersBack } from '../text/backReference';
import { sentencesOf } from '../text/pieces';
import type { RuleContext } from '../kit/rule';
import { sentenceSig, shinglesOf, WordHashes } from '../text/clauseKey';
import { RewordingIndex, type Wording } from './rewordingIndex';

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

const LEAD = /^(?:\d{1,4}(?:\.\d{1,4}){0,5}\.?|\(?[a-z]{1,2}[.)]|[-*+•])[ \t\r\n]+/;

export interface SentenceShingles {
  /** Offsets within the block. */
  start: number;
  end: number;
  /** Distinct shingle hashes, ascending (for the merge that counts shared shingles). */
  shingles: number[];
  /** Its number of normalised words. */
  words: number;
  /** Hash of its normalised words: equal hashes (and shingles), the same wording. */
  wordKey: number;
  /** Hash of its numbers in order ("14 dagen", "€ 2.500"): 0 without any. */
  numbers: number;
  /** Key of the sentence before it in the article (0 at the start), for a sentence that refers back. */
  before: number;
  refersBack: boolean;
}

// The word hashes of the sentence being read.
const words = new WordHashes();

/** The sentences of a block with enough words; a sentence the piece limit cut in two is read whole. */
export function blockShingles(block: Block): SentenceShingles[] {
  const out: SentenceShingles[] = [];
  const pieces = sentencesOf(block);
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
    out.push({
      start: start + lead,
      end,
      shingles: shinglesOf(words.hashes, words.length),
      words: words.length,
      wordKey: sig.key & SMALL,
      numbers: sig.numbers === undefined ? 0 : sig.numbers & SMALL,
      before: previous,
      refersBack: refersBack(block.text.slice(start + lead, end)),
    });
  }
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
 * differ from its first in them.
 */
class Groups {
  readonly wordings: Wording[] = [];
  readonly first: number[] = [];
  private byNumbers?: Map<number, Map<number, number>>;
  private byContext?: Map<number, Map<number, number>>;

  constructor(private readonly all: readonly SentenceShingles[]) {}

  /** Sentence i, of wording w: the first of a new group, or a member of w's. */
  add(w: Wording, i: number): void {
    if (w.order === this.first.length) {
      this.wordings.push(w);
      this.first.push(i);
      return;
    }
    const f = this.first[w.order];
    const first = this.all[f];
    const s = this.all[i];
    if (s.numbers !== first.numbers) addFirst((this.byNumbers ??= new Map()), w.order, first.numbers, f, s.numbers, i);
    const c = contextOf(s);
    if (c !== contextOf(first)) addFirst((this.byContext ??= new Map()), w.order, contextOf(first), f, c, i);
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

/**
 * Each sentence that repeats an earlier one: word for word, or the most similar rewording at or above
 * the threshold. Sentences with the same words are grouped first, so the similarity search runs over
 * distinct wordings (few, in a draft that repeats its formulas), and its prefix filter over those.
 */
export function nearDuplicates(blocks: Block[], ctx: RuleContext): NearPair[] {
  const memo = ctx.memo?.<SentenceShingles[]>('bepaling-dubbel:shingles');
  const all: SentenceShingles[] = [];
  const base: number[] = [];
  for (const b of blocks) {
    const local = memo ? memo.getOrCreate(b.text, () => blockShingles(b)) : blockShingles(b);
    for (const s of local) {
      all.push(s);
      base.push(b.span.start);
    }
  }
  const span = (i: number) => ({ start: base[i] + all[i].start, end: base[i] + all[i].end });

  // The wordings and their rewordings, kept by the Analyzer: an edit re-indexes what it changed.
  const index = ctx.memo?.<RewordingIndex>('bepaling-dubbel:rewordings').getOrCreate('', newIndex) ?? new RewordingIndex(NEAR_THRESHOLD, NEAR_MIN_WORDS_CHANGED, false);
  index.begin();
  const groups = new Groups(all);
  const groupOf = new Int32Array(all.length);
  for (let i = 0; i < all.length; i++) {
    const w = index.wordingOf(all[i], all[i]);
    groups.add(w, i);
    groupOf[i] = w.order;
  }
  index.commit();

  const out: NearPair[] = [];
  for (let i = 0; i < all.length; i++) {
    const s = all[i];
    // "Deze informatie omvat ..." at the start of an article: what it refers to is not in view.
    if (s.refersBack && !s.before) continue;
    const g = groupOf[i];
    let best = earlierLike(groups, g, i);
    let bestSim = best >= 0 ? 1 : 0;
    const near = groups.wordings[g].near;
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
    if (best >= 0) out.push({ later: span(i), earlier: span(best), similarity: bestSim });
  }
  return out;
}
