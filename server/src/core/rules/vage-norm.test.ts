import * as assert from 'node:assert/strict';
import { assertGate } from '../engine/gateCheck';
import { MAINTENANCE, MAINTENANCE_WORDS, REASONABLE_NOTICE, REASONABLE_NOTICE_BACK, REASONABLE_NOTICE_WORDS, ASAP, ASAP_BACK, ASAP_WORDS, asapCanStart, AVAILABILITY, AVAILABILITY_WORDS, BREACH, BREACH_WORDS, EFFORT, EFFORT_WORDS, ROUND_THE_CLOCK, ROUND_THE_CLOCK_BACK, ROUND_THE_CLOCK_WORDS, TARGET, TARGET_WORDS, TIMELY, TIMELY_WORDS } from './vage-norm';
import { check } from '../testing/check';

describe('vage-norm', () => {
  it('fires on an availability percentage with no measuring period, in both audiences', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      const [f] = check('vage-norm', 'De Dienst is «99% beschikbaar».', { audience });
      assert.match(f.message.nl, /per kalendermaand/);
      check('vage-norm', 'Leverancier garandeert een «uptime van 99,9%».', { audience });
    }
  });

  it('accepts a percentage with a measuring period anywhere in the article', () => {
    check('vage-norm', 'De Beschikbaarheid bedraagt ten minste 99,8% per kalendermaand.');
    check('vage-norm', '## Artikel 8 – Beschikbaarheid\n8.1 De Dienst is 99,5% beschikbaar.\n8.2 De beschikbaarheid wordt gemeten over een kalendermaand.\n');
  });

  it('fires on 24/7 without scope, and accepts it with channel and response time', () => {
    check('vage-norm', 'Onze helpdesk is «24/7» bereikbaar.');
    check('vage-norm', 'Storingen met prioriteit 1 kunnen 24/7 telefonisch worden gemeld; Leverancier reageert binnen een (1) uur.');
  });

  it('fires on "zo spoedig mogelijk" and the like in a service promise', () => {
    check('vage-norm', 'Leverancier zal Storingen «zo spoedig mogelijk» verhelpen.');
    check('vage-norm', 'Een storing verhelpt Leverancier «op de kortst mogelijke termijn».');
    check('vage-norm', 'Leverancier reageert «binnen een redelijke termijn» op een melding.');
    check('vage-norm', 'Leverancier levert «zo spoedig mogelijk» na ontvangst van de betaling.');
  });

  it('answers a promise of care or quality with a standard or acceptance test, and one of speed with a period', () => {
    const [f] = check('vage-norm', 'Leverancier voert de Werkzaamheden «zo zorgvuldig mogelijk» uit en levert het resultaat op.');
    assert.match(f.message.nl, /acceptatietest/);
    assert.doesNotMatch(f.message.nl, /binnen vier \(4\) uur/);
    assert.match(f.message.en, /acceptance test/);
    const [g] = check('vage-norm', 'De Dienstverlener herstelt een melding «zo goed mogelijk».');
    assert.match(g.message.nl, /norm, een omschreven resultaat/);
    // Care words about keeping a date or term are about time after all.
    const [t] = check('vage-norm', 'Leverancier zal de afgesproken opleverdata «zo goed mogelijk» halen en het werk daarna leveren.');
    assert.match(t.message.nl, /geen meetbare termijn/);
    const [h] = check('vage-norm', 'Leverancier zal Storingen «zo snel mogelijk» verhelpen.');
    assert.match(h.message.nl, /binnen vier \(4\) uur/);
    assert.doesNotMatch(h.message.nl, /acceptatietest/);
  });

  it('answers an effort about the performance itself with a result, and one about repair or response with a period', () => {
    const [f] = check('vage-norm', 'De Dienstverlener «zal zich inspannen» bij de uitvoering van de opdracht.');
    assert.match(f.message.nl, /alleen een inspanning.*Specificaties/);
    const [g] = check('vage-norm', 'De Dienstverlener «zal zich inspannen» een Storing te verhelpen.');
    assert.match(g.message.nl, /binnen twee \(2\) Werkdagen/);
    assert.doesNotMatch(g.message.nl, /Specificaties/);
  });

  it('leaves quoted examples, questions and headings alone: they discuss a promise, they do not make one', () => {
    check('vage-norm', 'Een leverancier die ‘99% uptime’ of ‘24/7 bereikbaar’ belooft, zegt dan nog weinig. Wat betekent dat precies?');
    check('vage-norm', 'Hoe ziet die 24/7 bereikbaarheid er praktisch uit?');
    check('vage-norm', '24/7 BEREIKBAAR');
  });

  it('leaves a vague phrase with a hard deadline, or outside a service promise, alone', () => {
    check('vage-norm', 'Opdrachtgever meldt de schade zo spoedig mogelijk, doch uiterlijk binnen drie (3) maanden.');
    check('vage-norm', 'Opdrachtgever stelt Leverancier in gebreke met een redelijke termijn voor zuivering.');
    check('vage-norm', 'Partijen treden zo spoedig mogelijk in overleg over een vervangende bepaling.');
    check('vage-norm', 'Opdrachtgever meldt een Storing zo spoedig mogelijk bij de helpdesk.');
    // A duty of the client in a bulleted list: the bullet is no subject.
    check('vage-norm', 'Klachten\n\n • De klant meldt gebreken in de vertaling zo spoedig mogelijk na ontvangst schriftelijk.\n');
    check('vage-norm', 'Klachten\n\n • De vertaler verbetert een gegronde klacht «zo spoedig mogelijk» na de melding.\n');
    check('vage-norm', 'Na een ingebrekestelling moet Leverancier binnen een redelijke termijn alsnog leveren.');
  });
});

describe('vage-norm: effort, targets, "tijdig" and breach reports', () => {
  it('fires on an effort or a disclaimer as the only measure of availability, offering a level, period and window', () => {
    const [f] = check('vage-norm', 'Leverancier «zal zich inspannen» om de Dienst ononderbroken beschikbaar te houden.');
    assert.match(f.message.nl, /per kalendermaand ten minste 99,5%.*onderhoud/);
    assert.match(f.message.en, /per calendar month.*maintenance/);
    check('vage-norm', 'Leverancier «spant zich in» voor een optimale beschikbaarheid van het Platform.');
    check('vage-norm', 'Leverancier «garandeert niet dat» de webwinkel altijd zonder onderbreking toegankelijk is.');
    // First person: "garandeer" without the t (the pattern once read garandee + optional r + t; the gate proof showed it).
    check('vage-norm', 'Ik «garandeer niet dat» de webwinkel altijd zonder onderbreking toegankelijk is.');
  });

  it('leaves an effort on availability alone when the article names a level', () => {
    check('vage-norm', '## Artikel 8 – Beschikbaarheid\n8.1 Leverancier zal zich inspannen om de Dienst ononderbroken beschikbaar te houden.\n8.2 De Dienst is per kalendermaand ten minste 99,5% beschikbaar.\n');
  });

  it('fires on a best-efforts promise of the performance itself, repair or complaint handling', () => {
    check('vage-norm', 'De organisator «zal zich er voor inspannen» het festival te doen plaatsvinden op de aangekondigde datum.');
    check('vage-norm', 'Wij «doen ons uiterste best» iedere klacht naar tevredenheid op te lossen.');
    check('vage-norm', 'Ik zal «er alles aan doen» om je goed te begeleiden.');
    check('vage-norm', 'Ik zal je «zo professioneel mogelijk» begeleiden.');
  });

  it('in the complaints article, an effort that also speaks of access is about complaints, not availability', () => {
    const [f] = check('vage-norm', '## Artikel 7: Klachten\na. Wij «doen ons uiterste best» iedere bezoeker van dienst te zijn en zo veel mogelijk mensen toegang te geven tot het zwembad.\n');
    assert.match(f.message.nl, /klacht/);
    assert.doesNotMatch(f.message.nl, /99,5%/);
    // Elsewhere the access words still make it an availability promise.
    const [g] = check('vage-norm', '## Artikel 4: Dienstverlening\na. Wij «doen ons uiterste best» de dienst ononderbroken toegankelijk te houden.\n');
    assert.match(g.message.nl, /beschikbaarheid/);
  });

  it('leaves an effort alone where the article names the period for the same matter, not for another', () => {
    check('vage-norm', '## Artikel 9 – Klachten\nIk wil er alles aan doen dat een klacht goed wordt afgehandeld. Ik beantwoord een klacht binnen veertien (14) dagen.\n');
    check('vage-norm', '## Artikel 9 – Klachten\nWat je ook dwarszit, ik wil er alles aan doen een klacht samen op te lossen.\nIk probeer een klacht binnen een maand te behandelen; dit is een «streeftijd».\n');
    // Without the period sentence the same effort is reported.
    check('vage-norm', '## Artikel 9 – Klachten\nIk wil «er alles aan doen» dat een klacht goed wordt afgehandeld.\n');
    // The period in the article is for another matter (the invoice), or "Leverancier" only looks like "lever".
    check('vage-norm', '## Artikel 9 – Klachten\nWij «doen ons uiterste best» iedere klacht op te lossen. Een factuur betaalt u binnen dertig (30) dagen.\n');
    check('vage-norm', '## Artikel 9\nLeverancier «zal zich inspannen» storingen te verhelpen. Leverancier factureert binnen vijf (5) dagen.\n');
  });

  it('leaves the warning of cost-raising circumstances in a contract for work alone (7:753 lid 3 BW), and fires on other notices', () => {
    check('vage-norm', 'Meent de aannemer dat kostenverhogende omstandigheden zijn ingetreden, dan waarschuwt hij de opdrachtgever daarvoor zo spoedig mogelijk schriftelijk.');
    check('vage-norm', 'Leverancier waarschuwt Klant zo spoedig mogelijk voor de noodzaak van een prijsverhoging.');
    check('vage-norm', 'Leverancier zal Klant «zo spoedig mogelijk» op de hoogte stellen van een latere opleverdatum.');
  });

  it('leaves efforts of the client or of both parties, efforts with a term, and other disclaimers alone', () => {
    check('vage-norm', 'Opdrachtgever zal zich inspannen om storingen direct te melden.');
    check('vage-norm', 'Partijen zullen zich inspannen een geschil in onderling overleg op te lossen.');
    check('vage-norm', 'Leverancier zal zich inspannen een storing binnen vier (4) uur te verhelpen.');
    check('vage-norm', 'Leverancier garandeert niet dat de programmatuur geschikt is voor het doel van Opdrachtgever.');
  });

  it('fires on a target period that binds nobody', () => {
    check('vage-norm', 'Wij beantwoorden een klacht binnen veertien dagen. Dit is een «streeftijd» en geen bindend tijdskader.');
    check('vage-norm', 'De opgegeven hersteltijd is «geen bindende termijn».');
    // Indicative terms with the mechanism of default (notice, then default) say what binds.
    check('vage-norm', 'Termijnen zijn streeftermijnen, tenzij partijen een termijn als uiterste termijn afspreken.');
    check('vage-norm', 'Overschrijdt Leverancier een streeftermijn, dan is hij pas in verzuim na een schriftelijke ingebrekestelling.');
  });

  it('fires on "tijdig" in a duty to inform or deliver, not in a failure or a duty of the client', () => {
    const [f] = check('vage-norm', 'Leverancier stelt Opdrachtgever «tijdig» op de hoogte van een wijziging van de tarieven.');
    assert.match(f.message.nl, /vierentwintig \(24\) uur van tevoren/);
    check('vage-norm', 'Indien een voorgeschreven onderaannemer niet tijdig of niet deugdelijk levert, is dat voor rekening van Opdrachtgever.');
    check('vage-norm', 'Opdrachtgever meldt een wijziging tijdig aan Leverancier.');
    check('vage-norm', 'Leverancier stelt Opdrachtgever tijdig, en ten minste vijf (5) Werkdagen vooraf, op de hoogte van onderhoud.');
  });

  it('leaves "tijdig" alone where the next sentence or lid names the period', () => {
    check('vage-norm', 'De club brengt het lid tijdig op de hoogte van een wijziging. De wijziging gaat één kalendermaand na de bekendmaking in.');
    check('vage-norm', '3. Is een deelnemer verhinderd, dan meldt hij dit tijdig.\n4. Een afmelding moet uiterlijk 24 uur voor de les binnen zijn.\n');
    // A later sentence about something else without a period does not explain it.
    check('vage-norm', 'De club brengt het lid «tijdig» op de hoogte van een wijziging. Het lid kan dan opzeggen.');
  });

  it('fires on a data breach report with no term, not with one or when the client must help', () => {
    check('vage-norm', 'Bij een «datalek» zal Verwerker Verwerkingsverantwoordelijke daarover informeren.');
    check('vage-norm', 'Bij een datalek informeert Verwerker Verwerkingsverantwoordelijke binnen vierentwintig (24) uur.');
    check('vage-norm', 'Bij een datalek informeert Verwerker Verwerkingsverantwoordelijke zonder onredelijke vertraging.');
    check('vage-norm', 'Klant is verplicht Leverancier bij te staan bij een datalek en de melding daarvan.');
  });

  it('fires on round-the-clock submission without a response time; advice to the reader is no promise', () => {
    check('vage-norm', 'Vragen kunnen «24 uur per dag» via het portaal worden ingediend.');
    check('vage-norm', 'Bij klachten bel je het beste zo spoedig mogelijk je eigen arts.');
  });
});

describe('vage-norm: literal gates', () => {
  it('fires on a termination with "a reasonable period" and no notice period', () => {
    const [f] = check('vage-norm', 'Partijen kunnen de Overeenkomst te allen tijde schriftelijk beëindigen «met inachtneming van een redelijke termijn».');
    assert.match(f.message.nl, /noemt geen opzegtermijn.*opzegtermijn van één \(1\) maand/);
    check('vage-norm', 'Leverancier kan het abonnement opzeggen «met een redelijke opzegtermijn».');
    // Not where the period serves something else, or the notice period is named.
    check('vage-norm', 'Opdrachtgever betaalt met inachtneming van een redelijke termijn voor bezwaar.');
    check('vage-norm', 'Partijen kunnen de Overeenkomst opzeggen met inachtneming van een opzegtermijn van één maand.');
  });

  it('leaves a reasonable period that the client must grant alone, also after a clause number and in lower case', () => {
    check('vage-norm', '9.3.2. De opdrachtgever moet een gebrek binnen een redelijke termijn melden en de opdrachtnemer daarna binnen een redelijke termijn de kans bieden het te herstellen.');
  });

  it('termination phrases with "a reasonable period" are found near "redelijke", as a full scan finds them', () => {
    assertGate(REASONABLE_NOTICE, REASONABLE_NOTICE_WORDS, ['met inachtneming van een redelijke termijn', 'met \t\n\tinachtneming \t\n\tvan \t\n\teen \t\n\tredelijke opzegtermijn', 'met een redelijke opzegtermijn', 'tegen een redelijke termijn', 'redelijke'], REASONABLE_NOTICE_BACK);
  });

  it('effort, target, "tijdig" and breach phrases hold their gate words', () => {
    assertGate(EFFORT, EFFORT_WORDS, ['zal zich inspannen', 'zullen zich er voor inspannen', 'spant zich in', 'spant zich er voor in', 'doet zijn uiterste best', 'doen ons best', 'er alles aan doen', 'garandeert niet dat', 'garandeer niet dat', 'zal zich naar beste kunnen inspannen', 'spant zich naar beste vermogen in', 'spant zich maximaal in', 'doet al het mogelijke', 'stelt alles in het werk', 'zullen alles in het werk stellen', 'garandeert geen'], 40);
    assertGate(TARGET, TARGET_WORDS, ['streeftijd', 'streeftermijnen', 'streefdatum', 'geen bindend tijdskader', 'geen bindende termijn'], 40);
    assertGate(TIMELY, TIMELY_WORDS, ['tijdig'], 0);
    assertGate(BREACH, BREACH_WORDS, ['datalek', 'datalekken', 'beveiligingslek', 'beveiligingsincident', 'inbreuk in verband met persoonsgegevens'], 40);
  });

  it('maintenance words hold their gate word', () => {
    assertGate(MAINTENANCE, MAINTENANCE_WORDS, ['onderhoud', 'Onderhoud', 'onderhoudswerkzaamheden', 'onderhoudwerkzaamheden'], 0);
  });

  it('every availability percentage holds % or "procent"', () => {
    assertGate(AVAILABILITY, AVAILABILITY_WORDS, ['99% uptime', '99,9 % beschikbaar', 'een beschikbaarheid van 99,5%', 'uptime van minimaal 99 procent', '99.5 procent van de tijd', 'bereikbaarheid is 98%']);
  });
  it('round-the-clock phrases are found near "24" or "nacht", as a full scan finds them', () => {
    assertGate(ROUND_THE_CLOCK, ROUND_THE_CLOCK_WORDS, ['24/7', '24 / 7', '24 uur per dag, 7 dagen per week', '24 uur per dag', '24\tuur  per dag zeven dagen per week', 'dag en nacht', 'dag \n\t en\t\t\t\tnacht'], ROUND_THE_CLOCK_BACK);
  });
  it('"as soon as possible" phrases are found near their words, as a full scan finds them', () => {
    assertGate(
      ASAP,
      ASAP_WORDS,
      ['zo spoedig mogelijk', 'zo snel als mogelijk', 'zo \t\n vlot \t\n\t als \t\n\t mogelijk', 'op de kortst mogelijke termijn', 'op \t\n de \t\n kortst \t\n mogelijke termijn', 'binnen een redelijke termijn', 'binnen \t\n\t een \t\n\t redelijke \t termijn', 'zo spoedig als redelijkerwijs mogelijk', 'zo \t\n\t spoedig \t\n\t als \t\n\t redelijkerwijs mogelijk', 'binnen een redelijke tijd', 'binnen afzienbare tijd', 'op korte termijn', 'met spoed', 'met de nodige spoed', 'met \t\n de \t\n gepaste \t\n spoed', 'Binnen Afzienbare Tijd'],
      ASAP_BACK,
      600,
      asapCanStart,
    );
  });
});

describe('vage-norm: more wordings of effort, vague periods and maintenance', () => {
  it('fires on an effort promise worded with a qualifier, "al het mogelijke" or "garandeert geen"', () => {
    check('vage-norm', 'Leverancier «zal zich naar beste kunnen inspannen» om een storing te verhelpen.');
    check('vage-norm', 'Leverancier «spant zich naar beste vermogen in» om de Dienst ononderbroken beschikbaar te houden.');
    check('vage-norm', 'Leverancier «doet al het mogelijke» om klachten op te lossen.');
    check('vage-norm', 'Leverancier «stelt alles in het werk» om storingen te verhelpen.');
    check('vage-norm', 'Leverancier «garandeert geen» ononderbroken beschikbaarheid van de Dienst.');
    // With a term, of the client, or a disclaimer of something else than availability: quiet.
    check('vage-norm', 'Leverancier zal zich naar beste kunnen inspannen om een storing binnen vier (4) uur te verhelpen.');
    check('vage-norm', 'Opdrachtgever doet al het mogelijke om de schade te beperken.');
    check('vage-norm', 'Leverancier garandeert geen bepaald resultaat van het advies.');
  });

  it('fires on "binnen een redelijke tijd", "binnen afzienbare tijd", "op korte termijn" and "met spoed" in a service promise', () => {
    check('vage-norm', 'Leverancier levert de bestelling «binnen een redelijke tijd».');
    check('vage-norm', 'Leverancier herstelt een storing «binnen afzienbare tijd».');
    check('vage-norm', 'Leverancier verhelpt een melding «op korte termijn».');
    check('vage-norm', 'Leverancier behandelt een storing «met de nodige spoed».');
    // Bounded, or not about the service: quiet.
    check('vage-norm', 'Leverancier verhelpt een melding op korte termijn, doch uiterlijk binnen twee werkdagen.');
    check('vage-norm', 'Op korte termijn verwachten partijen geen wijziging van de wet.');
  });

  it('fires on maintenance the user may carry out without a window', () => {
    const [f] = check('vage-norm', '«Onderhoud» aan de Dienst mag Leverancier uitvoeren wanneer dat nodig is.');
    assert.match(f.message.nl, /onderhoudsvenster/);
    assert.match(f.message.en, /maintenance window/);
    check('vage-norm', 'Leverancier is gerechtigd het platform voor «onderhoud» tijdelijk buiten gebruik te stellen.');
  });

  it('leaves maintenance with a window, an announcement, of the client, or not of the service alone', () => {
    check('vage-norm', 'Leverancier mag de Dienst voor onderhoud buiten gebruik stellen op werkdagen tussen 22.00 en 06.00 uur.');
    check('vage-norm', '## Artikel 5 – Onderhoud\n5.1 Leverancier mag de Dienst voor onderhoud buiten gebruik stellen.\n5.2 Leverancier kondigt gepland onderhoud ten minste vijf werkdagen vooraf aan.\n');
    check('vage-norm', 'Opdrachtgever mag zijn eigen systemen voor onderhoud buiten gebruik stellen.');
    check('vage-norm', 'Leverancier kan het onderhoud van de tuin uitvoeren in het voorjaar.');
  });

  it('leaves the text of a drafter\'s note alone: the placeholder rule reports the note', () => {
    check('vage-norm', '**Servicetijden:** [bijv. 24/7 of werkdagen 8-18 uur]\n**Beschikbaarheid:** [bv. 98% per kwartaal]');
    check('vage-norm', 'Leverancier lost storingen op [Bijvoorbeeld: zo snel mogelijk, uiterlijk binnen 8 uur].');
    // Outside the note, or in a bracket that is no note, the promise is read as usual.
    check('vage-norm', '[bijv. werkdagen 8-18 uur] De helpdesk is «24/7» bereikbaar.');
    check('vage-norm', 'De helpdesk is [zie bijlage] «24/7» bereikbaar.');
  });
});
