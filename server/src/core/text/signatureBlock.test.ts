import * as assert from 'node:assert/strict';
import { isSignatureBlank } from './signatureBlock';

/** isSignatureBlank on the first run of underscores or dots marked «» in `marked`. */
function blank(marked: string): boolean {
  const start = marked.indexOf('«');
  const end = marked.indexOf('»') - 1;
  return isSignatureBlank(marked.replace('«', '').replace('»', ''), start, end);
}

describe('signatureBlock', () => {
  it('knows the fields of a signature block below a signing formula', () => {
    const formula = 'Aldus overeengekomen en in tweevoud ondertekend.\n\n';
    assert.equal(blank(formula + 'Handtekening: «_______»\n'), true);
    assert.equal(blank(formula + 'Naam: «.........»\nFunctie:\n'), true);
    assert.equal(blank(formula + '«_______»          _______\nKoper              Verkoper\n'), true);
    assert.equal(blank(formula + 'Hoorn, «_______» 2027\n'), true);
    assert.equal(blank('Getekend te «_______» op _______.\n'), true);
    // A signature label needs no formula above it.
    assert.equal(blank('Paraaf: «_____»\n'), true);
  });

  it('leaves a blank in a clause, or beside other text, to the placeholder rule', () => {
    const formula = 'Aldus overeengekomen en in tweevoud ondertekend.\n\n';
    assert.equal(blank(formula + '5.2 De prijs is € «_______» per maand.\n'), false);
    assert.equal(blank(formula + 'IBAN: «_______»\n'), false);
    assert.equal(blank('3.1 De prijs per uur:\n«_______»\n'), false);
    assert.equal(blank('2.1 De Klant ondertekent de overeenkomst op «_______».\n'), false);
    assert.equal(blank(formula + 'Naam: «_______» (of zijn vervanger)\n'), false);
  });
});
