import * as assert from 'node:assert/strict';
import { applyFix, check, unmark } from '../testing/check';

describe('spelling', () => {
  it('finds the known misspellings', () => {
    check('spelling', 'Leverancier mag «ten allen tijde» de Dienst aanpassen.');
    check('spelling', 'schriftelijk «danwel» per e-mail');
    check('spelling', '«Voorzover» de wet dat toestaat, en «ondermeer» de kosten.');
    check('spelling', 'De Opdrachtgever is «ingebreke» na een termijn.');
  });

  it('accepts the correct spellings and look-alikes', () => {
    check('spelling', 'Leverancier mag te allen tijde de Dienst aanpassen, dan wel beëindigen, voor zover nodig.');
    check('spelling', 'de ingebrekestelling, de danwelvariant en het woord allentijde blijven onberoerd');
  });

  it('replaces while keeping the capital', () => {
    const { text } = unmark('Danwel iets.');
    const [f] = check('spelling', '«Danwel» iets.');
    assert.equal(applyFix(text, f), 'Dan wel iets.');
  });
});
