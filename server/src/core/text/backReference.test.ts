import * as assert from 'node:assert/strict';
import { refersBack } from './backReference';

describe('backReference', () => {
  it('sees a sentence that takes its subject from the sentence before it', () => {
    for (const s of [
      'Deze gegevens worden na een maand vernietigd.',
      'Dit geldt niet voor consumenten.',
      'In dat geval is Klant geen vergoeding verschuldigd.',
      'Bij schending van het genoemde verbod is een boete verschuldigd.',
      'Het bepaalde in het vorige lid geldt ook voor onderaannemers.',
      'Daarvoor rekent Leverancier het uurtarief.',
    ])
      assert.ok(refersBack(s), s);
  });

  it('not a sentence that names its own subject, or the document itself', () => {
    for (const s of [
      'Deze algemene voorwaarden zijn van toepassing op elke overeenkomst.',
      'Deze overeenkomst eindigt na een jaar.',
      'Leverancier bewaart de gegevens een maand.',
      'Dienstverlening volgens de in artikel 3 genoemde termijnen.',
      'Dithmarschen is geen plaats in Nederland.',
    ])
      assert.ok(!refersBack(s), s);
  });
});
