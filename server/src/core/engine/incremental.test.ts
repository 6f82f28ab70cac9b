// Incremental analysis must always agree with a full one: the same findings and model after every edit.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Analyzer } from '../analyzer';
import { CancelledError } from '../types';
import { GenerationalMemo } from './incrementalMemo';
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
