import * as assert from 'node:assert/strict';
import { analyze } from '../engine/analyze';
import { check } from '../testing/check';

describe('placeholder', () => {
  it('finds unfilled placeholders, in both audiences', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      check('placeholder', 'Deze voorwaarden zijn van «[PARTIJ]», gevestigd te «[•]».', { audience });
      check('placeholder', 'Opdrachtgever betaalt binnen «XX» dagen, vanaf «[datum]».', { audience });
      check('placeholder', 'De vergoeding bedraagt € «…» per maand; tekenen: «______».', { audience });
      check('placeholder', 'Leverancier is gevestigd te «${2:plaats}» en «[NAAM LEVERANCIER]».', { audience });
    }
  });

  it('leaves links, checkboxes, ordinary brackets and ellipses in prose alone', () => {
    check('placeholder', 'Zie [NLdigital](https://example.invalid) en artikel 3 [vervallen].');
    check('placeholder', '- [ ] gecontroleerd\n- [x] ondertekend');
    check('placeholder', 'Het Besluit (Stb. 2012, 141) geldt; de partijen... zijn het eens.');
    check('placeholder', 'Titel XXL en de maat xl zijn geen plaatshouders.');
  });

  it('is an error by default', () => {
    const [f] = analyze('Gevestigd te [PLAATS].').findings.filter((x) => x.ruleId === 'placeholder');
    assert.equal(f.severity, 'error');
  });
});
