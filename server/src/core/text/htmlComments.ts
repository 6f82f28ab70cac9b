// HTML comments (`<!-- ... -->`) found in one linear pass. A regex such as /<!--.*?-->/g restarts at every
// `<!--` and scans ahead for its close, which is quadratic on a line of unclosed openers; here the next
// close and the next line end are remembered, so each character is looked at a bounded number of times.
import type { Span } from '../types';

const LINE_END = /[\n\r\u2028\u2029]/g;

/**
 * Spans of `<!-- ... -->`, each ending at the first `-->` after its opener (as /<!--.*?-->/g would find them).
 * `singleLine`: a comment may not contain a line end (like `.`). `maxInner`: at most this many characters
 * between `<!--` and `-->` (like `[^]{0,maxInner}?`).
 */
export function htmlComments(text: string, options: { singleLine?: boolean; maxInner?: number } = {}): Span[] {
  const out: Span[] = [];
  const maxInner = options.maxInner ?? Infinity;
  let close = -2; // position of the next "-->" at or after the current search point; -1: none left
  let lineEnd = -2;
  for (let open = text.indexOf('<!--'); open >= 0; ) {
    const inner = open + 4;
    if (close !== -1 && close < inner) close = text.indexOf('-->', inner);
    if (close === -1) break; // no close anywhere further on: no more comments
    let ok = close - inner <= maxInner;
    if (ok && options.singleLine) {
      if (lineEnd !== -1 && lineEnd < inner) {
        LINE_END.lastIndex = inner;
        lineEnd = LINE_END.exec(text)?.index ?? -1;
      }
      ok = lineEnd === -1 || lineEnd >= close;
    }
    if (ok) {
      out.push({ start: open, end: close + 3 });
      open = text.indexOf('<!--', close + 3);
    } else open = text.indexOf('<!--', open + 1);
  }
  return out;
}

/** `text` without its single-line HTML comments: `text.replace(/<!--.*?-->/g, '')`, in linear time. */
export function stripHtmlComments(text: string): string {
  if (!text.includes('<!--')) return text;
  let out = '';
  let last = 0;
  for (const c of htmlComments(text, { singleLine: true })) {
    out += text.slice(last, c.start);
    last = c.end;
  }
  return out + text.slice(last);
}
