// The engine applies the disable comments and hands what they did to the rules that judge them; it
// knows no such rule itself (the ones here are written for the test).
import * as assert from 'node:assert/strict';
import { applyDirectives } from './directives';
import { Analyzer } from './runner';
import { parseDocument } from '../model/parse';
import type { BlockRule, DirectiveRule, Rule } from '../kit/rule';
import type { Finding } from '../types';

/** A block rule that reports every "X". */
const exes: BlockRule = {
  scope: 'block',
  meta: { id: 'x', category: 'taal', defaultSeverity: 'warning', title: { nl: 'X', en: 'X' }, messages: { default: { nl: 'Een X.', en: 'An X.' } } },
  check(block, ctx) {
    for (let i = block.text.indexOf('X'); i >= 0; i = block.text.indexOf('X', i + 1)) ctx.report({ span: { start: i, end: i + 1 } });
  },
};

/** A rule about the comments: says which did nothing and which name no rule. */
const judge: DirectiveRule = {
  scope: 'directives',
  meta: {
    id: 'judge',
    category: 'structuur',
    defaultSeverity: 'hint',
    title: { nl: 'Opmerkingen', en: 'Comments' },
    messages: { default: { nl: 'Ongebruikt.', en: 'Unused.' }, unknown: { nl: 'Onbekend: {id}.', en: 'Unknown: {id}.' } },
  },
  check({ unused, unknown }, ctx) {
    for (const { directive, id } of unknown) ctx.report({ span: directive.span, messageId: 'unknown', args: { id } });
    for (const d of unused) ctx.report({ span: d.span });
  },
};

const finding = (ruleId: string, start: number): Finding => ({ ruleId, severity: 'warning', span: { start, end: start + 1 }, message: { nl: '', en: '' } });
const said = (rules: Rule[], text: string, options = {}) => new Analyzer(rules).analyze(text, options).findings.map((f) => `${f.ruleId}@${f.span.start}:${f.message.en}`);

describe('engine: disable comments', () => {
  it('keeps the findings no comment covers, and tells which comments did nothing and which name no rule', () => {
    const text = [
      '<!-- clausule-disable-next-line x -->',
      'X',
      '<!-- clausule-disable-next-line x y -->',
      'niets',
      '<!-- clausule-disable-next-line judge -->',
      'niets',
      '<!-- clausule-disable-next-line z -->',
      'niets',
      'X',
    ].join('\n');
    const model = parseDocument(text);
    const xs = [finding('x', text.indexOf('X')), finding('x', text.lastIndexOf('X'))];
    const applied = applyDirectives(model, xs, new Set(['x', 'z', 'judge']), new Set(['judge']), new Set(['x', 'judge']));
    assert.deepEqual(applied.kept, [xs[1]]);
    // Line 4 names only the rule that judges comments: its own reports use it. Line 6 names a rule that did not run.
    assert.deepEqual(applied.unused.map((d) => d.line), [2]);
    assert.deepEqual(applied.unknown.map((u) => [u.id, u.directive.line]), [['y', 2]]);
  });

  it('silences a report about a comment only by a comment naming its rule, never by the comment it is about', () => {
    const text = '<!-- clausule-disable-file judge -->\n<!-- clausule-disable-next-line x -->\nniets\n';
    const applied = applyDirectives(parseDocument(text), [], new Set(['x', 'judge']), new Set(['judge']));
    assert.ok(applied.silenced(finding('judge', text.indexOf('<!-- clausule-disable-next-line'))));
    assert.ok(!applied.silenced(finding('judge', 0)));
    assert.ok(!applied.silenced(finding('other', text.indexOf('<!-- clausule-disable-next-line'))));
    assert.equal(applyDirectives(parseDocument('niets\n'), [], new Set(['judge']), new Set(['judge'])).silenced(finding('judge', 0)), false);
  });

  it('runs the rules about comments last, in their own words and severity, and only when they are on', () => {
    const text = '<!-- clausule-disable-next-line x -->\nX\n<!-- clausule-disable-next-line x -->\nniets\n<!-- clausule-disable-line q -->\n';
    const unused = text.indexOf('<!--', 1);
    const unknown = text.lastIndexOf('<!--');
    // A comment naming only an unknown rule also suppresses nothing.
    assert.deepEqual(said([exes, judge], text), [`judge@${unused}:Unused.`, `judge@${unknown}:Unknown: q.`, `judge@${unknown}:Unused.`]);
    assert.deepEqual(new Analyzer([exes, judge]).analyze(text).findings.map((f) => f.severity), ['hint', 'hint', 'hint']);
    assert.deepEqual(said([exes, judge], text, { rules: { judge: 'off' } }), []);
    // Without such a rule the comments still silence findings; nobody reports on them.
    assert.deepEqual(said([exes], text), []);
    assert.deepEqual(said([exes], 'X\n'), ['x@0:An X.']);
  });

  it('judges the comments also when a large draft limits the analysis (a comment for a rule that did not run is not judged; one for every rule is)', () => {
    const text = '<!-- clausule-disable-next-line x -->\nniets\n<!-- clausule-disable-next-line -->\nniets\n';
    assert.deepEqual(said([exes, judge], text, { largeDocumentThreshold: 10 }), [`judge@${text.lastIndexOf('<!--')}:Unused.`]);
  });
});
