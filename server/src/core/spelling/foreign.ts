// Places in a Dutch draft where the text is not Dutch, so that an unknown word there is no typing
// error: an English sentence ("That's just how it is!") and a gloss in brackets after a quoted term
// ("“handelsgeheim” (trade secret)").

// Words that are English and not also common Dutch words ("of", "is", "as", "on" are Dutch too).
const ENGLISH_MARKERS = new Set(['the', 'and', 'for', 'with', 'from', 'your', 'you', 'this', 'that', 'not', 'any', 'our', 'yes', 'it', 'are', 'were', 'have', 'has', 'will', 'would', 'should', 'which', 'what', 'when', 'where', 'who']);
// An English contraction is English by itself.
const CONTRACTION = /^(?:\p{L}+(?:'s|'re|'ve|'ll|'m|n't)|i'm|let's)$/u;
const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

// How far to read for the ends of a sentence: bounded, so that many unknown words in one endless
// "sentence" (a pasted list, a table) stay linear.
const SENTENCE_REACH = 300;

/** Whether the sentence around [start, end) reads as English. Only that sentence is read. */
export function inEnglishSentence(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !endsSentence(text, to)) to++;
  let markers = 0;
  for (const m of text.slice(from, to).matchAll(TOKEN)) {
    const w = m[0].toLowerCase().replace(/’/g, "'");
    markers += CONTRACTION.test(w) ? 2 : ENGLISH_MARKERS.has(w) ? 1 : 0;
    if (markers >= 2) return true;
  }
  return false;
}

/** A sentence ends at [.!?] before white space or the end, and at a blank line. */
function endsSentence(text: string, at: number): boolean {
  const c = text[at];
  if (c === '.' || c === '!' || c === '?') return at + 1 >= text.length || /\s/.test(text[at + 1]);
  return c === '\n' && /^[ \t]*\n/.test(text.slice(at + 1, at + 40));
}

// At most this far from the word to its brackets: a gloss is a word or two.
const GLOSS_REACH = 60;
const QUOTE = /[”"’'»]/;

/** Whether [start, end) lies in brackets right after a quoted term: "“handelsgeheim” (trade secret)". */
export function inQuotedGloss(text: string, start: number, end: number): boolean {
  let open = start - 1;
  while (open >= 0 && start - open <= GLOSS_REACH && !'()\n'.includes(text[open])) open--;
  if (open < 0 || text[open] !== '(') return false;
  let close = end;
  while (close < text.length && close - end <= GLOSS_REACH && !'()\n'.includes(text[close])) close++;
  if (text[close] !== ')') return false;
  let q = open - 1;
  while (q >= 0 && (text[q] === ' ' || text[q] === '\t')) q--;
  return q >= 0 && QUOTE.test(text[q]);
}
