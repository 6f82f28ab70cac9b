import * as assert from 'node:assert/strict';
import { applyFix, check, unmark } from '../testing/check';
import fc from 'fast-check';
import { nextParen, PAREN } from './getal-woord';
import { runs } from '../testing/fuzz';

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

describe('getal-woord: parentheses found by indexOf', () => {
  const PIECES = ['(', ')', '((', '(12)', '(1234567)', '(twaalf)', '(Drie)', '(é)', '(ab', 'x', ' ', '\n', '\r\n', '\ud835\udc00', '\u017f', '\u212a', '7', 'twaalf'];
  it('finds what a global scan finds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        const want: Array<[number, string]> = [];
        PAREN.lastIndex = 0;
        for (let m = PAREN.exec(text); m; m = PAREN.exec(text)) want.push([m.index, m[0]]);
        const got: Array<[number, string]> = [];
        for (let m = nextParen(text, 0); m; m = nextParen(text, m.index + m[0].length)) got.push([m.index, m[0]]);
        assert.deepEqual(got, want, JSON.stringify(text));
      }),
      { numRuns: runs(3000) },
    );
  });
});
