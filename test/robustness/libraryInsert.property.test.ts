// Inserting a library clause (as the completion inserts it: filled, with the article number that fits the
// insertion point, in the draft's heading and numbering style) between two articles of a draft must not change how the rest of the draft is read: every
// node of the draft keeps its kind, number and path at its (shifted) place. Tried exhaustively: every clause
// of both audiences at every article boundary of every example and fixture draft.
import * as assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/core';
import { clausesFor, type Clause } from '../../server/src/core/library/clauses';
import { articleNumberAt, clauseForDraft, fillClause } from '../../server/src/core/library/fill';
import { titlePlace } from '../../server/src/core/library/completion';
import { repoDrafts, suiteTimeout } from './harness';

const sig = (n: { kind: string; path: string[]; written: string }) => `${n.kind} ${n.path.join('.')} (written "${n.written}")`;

type Write = (model: ReturnType<typeof parseDocument>, clause: Clause, at: number) => string;
const inDraftStyle: Write = (model, clause, at) => clauseForDraft(model, clause, at);

function brokenInsertions(text: string, write: Write = inDraftStyle): string[] {
  const model = parseDocument(text);
  const boundaries = [...new Set([...model.nodes.filter((n) => n.kind === 'article').map((n) => n.span.start), text.length])];
  const clauses = [...new Map([...clausesFor('b2b'), ...clausesFor('b2c')].map((c) => [c.id, c])).values()];
  const out: string[] = [];
  for (const clause of clauses) {
    // The title clause is offered only above the first article (see completion.ts): tried at the top.
    for (const at of clause.kind === 'article' ? boundaries : [0]) {
      if (clause.kind !== 'article' && !titlePlace(model, at)) continue;
      let inserted = write(model, clause, at);
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
    it(title, () => {
      const broken = brokenInsertions(text);
      assert.deepEqual(broken.slice(0, 5), [], `${broken.length} insertions break the parse`);
    });
  }

  it("the check itself sees a broken parse: a clause in the library's own form read into an outline-numbered draft", () => {
    const outline = ' 1. Algemeen\n  1. Deze voorwaarden gelden voor elke opdracht.\n  2. Afwijkingen gelden alleen schriftelijk.\n 2. Betaling\n  1. Betaling volgt binnen veertien (14) dagen.\n';
    const libraryForm: Write = (_model, clause, at) => fillClause(clause, { number: articleNumberAt(outline, at) });
    assert.ok(brokenInsertions(outline, libraryForm).length > 0);
    // Written in the draft's own style, the same clauses leave it as it was.
    assert.deepEqual(brokenInsertions(outline).slice(0, 3), []);
  });
});
