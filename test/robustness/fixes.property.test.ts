// Every quick fix a rule offers, applied to every example and fixture draft, must leave the draft whole:
// the same articles in the same order (plus the one a fix inserts), the finding it fixes gone, and no new
// finding but the placeholders it leaves inside what it inserted (which the placeholder rule must report).
// Exhaustive over the drafts and their fixes, so deterministic. Spelling suggestions (typefout), which
// the editor computes on request, and the "disable this rule" actions of the LSP layer are not rule fixes.
import * as assert from 'node:assert/strict';
import { analyze, type AnalysisResult, type Finding, type Fix, type Span } from '../../server/src/core';
import { repoDrafts, suiteTimeout } from './harness';

/** The text with the fix applied, and where its inserted texts lie in it. */
export function applyWithRegions(text: string, fix: Fix): { text: string; inserted: Span[]; reveal?: Span } {
  const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let from = 0;
  const inserted: Span[] = [];
  let reveal: Span | undefined;
  for (const e of edits) {
    out += text.slice(from, e.span.start);
    if (fix.reveal && e === fix.edits[fix.reveal.edit]) reveal = { start: out.length + fix.reveal.start, end: out.length + fix.reveal.end };
    inserted.push({ start: out.length, end: out.length + e.newText.length });
    out += e.newText;
    from = e.span.end;
  }
  return { text: out + text.slice(from), inserted, reveal };
}

// Compared in NFC: a fix that writes decomposed letters as composed ones (spelling) keeps the heading as read.
const articles = (r: AnalysisResult, skip: Span[] = []) =>
  r.model.nodes
    .filter((n) => n.kind === 'article' && !skip.some((s) => s.start <= n.span.start && n.span.start < s.end))
    .map((n) => `${n.path.join('.')} "${n.written}" ${n.heading ?? ''}`.normalize('NFC'));

const key = (f: Finding) => `${f.ruleId}: ${f.message.nl}`;

/** What is wrong after applying `fix` of finding `f` to `text` (empty when the fix leaves the draft whole). */
export function fixProblems(text: string, before: AnalysisResult, f: Finding, fix: Fix): string[] {
  const applied = applyWithRegions(text, fix);
  const after = analyze(applied.text, {});
  const problems: string[] = [];
  const inside = (s: Span) => applied.inserted.some((r) => r.start <= s.start && s.end <= r.end);
  const old = articles(before);
  const kept = articles(after, applied.inserted);
  if (kept.join('\n') !== old.join('\n')) problems.push(`articles read differently: ${JSON.stringify(old.filter((a) => !kept.includes(a)).slice(0, 3))} -> ${JSON.stringify(kept.filter((a) => !old.includes(a)).slice(0, 3))}`);
  const added = articles(after).length - kept.length;
  if (added > 1) problems.push(`${added} articles inserted`);
  const left = new Map<string, number>();
  for (const g of before.findings) left.set(key(g), (left.get(key(g)) ?? 0) + 1);
  for (const g of after.findings) {
    const n = left.get(key(g)) ?? 0;
    if (n > 0) left.set(key(g), n - 1);
    else if (!(g.ruleId === 'placeholder' && inside(g.span))) problems.push(`new finding ${g.ruleId} on "${applied.text.slice(g.span.start, g.span.end).slice(0, 60)}"`);
  }
  if (!left.get(key(f))) problems.push('the finding it fixes is still there');
  // A placeholder the fix leaves for the drafter is one the placeholder rule reports.
  if (applied.reveal && applied.text[applied.reveal.start] === '[') {
    const reported = after.findings.some((g) => g.ruleId === 'placeholder' && g.span.start === applied.reveal!.start);
    if (!reported) problems.push(`the placeholder "${applied.text.slice(applied.reveal.start, applied.reveal.end)}" it leaves is not reported`);
  }
  return problems;
}

describe('robustness: every quick fix leaves the draft whole', function () {
  this.timeout(suiteTimeout(120_000));
  const drafts = repoDrafts();
  let offered = 0;
  const rules = new Set<string>();

  for (const { name, text } of drafts) {
    it(`${name}: every fix offered`, () => {
      const before = analyze(text, {});
      const problems: string[] = [];
      for (const f of before.findings) {
        for (const fix of f.fixes ?? []) {
          offered++;
          rules.add(f.ruleId);
          for (const p of fixProblems(text, before, f, fix)) problems.push(`${f.ruleId} "${fix.title.en}": ${p}`);
        }
      }
      assert.deepEqual(problems.slice(0, 8), [], `${problems.length} problems`);
    });
  }

  it('tried fixes of the rules that insert text (not vacuous)', () => {
    assert.ok(offered >= 20, `${offered} fixes`);
    for (const id of ['bepaling-ontbreekt', 'definitie-onbekend', 'getal-woord']) assert.ok(rules.has(id), `no fix of ${id} tried`);
  });

  it('the check itself sees a damaging fix: an article in another heading style changes the reading', () => {
    const text = 'Voorwaarden\n\n1. Algemeen\n1.1 Deze voorwaarden gelden voor iedere opdracht.\n\n2. Betaling\n2.1 Betaling volgt binnen dertig dagen.\n';
    const before = analyze(text, {});
    const f = before.findings[0] ?? ({ ruleId: 'x', message: { nl: 'x', en: 'x' } } as Finding);
    const damaging: Fix = { title: { nl: 'x', en: 'x' }, edits: [{ span: { start: text.length, end: text.length }, newText: '## Artikel 3 – Slot\n3.1 Het [slot].\n' }] };
    const problems = fixProblems(text, before, f, damaging);
    assert.ok(problems.some((p) => /articles read differently|new finding/.test(p)), JSON.stringify(problems));
  });
});
