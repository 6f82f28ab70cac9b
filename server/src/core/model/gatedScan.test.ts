// gatedMatches must find exactly what the plain global scan finds, for the patterns the parser gives it.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { gatedMatches } from './gatedScan';
import { EXTERNAL, EXTERNAL_AHEAD, EXTERNAL_BACK, EXTERNAL_MIDDLE } from './definitions';
import { runs } from '../testing/fuzz';

function plainMatches(text: string, re: RegExp, from: number, stop: number): Array<[number, string[]]> {
  const out: Array<[number, string[]]> = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < stop; m = re.exec(text)) out.push([m.index, [...m]]);
  return out;
}

const gated = (text: string, from: number, stop: number, back = EXTERNAL_BACK) =>
  gatedMatches(text, EXTERNAL, EXTERNAL_MIDDLE, back, EXTERNAL_AHEAD, from, stop).map((m): [number, string[]] => [m.index, [...m]]);

// The pattern's own words and the characters around its edges, with long and astral words to reach its bounds.
const long = 'Ab' + 'c'.repeat(39);
const astral = '\u{1D400}' + '\u{1D41A}'.repeat(40); // 𝐀 and 𝐚: one capital and forty letters, two code units each
const PIECES = [
  ' ', ' ', '  ', '\t', '\n', ',', '(', ')', '.', '-', 'x', '1', 'é', '\u0301',
  'zoals', 'als', 'gedefinieerd', 'gedefiniëerd', 'omschreven', 'beschreven', 'schreven', 'in', 'de', 'het', 'AVG', 'GDPR',
  'Persoonsgegevens', 'Diensten', 'Basis', 'Pakket', 'Productgids', 'Ëlan', long, astral, astral + astral, 'klant', 'McDienst',
];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
const phrase = fc
  .tuple(fc.array(fc.constantFrom('Persoonsgegevens', long, astral, 'Basis', 'x', 'Dienst'), { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '   ', ', ', ' (', '\t'))
  .map(([words, sep]) => `${words.join(' ')}${sep}zoals ${['gedefinieerd', 'omschreven'][words.length % 2]} in het ${words[0]}`);
const text = fc.oneof(pieced, fc.array(fc.oneof(phrase, pieced), { maxLength: 4 }).map((p) => p.join(' ')), fc.string({ maxLength: 80 }));

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

describe('model: gatedMatches', () => {
  it('finds what a plain scan of the text finds, from any start to any stop', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        let from = a % (t.length + 1);
        if (isLowSurrogate(t.charCodeAt(from)) && from > 0 && isHighSurrogate(t.charCodeAt(from - 1))) from--; // ranges start at line starts
        const stop = b % 3 === 0 ? Infinity : from + (b % (t.length + 1 - from + 1));
        assert.deepEqual(gated(t, from, stop), plainMatches(t, EXTERNAL, from, stop), JSON.stringify([t, from, stop]));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('finds the longest matches the bounds allow, and misses them with a bound too short', () => {
    const four = `${astral} ${astral} ${astral} ${astral} , ( zoals beschreven   in het ${astral}`;
    assert.deepEqual(gated(four, 0, Infinity), plainMatches(four, EXTERNAL, 0, Infinity));
    assert.equal(gated(four, 0, Infinity).length, 1);
    assert.notDeepEqual(gated(four, 0, Infinity, 40), plainMatches(four, EXTERNAL, 0, Infinity));
  });

  it('reads the character before its start as the plain scan does', () => {
    // From 1 the capital P follows a letter, so the match starts at the next word.
    const t = 'xPersoonsgegevens Basis zoals gedefinieerd in de AVG';
    assert.deepEqual(gated(t, 1, Infinity), plainMatches(t, EXTERNAL, 1, Infinity));
    assert.deepEqual(gated(t, 1, Infinity).map(([at]) => at), [t.indexOf('Basis')]);
    assert.deepEqual(gated(t, 0, Infinity).map(([at]) => at), [t.indexOf('Basis')]);
  });
});
