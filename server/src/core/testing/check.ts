// One helper for rule tests: mark the expected findings with «» in the input.
//   check('getal-woord', 'binnen «dertig (14)» dagen')   -> exactly one finding on "dertig (14)"
//   check('getal-woord', 'binnen dertig (30) dagen')     -> no finding of that rule
import * as assert from 'node:assert/strict';
import { analyze } from '../engine/analyze';
import type { AnalysisOptions } from '../engine/config';
import type { Finding } from '../types';

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
  return analyze(text, { ...options, rules: { ...options.rules, [ruleId]: options.rules?.[ruleId] ?? 'warning' } }).findings.filter((f) => f.ruleId === ruleId);
}

export function check(ruleId: string, marked: string, options: AnalysisOptions = {}): Finding[] {
  const { text, spans } = unmark(marked);
  const found = findingsOf(ruleId, text, options);
  const show = (s: { start: number; end: number }) => JSON.stringify(text.slice(s.start, s.end));
  assert.deepEqual(
    found.map((f) => show(f.span)),
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
