import * as assert from 'node:assert/strict';
import { check } from '../testing/check';

const TERMS = 'Algemene voorwaarden Schildersbedrijf Kwast\n\nArtikel 1. Toepasselijkheid\n1.1 Deze voorwaarden gelden voor elke opdracht van opdrachtgever aan opdrachtnemer.\n';

describe('voorwaarden-aanvaarding', () => {
  it('fires where the user of the terms is the one who declares to accept them', () => {
    const [f] = check('voorwaarden-aanvaarding', TERMS + '1.2 Bij ondertekening van de offerte verklaart «opdrachtnemer» in te stemmen met deze algemene voorwaarden.\n');
    assert.match(f.message.nl, /"opdrachtnemer"/);
    assert.match(f.message.en, /other party/);
    check('voorwaarden-aanvaarding', TERMS + '1.2 De «Leverancier» verklaart kennis te hebben genomen van de algemene voorwaarden en gaat daarmee akkoord.\n');
  });

  it('leaves the client accepting, the terms of another, and purchase terms alone', () => {
    check('voorwaarden-aanvaarding', TERMS + '1.2 Bij ondertekening van de offerte verklaart opdrachtgever in te stemmen met deze algemene voorwaarden.\n');
    check('voorwaarden-aanvaarding', TERMS + '1.2 Opdrachtnemer verklaart bekend te zijn met de huisregels van de opdrachtgever en gaat daarmee akkoord.\n');
    check('voorwaarden-aanvaarding', TERMS + '1.2 Opdrachtnemer verklaart kennis te hebben genomen van de voorwaarden van de opdrachtgever.\n');
    check('voorwaarden-aanvaarding', 'Inkoopvoorwaarden Gemeentebedrijf\n\nArtikel 1. Toepasselijkheid\n1.1 Leverancier verklaart met deze algemene inkoopvoorwaarden in te stemmen.\n1.2 Leverancier verklaart akkoord te gaan met de voorwaarden.\n');
    check('voorwaarden-aanvaarding', TERMS + '1.2 Opdrachtnemer verklaart dat hij de werkzaamheden naar beste kunnen uitvoert.\n');
  });
});
