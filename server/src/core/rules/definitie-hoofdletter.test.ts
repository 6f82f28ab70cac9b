import * as assert from 'node:assert/strict';
import { applyFix, check, unmark } from '../testing/check';
import { parseDocument } from '../model/parse';
import { analyze } from '../analyzer';
import { formsOf, pluralsOf } from '../model/definitions';

const DEFS = 'Artikel 1 Definities\nSoftware: de programmatuur van Leverancier;\nOpdrachtgever: de wederpartij van Leverancier.\nArtikel 2 Gebruik\n';
const PARTY = 'Daarna betaalt Opdrachtgever. Zo meldt Opdrachtgever. Dan zorgt Opdrachtgever. Voorts test Opdrachtgever. Ook stemt Opdrachtgever in.\n';

const SOFTWARE = 'Leverancier levert de Software. De Software draait in de cloud.\n';

describe('definitie-hoofdletter', () => {
  it('fires on a defined term in lower case where the draft otherwise capitalises it', () => {
    check('definitie-hoofdletter', DEFS + SOFTWARE + '1. Leverancier onderhoudt de «software».\n');
    const terms = 'Artikel 1 Definities\nVoorwaarden: deze algemene voorwaarden.\nArtikel 2 Duur\nDeze Voorwaarden gelden voor elke opdracht. Op deze Voorwaarden is Nederlands recht van toepassing.\n';
    check('definitie-hoofdletter', terms + '2.1 Afwijkingen van deze «voorwaarden» gelden alleen schriftelijk.\n');
    // With an article or a pointing word, a relative clause does not make it another thing.
    check('definitie-hoofdletter', terms + '2.1 Afwijkingen van de «voorwaarden» die hier gelden, zijn alleen schriftelijk geldig.\n');
    check('definitie-hoofdletter', DEFS + PARTY + '2. Betaling door «opdrachtgever» geschiedt per maand.\n');
    // "deze", "onderhavige": pointing at the one defined thing.
    check('definitie-hoofdletter', DEFS + SOFTWARE + '1. Deze «software» wordt jaarlijks bijgewerkt.\n');
  });

  it('reads a term of several words with any of its words in lower case', () => {
    const defs = 'Artikel 1 Definities\nBeperkte Gebruiker: een gebruiker met leesrechten.\nArtikel 2 Gebruik\n';
    const caps = 'Daarna leest de Beperkte Gebruiker. Ook meldt de Beperkte Gebruiker. Zo tekent de Beperkte Gebruiker. Dan wacht de Beperkte Gebruiker.\n';
    const marked = defs + caps + '2. De «beperkte gebruiker» schrijft niet.\n';
    const [f] = check('definitie-hoofdletter', marked);
    assert.ok(applyFix(unmark(marked).text, f).endsWith('De Beperkte Gebruiker schrijft niet.\n'));
  });

  it('reads a term of several words that keeps its first capital but loses a later one, whatever the convention', () => {
    const defs = 'Artikel 1 Definities\nVaste Klant: een klant met een abonnement;\nZakelijke Klant: een klant die handelt voor zijn bedrijf.\nArtikel 2 Korting\n';
    const marked = defs + '2. Leverancier geeft een korting aan een «Vaste klant»; twee «Zakelijke klanten» betalen per maand.\n';
    const [f] = check('definitie-hoofdletter', marked);
    assert.ok(applyFix(unmark(marked).text, f).includes('een korting aan een Vaste Klant;'));
    // At a sentence start the capital may be the sentence's: "Vaste klanten" can be ordinary words there.
    check('definitie-hoofdletter', defs + '2. Vaste klanten krijgen korting. Zakelijke klanten betalen per maand.\n');
    // Nor is a longer word a form of the term.
    check('definitie-hoofdletter', defs + '2. De korting voor een Vaste klantenkaart; de Vaste Klant betaalt.\n');
  });

  it('fixes by capitalising', () => {
    const marked = DEFS + SOFTWARE + '1. Leverancier onderhoudt de «software».\n';
    const [f] = check('definitie-hoofdletter', marked);
    assert.ok(applyFix(unmark(marked).text, f).endsWith('onderhoudt de Software.\n'));
  });

  it('where the draft capitalises a term without exception, also a bare lower-case use is a slip', () => {
    const defs = 'Artikel 1 Definities\nHet enkelvoud omvat het meervoud.\nGebruiker: een persoon die de Dienst gebruikt;\nDienst: de dienst van Leverancier.\nArtikel 2 Gebruik\n';
    const caps = 'De Klant wijst de Gebruiker aan. Iedere Gebruiker krijgt een account. Een Gebruiker meldt storingen. Leverancier helpt de Gebruiker.\n';
    check('definitie-hoofdletter', defs + caps + '2. De Klant stemt in met e-mails aan «gebruikers».\n');
    // Not yet a convention with only two capitalised uses: a bare plural may be the ordinary word.
    check('definitie-hoofdletter', defs + 'De Gebruiker logt in. Iedere Gebruiker krijgt een account.\n2. De Klant stemt in met e-mails aan gebruikers.\n');
  });

  it('capitalising one reported use does not make another lower-case use a new finding', () => {
    // Four capitals, one lower-case use that points at the Software ("de software") and one bare use: the
    // pointing one is a slip either way, so the draft counts as capitalising the term without exception.
    const caps = 'Zo levert Leverancier de Software. Dan draait de Software. Ook wordt de Software getest. Voorts is de Software veilig.\n';
    const marked = DEFS + caps + '2. Leverancier onderhoudt de «software».\n3. Opdrachtgever werkt met «software» op afstand.\n';
    // One habit: the finding stands at the pointing use, the bare one is its other place; its first fix is this place's.
    const [pointing] = check('definitie-hoofdletter', marked);
    const bare = pointing.occurrences![0];
    const after = analyze(applyFix(unmark(marked).text, pointing), {}).findings.filter((f) => f.ruleId === 'definitie-hoofdletter');
    assert.deepEqual(after.map((f) => [f.span.start, f.occurrences]), [[bare.span.start, undefined]]);
    assert.equal(after[0].message.nl, pointing.message.nl.replace(/ Komt nog 1 keer voor: .*$/, ''));
  });

  it('reports a lower-case plural the draft does not declare only where it writes that plural with its capital', () => {
    const defs = 'Artikel 1 Definities\nBezoeker: ieder die een Evenement bijwoont;\nEvenement: een voorstelling van de Organisator.\nArtikel 2 Toegang\n';
    const caps = 'Iedere Bezoeker toont een kaart. De Organisator helpt de Bezoeker. Een Bezoeker rookt niet. Wij wijzen de Bezoeker de weg.\n';
    const plural = 'Alle Bezoekers dragen een polsband. De Organisator weert Bezoekers zonder kaart en informeert de Bezoekers vooraf.\n';
    // "andere bezoekers" of the Evenement: the defined Bezoekers, though "andere" usually makes a word generic.
    check('definitie-hoofdletter', defs + caps + plural + '2. De Organisator is niet aansprakelijk voor schade door andere «bezoekers» van het Evenement.\n');
    // Without the capitalised plural, "bezoekers" may be the ordinary word.
    check('definitie-hoofdletter', defs + caps + '2. De Organisator is niet aansprakelijk voor schade door andere bezoekers van het Evenement.\n');
  });

  it('reads no convention from two lower-case uses beside one capital, nor from the lines above the first article', () => {
    const text =
      'Deze voorwaarden en de diensten van Proef B.V. gelden voor alle diensten.\n\nArtikel 1 Toepasselijkheid\n1.1 Deze voorwaarden gelden voor goederen en diensten (de goederen en diensten hierna samen te noemen: “Diensten”).\n1.2 Proef B.V. levert de Diensten met zorg.\n1.3 Zij weigert de te leveren diensten bij wanbetaling; zie ook haar producten en diensten.\n';
    check('definitie-hoofdletter', text);
  });

  it('where the draft writes a term mostly in lower case, reports that once, at the definition, as a hint', () => {
    const defs = 'Artikel 1 Definities\n«Opdrachtgever»: de wederpartij van Leverancier.\nArtikel 2 Gebruik\n';
    const body = '2.1 De opdrachtgever betaalt vooraf. Door opdrachtgever gemelde gebreken worden hersteld.\n2.2 De opdrachtgever werkt mee. Opdrachtgever: zie hierboven.\n';
    const [f] = check('definitie-hoofdletter', defs + body);
    const [plain] = analyze(unmark(defs + body).text).findings.filter((x) => x.ruleId === 'definitie-hoofdletter');
    assert.equal(plain.severity, 'hint');
    assert.match(f.message.nl, /schrijft het begrip vaker met een kleine letter \("opdrachtgever"\) dan met een hoofdletter/);
    // One more use in either case (a fix elsewhere writing the party's name) leaves the finding as it was.
    for (const more of ['2.3 De opdrachtgever tekent.\n', '2.3 Dan tekent Opdrachtgever.\n']) {
      const [again] = analyze(unmark(defs + body).text + more).findings.filter((x) => x.ruleId === 'definitie-hoofdletter');
      assert.deepEqual(again.message, plain.message);
    }
    const text = unmark(defs + body).text;
    // Either fix makes the draft consistent: every use capitalised, or the definition in lower case.
    const up = applyFix(text, f, 0);
    assert.ok(!/\bopdrachtgever\b/.test(up.slice(up.indexOf('Artikel 2'))), up);
    const down = applyFix(text, f, 1);
    assert.ok(down.includes('\nopdrachtgever: de wederpartij'), down);
  });

  it('in a draft that writes all its defined terms in lower case, reports the capitalised definitions as one finding', () => {
    const defs = 'Artikel 1 Begrippen\nMelding: een schriftelijk bericht van de huurder.\nHuurder: wie een ruimte huurt.\n';
    const body = 'Artikel 2 Gebruik\n2.1 De huurder verstuurt de melding per e-mail. De ontvangst van de melding wordt bevestigd.\n2.2 Na de melding krijgt de huurder een nummer; de huurder bewaart dat nummer. De huurder mag de melding intrekken.\n';
    const all = analyze(defs + body, { rules: {} }).findings.filter((f) => f.ruleId === 'definitie-hoofdletter');
    assert.equal(all.length, 1);
    assert.match(all[0].message.nl, /^"Melding" wordt met een hoofdletter gedefinieerd/);
    assert.equal(all[0].occurrences?.length, 1);
    check('definitie-hoofdletter', defs.replace('Melding:', '«Melding»:').replace('Huurder:', '«Huurder»:') + body);
    // A draft that capitalises one of its terms where no sentence starts makes its own convention per term: a finding each.
    const mixed = analyze(defs + body + '2.3 Een ruimte wordt per Melding gefactureerd aan de Huurder en de Huurder betaalt per Melding.\n', { rules: {} }).findings.filter((f) => f.ruleId === 'definitie-hoofdletter');
    assert.equal(mixed.length, 2);
    assert.ok(mixed.every((f) => !f.occurrences?.length), JSON.stringify(mixed.map((f) => f.message.nl)));
  });

  it('stays quiet on generic uses, qualified uses, headings, addresses and the term\'s own definition', () => {
    check('definitie-hoofdletter', DEFS + SOFTWARE + '1. Leverancier levert ook software van derden; een opdrachtgever van Leverancier; andere software; de softwareleverancier.\n');
    check('definitie-hoofdletter', DEFS + SOFTWARE + 'Artikel 3 Onderhoud van de software\n3.1 Leverancier onderhoudt de Software.\n');
    // Another thing of the same kind: "dezelfde", "nadere", or a "te" infinitive before the noun.
    const terms = 'Artikel 1 Definities\nVoorwaarden: deze algemene voorwaarden.\nArtikel 2 Duur\nDeze Voorwaarden gelden voor elke opdracht. Op deze Voorwaarden is Nederlands recht van toepassing.\n';
    check('definitie-hoofdletter', terms + '2.1 De opdracht wordt onder dezelfde voorwaarden verlengd.\n2.2 Leverancier mag aan de installatie nader te stellen voorwaarden verbinden.\n');
    check('definitie-hoofdletter', terms + '2.3 Gebruiksrechten volgen ook uit voorwaarden die bij standaardprogrammatuur zijn gevoegd.\n');
    check('definitie-hoofdletter', DEFS + SOFTWARE + '1. De nog te leveren software volgt later; Leverancier levert nadere software op verzoek.\n');
    // The generic word may stand before one or two adjectives: a separate agreement is not the defined one.
    const agreement = 'Artikel 1 Definities\nOvereenkomst: de afspraak tussen Leverancier en Klant.\nArtikel 2 Rangorde\nDe Klant tekent de Overeenkomst. Leverancier voert de Overeenkomst uit. Een wijziging van de Overeenkomst is schriftelijk. De Klant leest de Overeenkomst.\n';
    // (The draft capitalises the term without exception: a single bare lower-case use would be a slip.)
    check('definitie-hoofdletter', agreement + '2.1 Leverancier beheert de «overeenkomst».\n');
    check('definitie-hoofdletter', agreement + '2.1 Voor onderhoud wordt een separate schriftelijke overeenkomst gesloten.\n');
    check('definitie-hoofdletter', agreement + '2.1 Voor advies geldt geen aparte overeenkomst.\n');
    // Where the draft capitalises the term without exception, the adjective after "de" leaves it a slip.
    check('definitie-hoofdletter', agreement + 'Leverancier bewaart de Overeenkomst. Daarna eindigt de Overeenkomst.\n2.1 Leverancier mag de schriftelijke «overeenkomst» opzeggen.\n');
    check('definitie-hoofdletter', DEFS + SOFTWARE + 'Artikel 3; Onderhoud van de software\n3.1 Leverancier onderhoudt de Software.\n');
    const site = 'Artikel 1 Definities\nWebsite: de website www.voorbeeld.nl;\nVoorbeeld: Voorbeeld B.V., bereikbaar via info@voorbeeld.nl.\nArtikel 2 Gebruik\n';
    check('definitie-hoofdletter', site + 'De Website is van Voorbeeld. Voorbeeld beheert de Website. Zie ook www.voorbeeld.nl/voorwaarden.\n');
  });

  it('reads a pointing word after a qualified mention in the same sentence as pointing back at that thing', () => {
    check('definitie-hoofdletter', DEFS + SOFTWARE + '1. Levert Leverancier software van derden, dan gelden voor die software de voorwaarden van die derden.\n');
    check('definitie-hoofdletter', DEFS + SOFTWARE + '1. Voor software van derden en voor deze software geldt de licentie van de maker.\n');
    // In the next sentence, or without the qualified mention, "die software" is the defined Software again.
    check('definitie-hoofdletter', DEFS + SOFTWARE + '1. Leverancier levert ook software van derden. Voor deze «software» geldt de licentie van Leverancier.\n');
    check('definitie-hoofdletter', DEFS + SOFTWARE + '1. Leverancier installeert de Software; voor die «software» geldt de licentie van Leverancier.\n');
  });

  it('leaves alone a phrase the draft introduces in quotation marks, and its repetitions', () => {
    const defs = 'Artikel 1 Definities\nGebruiker: de Klant of een medewerker van de Klant.\nArtikel 2 Gebruik\n';
    const caps = 'De Klant wijst de Gebruiker aan. Iedere Gebruiker krijgt een account. Een Gebruiker meldt storingen. Leverancier helpt de Gebruiker.\n';
    check('definitie-hoofdletter', defs + caps + '2. De Klant kan een ‘tijdelijke gebruiker’ aanmelden; die tijdelijke gebruiker ziet alleen zijn eigen gegevens.\n');
    // The term quoted on its own is named there only: a later lower-case use is still a slip.
    check('definitie-hoofdletter', defs + caps + '2. Het woord ‘gebruiker’ ziet op personen. Daarna meldt de «gebruiker» zich aan.\n');
    // Without the quotation, the same words are a slip where the draft capitalises the term without exception.
    check('definitie-hoofdletter', defs + caps + '2. Die tijdelijke «gebruiker» ziet alleen zijn eigen gegevens.\n');
  });

  it('leaves alone a contract of a kind the law names, and agreements with third parties', () => {
    const defs = 'Artikel 1 Definities\nOvereenkomst: de afspraak tussen Leverancier en Klant.\nArtikel 2 Rangorde\n';
    const caps = 'De Klant tekent de Overeenkomst. Leverancier voert de Overeenkomst uit. Een wijziging van de Overeenkomst is schriftelijk. De Klant leest de Overeenkomst.\n';
    check('definitie-hoofdletter', defs + caps + '2. Artikel 7:404 BW over de overeenkomst van opdracht geldt niet. Leverancier mag overeenkomsten met derden sluiten.\n');
    check('definitie-hoofdletter', defs + caps + '2. Leverancier mag de «overeenkomst» met de Klant opzeggen.\n');
  });

  it('reads a bare term after a preposition in another term\'s definition as the defined term', () => {
    const caps = 'Daarna betaalt de Klant. Zo meldt de Klant. Dan zorgt de Klant. Voorts test de Klant.\n';
    const defs = 'Artikel 1 Definities\n1.1 Klant\nIeder die met Leverancier contracteert.\n1.2 Dienst\nDe dienst die Leverancier met «klant» afspreekt.\n1.3 Levering\nHet overdragen van zaken tussen «klant» en Leverancier.\nArtikel 2 Gebruik\n';
    const [f] = check('definitie-hoofdletter', defs + caps);
    assert.ok(applyFix(unmark(defs + caps).text, f).includes('De dienst die Leverancier met Klant afspreekt.'));
    // With an article, or in a plural, the definition may describe in general words; its own definition too.
    const general = 'Artikel 1 Definities\nKlant: ieder die met Leverancier contracteert;\nPortaal: de website waar de klant inlogt, voor klanten van Leverancier;\nWebsite: de website van Leverancier.\nArtikel 2 Gebruik\n';
    check('definitie-hoofdletter', general + caps + 'De Website is van Leverancier. Leverancier beheert de Website. De Klant bezoekt de Website. Zo blijft de Website veilig.\n');
    // Where the draft writes the term in lower case, that use counts with the others: one hint at the definition.
    check('definitie-hoofdletter', 'Artikel 1 Definities\n«Klant»: ieder die met Leverancier contracteert;\nDienst: wat Leverancier met klant afspreekt.\nArtikel 2 Gebruik\n2.1 De klant betaalt. De klant meldt. De Klant tekent.\n');
  });

  it('reports the capitalised plural of a defined term listed between ordinary things', () => {
    const defs = 'Artikel 1 Definities\nOvereenkomst: de afspraak tussen Leverancier en Klant.\nArtikel 2 Stukken\n';
    const marked = defs + '2.1 Stukken van Leverancier, zoals offertes, nota’s, «Overeenkomsten», tekeningen en foto’s, blijven van Leverancier.\n';
    const [f] = check('definitie-hoofdletter', marked);
    assert.match(f.message.nl, /tussen gewone zaken \("nota’s", "tekeningen"\)/);
    assert.ok(applyFix(unmark(marked).text, f).includes('nota’s, overeenkomsten, tekeningen'));
    check('definitie-hoofdletter', defs + '2.1 Leverancier bewaart stukken, waaronder brieven, «Overeenkomsten» of schetsen.\n');
    // A list that gives no examples of a kind may list the defined things themselves.
    check('definitie-hoofdletter', defs + '2.1 Leverancier bewaart brieven, Overeenkomsten en schetsen tien jaar.\n');
    // The defined thing itself, the singular, or a list of capitalised terms: no finding.
    check('definitie-hoofdletter', defs + '2.1 Leverancier bewaart de Overeenkomsten, de offertes en de tekeningen.\n');
    check('definitie-hoofdletter', defs + '2.1 Leverancier bewaart offertes, Overeenkomst, tekeningen.\n');
    check('definitie-hoofdletter', defs + '2.1 Voor Klanten, Overeenkomsten, Diensten en meer geldt dit artikel.\n');
    check('definitie-hoofdletter', defs + '2.1 Na het tekenen, Overeenkomsten, is dit artikel van toepassing.\n');
  });

  it('reads a term never capitalised but at its definition as the draft\'s lower-case choice: one hint there, no slip per use', () => {
    const defs = 'Artikel 1 Definities\nKlant: de wederpartij van Leverancier;\n«Opdracht»: het werk dat de Klant bestelt.\n';
    const body = 'Artikel 2 Uitvoering\nDe Klant geeft de opdracht schriftelijk. De Leverancier voert de opdracht uit.\n';
    check('definitie-hoofdletter', defs + body);
    const [plain] = analyze(unmark(defs + body).text).findings.filter((x) => x.ruleId === 'definitie-hoofdletter');
    assert.equal(plain.severity, 'hint');
    // Where the draft does capitalise the term, the lower-case use remains a slip.
    check('definitie-hoofdletter', unmark(defs).text + 'Artikel 2 Uitvoering\nDe Klant geeft de Opdracht schriftelijk. De Opdracht volgt. De Leverancier voert de Opdracht en de Opdracht uit. Hij wijzigt de «opdracht».\n');
  });

  it('leaves the definitions\' own words alone, and a single lower-case use of a term never capitalised', () => {
    const defs = 'Artikel 1 Definities\nKlant: de wederpartij van Leverancier;\nDienst: de dienst die Leverancier met de klant overeenkomt.\nArtikel 2 Gebruik\n';
    check('definitie-hoofdletter', defs + 'Daarna betaalt de Klant. Zo meldt de Klant. Dan zorgt de Klant. Voorts test de Klant.\n');
    check('definitie-hoofdletter', DEFS + '1. Leverancier onderhoudt de software.\n');
  });
});

describe('definitie-hoofdletter, definitie-onbekend: the forms they read from the model', () => {
  // Both rules take a definition's plurals from d.forms instead of inflecting the term again.
  it('d.forms is the term and, when the draft covers plurals, its plurals', () => {
    const defs = 'Artikel 1 Definities\nSoftware: de programmatuur;\nBijlage: een bijlage;\nDienst of Diensten: de dienst;\nOpdracht: de opdracht.\n';
    for (const lead of ['', 'Het enkelvoud omvat ook het meervoud.\n']) {
      const model = parseDocument(lead + defs);
      assert.ok(model.definitions.length >= 4);
      assert.equal(model.pluralCovered, lead !== '');
      for (const d of model.definitions) {
        assert.deepEqual(d.forms, formsOf(d.term, model.pluralCovered), d.term);
        if (model.pluralCovered) assert.deepEqual(d.forms.slice(1), pluralsOf(d.term));
      }
    }
  });

});

describe('definitie-hoofdletter: forms of business drafts outside IT', () => {
  it('leaves the kind of contract the law names alone ("overeenkomst van opdracht" beside a defined Opdracht)', () => {
    const defs = 'Artikel 1 Definities\n1.1 Opdracht: het verzoek van Opdrachtgever aan Bureau Vlinder om een Kandidaat te zoeken.\n1.2 Opdrachtgever: de onderneming die de Opdracht geeft.\n';
    check('definitie-hoofdletter', defs + 'Artikel 2 Plaatsing\n2.1 Plaatsing is elke arbeidsovereenkomst of overeenkomst van opdracht tussen Opdrachtgever en de Kandidaat, en elke Opdracht die daartoe leidt.\n');
    // The Opdracht itself in lower case is still the defined term.
    check('definitie-hoofdletter', defs + 'Artikel 2 Plaatsing\n2.1 Bureau Vlinder voert de «opdracht» zorgvuldig uit, en Opdrachtgever betaalt de Opdracht.\n');
  });

  it('leaves the long name a term shortens alone where it opens its sentence on the line above the name', () => {
    check('definitie-hoofdletter', 'Artikel 1 Definities\nIn deze raamovereenkomst voor de inzet van interim professionals bij\nopdrachtgevers ("Raamovereenkomst") wordt verstaan onder: Professional: de persoon die het werk doet.\nArtikel 2 Toepassing\n2.1 De Raamovereenkomst geldt voor elke inzet van een Professional.\n');
    check('definitie-hoofdletter', 'Artikel 1 Definities\nIn deze raamovereenkomst voor de inzet van interim professionals bij\nopdrachtgevers ("Raamovereenkomst") wordt verstaan onder: Professional: de persoon die het werk doet.\nArtikel 2 Toepassing\n2.1 De Raamovereenkomst geldt voor elke inzet van een Professional.\n2.2 Deze «raamovereenkomst» eindigt met de laatste inzet.\n');
  });
});
