import * as assert from 'node:assert/strict';
import { check } from '../testing/check';

describe('definitie-dubbel', () => {
  it('fires on the second definition of a term', () => {
    const [f] = check('definitie-dubbel', 'Artikel 1 Definities\nKlant: de wederpartij;\nDienst: de dienst;\n«Klant»: iedere afnemer.\nArtikel 2 Slot\nDe Klant en de Dienst.\n');
    assert.equal(f.related?.length, 1);
    assert.match(f.message.nl, /andere omschrijving/);
    check('definitie-dubbel', '## Artikel 1 – Definities\n- **Dienst**: de dienst;\n\n## Artikel 2 – Slot\nOnder «Dienst» wordt verstaan: de dienst.\n');
  });

  it('stays quiet on distinct terms, and on two terms of one definition', () => {
    check('definitie-dubbel', 'Artikel 1 Definities\nKlant: de wederpartij;\nKlantportaal: het portaal;\nOfferte en/of Aanbieding: een voorstel.\nArtikel 2 Slot\nDe Klant, het Klantportaal, de Offerte en de Aanbieding.\n');
  });
});
