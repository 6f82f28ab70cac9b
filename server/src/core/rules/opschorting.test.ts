import * as assert from 'node:assert/strict';
import { assertGate } from '../engine/gateCheck';
import { SUSPEND, SUSPEND_BACK, SUSPEND_WORDS, suspendCanStart } from './opschorting';
import { check } from '../testing/check';

describe('opschorting', () => {
  it('fires on a suspension right with neither proportionality nor notice, in both audiences', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      const [f] = check('opschorting', 'Betaalt Opdrachtgever niet, dan is Leverancier gerechtigd de uitvoering «op te schorten».', { audience });
      assert.match(f.message.nl, /6:262 lid 2/);
    }
  });

  it('tells a consumer draft that a wider power than the law gives is on the black list (6:236 sub c BW)', () => {
    const text = 'Betaalt de klant niet, dan is Leverancier gerechtigd de levering «op te schorten».';
    const [c] = check('opschorting', text, { audience: 'b2c' });
    assert.match(c.message.nl, /tegenover een consument onredelijk bezwarend en daarmee vernietigbaar \(artikel 6:236 sub c BW\)/);
    assert.match(c.message.en, /article 6:236\(c\) BW/);
    const [p] = check('opschorting', 'Leverancier mag de levering «opschorten» nadat zij de klant schriftelijk heeft gewaarschuwd.', { audience: 'b2c' });
    assert.match(p.message.nl, /^Deze opschortingsbevoegdheid is niet begrensd tot wat de tekortkoming rechtvaardigt\. .*6:236 sub c BW/);
    // Between businesses the clause may go further than the law; the court tests it for reasonableness.
    const [b] = check('opschorting', text, { audience: 'b2b' });
    assert.doesNotMatch(b.message.nl, /6:236/);
    const [n] = check('opschorting', 'Leverancier mag de levering «opschorten» nadat zij Opdrachtgever schriftelijk heeft gewaarschuwd.', { audience: 'b2b' });
    assert.match(n.message.nl, /De wet geeft de bevoegdheid al .*artikel 6:262 lid 1 BW.*artikel 6:248 lid 2 BW/);
    // Notice alone is no matter of the black list.
    const [o] = check('opschorting', 'Leverancier mag de Dienst «opschorten» voor zover de achterstand dat rechtvaardigt.', { audience: 'b2c' });
    assert.doesNotMatch(o.message.nl, /6:236/);
  });

  it('names what is missing', () => {
    const [a] = check('opschorting', 'Leverancier mag de Dienst «opschorten» voor zover de achterstand dat rechtvaardigt.');
    assert.match(a.message.nl, /geen voorafgaande waarschuwing/);
    const [b] = check('opschorting', 'Leverancier mag de Dienst «opschorten» nadat zij Opdrachtgever Schriftelijk heeft gewaarschuwd.');
    assert.match(b.message.nl, /niet begrensd/);
    check('opschorting', 'Leverancier mag de Dienst met onmiddellijke ingang «opschorten» voor zover de achterstand dat rechtvaardigt.');
  });

  it('asks a warning only before cutting off a continuing service, not before suspending the performance at large', () => {
    // The law asks no warning before a suspension (6:52, 6:262 BW): with proportionality settled, nothing is missing.
    check('opschorting', 'Opdrachtnemer is bevoegd de nakoming van haar verplichtingen op te schorten voor zover de tekortkoming dat rechtvaardigt.');
    check('opschorting', 'Opdrachtnemer mag de werkzaamheden opschorten, voor zover de achterstand in betaling dat rechtvaardigt.');
    // A service, access or an account cut off without a warning is still a finding.
    const [a] = check('opschorting', 'Leverancier mag «de toegang tot het account blokkeren» voor zover de achterstand dat rechtvaardigt.');
    assert.match(a.message.nl, /^Deze opschortingsbevoegdheid vraagt geen voorafgaande waarschuwing/);
    check('opschorting', 'Aanbieder mag het abonnement «opschorten» voor zover de achterstand dat rechtvaardigt.');
    // Without proportionality the performance at large is still reported, warning and all.
    const [b] = check('opschorting', 'Opdrachtnemer is bevoegd de nakoming van haar verplichtingen «op te schorten» indien Opdrachtgever niet betaalt.');
    assert.match(b.message.nl, /niet begrensd tot wat de tekortkoming rechtvaardigt en vraagt geen voorafgaande waarschuwing/);
  });

  it('reads the clauses of a suspension article together', () => {
    check(
      'opschorting',
      '## Artikel 10 – Opschorting\n10.1 Betaalt Opdrachtgever niet, dan mag Leverancier de uitvoering opschorten, voor zover de achterstand dat rechtvaardigt.\n10.2 Leverancier schort pas op nadat zij Opdrachtgever Schriftelijk heeft gewaarschuwd en veertien (14) dagen heeft gegeven.\n',
    );
  });

  it('reads who holds the power from the words around it: a name of the user, a role in lower case', () => {
    check('opschorting', 'Indien de Klant deze voorwaarden niet nakomt, heeft Voorbeeld het recht de Overeenkomst «op te schorten».');
    check('opschorting', 'Indien opdrachtgever niet tijdig betaalt, is opdrachtnemer bevoegd over te gaan tot «opschorting» van de uitvoering.');
    check('opschorting', 'Komt de Klant een verplichting niet na, dan is de Klant bevoegd zijn betaling op te schorten.');
  });

  it('knows suspension written as schorsen, uitstellen or blocking access', () => {
    const [a] = check('opschorting', 'VOORBEELD is bevoegd de werkzaamheden «uit te stellen» zolang Opdrachtgever niet alles heeft betaald wat opeisbaar is.');
    assert.match(a.message.nl, /niet begrensd tot wat de tekortkoming rechtvaardigt en vraagt geen voorafgaande waarschuwing/);
    const [b] = check('opschorting', 'Blijft de opdrachtgever met enige verplichting in gebreke, dan is de opdrachtnemer bevoegd het werk «te schorsen», mits hij de opdrachtgever vooraf schriftelijk op dat gevolg heeft gewezen.');
    assert.match(b.message.nl, /^Deze opschortingsbevoegdheid is niet begrensd tot wat de tekortkoming rechtvaardigt \(artikel 6:262 lid 2 BW\)/);
    check('opschorting', 'Nakomt Afnemer zijn verplichtingen niet, dan mag Leverancier «de toegang en het gebruik van de applicatie door Afnemer zonder voorafgaande aankondiging blokkeren».');
  });

  it('leaves postponing other things than the performance, and the client\'s postponement, alone', () => {
    check('opschorting', 'Leverancier mag de beslissing uitstellen tot na het overleg met Opdrachtgever.');
    check('opschorting', 'Opdrachtgever is gerechtigd de betaling uit te stellen totdat het gebrek is hersteld.');
    check('opschorting', 'De opschorting kan worden opgeheven zodra Opdrachtgever heeft betaald.');
    check('opschorting', 'Zonder geldig abonnement kan Leverancier de Klant de toegang tot de zaal ontzeggen.');
  });

  it('reads the power and its holder in the sentence that introduces a list of measures', () => {
    const list = (lead: string, item: string) => `2.3 ${lead}:\n   a) ${item};\n   b) de Overeenkomst te ontbinden, geheel of voor een deel.`;
    check('opschorting', list('Bij niet-tijdige betaling is Leverancier gerechtigd', 'de uitvoering van alle werkzaamheden «op te schorten»'));
    check('opschorting', list('Betaalt Opdrachtgever niet op tijd, dan mag Leverancier', '«de toegang tot de Dienst tijdelijk blokkeren»'));
    // The client's power, a list that withholds no input but only waits for it, and a list without a power stay quiet.
    check('opschorting', list('Schiet Leverancier tekort, dan is Opdrachtgever gerechtigd', 'de betaling op te schorten'));
    check('opschorting', list('Verstrekt Opdrachtgever de benodigde gegevens niet tijdig, dan is Leverancier gerechtigd', 'de uitvoering op te schorten'));
    check('opschorting', list('Bij niet-tijdige betaling gebeurt het volgende', 'de uitvoering wordt opgeschort'));
    // An item without a colon above it is read on its own.
    check('opschorting', '2.3 Bij niet-tijdige betaling is Leverancier gerechtigd tot het volgende.\n   a) de uitvoering op te schorten;');
  });

  it('leaves the client\'s own suspension right and mere mentions alone', () => {
    check('opschorting', 'Opdrachtgever mag zijn betaling opschorten zolang Leverancier tekortschiet.');
    check('opschorting', 'Deze bepaling laat de bevoegdheid van Opdrachtgever onverlet om de eigen verplichtingen op te schorten zoals de wet toestaat.');
    check('opschorting', 'Tijdens de opschorting kan Opdrachtgever de Gegevens blijven exporteren.');
  });
});

describe('opschorting: the other party withholds what the performance needs', () => {
  it('leaves a suspension until missing data or cooperation arrive alone (the creditor is in default, 6:58 BW), in both audiences', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      check('opschorting', 'Heeft de Klant de gegevens die Leverancier voor de opdracht nodig heeft niet tijdig verstrekt, dan heeft Leverancier het recht de uitvoering op te schorten.', { audience });
      check('opschorting', 'Verleent Opdrachtgever de voor het werk noodzakelijke medewerking niet, dan is Opdrachtnemer gerechtigd de werkzaamheden op te schorten en de extra kosten in rekening te brengen.', { audience });
      check('opschorting', 'Levert Opdrachtgever de materialen niet, niet tijdig of niet volledig aan, dan mag Leverancier de levering opschorten.', { audience });
      check('opschorting', 'Indien de voor de uitvoering noodzakelijke gegevens niet tijdig ter beschikking van Leverancier staan, mag Leverancier de werkzaamheden opschorten.', { audience });
      check('opschorting', 'Wordt de opdracht in fasen uitgevoerd, dan mag Leverancier de werkzaamheden van een volgende fase opschorten totdat Opdrachtgever de resultaten van de vorige fase schriftelijk heeft goedgekeurd.', { audience });
    }
  });

  it('still fires when the same ground names payment or non-performance, when everything is suspended, or on blocked access', () => {
    check('opschorting', 'Indien Opdrachtgever de gegevens niet tijdig heeft verstrekt of een factuur niet betaalt, heeft Leverancier het recht de uitvoering «op te schorten».');
    check('opschorting', 'Indien de benodigde gegevens niet tijdig zijn verstrekt, is Leverancier gerechtigd al haar verplichtingen «op te schorten».');
    check('opschorting', 'Indien Opdrachtgever zijn verplichtingen niet nakomt of de gegevens niet verstrekt, mag Leverancier de uitvoering «opschorten».');
    check('opschorting', 'Indien de benodigde gegevens niet tijdig zijn verstrekt, mag Leverancier «de toegang tot de Dienst blokkeren».');
    check('opschorting', 'Indien de benodigde gegevens niet tijdig zijn verstrekt of Opdrachtgever op andere wijze niet aan zijn verplichtingen voldoet, mag Leverancier de uitvoering «opschorten».');
    check('opschorting', 'Leverancier mag de werkzaamheden «opschorten» totdat Opdrachtgever de vorige fase heeft goedgekeurd en alle facturen heeft betaald.');
    // Data named elsewhere in the sentence, not as what is withheld.
    check('opschorting', 'Leverancier mag de verwerking van de gegevens «opschorten» wanneer Opdrachtgever dat nodig acht.');
  });
});

describe('opschorting: a suspension because of force majeure', () => {
  it('leaves a suspension that force majeure allows alone: it answers no breach of the other party (6:75 BW), in both audiences', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      check('opschorting', 'Verhindert overmacht de levering, dan is Leverancier bevoegd het werk op te schorten of de overeenkomst te ontbinden, zonder dat hij schade hoeft te vergoeden.', { audience });
      check('opschorting', 'Leverancier mag haar verplichtingen opschorten zolang de overmacht voortduurt.', { audience });
      check('opschorting', 'Duurt een overmachtssituatie langer dan dertig dagen, dan heeft de aanbieder het recht de levering op te schorten.', { audience });
      check('opschorting', 'In geval van force majeure kan Opdrachtnemer de werkzaamheden opschorten.', { audience });
    }
  });

  it('still fires when the same sentence also names payment or the other party\'s breach, and on a suspension without force majeure', () => {
    check('opschorting', 'In geval van overmacht of wanneer Opdrachtgever een factuur niet betaalt, is Leverancier gerechtigd de uitvoering «op te schorten».');
    check('opschorting', 'Bij overmacht en wanneer de klant zijn verplichtingen niet nakomt, mag Leverancier de levering «opschorten».', { audience: 'b2c' });
    check('opschorting', 'Bij een tekortkoming van Opdrachtgever mag Leverancier de werkzaamheden «opschorten».');
  });
});

describe('opschorting: stopping the performance until the other side pays', () => {
  it('judges stopzetten, stilleggen, staken, onderbreken or pauzeren until payment as a suspension, in both audiences', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      const [a] = check('opschorting', 'Blijft betaling uit, dan zal ik de begeleiding «stopzetten» totdat de facturen zijn betaald.', { audience });
      assert.match(a.message.nl, /niet begrensd tot wat de tekortkoming rechtvaardigt/);
      assert.equal(/6:236 sub c/.test(a.message.nl), audience === 'b2c');
      check('opschorting', 'Leverancier zal de werkzaamheden «stilleggen» tot het moment waarop Opdrachtgever al zijn betalingsverplichtingen is nagekomen.', { audience });
      check('opschorting', 'Leverancier is gerechtigd de dienstverlening «stop te zetten» zolang Opdrachtgever de facturen niet heeft voldaan.', { audience });
      check('opschorting', 'Ik ben gerechtigd de sessies te «pauzeren» totdat de achterstand is ingelopen.', { audience });
      check('opschorting', 'Leverancier mag de levering «staken» totdat de Klant de openstaande bedragen heeft betaald.', { audience });
      check('opschorting', 'Wij zullen de dienst «onderbreken» totdat u heeft betaald.', { audience });
      check('opschorting', 'Leverancier heeft het recht te «stoppen» met de werkzaamheden tot op het moment dat de facturen zijn voldaan.', { audience });
      check('opschorting', 'Leverancier mag de werkzaamheden «stilleggen» totdat Opdrachtgever heeft betaald, en mag de overeenkomst beëindigen als de achterstand drie maanden duurt.', { audience });
    }
  });

  it('reads the first person as the user, and lets an untied stop leave the sentence to a later suspension', () => {
    check('opschorting', 'Ik ben gerechtigd de begeleiding «op te schorten» zolang je niet hebt betaald.', { audience: 'b2c' });
    check('opschorting', 'Je bent gerechtigd de betaling op te schorten zolang ik het gebrek niet heb hersteld.', { audience: 'b2c' });
    check('opschorting', 'Leverancier mag nieuwe werkzaamheden staken of de levering «opschorten» wanneer Opdrachtgever niet betaalt.');
  });

  it('reads notice and proportionality in that form as in "opschorten"', () => {
    const [n] = check('opschorting', 'Leverancier zal de dienst «stilleggen» totdat Opdrachtgever heeft betaald, voor zover de achterstand dat rechtvaardigt.', { audience: 'b2b' });
    assert.match(n.message.nl, /^Deze opschortingsbevoegdheid vraagt geen voorafgaande waarschuwing/);
    check('opschorting', 'Nadat ik je schriftelijk heb gewaarschuwd, zal ik de begeleiding stopzetten totdat je hebt betaald, voor zover de achterstand dat rechtvaardigt.', { audience: 'b2c' });
    // A payment reminder with a chance to pay is notice: only proportionality is missing.
    const [r] = check('opschorting', 'Is een nota na de vervaldag niet betaald, dan krijg je eerst een herinnering met veertien dagen extra. Blijft betaling uit, dan zal ik de begeleiding «stopzetten» totdat de nota is betaald.', { audience: 'b2c' });
    assert.match(r.message.nl, /^Deze opschortingsbevoegdheid is niet begrensd tot wat de tekortkoming rechtvaardigt\. .*6:236 sub c BW/);
    // Also when the paragraph is so long that it is read in parts and the reminder stands in the part before.
    const filler = 'De sessies vinden plaats op een tijdstip dat wij samen afspreken en duren ongeveer een uur. '.repeat(16);
    const [l] = check('opschorting', `Ik stuur eerst een betalingsherinnering. ${filler}Blijft betaling uit, dan zal ik de begeleiding «stopzetten» totdat de nota is betaald.`, { audience: 'b2c' });
    assert.match(l.message.nl, /^Deze opschortingsbevoegdheid is niet begrensd tot wat de tekortkoming rechtvaardigt\. /);
  });

  it('leaves an end, a stop not tied to payment, a stop that only happens and the client\'s stop alone', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      check('opschorting', 'Betaalt Opdrachtgever niet, dan staakt Leverancier de dienst definitief en eindigt de overeenkomst.', { audience });
      check('opschorting', 'Leverancier mag de dienst definitief staken als de Klant niet betaalt, en blijft eigenaar van de zaken totdat alles is betaald.', { audience });
      check('opschorting', 'Leverancier zal de dienst stopzetten wanneer Opdrachtgever daarom verzoekt.', { audience });
      check('opschorting', 'Ik mag het traject onderbreken totdat ik hersteld ben van een ziekte.', { audience });
      check('opschorting', 'De werkzaamheden worden stilgelegd totdat de vergunning is verleend.', { audience });
      check('opschorting', 'Opdrachtgever mag de betaling staken totdat Leverancier het gebrek heeft hersteld en zijn verplichtingen is nagekomen.', { audience });
      check('opschorting', 'Je mag het traject pauzeren zolang je niet in staat bent de sessies te volgen.', { audience });
    }
  });
});

describe('opschorting: a service taken out of use for a breach', () => {
  it('reads "(tijdelijk) buiten gebruik stellen", "offline halen", "stilleggen" and blocking for a breach as a suspension', () => {
    const [a] = check('opschorting', 'Aanbieder heeft het recht de geleverde diensten (tijdelijk) «buiten gebruik te stellen» indien Afnemer een verplichting uit de overeenkomst niet nakomt.');
    assert.match(a.message.nl, /^Deze opschortingsbevoegdheid is niet begrensd tot wat de tekortkoming rechtvaardigt en vraagt geen voorafgaande waarschuwing/);
    check('opschorting', 'De abonnementskosten moeten vooraf worden betaald, zo niet, dan behoudt Aanbieder zich het recht voor de diensten tijdelijk «stil te leggen».');
    check('opschorting', 'Bij een betalingsachterstand mag Aanbieder de website van Afnemer tijdelijk «offline halen».');
    check('opschorting', 'Betaalt Afnemer niet binnen de termijn, dan behoudt Aanbieder het recht de dienstverlening tijdelijk «stil te leggen».');
    check('opschorting', 'Komt Afnemer zijn betalingsverplichting niet na, dan heeft Aanbieder het recht het account te «blokkeren».', { audience: 'b2c' });
  });

  it('leaves maintenance, a stop that names no breach, a proportionate and announced measure, and the client\'s own blocking', () => {
    check('opschorting', 'Voor gepland onderhoud mag Aanbieder het platform tijdelijk buiten gebruik stellen.');
    check('opschorting', 'Aanbieder mag de website tijdelijk offline halen om een storing te verhelpen.');
    check('opschorting', 'Aanbieder mag verdachte berichten blokkeren.');
    check('opschorting', 'Komt Afnemer een verplichting niet na, dan mag Aanbieder, nadat zij Afnemer schriftelijk heeft gewaarschuwd en voor zover de tekortkoming dat rechtvaardigt, de dienst tijdelijk buiten gebruik stellen.');
    check('opschorting', 'Afnemer mag de toegang van zijn medewerkers tot het portaal tijdelijk blokkeren als zij hun wachtwoord niet wijzigen.');
    check('opschorting', 'Het is Afnemer niet toegestaan mededelingen in de software te blokkeren.');
  });
});

describe('opschorting: literal gate', () => {
  it('suspension phrases are found near their gate words (schort, toegang, stop, stil …), as a full scan finds them', () => {
    assertGate(
      SUSPEND,
      SUSPEND_WORDS,
      ['opschorten', 'op te schorten', 'op \t\n\tte \t\n\tschorten', 'opschorting', 'schort de levering op', 'schorten \t\nalle werkzaamheden tijdelijk en direct volledig op', 'opgeschort', 'de toegang blokkeren', 'de \t\n\ttoegang tot de Dienst afsluiten', 'toegang ontzeggen', 'Opdrachtgever',
        'schorsen', 'te \t\n\tschorsen', 'geschorst', 'uit \t\n\tte \t\n\tstellen', 'uitstellen', 'stellen', 'de toegang tot het klantportaal en alle daarmee verbonden diensten van Klant zonder kennisgeving te beperken',
        'stopzetten', 'stop \t\n\tte \t\n\tzetten', 'stopgezet', 'stoppen', 'stilleggen', 'stil \t\n\tte \t\n\tleggen', 'stilgelegd', 'staken', 'gestaakt', 'onderbreken', 'onderbroken', 'pauzeren', 'gepauzeerd',
        'buiten \t\n\tgebruik \t\n\tte \t\n\tstellen', 'buiten gebruik gesteld', 'offline \t\n\tte \t\n\thalen', 'offline gezet', 'blokkeren', 'geblokkeerd', 'blokkeert', 'BUITEN GEBRUIK STELLEN', 'xblokkeren',
        // Every first letter in capitals, long s for "s", and a letter right before (canStart): the same matches.
        'OPSCHORTEN', 'Geschorst', 'TE SCHORSEN', 'Uitstellen', 'DE TOEGANG BLOKKEREN', 'Pauzeren', 'ſchorsen', 'ſtoppen', 'xopschorten', 'éopschorten', '1opschorten'],
      SUSPEND_BACK,
      600,
      suspendCanStart,
    );
  });
});
