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
    // Every position a candidate, as a global scan tries them (rules/gates.property.test.ts).
    for (let at = 0; at <= text.length; ) {
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m) at++;
      else {
        yield m;
        at = m[0].length ? at + m[0].length : at + 1;
      }
    }
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
