import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { check } from '../testing/check';
import { hashKey, normaliseClause } from '../text/clauseKey';

const clause = 'Leverancier is niet aansprakelijk voor schade die het gevolg is van onjuiste gegevens van Opdrachtgever.';

describe('bepaling-dubbel', () => {
  it('fires on the second copy of a clause, pointing at the first', () => {
    const found = check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 ${clause}\n\n## Artikel 2 – Twee\n2.1 «${clause}»\n`);
    assert.equal(found[0].related?.length, 1);
    assert.match(found[0].message.nl, /1\.1/);
  });

  it('sees through case, punctuation, numbering and line breaks', () => {
    const variant = clause.toUpperCase().replace(' voor ', '\n   voor ').replace('.', ';');
    check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 ${clause}\n\n## Artikel 2 – Twee\n2.1 «${variant}»\n`);
  });

  it('leaves different and short clauses alone', () => {
    check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 ${clause}\n1.2 Zie artikel 2.\n\n## Artikel 2 – Twee\n2.1 ${clause.replace('onjuiste', 'onvolledige')}\n2.2 Zie artikel 2.\n`);
  });
});

describe('bepaling-dubbel: near-duplicates, headings and lists', () => {
  // Thirty words; the rewording adds two (a qualifier, as drafts do when a rule is copied and amended).
  const rule = 'Bezoekers die deze huisregels overtreden, kunnen door de organisator zonder teruggave van het toegangsgeld van het terrein worden verwijderd en zijn aansprakelijk voor alle schade die daaruit voor de organisator voortvloeit.';
  const reworded = 'Bezoekers die deze huisregels overtreden, kunnen door de organisator zonder teruggave van het toegangsgeld van het terrein worden verwijderd en zijn aansprakelijk voor alle schade en kosten die daaruit voor de organisator voortvloeit.';
  it('fires on a sentence that repeats an earlier one with words added, also in another article and inside a longer clause', () => {
    const found = check('bepaling-dubbel', `## Artikel 1 – Toegang\n1.1 ${rule}\n\n## Artikel 4 – Huisregels\n4.1 Het terrein is open van tien tot zes. «${reworded}»\n`);
    assert.match(found[0].message.nl, /herhaalt.*1\.1/);
    assert.match(found[0].message.en, /repeats.*1\.1/);
    assert.equal(found[0].related?.length, 1);
  });

  it('fires on a sentence repeated word for word inside two different clauses', () => {
    check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 Het terrein is open van tien tot zes. ${rule}\n\n## Artikel 2 – Twee\n2.1 «${rule}» Honden zijn niet toegestaan.\n`);
  });

  it('reports a repeated run of sentences once, over the run', () => {
    const second = 'Wie een sessie later dan vierentwintig uur van tevoren afzegt, betaalt de volledige prijs van die sessie zonder enige korting.';
    const found = check('bepaling-dubbel', `## Artikel 1 – Producten\n1.1 ${rule} ${second}\n\n## Artikel 2 – Trajecten\n2.1 «${rule} ${second}»\n`);
    assert.equal(found[0].related?.length, 1);
    // On separate lines they are separate passages.
    check('bepaling-dubbel', `## Artikel 1 – Producten\n1.1 ${rule}\n1.2 ${second}\n\n## Artikel 2 – Trajecten\n2.1 «${rule}»\n2.2 «${second}»\n`);
  });

  it('reads a draft without numbered articles too, naming the line of the earlier version', () => {
    const found = check('bepaling-dubbel', `Huisregels\n\n${rule}\n\nOverige regels\n\n«${reworded}»\n`);
    assert.match(found[0].message.nl, /regel 3/);
    assert.match(found[0].message.en, /line 3/);
  });

  it('leaves parallel clauses for another party, shared formulas and different rules alone', () => {
    check('bepaling-dubbel', '## Artikel 1 – Een\n1.1 Opdrachtgever vrijwaart Leverancier voor alle aanspraken van derden die verband houden met het gebruik van de programmatuur.\n\n## Artikel 2 – Twee\n2.1 Wederverkoper vrijwaart Leverancier voor alle aanspraken van derden die verband houden met het gebruik van de programmatuur.\n');
    check('bepaling-dubbel', '## Artikel 1 – Een\n1.1 De Dienst wordt geleverd op basis van een abonnement.\n\n## Artikel 2 – Twee\n2.1 De Dienst wordt geleverd op basis van twee modellen:\n');
    check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 ${rule}\n\n## Artikel 2 – Twee\n2.1 Bezoekers die deze huisregels overtreden, betalen een boete van vijftig euro per overtreding en de kosten van herstel van de schade.\n`);
  });

  // Twenty-two words: one word inserted leaves three-word shingles similar enough to pair.
  const liable = 'Leverancier is aansprakelijk voor alle schade die Opdrachtgever lijdt doordat de programmatuur tijdens de overeengekomen looptijd van de overeenkomst niet beschikbaar is.';
  it('fires on a word added, not on a negation added, the parties swapped or another term', () => {
    check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 ${liable}\n\n## Artikel 2 – Twee\n2.1 «${liable.replace('alle schade', 'alle directe schade')}»\n`);
    // "(maar niet beperkt tot)" widens the rule; it does not deny it.
    const force = 'Onder overmacht wordt mede verstaan: storingen in het netwerk, stroomuitval, brand, overstroming, staking van personeel, ziekte van de enige uitvoerende medewerker, maatregelen van de overheid en tekortkomingen van toeleveranciers van Leverancier.';
    check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 ${force}\n\n## Artikel 2 – Twee\n2.1 «${force.replace('mede verstaan', 'mede (maar niet beperkt tot) verstaan')}»\n`);
    check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 ${liable}\n\n## Artikel 2 – Twee\n2.1 ${liable.replace('is aansprakelijk', 'is nimmer aansprakelijk')}\n`);
    check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 ${liable}\n\n## Artikel 2 – Twee\n2.1 ${liable.replace('voor alle', 'voor geen')}\n`);
    const swapped = liable.replace('Leverancier', 'X').replace('Opdrachtgever', 'Leverancier').replace('X', 'Opdrachtgever');
    check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 ${liable}\n\n## Artikel 2 – Twee\n2.1 ${swapped}\n`);
    check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 ${liable}\n\n## Artikel 2 – Twee\n2.1 ${liable.replace('looptijd', 'proefperiode')}\n`);
  });

  it('fires on an article whose heading repeats that of another article', () => {
    check('bepaling-dubbel', '## Artikel 1 – Eigendomsvoorbehoud\n1.1 Zaken blijven eigendom van Leverancier.\n\n## Artikel 2 – «Eigendomsvoorbehoud»\n2.1 Op de Overeenkomst is Nederlands recht van toepassing.\n');
    check('bepaling-dubbel', '## Artikel 1 – Eigendomsvoorbehoud\n1.1 Zaken blijven eigendom van Leverancier.\n\n## Artikel 2 – Toepasselijk recht\n2.1 Op de Overeenkomst is Nederlands recht van toepassing.\n');
    // A number in the heading tells it apart: phases and annexes numbered alike are not the same heading.
    check('bepaling-dubbel', 'Artikel 1. Levering fase 1\n1.1 Leverancier levert het ontwerp.\n\nArtikel 2. Levering fase 2\n2.1 Leverancier levert de bouw.\n');
    check('bepaling-dubbel', '# Bijlage 1\n\nArtikel 1. Dienst\n1.1 De dienst is een website.\n\n# Bijlage 2\n\nArtikel 1. Beschikbaarheid\n1.1 De dienst is beschikbaar.\n');
    check('bepaling-dubbel', 'Artikel 1. Levering fase 1\n1.1 Leverancier levert het ontwerp.\n\nArtikel 2. «Levering fase 1»\n2.1 Leverancier levert de bouw.\n');
  });

  it('fires on a list that names the same item twice, not on different items', () => {
    const found = check('bepaling-dubbel', '## Artikel 1 – Gegevens\n1.1 Klant verstrekt:\na. zijn naam;\nb. zijn adres;\nc. «zijn naam;»\n');
    assert.match(found[0].message.nl, /"zijn naam" twee keer/);
    assert.match(found[0].message.en, /names "zijn naam" twice/);
    check('bepaling-dubbel', '## Artikel 1 – Gegevens\n1.1 Klant verstrekt:\na. zijn naam;\nb. zijn adres;\nc. zijn woonplaats;\n');
    // Seven words is an item this pass compares; from eight words the item is a clause, the exact pass's.
    const seven = 'de kosten van het vervoer naar Klant;';
    const eight = 'de kosten van het vervoer naar de Klant;';
    assert.match(check('bepaling-dubbel', `## Artikel 1 – Kosten\n1.1 Klant betaalt:\na. ${seven}\nb. zijn adres;\nc. «${seven}»\n`)[0].message.nl, /twee keer/);
    assert.match(check('bepaling-dubbel', `## Artikel 1 – Kosten\n1.1 Klant betaalt:\na. ${eight}\nb. zijn adres;\nc. «${eight}»\n`)[0].message.nl, /staat al in/);
    // Items that differ only in their amounts are different items.
    check('bepaling-dubbel', '## Artikel 1 – Kosten\n1.1 De kosten zijn:\na. 10% over de volgende € 2.500;\nb. 5% over de volgende € 5.000;\n');
  });
});

describe('bepaling-dubbel: a repeat versus a deliberate parallel', () => {
  // A scale: the same words with other periods and percentages are different rules, written on purpose.
  const scale = (days: number, pct: number) => `Bij annulering tot ${days} dagen voor de aanvang van de cursus is de deelnemer ${pct}% van de cursusprijs verschuldigd.`;
  it('leaves clauses and sentences alone that differ only in their numbers, and fires where the numbers are the same too', () => {
    check('bepaling-dubbel', `## Artikel 1 – Annulering\n1.1 ${scale(30, 25)}\n1.2 ${scale(14, 50)}\n\n## Artikel 2 – Verplaatsen\n2.1 Verplaatsen kan kosteloos. ${scale(7, 100)}\n`);
    check('bepaling-dubbel', `## Artikel 1 – Annulering\n1.1 ${scale(30, 25)}\n\n## Artikel 2 – Verplaatsen\n2.1 «${scale(30, 25)}»\n`);
    check('bepaling-dubbel', `## Artikel 1 – Annulering\n1.1 ${scale(30, 25)}\n\n## Artikel 2 – Verplaatsen\n2.1 Verplaatsen kan kosteloos. «${scale(30, 25)}»\n`);
  });

  // "Deze gegevens" means the data named in the sentence before: after another sentence, other data.
  const after = 'Deze gegevens worden binnen een maand na het einde van de overeenkomst door Leverancier vernietigd.';
  const contact = 'Klant geeft Leverancier de namen en e-mailadressen van zijn contactpersonen.';
  const usage = 'Leverancier houdt bij hoe vaak en op welke tijdstippen Klant de dienst gebruikt.';
  it('leaves a sentence alone that refers back to a different sentence before it', () => {
    check('bepaling-dubbel', `## Artikel 1 – Contact\n1.1 ${contact} ${after}\n\n## Artikel 2 – Gebruik\n2.1 ${usage} ${after}\n`);
    check('bepaling-dubbel', `## Artikel 1 – Contact\n1.1 ${contact}\n1.2 ${after}\n\n## Artikel 2 – Gebruik\n2.1 ${usage}\n2.2 ${after}\n`);
    // "het genoemde" points back in the middle of a sentence too.
    const fee = 'Bij schending van het genoemde verbod is Klant een direct opeisbare boete van vijfhonderd euro verschuldigd.';
    check('bepaling-dubbel', `## Artikel 1 – Licentie\n1.1 Klant mag de programmatuur niet aan derden verhuren. ${fee}\n\n## Artikel 2 – Merken\n2.1 Klant mag de merken van Leverancier niet gebruiken. ${fee}\n`);
  });

  it('fires on a sentence that refers back when the sentence before it is repeated as well', () => {
    check('bepaling-dubbel', `## Artikel 1 – Contact\n1.1 ${contact} ${after}\n\n## Artikel 2 – Gebruik\n2.1 «${contact} ${after}»\n`);
    check('bepaling-dubbel', `## Artikel 1 – Contact\n1.1 Het terrein is open van tien tot zes. ${contact} ${after}\n\n## Artikel 2 – Gebruik\n2.1 ${usage} «${contact} ${after}»\n`);
  });

  // Two modules that each say what they govern: the common rules repeated in each are each module's own.
  const payment = 'De prijs wordt gefactureerd bij de bestelling en moet binnen veertien dagen na de factuurdatum zijn betaald.';
  it('leaves a rule alone that is repeated in parts with scope statements of their own', () => {
    check('bepaling-dubbel', `## Artikel 1 – Cursussen\nVoor de cursussen die wij geven gelden de volgende voorwaarden:\n1.1 ${payment}\n\n## Artikel 2 – Workshops\nVoor de workshops die wij geven gelden de volgende voorwaarden:\n2.1 ${payment}\n`);
    check('bepaling-dubbel', `## Artikel 1 – Cursussen\nDeze module is van toepassing op cursussen.\n1.1 Wij sturen de cursusstof vooraf toe. ${payment}\n\n## Artikel 2 – Workshops\nDeze module is van toepassing op workshops.\n2.1 Wij zorgen voor koffie en thee. ${payment}\n`);
  });

  it('fires on the same rule in parts without scope statements, or with the same one', () => {
    check('bepaling-dubbel', `## Artikel 1 – Cursussen\nWij geven cursussen in het hele land.\n1.1 ${payment}\n\n## Artikel 2 – Workshops\nWij geven ook workshops.\n2.1 «${payment}»\n`);
    check('bepaling-dubbel', `## Artikel 1 – Cursussen\nVoor de cursussen die wij geven gelden de volgende voorwaarden:\n1.1 ${payment}\n1.2 «${payment}»\n`);
  });

  it('reads a sentence whole where the piece limit of a long paragraph cut it', () => {
    // Short sentences (too short to compare) fill the paragraph up to just before the limit of 1,500.
    const long = 'Wij werken zorgvuldig. '.repeat(60);
    const rule = 'Klant mag de inloggegevens van de dienst niet aan anderen doorgeven en is aansprakelijk voor elk gebruik dat met zijn inloggegevens wordt gemaakt, ook als hij dat gebruik niet heeft toegestaan of niet kende.';
    check('bepaling-dubbel', `## Artikel 1 – Dienst\n1.1 ${long}${rule}\n\n## Artikel 2 – Toegang\n2.1 Het terrein is open van tien tot zes. «${rule}»\n`);
  });
});

describe('bepaling-dubbel: clauses with the same signature', () => {
  it('compares clauses in full when only their ends agree', () => {
    const a = 'Leverancier zal zich inspannen om de dienst zonder onderbreking te leveren maar biedt op dit punt geen enkele garantie aan Opdrachtgever.';
    const b = a.replace('zonder onderbreking', 'met de nodige zorg');
    check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 ${a}\n1.2 ${b}\n\n## Artikel 2 – Twee\n2.1 «${b}»\n2.2 «${a}»\n`);
  });

  it('tells clauses with colliding hashes apart by their keys', () => {
    // Two different keys with one FNV-1a hash (found by a search over random words).
    const pair = ['Een twee drie vier vijf zes zeven orflii bvqoib', 'Een twee drie vier vijf zes zeven ejqfap autwsa'];
    assert.equal(hashKey(normaliseClause(pair[0])), hashKey(normaliseClause(pair[1])));
    assert.notEqual(normaliseClause(pair[0]), normaliseClause(pair[1]));
    const [a, b2] = pair;
    check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 ${a}.\n1.2 ${b2}.\n1.3 «${b2}.»\n1.4 «${a}.»\n`);
  });
});

describe('bepaling-dubbel: a standard provision stated again in other words', () => {
  const head = (n: number, title: string) => `## Artikel ${n} – ${title}\n`;
  it('fires on a second statement of a best-efforts obligation, in another article and other words', () => {
    const found = check(
      'bepaling-dubbel',
      `${head(2, 'Uitvoering')}2.1 Leverancier neemt bij zijn werk een inspanningsverbintenis op zich; een bepaald resultaat garandeert hij niet.\n\n` +
        `${head(9, 'Aansprakelijkheid')}9.1 «Het advies wordt met zorg en naar beste kunnen gegeven op basis van een inspanningsverplichting.» Leverancier is niet aansprakelijk voor indirecte schade.\n`,
    );
    assert.match(found[0].message.nl, /inspanningsverbintenis.*2\.1/);
    assert.match(found[0].message.en, /best efforts.*2\.1/);
    assert.equal(found[0].related?.length, 1);
  });

  it('fires on a second rule that the terms can only be departed from in writing, in the same article', () => {
    check(
      'bepaling-dubbel',
      `${head(1, 'Toepasselijkheid')}Deze voorwaarden gelden voor elke offerte van Leverancier, voor zover partijen daarvan niet uitdrukkelijk en schriftelijk zijn afgeweken.\n\n` +
        'De toepasselijkheid van inkoopvoorwaarden van Klant wordt van de hand gewezen.\n\n«Afwijkingen van deze algemene voorwaarden binden Leverancier alleen als zij die schriftelijk heeft aanvaard.»\n',
    );
  });

  it('fires on the governing law, the void-provision rule and the rejection of other terms stated twice', () => {
    check('bepaling-dubbel', `${head(1, 'Algemeen')}1.1 Op elke overeenkomst met Leverancier is Nederlands recht van toepassing.\n\n${head(12, 'Geschillen')}12.1 «Deze voorwaarden en de overeenkomst worden beheerst door het Nederlandse recht.»\n`);
    check(
      'bepaling-dubbel',
      `${head(1, 'Algemeen')}1.1 Als een bepaling van deze voorwaarden nietig blijkt, blijven de overige bepalingen volledig van kracht.\n\n` +
        `${head(14, 'Slot')}14.1 «Wordt een bepaling vernietigd, dan gelden de overige bepalingen onverkort en vervangen partijen de vernietigde bepaling.»\n`,
    );
    check(
      'bepaling-dubbel',
      `${head(1, 'Algemeen')}1.1 Algemene voorwaarden van Klant worden uitdrukkelijk uitgesloten.\n\n${head(14, 'Slot')}14.1 «De toepasselijkheid van inkoopvoorwaarden van Klant wordt van de hand gewezen, ook als Klant die later stuurt.»\n`,
    );
  });

  it('fires on force majeure extending the term, unworkable days and a retention of title stated twice', () => {
    check(
      'bepaling-dubbel',
      `${head(4, 'Uitvoering')}4.1 Kan van de aannemer door overmacht of door wijzigingen die de opdrachtgever verlangt niet worden gevergd dat hij het werk op tijd oplevert, dan heeft hij recht op termijnverlenging.\n\n` +
        `${head(10, 'Termijnen')}10.1 «De aannemer heeft recht op verlenging van de opleveringstermijn wanneer hij het werk door overmacht niet binnen die termijn kan opleveren.»\n`,
    );
    check(
      'bepaling-dubbel',
      `${head(4, 'Bouwtijd')}4.1 Een werkdag wordt als onwerkbaar beschouwd wanneer door vorst of regen ten minste vijf uren niet kan worden gewerkt.\n\n` +
        `${head(10, 'Werkdagen')}10.1 Onder werkdag wordt verstaan elke dag behalve zaterdag en zondag. «Een dag geldt als onwerkbare werkdag als de ploeg door het weer ten minste vijf uren stil ligt.»\n`,
    );
    check(
      'bepaling-dubbel',
      `${head(5, 'Levering')}5.1 De geleverde zaken blijven eigendom van Verkoper totdat Koper de koopprijs volledig heeft betaald.\n\n` +
        `${head(9, 'Eigendom')}9.1 «Alle zaken blijven het eigendom van Verkoper tot volledige betaling van wat Koper verschuldigd is.»\n`,
    );
  });

  it('leaves alone force majeure without an extension, and property without a condition of payment', () => {
    check('bepaling-dubbel', `${head(4, 'Uitvoering')}4.1 Bij overmacht heeft de aannemer recht op termijnverlenging.\n\n${head(11, 'Ontbinding')}11.1 Duurt de overmacht langer dan drie maanden, dan mag elke partij de overeenkomst ontbinden.\n11.2 Bij te late betaling heeft de aannemer recht op verlenging van de opleveringstermijn.\n`);
    check('bepaling-dubbel', `${head(5, 'Levering')}5.1 De geleverde zaken blijven eigendom van Verkoper totdat Koper heeft betaald.\n\n${head(8, 'Ontwerpen')}8.1 Tekeningen en ontwerpen blijven eigendom van Verkoper, ook nadat Koper ze heeft betaald.\n`);
  });

  it('leaves alone a condition, an exception, another law and one paragraph that states and explains', () => {
    // A condition that names the obligation is no statement of it; "geen" says the opposite.
    check('bepaling-dubbel', `${head(2, 'Uitvoering')}2.1 Leverancier neemt een inspanningsverbintenis op zich.\n\n${head(5, 'Oplevering')}5.1 Indien sprake is van een inspanningsverbintenis, meldt Leverancier vertraging direct.\n5.2 Voor de oplevering van de website is geen inspanningsverbintenis maar een resultaatsverbintenis overeengekomen.\n`);
    // "In afwijking van deze voorwaarden" makes an exception; it does not restate the rule on departing from them.
    check('bepaling-dubbel', `${head(1, 'Toepasselijkheid')}1.1 Van deze voorwaarden kan alleen schriftelijk worden afgeweken.\n\n${head(6, 'Betaling')}6.1 In afwijking van deze voorwaarden kan Klant schriftelijk om betaling in termijnen vragen.\n`);
    // Another country's law for another matter is another provision.
    check('bepaling-dubbel', `${head(1, 'Algemeen')}1.1 Op de overeenkomst is Nederlands recht van toepassing.\n\n${head(8, 'Licentie')}8.1 Op de licentie van de toeleverancier is Belgisch recht van toepassing.\n`);
    // Stated and explained in one paragraph: said once.
    check('bepaling-dubbel', `${head(2, 'Uitvoering')}2.1 Leverancier neemt een inspanningsverbintenis op zich. De dienst is dus een inspanningsverbintenis en geen resultaatsverbintenis.\n`);
  });
});
