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
    assert.match(h.markdown, /\*\*2\.1\*\*/);
    assert.match(h.markdown, /De Klant betaalt binnen 30 dagen/);
    assert.match(referenceHoverAt(m, TEXT.indexOf('artikel 9'), 'nl')!.markdown, /staat niet in dit concept/);
  });
});
