// Test support for literal gates (text/triggerWords.ts: triggerWords, matchesNear): random and adversarial
// text built from a pattern's own phrases, with case changes, long s (U+017F), the Kelvin sign, dotted
// capital I (which lower-cases to two units) and line breaks, to show that a gate never hides a match.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lowerForGates, matchesNear, triggerWords } from '../text/triggerWords';
import type { Block } from '../model/types';
import { runs } from '../testing/fuzz';


const FILLERS = [' ', '  ', '\t', '\n', '\r\n', '\n\n', '.', '. ', ', ', ';', '(', ')', '%', '€ ', '1', '24', '99', '/', '-', 'a', 'De ', 'Opdrachtgever ', 'Leverancier ', 'niet ', 'İ', 'é', 'ë', '\u00a0', '\ud835\udc00'];

function vary(s: string): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom('same', 'same', 'upper', 'odd'), { minLength: s.length, maxLength: s.length }).map((how) =>
    [...s]
      .map((ch, i) => {
        if (how[i] === 'upper') return ch.toUpperCase();
        if (how[i] === 'odd') return ch === 'k' ? '\u212a' : ch === 's' ? '\u017f' : ch === ' ' ? '\t' : ch === 'i' ? 'İ' : ch.toUpperCase();
        return ch;
      })
      .join(''),
  );
}

/** Text made of the phrases (whole and in words), varied in case, and fillers. */
export function textFrom(phrases: string[]): fc.Arbitrary<string> {
  const words = [...new Set(phrases.flatMap((p) => p.split(/\s+/)))].filter(Boolean);
  const token = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...phrases).chain(vary) },
    { weight: 3, arbitrary: fc.constantFrom(...words).chain(vary) },
    { weight: 4, arbitrary: fc.constantFrom(...FILLERS) },
  );
  return fc.array(token, { maxLength: 30 }).map((a) => a.join(''));
}

function allMatches(re: RegExp, text: string): Array<[number, string[]]> {
  const out: Array<[number, string[]]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, [...m]]);
    if (!m[0].length) re.lastIndex++;
  }
  return out;
}

/**
 * Asserts that every match of `re` holds one of `words` (lower case) in lowerForGates(text), and, when
 * `back` is given, that matchesNear (with `canStart`, if given) finds exactly the matches of a plain scan.
 */
export function assertGate(
  re: RegExp,
  words: string[],
  phrases: string[],
  back?: number,
  numRuns = 400,
  canStart?: (text: string, at: number) => boolean,
): void {
  const ids = triggerWords(words);
  fc.assert(
    fc.property(textFrom(phrases), (text) => {
      const want = allMatches(re, text);
      if (want.length) assert.ok(words.some((w) => lowerForGates(text).includes(w)), `gate ${words.join('|')} misses ${JSON.stringify(text)}`);
      if (back !== undefined) {
        const block: Block = { span: { start: 0, end: text.length }, text, firstLine: 0 };
        const got = matchesNear(block, re, ids, back, canStart).map((m): [number, string[]] => [m.index, [...m]]);
        assert.deepEqual(got, want, JSON.stringify(text));
      }
    }),
    { numRuns: runs(numRuns) },
  );
  // Most phrases match (the rest are near misses), or the property above would be vacuous.
  const matching = phrases.filter((p) => allMatches(re, ` ${p} `).length > 0);
  assert.ok(matching.length * 2 > phrases.length, `too few phrases match: ${matching.length} of ${phrases.length}`);
}
