import * as assert from 'node:assert/strict';
import { analyze } from '../analyzer';
import { check } from '../testing/check';

const b2c = { audience: 'b2c' as const };
const b2b = { audience: 'b2b' as const };
const sub = (text: string) => analyze(text, b2c).findings.filter((f) => f.ruleId === 'consument-zwarte-lijst').map((f) => f.message.nl.slice(0, 19));

describe('consument-zwarte-lijst', () => {
  it('sub j: tacit renewal for a fixed term', () => {
    check('consument-zwarte-lijst', 'Het abonnement wordt daarna «stilzwijgend verlengd» met telkens twaalf (12) maanden.', b2c);
    check('consument-zwarte-lijst', 'De Overeenkomst wordt «automatisch verlengd» met dezelfde periode.', b2c);
    check('consument-zwarte-lijst', 'De Overeenkomst wordt «stilzwijgend voortgezet» voor onbepaalde tijd met een opzegtermijn van drie maanden.', b2c);
    assert.deepEqual(sub('De Overeenkomst wordt stilzwijgend verlengd met een jaar.'), ['Artikel 6:236 sub j']);
  });

  it('sub j: quiet for continuation into an indefinite term cancellable at any time with a month', () => {
    check('consument-zwarte-lijst', 'Daarna wordt de Overeenkomst stilzwijgend voortgezet voor onbepaalde tijd. De Consument kan de voortgezette Overeenkomst te allen tijde opzeggen met een opzegtermijn van een maand.', b2c);
  });

  it('sub n: a chosen court or arbitration without a month to choose', () => {
    check('consument-zwarte-lijst', 'Geschillen worden uitsluitend voorgelegd aan de «rechtbank Amsterdam».', b2c);
    check('consument-zwarte-lijst', 'Alle geschillen worden beslecht door «arbitrage» volgens het reglement van het NAI.', b2c);
    check('consument-zwarte-lijst', 'Geschillen worden voorgelegd aan de bevoegde rechter in het «arrondissement waar Leverancier» is gevestigd.', b2c);
    check('consument-zwarte-lijst', 'Geschillen worden voorgelegd aan de rechter van de woonplaats van de Consument.', b2c);
  });

  it('sub n: quiet for the court competent by law, or with the month to choose', () => {
    check('consument-zwarte-lijst', 'Een geschil wordt voorgelegd aan de rechter die volgens de wet bevoegd is.', b2c);
    check('consument-zwarte-lijst', 'Geschillen worden voorgelegd aan de rechtbank Amsterdam. De Consument kan binnen een maand nadat Leverancier zich op dit beding heeft beroepen, kiezen voor de rechter die volgens de wet bevoegd is.', b2c);
  });

  it('sub n: quiet when the clause leaves the ordinary court open to the consumer', () => {
    check('consument-zwarte-lijst', 'Geschillen kunnen worden beslecht door arbitrage. De consument kan er in plaats daarvan voor kiezen het geschil aan de bevoegde rechter voor te leggen.', b2c);
    check('consument-zwarte-lijst', 'Bij een geschil kunnen partijen mediation of arbitrage afspreken; dat laat het recht van ieder van hen op een rechterlijke uitspraak onverlet.', b2c);
    check('consument-zwarte-lijst', 'Partijen kunnen een geschil ook aan arbitrage onderwerpen, wat hun recht op een rechtelijke uitspraak nooit zal beperken.', b2c);
  });

  it('sub n: still fires when arbitration shuts out the ordinary court, or only the user may choose it', () => {
    check('consument-zwarte-lijst', 'Alle geschillen worden met uitsluiting van de gewone rechter beslecht door «arbitrage».', b2c);
    check('consument-zwarte-lijst', 'Een geschil wordt beslecht door «arbitrage». De consument kan niet kiezen voor de bevoegde rechter.', b2c);
    check('consument-zwarte-lijst', 'Een geschil wordt beslecht door «bindend advies». Leverancier kan er ook voor kiezen het geschil aan de bevoegde rechter voor te leggen.', b2c);
    check('consument-zwarte-lijst', 'Geschillen worden uitsluitend voorgelegd aan de bevoegde «rechter te Utrecht».', b2c);
  });

  it('sub n: a court name with hyphens is marked whole', () => {
    check('consument-zwarte-lijst', 'Geschillen worden uitsluitend voorgelegd aan de «rechtbank Noord-Holland».', b2c);
    check('consument-zwarte-lijst', 'Geschillen worden voorgelegd aan de «rechtbank Zeeland-West-Brabant», locatie Breda.', b2c);
    check('consument-zwarte-lijst', "Geschillen worden voorgelegd aan de «rechtbank te 's-Hertogenbosch».", b2c);
    check('consument-zwarte-lijst', 'Geschillen worden voorgelegd aan de rechter die volgens de wet bevoegd is, niet aan de rechtbank Noord-Holland.', b2c);
  });

  it('sub n: a court named by its district after "in het arrondissement"', () => {
    check('consument-zwarte-lijst', 'Een geschil beslist de «rechter in het arrondissement Oost-Brabant».', b2c);
    check('consument-zwarte-lijst', 'Een geschil leggen partijen voor aan de «rechter binnen het arrondissement Zwolle».', b2c);
    check('consument-zwarte-lijst', 'Geschillen worden voorgelegd aan de rechter in het arrondissement waar de consument woont, die volgens de wet bevoegd is.', b2c);
  });

  it('sub c: payment "zonder opschorting" in the payment clause', () => {
    check('consument-zwarte-lijst', 'De klant betaalt elke nota «zonder opschorting» of verrekening binnen dertig dagen.', b2c);
    check('consument-zwarte-lijst', 'De koper voldoet de factuur «zonder aftrek, korting of opschorting».', b2c);
    check('consument-zwarte-lijst', 'Betaling dient zonder opschorting te geschieden binnen veertien dagen.', b2b);
    // Not a payment: the user's own work goes on without a pause.
    check('consument-zwarte-lijst', 'De werkzaamheden worden zonder opschorting voortgezet.', b2c);
  });

  it('sub i: the user\'s right to raise the price, also with subject and verb inverted', () => {
    check('consument-zwarte-lijst', 'Stijgen de materiaalkosten na de opdracht, dan is aannemer gerechtigd de afgesproken «prijs evenredig aan te passen».', b2c);
    check('consument-zwarte-lijst', 'Verhoogt de ondernemer de prijs binnen drie maanden, dan is de consument gerechtigd de prijs niet te betalen en de overeenkomst te ontbinden.', b2c);
  });

  it('sub c: the verb split around its denial ("schort ... niet op")', () => {
    check('consument-zwarte-lijst', 'Een klacht «schort de betalingsverplichting niet op».', b2c);
    check('consument-zwarte-lijst', 'Ingediende bezwaren «schorten de betalingsverplichting van de koper nimmer op».', b2c);
    // The user that will not suspend its own performance denies the consumer nothing.
    check('consument-zwarte-lijst', 'De verkoper schort zijn levering niet op zolang de koper betaalt.', b2c);
    check('consument-zwarte-lijst', 'Een klacht schort de betalingsverplichting niet op.', b2b);
    // Not the consumer's complaint: an insurer that does not pay is no failure of the user.
    check('consument-zwarte-lijst', 'Het niet vergoeden van de behandeling door de zorgverzekeraar schort de betalingsverplichting niet op.', b2c);
  });

  it('sub k: the user\'s own finding of a fact binds the consumer', () => {
    check('consument-zwarte-lijst', 'Na terugkomst wordt de tent nageteld. De «telling door de verhuurder is bindend».', b2c);
    check('consument-zwarte-lijst', 'De «taxatie gebeurt door de verhuurder en is voor de huurder bindend».', b2c);
    check('consument-zwarte-lijst', 'Voor de schade is de huurder «gebonden aan de vaststelling» door de verhuurder.', b2c);
    // Counter-evidence left open, or a finding made together or by an independent expert, binds no one unheard.
    check('consument-zwarte-lijst', 'De telling door de verhuurder is bindend, behoudens tegenbewijs door de huurder.', b2c);
    check('consument-zwarte-lijst', 'De vaststelling door een onafhankelijke deskundige is voor beide partijen bindend.', b2c);
    check('consument-zwarte-lijst', 'De telling door de verhuurder is bindend.', b2b);
  });

  it('sub g: a forfeiture period under a year', () => {
    check('consument-zwarte-lijst', 'Elke vordering van de Consument «vervalt» na zes (6) maanden.', b2c);
    check('consument-zwarte-lijst', 'Elke vordering van de Consument vervalt na twee (2) jaar.', b2c);
    check('consument-zwarte-lijst', 'Klachten meldt de Klant binnen acht dagen; daarna vervalt elk recht op herstel.', b2c);
    check('consument-zwarte-lijst', 'Een klacht meldt de Consument binnen twee maanden; een latere melding vervalt niet.', b2c);
  });

  it('sub c and b: the consumer may not suspend or rescind', () => {
    check('consument-zwarte-lijst', 'De Consument is niet bevoegd zijn betalingsverplichting «op te schorten».', b2c);
    check('consument-zwarte-lijst', 'De Klant kan de Overeenkomst niet «ontbinden».', b2c);
    check('consument-zwarte-lijst', 'Leverancier mag de levering opschorten zolang de Consument niet betaalt.', b2c);
    check('consument-zwarte-lijst', 'De Consument mag de Overeenkomst ontbinden als Leverancier tekortschiet.', b2c);
  });

  it('sub i: a price increase right with no right to rescind', () => {
    check('consument-zwarte-lijst', 'Leverancier mag de «prijzen te allen tijde verhogen».', b2c);
    check('consument-zwarte-lijst', 'Leverancier mag de prijzen verhogen. De Consument kan de Overeenkomst dan kosteloos opzeggen.', b2c);
    check('consument-zwarte-lijst', 'Leverancier verhoogt de prijs niet binnen drie (3) maanden na het sluiten van de Overeenkomst; daarna mag Leverancier de prijs aanpassen aan de index.', b2c);
  });

  it('sub k, m, o and t', () => {
    check('consument-zwarte-lijst', 'De «administratie van Leverancier geldt als beslissend» bewijs.', b2c);
    check('consument-zwarte-lijst', 'De administratie van Leverancier geldt als volledig bewijs, behoudens tegenbewijs.', b2c);
    check('consument-zwarte-lijst', 'De Consument «kiest woonplaats» ten kantore van Leverancier.', b2c);
    check('consument-zwarte-lijst', 'De Consument kan uitsluitend per «aangetekende brief» opzeggen.', b2c);
    check('consument-zwarte-lijst', 'De Consument kan opzeggen per e-mail of via het klantaccount.', b2c);
    check('consument-zwarte-lijst', 'Een «cadeaubon» is een (1) jaar geldig.', b2c);
    check('consument-zwarte-lijst', 'Een cadeaubon is twee (2) jaar geldig.', b2c);
  });

  it('never fires toward businesses', () => {
    check('consument-zwarte-lijst', 'Het abonnement wordt stilzwijgend verlengd met telkens twaalf (12) maanden. Geschillen worden voorgelegd aan de rechtbank Amsterdam.', b2b);
  });

  it('leaves a sentence meant for business customers alone in a b2c draft', () => {
    check('consument-zwarte-lijst', 'Is de Klant een rechtspersoon, dan worden geschillen voorgelegd aan de rechtbank Utrecht.', b2c);
  });

  it('sub i: price changes that "mogen worden doorberekend", in the plural', () => {
    check('consument-zwarte-lijst', '«Prijswijzigingen» van de fabrikant mogen te allen tijde in de koopprijs worden doorberekend.', b2c);
    check('consument-zwarte-lijst', 'Prijswijzigingen van de fabrikant mogen worden doorberekend; de koper mag dan de overeenkomst ontbinden.', b2c);
  });

  it('sub i: a tariff change put through at once, with no right to rescind', () => {
    const [f] = check('consument-zwarte-lijst', '«Tariefsaanpassingen» door nieuwe belastingen kunnen direct worden doorgevoerd.', b2c);
    assert.match(f.message.nl, /6:236 sub i/);
    check('consument-zwarte-lijst', 'Tariefsaanpassingen kunnen direct worden doorgevoerd; de consument mag de overeenkomst dan kosteloos ontbinden.', b2c);
  });

  it('sub k: the consumer must prove that the user is liable, or the user\'s records bind him', () => {
    const [f] = check('consument-zwarte-lijst', 'De opdrachtgever «moet kunnen bewijzen» dat de aannemer voor de schade aansprakelijk is.', b2c);
    assert.match(f.message.nl, /6:236 sub k/);
    check('consument-zwarte-lijst', 'Bij verschil over het aantal behandelingen zijn de «administratieve gegevens van de praktijk bindend».', b2c);
    // Proving his own payment, or the user's burden, is not sub k.
    check('consument-zwarte-lijst', 'De klant moet kunnen aantonen dat hij de factuur heeft betaald.', b2c);
    check('consument-zwarte-lijst', 'De aannemer moet kunnen bewijzen dat de opdrachtgever aansprakelijk is.', b2c);
  });

  it('sub c: a role written in lower case is the consumer too', () => {
    check('consument-zwarte-lijst', 'Bij een gebrek heeft de opdrachtgever niet het recht de betaling «op te schorten».', b2c);
  });

  it('sub r: the consumer must give notice at a particular moment', () => {
    const [f] = check('consument-zwarte-lijst', 'Je kunt je abonnement opzeggen. Doe dit uiterlijk «voor de 3de van iedere maand».', b2c);
    assert.match(f.message.nl, /6:236 sub r/);
    assert.match(f.message.en, /6:236\(r\)/);
    check('consument-zwarte-lijst', 'De factuur wordt verstuurd voor de 3de van iedere maand.', b2c);
    check('consument-zwarte-lijst', 'Je kunt je abonnement opzeggen. Doe dit uiterlijk voor de 3de van iedere maand.', b2b);
  });

  it('sub i: a sentence that itself denies the right to rescind is not cured by an exception elsewhere in the clause', () => {
    const text = 'Eenmaal per jaar mogen wij de tarieven met ten hoogste 3% verhogen; dat geeft geen recht de overeenkomst te beëindigen, tenzij de verhoging binnen drie maanden na het sluiten plaatsvindt. «Tariefsaanpassingen» door nieuwe heffingen kunnen direct worden doorgevoerd en geven geen recht op ontbinding.';
    const [f] = check('consument-zwarte-lijst', text, b2c);
    assert.match(f.message.nl, /6:236 sub i/);
    check('consument-zwarte-lijst', 'Prijsaanpassingen geven geen recht op ontbinding, tenzij zij binnen drie maanden na het sluiten van de overeenkomst plaatsvinden.', b2c);
    // Extra work the consumer asks for is priced on top, not a price rise.
    check('consument-zwarte-lijst', 'Bij wijzigingen die door de opdrachtgever gewenst zijn, kan de aannemer een verhoging van de prijs vorderen als hij tijdig op de noodzaak van een prijsverhoging heeft gewezen.', b2c);
  });

  it('sub b: rescission or a refund excluded when the user does not perform', () => {
    const [f] = check('consument-zwarte-lijst', 'De studio mag de lessen bij overmacht tijdelijk stilleggen «zonder dat dit leidt tot ontbinding» van de overeenkomst.', b2c);
    assert.match(f.message.nl, /6:236 sub b/);
    assert.match(f.message.nl, /6:265 lid 1/);
    check('consument-zwarte-lijst', 'Bij een sluiting wegens onderhoud heb je «geen recht op restitutie» van het lesgeld.', b2c);
    check('consument-zwarte-lijst', 'Ben ik ziek, dan kun je in overleg je geld terugkrijgen. Ik behoud me het «recht voor om dat te weigeren».', b2c);
    // The consumer who cancels himself, or a business customer, is another matter.
    check('consument-zwarte-lijst', 'Als je zelf annuleert, heb je geen recht op restitutie van het lesgeld, ook niet bij sluiting van de zaal.', b2c);
    check('consument-zwarte-lijst', 'Bij een sluiting wegens onderhoud heb je geen recht op restitutie van het lesgeld.', b2b);
    check('consument-zwarte-lijst', 'De Klant kan opzeggen zonder dat dit leidt tot ontbinding van andere overeenkomsten.', b2c);
  });

  it('sub l: the consumer\'s notice takes effect only once the user confirms it', () => {
    const [f] = check('consument-zwarte-lijst', 'Je «opzegging is pas geldig nadat je van ons een bevestiging» hebt gekregen.', b2c);
    assert.match(f.message.nl, /6:236 sub l/);
    assert.match(f.message.nl, /3:37 lid 3/);
    check('consument-zwarte-lijst', 'Je «opzegging wordt verwerkt wanneer je een mail terug hebt ontvangen»; krijg je niets, bel ons dan.', b2c);
    check('consument-zwarte-lijst', 'Wij bevestigen je opzegging binnen drie dagen per e-mail.', b2c);
    check('consument-zwarte-lijst', 'Je opzegging is pas geldig nadat je van ons een bevestiging hebt gekregen.', b2b);
  });

  it('sub g: a refund the consumer must claim within a term shorter than a year', () => {
    const [f] = check('consument-zwarte-lijst', '«Restitutie van de prijs vindt uitsluitend plaats op verzoek van de Deelnemer, binnen »10 dagen na de afgelasting.', b2c);
    assert.match(f.message.nl, /6:236 sub g/);
    // The user's own term to pay back, or a term of a year, is no shortened period for the consumer.
    check('consument-zwarte-lijst', 'Restitutie vindt plaats binnen 14 dagen na ontvangst van het verzoek van de Deelnemer.', b2c);
    check('consument-zwarte-lijst', 'Restitutie vindt uitsluitend plaats op verzoek van de Deelnemer, binnen twaalf maanden na de afgelasting.', b2c);
  });
  it('sub c and b: a right denied with "nimmer", or waived in advance', () => {
    check('consument-zwarte-lijst', 'De Klant kan zich nimmer beroepen op «opschorting» van een betaling.', b2c);
    check('consument-zwarte-lijst', 'De Klant doet afstand van het recht de overeenkomst te «ontbinden».', b2c);
    // The consumer's own right stated, and the user's suspension, are not denials.
    check('consument-zwarte-lijst', 'De Klant mag de betaling opschorten zolang Leverancier niet levert.', b2c);
    check('consument-zwarte-lijst', 'De Klant kan de overeenkomst ontbinden als Leverancier nimmer levert.', b2c);
  });

  it('sub i: a price rise right with a long qualification between price and verb', () => {
    check('consument-zwarte-lijst', 'Leverancier mag de abonnements«prijs binnen twee maanden na het sluiten van de overeenkomst verhogen».', b2c);
    check('consument-zwarte-lijst', 'Leverancier mag de abonnementsprijs binnen twee maanden na het sluiten van de overeenkomst verhogen; de Klant mag de overeenkomst dan ontbinden.', b2c);
  });

  it('sub k: evidence to the contrary shut out', () => {
    check('consument-zwarte-lijst', 'Het uittreksel uit de administratie van Leverancier levert «volledig bewijs» op; tegenbewijs is niet toegestaan.', b2c);
    check('consument-zwarte-lijst', 'De meterstanden van Leverancier strekken tot «dwingend bewijs», zonder mogelijkheid van tegenbewijs.', b2c);
    check('consument-zwarte-lijst', 'Het uittreksel uit de administratie van Leverancier levert volledig bewijs op, behoudens tegenbewijs.', b2c);
  });

  it('sub e: consent in advance to the user passing its obligations to a third party', () => {
    check('consument-zwarte-lijst', 'De Klant geeft Leverancier bij voorbaat toestemming om de «overeenkomst over te dragen» aan een derde.', b2c);
    check('consument-zwarte-lijst', 'Leverancier is bevoegd haar verplichtingen uit deze «overeenkomst zonder toestemming van de Klant over te dragen» aan een derde.', b2c);
    // One of the three cures of sub e, the consumer's own transfer, or toward a business: quiet.
    check('consument-zwarte-lijst', 'Leverancier is bevoegd haar verplichtingen over te dragen aan een derde; de Klant mag de overeenkomst dan ontbinden.', b2c);
    check('consument-zwarte-lijst', 'Leverancier mag de overeenkomst overdragen aan een derde, maar blijft aansprakelijk voor de nakoming door die derde.', b2c);
    check('consument-zwarte-lijst', 'Leverancier mag de overeenkomst overdragen bij de verkoop van haar onderneming.', b2c);
    check('consument-zwarte-lijst', 'De Klant mag zijn rechten en verplichtingen uit de overeenkomst niet zonder toestemming van Leverancier overdragen.', b2c);
    check('consument-zwarte-lijst', 'Zonder voorafgaande toestemming van de verkoper heeft de koper geen toestemming om zijn rechten en plichten uit de overeenkomst over te dragen.', b2c);
    check('consument-zwarte-lijst', 'De klant geeft de verkoper bij voorbaat toestemming om de «overeenkomst over te dragen» aan een derde.', b2c);
    check('consument-zwarte-lijst', 'De Klant geeft Leverancier bij voorbaat toestemming om de overeenkomst over te dragen aan een derde.', b2b);
  });
  it('sub b: the consumer denied, though the user is named later in the sentence', () => {
    check('consument-zwarte-lijst', 'De Klant heeft geen recht de overeenkomst wegens een tekortkoming van Leverancier te «ontbinden».', b2c);
    check('consument-zwarte-lijst', 'Leverancier heeft geen recht de overeenkomst wegens een tekortkoming van de Klant te ontbinden.', b2c);
  });

  it('sub a: the consumer may never claim performance', () => {
    check('consument-zwarte-lijst', 'De Klant kan nimmer «nakoming van de overeenkomst vorderen».', b2c);
    check('consument-zwarte-lijst', 'De Klant kan nakoming vorderen als Leverancier niet levert.', b2c);
  });

  it('sub d: the consumer must first sue a third party', () => {
    check('consument-zwarte-lijst', 'De Klant kan Leverancier pas aanspreken nadat hij «eerst de fabrikant in rechte heeft aangesproken».', b2c);
    check('consument-zwarte-lijst', 'De Klant kan Leverancier rechtstreeks aanspreken; hij hoeft niet eerst de fabrikant aan te spreken.', b2c);
  });

  it('sub h: the consumer indemnifies the user against third parties without a limit to his own acts', () => {
    check('consument-zwarte-lijst', 'De Klant «vrijwaart» Leverancier voor alle aanspraken van derden in verband met de uitvoering van de overeenkomst.', b2c);
    check('consument-zwarte-lijst', 'De Klant vrijwaart Leverancier voor aanspraken van derden wegens schade die door de Klant is veroorzaakt.', b2c);
    check('consument-zwarte-lijst', 'Leverancier vrijwaart de Klant voor aanspraken van derden.', b2c);
  });

  it('sub j: renewal worded as "automatisch met een jaar" or "loopt door voor een nieuwe periode"', () => {
    check('consument-zwarte-lijst', 'Het abonnement wordt «automatisch met een jaar verlengd».', b2c);
    check('consument-zwarte-lijst', 'Zonder opzegging «loopt het lidmaatschap door voor een nieuwe periode» van twaalf maanden.', b2c);
    check('consument-zwarte-lijst', 'Na het eerste jaar loopt het lidmaatschap door voor onbepaalde tijd en kan het te allen tijde worden opgezegd met een opzegtermijn van een maand.', b2c);
  });

  it('sub k: the consumer declares in advance that what he received was sound', () => {
    check('consument-zwarte-lijst', 'Door ondertekening «verklaart de Klant de zaak in goede staat» te hebben ontvangen.', b2c);
    check('consument-zwarte-lijst', 'Leverancier verklaart de zaak in goede staat te hebben afgeleverd.', b2c);
  });

  it('sub l: a statement of the user counts as received on dispatch', () => {
    const [f] = check('consument-zwarte-lijst', 'Een mededeling van Leverancier «geldt als ontvangen op de dag van verzending».', b2c);
    assert.match(f.message.nl, /bij verzending als ontvangen/);
    check('consument-zwarte-lijst', 'Een mededeling aan het laatst bekende adres geldt als ontvangen op de dag van verzending.', b2c);
  });

  it('sub o and r: cancellation only by letter, or only in one month', () => {
    check('consument-zwarte-lijst', 'Opzeggen kan «uitsluitend per post».', b2c);
    check('consument-zwarte-lijst', 'Opzeggen kan per e-mail of per post.', b2c);
    check('consument-zwarte-lijst', 'Opzeggen kan «alleen in de maand december».', b2c);
    check('consument-zwarte-lijst', 'De sportschool is alleen in december gesloten.', b2c);
  });
});
