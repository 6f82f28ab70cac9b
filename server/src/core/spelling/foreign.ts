// Places in a Dutch draft where the text is not Dutch, so that an unknown word there is no typing
// error: an English sentence ("That's just how it is!") and a gloss in brackets after a quoted term
// ("“handelsgeheim” (trade secret)").

// Words that are English and not also common Dutch words ("of", "is", "as", "on" are Dutch too).
const ENGLISH_MARKERS = new Set(['the', 'and', 'for', 'with', 'from', 'your', 'you', 'this', 'that', 'not', 'any', 'our', 'yes', 'it', 'are', 'was', 'were', 'have', 'has', 'will', 'would', 'should', 'which', 'what', 'when', 'where', 'who']);
// An English contraction is English by itself.
const CONTRACTION = /^(?:\p{L}+(?:'s|'re|'ve|'ll|'m|n't)|i'm|let's)$/u;
const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const SENTENCE_END = /[.!?]+(?=\s|$)|\n\s*\n/g;

/** The [start, end) ranges of `text`'s sentences that read as English. */
export function englishSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  const judge = (to: number): void => {
    let markers = 0;
    for (const m of text.slice(from, to).matchAll(TOKEN)) {
      const w = m[0].toLowerCase().replace(/’/g, "'");
      if (CONTRACTION.test(w)) markers += 2;
      else if (ENGLISH_MARKERS.has(w)) markers++;
      if (markers >= 2) {
        out.push([from, to]);
        return;
      }
    }
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    judge(m.index);
    from = m.index + m[0].length;
  }
  judge(text.length);
  return out;
}

// "(" after a closing quote and blanks, then words up to ")": a translation of the quoted term.
const GLOSS = /[”"’'»][ \t]*\(([^()\n]{1,60})\)/gu;

/** The [start, end) ranges of glosses in brackets after a quoted term. */
export function quotedGlosses(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(GLOSS)) {
    const end = m.index + m[0].length - 1;
    out.push([end - m[1].length, end]);
  }
  return out;
}

/** Whether [start, end) lies inside one of the sorted ranges. */
export function within(ranges: Array<[number, number]>, start: number, end: number): boolean {
  return ranges.some(([a, b]) => start >= a && end <= b);
}
