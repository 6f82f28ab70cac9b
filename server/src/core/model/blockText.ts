// The text block rules read: the draft's slice with every one-line HTML comment (a disable directive such as
// `<!-- clausule-disable-next-line opschorting -->`) blanked to spaces of the same length. A comment is not
// draft text: no rule may find a word inside it, and a comment line must not join the paragraph below it
// (a blank line ends a paragraph). Offsets are unchanged, so findings map back to the draft as they are.
// The block's text is a copy of its own: caches keyed by it outlive the draft version it was cut from, and a
// slice would keep that whole version alive.
import { detached } from '../text/detached';

export function blockText(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  let p = slice.indexOf('<!--');
  if (p < 0) return detached(slice);
  let out = '';
  let copied = 0;
  while (p >= 0) {
    const close = slice.indexOf('-->', p + 4);
    const nl = slice.indexOf('\n', p);
    if (close < 0) break;
    // Only a comment that closes on its own line: a multi-line comment stays text (it may hold a clause).
    if (nl >= 0 && nl < close) {
      p = slice.indexOf('<!--', nl);
      continue;
    }
    out += slice.slice(copied, p) + ' '.repeat(close + 3 - p);
    copied = close + 3;
    p = slice.indexOf('<!--', copied);
  }
  return detached(copied === 0 ? slice : out + slice.slice(copied));
}
