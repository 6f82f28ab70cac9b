import * as assert from 'node:assert/strict';
import { check } from '../testing/check';

const b2c = { audience: 'b2c' as const };
const b2b = { audience: 'b2b' as const };

describe('consument-grijze-lijst', () => {
  it('sub f: any exclusion or limitation of liability toward a consumer', () => {
    check('consument-grijze-lijst', 'Leverancier is «niet aansprakelijk» voor gevolgschade, behoudens opzet of bewuste roekeloosheid.', b2c);
    check('consument-grijze-lijst', 'De «aansprakelijkheid van Leverancier is beperkt» tot het factuurbedrag.', b2c);
    check('consument-grijze-lijst', 'Deze algemene voorwaarden laten de wettelijke aansprakelijkheid van Leverancier onverlet.', b2c);
  });

  it('sub o: a notice period for the consumer longer than a month', () => {
    check('consument-grijze-lijst', 'De Consument kan opzeggen met een opzegtermijn van «drie (3) maanden».', b2c);
    check('consument-grijze-lijst', 'De Klant kan het abonnement beëindigen door uiterlijk «twee maanden» voor het einde op te zeggen.', b2c);
    check('consument-grijze-lijst', 'De Consument kan opzeggen met een opzegtermijn van een maand.', b2c);
    check('consument-grijze-lijst', 'Leverancier kan opzeggen met een opzegtermijn van twee (2) maanden.', b2c);
  });

  it('sub l: a notice period for the consumer longer than the user\'s', () => {
    check('consument-grijze-lijst', 'De Consument kan opzeggen met een opzegtermijn van «een maand». Leverancier kan opzeggen met een opzegtermijn van twee weken.', b2c);
    check('consument-grijze-lijst', 'De Consument kan opzeggen met een opzegtermijn van een maand. Leverancier kan opzeggen met een opzegtermijn van twee maanden.', b2c);
  });

  it('sub g: no set-off for the consumer', () => {
    check('consument-grijze-lijst', 'De Consument is niet bevoegd tot «verrekening».', b2c);
    check('consument-grijze-lijst', 'Leverancier mag verrekenen met wat zij de Consument verschuldigd is, zoals de wet toestaat.', b2c);
  });

  it('sub c, d and e: changing the service, walking away, vague delivery times', () => {
    check('consument-grijze-lijst', 'Leverancier «behoudt zich het recht voor de inhoud van de cursus te wijzigen».', b2c);
    check('consument-grijze-lijst', 'Leverancier mag de Dienst wijzigen. Bij een wezenlijke wijziging kan de Consument kosteloos opzeggen.', b2c);
    check('consument-grijze-lijst', 'Leverancier mag de Overeenkomst «zonder opgave van redenen» opzeggen.', b2c);
    check('consument-grijze-lijst', 'De Consument kan de Overeenkomst te allen tijde opzeggen.', b2c);
    check('consument-grijze-lijst', 'Opgegeven «levertijden zijn altijd indicatief»; ze gelden nooit als fatale termijn.', b2c);
  });

  it('sub h, i, m and n', () => {
    check('consument-grijze-lijst', 'Meldt de Consument een gebrek niet, dan «vervalt elk recht» op herstel.', b2c);
    check('consument-grijze-lijst', 'Klachten meldt de Klant binnen acht dagen; daarna «vervalt elk recht» op herstel.', b2c);
    check('consument-grijze-lijst', 'Opgegeven «levertermijnen zijn nimmer fatale» termijnen.', b2c);
    check('consument-grijze-lijst', 'Bij annulering is de Consument «annuleringskosten» verschuldigd.', b2c);
    check('consument-grijze-lijst', 'Bij annulering is de Consument geen annuleringskosten verschuldigd.', b2c);
    check('consument-grijze-lijst', 'De Consument meldt een klacht per «aangetekende brief».', b2c);
    check('consument-grijze-lijst', 'De Consument verleent Leverancier een «onherroepelijke volmacht» om namens hem te tekenen.', b2c);
  });

  it('never fires toward businesses', () => {
    check('consument-grijze-lijst', 'Leverancier is niet aansprakelijk voor gevolgschade. De Klant kan opzeggen met een opzegtermijn van drie (3) maanden.', b2b);
  });

  it('sub c: a right to change the terms at will, without a right for the consumer to end the contract', () => {
    const [f] = check('consument-grijze-lijst', 'De organisator is «gerechtigd deze algemene voorwaarden te wijzigen».', { audience: 'b2c' });
    assert.match(f.message.nl, /6:237 sub c/);
    assert.match(f.message.en, /6:237\(c\)/);
    check('consument-grijze-lijst', 'De organisator is gerechtigd deze algemene voorwaarden te wijzigen. Wie het met een wijziging niet eens is, mag de overeenkomst kosteloos opzeggen.', { audience: 'b2c' });
    check('consument-grijze-lijst', 'De organisator is gerechtigd deze algemene voorwaarden te wijzigen.', { audience: 'b2b' });
    // The right to terminate in the next lid of the same article cures it.
    check('consument-grijze-lijst', '## Artikel 9 – Wijziging\n9.1 De organisator is gerechtigd deze algemene voorwaarden te wijzigen.\n9.2 Is een wijziging nadelig, dan kan de Consument de overeenkomst kosteloos opzeggen.\n', { audience: 'b2c' });
    check('consument-grijze-lijst', 'Verkoper «heeft het recht de algemene voorwaarden eenzijdig te wijzigen»; de gewijzigde voorwaarden gelden ook voor lopende overeenkomsten.', { audience: 'b2c' });
    check('consument-grijze-lijst', 'Verkoper heeft het recht de algemene voorwaarden eenzijdig te wijzigen; wie het daarmee niet eens is, mag de overeenkomst kosteloos ontbinden.', { audience: 'b2c' });
    // The verb split by "te" ("gerechtigd de overeenkomst op te zeggen") is the same cure.
    check('consument-grijze-lijst', 'De organisator behoudt zich het recht voor deze algemene voorwaarden te wijzigen. Wie niet akkoord gaat, is gerechtigd de overeenkomst binnen twee weken op te zeggen.', { audience: 'b2c' });
    check('consument-grijze-lijst', 'De organisator «behoudt zich het recht voor deze algemene voorwaarden te wijzigen». Wie niet akkoord gaat, kan dat binnen twee weken laten weten.', { audience: 'b2c' });
  });

  it('sub c: the user moving the date, with a two-word name; not the consumer\'s move, nor a move denied', () => {
    check('consument-grijze-lijst', 'Als het weer tegenzit, «kan Foto Noord de sessie naar een andere dag verzetten».', b2c);
    check('consument-grijze-lijst', 'De opdrachtgever mag de fotosessie niet verzetten of annuleren wegens slecht weer.', b2c);
    check('consument-grijze-lijst', 'De opdrachtgever kan de afspraak tot twee dagen vooraf verzetten.', b2c);
  });

  it('sub c: the terms changed at will, said in the passive', () => {
    check('consument-grijze-lijst', 'Deze «voorwaarden kunnen op elk moment door de studio worden gewijzigd».', b2c);
    check('consument-grijze-lijst', 'De «voorwaarden kunnen eenzijdig worden gewijzigd».', b2c);
    // Agreed changes, changes for new contracts only, or with a right to end the contract, are no such power.
    check('consument-grijze-lijst', 'Deze voorwaarden kunnen alleen in overleg met de klant worden gewijzigd.', b2c);
    check('consument-grijze-lijst', 'Deze voorwaarden kunnen worden gewijzigd; een wijziging geldt alleen voor een nieuwe overeenkomst.', b2c);
    check('consument-grijze-lijst', 'Deze voorwaarden kunnen worden gewijzigd. Wie de wijziging niet aanvaardt, mag het abonnement kosteloos opzeggen.', b2c);
    check('consument-grijze-lijst', 'Deze voorwaarden kunnen op elk moment door de studio worden gewijzigd.', b2b);
  });

  it('sub c: the newest version of the terms that always applies, to running contracts too', () => {
    const [f] = check('consument-grijze-lijst', 'Op iedere overeenkomst is «steeds de meest recente versie» van deze voorwaarden van toepassing.', { audience: 'b2c' });
    assert.match(f.message.nl, /6:237 sub c BW: een bevoegdheid om de voorwaarden eenzijdig te wijzigen/);
    check('consument-grijze-lijst', 'Deze voorwaarden zijn bij de Kamer van Koophandel gedeponeerd. Van toepassing is «altijd de laatst gedeponeerde versie».', { audience: 'b2c' });
    // Only the version that applied when the contract was made, or only new contracts: no change of running ones.
    check('consument-grijze-lijst', 'Op de overeenkomst is steeds de versie van deze voorwaarden van toepassing die gold ten tijde van het sluiten ervan.', { audience: 'b2c' });
    check('consument-grijze-lijst', 'Op iedere nieuwe overeenkomst is steeds de meest recente versie van deze voorwaarden van toepassing.', { audience: 'b2c' });
    // A right to end the contract over a change cures it; between businesses the grey list does not apply.
    check('consument-grijze-lijst', 'Op iedere overeenkomst is steeds de meest recente versie van deze voorwaarden van toepassing. Wie een nieuwe versie niet aanvaardt, mag de overeenkomst kosteloos opzeggen.', { audience: 'b2c' });
    check('consument-grijze-lijst', 'Op iedere overeenkomst is steeds de meest recente versie van deze voorwaarden van toepassing.', { audience: 'b2b' });
    // A version number is no version of the terms that applies.
    check('consument-grijze-lijst', 'De app werkt steeds met de nieuwste versie van het besturingssysteem.', { audience: 'b2c' });
  });

  it('sub m: not for goods sent back by registered post, or advice to do so', () => {
    check('consument-grijze-lijst', 'Wil je zeker weten dat je retour aankomt, dan adviseer ik je het pakket aangetekend te retourneren.', { audience: 'b2c' });
    check('consument-grijze-lijst', 'Een klacht meldt de Consument per «aangetekende brief».', { audience: 'b2c' });
  });

  it('sub f: one finding per clause, where a cap has its fallback in the next sentence; a clause of its own is its own', () => {
    check('consument-grijze-lijst', '7.2 De «aansprakelijkheid van Leverancier is beperkt» tot het honorarium. Is geen honorarium overeengekomen, dan is de aansprakelijkheid beperkt tot EUR 500.', { audience: 'b2c' });
    check('consument-grijze-lijst', '7.2 De «aansprakelijkheid van Leverancier is beperkt» tot het honorarium.\n7.3 Leverancier is «niet aansprakelijk» voor gevolgschade.\n', { audience: 'b2c' });
  });

  it('sub f: the consumer\'s loss left at his own risk', () => {
    check('consument-grijze-lijst', 'Deelname aan de activiteit is geheel «voor eigen risico».', { audience: 'b2c' });
    check('consument-grijze-lijst', 'De bezorging geschiedt «op eigen risico» van de koper.', { audience: 'b2c' });
    check('consument-grijze-lijst', 'Wie de toestellen in de zaal gebruikt, doet dat «voor jouw eigen risico».', { audience: 'b2c' });
    // The user's own risk, or the return shipment after a withdrawal, which the law puts on the consumer: none.
    check('consument-grijze-lijst', 'Leverancier verzendt de producten voor eigen risico.', { audience: 'b2c' });
    check('consument-grijze-lijst', 'Het terugzenden van het product na herroeping gebeurt voor eigen risico van de consument.', { audience: 'b2c' });
    // When the risk passes, as the law has it: no exemption.
    check('consument-grijze-lijst', 'Zodra het werk is opgeleverd, komt het voor risico van de opdrachtgever.', { audience: 'b2c' });
  });

  it('sub f: a limitation the clause denies is none', () => {
    check('consument-grijze-lijst', 'De aansprakelijkheid van Leverancier voor schade door opzet of bewuste roekeloosheid wordt niet beperkt.', { audience: 'b2c' });
    check('consument-grijze-lijst', 'Aansprakelijkheid voor schade door dood of letsel is niet uitgesloten.', { audience: 'b2c' });
    check('consument-grijze-lijst', 'Voor de aansprakelijkheid geldt wat de raamovereenkomst regelt, waarbij de aansprakelijkheid voor opzet niet wordt beperkt.', { audience: 'b2c' });
    // A real limitation later in the same sentence is still one.
    check('consument-grijze-lijst', 'Aansprakelijkheid voor letsel is niet uitgesloten, maar Leverancier is «niet aansprakelijk» voor gevolgschade.', { audience: 'b2c' });
    check('consument-grijze-lijst', 'De «aansprakelijkheid van Leverancier is beperkt» tot het factuurbedrag.', { audience: 'b2c' });
    // The verb before the noun, and that form denied.
    check('consument-grijze-lijst', 'Is Leverancier aansprakelijk, dan «is deze aansprakelijkheid beperkt» tot het factuurbedrag.', { audience: 'b2c' });
    check('consument-grijze-lijst', 'In dat geval is de aansprakelijkheid van Leverancier niet beperkt.', { audience: 'b2c' });
  });

  it('sub f: exclusions the shared pattern does not read', () => {
    check('consument-grijze-lijst', 'De organisator is «slechts aansprakelijk» voor schade door opzet.', b2c);
    check('consument-grijze-lijst', 'Ik ben «niet medisch verantwoordelijk of aansprakelijk» voor jou.', b2c);
    check('consument-grijze-lijst', 'De winkel is «niet verantwoordelijk voor eventuele ongelukken» bij het dragen van de sieraden.', b2c);
    check('consument-grijze-lijst', 'De reisorganisator betaalt «uitsluitend de schade terug waarvoor hij verzekerd» is.', b2c);
    // The consumer's own responsibility is no exoneration.
    check('consument-grijze-lijst', 'Jij bent zelf verantwoordelijk voor het delen van medische gegevens.', b2c);
    check('consument-grijze-lijst', 'De winkel is niet verantwoordelijk voor eventuele ongelukken bij het dragen van de sieraden.', b2b);
  });

  it('sub f: "niet verantwoordelijk worden gesteld" and "evenmin aansprakelijk" are exclusions too', () => {
    check('consument-grijze-lijst', 'Bij verlies van een geheugenkaart kan de fotograaf «niet verantwoordelijk worden gesteld».', b2c);
    check('consument-grijze-lijst', 'De verhuurder is «evenmin aansprakelijk» voor handelingen van zijn personeel.', b2c);
    check('consument-grijze-lijst', 'De consument kan niet verantwoordelijk worden gesteld voor gebreken die bij aflevering al bestonden.', b2c);
    check('consument-grijze-lijst', 'Bij verlies van een geheugenkaart kan de fotograaf niet verantwoordelijk worden gesteld.', b2b);
    check('consument-grijze-lijst', '«Noch de sportschool, noch haar medewerkers kunnen verantwoordelijk worden gesteld» voor verlies van kleding.', b2c);
    check('consument-grijze-lijst', 'De instructeur is «niet verantwoordelijk voor blessures» die tijdens een training ontstaan.', b2c);
  });

  it('sub g: payment "zonder verrekening" takes set-off from the consumer', () => {
    check('consument-grijze-lijst', 'De klant betaalt de nota binnen dertig dagen, «zonder opschorting of verrekening».', b2c);
    check('consument-grijze-lijst', 'Betaling dient zonder verrekening te geschieden binnen veertien dagen.', b2b);
  });

  it('sub f: the consumer\'s own liability, written with the role in lower case, is no exemption of the user', () => {
    // Webshop terms on the value of goods handled during the withdrawal period: the consumer is freed, not the user.
    check('consument-grijze-lijst', 'De koper is alleen aansprakelijk voor het waardeverlies van een artikel dat hij ruwer heeft behandeld dan nodig was.', b2c);
    check('consument-grijze-lijst', 'De koper is niet aansprakelijk voor waardeverlies als de verkoper hem niet over het herroepingsrecht heeft ingelicht.', b2c);
    check('consument-grijze-lijst', 'Je bent niet aansprakelijk voor schade aan de vloer door normaal gebruik.', b2c);
    // The user freed, with the roles in lower case, still fires; so does an exemption that names the consumer as the one harmed.
    check('consument-grijze-lijst', 'De verkoper is «niet aansprakelijk» voor de schade van de koper.', b2c);
    check('consument-grijze-lijst', 'De ondernemer is «alleen aansprakelijk» voor directe schade.', b2c);
    check('consument-grijze-lijst', 'Voor schade die de consument lijdt door vertraging is «aansprakelijkheid uitgesloten».', b2c);
  });

  it('sub f: a list of exclusions reports its items that take personal injury or consequential damage', () => {
    const text = '## Artikel 5. Aansprakelijkheid\n\n«De aansprakelijkheid van de organisator wordt in ieder geval uitgesloten» voor:\na. schade door handelen van derden.\n«b. letselschade door het bijwonen van de voorstelling.»\n«c. gevolgschade aan de zijde van de deelnemer.»\n';
    check('consument-grijze-lijst', text, b2c);
    // A list that is not an exclusion is not read.
    check('consument-grijze-lijst', '## Artikel 5. Risico\n\nDe deelnemer draagt zelf zorg voor:\na. zijn gehoor en gezichtsvermogen.\nb. verzekering tegen letsel.\n', b2c);
  });

  it('sub c: the user may move the performance to another date or place', () => {
    const [f] = check('consument-grijze-lijst', 'Indien de organisator dit wenselijk acht, is zij «gerechtigd het concert te verschuiven» naar een andere datum.', b2c);
    assert.match(f.message.nl, /6:237 sub c/);
    check('consument-grijze-lijst', 'De organisator is gerechtigd het concert te verschuiven; de bezoeker mag de overeenkomst dan kosteloos ontbinden.', b2c);
    check('consument-grijze-lijst', 'De bezoeker mag zijn bezoek kosteloos verplaatsen naar een andere datum.', b2c);
  });

  it('sub b: an obligation of effort in a building contract', () => {
    const [f] = check('consument-grijze-lijst', '## Artikel 4. Uitvoering\n\nDe aannemer voert het werk goed uit. Op de aannemer rust een «inspanningsverplichting».\n', b2c);
    assert.match(f.message.nl, /6:237 sub b/);
    assert.match(f.message.nl, /7:750 lid 1/);
    // A service is an obligation of effort by law (opdracht); no building work, no finding.
    check('consument-grijze-lijst', '## Artikel 4. Uitvoering\n\nOp de coach rust een inspanningsverplichting.\n', b2c);
    check('consument-grijze-lijst', '## Artikel 4. Uitvoering\n\nDe aannemer voert het werk goed uit. Op de aannemer rust een inspanningsverplichting.\n', b2b);
  });
  it('sub d: the user may end the contract at any moment without reasons, in other words', () => {
    check('consument-grijze-lijst', 'Leverancier kan de overeenkomst «op elk moment» beëindigen.', b2c);
    check('consument-grijze-lijst', 'Leverancier mag de overeenkomst «zonder opgaaf van redenen» opzeggen.', b2c);
    check('consument-grijze-lijst', 'De Klant kan de overeenkomst op elk moment opzeggen.', b2c);
  });

  it('sub c: the user may replace what it delivers, or deliver something else than ordered', () => {
    check('consument-grijze-lijst', 'Leverancier «behoudt zich het recht voor het bestelde artikel te vervangen door» een vergelijkbaar artikel.', b2c);
    check('consument-grijze-lijst', 'Leverancier is «gerechtigd een ander model dan het bestelde» te leveren.', b2c);
    check('consument-grijze-lijst', 'Leverancier «kan de inhoud van het pakket naar eigen inzicht wijzigen».', b2c);
    // A right to rescind in the clause cures it; a right the clause denies does not.
    check('consument-grijze-lijst', 'Leverancier is gerechtigd een ander model dan het bestelde te leveren; de Klant mag de overeenkomst dan kosteloos ontbinden.', b2c);
    check('consument-grijze-lijst', 'Leverancier «mag de prestatie eenzijdig wijzigen» zonder dat de Klant de overeenkomst kan ontbinden.', b2c);
    check('consument-grijze-lijst', 'Leverancier is gerechtigd een ander model dan het bestelde te leveren.', b2b);
  });

  it('sub f: the consumer\'s right to damages limited or excluded', () => {
    check('consument-grijze-lijst', 'Het «recht op schadevergoeding van de Klant is beperkt tot» het bedrag van één maand abonnementsgeld.', b2c);
    check('consument-grijze-lijst', 'Iedere «aanspraak op schadevergoeding is uitgesloten» bij te late levering.', b2c);
    check('consument-grijze-lijst', 'De Klant heeft recht op schadevergoeding volgens de wet.', b2c);
  });
  it('sub c and d: a programme changed, or the contract ended when the user sees reason', () => {
    check('consument-grijze-lijst', 'Leverancier «mag het programma van de reis wijzigen».', b2c);
    check('consument-grijze-lijst', 'Leverancier kan de overeenkomst annuleren «indien zij daartoe aanleiding ziet».', b2c);
    check('consument-grijze-lijst', 'De Klant kan de overeenkomst annuleren indien hij daartoe aanleiding ziet.', b2c);
  });

  it('sub e: the user bound to no term', () => {
    check('consument-grijze-lijst', 'Leverancier levert zo snel zij kan, maar is «niet aan een termijn gebonden».', b2c);
    check('consument-grijze-lijst', 'Leverancier is aan de overeengekomen levertermijn gebonden.', b2c);
  });

  it('sub h: a complaint refused after a moment', () => {
    check('consument-grijze-lijst', 'Klachten na ontvangst van de factuur worden «niet meer in behandeling genomen».', b2c);
    check('consument-grijze-lijst', 'Een klacht wordt niet in behandeling genomen zolang de Klant geen gegevens verstrekt.', b2c);
  });

  it('sub i and k: the full price on cancellation, a subscription for more than a year', () => {
    check('consument-grijze-lijst', 'Bij annulering is de Klant de «volledige prijs verschuldigd».', b2c);
    check('consument-grijze-lijst', 'Bij annulering door Leverancier betaalt Leverancier het volledige bedrag terug.', b2c);
    check('consument-grijze-lijst', 'Het abonnement wordt aangegaan voor een periode van «twee jaar».', b2c);
    check('consument-grijze-lijst', 'Het abonnement wordt aangegaan voor een periode van een jaar.', b2c);
    check('consument-grijze-lijst', 'Op de apparatuur bij het abonnement geldt een garantietermijn van twee jaar.', b2c);
    check('consument-grijze-lijst', 'Het abonnement wordt aangegaan voor een periode van twee jaar; na het eerste jaar kan de Klant het op elk moment opzeggen met een opzegtermijn van een maand.', b2c);
  });

  it('sub m: a registered letter for a statement where no party is named', () => {
    check('consument-grijze-lijst', 'Een klacht moet per «aangetekende brief» worden ingediend.', b2c);
    check('consument-grijze-lijst', 'Leverancier stuurt de ingebrekestelling per aangetekende brief.', b2c);
  });
  it('sub d: the misspelt "ten allen tijde", a role in lower case, and the user\'s own opinion as the ground', () => {
    check('consument-grijze-lijst', 'De verhuurder heeft «ten alle tijden» het recht de huur te ontbinden.', b2c);
    check('consument-grijze-lijst', 'Het oppasbureau kan de overeenkomst opzeggen «indien het oppasbureau van mening is» dat verdere begeleiding geen zin heeft.', b2c);
    check('consument-grijze-lijst', 'Het feestbureau kan de boeking annuleren «wanneer het dat nodig acht».', b2c);
    // The consumer's own right, and a ground stated in the clause, are no sub d.
    check('consument-grijze-lijst', 'De huurder heeft ten allen tijde het recht de huur te ontbinden.', b2c);
    check('consument-grijze-lijst', 'De ouder kan de overeenkomst opzeggen indien de ouder van mening is dat de opvang niet past.', b2c);
    check('consument-grijze-lijst', 'Het oppasbureau kan de overeenkomst opzeggen als de ouder twee maanden niet betaalt.', b2c);
  });

  it('sub f: damages denied without the word "aansprakelijk"; not the user waiving its own claim', () => {
    check('consument-grijze-lijst', 'Valt een les uit door ziekte van de instructeur, dan kan de cursist «geen aanspraak maken op schadevergoeding».', b2c);
    check('consument-grijze-lijst', 'De Opdrachtnemer kan geen aanspraak maken op schadevergoeding als de klant op tijd afzegt.', b2c);
    check('consument-grijze-lijst', 'Bij overmacht kan de cursist geen aanspraak maken op schadevergoeding.', b2c);
  });

  it('sub h: a waiver deemed from the consumer\'s absence, no complaints accepted after a date, fees kept on the user\'s termination', () => {
    check('consument-grijze-lijst', 'Wordt de kat niet binnen tien dagen opgehaald, dan wordt de eigenaar «geacht van het dier afstand te hebben gedaan».', b2c);
    check('consument-grijze-lijst', '«Geen klachten worden aanvaard» na veertien dagen na de factuurdatum.', b2c);
    check('consument-grijze-lijst', 'Verzwijgt de cursist een aandoening, dan mag de zeilschool de opleiding beëindigen «zonder enige restitutie» van het lesgeld.', b2c);
    // The user's own waiver, complaints accepted, and the consumer's own termination are none.
    check('consument-grijze-lijst', 'De verhuurder wordt geacht afstand te hebben gedaan van zijn recht op de borg als hij die niet binnen een maand aanspreekt.', b2c);
    check('consument-grijze-lijst', 'Klachten worden in behandeling genomen binnen veertien dagen na ontvangst.', b2c);
    check('consument-grijze-lijst', 'De cursist kan zonder restitutie opzeggen tot de eerste les.', b2c);
  });

  it('sub i: a cancellation charge as a share or an amount; not a refund, not the user\'s cancellation', () => {
    check('consument-grijze-lijst', 'Bij annulering binnen dertig dagen voor aankomst is de gast «40%» van de huursom verschuldigd.', b2c);
    check('consument-grijze-lijst', 'Annuleert de klant na de bedenktermijn, dan brengen wij «€ 250,-» in rekening.', b2c);
    check('consument-grijze-lijst', 'Wordt een reservering ongedaan gemaakt binnen een week, dan is «60 procent» verschuldigd.', b2c);
    check('consument-grijze-lijst', 'Bij annulering tot veertien dagen voor aankomst wordt 50% van de huursom terugbetaald.', b2c);
    check('consument-grijze-lijst', 'Bij annulering door de verhuurder betaalt de verhuurder 100% van de huursom terug.', b2c);
    check('consument-grijze-lijst', 'Bij annulering door de verhuurder is de verhuurder de gast 100% van de huursom verschuldigd.', b2c);
    check('consument-grijze-lijst', 'Is de klant een kwartier te laat, dan kan de salon de behandeling annuleren en 50% van het tarief in rekening brengen.', b2c);
    check('consument-grijze-lijst', 'Bij annulering binnen dertig dagen is de klant 40% verschuldigd.', b2b);
  });

  it('sub m: not the user\'s own reminder by registered letter', () => {
    check('consument-grijze-lijst', 'Een vergoeding is verschuldigd als de klant niet betaalt, vijftien dagen na aanmaning per aangetekende brief.', b2c);
    check('consument-grijze-lijst', 'Een klacht moet per «aangetekende brief» worden ingediend.', b2c);
  });
  it('sub c: a reserved right to deliver an alternative instead, without a right to rescind', () => {
    check('consument-grijze-lijst', 'Zonnig Dak «behoudt zich het recht om bij leverproblemen een gelijkwaardig alternatief» te plaatsen.', b2c);
    check('consument-grijze-lijst', 'Wij «behouden ons het recht voor een vergelijkbaar product» te leveren als het bestelde uitverkocht is.', b2c);
    check('consument-grijze-lijst', 'Wij behouden ons het recht voor een vergelijkbaar product te leveren; de klant mag de koop dan kosteloos ontbinden.', b2c);
    check('consument-grijze-lijst', 'De klant behoudt zich het recht voor een ander model te kiezen.', b2c);
  });
});
