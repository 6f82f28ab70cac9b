import * as assert from 'node:assert/strict';
import { assertGate } from '../engine/gateCheck';
import { PATTERN, START_WORDS, mayStartAt } from './spelling';
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

  it('trying the pattern only where mayStartAt holds finds what a full scan finds', () => {
    const phrases = (data.entries as Array<{ wrong: string }>).map((e) => e.wrong);
    // Text is joined without separators, so these run straight into the phrases: "laatsteten alle tijde".
    const glue = ['laatste', 'kosten', 'eerste', 'x7', 'é', '_', '\u212a', 'al', 'alles', 'ALLE', 'A\u212aLE', 'te te', 'ten'];
    assertGate(PATTERN, START_WORDS, [...phrases, ...glue, 'te allen tijde', 'ten  alle\ttijde'], 0, 600, mayStartAt);
    // Not vacuous: it does rule places out.
    for (const [t, at] of [['te zijner tijd', 0], ['ten slotte', 0], ['kosten alle tijde', 4], ['xdanwel', 1]] as const) assert.equal(mayStartAt(t, at), false, t);
    for (const t of ['te alle tijde', 'TE\tALLEN', 'ten  allen', 'danwel']) assert.equal(mayStartAt(t, 0), true, t);
  });
});
