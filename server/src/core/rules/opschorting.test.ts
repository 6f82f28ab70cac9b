import * as assert from 'node:assert/strict';
import { assertGate } from '../engine/gateCheck';
import { SUSPEND, SUSPEND_BACK, SUSPEND_WORDS } from './opschorting';
import { check } from '../testing/check';

describe('opschorting', () => {
  it('fires on a suspension right with neither proportionality nor notice, in both audiences', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      const [f] = check('opschorting', 'Betaalt Opdrachtgever niet, dan is Leverancier gerechtigd de uitvoering «op te schorten».', { audience });
      assert.match(f.message.nl, /6:262 lid 2/);
    }
  });

  it('names what is missing', () => {
    const [a] = check('opschorting', 'Leverancier mag de Dienst «opschorten» voor zover de achterstand dat rechtvaardigt.');
    assert.match(a.message.nl, /geen voorafgaande waarschuwing/);
    const [b] = check('opschorting', 'Leverancier mag de Dienst «opschorten» nadat zij Opdrachtgever Schriftelijk heeft gewaarschuwd.');
    assert.match(b.message.nl, /niet begrensd/);
    check('opschorting', 'Leverancier mag de Dienst met onmiddellijke ingang «opschorten» voor zover de achterstand dat rechtvaardigt.');
  });

  it('reads the clauses of a suspension article together', () => {
    check(
      'opschorting',
      '## Artikel 10 – Opschorting\n10.1 Betaalt Opdrachtgever niet, dan mag Leverancier de uitvoering opschorten, voor zover de achterstand dat rechtvaardigt.\n10.2 Leverancier schort pas op nadat zij Opdrachtgever Schriftelijk heeft gewaarschuwd en veertien (14) dagen heeft gegeven.\n',
    );
  });

  it('leaves the client\'s own suspension right and mere mentions alone', () => {
    check('opschorting', 'Opdrachtgever mag zijn betaling opschorten zolang Leverancier tekortschiet.');
    check('opschorting', 'Deze bepaling laat de bevoegdheid van Opdrachtgever onverlet om de eigen verplichtingen op te schorten zoals de wet toestaat.');
    check('opschorting', 'Tijdens de opschorting kan Opdrachtgever de Gegevens blijven exporteren.');
  });
});

describe('opschorting: literal gate', () => {
  it('suspension phrases are found near "schort" or "toegang", as a full scan finds them', () => {
    assertGate(
      SUSPEND,
      SUSPEND_WORDS,
      ['opschorten', 'op te schorten', 'op \t\n\tte \t\n\tschorten', 'opschorting', 'schort de levering op', 'schorten \t\nalle werkzaamheden tijdelijk en direct volledig op', 'opgeschort', 'de toegang blokkeren', 'de \t\n\ttoegang tot de Dienst afsluiten', 'toegang ontzeggen', 'Opdrachtgever'],
      SUSPEND_BACK,
      600,
    );
  });
});
