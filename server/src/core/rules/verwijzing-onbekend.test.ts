import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { applyFix, check, unmark } from '../testing/check';

const DRAFT = '## Artikel 1 – Duur\n1.1 De Overeenkomst duurt een jaar.\n1.2 Zie artikel 1.1.\n\n## Artikel 2 – Slot\n2.1 Op de Overeenkomst is Nederlands recht van toepassing.\n';

describe('verwijzing-onbekend', () => {
  it('fires on a reference to an article, clause or lid that does not exist', () => {
    check('verwijzing-onbekend', DRAFT + '2.2 Het bepaalde in «artikel 3» en «artikel 1.4» en «art. 2 lid 5» geldt.\n');
    check('verwijzing-onbekend', 'Artikel 1 Duur\n1. Een jaar.\n2. Zie «lid 3 van dit artikel» en «de leden 1 en »«4».\n'.replace('«de leden 1 en »«4»', 'de leden 1 en «4»'));
    check('verwijzing-onbekend', 'Artikel 1 Duur\n1. «Het vorige lid» geldt ook.\n2. Een jaar.\n');
  });

  it('names the missing part in the words of the draft', () => {
    const [f] = check('verwijzing-onbekend', 'Artikel 2 Duur\n1. Een jaar.\n2. Zie «lid 3».\n');
    assert.match(f.message.nl, /lid 3 van artikel 2/);
    assert.match(f.message.en, /paragraph 3 of article 2/);
    const [g] = check('verwijzing-onbekend', DRAFT + '2.2 Zie «artikel 1.4».\n');
    assert.match(g.message.nl, /onderdeel 1\.4/);
    // The article exists, the lid does not: the message names the article and its heading.
    assert.match(g.message.nl, /artikel 1 \("Duur"\) heeft dat onderdeel niet/);
    assert.match(g.message.en, /article 1 \("Duur"\) has no such part/);
  });

  it('stays quiet on references that resolve and on statute citations', () => {
    check('verwijzing-onbekend', DRAFT + '2.2 Artikel 1.1, artikel 2.1, het bepaalde in 1.2, artikel 7:404 BW, artikel 6 AVG, artikel 11.7 Telecommunicatiewet en artikel 9 van de Verwerkersovereenkomst.\n');
    check('verwijzing-onbekend', 'Artikel 1 Duur\n1. Een jaar.\n2. Het vorige lid en lid 1 van dit artikel gelden; artikel 1 lid 2 ook.\n');
  });

  it('suggests the obviously meant number in an outline draft', () => {
    const marked = ' 1. Algemeen\n  1. Duur\n   1. Een jaar.\n  2. Slot\n   1. Zie «artikel 1.1.1» en «artikel 2.1».\n'.replace('«artikel 1.1.1» en ', 'artikel 1.1.1 en ');
    const [f] = check('verwijzing-onbekend', marked);
    assert.match(f.message.nl, /Bedoelt u 1\.2\.1\?/);
    assert.equal(applyFix(unmark(marked).text, f), unmark(marked).text.replace('artikel 2.1', 'artikel 1.2.1'));
  });

  it('fires on a letter or an annex the draft does not have', () => {
    const [f] = check('verwijzing-onbekend', 'Artikel 6 Uitbesteding\na. intern;\nb. extern.\n\nArtikel 7 Slot\n1. Zie «artikel 6c» en artikel 6b.\n');
    assert.match(f.message.nl, /sub c/);
    const [g] = check('verwijzing-onbekend', 'Artikel 1 Verwerking\n1. De beveiliging staat in «bijlage 2».\n');
    assert.match(g.message.nl, /bijlage 2, maar die bijlage is geen deel van dit concept/);
    assert.match(g.message.en, /annex 2/);
  });

  it('stays quiet on references to other instruments and annexes of other documents', () => {
    check('verwijzing-onbekend', readFileSync(path.resolve('test/fixtures/references/external.av'), 'utf8'));
  });

  it('stays quiet on article headings and on numbers the draft writes where its structure was not read', () => {
    check('verwijzing-onbekend', readFileSync(path.resolve('test/fixtures/references/headings.av'), 'utf8'));
    // Clauses run together in one paragraph; an annex under a heading the outline does not show.
    check('verwijzing-onbekend', 'Artikel 4 Levering\n4.1. Wij leveren binnen een maand. 4.2. Levering geschiedt franco.\n\nArtikel 5 Slot\n1. Zie artikel 4.2 en bijlage 1.\n\nBijlage 1 Tarieven\nUurtarief.\n');
  });

  it('fires on a missing article whose number a definition or lid elsewhere carries', () => {
    const defs = Array.from({ length: 10 }, (_, i) => `${i + 1}. Begrip${i + 1}: een omschrijving.`).join('\n');
    const [f] = check('verwijzing-onbekend', `Artikel 1 Begrippen\nIn deze voorwaarden betekent:\n${defs}\n\nArtikel 2 Toepassing\n1. Zie ook «artikel 10».\n2. Daarnaast geldt «artikel 7».\n`);
    // A tenth definition is no stand-in for a tenth article: no suggestion of "1 lid 10".
    assert.doesNotMatch(f.message.nl, /Bedoelt u/);
  });

  it('stays quiet on an article the draft numbers as a list item, and on a clause N.M', () => {
    const items = Array.from({ length: 10 }, (_, i) => `${i + 1}. Onderwerp ${i + 1}\nDe partijen spreken dit af.`).join('\n\n');
    check('verwijzing-onbekend', `Voorwaarden\n\n${items}\n\nZie artikel 10 en artikel 7.\n`);
    check('verwijzing-onbekend', 'Artikel 1 Begrippen\n1. Klant: de wederpartij.\n2. Werkdag: een dag.\n\nArtikel 2 Slot\n2.1 Zie artikel 1 en artikel 2.\n');
  });

  it('says that a lid of an article without numbered leden can only be found by counting', () => {
    const [f] = check('verwijzing-onbekend', 'Artikel 1 Duur\n1. Een jaar.\n\nArtikel 5 Meerwerk\nMeerwerk wordt vooraf besproken.\n\nMeerwerk wordt schriftelijk bevestigd.\n\nIn afwijking van «lid 1» geldt een vaste prijs.\n');
    assert.match(f.message.nl, /Artikel 5 nummert zijn leden niet/);
    assert.match(f.message.en, /does not number its paragraphs/);
    // More than it has paragraphs: the ordinary message.
    const [g] = check('verwijzing-onbekend', 'Artikel 1 Duur\n1. Een jaar.\n\nArtikel 5 Meerwerk\nMeerwerk wordt vooraf besproken. Zie «lid 4».\n');
    assert.match(g.message.nl, /lid 4 van artikel 5/);
  });
});

