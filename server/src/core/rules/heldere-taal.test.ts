import * as assert from 'node:assert/strict';
import { analyze } from '../analyzer';
import { applyFix, check } from '../testing/check';
import { assertGate } from '../engine/gateCheck';
import data from './data/heldere-taal.json';
import { PATTERN, START_WORDS } from './heldere-taal';

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

  it('tries its pattern only where a phrase starts, and finds every match a plain scan finds', () => {
    const phrases = data.entries.map((e) => e.word);
    assertGate(PATTERN, START_WORDS, [...phrases, 'ter  zake\tvan', 'met betrekking', 'C.Q.', 'xc.q.', 'tenein'], 0, 600);
    // A phrase of more words is looked for after its first word and a blank only: "ten" alone is no place to try.
    assert.ok(START_WORDS.includes('ten ') && !START_WORDS.includes('ten'));
    check('heldere-taal', 'Hij betaalt «ten behoeve van» de klant, ten\t«ten behoeve van» haar.');
  });
});
