import * as assert from 'node:assert/strict';
import { applyFix, check, unmark } from '../testing/check';

describe('getal-woord', () => {
  it('fires when the words and the digits differ', () => {
    check('getal-woord', 'betaling binnen «dertig (14)» dagen');
    check('getal-woord', 'een opzegtermijn van «(24) twintig» maanden');
    check('getal-woord', 'binnen «14 (vijftien)» dagen na factuurdatum');
    check('getal-woord', 'Een termijn van «Drie (4)» maanden.');
    check('getal-woord', 'na «tweeëntwintig (23)» dagen');
  });

  it('stays quiet when they agree, in every order and spelling', () => {
    check('getal-woord', 'zes (6) maanden, 12 (twaalf) maanden, (24) vierentwintig maanden');
    check('getal-woord', 'één (1) jaar en een (1) maand; tweeentwintig (22) dagen; honderdtwintig (120) euro');
  });

  it('ignores parentheses that hold no number word', () => {
    check('getal-woord', 'de Opdrachtgever (hierna: Klant) betaalt binnen 30 dagen (zie artikel 4)');
    check('getal-woord', 'de gegevens (2) worden verwerkt; (a) en (b) zijn van toepassing');
    check('getal-woord', 'artikel 7 (vier weken) en lid (3)');
  });

  it('offers fixes that make either side agree', () => {
    const { text } = unmark('binnen dertig (14) dagen');
    const [f] = check('getal-woord', 'binnen «dertig (14)» dagen');
    assert.equal(applyFix(text, f, 0), 'binnen dertig (30) dagen');
    assert.equal(applyFix(text, f, 1), 'binnen veertien (14) dagen');
  });
});
