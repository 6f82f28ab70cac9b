import * as assert from 'node:assert/strict';
import { analyze } from '../analyzer';
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
    // The number is fixed for the place; the other tab stops stay; "overeenkomst" is no term of this draft.
    assert.match(item.snippet, /^## Artikel 3 – Aansprakelijkheid\n3\.1 De aansprakelijkheid van Leverancier .* de overeenkomst, .*\$\{2:twaalf \(12\) maanden\}/);
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
    for (const i of items) assert.match(i.snippet, /^## Artikel 2 – /);
    assert.match(items[0].documentation, /^Clause from the Clausule library/);
  });

  it("writes the clause in the draft's heading and numbering style, with the draft's defined terms", () => {
    const styled = ['Voorwaarden', '', 'Artikel 1. Begrippen', '1. Opdracht: het werk voor de klant.', '', 'Artikel 2. Prijs', '1. De Opdracht kost wat de offerte zegt.', '', ''].join('\n');
    const [item] = at(styled + 'av-overmacht');
    assert.match(item.snippet, /^Artikel 3\. Overmacht\n1\. Een partij hoeft een verplichting uit de Opdracht niet na te komen/);
    assert.match(item.snippet, /\n2\. /);
    assert.doesNotMatch(item.snippet, /## |3\.1|Overeenkomst/);
    assert.match(item.documentation, /```\nArtikel 3\. Overmacht\n1\. /);
  });

  it('offers the title clause only above the first article', () => {
    assert.deepEqual(at('av-tit').map((i) => i.label), ['av-titel']);
    assert.deepEqual(at(DRAFT + 'av-tit'), []);
  });

  it('stays out of ordinary prose and other prefixes', () => {
    assert.deepEqual(at(DRAFT + '3.1 De av-'), []);
    assert.deepEqual(at(DRAFT + 'avond'), []);
    assert.deepEqual(at(DRAFT + 'Leverancier'), []);
  });

  it('is offered only where an article can start: after a blank line, a finished sentence or the title', () => {
    const labels = (text: string, offset = text.length) => libraryCompletions(analyze(text, { audience: 'b2b' }), offset, 'nl').map((i) => i.label);
    assert.deepEqual(labels('# Voorwaarden\nav-aans'), ['av-aansprakelijkheid-b2b'], 'below the title');
    assert.deepEqual(labels('## Artikel 1 – A\n1.1 De prijs is vast.\nav-aans'), ['av-aansprakelijkheid-b2b'], 'after a finished clause');
    assert.deepEqual(labels('## Artikel 1 – A\n1.1 De klant betaalt;\r\nav-aans'), ['av-aansprakelijkheid-b2b'], 'after a semicolon, with CRLF');
    // A sentence that goes on over the line break: the "av" that starts the next line is prose.
    assert.deepEqual(labels('## Artikel 1 – A\n1.1 De klant betaalt de prijs binnen\nav-aans'), []);
    assert.deepEqual(labels('## Artikel 1 – A\n1.1 Onder Dienst wordt verstaan:\nav-aans'), []);
    assert.deepEqual(labels('## Artikel 1 – A\nav-aans'), [], 'right under a heading the article has no text yet');
    // Text after the cursor on the same line: not a new article.
    const mid = DRAFT + 'av-aans rest van de regel';
    assert.deepEqual(labels(mid, mid.indexOf(' rest')), []);
    const blankAfter = DRAFT + 'av-aans  \n';
    assert.deepEqual(labels(blankAfter, blankAfter.indexOf('  \n')), ['av-aansprakelijkheid-b2b']);
  });
});
