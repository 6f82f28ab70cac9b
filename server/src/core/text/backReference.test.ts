import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { refersBack, refersBackPlain } from './backReference';
import { runs } from '../testing/fuzz';

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

  it('rules out by its words only sentences the patterns do not match', () => {
    const piece = fc.constantFrom('het', 'de', 'genoemde', 'GENOEMDE', 'voornoemde', 'boven', 'bovenstaande', 'bovenſtaande', 'voorgaande', 'vorige', 'vorig', 'lid', 'LID', 'hiervoor', 'deze', 'in dat geval', 'x', '1', ' ', '  ', '\n', '\t', ',', 'é', 'ë');
    const sentence = fc.oneof(fc.array(piece, { maxLength: 12 }).map((p) => p.join(' ')), fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 30 }));
    let yes = 0;
    fc.assert(
      fc.property(sentence, (s) => {
        const plain = refersBackPlain(s);
        if (plain) yes++;
        assert.equal(refersBack(s), plain, JSON.stringify(s));
      }),
      { numRuns: runs(2000) },
    );
    assert.ok(yes > 0);
  });
});
