// Document rules that read a draft article by article must still find what one scan of the whole
// text finds, including a match that runs across the seam between two articles. They test a window
// around each seam; these helpers tell them when a window cannot hold a match at all.
import type { Block } from '../model/types';
import { hasTriggerIn } from '../text/triggerWords';

/** Whether every block after the first starts a line (the code unit before it is \n). */
export function blocksStartLines(text: string, blocks: Block[]): boolean {
  for (let i = 1; i < blocks.length; i++) if (text.charCodeAt(blocks[i].span.start - 1) !== 10) return false;
  return true;
}

/**
 * Whether one of the trigger words (ids from triggerWords) starts in text[from, to). `i` is the index
 * of a block that starts inside the window (the later article of a seam). Blocks cover the text without
 * gaps; when they start lines (blocksStartLines), a word, which holds no line break, lies within one
 * block, so every occurrence in the window is one of the blocks' hits. A pattern whose every match holds
 * one of the words then matches nowhere in the window, nor in any part of it, when this is false.
 */
export function windowHasTrigger(blocks: Block[], i: number, from: number, to: number, ids: number[]): boolean {
  for (let j = i - 1; j >= 0 && blocks[j].span.end > from; j--) {
    const b = blocks[j];
    if (hasTriggerIn(b, ids, from - b.span.start, to - b.span.start)) return true;
  }
  for (let k = i; k < blocks.length && blocks[k].span.start < to; k++) {
    const b = blocks[k];
    if (hasTriggerIn(b, ids, from - b.span.start, to - b.span.start)) return true;
  }
  return false;
}
