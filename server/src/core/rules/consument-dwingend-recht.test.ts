import * as assert from 'node:assert/strict';
import { assertGate } from '../engine/gateCheck';
import { CHECKS, CONSUMER_CHECKS } from './consument-dwingend-recht';
import { check } from '../testing/check';

const b2c = { audience: 'b2c' as const };
const b2b = { audience: 'b2b' as const };

const PHRASES: Record<string, string[]> = {
  herroeping: ['herroepingsrecht', 'herroepen', 'bedenktijd', 'zonder opgave van redenen', 'zonder opgaaf van reden'],
  garantie: ['garantie', 'garantietermijn', 'garantieperiode'],
  opzeggingOpdracht: ['beëindigen, mits', 'opzeggen onder voorwaarde dat', 'op te zeggen op voorwaarde dat', 'te beëindigen slechts indien', 'opzeggen alleen nadat', 'beëindigen \t uitsluitend als'],
  betaalmiddel: ['betaalkosten', 'transactiekosten', 'toeslag voor betaling per creditcard', 'kosten van het betaalmiddel', 'betaalwijze brengt kosten', 'creditcardbetalingen kennen een toeslag'],
};

describe('consument-dwingend-recht', () => {
  it('a withdrawal period in working days or shorter than fourteen days (6:230o lid 1)', () => {
    const [f] = check('consument-dwingend-recht', 'De Consument kan de overeenkomst zonder opgave van redenen ontbinden binnen «tien werkdagen» na het sluiten ervan.', b2c);
    assert.match(f.message.nl, /6:230o lid 1/);
    check('consument-dwingend-recht', 'Je hebt een bedenktijd van «7 dagen» waarin je de bestelling kunt annuleren.', b2c);
    // In a business draft too, where the clause itself speaks of a consumer.
    check('consument-dwingend-recht', 'Is de Klant een natuurlijk persoon die niet handelt in de uitoefening van een beroep of bedrijf, dan kan hij zonder opgave van redenen ontbinden binnen «veertien werkdagen».', b2b);
  });

  it('not for fourteen days or more, nor for the refund or return terms', () => {
    check('consument-dwingend-recht', 'De Consument kan de overeenkomst zonder opgave van redenen ontbinden binnen veertien (14) dagen na ontvangst.', b2c);
    check('consument-dwingend-recht', 'Na herroeping betalen wij het bedrag binnen vijf werkdagen terug.', b2c);
    check('consument-dwingend-recht', 'Na de ontbinding zonder opgave van redenen stuurt de consument het product terug, en wij vergoeden binnen 3 werkdagen de kosten.', b2c);
    // The user's own right to end the contract, and a business customer, are no withdrawal right.
    check('consument-dwingend-recht', 'Leverancier mag de overeenkomst zonder opgave van redenen opzeggen met een termijn van 7 dagen.', b2b);
  });

  it('a commercial guarantee with a period and no word on the statutory rights (7:6a lid 4)', () => {
    const [f] = check('consument-dwingend-recht', 'Je hebt 6 maanden «garantie» op de sluitingen.', b2c);
    assert.match(f.message.nl, /7:6a lid 4/);
    assert.match(f.message.nl, /7:6 lid 1/);
    check('consument-dwingend-recht', 'Je hebt 6 maanden garantie op de sluitingen, onverminderd je wettelijke rechten.', b2c);
    check('consument-dwingend-recht', 'Je hebt 6 maanden garantie op de sluitingen.', b2b);
    check('consument-dwingend-recht', 'Op maatwerk geven wij geen garantie.', b2c);
  });

  it('the consumer\'s right to end an opdracht at any time made conditional (7:408 lid 1, 7:413 lid 2)', () => {
    const [f] = check('consument-dwingend-recht', 'De cliënt kan de behandelovereenkomst te allen tijde «beëindigen, mits» de therapeut twee dagen voor de volgende afspraak schriftelijk is ingelicht.', b2c);
    assert.match(f.message.nl, /7:408 lid 1 BW/);
    assert.match(f.message.nl, /7:413 lid 2 BW/);
    check('consument-dwingend-recht', 'Je kunt het coachingtraject «opzeggen onder voorwaarde dat» je de resterende sessies betaalt.', b2c);
    // Unconditional, by the user, a sale rather than an opdracht, or toward a business: quiet.
    check('consument-dwingend-recht', 'De cliënt kan de behandelovereenkomst te allen tijde beëindigen. Een afspraak die later dan 24 uur vooraf wordt afgezegd, kan in rekening worden gebracht.', b2c);
    check('consument-dwingend-recht', 'De therapeut kan de behandeling beëindigen, mits hij de cliënt doorverwijst.', b2c);
    check('consument-dwingend-recht', 'De koper kan de koop beëindigen, mits hij de zaak ongebruikt terugzendt.', b2c);
    check('consument-dwingend-recht', 'De cliënt kan de behandelovereenkomst beëindigen, mits de therapeut twee dagen voor de volgende afspraak is ingelicht.', b2b);
  });

  it('a charge for the means of payment (6:230k lid 1)', () => {
    const [f] = check('consument-dwingend-recht', 'Bij een boeking kunnen «betaalkosten» in rekening worden gebracht.', b2c);
    assert.match(f.message.nl, /6:230k lid 1/);
    check('consument-dwingend-recht', 'Voor betaling per «creditcard rekenen wij een toeslag» van 3%; die wordt vooraf gemeld.', b2c);
    check('consument-dwingend-recht', 'Betalen kan met iDEAL of creditcard; er gelden geen betaalkosten.', b2c);
    check('consument-dwingend-recht', 'Bij een boeking kunnen betaalkosten in rekening worden gebracht.', b2b);
  });

  for (const c of [...CHECKS, ...CONSUMER_CHECKS]) {
    it(`gate: every match of "${c.sub}" holds one of ${JSON.stringify(c.words)}`, () => {
      assertGate(c.find, c.words!, PHRASES[c.sub], c.back, 300);
    });
  }
});
