import * as assert from 'node:assert/strict';
import { analyze } from '../analyzer';
import { applyFix, check } from '../testing/check';

describe('heldere-taal', () => {
  it('is off by default', () => {
    assert.equal(analyze('Teneinde de Dienst te leveren, alsmede te onderhouden.').findings.filter((f) => f.ruleId === 'heldere-taal').length, 0);
  });

  it('finds archaic words when switched on, in both audiences', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      check('heldere-taal', '«Teneinde» de Dienst te leveren, installeert Leverancier software «alsmede» updates, «middels» een script.', { audience });
      check('heldere-taal', 'Dit geldt «ten behoeve van» Opdrachtgever, «hetgeen» partijen «c.q.» hun adviseurs weten.', { audience });
    }
  });

  it('leaves plain words and look-alikes alone', () => {
    check('heldere-taal', 'Om de Dienst te leveren installeert Leverancier software en updates via een script. Het middel werkt.');
  });

  it('offers the plain word, keeping the capital', () => {
    const [f] = check('heldere-taal', '«Teneinde» dit te bereiken');
    assert.equal(applyFix('Teneinde dit te bereiken', f), 'Om dit te bereiken');
    const [g] = check('heldere-taal', 'betaling «middels» iDEAL');
    assert.deepEqual(g.fixes!.map((x) => x.edits[0].newText), ['met', 'via']);
  });
});
