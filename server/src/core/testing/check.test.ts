import * as assert from 'node:assert/strict';
import { check, findingsOf } from './check';

describe('testing/check: the rule tests helper', () => {
  it('refuses a rule id nobody registered, so that a test of silence cannot pass for a rule that never ran', () => {
    assert.throws(() => check('nader-te-bepalen', '4.1 De prijs wordt nader bepaald.'), /no rule 'nader-te-bepalen' is registered: rules\/nader-te-bepalen\.ts must have a top-level `export const rule`/);
    assert.throws(() => findingsOf('Placeholder', '1.1 Van [PARTIJ].'), /npm run rules:sync/);
  });

  it('checks a registered rule both ways', () => {
    check('placeholder', '1.1 Deze voorwaarden zijn van «[PARTIJ]».');
    check('placeholder', '1.1 Deze voorwaarden zijn van Voorbeeld B.V.');
    assert.throws(() => check('placeholder', '1.1 Deze voorwaarden zijn van [PARTIJ].'), /placeholder on/);
  });
});
