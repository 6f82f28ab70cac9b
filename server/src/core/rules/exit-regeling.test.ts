import * as assert from 'node:assert/strict';
import { analyze } from '../analyzer';
import { applyFix, check } from '../testing/check';

const articles = (extra: string) =>
  [
    '# Algemene voorwaarden',
    '## Artikel 1 – Toepasselijkheid',
    '1.1 Deze voorwaarden gelden voor iedere Overeenkomst.',
    '## Artikel 2 – Dienst',
    `2.1 ${extra}`,
    '## Artikel 3 – Betaling',
    '3.1 Opdrachtgever betaalt binnen dertig (30) dagen.',
    '## Artikel 4 – Aansprakelijkheid',
    '4.1 Leverancier is aansprakelijk volgens de wet.',
    '## Artikel 5 – Recht',
    '5.1 Op de Overeenkomst is Nederlands recht van toepassing.',
    '',
  ].join('\n');

describe('exit-regeling', () => {
  it('fires on a SaaS or cloud draft without an exit clause, in both audiences', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      check('exit-regeling', articles('Leverancier levert de «clouddienst» aan Opdrachtgever.'), { audience });
      check('exit-regeling', articles('Leverancier biedt de software aan als «SaaS».'), { audience });
    }
  });

  it('stays quiet with an exit clause', () => {
    check('exit-regeling', articles('Leverancier levert de clouddienst. Na het einde van de Overeenkomst kan Opdrachtgever de Gegevens nog dertig (30) dagen exporteren.'));
    check('exit-regeling', articles('Leverancier levert de clouddienst. Bij beëindiging stelt Leverancier een kopie van de gegevens beschikbaar.'));
  });

  it('stays quiet for services that hold no data, and for fragments', () => {
    check('exit-regeling', articles('Leverancier geeft advies over de inrichting van de organisatie.'));
    check('exit-regeling', '## Artikel 1 – Dienst\n1.1 Leverancier levert de clouddienst.\n');
  });

  it('does not read a word in a party name as the service ("Voorbeeld Cloud B.V.")', () => {
    check('exit-regeling', articles('Voorbeeld Cloud B.V. geeft advies over de inrichting van de organisatie.'));
    check('exit-regeling', articles('Hosting Partners N.V. geeft advies; Leverancier levert daarnaast de «clouddienst».'));
  });

  it('does not read a tool the user works with as the service it provides', () => {
    check('exit-regeling', articles('Leverancier geeft advies; berichten lopen via de online platforms die wij gebruiken om te communiceren.'));
    check('exit-regeling', articles('Leverancier levert de «clouddienst» die wij hebben ontwikkeld.'));
  });

  it('does not read the first part of a compound naming the user\'s own suppliers as the service', () => {
    check('exit-regeling', articles('Leverancier geeft advies. Storingen bij hosting- of netwerkleveranciers gelden als overmacht.'));
    check('exit-regeling', articles('Leverancier geeft advies en werkt met hosting- en netwerkpartners.'));
    // The service itself, written as such a compound's first part with another head, is still the service.
    check('exit-regeling', articles('Leverancier levert «hosting»- en onderhoudsdiensten aan Opdrachtgever.'));
  });

  it('offers the library exit clause as the next article, which settles the finding', () => {
    const text = articles('Leverancier levert de clouddienst aan Opdrachtgever.');
    const [f] = analyze(text).findings.filter((x) => x.ruleId === 'exit-regeling');
    const fixed = applyFix(text, f);
    // No blank lines between the articles, and "Gegevens" is no term of this draft: written as a plain word.
    assert.match(fixed.slice(text.length), /^## Artikel 6 – Exit en teruggave van gegevens\n6\.1 Opdrachtgever kan de gegevens /);
    assert.equal(analyze(fixed).findings.filter((x) => x.ruleId === 'exit-regeling').length, 0);
  });

  it('does not count a confidentiality clause as an exit clause', () => {
    check('exit-regeling', articles('Leverancier levert de «clouddienst». Partijen houden gegevens geheim tot twee jaar na het einde van de Overeenkomst en stellen ze niet beschikbaar aan derden.'));
  });

  it('does not count a sentence that denies the exit, or a copy that is destroyed, as an exit clause', () => {
    // The finding sits at the sentence that denies the exit.
    check('exit-regeling', articles('Leverancier levert de clouddienst. «Bij beëindiging mag Leverancier alle gegevens wissen en is hij niet verplicht Opdrachtgever een kopie van de gegevens te geven.»'));
    check('exit-regeling', articles('Leverancier levert de clouddienst. «Bij het einde van de Overeenkomst is Opdrachtgever zelf verantwoordelijk voor het exporteren van zijn gegevens.»'));
    check('exit-regeling', articles('Leverancier levert de clouddienst. «Na beëindiging vernietigt Leverancier alle gegevens en kopieën daarvan.»'));
    // Sentences end at a semicolon and at a line break too: the denying one is found among others that
    // speak of data, after those others, the semicolon with it.
    check('exit-regeling', articles('Leverancier levert de clouddienst. De gegevens staan in Nederland; «na het einde mag Leverancier de data wissen;» de documenten blijven\nvan Opdrachtgever en na afloop mag hij zijn bestanden wissen.'));
    // Returned first, then destroyed: an exit clause.
    check('exit-regeling', articles('Leverancier levert de clouddienst. Na beëindiging geeft Leverancier de gegevens terug en vernietigt hij daarna alle kopieën.'));
  });

  it('reads a compound such as "hostingovereenkomst" as a hosted service', () => {
    check('exit-regeling', articles('Alle «hostingovereenkomsten» worden voor een jaar aangegaan.'));
  });

  it('reads a long draft whose articles the parser does not number as full terms', () => {
    const body = Array.from({ length: 60 }, (_, i) => `Afspraak ${i + 1}: Leverancier en Opdrachtgever werken samen.`).join('\n');
    check('exit-regeling', `Voorwaarden\n\nLeverancier levert de «clouddienst» aan Opdrachtgever.\n${body}\n`);
  });

  it('stays quiet on a licence for software the customer installs, even where it may also be hosted by others', () => {
    const licence = (extra: string) =>
      articles(extra).replace('# Algemene voorwaarden', '# Licentievoorwaarden voor de Software').replace('Deze voorwaarden gelden', 'Deze licentievoorwaarden gelden');
    check('exit-regeling', licence('Licentienemer mag de Software op eigen servers installeren of als gehoste dienst laten gebruiken.'));
    check('exit-regeling', licence('De licentie geldt per geïnstalleerd exemplaar; een exemplaar mag ook in de cloud van een partner draaien.'));
    // The licensor's own SaaS holds the customer's data after all.
    check('exit-regeling', licence('Licentienemer mag de Software installeren, of afnemen als «SaaS» van Leverancier.'));
    // The same words in general terms of a hosting supplier: a service that holds data.
    check('exit-regeling', articles('Opdrachtgever mag de Software op eigen servers installeren of als «gehoste» dienst laten gebruiken.'));
    // Not a licence: installation work does not make a hosting service any less one.
    check('exit-regeling', articles('Leverancier verzorgt de installatie en de «hosting» van de website.'));
  });

  it('sits at the clause that denies the exit, where the draft has one', () => {
    check('exit-regeling', articles('Leverancier levert de hostingdienst. «Na afloop van het abonnement heeft Opdrachtgever geen toegang meer tot zijn bestanden.»'));
    // A confidentiality clause that speaks of the end is no denial: the finding stays at the service.
    check('exit-regeling', articles('Leverancier levert de «clouddienst». Partijen houden gegevens geheim tot na het einde van de Overeenkomst en zijn niet verplicht ze te delen.'));
    const text = articles('Leverancier levert de clouddienst. Na beëindiging vernietigt Leverancier alle gegevens.');
    const [f] = analyze(text).findings.filter((x) => x.ruleId === 'exit-regeling');
    assert.equal(text.slice(f.span.start, f.span.end), 'Na beëindiging vernietigt Leverancier alle gegevens.');
    assert.match(f.message.nl, /laat de leverancier de gegevens bij het einde wissen of achterhouden/);
    assert.match(f.message.en, /lets the supplier wipe or withhold the data/);
  });

  it('reads a website or webshop the customer must move itself at the end as a denied exit', () => {
    check('exit-regeling', articles('Leverancier levert de hostingdienst. «Bij beëindiging van de Overeenkomst is Opdrachtgever zelf verantwoordelijk voor de transfer van zijn website naar een andere partij.»'));
    check('exit-regeling', articles('Leverancier levert de hostingdienst. «Na het einde van het abonnement staat Opdrachtgever zelf in voor het verhuizen van de webshop.»'));
    const text = articles('Leverancier levert de hostingdienst. Na het einde van het abonnement staat Opdrachtgever zelf in voor het verhuizen van de webshop.');
    const [f] = analyze(text).findings.filter((x) => x.ruleId === 'exit-regeling');
    assert.match(f.message.nl, /laat de klant er zelf voor zorgen/);
  });

  it('counts moving the website at the end as an exit clause, but not the supplier\'s website where something is available', () => {
    check('exit-regeling', articles('Leverancier levert de hostingdienst. Bij beëindiging verhuist Leverancier de website op verzoek naar een andere hostingpartij.'));
    check('exit-regeling', articles('Leverancier levert de hostingdienst. Bij beëindiging wordt de webshop op verzoek overgedragen aan de opvolgende partij.'));
    check('exit-regeling', articles('Leverancier levert de «hostingdienst». Na beëindiging blijven de tarieven beschikbaar op de website van Leverancier.'));
  });

  it('sits at the title of the article on duration and termination when the draft has no exit clause at all', () => {
    const draft = (title: string) =>
      articles('Leverancier levert de clouddienst aan Opdrachtgever.').replace(
        '## Artikel 3 – Betaling\n3.1 Opdrachtgever betaalt binnen dertig (30) dagen.',
        `## Artikel 3 – ${title}\n3.1 De Overeenkomst duurt een jaar en wordt daarna stilzwijgend verlengd.`,
      );
    check('exit-regeling', draft('«Duur en beëindiging»'));
    check('exit-regeling', draft('«Einde van de overeenkomst»'));
    check('exit-regeling', draft('«Opzegging»'));
    check('exit-regeling', draft('«Looptijd»'));
    // A title on termination before one on duration alone.
    check('exit-regeling', draft('Duur').replace('## Artikel 4 – Aansprakelijkheid', '## Artikel 4 – «Beëindiging»'));
    // No such article: the finding stays at the first sign of the service.
    check('exit-regeling', draft('Verlenging').replace('levert de clouddienst', 'levert de «clouddienst»'));
    // A duration word inside another word is no such title.
    check('exit-regeling', draft('Duurzaamheid').replace('levert de clouddienst', 'levert de «clouddienst»'));
  });
});
