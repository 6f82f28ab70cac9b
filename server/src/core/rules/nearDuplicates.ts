// Near-duplicates for bepaling-dubbel: sentences that repeat an earlier one with small changes in
// wording, compared as sets of word shingles (Jaccard similarity). Each article's sentences are read once
// and remembered with the article's text (words, numbers, shingles in a fixed order); the draft-wide
// pairing then indexes only the first shingles of each distinct sentence (a prefix filter), so it costs
// in proportion to the sentences that can match, not to all pairs.
import type { Block } from '../model/types';
import { refersBack } from '../text/backReference';
import { sentencesOf } from '../text/pieces';
import { jaccard, prefixLength, sizesAllow } from '../text/similarity';
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
// A shingle that opens more distinct sentences' prefixes than this ("van de overeenkomst") is
// boilerplate: it is left out of the candidate search, which keeps the search linear in the draft.
const COMMON = 64;

const LEAD = /^(?:\d{1,4}(?:\.\d{1,4}){0,5}\.?|\(?[a-z]{1,2}[.)]|[-*+•])[ \t\r\n]+/;
const DIGITS = /\d+/g;

export interface SentenceShingles {
  /** Offsets within the block. */
  start: number;
  end: number;
  /** Distinct shingle hashes, ascending: the global order of the prefix filter. */
  shingles: number[];
  /** Its number of normalised words. */
  words: number;
  /**
   * Hash of the whole normalised sentence and its numbers (and, when it refers back, of the sentence
   * before it): equal hashes, a word-for-word repeat.
   */
  key: number;
  /** Hash of its numbers in order ("14 dagen", "€ 2.500"): 0 without any. */
  numbers: number;
  /** Key of the sentence before it in the article (0 at the start), for a sentence that refers back. */
  before: number;
  refersBack: boolean;
}

/**
 * The sentences of a block with enough words. A sentence that a long paragraph's piece limit cut in two
 * (the pieces touch, with no space between) is read whole.
 */
export function blockShingles(block: Block): SentenceShingles[] {
  const out: SentenceShingles[] = [];
  const pieces = sentencesOf(block);
  let before = 0;
  for (let p = 0; p < pieces.length; p++) {
    const start = pieces[p].start;
    let end = pieces[p].end;
    while (p + 1 < pieces.length && pieces[p + 1].start === end) end = pieces[++p].end;
    const raw = block.text.slice(start, end);
    // The clause number that opens a paragraph is not part of the sentence a reader compares.
    const lead = LEAD.exec(raw)?.[0].length ?? 0;
    const text = lead ? raw.slice(lead) : raw;
    const key = normaliseClause(text);
    const numbers = (text.match(DIGITS) ?? []).join(' ');
    const sentenceKey = hashKey(numbers ? `${key}#${numbers}` : key);
    const words = key.split(' ');
    const previous = before;
    before = sentenceKey;
    if (words.length < NEAR_MIN_WORDS) continue;
    const back = refersBack(text);
    const set = new Set<number>();
    for (let i = 0; i + SHINGLE <= words.length; i++) set.add(hashKey(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
    out.push({
      start: start + lead,
      end,
      shingles: [...set].sort((a, b) => a - b),
      words: words.length,
      // A sentence that refers back is the same sentence only after the same sentence.
      key: back ? hashKey(`${sentenceKey}@${previous}`) : sentenceKey,
      numbers: numbers ? hashKey(numbers) : 0,
      before: previous,
      refersBack: back,
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

/** Each sentence that repeats an earlier one (the most similar, at or above the threshold). */
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
  // The first sentence with each key: a later one with the same key repeats it word for word (its
  // shingles are the same), so only first sentences are indexed and compared.
  const firstByKey = new Map<number, number>();
  const postings = new Map<number, number[]>();
  const seen = new Set<number>();
  const out: NearPair[] = [];
  for (let i = 0; i < all.length; i++) {
    const s = all[i];
    const first = firstByKey.get(s.key);
    // The shingles confirm the key (a hash): two keys can share one.
    let best = first !== undefined && jaccard(s.shingles, all[first].shingles) === 1 ? first : -1;
    let bestSim = best >= 0 ? 1 : 0;
    if (best < 0) {
      if (first === undefined) firstByKey.set(s.key, i);
      seen.clear();
      const p = prefixLength(s.shingles.length, NEAR_THRESHOLD);
      for (let k = 0; k < p; k++) {
        const list = postings.get(s.shingles[k]);
        if (!list || list.length > COMMON) continue;
        for (const j of list) {
          if (seen.has(j)) continue;
          seen.add(j);
          const o = all[j];
          if (!rewording(s, o) || !sizesAllow(s.shingles.length, o.shingles.length, NEAR_THRESHOLD)) continue;
          const sim = jaccard(s.shingles, o.shingles);
          if (sim > bestSim || (sim === bestSim && j < best)) {
            bestSim = sim;
            best = j;
          }
        }
      }
      for (let k = 0; k < p; k++) {
        const list = postings.get(s.shingles[k]);
        if (list) list.push(i);
        else postings.set(s.shingles[k], [i]);
      }
    }
    // "Deze informatie omvat ..." at the start of an article: what it refers to is not in view.
    if (best < 0 || bestSim < NEAR_THRESHOLD || (s.refersBack && !s.before)) continue;
    out.push({ later: span(i), earlier: span(best), similarity: bestSim });
  }
  return out;
}

/**
 * Whether two different sentences can be one rule written twice: both long enough, of different length,
 * with the same numbers. The same number of words with other words in some places is a parallel clause
 * ("Klant vrijwaart ..." beside "Wederverkoper vrijwaart ..."), and other numbers make another rule
 * ("tot 14 dagen voor aanvang 50%" beside "tot 7 dagen voor aanvang 100%"): drafts write those on purpose.
 */
function rewording(a: SentenceShingles, b: SentenceShingles): boolean {
  if (a.words === b.words || Math.min(a.words, b.words) < NEAR_MIN_WORDS_CHANGED || a.numbers !== b.numbers) return false;
  // "Deze informatie omvat ..." after another sentence is about other information.
  return !(a.refersBack || b.refersBack) || a.before === b.before;
}
