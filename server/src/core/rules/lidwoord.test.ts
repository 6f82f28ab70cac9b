import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { articlePairs, genderOf, PAIR } from './lidwoord';
import { runs } from '../testing/fuzz';
import { applyFix, check, unmark } from '../testing/check';

describe('lidwoord', () => {
  it('finds a de-word with "het", also a defined term and a compound', () => {
    check('lidwoord', 'Zoals bepaald in «het Overeenkomst» betaalt Klant binnen dertig dagen.');
    check('lidwoord', 'Een melding bij «het Autoriteit» Consument en Markt volstaat.');
    // A plural second word takes "de" and explains no "het"; a name of more words has its head in front.
    check('lidwoord', 'Een melding bij «het Autoriteit» Persoonsgegevens volstaat.');
    check('lidwoord', 'Een klacht bij «het Autoriteit» Incident Beheer volgt.');
    check('lidwoord', '«Het levering» vindt plaats op het adres van Klant, volgens «het Verwerkersovereenkomst».');
  });

  it('finds a het-word with "de"', () => {
    check('lidwoord', 'Partijen ondertekenen «de contract» en betalen «de bedrag» binnen een maand.');
  });

  it('leaves right articles, pronouns and longer words alone', () => {
    check('lidwoord', 'De Overeenkomst en het contract, de levering en het Verwerkersovereenkomstnummer.');
    // A name of two nouns takes the article of the second: "Project" is a het-word, "Overeenkomst" a de-word.
    check('lidwoord', 'De Project Overeenkomst gaat voor op deze voorwaarden.');
    // A name of two words whose second word is a loanword of unknown gender: that word may be its head.
    check('lidwoord', 'Meldt een Partij het Overmacht Incident, dan schort zij haar verplichtingen op.');
    check('lidwoord', 'Voor zover het schade betreft, geldt het bepaalde in artikel 8; voor zover het levering aangaat ook.');
    check('lidwoord', 'Het overeenkomst-nummer, de werk- en rusttijden, het aangaan van de overeenkomst.');
    check('lidwoord', 'De heer Van de Kantoor en het gehele Overeenkomst blijven hier buiten.');
    check('lidwoord', 'De contracten, de bedragen en het partijdig oordeel.');
    // Parties are written as names: here "het" is the pronoun.
    check('lidwoord', 'Het is Leverancier toegestaan onderhoud te plegen; het staat partij vrij; zonder toestemming is het Opdrachtgever verboden.');
  });

  it('reads a compound written apart as one word with the article of its last part', () => {
    const [f] = check('lidwoord', 'Op elke factuur staat «het opdracht nummer» van Klant.');
    assert.match(f.message.nl, /"opdracht nummer" is één samenstelling/);
    assert.equal(applyFix('Op elke factuur staat het opdracht nummer van Klant.', f), 'Op elke factuur staat het opdrachtnummer van Klant.');
    const [g] = check('lidwoord', 'Klant betaalt «de contract termijn» volledig.');
    assert.equal(applyFix('Klant betaalt de contract termijn volledig.', g), 'Klant betaalt de contracttermijn volledig.');
    // Two vowels that would be read as one get a hyphen.
    const [h] = check('lidwoord', 'Klant dient «de programma aanvraag» in bij Leverancier.');
    assert.equal(applyFix('Klant dient de programma aanvraag in bij Leverancier.', h), 'Klant dient de programma-aanvraag in bij Leverancier.');
    const [i] = check('lidwoord', 'Leverancier vermeldt «het software onderdeel» op de pakbon.');
    assert.equal(applyFix('Leverancier vermeldt het software onderdeel op de pakbon.', i), 'Leverancier vermeldt het softwareonderdeel op de pakbon.');
  });

  it('keeps the article advice where the next word is no noun of that gender', () => {
    const [f] = check('lidwoord', 'Leverancier stuurt «het factuur» direct na levering.');
    assert.match(f.message.nl, /"factuur" is een de-woord/);
    // The next word is a de-word like the noun: the article is wrong for both.
    check('lidwoord', 'Klant tekent «het overeenkomst» bijlage 2 af.');
  });

  it('replaces the article and keeps its capital', () => {
    const { text } = unmark('Het Overeenkomst loopt een jaar.');
    const [f] = check('lidwoord', '«Het Overeenkomst» loopt een jaar.');
    assert.equal(applyFix(text, f), 'De Overeenkomst loopt een jaar.');
  });

  it('knows a compound by its last part, only for long heads', () => {
    assert.equal(genderOf('Bewerkersovereenkomst'), 'de');
    assert.equal(genderOf('dienstencontract'), 'het');
    assert.equal(genderOf('overeenkomst'), 'de');
    assert.equal(genderOf('huis'), undefined);
    assert.equal(genderOf('maandag'), undefined);
  });

  it('reads each article and noun back from the end of a match as PAIR captures them', () => {
    // An exec loop on PAIR itself: matchAll would compile a copy of the pattern for every text.
    const spec = (t: string) => {
      const out = [];
      PAIR.lastIndex = 0;
      for (let m = PAIR.exec(t); m; m = PAIR.exec(t)) out.push({ index: m.index, nounAt: m.index + m[0].length - m[2].length, het: m[1].length === 3, end: m.index + m[0].length });
      return out;
    };
    const bits = ['de', 'De', 'DE', 'het', 'Het', 'hEt', ' ', ' ', '\t', '\n', 'x', 'contract', 'é', 'e\u0301', '\u0301', '𝐚', '2', '-', "'", '’', '/', '.', '\u00a0', 'İ', 'ſ'];
    const text = fc.oneof(fc.array(fc.constantFrom(...bits), { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(fc.property(text, (t) => assert.deepEqual(articlePairs(t), spec(t))), { numRuns: runs(4000) });
    // A noun read as the article of the next pair is no article: "het de contract" has one pair.
    assert.deepEqual(articlePairs('Het\tde contract, de 𝐚b').map((p) => [p.index, p.nounAt, p.het]), [[0, 4, true], [17, 20, false]]);
  });
});
