// Faster equivalent of a global regex scan for patterns whose every match starts with one of a few
// characters. A big alternation with look-behinds and /u is tried at every position of the text; here
// a plain character class finds the candidate positions and a sticky copy of the pattern is tried only
// there. Same matches, in the same order, as `for (m = re.exec(text); m; m = re.exec(text))`, provided
// that every match of `pattern` starts with a character that `trigger` matches (tested in
// rules/fastHelpers.test.ts and by the rules' own tests).

import { gatesOpen } from './gates';

const stickyCache = new WeakMap<RegExp, RegExp>();

function stickyOf(pattern: RegExp): RegExp {
  let s = stickyCache.get(pattern);
  if (!s) {
    s = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
    stickyCache.set(pattern, s);
  }
  return s;
}

/** Every match of `pattern` in `text`; `trigger` is a global regex for one character that every match starts with. */
export function* triggeredMatches(text: string, pattern: RegExp, trigger: RegExp): Generator<RegExpExecArray> {
  const sticky = stickyOf(pattern);
  if (gatesOpen()) {
    yield* everyPosition(text, sticky);
    return;
  }
  trigger.lastIndex = 0;
  for (let t = trigger.exec(text); t; t = trigger.exec(text)) {
    sticky.lastIndex = t.index;
    const m = sticky.exec(text);
    if (!m) continue;
    yield m;
    // An empty match must not stall the scan (a global scan moves on by one, as here).
    trigger.lastIndex = m[0].length ? m.index + m[0].length : m.index + 1;
  }
}

/**
 * A case-sensitive literal that every match of a pattern holds, starting at most `back` code units after
 * the match's start, and optionally a cheap necessary test for a match to start at `at` (its first
 * letter, its look-behind). For patterns whose first characters are common ("de ") but whose literal is
 * rare: the text is searched for the literal (String#indexOf), and the pattern tried only before it.
 */
export interface LiteralGate {
  literal: string;
  back: number;
  canStart?: (text: string, at: number) => boolean;
}

/**
 * Every match of `pattern` in `text`, the same and in the same order as a global scan, provided that every
 * match holds `gate.literal` at most `gate.back` units after its start (rules/fastHelpers.test.ts).
 */
export function* literalMatches(text: string, pattern: RegExp, gate: LiteralGate): Generator<RegExpExecArray> {
  const sticky = stickyOf(pattern);
  if (gatesOpen()) {
    yield* everyPosition(text, sticky);
    return;
  }
  const { literal, back, canStart } = gate;
  let next = 0; // first position not tried yet (or past the last match)
  for (let h = text.indexOf(literal); h >= 0; h = text.indexOf(literal, h + 1)) {
    for (let s = Math.max(next, h - back); s <= h; s++) {
      next = s + 1;
      if (canStart && !canStart(text, s)) continue;
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m) {
        yield m;
        // The match holds a literal at or after h (those before were all tried): it ends past h.
        next = m[0].length ? s + m[0].length : s + 1;
        break;
      }
    }
  }
}

/** With the gates open: every position a candidate, as a global scan tries them (rules/gates.property.test.ts). */
function* everyPosition(text: string, sticky: RegExp): Generator<RegExpExecArray> {
  for (let at = 0; at <= text.length; ) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) at++;
    else {
      yield m;
      at = m[0].length ? at + m[0].length : at + 1;
    }
  }
}
