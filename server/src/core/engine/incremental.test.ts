// Incremental analysis must always agree with a full one: the same findings and model after every edit.
// Also: the fast text helpers used by hot rules give exactly what the regexes they replace gave.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Analyzer } from '../analyzer';
import { CancelledError } from '../types';
import { GenerationalMemo } from './incrementalMemo';
import { normaliseClause } from '../rules/bepaling-dubbel';
import { wordAfter, wordBefore } from '../rules/getal-woord';
import { PLACEHOLDER, PLACEHOLDER_START } from '../rules/placeholder';
import { triggeredMatches } from '../text/scan';
import { runs } from '../testing/fuzz';
import { apply, canonical, draftArb, editArb } from '../testing/edits';

describe('engine: incremental analysis', function () {
  this.timeout(120_000);

  it('a reused Analyzer gives the same findings and model as a fresh one after every edit', () => {
    fc.assert(
      fc.property(draftArb, fc.array(editArb, { minLength: 1, maxLength: 12 }), fc.constantFrom('b2b', 'b2c', 'auto'), (draft, edits, audience) => {
        const options = { audience: audience as 'b2b' | 'b2c' | 'auto' };
        const analyzer = new Analyzer();
        let text = draft;
        analyzer.analyze(text, options);
        for (const e of edits) {
          text = apply(text, e);
          const inc = analyzer.analyze(text, options);
          const full = new Analyzer().analyze(text, options);
          assert.deepEqual(inc.findings, full.findings, `after ${JSON.stringify(e)}`);
          assert.equal(canonical(inc.model), canonical(full.model));
        }
      }),
      { numRuns: runs(60) },
    );
  });

  it('honours cancellation before and during an analysis, and the next analysis is complete', () => {
    const text = '## Artikel 1 – Betaling\n1.1 Opdrachtgever betaalt binnen dertig (14) dagen.\n## Artikel 2 – Duur\n2.1 De Overeenkomst duurt twaalf (12) maanden.\n';
    const analyzer = new Analyzer();
    assert.throws(() => analyzer.analyze(text, {}, { isCancellationRequested: true }), CancelledError);
    // A token cancelled while the analysis runs (here: after its third check) stops it too.
    let checks = 0;
    const later = {
      get isCancellationRequested() {
        return ++checks > 3;
      },
    };
    assert.throws(() => analyzer.analyze(text, {}, later), CancelledError);
    assert.ok(checks > 3);
    // A cancelled run leaves no half state behind: the next one equals a fresh analysis.
    assert.deepEqual(analyzer.analyze(text).findings, new Analyzer().analyze(text).findings);
    assert.ok(analyzer.analyze(text).findings.some((f) => f.ruleId === 'getal-woord'));
  });

  it('the generational memo forgets what one analysis did not use', () => {
    const m = new GenerationalMemo<number>();
    m.set('a', 1);
    m.set('b', 2);
    m.rotate();
    assert.equal(m.get('a'), 1); // used in this generation: kept
    m.rotate();
    assert.equal(m.get('a'), 1);
    assert.equal(m.get('b'), undefined); // unused for a whole generation: gone
  });
});

describe('engine: fast text helpers agree with the regexes they replace', () => {
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
