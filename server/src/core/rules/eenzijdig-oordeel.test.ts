import * as assert from 'node:assert/strict';
import { assertGate } from '../engine/gateCheck';
import { CHECKS } from './eenzijdig-oordeel';
import { check } from '../testing/check';
import { analyze } from '../analyzer';

const b2c = { audience: 'b2c' as const };
const b2b = { audience: 'b2b' as const };
// With the default severity (check() sets one), so the rule grades each finding itself.
const of = (text: string, options: { audience: 'b2b' | 'b2c' }) => analyze(text, options).findings.filter((f) => f.ruleId === 'eenzijdig-oordeel');

const PHRASES: Record<string, string[]> = {
  beoordeling: ['uitsluitend ter beoordeling van', 'ter vrije beoordeling aan', 'alleen ter beoordeling van'],
  voorbehouden: ['de beoordeling is exclusief voorbehouden aan', 'het oordeel daarover is uitsluitend voorbehouden aan', 'beslissing blijft volledig voorbehouden aan'],
  bepaalt: ['bepaalt Leverancier uiteindelijk of', 'beslist de organisator definitief wat', 'stelt Leverancier eenzijdig vast of'],
  oordeel: ['naar het uitsluitend oordeel van', 'naar het enige oordeel van', 'oordeel van Leverancier is bindend'],
};

describe('eenzijdig-oordeel', () => {
  it('fires where the user keeps the final judgement of a fact to itself', () => {
    const [f] = check('eenzijdig-oordeel', 'Of de Klant de huisregels heeft overtreden, is «uitsluitend ter beoordeling van» de studio.', b2c);
    assert.match(f.message.nl, /6:233 sub a/);
    assert.match(f.message.en, /6:233\(a\)/);
    check('eenzijdig-oordeel', 'Bij overtreding kan de club de overeenkomst beëindigen. De «beoordeling van de situatie is exclusief voorbehouden aan» de club.', b2c);
    check('eenzijdig-oordeel', 'Bij onenigheid over meerwerk «bepaalt Leverancier uiteindelijk of» de kosten worden doorberekend.', b2c);
    check('eenzijdig-oordeel', 'De vergoeding wordt «naar het uitsluitend oordeel van» Leverancier vastgesteld.', b2c);
  });

  it('toward a consumer, whether the user itself fell short is black-listed (6:236 sub d)', () => {
    const [f] = check('eenzijdig-oordeel', 'Of een klacht gegrond is, is «uitsluitend ter beoordeling van» Leverancier.', b2c);
    assert.match(f.message.nl, /6:236 sub d/);
    // Graded per finding when the user set no severity.
    const [g] = of('Of een klacht gegrond is, is uitsluitend ter beoordeling van Leverancier.', b2c);
    assert.equal(g.severity, 'error');
  });

  it('between businesses it is a hint that cites 6:233 sub a only', () => {
    const [f] = check('eenzijdig-oordeel', 'Of de Klant de huisregels heeft overtreden, is «uitsluitend ter beoordeling van» Leverancier.', b2b);
    assert.equal(of('Of de Klant de huisregels heeft overtreden, is uitsluitend ter beoordeling van Leverancier.', b2b)[0].severity, 'hint');
    assert.match(f.message.nl, /6:233 sub a/);
    assert.doesNotMatch(f.message.nl, /6:23[67]/);
  });

  it('does not fire where the client judges, or where a standard is shared', () => {
    check('eenzijdig-oordeel', 'Of het ontwerp voldoet, is uitsluitend ter beoordeling van de Klant.', b2c);
    check('eenzijdig-oordeel', 'De keuze van de datum is exclusief voorbehouden aan de Consument.', b2c);
    check('eenzijdig-oordeel', 'Bij onenigheid bepaalt de Klant uiteindelijk of het werk wordt uitgebreid.', b2c);
    check('eenzijdig-oordeel', 'Partijen stellen in overleg vast of de kosten worden doorberekend.', b2c);
    check('eenzijdig-oordeel', 'Een onafhankelijke deskundige beoordeelt of het werk deugdelijk is.', b2c);
  });

  for (const c of CHECKS) {
    it(`gate: every match of "${c.sub}" holds one of ${JSON.stringify(c.words)}`, () => {
      assertGate(c.find, c.words!, PHRASES[c.sub], c.back, 300);
    });
  }
});
