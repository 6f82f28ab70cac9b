import * as assert from 'node:assert/strict';
import { check } from '../testing/check';

const DRAFT = (clause: string) =>
  [
    '## Artikel 1 – Levering',
    '1.1 Leverancier levert binnen dertig dagen na de bestelling.',
    '1.2 Leverancier geeft op geleverde zaken een garantie van twaalf maanden.',
    '## Artikel 2 – Ontbinding',
    '2.1 Elke partij kan de overeenkomst ontbinden bij een tekortkoming van de ander.',
    '2.2 De aansprakelijkheid is beperkt tot een bedrag van 5.000 euro.',
    '## Artikel 3 – Slotbepalingen',
    `3.1 ${clause}`,
    '',
  ].join('\n');

describe('verwijzing-inhoud', () => {
  it('fires on a noun named before the reference that the target never mentions', () => {
    const [f] = check('verwijzing-inhoud', DRAFT('Dit laat onverminderd «de garanties als opgenomen in artikel 2».'));
    assert.match(f.message.nl, /spreekt van "garanties", maar artikel 2 noemt geen garanties/);
    assert.match(f.message.en, /speaks of "garanties", but article 2 does not mention it/);
    assert.equal(f.related?.length, 1);
    check('verwijzing-inhoud', DRAFT('Voor opzegging geldt «de opzeggingstermijn bedoeld in artikel 2.1».'));
  });

  it('fires on a noun named after the reference, also after an adjective', () => {
    check('verwijzing-inhoud', DRAFT('Rente is verschuldigd na «de in artikel 2.2 bedoelde termijn».'));
    check('verwijzing-inhoud', DRAFT('Klachten volgen na «de in artikel 2.1 genoemde schriftelijke kennisgeving».'));
  });

  it('accepts a target that names the noun, a plural, a compound or a period written in days', () => {
    check('verwijzing-inhoud', DRAFT('Dit laat onverminderd de garanties als opgenomen in artikel 1.'));
    check('verwijzing-inhoud', DRAFT('Dit laat onverminderd de garantie als bedoeld in artikel 1.2.'));
    check('verwijzing-inhoud', DRAFT('Rente is verschuldigd na de in artikel 1.1 bedoelde termijn.'));
    check('verwijzing-inhoud', DRAFT('Het in artikel 2.2 genoemde maximumbedrag vervalt bij opzet.'));
    check('verwijzing-inhoud', DRAFT('De in artikel 2.1 bedoelde tekortkoming moet schriftelijk worden gemeld.'));
  });

  it('does not read nouns that name what a clause does, nor references that name nothing', () => {
    check('verwijzing-inhoud', DRAFT('Buiten de in artikel 2.2 genoemde gevallen is niemand aansprakelijk.'));
    check('verwijzing-inhoud', DRAFT('De in artikel 2.2 opgenomen beperking geldt niet bij opzet.'));
    check('verwijzing-inhoud', DRAFT('Nadat de in artikel 2.1 omschreven procedure heeft gelopen, vervalt het recht.'));
    check('verwijzing-inhoud', DRAFT('Artikel 2 is van toepassing.'));
  });

  it('reads a reference into its own article without the sentence that refers', () => {
    const own = [
      '## Artikel 1 – Eigendom',
      '1.1 Voor «de in artikel 1 bedoelde geschillen» is de rechter bevoegd.',
      '1.2 Het eigendom gaat over na betaling.',
      '',
    ].join('\n');
    check('verwijzing-inhoud', own);
    const named = [
      '## Artikel 1 – Geschillen',
      '1.1 Geschillen worden voorgelegd aan de rechter te Utrecht.',
      '1.2 Voor de in artikel 1 bedoelde geschillen geldt Nederlands recht.',
      '',
    ].join('\n');
    check('verwijzing-inhoud', named);
  });

  it('reads "de in dit artikel bedoelde X" against the heading and the text before it', () => {
    const [f] = check(
      'verwijzing-inhoud',
      ['## Artikel 4 – Eigendom', '4.1 Voor «de in dit artikel bedoelde geschillen» is de rechter te Utrecht bevoegd.', '4.2 Geschillen over eigendom gaan naar de kantonrechter.', ''].join('\n'),
    );
    assert.match(f.message.nl, /verwijst naar "geschillen" in dit artikel, maar het opschrift en de bepalingen ervóór noemen geen geschillen/);
    assert.match(f.message.en, /neither its heading nor the text before it mentions it/);
    check('verwijzing-inhoud', ['## Artikel 4 – Geschillen', '4.1 Voor de in dit artikel bedoelde geschillen is de rechter bevoegd.', ''].join('\n'));
    check('verwijzing-inhoud', ['## Artikel 4 – Bevoegde rechter', '4.1 Alle geschillen gaan naar de rechter.', '4.2 De in dit artikel bedoelde geschillen worden in het Nederlands gevoerd.', ''].join('\n'));
    check('verwijzing-inhoud', ['## Artikel 4 – Geheimhouding', '4.1 Partijen houden alles geheim.', '4.2 Geen van de in dit artikel opgenomen bepalingenlegt een plicht op na afloop.', ''].join('\n'));
  });

  it('fires when a sentence says the target sets out its subject and the target shares no word with it', () => {
    const [f] = check('verwijzing-inhoud', DRAFT('Opslag van reservekopieën mag worden uitbesteed aan een hostingbedrijf, zoals uiteengezet in «artikel 1.1».'));
    assert.match(f.message.nl, /verwijst naar artikel 1\.1 \("artikel 1\.1"\), maar die bepaling noemt geen van de woorden/);
    assert.match(f.message.en, /mentions none of the words the sentence is about/);
    check('verwijzing-inhoud', DRAFT('Leverancier mag opslag van reservekopieën uitbesteden aan een hostingbedrijf met inachtneming van «artikel 2.1».'));
    check('verwijzing-inhoud', DRAFT('Elke partij mag ontbinden, zoals beschreven in artikel 2.1, na een schriftelijke ingebrekestelling.'));
    check('verwijzing-inhoud', DRAFT('Leverancier mag, in afwijking van artikel 1.2, de garantie op gebruikte zaken beperken.'));
  });

  it('reads a separable verb in both its forms, and does not judge a short sentence', () => {
    const draft = [
      '## Artikel 5 – Duur',
      '5.1 De overeenkomst kan door elke partij worden opgezegd met een maand.',
      '## Artikel 6 – Wijziging',
      '6.1 Wie de wijziging niet aanvaardt, mag in afwijking van artikel 5.1 tussentijds opzeggen tegen de ingangsdatum.',
      '6.2 Zoals geregeld in artikel 5.1 geldt dit.',
      '',
    ].join('\n');
    check('verwijzing-inhoud', draft);
  });

  it('reads a compound by its first part, and no noun after a nominalised participle', () => {
    const draft = [
      '## Artikel 7 – Aansprakelijkheid',
      '7.1 Leverancier is niet aansprakelijk voor indirecte schade.',
      '7.2 De in dit artikel omschreven aansprakelijkheidsbeperkingen gelden niet bij opzet.',
      '7.3 Wie het in dit artikel bepaalde geldend maakt, doet dat schriftelijk.',
      '',
    ].join('\n');
    check('verwijzing-inhoud', draft);
    // The last part of a compound alone is not enough: a "termijn" and "opgezegd" name no opzeggingstermijn.
    const notice = [
      '## Artikel 5 – Duur',
      '5.1 De overeenkomst kan binnen een vooruitbetaalde termijn worden opgezegd.',
      '5.2 Voor een deel van de dienst geldt «de opzeggingstermijn als bedoeld in artikel 5.1».',
      '',
    ].join('\n');
    check('verwijzing-inhoud', notice);
  });

  it('reads a compound period against a counted period, and a noun in -ing against its verb', () => {
    const draft = [
      '## Artikel 4 – Ontbinding op afstand',
      '4.1 De klant kan de koop binnen veertien dagen zonder opgave van redenen ontbinden.',
      '4.2 De in lid 1 genoemde bedenktijd begint op de dag na ontvangst.',
      '4.3 Wie ontbindt, meldt dat schriftelijk aan de verkoper.',
      '4.4 Binnen 14 dagen na de in lid 3 bedoelde melding stuurt de klant de zaak terug.',
      '4.5 Verkoper betaalt het bedrag terug; de in lid 5 bedoelde betaling volgt binnen 14 dagen.',
      '',
    ].join('\n');
    check('verwijzing-inhoud', draft);
    // No counted period in the target: the bedenktijd is still not there.
    check(
      'verwijzing-inhoud',
      DRAFT('De klant mag annuleren tot het einde van «de in artikel 2.1 genoemde bedenktijd».'),
    );
    // The verb of another noun does not count: 2.1 speaks of ontbinden, not of melden.
    check('verwijzing-inhoud', DRAFT('Klachten volgen na «de in artikel 2.1 bedoelde melding».'));
  });
});
