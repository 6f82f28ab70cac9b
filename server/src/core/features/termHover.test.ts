import * as assert from 'node:assert/strict';
import { parseDocument } from '../model/parse';
import { referenceHoverAt, termHoverAt } from './termHover';

const TEXT = '## Artikel 1 – Definities\n- **Klant**: de wederpartij van Leverancier.\n\n## Artikel 2 – Betaling\n2.1 De Klant betaalt binnen 30 dagen.\n2.2 Zie artikel 2.1 en artikel 9.\n';
const m = parseDocument(TEXT);

describe('features/termHover', () => {
  it('shows the definition of a defined term', () => {
    const h = termHoverAt(m, TEXT.indexOf('Klant betaalt'), 'nl')!;
    assert.match(h.markdown, /\*\*Klant\*\* — gedefinieerd begrip \(artikel 1\)/);
    assert.match(h.markdown, /de wederpartij van Leverancier/);
    assert.equal(TEXT.slice(h.span.start, h.span.end), 'Klant');
    assert.match(termHoverAt(m, TEXT.indexOf('Klant betaalt'), 'en')!.markdown, /defined term/);
    assert.equal(termHoverAt(m, TEXT.indexOf('betaalt'), 'nl'), undefined);
  });

  it('shows the text of the clause a reference points at, or that it does not exist', () => {
    const h = referenceHoverAt(m, TEXT.indexOf('artikel 2.1'), 'nl')!;
    assert.match(h.markdown, /^\*\*2\.1 \(artikel 2 – Betaling\)\*\*/);
    assert.match(h.markdown, /De Klant betaalt binnen 30 dagen/);
    assert.match(referenceHoverAt(m, TEXT.indexOf('artikel 9'), 'nl')!.markdown, /staat niet in dit concept/);
  });

  it("gives the target's title and its text once, never its number twice", () => {
    const text = 'Artikel 3 Betaling\n1. Facturen worden binnen 14 dagen voldaan.\n2. Zie lid 1 en artikel 3.\n';
    const model = parseDocument(text);
    const lid = referenceHoverAt(model, text.indexOf('lid 1'), 'nl')!;
    assert.equal(lid.markdown, '**3 lid 1 (artikel 3 – Betaling)**\n\n> Facturen worden binnen 14 dagen voldaan.');
    const art = referenceHoverAt(model, text.indexOf('artikel 3'), 'en')!;
    assert.match(art.markdown, /^\*\*Article 3 – Betaling\*\*\n\n> 1\. Facturen/);
    // Clauses run together in one paragraph: the hover shows where the draft writes the number.
    const run = 'Artikel 4 Levering\n4.1. Wij leveren binnen een maand. 4.2. Levering geschiedt franco.\n\nArtikel 5 Slot\n5.1 Zie artikel 4.2.\n';
    const h = referenceHoverAt(parseDocument(run), run.lastIndexOf('artikel 4.2'), 'nl')!;
    assert.doesNotMatch(h.markdown, /staat niet in dit concept/);
    assert.match(h.markdown, /Levering geschiedt franco/);
  });
});
