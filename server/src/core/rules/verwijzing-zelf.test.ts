import { check } from '../testing/check';

describe('verwijzing-zelf', () => {
  it('fires when a clause refers to itself', () => {
    check('verwijzing-zelf', 'Artikel 1 Aansprakelijkheid\n1. Directe schade.\n2. Indirecte schade.\n3. Voor andere schade dan bedoeld in de leden 2 en «3» is niemand aansprakelijk.\n');
    check('verwijzing-zelf', '## Artikel 2 – Slot\n2.1 Het bepaalde in «artikel 2.1» geldt niet.\n2.2 Niets.\n');
  });

  it('stays quiet on references to other clauses and to the own article', () => {
    check('verwijzing-zelf', 'Artikel 1 Aansprakelijkheid\n1. Directe schade.\n2. Indirecte schade.\n3. Buiten de in de leden 1 en 2 genoemde gevallen geen aansprakelijkheid; artikel 1 blijft van kracht.\n');
  });

  it('stays quiet where the draft says it means the clause itself, and on an article found at its first clause', () => {
    check('verwijzing-zelf', '## Artikel 2 – Slot\n2.1 Het hiervoor in dit artikel 2.1 bepaalde en deze 2.1 gelden.\n2.2 Niets.\n');
    check('verwijzing-zelf', '14.1 Het bepaalde in artikel 14 geldt.\n14.2 Niets.\n');
  });
});
