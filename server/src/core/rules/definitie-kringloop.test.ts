import * as assert from 'node:assert/strict';
import { check } from '../testing/check';

describe('definitie-kringloop', () => {
  it('fires where a definition describes the term by the term itself', () => {
    const [f] = check('definitie-kringloop', 'Artikel 1 Definities\n«Gebruiker»: de Gebruiker van deze voorwaarden, zijnde Proef B.V.;\nKlant: de wederpartij van de Gebruiker.\n\nArtikel 2 Slot\nDe Gebruiker en de Klant.\n');
    assert.equal(f.related?.length, 1);
    // A title over its text: reported at the title, the line a disable comment can go above.
    check('definitie-kringloop', 'Artikel 1 Begrippen\n1.3 «Dienst»\nde Dienst die Leverancier levert.\n\nArtikel 2 Levering\nLeverancier levert de Dienst.\n');
    check('definitie-kringloop', 'Artikel 1 Begrippen\n1. «Dienst»: iedere Dienst die Leverancier levert.\n\nArtikel 2 Levering\nLeverancier levert de Dienst.\n');
  });

  it('stays quiet on a description in other words, a name that identifies a party, and the term in lower case', () => {
    check(
      'definitie-kringloop',
      'Artikel 1 Definities\nProef: Proef B.V., gevestigd te Utrecht;\nAdministrator: de gebruiker die in zijn Account als Administrator is aangemerkt;\nOvereenkomst: de overeenkomst tussen Proef en de Klant;\nKlant: de wederpartij van Proef.\n\nArtikel 2 Slot\nProef, de Administrator, de Klant en de Overeenkomst.\n',
    );
    // A term defined in passing has the text before it, which may hold the word itself.
    check('definitie-kringloop', 'Artikel 1 Partijen\n1.1 De Klant, hierna: de “Klant”, en Proef B.V.\n');
  });
});
