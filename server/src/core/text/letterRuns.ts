// The runs of letters and marks ([\p{L}\p{M}]+) of an article, found in one pass and shared by the
// checks that walk its words (doubled words in `spelling`, the dictionary's words in `typefout`).
import type { Block } from '../model/types';
import { letterRunEnd } from './letters';

/** [start, end) of each run of letters and marks, flat: run k starts at [2k] and ends at [2k + 1]. */
export type LetterRuns = Readonly<Int32Array>;

// The runs are written here first and copied out at their final length: a draft's articles hold some
// hundred thousand words, and an array grown by push would be copied at each step of its growth.
let scratch = new Int32Array(1024);

/** The runs of letters and marks of `text`, in order, as /[\p{L}\p{M}]+/gu finds them (letterRuns.test.ts). */
export function letterRuns(text: string): Int32Array {
  let out = scratch;
  let m = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Most characters between words are ASCII: skipped without a call.
    if (c < 128 && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
      i++;
      continue;
    }
    const end = letterRunEnd(text, i);
    if (end === i) {
      i++;
      continue;
    }
    if (m + 2 > out.length) {
      const more = new Int32Array(2 * out.length);
      more.set(out);
      scratch = out = more;
    }
    out[m++] = i;
    out[m++] = end;
    i = end;
  }
  return out.slice(0, m);
}

const cache = new WeakMap<Block, { text: string; runs: Int32Array }>();

/** letterRuns(block.text), found once per block for every check that asks. */
export function letterRunsOf(block: Block): LetterRuns {
  const hit = cache.get(block);
  if (hit && hit.text === block.text) return hit.runs;
  const runs = letterRuns(block.text);
  cache.set(block, { text: block.text, runs });
  return runs;
}
