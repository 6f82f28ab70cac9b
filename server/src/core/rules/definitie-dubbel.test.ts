import * as assert from 'node:assert/strict';
import { check, unmark } from '../testing/check';
import { analyze } from '../analyzer';

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

  it('warns, not errs, where a party named in passing is named so again (comparitie and recital)', () => {
    const text = 'De ondergetekenden:\n1. Proefbouw B.V., gevestigd te Voorbeeldstad, hierna te noemen: ‘Opdrachtgever’;\n\nIn aanmerking nemende dat:\na. Proefbouw de planning verzorgt, verder te noemen «Opdrachtgever».\n\nArtikel 1 Slot\n1.1 De Opdrachtgever betaalt.\n';
    const [f] = check('definitie-dubbel', text);
    assert.match(f.message.nl, /opnieuw ingevoerd/);
    const severity = (marked: string) => analyze(unmark(marked).text).findings.find((x) => x.ruleId === 'definitie-dubbel')?.severity;
    assert.equal(severity(text), 'warning');
    // A list definition named again in passing keeps the error.
    const listed = 'Artikel 1 Definities\nKlant: de wederpartij;\n\nArtikel 2 Slot\n2.1 Proef B.V. (hierna: «Klant») betaalt.\n';
    check('definitie-dubbel', listed);
    assert.equal(severity(listed), 'error');
  });
});
