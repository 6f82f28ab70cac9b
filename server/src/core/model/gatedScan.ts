// A whole-draft regex scan run only around the places that can hold a match: a pattern that opens with a
// run of capitalised words tries every capital of the draft, though only a rare middle phrase
// ("zoals gedefinieerd in") can complete it.
import { isHighSurrogate, isLowSurrogate } from '../text/letters';

/**
 * The matches that the plain scan `re.lastIndex = from; while ((m = re.exec(text)) && m.index < stop)` finds,
 * found by running `re` (global) only in windows around the matches of `gate` (global). The caller
 * guarantees, read off the two patterns: every match of `re` holds a match of `gate` that a global scan of
 * `gate` finds, starting at most `back` code units after the match's start and at most `ahead` code units
 * before its end; `gate` has no assertions (it matches the same in a slice); `re` matches no empty string,
 * ends in no lookahead, and looks behind at most one code point before its start. `from` splits no surrogate pair
 * (the parser's ranges start at line starts).
 */
export function gatedMatches(text: string, re: RegExp, gate: RegExp, back: number, ahead: number, from = 0, stop = Infinity): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // A match starting before `stop` holds a gate match starting before stop + back and ending before stop + back + ahead.
  const hayEnd = Math.min(text.length, stop + back + ahead);
  const hay = from === 0 && hayEnd === text.length ? text : text.slice(from, hayEnd);
  let winStart = -1;
  let winEnd = -1;
  gate.lastIndex = 0;
  for (let g = gate.exec(hay); g && from + g.index < stop + back; g = gate.exec(hay)) {
    if (g[0].length === 0) gate.lastIndex++;
    const p = from + g.index;
    let s = Math.max(from, p - back);
    if (s > from && isLowSurrogate(text.charCodeAt(s)) && isHighSurrogate(text.charCodeAt(s - 1))) s--; // whole code points only
    const e = Math.min(text.length, p + ahead);
    if (winEnd >= 0 && s <= winEnd) {
      winEnd = Math.max(winEnd, e);
      continue;
    }
    if (winEnd >= 0 && scanWindow(text, re, winStart, winEnd, stop, out)) return out;
    winStart = s;
    winEnd = e;
  }
  if (winEnd >= 0) scanWindow(text, re, winStart, winEnd, stop, out);
  return out;
}

/** The matches of `re` in text[s, e), shifted into the text; true when the scan reached `stop`. */
function scanWindow(text: string, re: RegExp, s: number, e: number, stop: number, out: RegExpExecArray[]): boolean {
  // The window holds the code point before its start too, for a look behind there to read as in the text.
  const before = s === 0 ? 0 : s > 1 && isLowSurrogate(text.charCodeAt(s - 1)) && isHighSurrogate(text.charCodeAt(s - 2)) ? 2 : 1;
  const base = s - before;
  const win = text.slice(base, e);
  re.lastIndex = before;
  for (let m = re.exec(win); m; m = re.exec(win)) {
    if (base + m.index >= stop) return true;
    m.index += base;
    out.push(m);
  }
  return false;
}
