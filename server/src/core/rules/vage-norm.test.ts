import * as assert from 'node:assert/strict';
import { assertGate } from '../engine/gateCheck';
import { ASAP, ASAP_BACK, ASAP_WORDS, asapCanStart, AVAILABILITY, AVAILABILITY_WORDS, ROUND_THE_CLOCK, ROUND_THE_CLOCK_BACK, ROUND_THE_CLOCK_WORDS } from './vage-norm';
import { check } from '../testing/check';

describe('vage-norm', () => {
  it('fires on an availability percentage with no measuring period, in both audiences', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      const [f] = check('vage-norm', 'De Dienst is «99% beschikbaar».', { audience });
      assert.match(f.message.nl, /per kalendermaand/);
      check('vage-norm', 'Leverancier garandeert een «uptime van 99,9%».', { audience });
    }
  });

  it('accepts a percentage with a measuring period anywhere in the article', () => {
    check('vage-norm', 'De Beschikbaarheid bedraagt ten minste 99,8% per kalendermaand.');
    check('vage-norm', '## Artikel 8 – Beschikbaarheid\n8.1 De Dienst is 99,5% beschikbaar.\n8.2 De beschikbaarheid wordt gemeten over een kalendermaand.\n');
  });

  it('fires on 24/7 without scope, and accepts it with channel and response time', () => {
    check('vage-norm', 'Onze helpdesk is «24/7» bereikbaar.');
    check('vage-norm', 'Storingen met prioriteit 1 kunnen 24/7 telefonisch worden gemeld; Leverancier reageert binnen een (1) uur.');
  });

  it('fires on "zo spoedig mogelijk" and the like in a service promise', () => {
    check('vage-norm', 'Leverancier zal Storingen «zo spoedig mogelijk» verhelpen.');
    check('vage-norm', 'Een storing verhelpt Leverancier «op de kortst mogelijke termijn».');
    check('vage-norm', 'Leverancier reageert «binnen een redelijke termijn» op een melding.');
    check('vage-norm', 'Leverancier levert «zo spoedig mogelijk» na ontvangst van de betaling.');
  });

  it('leaves quoted examples, questions and headings alone: they discuss a promise, they do not make one', () => {
    check('vage-norm', 'Een leverancier die ‘99% uptime’ of ‘24/7 bereikbaar’ belooft, zegt dan nog weinig. Wat betekent dat precies?');
    check('vage-norm', 'Hoe ziet die 24/7 bereikbaarheid er praktisch uit?');
    check('vage-norm', '24/7 BEREIKBAAR');
  });

  it('leaves a vague phrase with a hard deadline, or outside a service promise, alone', () => {
    check('vage-norm', 'Opdrachtgever meldt de schade zo spoedig mogelijk, doch uiterlijk binnen drie (3) maanden.');
    check('vage-norm', 'Opdrachtgever stelt Leverancier in gebreke met een redelijke termijn voor zuivering.');
    check('vage-norm', 'Partijen treden zo spoedig mogelijk in overleg over een vervangende bepaling.');
    check('vage-norm', 'Opdrachtgever meldt een Storing zo spoedig mogelijk bij de helpdesk.');
    check('vage-norm', 'Na een ingebrekestelling moet Leverancier binnen een redelijke termijn alsnog leveren.');
  });
});

describe('vage-norm: literal gates', () => {
  it('every availability percentage holds % or "procent"', () => {
    assertGate(AVAILABILITY, AVAILABILITY_WORDS, ['99% uptime', '99,9 % beschikbaar', 'een beschikbaarheid van 99,5%', 'uptime van minimaal 99 procent', '99.5 procent van de tijd', 'bereikbaarheid is 98%']);
  });
  it('round-the-clock phrases are found near "24" or "nacht", as a full scan finds them', () => {
    assertGate(ROUND_THE_CLOCK, ROUND_THE_CLOCK_WORDS, ['24/7', '24 / 7', '24 uur per dag, 7 dagen per week', '24\tuur  per dag zeven dagen per week', 'dag en nacht', 'dag \n\t en\t\t\t\tnacht'], ROUND_THE_CLOCK_BACK);
  });
  it('"as soon as possible" phrases are found near their words, as a full scan finds them', () => {
    assertGate(
      ASAP,
      ASAP_WORDS,
      ['zo spoedig mogelijk', 'zo snel als mogelijk', 'zo \t\n vlot \t\n\t als \t\n\t mogelijk', 'op de kortst mogelijke termijn', 'op \t\n de \t\n kortst \t\n mogelijke termijn', 'binnen een redelijke termijn', 'binnen \t\n\t een \t\n\t redelijke \t termijn', 'zo spoedig als redelijkerwijs mogelijk', 'zo \t\n\t spoedig \t\n\t als \t\n\t redelijkerwijs mogelijk'],
      ASAP_BACK,
      600,
      asapCanStart,
    );
  });
});
