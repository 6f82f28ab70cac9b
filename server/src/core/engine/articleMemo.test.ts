import * as assert from 'node:assert/strict';
import { MemoStore } from './incrementalMemo';
import { nodeFacts } from './articleMemo';
import { parseDocument } from '../model/parse';
import type { RuleContext } from '../kit/rule';
import type { StructureNode } from '../model/types';

const DRAFT = [
  '## Artikel 1 – Betaling',
  '1.1 De klant betaalt binnen dertig dagen.',
  '1.2 Bij te late betaling is de klant rente verschuldigd.',
  '## Artikel 2 – Levering',
  '2.1 De leverancier levert op het afgesproken adres.',
  '2.2 Het risico gaat over bij aflevering.',
].join('\n');

/** The text of every clause as read through nodeFacts, and the clauses read anew. */
function readClauses(text: string, store?: MemoStore): { texts: string[]; read: string[] } {
  const ctx: RuleContext = { audience: 'b2b', report: () => undefined };
  if (store) {
    store.rotate();
    ctx.memo = (name) => store.memo(name);
  }
  const model = parseDocument(text);
  const read: string[] = [];
  const facts = nodeFacts<string>(model, ctx, 'test');
  const readText = (n: StructureNode) => {
    const own = model.text.slice(n.textSpan.start, n.textSpan.end);
    read.push(own);
    return own;
  };
  const texts = model.nodes.filter((n) => n.kind === 'clause').map((n) => facts(n, readText));
  return { texts, read };
}

describe('engine: nodeFacts', () => {
  it('reads each node once, and after an edit only the nodes of the edited article', () => {
    const store = new MemoStore();
    const first = readClauses(DRAFT, store);
    assert.equal(first.read.length, 4);
    assert.deepEqual(readClauses(DRAFT, store).read, []);
    const edited = DRAFT.replace('dertig', 'veertien');
    const after = readClauses(edited, store);
    assert.deepEqual(after.texts, readClauses(edited).texts);
    assert.equal(after.read.length, 2);
    assert.ok(after.read.every((s) => edited.indexOf(s) < edited.indexOf('## Artikel 2')));
  });

  it('finds what a fresh reading finds after an edit that changes the nodes of an article', () => {
    const store = new MemoStore();
    readClauses(DRAFT, store);
    // The second clause joined to the first: one node fewer in the article.
    const joined = DRAFT.replace('\n1.2 Bij', ' 1.2 Bij');
    assert.deepEqual(readClauses(joined, store).texts, readClauses(joined).texts);
  });

  it('reads every time without a memo', () => {
    assert.equal(readClauses(DRAFT).read.length, 4);
    assert.equal(readClauses(DRAFT).read.length, 4);
  });
});
