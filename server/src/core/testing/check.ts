// One helper for rule tests: mark the expected findings with «» in the input.
//   check('getal-woord', 'binnen «dertig (14)» dagen')   -> exactly one finding on "dertig (14)"
//   check('getal-woord', 'binnen dertig (30) dagen')     -> no finding of that rule
// The marks are places: a defect the draft repeats (a rule's habit, engine/groups.ts) is one finding whose
// occurrences are the later marks.
// Every check also runs the text with every gate open and warm after edits: all three must agree.
import * as assert from 'node:assert/strict';
import { analyze, Analyzer } from '../analyzer';
import { rulesById } from '../rules';
import { withGatesOpen } from '../text/gates';
import type { AnalysisOptions } from '../engine/config';
import type { Finding, Span } from '../types';

export function unmark(marked: string): { text: string; spans: Array<{ start: number; end: number }> } {
  let text = '';
  const spans: Array<{ start: number; end: number }> = [];
  const open: number[] = [];
  for (const ch of marked) {
    if (ch === '«') open.push(text.length);
    else if (ch === '»') spans.push({ start: open.pop()!, end: text.length });
    else text += ch;
  }
  spans.sort((a, b) => a.start - b.start);
  return { text, spans };
}

/** Runs the full analysis with only `ruleId` switched on (plus the options given). */
export function findingsOf(ruleId: string, text: string, options: AnalysisOptions = {}): Finding[] {
  // Without this, a test that a rule stays quiet would pass for a rule that never ran.
  assert.ok(
    rulesById.has(ruleId),
    `no rule '${ruleId}' is registered: rules/${ruleId}.ts must have a top-level \`export const rule\` whose meta.id is '${ruleId}'; ` +
      'any build registers it (npm run rules:sync)',
  );
  return analyze(text, withRule(ruleId, options)).findings.filter((f) => f.ruleId === ruleId);
}

const withRule = (ruleId: string, options: AnalysisOptions): AnalysisOptions => ({ ...options, rules: { ...options.rules, [ruleId]: options.rules?.[ruleId] ?? 'warning' } });
const brief = (fs: Finding[]) => fs.flatMap((f) => [`${f.span.start}-${f.span.end} ${f.message.nl}`, ...(f.occurrences ?? []).map((o) => `${o.span.start}-${o.span.end} ${o.message.nl}`)]);

/** The places the findings stand at: each finding's first, and the others of a repeated defect, in document order. */
export function placesOfAll(findings: readonly Finding[]): Span[] {
  return findings.flatMap((f) => [f.span, ...(f.occurrences ?? []).map((o) => o.span)]).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The same text three ways must give the same findings of the rule: fresh (as the CLI runs), with every
 * gate open (text/gates.ts: a gate word list that misses a phrase of the pattern shows here), and warm,
 * after an edit (the incremental parse and the document rules' memos, as in the editor).
 */
function assertSameEveryWay(ruleId: string, text: string, options: AnalysisOptions, fresh: Finding[]): void {
  const opts = withRule(ruleId, options);
  const label = `${ruleId} on ${JSON.stringify(text.length > 200 ? text.slice(0, 200) + '…' : text)}`;
  const open = withGatesOpen(() => analyze(text, opts).findings.filter((f) => f.ruleId === ruleId));
  assert.deepEqual(brief(fresh), brief(open), `${label}: a gate hides a match (left: with gates, right: every gate open)`);
  const warm = new Analyzer();
  warm.analyze(text + '\nx', opts);
  warm.analyze(text.replace(/\S/, ' '), opts);
  const after = warm.analyze(text, opts).findings.filter((f) => f.ruleId === ruleId);
  assert.deepEqual(brief(after), brief(fresh), `${label}: after edits (warm) the findings differ from a fresh analysis`);
}

export function check(ruleId: string, marked: string, options: AnalysisOptions = {}): Finding[] {
  const { text, spans } = unmark(marked);
  const found = findingsOf(ruleId, text, options);
  assertSameEveryWay(ruleId, text, options, found);
  const show = (s: { start: number; end: number }) => JSON.stringify(text.slice(s.start, s.end));
  assert.deepEqual(
    placesOfAll(found).map(show),
    spans.map(show),
    `${ruleId} on ${JSON.stringify(text.length > 200 ? text.slice(0, 200) + '…' : text)}`,
  );
  return found;
}

/** Applies a finding's fix to the text. */
export function applyFix(text: string, f: Finding, index = 0): string {
  const fix = f.fixes?.[index];
  assert.ok(fix, `finding ${f.ruleId} has no fix ${index}`);
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
