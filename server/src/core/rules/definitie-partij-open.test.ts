import * as assert from 'node:assert/strict';
import { check } from '../testing/check';

describe('definitie-partij-open', () => {
  it('fires on a party defined as a named company or any company affiliated with it', () => {
    const [f] = check(
      'definitie-partij-open',
      'Artikel 1. Definities\n1.1 Organisator: Feestbureau Zonnig B.V. «of iedere andere rechtstreeks of middellijk met haar verbonden onderneming».\n1.2 Deelnemer: ieder die een kaartje koopt.\n\nArtikel 2. Kaartjes\n2.1 De Organisator verkoopt kaartjes aan de Deelnemer.\n',
    );
    assert.match(f.message.nl, /"Organisator"/);
    assert.match(f.message.en, /legal entity/);
    check('definitie-partij-open', 'Artikel 1. Begrippen\nLeverancier: Bouwmaat Noord B.V. «en/of een van haar groepsmaatschappijen».\nKlant: de wederpartij van Leverancier.\n\nArtikel 2. Levering\nLeverancier levert aan Klant.\n');
  });

  it('leaves a named company, a definition of the group itself, and affiliates outside a definition alone', () => {
    check('definitie-partij-open', 'Artikel 1. Definities\n1.1 Organisator: Feestbureau Zonnig B.V., ingeschreven in het handelsregister onder nummer 12345678.\n1.2 Deelnemer: ieder die een kaartje koopt.\n\nArtikel 2. Kaartjes\n2.1 De Organisator verkoopt kaartjes aan de Deelnemer.\n');
    check('definitie-partij-open', 'Artikel 1. Definities\n1.1 Gelieerde vennootschap: elke vennootschap die direct of indirect zeggenschap heeft over Leverancier.\n1.2 Leverancier: Bouwmaat Noord B.V.\n\nArtikel 2. Levering\n2.1 Leverancier mag een Gelieerde vennootschap inschakelen bij de Levering.\n');
    check('definitie-partij-open', 'Artikel 1. Inschakeling\n1.1 Leverancier mag de opdracht laten uitvoeren door elke aan haar gelieerde vennootschap.\n');
    // The definition says which one contracts: the party is fixed after all.
    check('definitie-partij-open', 'Artikel 1. Begrippen\nLeverancier: Bouwmaat Noord B.V. of een van haar dochterondernemingen die de overeenkomst sluit.\nKlant: de wederpartij van Leverancier.\n\nArtikel 2. Levering\nLeverancier levert aan Klant.\n');
  });
});
