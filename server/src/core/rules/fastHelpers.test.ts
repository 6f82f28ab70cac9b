// The fast text helpers of hot rules give exactly what the regexes they replace gave.
// (Speed itself is measured by `npm run bench`, never here.)
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { normaliseClause } from './bepaling-dubbel';
import { wordAfter, wordBefore } from './getal-woord';
import { PLACEHOLDER, PLACEHOLDER_START } from './placeholder';
import { REFERENCE, REFERENCE_GATE } from './definitie-zelfverwijzing';
import { literalMatches, triggeredMatches } from '../text/scan';
import { proveGate } from '../testing/literalProof';
import { runs } from '../testing/fuzz';

describe('rules: fast text helpers agree with the regexes they replace', () => {
  const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.stringMatching(/^[a-zA-Zé\-ſK ()0-9\t.]{0,80}$/));

  it('normaliseClause (bepaling-dubbel)', () => {
    const old = (t: string) => t.toLowerCase().replace(/[^\p{L}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
    fc.assert(fc.property(anyText, (s) => assert.equal(normaliseClause(s), old(s))), { numRuns: runs(2000) });
    assert.equal(normaliseClause('  Ten ALLEN tijde, 3x: één-twee! '), 'ten allen tijde x één twee');
  });

  it('wordBefore and wordAfter (getal-woord)', () => {
    const BEFORE = /([\p{L}-]{2,40})[ \t]*$/u;
    const AFTER = /^[ \t]*([\p{L}-]{2,40})/u;
    const norm = (m: RegExpExecArray | null) => (m ? [m[0], m[1]] : null);
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (s, x, y) => {
        const from = s.length ? x % (s.length + 1) : 0;
        const end = from + (s.length - from ? y % (s.length - from + 1) : 0);
        assert.deepEqual(wordBefore(s, from, end), norm(BEFORE.exec(s.slice(from, end))), `before ${JSON.stringify(s)} ${from} ${end}`);
        assert.deepEqual(wordAfter(s, from, end), norm(AFTER.exec(s.slice(from, end))), `after ${JSON.stringify(s)} ${from} ${end}`);
      }),
      { numRuns: runs(3000) },
    );
    assert.deepEqual(wordBefore('binnen dertig  ', 0, 15), ['dertig  ', 'dertig']);
  });

  it('literalMatches finds what a global scan finds (definitie-zelfverwijzing)', () => {
    // "deze Overeenkomst", tried only in the reach before each "vereenkomst"; long words before the agreement
    // ("Verwerkers…", 40 small letters, astral ones) put the pointing word as far from it as the pattern allows.
    const refPiece = fc.constantFrom('deze', 'Deze', 'de', 'De', 'onderhavige', 'Onderhavige', 'dezeze', 'ode', 'De1', ' ', '  ', '   ', '\t', '\n', 'Overeenkomst', 'overeenkomst', 'Verwerkersovereenkomst', 'V', 'Ö', 'é', 'x', 'abcdefghij', '\u{1D41A}\u{1D41B}\u{1D41C}\u{1D41D}\u{1D41E}', '\u{1D400}', '2', '.', 'ſ', 'vereenkomst');
    const refText = fc.oneof(fc.array(refPiece, { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 60 }));
    const globalScan = (text: string) => {
      const want: Array<[number, string]> = [];
      const g = new RegExp(REFERENCE.source, REFERENCE.flags);
      for (let m = g.exec(text); m; m = g.exec(text)) want.push([m.index, m[0]]);
      return want;
    };
    const literal = (text: string) => [...literalMatches(text, REFERENCE, REFERENCE_GATE)].map((m) => [m.index, m[0]]);
    fc.assert(
      fc.property(refText, (text) => assert.deepEqual(literal(text), globalScan(text), JSON.stringify(text))),
      { numRuns: runs(3000) },
    );
    // The farthest start: the longest pointing word, three blanks, a capital and forty small letters, all astral
    // where they can be.
    const far = `x onderhavige   \u{1D400}${'\u{1D41A}'.repeat(40)}overeenkomst. De Overeenkomst en deze Overeenkomst`;
    assert.equal(globalScan(far).length, 3);
    assert.deepEqual(literal(far), globalScan(far));
    assert.ok(proveGate(REFERENCE, ['vereenkomst'], REFERENCE_GATE.back).holds, 'every match holds "vereenkomst" within the gate\'s reach');
    assert.ok(!proveGate(REFERENCE, ['vereenkomst'], REFERENCE_GATE.back - 1).holds, 'the reach is no wider than the pattern needs');
  });

  it('triggeredMatches finds what a global scan finds (placeholder)', () => {
    const piece = fc.constantFrom('[', ']', '(', ')', 'X', 'x', 'XX', 'xx', '…', '.', '...', '_', '____', '$', '${1:naam}', '${2|a,b|}', 'PARTIJ', 'datum', 'naam', ' ', '\n', '€', ':', 'Ä', 'a', '7', ',', ';', '•');
    const textArb = fc.oneof(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 60 }));
    fc.assert(
      fc.property(textArb, (text) => {
        const global = new RegExp(PLACEHOLDER.source, PLACEHOLDER.flags);
        const want: Array<[number, string]> = [];
        for (let m = global.exec(text); m; m = global.exec(text)) want.push([m.index, m[0]]);
        assert.deepEqual([...triggeredMatches(text, PLACEHOLDER, PLACEHOLDER_START)].map((m) => [m.index, m[0]]), want, JSON.stringify(text));
      }),
      { numRuns: runs(3000) },
    );
    // The same for a pattern of getal-woord's shape (every match starts with "(").
    const paren = /\(([0-9]{1,6}|[\p{L}]{2,40})\)/gu;
    const parenText = fc.array(fc.constantFrom('(', ')', '((', '30', 'dertig', 'één', ' ', 'a', '\u{1F600}', '1234567'), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(
      fc.property(parenText, (text) => {
        const want: Array<[number, string]> = [];
        const g = new RegExp(paren.source, paren.flags);
        for (let m = g.exec(text); m; m = g.exec(text)) want.push([m.index, m[0]]);
        assert.deepEqual([...triggeredMatches(text, paren, /\(/g)].map((m) => [m.index, m[0]]), want);
      }),
      { numRuns: runs(2000) },
    );
  });
});
