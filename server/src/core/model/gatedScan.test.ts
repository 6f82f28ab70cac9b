// gatedMatches must find exactly what the plain global scan finds, for the patterns the parser gives it.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { gatedMatches } from './gatedScan';
import { EXTERNAL, EXTERNAL_AHEAD, EXTERNAL_BACK, EXTERNAL_MIDDLE, HIERNA, HIERNA_AHEAD, HIERNA_BACK, HIERNA_WORD } from './definitions';
import { runs } from '../testing/fuzz';

type Found = Array<[number, string[]]>;

function plainMatches(text: string, re: RegExp, from: number, stop: number): Found {
  const out: Found = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < stop; m = re.exec(text)) out.push([m.index, [...m]]);
  return out;
}

interface Case {
  re: RegExp;
  gate: RegExp;
  back: number;
  ahead: number;
}
const CASES: Record<string, Case> = {
  EXTERNAL: { re: EXTERNAL, gate: EXTERNAL_MIDDLE, back: EXTERNAL_BACK, ahead: EXTERNAL_AHEAD },
  HIERNA: { re: HIERNA, gate: HIERNA_WORD, back: HIERNA_BACK, ahead: HIERNA_AHEAD },
};

const gated = (c: Case, text: string, from: number, stop: number, back = c.back, ahead = c.ahead): Found =>
  gatedMatches(text, c.re, c.gate, back, ahead, from, stop).map((m): [number, string[]] => [m.index, [...m]]);

// The patterns' own words and the characters around their edges, with long and astral words to reach their bounds.
const long = 'Ab' + 'c'.repeat(39);
const astral = '\u{1D400}' + '\u{1D41A}'.repeat(40); // 𝐀 and 𝐚: one capital and forty letters, two code units each
const lowerAstral = '\u{1D41A}'.repeat(16); // the longest lower-case word HIERNA takes before its verb
const PIECES = [
  ' ', ' ', '  ', '\t', '\n', ',', '(', ')', '.', '-', ':', ';', '"', '“', '”', '„', "'", 'x', '1', 'é', '\u0301',
  'zoals', 'als', 'gedefinieerd', 'gedefiniëerd', 'omschreven', 'beschreven', 'schreven', 'in', 'de', 'het', 'AVG', 'GDPR',
  'hierna', '(hierna', 'xhierna', 'Hierna', 'te noemen', 'genoemd', 'aangeduid als', 'verder', 'Verder', 'gezamenlijk', 'afzonderlijk', 'respectievelijk', '«', '»', '‚', '’', lowerAstral,
  'Persoonsgegevens', 'Diensten', 'Basis', 'Pakket', 'Productgids', 'Ëlan', long, astral, astral + astral, 'klant', 'McDienst',
];
const pieced = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
const word = fc.constantFrom('Persoonsgegevens', long, astral, 'Basis', 'x', 'Dienst');
const external = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '   ', ', ', ' (', '\t'))
  .map(([words, sep]) => `${words.join(' ')}${sep}zoals ${['gedefinieerd', 'omschreven'][words.length % 2]} in het ${words[0]}`);
const hierna = fc
  .tuple(
    fc.constantFrom('(hierna', 'Hierna', 'verder', 'Verder', 'gezamenlijk', 'ieder afzonderlijk', 'respectievelijk'),
    fc.array(fc.constantFrom('verder', lowerAstral, 'xy'), { maxLength: 6 }),
    fc.constantFrom('te noemen', 'genoemd', 'aangeduid  als', ''),
    fc.constantFrom(': ', ':"', ' de „', ": '", ' «', '   ', ''),
    fc.array(word, { minLength: 1, maxLength: 5 }),
  )
  .map(([anchor, lower, verb, lead, words]) => `${anchor} ${lower.join(' ')} ${verb}${lead}${words.join(' ')}"`);
const text = fc.oneof(pieced, fc.array(fc.oneof(external, hierna, pieced), { maxLength: 4 }).map((p) => p.join(' ')), fc.string({ maxLength: 80 }));

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

describe('model: gatedMatches', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(`finds what a plain scan of the text finds, from any start to any stop (${name})`, () => {
      fc.assert(
        fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
          let from = a % (t.length + 1);
          if (isLowSurrogate(t.charCodeAt(from)) && from > 0 && isHighSurrogate(t.charCodeAt(from - 1))) from--; // ranges start at line starts
          const stop = b % 3 === 0 ? Infinity : from + (b % (t.length + 1 - from + 1));
          assert.deepEqual(gated(c, t, from, stop), plainMatches(t, c.re, from, stop), JSON.stringify([t, from, stop]));
        }),
        { numRuns: runs(3000) },
      );
    });
  }

  it('finds the longest matches the bounds allow, and misses them with a bound too short', () => {
    const four = `${astral} ${astral} ${astral} ${astral} , ( zoals beschreven   in het ${astral}`;
    const e = CASES.EXTERNAL;
    assert.deepEqual(gated(e, four, 0, Infinity), plainMatches(four, EXTERNAL, 0, Infinity));
    assert.equal(gated(e, four, 0, Infinity).length, 1);
    assert.notDeepEqual(gated(e, four, 0, Infinity, 40), plainMatches(four, EXTERNAL, 0, Infinity));
    const h = CASES.HIERNA;
    const longest = `(hierna ${Array(5).fill(lowerAstral).join('   ')}   aangeduid   als   :   het   “${astral}   ${astral}   ${astral}   ${astral}”`;
    const plain = plainMatches(longest, HIERNA, 0, Infinity);
    assert.equal(plain.length, 1);
    assert.equal(plain[0][1][0].length, longest.length);
    assert.deepEqual(gated(h, longest, 0, Infinity), plain);
    assert.notDeepEqual(gated(h, longest, 0, Infinity, h.back, 300), plain);
    // The farthest its gate word stands from its start: "verder", five lower-case words and the blanks before "noemen".
    const farthest = `(verder ${Array(5).fill(lowerAstral).join('   ')}   te   noemen:   “${astral}”`;
    const far = plainMatches(farthest, HIERNA, 0, Infinity);
    assert.equal(far.length, 1);
    assert.equal(far[0][1][0].length, farthest.length);
    assert.deepEqual(gated(h, farthest, 0, Infinity), far);
    assert.notDeepEqual(gated(h, farthest, 0, Infinity, 150), far);
  });

  it('reads the character before its start as the plain scan does', () => {
    // From 1 the capital P follows a letter, so the match starts at the next word.
    const t = 'xPersoonsgegevens Basis zoals gedefinieerd in de AVG';
    const e = CASES.EXTERNAL;
    assert.deepEqual(gated(e, t, 1, Infinity), plainMatches(t, EXTERNAL, 1, Infinity));
    assert.deepEqual(gated(e, t, 1, Infinity).map(([at]) => at), [t.indexOf('Basis')]);
    assert.deepEqual(gated(e, t, 0, Infinity).map(([at]) => at), [t.indexOf('Basis')]);
    // "xhierna" is no "hierna" (\b), from 1 as from 0.
    const x = 'xhierna: Klant (hierna: Leverancier)';
    for (const from of [0, 1, 2]) assert.deepEqual(gated(CASES.HIERNA, x, from, Infinity), plainMatches(x, HIERNA, from, Infinity));
    assert.deepEqual(gated(CASES.HIERNA, x, 1, Infinity).map(([at]) => at), [x.indexOf('(hierna')]);
  });
});
