import * as assert from 'node:assert/strict';
import { assertGate } from '../engine/gateCheck';
import { PATTERN, START_WORDS } from './spelling';
import data from './data/spelling.json';
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

describe('spelling: literal gate', () => {
  it('tries the pattern only at the first words of its entries, and finds what a full scan finds', () => {
    const phrases = (data.entries as Array<{ wrong: string }>).map((e) => e.wrong);
    assertGate(PATTERN, START_WORDS, [...phrases, 'te allen tijde', 'persoonsgegevens', 'ten  alle\ttijde'], 0, 600);
  });
});
