// Near-duplicates for bepaling-dubbel: sentences that repeat an earlier one with small changes in
// wording, compared as sets of word shingles (Jaccard similarity). Sentences are read per article and
// remembered per article text, so an edit re-reads only the edited article.
import type { Block } from '../model/types';
import { sentencesOf } from '../text/pieces';
import type { RuleContext } from './rule';
import { hashKey, normaliseClause } from './bepaling-dubbel';

/** Words per shingle: three keeps word order without letting one changed word sink the match. */
export const SHINGLE = 3;
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
// A shingle in more sentences than this ("van de overeenkomst") is boilerplate: it is left out of
// the candidate search, which keeps the search linear in the draft.
const COMMON = 64;

const LEAD = /^(?:\d{1,4}(?:\.\d{1,4}){0,5}\.?|\(?[a-z]{1,2}[.)]|[-*+•])[ \t\r\n]+/;

export interface SentenceShingles {
  /** Offsets within the block. */
  start: number;
  end: number;
  shingles: number[];
  /** Its normalised words. */
  words: string[];
  /** Hash of the whole normalised sentence: equal hashes, a word-for-word repeat. */
  key: number;
}

/** The sentences of a block with enough words, each with its distinct shingle hashes. */
export function blockShingles(block: Block): SentenceShingles[] {
  const out: SentenceShingles[] = [];
  for (const s of sentencesOf(block)) {
    const key = normaliseClause(s.text);
    const words = key.split(' ');
    if (words.length < NEAR_MIN_WORDS) continue;
    const set = new Set<number>();
    for (let i = 0; i + SHINGLE <= words.length; i++) set.add(hashKey(words.slice(i, i + SHINGLE).join(' ')));
    // The clause number that opens a paragraph is not part of the sentence a reader compares.
    const lead = LEAD.exec(s.text)?.[0].length ?? 0;
    out.push({ start: s.start + lead, end: s.end, shingles: [...set], words, key: hashKey(key) });
  }
  return out;
}

export interface NearPair {
  /** Document offsets of the later sentence and of the earlier one it repeats. */
  later: { start: number; end: number };
  earlier: { start: number; end: number };
  similarity: number;
}

/** Each sentence that repeats an earlier one (the most similar, at or above the threshold). */
export function nearDuplicates(blocks: Block[], ctx: RuleContext): NearPair[] {
  const memo = ctx.memo?.<SentenceShingles[]>('bepaling-dubbel:shingles');
  const all: SentenceShingles[] = [];
  for (const b of blocks) {
    const local = memo ? memo.getOrCreate(b.text, () => blockShingles(b)) : blockShingles(b);
    for (const s of local) all.push({ ...s, start: b.span.start + s.start, end: b.span.start + s.end });
  }
  const postings = new Map<number, number[]>();
  const out: NearPair[] = [];
  const overlap = new Map<number, number>();
  for (let i = 0; i < all.length; i++) {
    overlap.clear();
    for (const h of all[i].shingles) {
      const list = postings.get(h);
      if (list && list.length <= COMMON) for (const j of list) overlap.set(j, (overlap.get(j) ?? 0) + 1);
    }
    let best = -1;
    let bestSim = 0;
    for (const [j, n] of overlap) {
      if (all[i].key !== all[j].key && !rewording(all[i].words, all[j].words)) continue;
      const sim = n / (all[i].shingles.length + all[j].shingles.length - n);
      if (sim > bestSim || (sim === bestSim && j < best)) {
        bestSim = sim;
        best = j;
      }
    }
    if (best >= 0 && bestSim >= NEAR_THRESHOLD) out.push({ later: span(all[i]), earlier: span(all[best]), similarity: bestSim });
    for (const h of all[i].shingles) {
      const list = postings.get(h);
      if (list) list.push(i);
      else postings.set(h, [i]);
    }
  }
  return out;
}

/**
 * Whether two different sentences can be one rule written twice: both long enough, and of different
 * length. The same number of words with other words in some places is a parallel clause ("Klant
 * vrijwaart ..." beside "Wederverkoper vrijwaart ..."), which a draft writes on purpose.
 */
function rewording(a: string[], b: string[]): boolean {
  return a.length !== b.length && Math.min(a.length, b.length) >= NEAR_MIN_WORDS_CHANGED;
}

function span(s: SentenceShingles): { start: number; end: number } {
  return { start: s.start, end: s.end };
}
