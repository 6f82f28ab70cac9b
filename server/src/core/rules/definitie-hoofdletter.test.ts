import * as assert from 'node:assert/strict';
import { applyFix, check, unmark } from '../testing/check';

const DEFS = 'Artikel 1 Definities\nSoftware: de programmatuur van Leverancier;\nOpdrachtgever: de wederpartij van Leverancier.\nArtikel 2 Gebruik\n';
const PARTY = 'Opdrachtgever betaalt. Opdrachtgever meldt. Opdrachtgever zorgt. Opdrachtgever test. Opdrachtgever stemt in.\n';

describe('definitie-hoofdletter', () => {
  it('fires on a defined term in lower case where the definition is meant', () => {
    check('definitie-hoofdletter', DEFS + '1. Leverancier onderhoudt de «software».\n');
    check('definitie-hoofdletter', DEFS + PARTY + '2. Betaling door «opdrachtgever» geschiedt per maand.\n');
  });

  it('fixes by capitalising', () => {
    const marked = DEFS + '1. Leverancier onderhoudt de «software».\n';
    const [f] = check('definitie-hoofdletter', marked);
    assert.ok(applyFix(unmark(marked).text, f).endsWith('onderhoudt de Software.\n'));
  });

  it('stays quiet on generic uses, qualified uses and inside definitions', () => {
    check('definitie-hoofdletter', DEFS + '1. Leverancier levert ook software van derden; een opdrachtgever van Leverancier; andere software; de softwareleverancier.\n');
  });
});
