import * as assert from 'node:assert/strict';
import { assertGate } from '../engine/gateCheck';
import { check } from '../testing/check';
import { LATEST, LATEST_WORDS } from './voorwaarden-versie';

describe('voorwaarden-versie', () => {
  it('fires on a sentence that makes both the newest version and the version at contracting apply', () => {
    const [f] = check('voorwaarden-versie', '«Op iedere overeenkomst is telkens de meest recente versie van deze voorwaarden van toepassing, dan wel de versie die gold ten tijde van het sluiten van de overeenkomst.»');
    assert.match(f.message.nl, /twee versies/);
    check('voorwaarden-versie', '«Van toepassing is de actuele versie c.q. de versie zoals die luidde bij het aangaan van de overeenkomst.»');
  });

  it('cites 6:238 lid 2 BW toward a consumer only', () => {
    const text = '«Van toepassing is de nieuwste versie of de versie van deze voorwaarden zoals die gold op het moment van de totstandkoming van de overeenkomst.»';
    const [c] = check('voorwaarden-versie', text, { audience: 'b2c' });
    assert.match(c.message.nl, /6:238 lid 2 BW/);
    const [b] = check('voorwaarden-versie', text, { audience: 'b2b' });
    assert.doesNotMatch(b.message.nl, /6:238/);
  });

  it('leaves one version, or two set apart by the kind of contract or a condition, alone', () => {
    check('voorwaarden-versie', 'Op de overeenkomst is de versie van deze voorwaarden van toepassing die gold ten tijde van het sluiten ervan.');
    check('voorwaarden-versie', 'Altijd geldt de laatst gedeponeerde versie.');
    check('voorwaarden-versie', 'Op lopende overeenkomsten blijft de versie van toepassing die gold bij het sluiten ervan; op nieuwe overeenkomsten de laatste versie.');
    check('voorwaarden-versie', 'De meest recente versie geldt, tenzij de klant kiest voor de versie die gold bij het sluiten van de overeenkomst.');
    check('voorwaarden-versie', 'De Dienst werkt in de laatste versie van de gangbare browsers.');
  });

  it('every latest-version phrase holds "versie"', () => {
    assertGate(LATEST, LATEST_WORDS, ['laatst gedeponeerde versie', 'meest \t recente versie', 'actuele versie', 'nieuwste versie van de', 'Laatste Versie']);
  });
});
