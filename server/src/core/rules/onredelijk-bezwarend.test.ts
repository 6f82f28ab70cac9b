import * as assert from 'node:assert/strict';
import { assertGate } from '../engine/gateCheck';
import { CHECKS } from './onredelijk-bezwarend';
import { check } from '../testing/check';
import { analyze } from '../analyzer';

const b2c = { audience: 'b2c' as const };
const b2b = { audience: 'b2b' as const };
// With the default severity (check() sets one), so the rule grades each finding itself.
const of = (text: string, audience: 'b2b' | 'b2c') => analyze(text, { audience }).findings.filter((f) => f.ruleId === 'onredelijk-bezwarend');

const PHRASES: Record<string, string[]> = {
  anyBreach: ['enige voorwaarde niet nakomt', 'een of meerdere bepalingen van de overeenkomst niet naleeft', 'zijn verplichtingen uit de overeenkomst niet nakomt', 'de verplichtingen uit de Overeenkomst niet of niet volledig nakomt'],
  changeWithoutNotice: ['updates zonder voorafgaande kennisgeving', 'wijzigen zonder aankondiging', 'zonder voorafgaande mededeling de functies aanpassen'],
  changeAnyTime: ['op elk moment te wijzigen', 'te allen tijde de Dienst aanpassen', 'op  ieder\tmoment deze voorwaarden aan te passen', 'wijzigen op elk moment', 'aanpassen abcdefghijklmnopqrst te allen tijde'],
  registeredLetter: ['aangetekende brief', 'aangetekend schrijven', 'aangetekend'],
  priceNotwithstanding: ['niettemin gerechtigd tot verhoging', 'desondanks bevoegd de prijs te verhogen', 'evenwel gerechtigd het tarief te verhogen'],
};

describe('onredelijk-bezwarend', () => {
  it('a sanction for any breach, however slight: a hint between businesses, a warning toward consumers', () => {
    const [b] = check('onredelijk-bezwarend', 'Leverancier kan de overeenkomst beëindigen indien de Klant «een of meerdere voorwaarden niet naleeft».', b2b);
    assert.match(b.message.nl, /6:265 lid 1/);
    assert.match(b.message.nl, /6:233 sub a/);
    assert.equal(of('Leverancier kan de overeenkomst beëindigen indien de Klant een of meerdere voorwaarden niet naleeft.', 'b2b')[0].severity, 'hint');
    const [c] = check('onredelijk-bezwarend', 'Leverancier kan de overeenkomst beëindigen indien de Klant «een of meerdere voorwaarden niet naleeft».', b2c);
    assert.match(c.message.nl, /6:237 sub d/);
    assert.equal(of('Leverancier kan de overeenkomst beëindigen indien de Klant een of meerdere voorwaarden niet naleeft.', 'b2c')[0].severity, 'warning');
    // The sanction in the lead-in of a list.
    check('onredelijk-bezwarend', '## Artikel 9. Ontbinding\n\nLeverancier mag de overeenkomst ontbinden, indien:\n\n- Klant «de verplichtingen uit de overeenkomst niet of niet volledig nakomt».\n- Klant failliet gaat.\n', b2b);
  });

  it('a change at any moment that the other party must look out for itself is a change without notice', () => {
    const [f] = check('onredelijk-bezwarend', 'Aanbieder heeft het recht deze Overeenkomst «op elk moment te wijzigen». Gebruiker moet zelf regelmatig controleren of er een nieuwe versie van deze Overeenkomst is.', b2b);
    assert.match(f.message.nl, /zonder voorafgaande kennisgeving/);
    check('onredelijk-bezwarend', 'Leverancier mag de Dienst «te allen tijde aanpassen»; Klant dient de website zelf regelmatig te raadplegen.', b2c);
    // Announced, or nothing to look out for, or the client's own change: nothing.
    check('onredelijk-bezwarend', 'Licentiegever mag deze Overeenkomst op elk moment wijzigen. Licentiegever kondigt een wijziging dertig dagen vooraf aan; Licentienemer kan regelmatig controleren welke versie geldt.', b2b);
    check('onredelijk-bezwarend', 'Licentiegever mag deze Overeenkomst op elk moment wijzigen met instemming van Licentienemer.', b2b);
    check('onredelijk-bezwarend', 'Klant mag zijn bestelling op elk moment wijzigen. Klant dient zelf regelmatig te controleren of de gegevens juist zijn.', b2b);
  });

  it('not with a threshold or a cure period, nor when the user breaches, nor without a sanction', () => {
    check('onredelijk-bezwarend', 'Leverancier kan de overeenkomst beëindigen indien de Klant een of meerdere voorwaarden niet naleeft, tenzij de tekortkoming van geringe betekenis is.', b2b);
    check('onredelijk-bezwarend', 'Leverancier kan de overeenkomst beëindigen indien de Klant een of meerdere voorwaarden niet naleeft en dat na een hersteltermijn van veertien dagen niet heeft hersteld.', b2b);
    check('onredelijk-bezwarend', 'De Klant kan de overeenkomst beëindigen indien Leverancier een of meerdere voorwaarden niet naleeft.', b2b);
    check('onredelijk-bezwarend', 'De Klant vergoedt de kosten indien hij een of meerdere voorwaarden niet naleeft.', b2b);
  });

  it('leaves a suspension power that is the only sanction to opschorting (one finding for one point), in both audiences', () => {
    const only = 'Indien de Klant zijn verplichtingen uit de overeenkomst niet, niet tijdig of niet volledig nakomt, is Leverancier gerechtigd de levering op te schorten.';
    for (const audience of ['b2b', 'b2c'] as const) {
      check('onredelijk-bezwarend', only, { audience });
      // opschorting carries it, with the measure of 6:262 lid 2 BW.
      assert.deepEqual(analyze(only, { audience }).findings.map((f) => f.ruleId).filter((id) => id === 'opschorting' || id === 'onredelijk-bezwarend'), ['opschorting']);
      check('onredelijk-bezwarend', 'Opdrachtnemer mag de werkzaamheden opschorten wanneer Opdrachtgever enige voorwaarde niet nakomt.', { audience });
    }
  });

  it('still reports a suspension beside an end of the contract, and a suspension the user only announces', () => {
    // Rescission has its own measure (6:265 lid 1 BW), which opschorting does not weigh.
    check('onredelijk-bezwarend', 'Indien de Klant «zijn verplichtingen uit de overeenkomst niet, niet tijdig of niet volledig nakomt», is Leverancier gerechtigd de levering op te schorten of de overeenkomst te ontbinden.', b2c);
    check('onredelijk-bezwarend', 'Leverancier mag de levering opschorten en de toegang blokkeren indien de Klant «enige voorwaarde niet nakomt».', b2b);
    // No power of the user for opschorting to weigh: this rule keeps it.
    check('onredelijk-bezwarend', 'Leverancier zal de levering opschorten indien de Klant «enige voorwaarde niet nakomt».', b2b);
  });

  it('a change of the performance without notice', () => {
    const [b] = check('onredelijk-bezwarend', 'De Klant aanvaardt dat de programmatuur automatische «updates ontvangt zonder voorafgaande kennisgeving».', b2b);
    assert.match(b.message.nl, /6:233 sub a/);
    assert.match(b.message.nl, /6:237 sub c/);
    const [c] = check('onredelijk-bezwarend', 'Wij kunnen de app «bijwerken zonder voorafgaande kennisgeving».', b2c);
    assert.match(c.message.nl, /6:237 sub c/);
    check('onredelijk-bezwarend', 'De Klant mag zijn instellingen wijzigen zonder voorafgaande kennisgeving.', b2b);
    check('onredelijk-bezwarend', 'Wij kondigen updates twee weken vooraf aan.', b2b);
  });

  it('between businesses: a registered letter for the client\'s statements, and a price raised notwithstanding an agreed price', () => {
    const [r] = check('onredelijk-bezwarend', 'Klachten dienen door de Opdrachtgever binnen acht dagen bij «aangetekend schrijven» te worden gemeld.', b2b);
    assert.match(r.message.nl, /6:237 sub m/);
    const [p] = check('onredelijk-bezwarend', 'Komen partijen een vast honorarium overeen, dan is Leverancier «niettemin gerechtigd tot verhoging» van dat honorarium.', b2b);
    assert.match(p.message.nl, /6:236 sub i/);
    // Toward consumers the lists report these.
    check('onredelijk-bezwarend', 'Klachten dienen door de Opdrachtgever binnen acht dagen bij aangetekend schrijven te worden gemeld.', b2c);
    check('onredelijk-bezwarend', 'Komen partijen een vast honorarium overeen, dan is Leverancier niettemin gerechtigd tot verhoging van dat honorarium.', b2c);
    // Leverancier's own registered letter is no burden on the client.
    check('onredelijk-bezwarend', 'Leverancier stelt de Opdrachtgever bij aangetekend schrijven in gebreke.', b2b);
  });

  for (const c of CHECKS) {
    it(`gate: every match of "${c.sub}" holds one of ${JSON.stringify(c.words)}`, () => {
      assertGate(c.find, c.words!, PHRASES[c.sub], c.back, 300);
    });
  }
});
