import * as assert from 'node:assert/strict';
import { check } from '../testing/check';

describe('definitie-ongebruikt', () => {
  it('fires on a defined term that is never used', () => {
    const [f] = check('definitie-ongebruikt', 'Artikel 1 Definities\nKlant: de wederpartij;\n«Dienst»: de dienst.\nArtikel 2 Slot\nDe Klant betaalt; de dienstverlening en de dienst volgen.\n');
    assert.deepEqual(f.tags, ['unnecessary']);
  });

  it('says so when the term is used only in a plural the draft does not cover', () => {
    const [f] = check('definitie-ongebruikt', 'Artikel 1 Definities\n«Werkdag»: maandag tot en met vrijdag.\nArtikel 2 Termijn\nBinnen vijf Werkdagen.\n');
    assert.match(f.message.nl, /alleen in het meervoud/);
  });

  it('stays quiet when the term, a covered plural or one term of a pair is used', () => {
    check('definitie-ongebruikt', 'Artikel 1 Definities\nBegrippen in het enkelvoud omvatten ook het meervoud.\nWerkdag: maandag tot en met vrijdag;\nOfferte en/of Aanbieding: een voorstel.\nArtikel 2 Termijn\nBinnen vijf Werkdagen na de Offerte.\n');
  });
});
