// Renumbering over every draft we have: the fixtures and examples of this repository and, when the shared
// folder is there, the real third-party drafts it holds (read in place, never copied). On each draft:
// only numbers the model reads as article, clause or sub-item numbers change (and the reference tokens
// that spell them); every reference resolves to the same clause text after; the result has no
// `nummering` finding; and the rule and the command agree (no finding exactly when nothing changes).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, parseDocument, type TextEdit } from '../../server/src/core';
import type { DocumentModel, StructureNode } from '../../server/src/core/model/types';
import { applyEdits, renumberEdits } from '../../server/src/core/features/renumber';
import { repoDrafts } from './harness';

const SHARED = path.resolve('..', 'shared', 'corpus');

function sharedDrafts(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  for (const dir of [SHARED, path.join(SHARED, 'real', 'docs')]) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (/\.(txt|md|av)$/.test(name) && fs.statSync(p).isFile()) out.push({ name: path.relative(SHARED, p), text: fs.readFileSync(p, 'utf8') });
    }
  }
  return out;
}

const only = { rules: { nummering: 'warning' as const } };
// How an item is written ("III)" among "(I)", "(II)") is no number: renumbering leaves it, that finding's own fix writes it.
const numbering = (text: string) => analyze(text, only).findings.filter((f) => f.ruleId === 'nummering' && !/^\S+ is anders geschreven dan de andere onderdelen/.test(f.message.nl));

/** The spans renumbering may rewrite: numbers of nodes and the number tokens of resolved references. */
function numberSpans(model: DocumentModel): Set<string> {
  const spans = new Set<string>();
  for (const n of model.nodes) if (n.numberSpan.end > n.numberSpan.start) spans.add(`${n.numberSpan.start}:${n.numberSpan.end}`);
  for (const r of model.references) if (r.target) for (const t of r.tokens) spans.add(`${t.span.start}:${t.span.end}`);
  return spans;
}

function mapOffset(edits: readonly TextEdit[], o: number): number {
  let d = 0;
  for (const e of edits) {
    if (e.span.end <= o) d += e.newText.length - (e.span.end - e.span.start);
    else break;
  }
  return o + d;
}

const ownText = (m: DocumentModel, n: StructureNode) => m.text.slice(n.textSpan.start, n.textSpan.end).trim();

function checkDraft(name: string, text: string): void {
  const model = parseDocument(text);
  const edits = renumberEdits(model);
  const allowed = numberSpans(model);
  for (const e of edits) {
    assert.ok(allowed.has(`${e.span.start}:${e.span.end}`), `${name}: renumber rewrites ${JSON.stringify(text.slice(e.span.start, e.span.end))} at ${e.span.start}, which the model does not read as a number`);
    const line = model.lines.lineAt(e.span.start);
    assert.ok(!/^\s*\d{4}\s?[A-Z]{2}\b/.test(text.slice(model.lines.lineStarts[line], model.lines.lineEnd(line))), `${name}: renumber touches a postal code`);
  }
  const findings = numbering(text);
  assert.equal(edits.length === 0, findings.length === 0, `${name}: the rule has ${findings.length} findings and the command ${edits.length} edits`);
  const out = applyEdits(text, edits);
  assert.deepEqual(numbering(out).map((f) => `${f.message.nl} @${f.span.start}`), [], `${name}: renumbered, it still has numbering findings`);
  const after = parseDocument(out);
  assert.deepEqual(renumberEdits(after), [], `${name}: a second renumber changes nothing`);
  assert.equal(after.nodes.length, model.nodes.length, `${name}: the structure is the same after renumbering`);
  // Duplicated numbers make a reference's target undefined; every other resolved reference keeps its clause.
  if ([...model.byLabel.values()].some((l) => l.length > 1)) return;
  const byStart = new Map(after.references.map((r) => [r.span.start, r]));
  for (const ref of model.references) {
    if (!ref.target) continue;
    const moved = byStart.get(mapOffset(edits, ref.span.start));
    assert.ok(moved?.target, `${name}: ${JSON.stringify(ref.text)} at ${ref.span.start} no longer resolves`);
    assert.equal(ownText(after, moved.target), ownText(model, ref.target), `${name}: ${JSON.stringify(ref.text)} -> ${JSON.stringify(moved.text)} points elsewhere`);
  }
}

/** Every draft is checked, and every failing one reported. */
function checkAll(drafts: Array<{ name: string; text: string }>): void {
  const failures: string[] = [];
  for (const d of drafts) {
    try {
      checkDraft(d.name, d.text);
    } catch (e) {
      failures.push((e as Error).message.split('\n')[0]);
    }
  }
  assert.deepEqual(failures, []);
}

describe('renumber on every draft', function () {
  this.timeout(120000);
  it('the fixtures and examples of this repository', () => {
    const drafts = repoDrafts();
    assert.ok(drafts.length > 5, 'the fixtures are found');
    checkAll(drafts);
  });
  it('the real drafts in ../shared/corpus (skipped when absent)', function () {
    const drafts = sharedDrafts();
    if (!drafts.length) this.skip();
    checkAll(drafts);
  });
});
