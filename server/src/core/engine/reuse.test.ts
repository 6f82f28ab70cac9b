// A document rule that keeps its Report objects between analyses (keepsReports) gets the finding it had
// back for a Report it reports again, as long as that finding still says what the Report says.
import * as assert from 'node:assert/strict';
import { Analyzer } from './runner';
import type { DocumentRule, Report } from '../kit/rule';

const TEXT = '## Artikel 1 – Betaling\n1.1 De klant betaalt binnen dertig dagen.\n';

function ruleReporting(reports: () => Report[], keepsReports: boolean): DocumentRule {
  return {
    scope: 'document',
    keepsReports,
    meta: {
      id: 'proef-regel',
      category: 'structuur',
      defaultSeverity: 'warning',
      title: { nl: 'Proef', en: 'Test' },
      messages: { default: { nl: 'Zie {other}.', en: 'See {other}.' } },
    },
    check(_model, ctx) {
      for (const r of reports()) ctx.report(r);
    },
  };
}

describe('engine: findings of kept reports', () => {
  it('gives back the same finding for the same Report, and a new one where its spans moved', () => {
    const report: Report = { span: { start: 3, end: 9 }, args: { other: 'artikel 2' }, related: [{ span: { start: 20, end: 30 }, message: { nl: 'Eerder', en: 'Earlier' } }] };
    const analyzer = new Analyzer([ruleReporting(() => [report], true)]);
    analyzer.analyze(TEXT);
    const first = analyzer.analyze(TEXT).findings[0];
    assert.equal(analyzer.analyze(TEXT).findings[0], first);
    assert.equal(first.message.nl, 'Zie artikel 2.');
    // The rule handed over span objects that an edit moves in place: the finding follows them.
    report.related![0].span.start = 21;
    const moved = analyzer.analyze(TEXT).findings[0];
    assert.notEqual(moved, first);
    assert.deepEqual(moved.related![0].span, { start: 21, end: 30 });
    report.span.end = 10;
    assert.deepEqual(analyzer.analyze(TEXT).findings[0].span, { start: 3, end: 10 });
  });

  it('makes the finding again when the severity changes, and for a new Report with the same content', () => {
    const report: Report = { span: { start: 3, end: 9 }, args: { other: 'artikel 2' } };
    let reports = [report];
    const analyzer = new Analyzer([ruleReporting(() => reports, true)]);
    analyzer.analyze(TEXT);
    const first = analyzer.analyze(TEXT).findings[0];
    const error = analyzer.analyze(TEXT, { rules: { 'proef-regel': 'error' } }).findings[0];
    assert.equal(error.severity, 'error');
    assert.equal(analyzer.analyze(TEXT, { rules: { 'proef-regel': 'error' } }).findings[0], error);
    reports = [{ ...report }];
    const again = analyzer.analyze(TEXT).findings[0];
    assert.notEqual(again, first);
    assert.deepEqual(again, first);
  });

  it('makes every finding afresh for a rule that does not keep its reports', () => {
    const report: Report = { span: { start: 3, end: 9 }, args: { other: 'artikel 2' } };
    const analyzer = new Analyzer([ruleReporting(() => [report], false)]);
    analyzer.analyze(TEXT);
    const first = analyzer.analyze(TEXT).findings[0];
    const second = analyzer.analyze(TEXT).findings[0];
    assert.notEqual(second, first);
    assert.deepEqual(second, first);
  });
});
