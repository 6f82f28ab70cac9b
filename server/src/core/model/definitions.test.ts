import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from './parse';
import { headPluralsOf, inflectedAdjective, participlesOf, pluralsOf } from './definitions';
import { check } from '../testing/check';

const FORMS = readFileSync(path.resolve('test/fixtures/definitions/forms.av'), 'utf8');
const LEAD = readFileSync(path.resolve('test/fixtures/definitions/lead-list.av'), 'utf8');

describe('model/definitions: every form a draft defines a term in', () => {
  const m = parseDocument(FORMS);
  const defs = (style?: string) => m.definitions.filter((d) => !style || d.style === style).map((d) => d.term);

  it('reads list, table, marked, quoted and title-only forms in the definitions article', () => {
    // "Term: …", "1. Term: …", "Term:tekst", "**Term**: …", "a) “Term”: …", "Term<TAB>tekst", "1.3 Dienst" + text below.
    assert.deepEqual(defs('list'), ['Abonnement', 'Account', 'Platform', 'Administrator', 'Dienst', 'Offerte']);
    assert.deepEqual(defs('marked'), ['Beheerder']);
    assert.deepEqual(defs('quoted'), ['Gegevens']);
    const dienst = m.definitions.find((d) => d.term === 'Dienst')!;
    assert.equal(dienst.text, 'de dienst die Leverancier volgens de Offerte levert.');
    assert.equal(m.definitions.find((d) => d.term === 'Account')!.text, 'de toegang van de Klant tot het Platform.');
    // Any text after the colon, also the placeholder the "add a definition" fix inserts.
    assert.deepEqual(parseDocument('Artikel 1 Begrippen\n1. Opdracht: [omschrijving];\n').definitions.map((d) => d.term), ['Opdracht']);
    // "De Klant: …" defines Klant, not "De Klant"; the article stays only where no capital follows it.
    const lidwoord = 'Artikel 1 Begrippen\n1. De Klant: de partij die bestelt.\n2. Het Werk: wat Leverancier maakt.\n3. Dezelfde Dag: binnen 24 uur.\n4. De opdracht: het verzoek van de Klant.\n';
    assert.deepEqual(parseDocument(lidwoord).definitions.map((d) => d.term), ['Klant', 'Werk', 'Dezelfde Dag']);
  });

  it('reads parties in the preamble, "(hierna; de “X”)", "hierna te noemen" and "onder X wordt verstaan"', () => {
    assert.deepEqual(defs('hierna'), ['Leverancier', 'Klant', 'Onderaannemer']);
    assert.deepEqual(defs('verstaan'), ['Storing']);
  });

  it('records an optional plural "Administrator(s)" as a form of the term, and counts its uses', () => {
    const admin = m.definitions.find((d) => d.term === 'Administrator')!;
    assert.ok(admin.forms.includes('Administrators'));
    assert.equal(FORMS.slice(admin.span.start, admin.span.end), 'Administrator');
    assert.ok(m.uses.some((u) => u.term === 'Administrator' && u.form === 'Administrators'));
  });

  it('records a term taken from another document as an external definition', () => {
    assert.deepEqual(defs('extern'), ['Persoonsgegevens']);
    // Not when the draft defines the term itself.
    const own = parseDocument('Artikel 1 Begrippen\n1. Persoonsgegevens: gegevens over personen.\n\nArtikel 2 Slot\n1. Persoonsgegevens zoals gedefinieerd in de AVG.\n');
    assert.deepEqual(own.definitions.map((d) => `${d.term} ${d.style}`), ['Persoonsgegevens list']);
  });

  it('reads every spelling its pattern allows, also in a draft with no other such definition (the gates hold)', () => {
    const terms = (text: string) => parseDocument(text).definitions.map((d) => `${d.term} ${d.style}`);
    // "gedefiniëerd", and two spaces before "in".
    assert.deepEqual(terms('Artikel 2 Slot\n2.1 Persoonsgegevens zoals gedefiniëerd in de AVG.\n'), ['Persoonsgegevens extern']);
    assert.deepEqual(terms('Artikel 2 Slot\n2.1 Klant krijgt het Basispakket, zoals beschreven  in de Productgids.\n'), ['Basispakket extern']);
    // Single curly quotes, and a space after the bracket.
    assert.deepEqual(terms('Artikel 2 Slot\n2.1 De dienst die Leverancier levert (‘Dienst’) is beschikbaar.\n'), ['Dienst hierna']);
    assert.deepEqual(terms('Artikel 2 Slot\n2.1 De dienst die Leverancier levert ( "Dienst") is beschikbaar.\n'), ['Dienst hierna']);
  });

  it('reads "hierna" with words before "te noemen": "hierna elk apart en samen te noemen", "hierna genoemd"', () => {
    const text = 'Artikel 1 Reikwijdte\n1.1 Deze regeling geldt voor de apps en de koppelingen (de apps en koppelingen hierna elk apart en samen te noemen: “Diensten”) die Proef B.V. (hierna genoemd “Leverancier”) levert aan een afnemer of gebruiker (hierna samen te noemen: “Afnemer”).\n';
    assert.deepEqual(parseDocument(text).definitions.map((d) => `${d.term} ${d.style}`), ['Diensten hierna', 'Leverancier hierna', 'Afnemer hierna']);
    // Words after "hierna" that name no term stay unread.
    assert.deepEqual(parseDocument('Artikel 2 Slot\n2.1 Wat hierna volgt, geldt ook voor Leverancier.\n').definitions, []);
  });

  it('reads definitions run together on one line, each ending where the next begins', () => {
    const text = 'Artikel 1 Definities\n\n1.1. Portaal: de website van Leverancier. 1.2. Beheer van een portaal: het bijwerken van het Portaal. 1.3. Klant: de wederpartij.\n\nArtikel 2 Gebruik\n2.1. De Klant gebruikt het Portaal.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.definitions.map((d) => d.term), ['Portaal', 'Beheer van een portaal', 'Klant']);
    assert.equal(m.definitions[0].text, 'de website van Leverancier.');
    assert.equal(m.definitions[2].text, 'de wederpartij.');
    // Outside a definitions article a clause run together with the next is no definition.
    assert.deepEqual(parseDocument('Artikel 2 Gebruik\n\n2.1. Levering: binnen een week. 2.2. Betaling: binnen een maand.\n').definitions, []);
  });

  it('reads a list of terms that opens a draft without a definitions article ("a. De Organisator" over its text)', () => {
    const m = parseDocument(LEAD);
    assert.deepEqual(m.definitions.map((d) => `${d.term} ${d.style}`), ['Organisator list', 'Deelnemer list', 'Ticket list', 'Activiteit list']);
    assert.equal(m.definitions[2].text, 'Het bewijs dat de Deelnemer recht geeft op toegang tot een Activiteit.');
    check('definitie-onbekend', LEAD);
    check('definitie-ongebruikt', LEAD);
    // A disable comment between a title and its text is no text: the definition stays.
    const commented = parseDocument(LEAD.replace('\nHet bewijs', '\n<!-- clausule-disable-next-line definitie-hoofdletter -->\nHet bewijs'));
    assert.equal(commented.definitions[2].text, 'Het bewijs dat de Deelnemer recht geeft op toegang tot een Activiteit.');
    // Two titled items are no list of terms, and titled items after the first clause are sub-headings.
    const two = 'Voorwaarden\na. De Organisator\nProef B.V. te Utrecht.\nb. Deelnemer\nIeder die zich inschrijft.\n\n1.1\nDeze voorwaarden gelden altijd.\n';
    assert.deepEqual(parseDocument(two).definitions, []);
    const later = 'Artikel 1 Uitvoering\n1.1 Wij voeren de opdracht zorgvuldig uit.\na. Planning\nWij plannen in overleg.\nb. Uitvoering\nWij werken op werkdagen.\nc. Oplevering\nWij leveren op na betaling.\n';
    assert.deepEqual(parseDocument(later).definitions, []);
  });

  it('reads "“Term” betekent …" and "“Term” staat voor …"', () => {
    const text = 'Artikel 1 Begrippen\n- “Server Farm” betekent een of twee datacenters.\n- “SAL” staat voor een licentie per abonnee.\n\nArtikel 2 Gebruik\n“Server Farm” wordt door u beheerd.\n';
    assert.deepEqual(parseDocument(text).definitions.map((d) => `${d.term} ${d.style}`), ['Server Farm quoted', 'SAL quoted']);
  });

  it('reads "**Term:**" with the colon in bold, the form a converter writes for HTML\'s bold term and colon', () => {
    const text = 'Artikel 1 Begrippen\n- **Opslagdienst:** de dienst die wij leveren.\n- **Klant:** wie de Opslagdienst afneemt.\n- __Back-up__: een kopie van de gegevens.\n\nArtikel 2 Gebruik\nDe Klant gebruikt de Opslagdienst en maakt een Back-up.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.definitions.map((d) => `${d.term} ${d.style}`), ['Opslagdienst marked', 'Klant marked', 'Back-up marked']);
    assert.equal(m.definitions[1].text, 'wie de Opslagdienst afneemt.');
    check('definitie-onbekend', text);
    check('definitie-ongebruikt', text.replace(' en maakt een Back-up.', '.').replace('__Back-up__', '__«Back-up»__'));
    // Bold words and a colon that name no term: a sentence in bold, or a bold word inside a sentence.
    assert.deepEqual(parseDocument('Artikel 2 Gebruik\n**Let op:** de Klant bewaart zijn wachtwoord.\n**Belangrijk:** een back-up is geen archief.\nDe Klant betaalt **binnen:** dertig dagen.\n').definitions, []);
    // Outside a definitions article a bold label and its colon head an item of a list, no definition.
    assert.deepEqual(parseDocument('Artikel 8 Cookies\nWij plaatsen:\n- **Noodzakelijke cookies:** voor het inloggen.\n- **Meetcookies:** voor statistiek.\n').definitions, []);
    // Nor is the label of the parties' block ("**Tussen:**") with nothing after it.
    assert.deepEqual(parseDocument('**Tussen:**\n\nProefbouw B.V. en Voorbeeld B.V.\n\nArtikel 1 Begrippen\n- **Tussen:**\n').definitions, []);
  });

  it('reads a definitions article that letters its terms in capitals ("A. Verhuurder: …", "(B) Huurder: …")', () => {
    const text = 'Artikel 1 Definities\nA. Verhuurder: de eigenaar van de haven.\nB. Huurder: wie een ligplaats huurt.\n(C) Ligplaats: de plek aan de steiger.\nD. Passant: wie een ligplaats per nacht huurt.\n\nArtikel 2 Gebruik\n1. De Huurder gebruikt de Ligplaats die de Verhuurder aanwijst.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.definitions.map((d) => `${d.term} ${d.style}`), ['Verhuurder list', 'Huurder list', 'Ligplaats list', 'Passant list']);
    assert.equal(m.definitions[0].text, 'de eigenaar van de haven.');
    check('definitie-ongebruikt', text.replace('D. Passant', 'D. «Passant»'));
    // Outside a definitions article such a line is an item or a sentence, no definition.
    assert.deepEqual(parseDocument('Artikel 2 Gebruik\nDe Huurder meldt:\nA. Schade: altijd direct.\nB. Verlies: binnen een dag.\n').definitions, []);
  });

  it('reads quoted definitions run together in one paragraph: verstaan onder: "Leverancier": …; "Klant": …', () => {
    const text = 'Artikel 1 Definities\nIn deze voorwaarden wordt verstaan onder: "Leverancier": Proefbouw B.V.; “Klant”: wie een opdracht geeft. ‘Werk’: wat Leverancier voor de Klant maakt.\n\nArtikel 2 Uitvoering\nLeverancier voert het Werk uit voor de Klant.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.definitions.map((d) => `${d.term} ${d.style}: ${d.text}`), ['Leverancier quoted: Proefbouw B.V.;', 'Klant quoted: wie een opdracht geeft.', 'Werk quoted: wat Leverancier voor de Klant maakt.']);
    check('definitie-onbekend', text);
    check('definitie-ongebruikt', text.replace('Leverancier voert het Werk uit', 'Leverancier voert alles uit').replace('‘Werk’', '‘«Werk»’'));
    // One that opens the line ends where the next begins.
    const first = parseDocument('Artikel 1 Definities\n“Dienst”: de opslag van gegevens; “Klant”: wie de Dienst afneemt.\n').definitions;
    assert.deepEqual(first.map((d) => `${d.term}: ${d.text}`), ['Dienst: de opslag van gegevens;', 'Klant: wie de Dienst afneemt.']);
    // Outside a definitions article a quoted word and a colon in a sentence is a quotation, no definition.
    assert.deepEqual(parseDocument('Artikel 2 Uitvoering\nHet scherm toont: "Gereed": de taak is af.\n').definitions, []);
  });

  it('reads "Term – tekst" and "Term - tekst" with a blank on either side of the dash, in a definitions article only', () => {
    const text = 'Artikel 1 Definities\nKlant - de natuurlijke persoon die een Back-up bestelt.\nDe Back-up – een kopie van de gegevens van de Klant.\nOpslag Dienst — de ruimte voor de Back-up.\n\nArtikel 2 Gebruik\nDe Klant bestelt een Back-up in de Opslag Dienst.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.definitions.map((d) => `${d.term}: ${d.text}`), ['Klant: de natuurlijke persoon die een Back-up bestelt.', 'Back-up: een kopie van de gegevens van de Klant.', 'Opslag Dienst: de ruimte voor de Back-up.']);
    check('definitie-onbekend', text);
    check('definitie-ongebruikt', text.replace(' in de Opslag Dienst', '').replace('Opslag Dienst —', '«Opslag Dienst» —'));
    // Outside a definitions article, or without blanks around the dash, no definition.
    assert.deepEqual(parseDocument('Artikel 2 Gebruik\nLeverancier - indien nodig - past de dienst aan.\n').definitions, []);
    assert.deepEqual(parseDocument('Artikel 1 Definities\nBack-up-kopieën worden dagelijks gemaakt.\n').definitions, []);
  });

  it('does not read ordinary text as a definition', () => {
    const plain = parseDocument('Artikel 1 Levering\n1. Levering: binnen een week.\n2. Zie de offerte (bijlage 1) en de prijs (inclusief btw).\n3. Bewaar de gegevens zoals omschreven in artikel 3.\n');
    assert.deepEqual(plain.definitions, []);
  });

  it('leaves no form undefined or unused for the definitie rules', () => {
    check('definitie-ongebruikt', FORMS);
    const text = 'Artikel 1 Begrippen\n1. Gebruiker(s): wie de dienst gebruikt.\n\nArtikel 2 Gebruik\n1. De Gebruikers verwerken Persoonsgegevens zoals gedefinieerd in de AVG.\n2. Elke Gebruiker bewaart de Persoonsgegevens veilig.\n';
    check('definitie-onbekend', text);
    check('definitie-ongebruikt', text);
  });
});

describe('model/definitions: parties named in a comparitie or a recital', () => {
  const named = (text: string) => parseDocument(text).definitions.map((d) => `${d.term} ${d.style}`);
  const QUOTES: Array<[string, string]> = [["'", "'"], ['‘', '’'], ['"', '"'], ['“', '”'], ['„', '”'], ['„', '“'], ['«', '»'], ['', '']];
  // U+037E, the Greek question mark that looks like a semicolon: Word drafts hold it.
  const AFTER = [';', ',', '.', ':', '\u037e', ''];

  it('reads the term without its quotation marks, whatever quotes, colon and punctuation after it', () => {
    for (const [open, close] of QUOTES) {
      for (const after of AFTER) {
        for (const colon of [':', '']) {
          for (const lead of ['hierna te noemen', 'Hierna te noemen', 'hierna genoemd', 'verder te noemen', 'Verder te noemen']) {
            if (!colon && !open && lead.startsWith('H')) continue; // see the test below: "Hierna" needs a verb, a colon or a quote
            const line = `${lead}${colon} ${open}Opdrachtgever${close}${after}`;
            const text = `De ondergetekenden:\n1. Proefbouw B.V., gevestigd te Voorbeeldstad,\n${line}\n\nArtikel 1 Opdracht\n1.1 Opdrachtgever betaalt.\n`;
            const m = parseDocument(text);
            assert.deepEqual(m.definitions.map((d) => d.term), ['Opdrachtgever'], line);
            const d = m.definitions[0];
            assert.equal(text.slice(d.span.start, d.span.end), 'Opdrachtgever', line);
            assert.ok(m.uses.some((u) => u.term === 'Opdrachtgever'), line);
          }
        }
      }
    }
  });

  it('reads "(hierna: X)" and a name in brackets and quotes after the party, in every quote style', () => {
    for (const [open, close] of QUOTES) {
      assert.deepEqual(named(`De ondergetekenden:\n1. Proefbouw B.V. (hierna: ${open}Leverancier${close}) en\n`), ['Leverancier hierna'], `${open}${close}`);
      if (open) assert.deepEqual(named(`De ondergetekenden:\n1. Proefbouw B.V. (${open}Leverancier${close}) en\n`), ['Leverancier hierna'], `${open}${close}`);
    }
  });

  it('reads a name in bold, inside the quotation marks or without them: hierna te noemen “**Klant**”', () => {
    assert.deepEqual(named('| **Opdrachtgever** | Voorbeeld B.V., gevestigd te Voorbeeldstad — hierna te noemen "**Klant**" |\n'), ['Klant hierna']);
    assert.deepEqual(named('Proefbouw B.V., hierna te noemen: **Leverancier**, en\n'), ['Leverancier hierna']);
    assert.deepEqual(named('Proefbouw B.V. (hierna: “__Leverancier__”) en\n'), ['Leverancier hierna']);
  });

  it('reads "gezamenlijk" and "ieder afzonderlijk" with a verb or quotes', () => {
    assert.deepEqual(named('hierna gezamenlijk te noemen: “Partijen” en ieder afzonderlijk: ‘Partij’.\n'), ['Partijen hierna', 'Partij hierna']);
    assert.deepEqual(named("hierna gezamenlijk 'Partijen' en ieder afzonderlijk 'Partij'.\n"), ['Partijen hierna', 'Partij hierna']);
    assert.deepEqual(named('Partijen, hierna gezamenlijk te noemen Partijen, en ieder afzonderlijk te noemen Partij.\n'), ['Partijen hierna', 'Partij hierna']);
    // Without a verb or quotation mark the capital after them names nothing.
    assert.deepEqual(named('1.1 De rechten komen Leverancier en Klant gezamenlijk Toe.\n'), []);
    assert.deepEqual(named('1.1 Dit artikel bindt de partijen gezamenlijk: Leverancier en Klant.\n'), []);
  });

  it('reads the comparitie and the recitals of a service contract, with each party defined and used', () => {
    const text = readFileSync(path.resolve('test/fixtures/definitions/comparitie.av'), 'utf8');
    assert.deepEqual(named(text), ['Opdrachtgever hierna', 'Opdrachtnemer hierna', 'Partijen hierna', 'Partij hierna', 'Planner hierna']);
    const m = parseDocument(text);
    // A name below the party's lines stands for those lines, back to the previous party or the opening words.
    assert.match(m.definitions[0].text, /^I\. Proefbouw B\.V\., gevestigd te Voorbeeldstad, ten deze vertegenwoordigd door haar directeur,$/);
    assert.equal(m.definitions[1].text, 'II. Naam: P. Proefmans, wonende te Voorbeelddorp,');
    check('definitie-onbekend', text);
    check('definitie-ongebruikt', text);
    check('definitie-dubbel', text);
  });

  it('reads two names given together: "hierna respectievelijk te noemen: “Verhuurder” en “Huurder”"', () => {
    assert.deepEqual(named('Proef B.V. en Jansen, hierna respectievelijk te noemen: “Verhuurder” en “Huurder”.\n'), ['Verhuurder hierna', 'Huurder hierna']);
    assert.deepEqual(named("Proef B.V. en Jansen, hierna respectievelijk 'Verkoper' resp. 'Koper'.\n"), ['Verkoper hierna', 'Koper hierna']);
    // Only after a quoted name, and only a quoted second one.
    assert.deepEqual(named('Proef B.V., hierna te noemen Verhuurder en Huurder betalen samen.\n'), ['Verhuurder hierna']);
    assert.deepEqual(named('Proef B.V., hierna te noemen “Verhuurder” en Jansen.\n'), ['Verhuurder hierna']);
  });

  it('names nothing where "Hierna" or "Verder" opens a sentence, or "verder" has no naming verb', () => {
    assert.deepEqual(named('1.1 Hierna Opdrachtnemer zal de werken opleveren.\n'), []);
    assert.deepEqual(named('1.1 Verder Klant betaalt de kosten.\n1.2 Wat verder Leverancier toekomt, blijft van hem.\n'), []);
    assert.deepEqual(named('1.1 Wat hierna volgt, geldt ook voor Leverancier.\n'), []);
  });
});

describe('model/definitions: plurals of a term', () => {
  it('inflects the last word as Dutch does', () => {
    const cases: Array<[string, string]> = [
      ['Dienst', 'Diensten'],
      ['Bijlage', 'Bijlagen'],
      ['Gebruiker', 'Gebruikers'],
      ['Onvolkomenheid', 'Onvolkomenheden'],
      ['Entreebewijs', 'Entreebewijzen'],
      ['Prijs', 'Prijzen'],
      ['Tarief', 'Tarieven'],
      ['Raad', 'Raden'],
      ['Vaste Klant', 'Vaste Klanten'],
    ];
    for (const [term, plural] of cases) assert.ok(pluralsOf(term).includes(plural), `${term}: ${pluralsOf(term).join(', ')}`);
    // No "-heiden" beside "-heden".
    assert.deepEqual(pluralsOf('Onvolkomenheid'), ['Onvolkomenheden']);
  });

  it('writes -ën after a final -ie or -ee, never a bare -n', () => {
    assert.deepEqual(pluralsOf('Categorie'), ['Categories', 'Categorieën']);
    assert.deepEqual(pluralsOf('Idee'), ['Idees', 'Ideeën']);
    assert.ok(pluralsOf('Licentie').includes('Licenties'));
    assert.ok(!pluralsOf('Licentie').includes('Licentien'));
    assert.ok(pluralsOf('Bijlage').includes('Bijlagen'));
  });

  it('inflects the head noun of a term described by a phrase after a preposition', () => {
    assert.deepEqual(headPluralsOf('Techniek voor communicatie op afstand'), ['Technieken voor communicatie op afstand', 'Technieks voor communicatie op afstand']);
    assert.ok(headPluralsOf('Overeenkomst op afstand').includes('Overeenkomsten op afstand'));
    // No preposition after the first word, or one word: the last word takes the plural (pluralsOf).
    assert.deepEqual(headPluralsOf('Vaste Klant'), []);
    assert.deepEqual(headPluralsOf('Dienst'), []);
  });
});

describe('model/definitions: forms seen in the field (session 8)', () => {
  const terms = (text: string) => parseDocument(text).definitions.map((d) => d.term);

  it('reads a term alone on its line with its text on the line below, unnumbered, in a definitions article', () => {
    const text =
      'Artikel 1 Begrippen\n1.1 De begrippen hieronder hebben deze betekenis.\n\nBetrokkene\neen persoon over wie gegevens worden verwerkt.\n\nIncident\nDe inbreuk op de beveiliging van de Gegevens.\n\nRegister van Verwerkingen\nhet overzicht dat de Verwerker bijhoudt.\n\nArtikel 2 Uitvoering\n2.1 De Verwerker meldt elk Incident.\n';
    assert.deepEqual(terms(text), ['Betrokkene', 'Incident', 'Register van Verwerkingen']);
    // Not in a definitions article, nor where the line below starts a sentence of its own: a title, no term.
    assert.deepEqual(terms('Artikel 1 Uitvoering\nPlanning\neen overzicht volgt.\n'), []);
    assert.deepEqual(terms('Artikel 1 Begrippen\nAlgemeen\nVoorts geldt het volgende.\n'), []);
    // An abbreviation, or a name with its short form, is a term also where its text opens with a capital.
    assert.deepEqual(terms('Artikel 1 Begrippen\nBW\nBurgerlijk Wetboek.\n\nWet op de geheimhouding of Wog\nWet van 1 januari 2000.\n'), ['BW', 'Wet op de geheimhouding', 'Wog']);
  });

  it('reads a name in quotation marks and bold at once where it is introduced, not a quoted label', () => {
    const text =
      'Artikel 1 Partijen\nDeze voorwaarden gelden tussen de koper (in beide gevallen "**Afnemer**" of "**U**") en de verkoper, aangeduid als de **"Aanbieder"**. Door op "**Nu kopen**" te klikken, aanvaardt u ze.\n';
    assert.deepEqual(terms(text), ['Afnemer', 'Aanbieder']);
  });

  it('reads "hierna als “de X” aangeduid", not "hierna als" before a role', () => {
    assert.deepEqual(terms('Artikel 1 Partijen\n1.1 Partijen sloten een raamovereenkomst, hierna als “de Raamovereenkomst” aangeduid.\n'), ['Raamovereenkomst']);
    assert.deepEqual(terms('Artikel 1 Partijen\n1.1 Wie hierna als Koper optreedt, betaalt vooraf.\n'), []);
  });

  it('reads two names joined by "c.q." in bold as one definition of two terms, and a second definition of one as double', () => {
    const text = 'Artikel 1 Definities\n**Opdracht**: het werk dat de Klant bestelt.\n**Opdracht c.q. Overeenkomst**: de afspraak tussen partijen.\n';
    assert.deepEqual(terms(text), ['Opdracht', 'Opdracht', 'Overeenkomst']);
    check('definitie-dubbel', text.replace('**Opdracht c.q.', '**«Opdracht» c.q.'));
  });

  it('leaves a remark in brackets after the term out of it', () => {
    assert.deepEqual(terms('Artikel 1 Definities\nContactpersoon (ook: Coördinator): de persoon die de Klant aanwijst.\n'), ['Contactpersoon']);
    // A term that starts with "Onder-" is no "onder … wordt verstaan".
    assert.deepEqual(terms('Artikel 1 Definities\nOnder-aannemer: een derde die werk uitvoert.\n'), ['Onder-aannemer']);
  });

  it('reads "De Term: …" without its article, and no term of an article and a word in lower case', () => {
    assert.deepEqual(terms('Artikel 1 Definities\n1. De Afnemer: wie de opdracht geeft.\n2. De levering: het afleveren van de zaken.\n'), ['Afnemer']);
  });

  it('reads a lettered or numbered list of terms in lower case, only in a definitions article', () => {
    const lower = 'Artikel 1 Definities\nIn deze voorwaarden wordt verstaan onder:\na. opdrachtgever: de partij die de opdracht geeft;\nb. opdrachtnemer: Hazelaar Advies, gevestigd te Baarn;\nc. dag van levering: de dag waarop wordt geleverd.\n\nArtikel 2 Opdracht\n2.1 De opdrachtnemer voert de opdracht uit.\n';
    assert.deepEqual(terms(lower), ['opdrachtgever', 'opdrachtnemer', 'dag van levering']);
    // The same lines under another title, or without a letter or number, define nothing.
    assert.deepEqual(terms(lower.replace('Definities', 'Uitvoering').replace('In deze voorwaarden wordt verstaan onder:\n', '')), []);
    assert.deepEqual(terms('Artikel 1 Definities\nopdrachtgever: de partij die de opdracht geeft.\n'), []);
    // A label in lower case in running text, outside a definitions article.
    assert.deepEqual(terms('Artikel 4 Betaling\na. let op: de factuur vermeldt het ordernummer.\n'), []);
  });

  it('reads the definitions of a numbered clause titled "Definities" under a chapter heading, and not the title as a term', () => {
    const chapter = 'HOOFDSTUK 1 ALGEMENE BEPALINGEN\n\n1.1 Definities\nAfnemer: wie de opdracht geeft;\nWerk: wat wordt gemaakt.\n\n1.2 Toepasselijkheid\nDeze voorwaarden gelden voor elk Werk van de Afnemer.\n';
    assert.deepEqual(terms(chapter), ['Afnemer', 'Werk']);
    assert.deepEqual(terms(chapter.replace('1.1 Definities', '1.1 Levering')), []);
    // A clause whose title only mentions definitions in a sentence is no definitions article.
    assert.deepEqual(terms(chapter.replace('1.1 Definities', '1.1 Definities staan in bijlage 2')), []);
  });

  it('reads the definitions of an article titled on the line above its number, and of a clause that opens the list', () => {
    const above = 'Begripsbepalingen\n\nArtikel 1\n1. Afnemer: wie de opdracht geeft.\n2. Werk: wat wordt gemaakt.\n\nArtikel 2\n1. De Afnemer betaalt.\n';
    assert.deepEqual(terms(above), ['Afnemer', 'Werk']);
    assert.deepEqual(terms(above.replace('Begripsbepalingen', 'Toepasselijkheid')), []);
    const opening = '1. Begrippen\n\n1. In deze voorwaarden wordt verstaan onder:\n\nAfnemer: wie de opdracht geeft.\n\nWerk: wat wordt gemaakt.\n\n2. Slot\n\n1. Nederlands recht geldt.\n';
    assert.deepEqual(terms(opening), ['Afnemer', 'Werk']);
    // Under a title that is no definitions title, the opening clause alone makes the list one of definitions.
    const elsewhere = opening.replace('Begrippen', 'Toepasselijkheid');
    assert.deepEqual(terms(elsewhere), ['Afnemer', 'Werk']);
    assert.deepEqual(terms(elsewhere.replace('wordt verstaan onder:', 'geldt het volgende.')), []);
  });

  it('gives a term of an adjective and a noun its inflected form, which a draft writes after "het"', () => {
    assert.equal(inflectedAdjective('Gelicentieerd Materiaal'), 'Gelicentieerde Materiaal');
    assert.equal(inflectedAdjective('Algemeen Deel'), 'Algemene Deel');
    assert.equal(inflectedAdjective('Exclusief Recht'), 'Exclusieve Recht');
    assert.equal(inflectedAdjective('Vertrouwelijke Informatie'), undefined);
    assert.equal(inflectedAdjective('Klant'), undefined);
    const m = parseDocument('Artikel 1 Definities\nGeleverd Werk: wat de Leverancier oplevert.\nArtikel 2 Eigendom\nHet Geleverde Werk blijft van de Leverancier.\n');
    assert.deepEqual(m.uses.filter((u) => u.term === 'Geleverd Werk').length, 1);
  });
});

describe('model/definitions: forms of business drafts outside IT (own fixtures)', () => {
  const terms = (text: string) => parseDocument(text).definitions.map((d) => d.term);

  it('reads two names joined by a slash, with or without blanks, as two names of one definition', () => {
    const text = [
      'Artikel 1 Definities',
      '1. Plaatsing/Indiensttreding: elke vorm van werk van de Kandidaat voor Opdrachtgever.',
      '2. Honorarium / Succesvergoeding: wat Opdrachtgever aan Bureau Vlinder betaalt.',
      '3. Kandidaat: de persoon die Bureau Vlinder voorstelt.',
      '',
      'Artikel 2 Betaling',
      'De Succesvergoeding is verschuldigd bij Indiensttreding van de Kandidaat.',
      '',
    ].join('\n');
    const m = parseDocument(text);
    assert.deepEqual(terms(text), ['Plaatsing', 'Indiensttreding', 'Honorarium', 'Succesvergoeding', 'Kandidaat']);
    const d = m.definitions.find((x) => x.term === 'Succesvergoeding')!;
    assert.equal(d.label, 'Honorarium / Succesvergoeding');
    assert.equal(m.definitions.find((x) => x.term === 'Honorarium')!.group, d.group);
    check('definitie-onbekend', text);
    // "en/of" stays one separator, not a slash between "en" and "of".
    assert.deepEqual(terms('Artikel 1 Definities\n1. Offerte en/of Aanbod: elk voorstel van Bureau Vlinder.\n'), ['Offerte', 'Aanbod']);
    // A slash before a word in lower case joins no second name.
    assert.deepEqual(terms('Artikel 1 Definities\n1. Dienst/dienstverlening: wat Bureau Vlinder doet.\n'), []);
  });

  it('reads a term in quotation marks alone on its line, its text below, also with a second name after "of"', () => {
    const text = [
      'Artikel 1. Definities',
      'In deze voorwaarden wordt verstaan onder:',
      '',
      'a. “Bemiddelaar“ of “Flexwerk Oost”',
      'de besloten vennootschap Flexwerk Oost B.V. te Deventer.',
      '',
      'b. “Professional”',
      '(i) de werknemer van de Bemiddelaar die werk doet voor Opdrachtgever; of',
      '(ii) de zelfstandige die via de Bemiddelaar werk doet voor Opdrachtgever.',
      '',
      'c. “Opdrachtgever”',
      'de onderneming die de Bemiddelaar een opdracht geeft.',
      '',
    ].join('\n');
    assert.deepEqual(terms(text), ['Bemiddelaar', 'Professional', 'Opdrachtgever']);
    check('definitie-onbekend', text);
    // Outside a definitions article a quoted line is a quotation, not a term.
    assert.deepEqual(terms('Artikel 4 Klachten\n“Klachtenformulier”\nhet formulier op de website.\n'), []);
  });

  it('counts a defined verb beside its noun as used where the draft writes its participle', () => {
    const text = [
      'Artikel 1 Definities',
      '1. Voordracht / Voordragen: het sturen van een cv van een Kandidaat aan Opdrachtgever.',
      '2. Kandidaat: de persoon die Bureau Vlinder voorstelt.',
      '',
      'Artikel 2 Vergoeding',
      'De vergoeding is verschuldigd zodra een Kandidaat is Voorgedragen.',
      '',
    ].join('\n');
    const m = parseDocument(text);
    assert.ok(m.uses.some((u) => u.term === 'Voordragen' && u.form === 'Voorgedragen'));
    check('definitie-ongebruikt', text);
    assert.deepEqual(participlesOf('Aanstellen').slice(0, 1), ['Aangesteld']);
    assert.ok(participlesOf('Leveren').includes('Geleverd'));
    assert.ok(participlesOf('Maken').includes('Gemaakt'));
    // A noun that ends in -en alone in its definition gets no verb forms.
    assert.deepEqual(parseDocument('Artikel 1 Definities\n1. Diensten: wat Bureau Vlinder doet.\n').definitions[0].forms.includes('Gediensten'), false);
  });

  it('reads a definitions table copied with one blank between its columns, two rows in a row at least', () => {
    const text = [
      'Artikel 1. Begripsomschrijvingen',
      'In deze voorwaarden wordt verstaan onder:',
      '',
      'Leverancier Groothandel Meeuwsen B.V.;',
      'Afnemer de onderneming die bij Leverancier bestelt;',
      'Werkdagen alle dagen behalve zaterdag, zondag en erkende feestdagen;',
      'Order elke bestelling van Afnemer, ook een aanvulling daarop.',
      '',
      'Artikel 2. Levering',
      'Leverancier levert een Order binnen vijf Werkdagen.',
      '',
    ].join('\n');
    assert.deepEqual(terms(text), ['Afnemer', 'Werkdagen', 'Order']);
    check('definitie-onbekend', text);
    // One such line alone is a sentence, and a line that opens with a preposition never holds a term.
    assert.deepEqual(terms('Artikel 1. Begripsomschrijvingen\nAfnemer de onderneming die bij Leverancier bestelt;\n\nArtikel 2. Levering\nLevering gebeurt op werkdagen.\n'), []);
    assert.deepEqual(terms('Artikel 1. Begripsomschrijvingen\nIn deze voorwaarden gelden de begrippen hieronder.\nOnder een werkdag valt geen feestdag.\n'), []);
  });
});
