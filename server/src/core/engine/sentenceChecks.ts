// Sentence checks: one pattern per check, judged sentence by sentence within an article, tried only in
// articles that hold one of the check's gate words.
import type { Block } from '../model/types';
import { paragraphsOf, pieceAt, sentencesOf, type Piece } from '../text/pieces';
import { hasTrigger, matchesNear, triggerWords } from '../text/triggerWords';
import type { GateUse } from '../text/gates';

/** A consumer-list check: one pattern, judged sentence by sentence. */
export interface SentenceCheck<F = undefined> {
  sub: string;
  find: RegExp;
  /** Returns false to drop a match (cure present, wrong party, ...). */
  keep?: (s: Piece, para: Piece, matchInSentence: number, facts: F) => boolean;
  /** Where to put the finding, relative to the sentence, when not on the match itself. */
  spanIn?: (s: Piece, at: number) => { start: number; end: number } | undefined;
  /** One finding per article: later sentences usually refer back to the same clause. */
  oncePerBlock?: boolean;
  /** Lower-case words every match of `find` holds (a gate, proved by the list's test); see gateSentenceChecks. */
  words?: string[];
  /**
   * With `words`: every match holds one of them starting at most this many code units after the match's
   * start (proved by the list's test), so `find` is tried only there (matchesNear), not at every position.
   */
  back?: number;
}

const checkGates = new WeakMap<object, number[]>();

/**
 * Registers the checks' gate words in a trigger group (call at module load; see triggerWords): a check
 * runs only in articles that have one.
 */
export function gateSentenceChecks<C extends SentenceCheck<never> | SentenceCheck<undefined> | SentenceCheck<unknown>>(checks: C[], group: string): C[] {
  for (const c of checks) {
    if (!c.words) continue;
    checkGates.set(c, triggerWords(c.words, group));
    sentenceGates.push({ pattern: c.find, words: c.words, back: c.back });
  }
  return checks;
}

const sentenceGates: GateUse[] = [];

/** Every gated sentence check registered so far (rules/gates.proof.test.ts proves each gate from its pattern). */
export function sentenceCheckGates(): readonly GateUse[] {
  return sentenceGates;
}

/**
 * Runs sentence checks over one article: at most one finding per sentence, and at most three matches
 * judged per sentence, which keeps long text linear.
 */
export function runSentenceChecks<F>(
  block: Block,
  checks: Array<SentenceCheck<F>>,
  facts: F,
  report: (span: { start: number; end: number }, sub: string) => void,
): void {
  const text = block.text;
  // The article's sentences and paragraphs are cut only once a check has a match (most have none).
  let sents: Piece[] | undefined;
  let paras: Piece[] | undefined;
  for (const c of checks) {
    const gate = checkGates.get(c);
    if (gate && !hasTrigger(block, gate)) continue;
    let lastSentence = -1;
    let tries: Map<number, number> | undefined;
    const near = gate && c.back !== undefined ? matchesNear(block, c.find, gate, c.back) : undefined;
    let k = 0;
    if (!near) c.find.lastIndex = 0;
    for (let m = near ? near[k++] : c.find.exec(text); m; m = near ? near[k++] : c.find.exec(text)) {
      const s = pieceAt((sents ??= sentencesOf(block)), m.index);
      if (!s || s.start === lastSentence) continue;
      tries ??= new Map();
      const n = (tries.get(s.start) ?? 0) + 1;
      tries.set(s.start, n);
      if (n > 3) continue;
      if (c.oncePerBlock && lastSentence >= 0) break;
      const para = pieceAt((paras ??= paragraphsOf(block)), m.index) ?? s;
      if (c.keep && !c.keep(s, para, m.index - s.start, facts)) continue;
      lastSentence = s.start;
      const local = c.spanIn?.(s, m.index - s.start);
      report(local ? { start: s.start + local.start, end: s.start + local.end } : { start: m.index, end: m.index + m[0].length }, c.sub);
    }
  }
}
