// The runs of letters and marks ([\p{L}\p{M}]+) of an article, found in one pass and shared by the
// checks that walk its words (doubled words in `spelling`, the dictionary's words in `typefout`).
import type { Block } from '../model/types';
import { letterRunEnd } from './letters';

/** [start, end) of each run of letters and marks, flat: run k starts at [2k] and ends at [2k + 1]. */
export type LetterRuns = Readonly<ArrayLike<number>>;

// The runs are written into one buffer kept between calls, then copied out at their exact size: an
// article's runs cost one small typed array, not a growing array of numbers. Grown by doubling; a
// buffer grown for an exceptionally long article is not kept.
const KEEP = 1 << 16;
let buffer = new Int32Array(1024);

/** The runs of letters and marks of `text`, in order, as /[\p{L}\p{M}]+/gu finds them (letterRuns.test.ts). */
export function letterRuns(text: string): Int32Array {
  let out = buffer;
  let k = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Most characters between words are ASCII: skipped without a call.
    if (c < 128 && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
      i++;
      continue;
    }
    // ASCII letters read here; letterRunEnd only from the first other unit of the run on.
    let end = i;
    while (end < n) {
      const d = text.charCodeAt(end);
      if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90)) end++;
      else if (d < 128) break;
      else {
        end = letterRunEnd(text, end);
        break;
      }
    }
    if (end === i) {
      i++;
      continue;
    }
    if (k + 2 > out.length) {
      const grown = new Int32Array(out.length * 2);
      grown.set(out);
      out = grown;
      if (out.length <= KEEP) buffer = out;
    }
    out[k++] = i;
    out[k++] = end;
    i = end;
  }
  return out.slice(0, k);
}

// The runs of the block read last. The checks that ask are block checks, which the engine runs one block at
// a time, and their findings are cached by the block's text: a cache per block would keep every article's
// runs alive for as long as the model, and be asked again only when all block checks run anew.
let last: { block: Block; text: string; runs: Int32Array } | undefined;

/** letterRuns(block.text), found once per block for every check that asks. */
export function letterRunsOf(block: Block): LetterRuns {
  if (last && last.block === block && last.text === block.text) return last.runs;
  const runs = letterRuns(block.text);
  last = { block, text: block.text, runs };
  return runs;
}
