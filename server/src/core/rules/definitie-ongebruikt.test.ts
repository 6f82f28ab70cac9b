import * as assert from 'node:assert/strict';
import { check, unmark } from '../testing/check';
import { analyze } from '../analyzer';
import { bracketForms, slashForms } from './definitie-ongebruikt';

describe('definitie-ongebruikt', () => {
  it('fires on a defined term that is never used', () => {
    const [f] = check('definitie-ongebruikt', 'Artikel 1 Definities\nKlant: de wederpartij;\n«Dienst»: de dienst.\nArtikel 2 Slot\nDe Klant betaalt; de dienstverlening volgt.\n');
    assert.deepEqual(f.tags, ['unnecessary']);
  });

  it('says so, once and as a hint, where the draft uses the term only in lower case, and not that it is unused', () => {
    const text = 'Artikel 1 Definities\nKlant: de wederpartij;\n«Dienst»: de dienst.\nArtikel 2 Slot\nDe Klant betaalt; de dienstverlening en de dienst volgen.\n';
    const [f] = check('definitie-ongebruikt', text);
    assert.match(f.message.nl, /alleen met een kleine letter \("dienst"\)/);
    assert.equal(f.tags, undefined);
    const [plain] = analyze(unmark(text).text).findings.filter((x) => x.ruleId === 'definitie-ongebruikt');
    assert.equal(plain.severity, 'hint');
    // Also where only its plural stands in lower case.
    check('definitie-ongebruikt', 'Artikel 1 Definities\nKlant: de wederpartij;\n«Werkdag»: maandag tot en met vrijdag.\nArtikel 2 Termijn\nDe Klant meldt het binnen vijf werkdagen.\n');
    // The words a quoted name is given to are no lower-case use: the name is unused.
    const [named] = check('definitie-ongebruikt', 'Artikel 1 Partijen\nLees deze bijzondere voorwaarden ("**«Bijzondere voorwaarden»**") en de Klant tekent.\n');
    assert.deepEqual(named.tags, ['unnecessary']);
  });

  it('leaves a term written twice in lower case and never capitalised to the one hint of definitie-hoofdletter', () => {
    const text = 'Artikel 1 Definities\nKlant: de wederpartij;\nOnderhoud: het bijwerken van de programmatuur.\nArtikel 2 Slot\nDe Klant krijgt onderhoud; het onderhoud is gratis.\n';
    check('definitie-ongebruikt', text);
    const [h] = analyze(text).findings.filter((x) => x.ruleId === 'definitie-hoofdletter');
    assert.equal(h.severity, 'hint');
    assert.equal(analyze(text).findings.filter((x) => x.ruleId === 'definitie-hoofdletter').length, 1);
  });

  it('counts the inflected adjective of a term of two words as a use ("het Gelicentieerde Materiaal")', () => {
    check('definitie-ongebruikt', 'Artikel 1 Definities\nGelicentieerd Materiaal: de bestanden in de bijlage.\nArtikel 2 Gebruik\nDe Klant gebruikt het Gelicentieerde Materiaal alleen intern.\n');
    check('definitie-ongebruikt', 'Artikel 1 Definities\n«Gelicentieerd Materiaal»: de bestanden in de bijlage.\nArtikel 2 Gebruik\nDe Klant gebruikt de bestanden alleen intern.\n');
  });

  it('counts a plural as a use of the singular, also where the draft does not say the singular includes it', () => {
    check('definitie-ongebruikt', 'Artikel 1 Definities\nBijlage: een stuk dat bij de Overeenkomst hoort;\nOvereenkomst: de afspraak.\nArtikel 2 Rangorde\nDe Overeenkomst gaat voor alle Bijlagen.\n');
    check('definitie-ongebruikt', 'Artikel 1 Definities\nWerkdag: maandag tot en met vrijdag.\nArtikel 2 Termijn\nBinnen vijf Werkdagen.\n');
    // A plural inside a longer word is no use of the term.
    check('definitie-ongebruikt', 'Artikel 1 Definities\n«Werkdag»: maandag tot en met vrijdag.\nArtikel 2 Termijn\nDe Werkdagenregeling geldt.\n');
  });

  it('counts the plural of the head noun of a term of several words as a use, also in lower case in another description', () => {
    check('definitie-ongebruikt', 'Artikel 1 Definities\nKlant: de wederpartij;\nMiddel voor communicatie op afstand: telefoon, e-mail of website.\nArtikel 2 Bestellen\nDe Klant bestelt via Middelen voor communicatie op afstand.\n');
    const text = 'Artikel 1 Definities\nKlant: de wederpartij;\nBestelling: een koop via een of meer middelen voor communicatie op afstand;\n«Middel voor communicatie op afstand»: telefoon, e-mail of website.\nArtikel 2 Bestellen\nDe Klant plaatst een Bestelling.\n';
    const [f] = check('definitie-ongebruikt', text);
    assert.match(f.message.nl, /alleen met een kleine letter \("middelen voor communicatie op afstand"\)/);
    // Not used in any form: unused.
    check('definitie-ongebruikt', 'Artikel 1 Definities\nKlant: de wederpartij;\n«Middel voor communicatie op afstand»: telefoon, e-mail of website.\nArtikel 2 Bestellen\nDe Klant bestelt per telefoon.\n');
    // "-ën": the plural of a term on -ie.
    check('definitie-ongebruikt', 'Artikel 1 Definities\nKlant: de wederpartij;\nCategorie: een groep producten.\nArtikel 2 Aanbod\nDe Klant kiest uit drie Categorieën.\n');
    check('definitie-ongebruikt', 'Artikel 1 Definities\nKlant: de wederpartij;\n«Categorie»: een groep producten.\nArtikel 2 Aanbod\nDe Klant kiest uit drie Groepen.\n');
  });

  it('leaves a plural that the draft defines as a term of its own to that term', () => {
    check('definitie-ongebruikt', 'Artikel 1 Definities\n«Partij»: Leverancier of Klant;\nPartijen: Leverancier en Klant samen.\nArtikel 2 Slot\nPartijen tekenen.\n');
  });

  it('leaves a term the clauses write in lower case to definitie-hoofdletter', () => {
    check('definitie-ongebruikt', 'Artikel 1 Definities\nKlant: de wederpartij;\nWebsite: de website van Leverancier.\nArtikel 2 Slot\nDe Klant bezoekt de website; de website is beveiligd.\n');
  });

  it('stays quiet when the term, a covered plural or one term of a pair is used', () => {
    check('definitie-ongebruikt', 'Artikel 1 Definities\nBegrippen in het enkelvoud omvatten ook het meervoud.\nWerkdag: maandag tot en met vrijdag;\nOfferte en/of Aanbieding: een voorstel.\nArtikel 2 Termijn\nBinnen vijf Werkdagen na de Offerte.\n');
  });

  it('counts a use inside another definition; used by one definition only, a hint says its description could go there', () => {
    const text = 'Artikel 1 Definities\n«Platform»: de besloten omgeving van de Dienst;\nDienst: de dienst;\nInloggegevens: de codes die toegang geven tot het Platform.\nArtikel 2 Gebruik\nDe Dienst en de Inloggegevens zijn persoonlijk.\n';
    const [f] = check('definitie-ongebruikt', text);
    assert.match(f.message.nl, /alleen gebruikt in de definitie van "Inloggegevens"/);
    const [plain] = analyze(unmark(text).text).findings.filter((x) => x.ruleId === 'definitie-ongebruikt');
    assert.equal(plain.severity, 'hint');
    // Used in a clause as well, also in the plural: nothing.
    check('definitie-ongebruikt', unmark(text).text + 'Het Platform is beveiligd.\n');
    check('definitie-ongebruikt', unmark(text).text + 'Beide Platformen zijn beveiligd.\n');
    // A building block of two definitions saves repeating it: nothing either.
    check('definitie-ongebruikt', unmark(text).text.replace('Dienst: de dienst;', 'Dienst: de dienst op het Platform;'));
    // Named only in its own definition, the term is unused.
    check('definitie-ongebruikt', unmark(text).text.replace('Platform: de besloten omgeving', '«Portaal»: de besloten omgeving'));
  });

  it('counts the forms a term written with its plural ending allows, and never reports them as undefined too', () => {
    const text = 'Artikel 1 Definities\nAdministrator(s): de Gebruiker(s) die het account beheren;\nGebruiker(s): een persoon met toegang.\nArtikel 2 Beheer\nDe klant wijst een Administrator aan. Alle Administrators mogen Gebruikers toevoegen.\n';
    check('definitie-ongebruikt', text);
    check('definitie-onbekend', text);
    assert.deepEqual(bracketForms('Dienst(en)'), ['Dienst', 'Diensten']);
    assert.deepEqual(bracketForms('Dienst'), []);
  });

  it('counts either spelling of a term defined with a slash alternative as a use, and fires when neither is used', () => {
    const defs = 'Artikel 1 Definities\n1. Portaal / de Omgeving: de website waarop de klant inlogt.\n2. Klant: de wederpartij.\n';
    check('definitie-ongebruikt', defs + 'Artikel 2 Gebruik\nDe Klant gebruikt de Omgeving alleen zelf.\n');
    check('definitie-ongebruikt', defs + 'Artikel 2 Gebruik\nDe Klant gebruikt het Portaal alleen zelf.\n');
    check('definitie-ongebruikt', 'Artikel 1 Definities\n1. «Portaal / de Omgeving»: de website waarop de klant inlogt.\n2. Klant: de wederpartij.\nArtikel 2 Gebruik\nDe Klant betaalt per maand.\n');
    assert.deepEqual(slashForms('Portaal / de Omgeving'), ['Portaal', 'Omgeving']);
    assert.deepEqual(slashForms('Portaal'), []);
  });

  it('names the other spelling where the draft writes a hyphenated term without its hyphen', () => {
    const [f] = check('definitie-ongebruikt', 'Artikel 1 Definities\n«Onder-aannemer»: een derde die werk uitvoert.\nArtikel 2 Inschakeling\nDe Leverancier meldt elke Onderaannemer vooraf.\n');
    assert.match(f.message.nl, /schrijft het begrip als "Onderaannemer"/);
    // Written with its hyphen, it is used: nothing.
    check('definitie-ongebruikt', 'Artikel 1 Definities\nOnder-aannemer: een derde die werk uitvoert.\nArtikel 2 Inschakeling\nDe Leverancier meldt elke Onder-aannemer vooraf.\n');
  });
});
