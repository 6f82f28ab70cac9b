import * as assert from 'node:assert/strict';
import { analyze } from '../engine/analyze';
import { libraryCompletions } from './completion';

const DRAFT = ['# Algemene voorwaarden X B.V.', '', '## Artikel 1 – A', '1.1 Tekst.', '', '## Artikel 2 – B', '2.1 Tekst.', '', ''].join('\n');

function at(text: string, audience: 'b2b' | 'b2c' = 'b2b') {
  return libraryCompletions(analyze(text, { audience }), text.length, 'nl');
}

describe('library completion', () => {
  it('offers the clauses for the typed prefix, numbered to fit the insertion point', () => {
    const text = DRAFT + 'av-aans';
    const items = at(text);
    assert.deepEqual(items.map((i) => i.label), ['av-aansprakelijkheid-b2b']);
    const [item] = items;
    assert.match(item.snippet, /^## Artikel \$\{1:3\} – Aansprakelijkheid\n\$1\.1 /);
    assert.equal(item.detail, 'Artikel 3 – Aansprakelijkheid (b2b)');
    assert.deepEqual(item.span, { start: text.length - 'av-aans'.length, end: text.length });
    assert.match(item.documentation, /```\n## Artikel 3 – Aansprakelijkheid\n3\.1 /);
  });

  it('offers only the variant for the draft audience, and the shared clauses', () => {
    const b2c = at(DRAFT + 'av-', 'b2c').map((i) => i.label);
    assert.ok(b2c.includes('av-aansprakelijkheid-b2c') && b2c.includes('av-exit'));
    assert.ok(!b2c.some((l) => l.endsWith('-b2b')));
    const b2b = at(DRAFT + 'av-', 'b2b').map((i) => i.label);
    assert.ok(!b2b.some((l) => l.endsWith('-b2c')));
  });

  it('numbers by the articles before the cursor when inserting in the middle', () => {
    const text = DRAFT.replace('## Artikel 2 – B', 'av-over\n\n## Artikel 2 – B');
    const offset = text.indexOf('av-over') + 'av-over'.length;
    const items = libraryCompletions(analyze(text, { audience: 'b2b' }), offset, 'en');
    assert.ok(items.length >= 1);
    for (const i of items) assert.match(i.snippet, /\$\{1:2\}|^# /);
    assert.match(items[0].documentation, /^Clause from the Clausule library/);
  });

  it('stays out of ordinary prose and other prefixes', () => {
    assert.deepEqual(at(DRAFT + '3.1 De av-'), []);
    assert.deepEqual(at(DRAFT + 'avond'), []);
    assert.deepEqual(at(DRAFT + 'Leverancier'), []);
  });
});
