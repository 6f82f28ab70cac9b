import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { check } from '../testing/check';
import { periodStatements, SUBJECT_GATE, SUBJECTS } from './termijn-tegenstrijdig';

const ID = 'termijn-tegenstrijdig';

// Two articles of an invented draft; each test puts one period in each.
const draft = (first: string, second: string) => `Artikel 3 Betaling en duur\n3.1 ${first}\n\nArtikel 9 Slotbepalingen\n9.1 ${second}\n`;

describe('termijn-tegenstrijdig', () => {
  it('fires at the later of two payment terms, naming the other place and both periods', () => {
    const found = check(ID, draft('Facturen van Bloemkool Webdesign worden binnen 14 dagen na factuurdatum betaald.', 'Betaling geschiedt binnen «30 dagen» na factuurdatum.'));
    assert.equal(found.length, 1);
    assert.match(found[0].message.nl, /^De betaaltermijn is hier "30 dagen", maar in artikel 3\.1 "14 dagen"\./);
    assert.match(found[0].message.nl, /6:238 lid 2 BW/);
    assert.match(found[0].message.en, /^The payment term is "30 dagen" here, but "14 dagen" in article 3\.1\./);
    assert.equal(found[0].related?.length, 1);
  });

  it('fires on the complaint period, the notice period, the deletion of data and the withdrawal period', () => {
    check(ID, draft('Klachten over de werkzaamheden meldt de Klant binnen 8 dagen na levering schriftelijk.', 'Klachten worden schriftelijk ingediend binnen «14 dagen» na levering.'));
    check(ID, draft('Elk der partijen kan de Overeenkomst opzeggen met een opzegtermijn van één maand.', 'Partijen kunnen de overeenkomst schriftelijk opzeggen met inachtneming van een opzegtermijn van «drie (3) maanden».'));
    check(ID, draft('Na beëindiging van de Overeenkomst verwijdert Leverancier de gegevens van Klant binnen 30 dagen.', 'Leverancier vernietigt alle gegevens binnen «60 dagen» na het einde van de Overeenkomst.'));
    check(ID, draft('De Klant heeft een bedenktijd van 14 dagen.', 'De herroepingstermijn bedraagt «30 dagen».'));
  });

  it('names a numbered item under a lid as "lid 3 sub 2", not "lid 3.2"', () => {
    const found = check(ID, 'Artikel 3 Facturering\n1. Leverancier factureert maandelijks.\n2. Een factuur vermeldt het ordernummer.\n3. Daarnaast geldt het volgende:\n   1. facturen worden per e-mail verstuurd;\n   2. facturen worden binnen 14 dagen na factuurdatum betaald.\n\nArtikel 9 Slotbepalingen\n1. Betaling geschiedt binnen «30 dagen» na factuurdatum.\n');
    assert.match(found[0].message.nl, /maar in artikel 3 lid 3 sub 2 "14 dagen"/);
    assert.match(found[0].message.en, /in article 3 lid 3 sub 2\./);
  });

  it('reads calendar days as days', () => {
    check(ID, draft('Facturen worden binnen veertien (14) kalenderdagen na factuurdatum betaald.', 'Betaling geschiedt binnen «30 dagen» na factuurdatum.'));
    check(ID, draft('Facturen worden binnen 30 kalenderdagen na factuurdatum betaald.', 'Betaling geschiedt binnen 30 dagen na factuurdatum.'));
  });

  it('reads "zonder korting of verrekening" as how to pay, not as a discount', () => {
    check(ID, draft('Facturen worden binnen 14 dagen na factuurdatum betaald, zonder korting of verrekening.', 'Betaling geschiedt binnen «30 dagen» na factuurdatum.'));
  });

  it('fires on how long force majeure must last before the agreement may be ended, also in a list under its lead-in', () => {
    const found = check(ID, 'Artikel 3 Duur\n3.1 Elk der partijen mag de overeenkomst opzeggen indien de andere partij:\na. failliet wordt verklaard;\nb. langer dan 90 dagen door overmacht (zoals bedoeld in artikel 9) niet kan nakomen.\n\nArtikel 9 Overmacht\n9.1 Indien de overmacht langer dan «dertig (30) dagen» duurt, mag elk der partijen de overeenkomst ontbinden.\n');
    assert.match(found[0].message.nl, /^De duur van overmacht waarna de overeenkomst mag worden beëindigd is hier "dertig \(30\) dagen", maar in artikel 3\.1 sub b "90 dagen"/);
    // Suspending performance is not ending the agreement; a period that is no duration of force majeure is no statement.
    check(ID, draft('Indien de overmacht langer dan 30 dagen duurt, mag elk der partijen de overeenkomst ontbinden.', 'Duurt de overmacht langer dan 90 dagen, dan mag Leverancier de uitvoering opschorten.'));
    check(ID, draft('Indien de overmacht langer dan 30 dagen duurt, mag elk der partijen de overeenkomst ontbinden.', 'Leverancier meldt overmacht binnen 5 dagen; daarna mag de Klant de overeenkomst ontbinden.'));
    check(ID, draft('Indien de overmacht langer dan 30 dagen duurt, mag elk der partijen de overeenkomst ontbinden.', 'Indien de overmacht langer dan 60 dagen duurt, mag Leverancier de overeenkomst beëindigen, tenzij de Klant de vertraging heeft veroorzaakt.'));
  });

  it('compares units: weeks are days, years are months, and the same number of working days is another period', () => {
    check(ID, draft('Facturen worden binnen 14 dagen na factuurdatum voldaan.', 'Betaling geschiedt binnen twee weken na factuurdatum.'));
    check(ID, draft('Partijen kunnen opzeggen met een opzegtermijn van twaalf maanden.', 'Opzegging door partijen geschiedt met een opzegtermijn van één jaar.'));
    check(ID, draft('De Klant heeft een bedenktijd van 14 dagen.', 'De herroepingstermijn bedraagt «14 werkdagen».'));
    // Thirty days and a month are one period in other words.
    check(ID, draft('Facturen worden binnen 30 dagen na factuurdatum voldaan.', 'Betaling geschiedt binnen een maand na factuurdatum.'));
    check(ID, draft('Facturen worden binnen 14 dagen na factuurdatum voldaan.', 'Betaling geschiedt binnen «drie maanden» na factuurdatum.'));
  });

  it('fires between two clauses of one article, and once for a period already contradicted', () => {
    check(ID, 'Artikel 5 Betaling\n5.1 Facturen worden binnen 14 dagen na factuurdatum betaald.\n5.2 Betaling van facturen geschiedt binnen «21 dagen» na factuurdatum.\n5.3 Facturen worden uiterlijk 21 dagen na factuurdatum voldaan.\n');
  });

  it('stays quiet where the periods agree, or where only one is set', () => {
    check(ID, draft('Facturen worden binnen 14 dagen na factuurdatum betaald.', 'Betaling geschiedt binnen veertien (14) dagen na factuurdatum.'));
    check(ID, draft('Facturen worden binnen 14 dagen na factuurdatum betaald.', 'Klachten worden binnen 30 dagen na levering gemeld.'));
  });

  it('stays quiet where one period is an exception to the other', () => {
    const rule = 'Facturen worden binnen 30 dagen na factuurdatum betaald.';
    check(ID, draft(rule, 'In afwijking van artikel 3.1 worden facturen voor maatwerk binnen 14 dagen betaald.'));
    check(ID, draft(rule, 'Betaling geschiedt binnen 14 dagen, tenzij Leverancier een langere termijn toestaat.'));
    check(ID, draft(rule, 'Voor cursussen geldt een betalingstermijn van 14 dagen.'));
    check(ID, draft(rule, 'Bij een onderhoudscontract wordt per kwartaal gefactureerd. De Klant betaalt binnen 7 dagen na factuurdatum.'));
    check(ID, `Artikel 3 Betaling\n3.1 ${rule}\n\nArtikel 9 Workshops\nVoor workshops geldt het volgende:\na. betaling geschiedt binnen 7 dagen na factuurdatum;\n`);
    check(ID, draft(rule, 'Indien de Klant kiest voor betaling per maand, betaalt hij binnen 7 dagen na factuurdatum.'));
  });

  it('stays quiet where the periods govern different things', () => {
    // Different parties.
    check(ID, draft('De Klant kan de Overeenkomst opzeggen met een opzegtermijn van één maand.', 'Leverancier kan de Overeenkomst opzeggen met een opzegtermijn van drie maanden.'));
    // Different kinds of service or invoice, named in the sentence or in the heading.
    check(ID, draft('Facturen voor licenties worden binnen 14 dagen na factuurdatum betaald.', 'Facturen voor maatwerk worden binnen 30 dagen na factuurdatum betaald.'));
    check(ID, 'Artikel 3 Betaling\n3.1 Facturen worden binnen 30 dagen na factuurdatum betaald.\n\nArtikel 7 Domeinnamen\n7.1 Facturen worden binnen 14 dagen na factuurdatum betaald.\n');
    check(ID, draft('Klachten over zichtbare gebreken meldt de Klant binnen 8 dagen na levering.', 'Klachten over verborgen gebreken meldt de Klant binnen 30 dagen na levering.'));
    // For consumers and for businesses.
    check(ID, draft('Een consument betaalt facturen binnen 14 dagen na factuurdatum.', 'Een zakelijke klant betaalt facturen binnen 30 dagen na factuurdatum.'));
    // First term and renewal.
    check(ID, draft('Partijen kunnen opzeggen met een opzegtermijn van drie maanden.', 'Na stilzwijgende verlenging kunnen partijen opzeggen met een opzegtermijn van één maand.'));
    // Before and after; from another moment.
    check(ID, draft('Partijen kunnen uiterlijk drie maanden voor het einde van de looptijd opzeggen.', 'Partijen kunnen opzeggen tot één maand na het einde van de looptijd.'));
    check(ID, draft('Klachten meldt de Klant binnen 8 dagen na levering.', 'Klachten meldt de Klant binnen 30 dagen na ontdekking.'));
    // The time to handle a complaint is not the time to make one; a reminder is not the payment term.
    check(ID, draft('Klachten meldt de Klant binnen 8 dagen na levering.', 'Leverancier behandelt klachten binnen 30 dagen na ontvangst.'));
    check(ID, draft('Facturen worden binnen 30 dagen na factuurdatum betaald.', 'Na een betalingsherinnering betaalt de Klant binnen 14 dagen.'));
    check(ID, draft('Facturen worden binnen 30 dagen na factuurdatum betaald.', 'Bij betaling binnen 8 dagen na factuurdatum geldt een korting van 2%.'));
    // An objection to an invoice is not a complaint about the work.
    check(ID, draft('Klachten meldt de Klant binnen 8 dagen na levering.', 'Bezwaren tegen een factuur meldt de Klant binnen 14 dagen na factuurdatum.'));
    // Data kept by law, or deleted on another occasion than the end.
    check(ID, draft('Na het einde van de Overeenkomst verwijdert Leverancier de gegevens binnen 30 dagen.', 'Leverancier bewaart de gegevens die hij wettelijk moet bewaren zeven jaar na het einde van de Overeenkomst en vernietigt ze daarna.'));
    check(ID, draft('Na het einde van de Overeenkomst verwijdert Leverancier de gegevens binnen 30 dagen.', 'Leverancier verwijdert back-ups binnen 90 dagen na het einde van de Overeenkomst.'));
  });

  it('stays quiet on a period stated as law, an example, or a scale', () => {
    check(ID, draft('De Klant heeft een bedenktijd van 30 dagen.', 'De wet geeft de consument een herroepingstermijn van 14 dagen (artikel 6:230o BW).'));
    check(ID, draft('Facturen worden binnen 30 dagen na factuurdatum betaald.', 'Een betaling binnen bijvoorbeeld 7 dagen na factuurdatum wordt op prijs gesteld.'));
    check(ID, draft('Facturen worden binnen 30 dagen na factuurdatum betaald.', 'Betaling geschiedt voor 50% binnen 7 dagen en voor het restant binnen 30 dagen.'));
  });

  it('stays quiet on periods of one paragraph', () => {
    check(ID, 'Artikel 5 Betaling\n5.1 Facturen worden binnen 14 dagen na factuurdatum betaald. Betaling van de jaarfactuur geschiedt binnen 30 dagen na factuurdatum.\n');
  });

  it('stays quiet on when notice may be given, as against how long it is', () => {
    check(ID, draft('Partijen kunnen opzeggen met een opzegtermijn van één maand.', 'De Klant kan de overeenkomst niet eerder dan na één jaar opzeggen.'));
    check(ID, draft('Partijen kunnen opzeggen met een opzegtermijn van één maand.', 'Na afloop van de minimale looptijd kunnen partijen opzeggen met een opzegtermijn van drie maanden.'));
  });

  it('reads a draft whose articles are plain headings, naming the line, and keeps the headings apart', () => {
    const found = check(ID, 'Betaling\n1. Facturen worden binnen 14 dagen na factuurdatum betaald.\n\nSlotbepalingen\n1. Betaling geschiedt binnen «30 dagen» na factuurdatum.\n');
    assert.match(found[0].message.nl, /maar in regel 2 "14 dagen"/);
    assert.match(found[0].message.en, /in line 2\./);
    // A heading that names a kind governs the clauses under it.
    check(ID, 'Betaling\n1. Facturen worden binnen 14 dagen na factuurdatum betaald.\n\nDomeinnamen\n1. Facturen worden binnen 30 dagen na factuurdatum betaald.\n');
    // A lead-in governs until the next heading, not beyond.
    check(ID, 'Workshops\nVoor workshops geldt het volgende:\n1. Facturen worden binnen 7 dagen na factuurdatum betaald.\n\nBetaling\n1. Facturen worden binnen 14 dagen na factuurdatum betaald.\n\nSlotbepalingen\n1. Betaling geschiedt binnen «30 dagen» na factuurdatum.\n');
  });

  it('reads the moment a period runs from in the first words after "na", not further on', () => {
    const [s] = periodStatements('Artikel 3 Betaling\n3.1 Meerwerk wordt binnen 14 dagen na levering in rekening gebracht en betaald.\n', 'Betaling');
    assert.equal(s.anchor, 'delivery');
  });

  it('reads each article for its own: a statement holds no offset outside the article', () => {
    const body = 'Artikel 3 Betaling\n3.1 Facturen worden binnen 14 dagen na factuurdatum betaald.\n';
    const [s] = periodStatements(body, 'Betaling');
    assert.equal(body.slice(s.start, s.end), '14 dagen');
    assert.equal(s.subject, 'payment');
    assert.equal(s.relation, 'after');
    assert.equal(s.anchor, 'invoice');
  });
});

describe('termijn-tegenstrijdig: the subject gate', () => {
  // Every word a subject pattern takes, inflected as drafts write them, in any case.
  const SUBJECT_WORDS = [
    'betalingstermijn', 'betalingtermijn', 'betaaltermijn', 'betaling', 'betalingen', 'betalen', 'betaald', 'voldaan', 'voldoen', 'voldoening',
    'klacht', 'klachten', 'klachttermijn', 'reclame', 'reclames', 'reclamatie', 'reclameren', 'gereclameerd',
    'opzegtermijn', 'opzeggingstermijn', 'opzeggen', 'opgezegd', 'opzegging', 'opzegbaar',
    'verwijderen', 'verwijdert', 'verwijderd', 'vernietigen', 'vernietigt', 'vernietigd', 'wissen', 'wist', 'gewist', 'retourneren', 'retourneert', 'teruggeven', 'geeft alles terug', 'terug te geven',
    'herroepingstermijn', 'herroepingsrecht', 'herroepen', 'herroeping', 'bedenktijd', 'bedenktermijn', 'overmacht', 'overmachtssituatie',
  ];
  const FILLER = ['de', 'klant', 'binnen', '14', 'dagen', 'na', 'factuurdatum', 'leverancier', 'maand', 'schriftelijk', 'en', 'tijd', 'ter', 'geeft'];

  it('lets through every word of every subject, so a sentence it stops has no subject', () => {
    for (const w of SUBJECT_WORDS) {
      assert.ok(SUBJECTS.some(([, re]) => re.test(w)), `a subject takes "${w}"`);
      assert.ok(SUBJECT_GATE.test(w) && SUBJECT_GATE.test(w.toUpperCase()), `the gate lets "${w}" through`);
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SUBJECT_WORDS, ...FILLER), { maxLength: 12 }), fc.boolean(), (words, upper) => {
        const sentence = upper ? words.join(' ').toUpperCase() : words.join(' ');
        return !SUBJECTS.some(([, re]) => re.test(sentence)) || SUBJECT_GATE.test(sentence);
      }),
    );
  });

  it('stops a sentence without any of them', () => {
    assert.ok(!SUBJECT_GATE.test('De leverancier levert binnen 14 dagen na de bestelling.'));
  });
});
