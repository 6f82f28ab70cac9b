// The fast text helpers of hot rules give exactly what the regexes they replace gave.
// (Speed itself is measured by `npm run bench`, never here.)
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { normaliseClause } from './bepaling-dubbel';
import { wordAfter, wordBefore } from './getal-woord';
import { PLACEHOLDER, PLACEHOLDER_START } from './placeholder';
import { REFERENCE, REFERENCE_START } from './definitie-zelfverwijzing';
import { triggeredMatches } from '../text/scan';
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
    // definitie-zelfverwijzing: "deze Overeenkomst", tried only after its pointing word and a blank.
    const refPiece = fc.constantFrom('deze', 'Deze', 'de', 'De', 'onderhavige', 'Onderhavige', 'dezeze', 'ode', 'De1', ' ', '  ', '\t', '\n', 'Overeenkomst', 'overeenkomst', 'Verwerkersovereenkomst', 'Ö', 'é', 'x', '2', '.', 'ſ', '\u{1D400}');
    const refText = fc.oneof(fc.array(refPiece, { maxLength: 24 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 60 }));
    fc.assert(
      fc.property(refText, (text) => {
        const want: Array<[number, string]> = [];
        const g = new RegExp(REFERENCE.source, REFERENCE.flags);
        for (let m = g.exec(text); m; m = g.exec(text)) want.push([m.index, m[0]]);
        assert.deepEqual([...triggeredMatches(text, REFERENCE, REFERENCE_START)].map((m) => [m.index, m[0]]), want, JSON.stringify(text));
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
