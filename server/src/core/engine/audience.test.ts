import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../analyzer';
import { addressesConsumers, businessParties, detectAudience } from './audience';
import { runs } from '../testing/fuzz';

// The detection as plain scans of the whole text (what audience.ts computes with its patterns tried only
// where one of their words occurs): the reference for the property below.
const NEGATION = /\b(?:niet|geen|noch|uitsluitend[ \t]+(?:bestemd[ \t]+)?voor[ \t]+(?:bedrijven|zakelijke))\b/i;
const MENTIONS = [
  /\bconsument(?:en)?\b/gi,
  /\bnatuurlijk(?:e)?[ \t\n]{1,4}perso(?:o|ne)n?[ \t\n]{1,4}die[ \t\n]{1,4}niet[ \t\n]{1,4}handel(?:t|en)[ \t\n]{1,4}in[ \t\n]{1,4}de[ \t\n]{1,4}uitoefening/gi,
  /\bparticulier(?:e|en)?\b/gi,
  /\b(?:herroepingsrecht|herroepingstermijn|bedenktijd)\b/gi,
];
const BUSINESS = /\b(?<!(?:persoon|natuurlijke)[ \t\n]{1,4}(?:of|en|dan[ \t\n]{1,4}wel)[ \t\n]{1,4})(?:rechtspersoon|rechtspersonen|handelend[ \t\n]{1,4}in[ \t\n]{1,4}de[ \t\n]{1,4}uitoefening|zakelijke[ \t\n]{1,4}(?:klant|klanten|afnemer|afnemers|wederpartij|gebruikers?)|bedrijfsmatige?)\b/i;
function plainAddresses(text: string): boolean {
  return MENTIONS.some((re) => {
    for (const m of text.matchAll(re)) {
      const window = text.slice(Math.max(0, m.index - 300), m.index);
      if (!NEGATION.test(window.slice(Math.max(...[...'.\n,;:'].map((c) => window.lastIndexOf(c))) + 1))) return true;
    }
    return false;
  });
}
// The pieces below hold no word of the self-employed or business-identity signals, so the reference leaves them out.
function plainDetect(text: string): string | undefined {
  if (plainAddresses(text)) return 'b2c';
  return new RegExp(MENTIONS[0].source, 'i').test(text) || new RegExp(MENTIONS[2].source, 'i').test(text) || BUSINESS.test(text) ? 'b2b' : undefined;
}

describe('engine: audience', () => {
  it('auto: a draft that addresses a consumer is b2c', () => {
    assert.equal(addressesConsumers('Is de Klant een consument, dan kan hij binnen veertien dagen herroepen.'), true);
    assert.equal(addressesConsumers('Opdrachtgever: een natuurlijk persoon die niet handelt in de uitoefening van zijn beroep of bedrijf.'), true);
  });

  it('auto: a consumer draft is also known by "particulier", the right of withdrawal and the cooling-off period', () => {
    assert.equal(detectAudience('Deze voorwaarden gelden voor particuliere klanten van de webwinkel.'), 'b2c');
    assert.equal(detectAudience('De Klant heeft een herroepingsrecht van veertien dagen.'), 'b2c');
    assert.equal(detectAudience('Na ondertekening geldt een bedenktijd van drie dagen.'), 'b2c');
    assert.equal(detectAudience('Opdrachtgever: de natuurlijke persoon die niet handelt in de uitoefening van een beroep of bedrijf.'), 'b2c');
    assert.equal(detectAudience('Deze voorwaarden gelden niet voor particulieren.'), 'b2b');
  });

  it('auto: the statutory description with the role before it ("de huurder die als natuurlijk persoon niet handelt") is a consumer', () => {
    assert.equal(detectAudience('Alle prijzen zijn exclusief btw. De huurder die als natuurlijk persoon niet handelt in de uitoefening van een beroep of bedrijf, mag ontbinden bij een prijsverhoging in de eerste drie maanden.'), 'b2c');
    assert.notEqual(detectAudience('Deze voorwaarden gelden niet voor een koper die als natuurlijk persoon niet handelt in de uitoefening van een beroep of bedrijf.'), 'b2c');
  });

  it('auto: a business definition of the counterparty is no consumer', () => {
    const b2b = 'Opdrachtgever: iedere natuurlijke persoon handelend in de uitoefening van beroep of bedrijf of rechtspersoon die een overeenkomst sluit.';
    assert.equal(addressesConsumers(b2b), false);
    assert.equal(detectAudience(b2b), 'b2b');
  });

  it('auto: a draft that shows neither is undecided; the consumer rules then run once, as hints', () => {
    const text = 'Het abonnement wordt stilzwijgend verlengd met twaalf (12) maanden.';
    assert.equal(detectAudience(text), undefined);
    const r = analyze(text);
    assert.deepEqual([r.audience, r.audienceSource], ['b2b', 'undecided']);
    const consumer = r.findings.filter((f) => f.ruleId === 'consument-zwarte-lijst');
    assert.equal(consumer.length, 1);
    assert.equal(consumer[0].severity, 'hint');
    // A setting decides: b2b runs no consumer rule, b2c runs it at its own severity.
    assert.equal(analyze(text, { audience: 'b2b' }).findings.filter((f) => f.ruleId === 'consument-zwarte-lijst').length, 0);
    assert.notEqual(analyze(text, { audience: 'b2c' }).findings.find((f) => f.ruleId === 'consument-zwarte-lijst')?.severity, 'hint');
  });

  it('auto: a draft that excludes consumers, or never mentions them, is b2b', () => {
    assert.equal(addressesConsumers('Deze voorwaarden zijn niet van toepassing op consumenten.'), false);
    assert.equal(addressesConsumers('Opdrachtgever is geen consument.'), false);
    assert.equal(addressesConsumers('Opdrachtgever: de rechtspersoon die de Overeenkomst sluit.'), false);
  });

  it('auto: purchase conditions of the counterparty, or prices without VAT as the rule, are b2b; a consumer named still decides', () => {
    assert.equal(detectAudience('De inkoopvoorwaarden van de Afnemer gelden niet; Leverancier wijst ze van de hand.'), 'b2b');
    assert.equal(detectAudience('Inkoop- en andere voorwaarden van de Koper zijn niet van toepassing.'), 'b2b');
    assert.equal(detectAudience('De inkoopvoorwaarden van Opdrachtgever zijn niet van toepassing.'), 'b2b');
    assert.equal(detectAudience('Alle tarieven zijn exclusief btw, tenzij anders vermeld.'), 'b2b');
    assert.equal(detectAudience('Prijzen worden steeds exclusief omzetbelasting vermeld.'), 'b2b');
    // Not a business sign: VAT included, or one amount without VAT.
    assert.equal(detectAudience('Alle prijzen zijn inclusief btw.'), undefined);
    assert.equal(detectAudience('De verzendkosten van EUR 5 exclusief btw worden apart berekend.'), undefined);
    // A consumer addressed decides first.
    assert.equal(detectAudience('Alle tarieven zijn exclusief btw. De consument heeft een herroepingsrecht.'), 'b2c');
  });

  it('auto: a data processing agreement that names no consumer is b2b', () => {
    const dpa = '# Verwerkersovereenkomst\n\n## Artikel 1 – Onderwerp\n1.1 Verwerker verwerkt de persoonsgegevens uitsluitend op instructie.\n1.2 De aansprakelijkheid van Verwerker is beperkt tot het factuurbedrag.\n';
    const r = analyze(dpa);
    assert.deepEqual([r.audience, r.audienceSource], ['b2b', 'detected']);
    assert.ok(!r.findings.some((f) => f.ruleId.startsWith('consument-')));
    // The same text under another title stays undecided.
    assert.equal(analyze(dpa.replace('Verwerkersovereenkomst', 'Afspraken')).audienceSource, 'undecided');
  });

  it('auto: use for internal business purposes, or the client as controller, is b2b; a consumer named still decides', () => {
    assert.equal(detectAudience('Licentienemer mag de Software uitsluitend gebruiken voor interne doeleinden.'), 'b2b');
    assert.equal(detectAudience('De Dienst is bestemd voor de eigen bedrijfsvoering van Afnemer.'), 'b2b');
    assert.equal(detectAudience('- Klant: verwerkingsverantwoordelijke; Leverancier: verwerker.'), 'b2b');
    assert.equal(detectAudience('Bij de uitvoering treedt Opdrachtnemer op als verwerker.'), 'b2b');
    // Not a business sign: the drafter (the "gebruiker") as controller, personal use, a processor's own agreements.
    assert.equal(detectAudience('Gebruiker is verwerkingsverantwoordelijke voor de gegevens die u invult.'), undefined);
    assert.equal(detectAudience('De app is uitsluitend voor persoonlijk gebruik; de interne werking blijft van ons.'), undefined);
    assert.equal(detectAudience('Wij sluiten met iedere verwerker een verwerkersovereenkomst.'), undefined);
    // A consumer addressed decides first.
    assert.equal(detectAudience('Klant is verwerkingsverantwoordelijke. De consument heeft een herroepingsrecht.'), 'b2c');
  });

  it('auto: a service level agreement by its title that names no consumer is b2b', () => {
    const sla = '# Service Level Agreement\n\n## 1. Beschikbaarheid\n- Uptime 99,5% per maand.\n- Storingen met prioriteit 1: reactie binnen 2 uur.\n';
    const r = analyze(sla);
    assert.deepEqual([r.audience, r.audienceSource], ['b2b', 'detected']);
    // Only by its own name: a service description or another title decides nothing.
    assert.equal(analyze(sla.replace('Service Level Agreement', 'Dienstbeschrijving')).audienceSource, 'undecided');
    assert.equal(analyze(sla.replace('Service Level Agreement', 'Afspraken')).audienceSource, 'undecided');
    // A consumer named decides first.
    assert.equal(analyze(sla + '- De consument kan storingen ook telefonisch melden.\n').audience, 'b2c');
  });

  it('the comment at the top wins over the setting, the setting over detection', () => {
    const text = '<!-- clausule: doelgroep=b2c -->\n# Voorwaarden\nOpdrachtgever is een bedrijf.\n';
    assert.deepEqual([analyze(text, { audience: 'b2b' }).audience, analyze(text, { audience: 'b2b' }).audienceSource], ['b2c', 'comment']);
    const plain = 'De consument betaalt vooraf.';
    assert.deepEqual([analyze(plain, { audience: 'b2b' }).audience, analyze(plain, { audience: 'b2b' }).audienceSource], ['b2b', 'setting']);
    assert.deepEqual([analyze(plain).audience, analyze(plain).audienceSource], ['b2c', 'detected']);
    assert.deepEqual([analyze(plain, { audience: 'auto' }).audience], ['b2c']);
  });

  it('consumer-only rules run only for b2c', () => {
    const text = 'Het abonnement wordt stilzwijgend verlengd met twaalf (12) maanden.';
    assert.equal(analyze(text, { audience: 'b2b' }).findings.filter((f) => f.ruleId === 'consument-zwarte-lijst').length, 0);
    assert.equal(analyze(text, { audience: 'b2c' }).findings.filter((f) => f.ruleId === 'consument-zwarte-lijst').length, 1);
  });

  it('finds what plain scans of the whole text find (each pattern is tried only at its words)', () => {
    const pieces = ['consument', 'Consumenten', 'CONSUMENT', 'consumentenkoop', 'de consument', 'geen ', 'niet ', 'uitsluitend voor bedrijven ', 'noch ', 'persoon of ', 'natuurlijke persoon die niet handelt in de uitoefening', 'Natuurlijk persoon die niet handelen in de uitoefening', 'natuurlijk', 'particulier', 'particulieren', 'Particuliere', 'herroepingsrecht', 'herroepingstermijn', 'herroeping', 'bedenktijd', 'rechtspersoon', 'zakelijke klanten', 'bedrijfsmatig', ' ', '  ', '\n', '. ', ', ', '; ', ': ', 'de ', 'x', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.equal(detectAudience(text), plainDetect(text), JSON.stringify(text));
        assert.equal(addressesConsumers(text), plainAddresses(text), JSON.stringify(text));
      }),
      { numRuns: runs(500) },
    );
  });

  it('auto: a negation counts only in the clause before the mention; anyone, consumers included, decides nothing', () => {
    // "geen" belongs to the clause about late payment, not to the consumers of the next one.
    assert.equal(detectAudience('Blijft na veertien dagen nog geen betaling uit, dan is de rente voor consumenten de wettelijke rente.'), 'b2c');
    assert.equal(detectAudience('Deze voorwaarden gelden niet voor particulieren, noch voor consumenten.'), 'b2b');
    assert.equal(detectAudience('Deze voorwaarden zijn niet van toepassing op overeenkomsten met consumenten.'), 'b2b');
    assert.equal(detectAudience('De Koper, niet zijnde een consument, betaalt vooraf.'), 'b2b');
    // A counterparty that may be any person decides nothing; a legal person alone is a business.
    assert.equal(detectAudience('Bezoeker: iedere persoon of rechtspersoon die een toegangsbewijs koopt.'), undefined);
    assert.equal(detectAudience('Klant: iedere natuurlijke of rechtspersoon die een offerte aanvraagt.'), undefined);
    assert.equal(detectAudience('Klant: de rechtspersoon die een offerte aanvraagt.'), 'b2b');
  });

  it('auto: a contract with a self-employed contractor is b2b', () => {
    assert.equal(detectAudience("De Opdrachtnemer is zzp'er en voert de opdracht zelfstandig uit."), 'b2b');
    assert.equal(detectAudience('Akkoord ZZP\u2019er | Handtekening'), 'b2b');
    assert.equal(detectAudience('Opdrachtnemer werkt als zelfstandige zonder personeel.'), 'b2b');
    assert.equal(detectAudience('Opdrachtnemer verricht de werkzaamheden in de uitoefening van een bedrijf.'), 'b2b');
    assert.equal(detectAudience('Opdrachtnemer verricht het werk in de zelfstandige uitoefening van een beroep.'), 'b2b');
    // Denied, the word says nothing of the counterparty; nor does the trader's business in a consumer-law definition.
    assert.equal(detectAudience("Opdrachtnemer is geen zzp'er."), undefined);
    assert.equal(detectAudience('Ondernemer: de natuurlijke persoon die in de uitoefening van een bedrijf diensten aanbiedt.'), undefined);
  });

  it('auto: a business identity for both sides is b2b; one for the drafter alone decides nothing', () => {
    const both = [
      'Bouwbedrijf Noord B.V., gevestigd te Zwolle, hierna te noemen: \u2018Opdrachtgever\u2019;',
      'en de onderneming van de heer Jansen, hierna te noemen: Opdrachtnemer.',
      'KvK-nummer Opdrachtnemer: 12345678',
    ].join('\n');
    assert.equal(businessParties(both), 2);
    assert.equal(detectAudience(both), 'b2b');
    assert.equal(detectAudience('Het btw-nummer van de Klant en het KvK-nummer van de Leverancier staan op de factuur.'), 'b2b');
    // The trader's own registration: a consumer draft shows it too.
    const trader = 'Leverancier: Tuinhuis Oost B.V., KvK-nummer 87654321, btw-nummer NL001234567B01.\nDe Klant betaalt binnen veertien dagen.';
    assert.equal(businessParties(trader), 1);
    assert.equal(detectAudience(trader), undefined);
    // A consumer draft that names the trader's KvK number and legal form stays b2c.
    const consumer = 'Tuinhuis Oost B.V., hierna te noemen: Verkoper, ingeschreven bij de KvK onder nummer 87654321.\nDe Koper is een consument; het KvK-nummer van Verkoper staat op de website.';
    assert.equal(detectAudience(consumer), 'b2c');
    // "c.v." is a boiler, not a legal form.
    assert.equal(businessParties('De c.v.-ketel wordt geplaatst, hierna te noemen: Aannemer. KvK-nummer Klant: onbekend.'), 1);
  });

  it('auto: a zzp contract shows which audience it chose', () => {
    const r = analyze("1. Opdracht\n1.1 Opdrachtnemer voert de opdracht als zzp'er uit.\n");
    assert.deepEqual([r.audience, r.audienceSource], ['b2b', 'detected']);
  });
  it('auto: a counterparty with an age, or a service only households buy, is a consumer when nothing names a business', () => {
    assert.equal(detectAudience('De opdrachtgever verklaart meerderjarig te zijn.'), 'b2c');
    assert.equal(detectAudience('Is de huurder minderjarig, dan tekent een van zijn ouders of voogd mee.'), 'b2c');
    assert.equal(detectAudience('De huurder moet 21 jaar of ouder zijn.'), 'b2c');
    assert.equal(detectAudience('De leerling zegt een rijles uiterlijk twee dagen van tevoren af.'), 'b2c');
    assert.equal(detectAudience('Het oppasbureau koppelt de vraagouder aan een gastouder.'), 'b2c');
    assert.equal(detectAudience('Het gastdier wordt opgehaald op de afgesproken dag.'), 'b2c');
    assert.equal(detectAudience('De vakantiewoning wordt schoon opgeleverd.'), 'b2c');
    // A business counterparty named decides first; the words alone inside other words decide nothing.
    assert.equal(detectAudience('Opdrachtgever: de rechtspersoon die rijlessen voor zijn chauffeurs afneemt.'), 'b2b');
    assert.equal(detectAudience('Alle tarieven zijn exclusief btw. De huurder moet 21 jaar of ouder zijn.'), 'b2b');
    assert.equal(detectAudience('De huisdierenverzekering valt buiten deze overeenkomst.'), undefined);
    assert.equal(detectAudience('De bewaartermijn is 7 jaar of langer.'), undefined);
    const r = analyze('1. Lessen\n1.1 De leerling zegt een rijles uiterlijk twee dagen van tevoren af.\n');
    assert.deepEqual([r.audience, r.audienceSource], ['b2c', 'detected']);
  });
});
