// A Report may hand over its fixes as a function: the engine builds them when `Finding.fixes` is first read,
// and the finding then reads, copies and serialises as one whose fixes were built at once.
import * as assert from 'node:assert/strict';
import { Analyzer } from './runner';
import type { DocumentRule, Report } from '../kit/rule';
import type { Fix } from '../types';

const TEXT = '## Artikel 1 – Betaling\n1.1 De klant betaalt binnen dertig dagen.\n';

function fixAt(start: number): Fix {
  return { title: { nl: 'Vervang', en: 'Replace' }, edits: [{ span: { start, end: start + 4 }, newText: 'koper' }], preferred: true };
}

function ruleReporting(report: () => Report): DocumentRule {
  return {
    scope: 'document',
    meta: {
      id: 'proef-regel',
      category: 'structuur',
      defaultSeverity: 'warning',
      title: { nl: 'Proef', en: 'Test' },
      messages: { default: { nl: 'Proef.', en: 'Test.' } },
    },
    check(_model, ctx) {
      ctx.report(report());
    },
  };
}

describe('engine: fixes built when first read', () => {
  it('builds them only when read, once, equal to the same fixes given at once', () => {
    let built = 0;
    const fix = fixAt(28);
    const lazy = new Analyzer([ruleReporting(() => ({ span: { start: 3, end: 9 }, fixes: () => (built++, [fix]) }))]).analyze(TEXT).findings[0];
    const eager = new Analyzer([ruleReporting(() => ({ span: { start: 3, end: 9 }, fixes: [fix] }))]).analyze(TEXT).findings[0];
    assert.equal(built, 0);
    assert.deepEqual(Object.keys(lazy), Object.keys(eager));
    assert.deepEqual(lazy.fixes, eager.fixes);
    assert.equal(built, 1);
    assert.equal(lazy.fixes, lazy.fixes);
    assert.equal(built, 1);
    assert.equal(JSON.stringify(lazy), JSON.stringify(eager));
    // The finding's fix is a copy: a rule that hands over its own span objects does not move it later.
    fix.edits[0].span.start = 0;
    assert.deepEqual(lazy.fixes![0].edits[0].span, { start: 28, end: 32 });
  });

  it('is built by a copy of the finding too, and may be replaced before it is read', () => {
    const make = () => new Analyzer([ruleReporting(() => ({ span: { start: 3, end: 9 }, fixes: () => [fixAt(28)] }))]).analyze(TEXT).findings[0];
    const copy = { ...make() };
    assert.deepEqual(Object.getOwnPropertyDescriptor(copy, 'fixes')?.value, [fixAt(28)]);
    const replaced = make();
    replaced.fixes = [];
    assert.deepEqual(replaced.fixes, []);
  });
});
