import * as assert from 'node:assert/strict';
import { check } from '../testing/check';

describe('verwijzing-afgebroken', () => {
  it('fires on a paragraph that ends on a reference with nothing after it', () => {
    const [f] = check('verwijzing-afgebroken', 'Op deze overeenkomst zijn van toepassing «de bepalingen van»\n\nDe prijzen zijn in euro.\n');
    assert.match(f.message.nl, /breekt af na "de bepalingen van"/);
    assert.match(f.message.en, /breaks off after "de bepalingen van"/);
    check('verwijzing-afgebroken', '1.1 De huurder betaalt de kosten zoals «bedoeld in»\n');
    check('verwijzing-afgebroken', 'Deze overeenkomst wordt «beheerst door de»\n\nArtikel 2 Prijzen\n');
    check('verwijzing-afgebroken', '2.3 Leverancier levert de zaken met inachtneming van «artikel»\n\n2.4 Betaling binnen 14 dagen.\n');
  });

  it('accepts a finished sentence, a hard-wrapped line and a colon that opens a list', () => {
    check('verwijzing-afgebroken', 'Op deze overeenkomst zijn van toepassing de bepalingen van artikel 7.\n\nVolgende alinea.\n');
    check('verwijzing-afgebroken', 'Op deze overeenkomst zijn van toepassing de bepalingen van\nboek 7 van het Burgerlijk Wetboek.\n');
    check('verwijzing-afgebroken', 'Op deze overeenkomst zijn van toepassing de bepalingen van:\n\na. boek 7 BW;\n');
    check('verwijzing-afgebroken', 'De klant betaalt de kosten van de levering in\n\nDit is een andere zin.\n');
    check('verwijzing-afgebroken', '## Toepasselijkheid van de bepalingen van\n\nTekst.\n');
  });
});
