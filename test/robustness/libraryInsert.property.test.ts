// Inserting a library clause (as the completion inserts it: filled, with the article number that fits the
// insertion point) between two articles of a draft must not change how the rest of the draft is read: every
// node of the draft keeps its kind, number and path at its (shifted) place. Tried exhaustively: every clause
// of both audiences at every article boundary of every example and fixture draft.
import * as assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/core';
import { clausesFor } from '../../server/src/core/library/clauses';
import { articleNumberAt, fillClause } from '../../server/src/core/library/fill';
import { repoDrafts, suiteTimeout } from './harness';

// Drafts numbered as an outline ("1." / " 1." / "1.1" without "Artikel" headings): a "## Artikel N" clause
// inserted there makes the parser read the whole draft in the heading style (parts become clauses, 1.2
// becomes article 2). That is the structure reading (issue 22 items 3 and 7, the structure helper's part);
// these cases are pending until it lands, and must then be enabled here.
const PENDING_STRUCTURE = new Set(['test/fixtures/model/outline.av', 'test/fixtures/export/vereniging-outline.av', 'test/fixtures/model/dotted.av']);
// Drafts whose articles are headed in another form than the library's "## Artikel N – Titel" ("Artikel 3.",
// plain chapter headings, numbered clauses without headings): the clause is inserted in the library's own
// form, which the parser then takes as the draft's heading style. Pending until a clause is written in the
// draft's own heading and numbering style (issue 21 item 1, issue 22 item 7).
const PENDING_STYLE = new Set(['test/fixtures/structure/genummerd.av', 'test/fixtures/structure/hoofdstukken.av', 'test/fixtures/docx/lijstvormen.txt']);

const sig = (n: { kind: string; path: string[]; written: string }) => `${n.kind} ${n.path.join('.')} (written "${n.written}")`;

function brokenInsertions(text: string): string[] {
  const model = parseDocument(text);
  const boundaries = [...new Set([...model.nodes.filter((n) => n.kind === 'article').map((n) => n.span.start), text.length])];
  const clauses = [...new Map([...clausesFor('b2b'), ...clausesFor('b2c')].map((c) => [c.id, c])).values()];
  const out: string[] = [];
  for (const clause of clauses) {
    for (const at of boundaries) {
      let inserted = fillClause(clause, { number: articleNumberAt(text, at) });
      if (!inserted.endsWith('\n')) inserted += '\n';
      if (at > 0 && text[at - 1] !== '\n') inserted = '\n' + inserted;
      const after = parseDocument(text.slice(0, at) + inserted + text.slice(at));
      const byStart = new Map(after.nodes.map((n) => [n.span.start, sig(n)]));
      const shift = (o: number) => (o >= at ? o + inserted.length : o);
      const changed = model.nodes.filter((n) => byStart.get(shift(n.span.start)) !== sig(n));
      if (changed.length) out.push(`${clause.id} at offset ${at}: ${changed.length} nodes read differently, e.g. ${sig(changed[0])} -> ${byStart.get(shift(changed[0].span.start)) ?? 'none'}`);
    }
  }
  return out;
}

describe('robustness: inserting a library clause keeps the parse of the draft around it', function () {
  this.timeout(suiteTimeout(120_000));
  const drafts = repoDrafts();

  it('finds drafts and clauses to try (not vacuous)', () => {
    assert.ok(drafts.length >= 6, `${drafts.length} drafts`);
    assert.ok(clausesFor('b2b').length > 10);
  });

  for (const { name, text } of drafts) {
    const title = `${name}: every clause at every article boundary`;
    if (PENDING_STRUCTURE.has(name.split('\\').join('/'))) {
      it.skip(`${title} (pending the structure reading of outline-numbered drafts)`, () => undefined);
      continue;
    }
    if (PENDING_STYLE.has(name.split('\\').join('/'))) {
      it.skip(`${title} (pending clauses written in the draft's own heading style)`, () => undefined);
      continue;
    }
    it(title, () => {
      const broken = brokenInsertions(text);
      assert.deepEqual(broken.slice(0, 5), [], `${broken.length} insertions break the parse`);
    });
  }

  it('the check itself sees a broken parse: an outline-numbered draft is read differently after a heading-style clause', () => {
    const outline = ' 1. Algemeen\n  1. Deze voorwaarden gelden voor elke opdracht.\n  2. Afwijkingen gelden alleen schriftelijk.\n 2. Betaling\n  1. Betaling volgt binnen veertien (14) dagen.\n';
    // Pins today's known breakage so the pending cases above are not forgotten: when this fails, the structure
    // fix has landed; then delete this test and enable the pending drafts.
    assert.ok(brokenInsertions(outline).length > 0);
  });
});
