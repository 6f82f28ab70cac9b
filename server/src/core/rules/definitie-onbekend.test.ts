import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFix, check, unmark } from '../testing/check';
import { analyze } from '../analyzer';
import { candidates, isNameByForm, nearForm } from './definitie-onbekend';
import { isDeterminer, isSentenceStart, wordBefore } from '../model/definitions';
import { runs } from '../testing/fuzz';
import { isNameAfterCapitalArticle, isSurnameAfterParticle } from '../text/properNames';

const DEFS = '## Artikel 1 – Definities\n- **Klant**: de wederpartij;\n- **Dienst**: de dienst van Leverancier.\n\n';

describe('definitie-onbekend', () => {
  it('fires on a capitalised term used like a defined term, once per term', () => {
    check('definitie-onbekend', DEFS + '## Artikel 2 – Gebruik\n2.1 De Klant gebruikt de «Licentie» alleen voor eigen doeleinden; de Licentie is persoonlijk.\n2.2 Iedere «Gebruiker» krijgt een account.\n');
    // Its plural is the same term: one finding, whichever form comes first.
    check('definitie-onbekend', DEFS + '## Artikel 2 – Gebruik\n2.1 De Klant neemt de «Licentie» af; alle Licenties zijn persoonlijk.\n2.2 De «Toegangspassen» zijn persoonlijk; een Toegangspas is niet overdraagbaar.\n');
  });

  it('takes a capitalised unit of measure for no term, but still reports a term that only resembles one', () => {
    const defs = 'Artikel 1 Definities\nKlant: de afnemer van de Installatie.\nInstallatie: het systeem dat Leverancier plaatst.\n\n';
    check('definitie-onbekend', defs + 'Artikel 2 Vermogen\nHet vermogen wordt uitgedrukt in de Wattpiek van de panelen. De Klant betaalt per geleverde Kilowattuur, en voor elke Megawatturen meer een toeslag; de opslag omvat de Gigabytes van de Installatie.\n');
    check('definitie-onbekend', defs + 'Artikel 2 Vermogen\nHet vermogen wordt gemeten door de «Wattmeter» van de Installatie, die de Klant afleest.\n');
    // Without a prefix, a unit that is also an ordinary noun stays a possible term ("de Meter": the device).
    check('definitie-onbekend', defs + 'Artikel 2 Meting\nHet verbruik wordt gemeten door de «Meter» van de Installatie.\n');
  });

  it('shows the finding where the draft first uses the word, also without a determiner', () => {
    check('definitie-onbekend', DEFS + '## Artikel 2 – Gebruik\n2.1 Opdrachtgever betaalt aan «Opdrachtnemer» binnen dertig dagen.\n2.2 Daarna levert de Opdrachtnemer zijn werk.\n');
    // Sentence starts and headings before it are no such use.
    check('definitie-onbekend', DEFS + '## Artikel 2 – Opdrachtnemer\n2.1 Opdrachtnemer levert; Opdrachtnemer betaalt niet.\n2.2 Daarna levert de «Opdrachtnemer» zijn werk.\n');
  });

  it('names the defined term an undefined word misspells, and offers to write it everywhere', () => {
    const defs = '## Artikel 1 – Definities\n- **Bijbestelling**: een bestelling na de eerste;\n- **Opdrachtgever**: de wederpartij.\n\n';
    const marked = defs + '## Artikel 2 – Levering\n2.1 Opdrachtgever betaalt de «Bijstellingen» vooraf. Bijstellingen worden apart gefactureerd.\n';
    const [f] = check('definitie-onbekend', marked);
    assert.match(f.message.nl, /verschrijving van het gedefinieerde begrip "Bijbestellingen"/);
    assert.ok(applyFix(unmark(marked).text, f).endsWith('betaalt de Bijbestellingen vooraf. Bijbestellingen worden apart gefactureerd.\n'));
    // Two changed letters are another word: the plain message, and no such fix.
    const [other] = check('definitie-onbekend', defs + '## Artikel 2 – Levering\n2.1 De «Opdrachtnemer» levert aan Opdrachtgever.\n');
    assert.doesNotMatch(other.message.nl, /verschrijving/);
  });

  it('reports a defined term of several words with a capitalised word put in between, once per variant', () => {
    const defs = '## Artikel 1 – Definities\n- **Acme Voorwaarden**: deze voorwaarden;\n- **Acme Overeenkomst**: de overeenkomst tussen Acme en Klant;\n- **Klant**: de wederpartij.\n\n';
    const marked =
      defs +
      '## Artikel 2 – Gebruik\n2.1 De Klant volgt de «Acme Online Voorwaarden» en de Acme Voorwaarden.\n2.2 De «Acme Online Overeenkomst» loopt een jaar; de Acme Online Overeenkomst is persoonlijk.\n';
    const [f] = check('definitie-onbekend', marked);
    assert.match(f.message.nl, /variant van het gedefinieerde begrip "Acme Voorwaarden"/);
    assert.ok(applyFix(unmark(marked).text, f).includes('2.1 De Klant volgt de Acme Voorwaarden en de Acme Voorwaarden.'));
    // A variant the draft defines, or one named after its owner (another document): no finding.
    const own = '## Artikel 1 – Definities\n- **Acme Voorwaarden**: deze voorwaarden;\n- **Acme Online Voorwaarden**: de voorwaarden van de webwinkel.\n\n';
    check('definitie-onbekend', own + '## Artikel 2 – Gebruik\n2.1 De Acme Online Voorwaarden gelden naast de Acme Voorwaarden.\n');
    check('definitie-onbekend', defs + '## Artikel 2 – Gebruik\n2.1 De Acme Inkoop Voorwaarden van de Klant gelden niet; de Acme Voorwaarden wel.\n');
  });

  it('two titles joined by "en" are no name: the first use is shown there', () => {
    check('definitie-onbekend', DEFS + '## Artikel 2 – Rol\n2.1 Mijn rol is die van «Mentor» en Adviseur, geen beschermde titel.\n2.2 Voor een Mentor geldt geen tuchtrecht.\n');
    // "&" still joins the parts of a name.
    check('definitie-onbekend', DEFS + '## Artikel 2 – Rol\n2.1 Het advies komt van de Mentor & Adviseur.\n2.2 De Klant betaalt vooraf.\n');
  });

  it('offers a definition stub in the definitions article, in its style', () => {
    const marked = DEFS + '## Artikel 2 – Gebruik\n2.1 De Klant gebruikt de «Licentie» alleen zelf.\n';
    const [f] = check('definitie-onbekend', marked);
    // The list is not alphabetical: the entry goes last, takes the list's full stop, and the old last entry the separator.
    assert.match(applyFix(unmark(marked).text, f), /- \*\*Dienst\*\*: de dienst van Leverancier;\n- \*\*Licentie\*\*: \[omschrijving\]\.\n\n## Artikel 2/);
  });

  const LETTERED = [
    '## Artikel 1 – Begrippen',
    '1.1 In deze voorwaarden wordt verstaan onder:',
    'a. Dienst: de dienst die Leverancier levert;',
    'b. Klant: de wederpartij van Leverancier;',
    'c. Prijs: de vergoeding voor de Dienst.',
    '',
    '## Artikel 2 – Gebruik',
    '2.1 De Klant betaalt de Prijs en gebruikt de Dienst en de Licentie alleen zelf.',
    '2.2 De Klant meldt een Storing direct.',
    '',
  ].join('\n');
  const stub = (text: string, term: string) => {
    const f = analyze(text).findings.find((x) => x.ruleId === 'definitie-onbekend' && text.slice(x.span.start, x.span.end) === term)!;
    return { f, fixed: applyFix(text, f) };
  };

  it('adds the definition where the alphabet puts it, with the next letter, and renumbers the entries after it', () => {
    const { fixed } = stub(LETTERED, 'Licentie');
    assert.match(fixed, /b\. Klant: de wederpartij van Leverancier;\nc\. Licentie: \[omschrijving\];\nd\. Prijs: de vergoeding voor de Dienst\.\n/);
    // The definition is gone from the findings; the placeholder takes its place until it is filled in.
    const after = analyze(fixed).findings.map((x) => `${x.ruleId} ${fixed.slice(x.span.start, x.span.end)}`);
    assert.deepEqual(after.filter((x) => !x.endsWith('Storing')), ['placeholder [omschrijving]']);
  });

  it('adds a term after the last entry as the new last one, which takes the full stop', () => {
    const { fixed } = stub(LETTERED, 'Storing');
    assert.match(fixed, /c\. Prijs: de vergoeding voor de Dienst;\nd\. Storing: \[omschrijving\]\.\n\n## Artikel 2/);
  });

  it('adds after a last definition that runs over two lines, not inside it', () => {
    const text = LETTERED.replace('c. Prijs: de vergoeding voor de Dienst.', 'c. Prijs: de vergoeding voor de Dienst,\n   zoals de offerte die noemt.');
    const { fixed } = stub(text, 'Storing');
    assert.match(fixed, /c\. Prijs: de vergoeding voor de Dienst,\n   zoals de offerte die noemt;\nd\. Storing: \[omschrijving\]\.\n/);
  });

  it('writes the term with its capital everywhere when it adds the definition', () => {
    const text = LETTERED.replace('2.2 De Klant meldt een Storing direct.', '2.2 De Klant meldt een Storing direct; de Storing en elke storing worden hersteld.');
    const { fixed } = stub(text, 'Storing');
    assert.match(fixed, /d\. Storing: \[omschrijving\]\./);
    assert.match(fixed, /de Storing en elke Storing worden/);
    assert.deepEqual(analyze(fixed).findings.filter((x) => x.ruleId !== 'placeholder' && !/Licentie/.test(fixed.slice(x.span.start, x.span.end))).map((x) => x.ruleId), []);
  });

  it('offers the lower case instead of a definition for a word the draft mostly writes in lower case', () => {
    const text = LETTERED.replace('2.2 De Klant meldt een Storing direct.', '2.2 De Klant meldt een Storing direct; elke storing wordt hersteld.\n2.3 Een storing buiten kantoortijd telt vanaf de volgende Werkdag.\nStoring: dit kopje blijft.');
    const { f, fixed } = stub(text, 'Storing');
    assert.deepEqual(f.fixes!.map((x) => x.title.en), ['Write "Storing" in lower case']);
    assert.match(fixed, /meldt een storing direct; elke storing/);
    // The capital a sentence start asks for stays.
    assert.match(fixed, /\nStoring: dit kopje blijft\./);
    assert.deepEqual(analyze(fixed).findings.filter((x) => /Storing|storing/.test(fixed.slice(x.span.start, x.span.end))), []);
  });

  it('numbers a definition in a numbered list, and selects the placeholder once applied', () => {
    const numbered = LETTERED.replace('a. Dienst', '1. Dienst').replace('b. Klant', '2. Klant').replace('c. Prijs', '3. Prijs');
    const { f, fixed } = stub(numbered, 'Licentie');
    assert.match(fixed, /2\. Klant: de wederpartij van Leverancier;\n3\. Licentie: \[omschrijving\];\n4\. Prijs: /);
    const [fix] = f.fixes!;
    const { edit, start, end } = fix.reveal!;
    assert.equal(fix.edits[edit].newText.slice(start, end), '[omschrijving]');
  });

  it('stays quiet on sentence starts, headings, names, months, abbreviations, addresses and defined terms', () => {
    check(
      'definitie-onbekend',
      DEFS +
        '## Artikel 2 – Toepasselijk Recht\n' +
        '2.1 Op de Dienst is Nederlands recht van toepassing. Geschillen gaan naar de Rechtbank Amsterdam of de Kamer van Koophandel.\n' +
        '2.2 De Klant: Betaling geschiedt in Januari; zie de AVG en de Europese Unie, gevestigd aan het Zuiderkruis 29.\n' +
        '2.3 Leverancier kan de Diensten van de Klanten opschorten; a) Opschorting geschiedt schriftelijk.\n' +
        '2.4 Microsoft Azure levert de opslag, zoals de Belastingdienst weet; ingeschreven in het Handelsregister onder nummer 1.\n' +
        '2.5 De Klantgegevens en de Dienstverlening volgen de Dienst.\n',
    );
  });

  it('reads a plain-text heading in title case as a heading, not as a use of its capitalised words', () => {
    const defs = 'Algemene voorwaarden\n\n1. Toepasselijkheid\nDeze voorwaarden gelden voor iedere afnemer (hierna: de "Klant").\n\n';
    // "5. Planning en Annuleringen": every word but the small ones capitalised, on a line of its own.
    check('definitie-onbekend', defs + '2. Planning en Annuleringen\n- De Klant annuleert tijdig; een annulering kost niets.\n\n3. Betaling en Kosten\n- De kosten staan in de offerte.\n');
    // The same word in running text is still reported.
    check('definitie-onbekend', defs + '2. Planning en Annuleringen\n- De Klant meldt «Annuleringen» schriftelijk.\n');
  });
});

describe('definitie-onbekend: a misspelt defined term', () => {
  const forms = new Map([['bijbestelling', 'Bijbestelling'], ['bijbestellingen', 'Bijbestellingen'], ['licentie', 'Licentie'], ['opdrachtgever', 'Opdrachtgever']]);
  it('finds the form one letter off, or two letters added or dropped in a long word', () => {
    assert.equal(nearForm('Licntie', forms), 'Licentie');
    assert.equal(nearForm('Lcientie', forms), 'Licentie');
    assert.equal(nearForm('Licenctie', forms), 'Licentie');
    assert.equal(nearForm('Licenzie', forms), 'Licentie');
    assert.equal(nearForm('Bijstellingen', forms), 'Bijbestellingen');
  });
  it('finds none two changes away, for a short word, or near two terms', () => {
    assert.equal(nearForm('Opdrachtnemer', forms), undefined);
    assert.equal(nearForm('Lcientei', forms), undefined);
    assert.equal(nearForm('Licen', forms), undefined);
    assert.equal(nearForm('Licentie', forms), undefined);
    assert.equal(nearForm('Klant', new Map([['klant', 'Klant']])), undefined);
    assert.equal(nearForm('Kopel', new Map([['koper', 'Koper'], ['kopen', 'Kopen']])), undefined);
  });
});

describe('definitie-onbekend: words capitalised for another reason', () => {
  const body = (s: string) => DEFS + '## Artikel 2 – Gebruik\n2.1 ' + s + '\n';

  it('skips statutes, places, countries and their adjectives, by their form', () => {
    check('definitie-onbekend', body('De Klant volgt de Telecomwet, de Auteurswet en het Arbeidstijdenbesluit; de Klant in de Randstad of het Belgisch recht.'));
    check('definitie-onbekend', body('De Klant levert in het Midden-Oosten en de Australische markt.'));
    assert.ok(isNameByForm('Mededingingswet') && isNameByForm('Groningen') && isNameByForm('Belgische'));
    assert.ok(!isNameByForm('Licentie') && !isNameByForm('Wet'.slice(0, 2)));
  });

  it('skips a compound that takes its capital from a name before the hyphen', () => {
    check('definitie-onbekend', body('De software van Acmesoft werkt volgens de Acmesoft-handleidingen; de Klant volgt die.'));
    // A first part the draft writes nowhere on its own, or only after a determiner (a term, not a name): reported.
    check('definitie-onbekend', body('De software werkt volgens de «Acmesoft-handleidingen»; de Klant volgt die.'));
    check('definitie-onbekend', body('De Klant huurt de «Werkplek» en volgt de «Werkplek-instructies».'));
  });

  it('skips an organisation, named before its legal form somewhere in the draft', () => {
    check('definitie-onbekend', body('Voorbeeldsoft B.V. levert de Dienst. De verplichtingen van de Voorbeeldsoft blijven bestaan.'));
    // Without the legal form the same word is reported.
    check('definitie-onbekend', body('De verplichtingen van de «Voorbeeldsoft» blijven bestaan.'));
  });

  it('skips a word in quotation marks: it is named or introduced, not used', () => {
    check('definitie-onbekend', body('Een “Volledige licentie” is een licentie voor één persoon; een \'Beperkte licentie\' niet.'));
  });

  it('skips a word that stands alone on its line as a title ("1.3 Dienst", "a. De Organisatie")', () => {
    check('definitie-onbekend', body('De Klant leest.\n1.3 Levering\nDe levering geschiedt franco.\na. De Organisatie\nDe organisator van het evenement.'));
    check('definitie-onbekend', body('De Klant leest de «Levering» vooraf.\n1.3 Levering\nDe levering geschiedt franco.'));
  });

  it('knows a word the draft introduces in quotation marks anywhere, also in the plural', () => {
    check('definitie-onbekend', body('Leverancier en de koper (hierna samen te noemen: “Wederpartij”) sluiten af. De Wederpartij betaalt; alle Wederpartijen tekenen.'));
  });

  it('skips the name of another document, product or body: abbreviated in brackets, or owned by a name', () => {
    // Introduced with its abbreviation, the word is a name wherever the draft uses it.
    check('definitie-onbekend', body('Toegangspassen (TP’s en GP’s) zijn nodig. De Klant neemt een Toegangspas af voor elke medewerker.'));
    // "de X voor/van" a name of two capitalised words or an organisation: a document of someone else.
    check('definitie-onbekend', body('Zie de Productgids voor Acme Kantoor. De tabellen in Bijlage A van de Productgids tellen niet mee.'));
    check('definitie-onbekend', body('Voorbeeldsoft B.V. stelt regels. Het Huisreglement van Voorbeeldsoft geldt; de Klant leest het Huisreglement.'));
    // A title read up to its abbreviation names that instrument there, and only there.
    check('definitie-onbekend', body('Zie artikel 3 van de Conventie inzake de handel in bedreigde soorten (CITES).'));
    check('definitie-onbekend', body('Zie artikel 3 van de Conventie inzake de handel in bedreigde soorten (CITES). De «Conventie» geldt voor de Klant.'));
    // The title of a document by its last part.
    check('definitie-onbekend', body('De Klant aanvaardt de Leveringsvoorwaarden, het Klachtenreglement en de Privacyverklaring.'));
  });

  it('still reports a word owned by a single-word name, or not abbreviated, or not a title by its form', () => {
    check('definitie-onbekend', body('De «Productgids» geldt voor de Klant. Zie de Productgids voor Acme.'));
    check('definitie-onbekend', body('De «Toegangspas» (zie hierna) is persoonlijk; een Toegangspas ook.'));
    check('definitie-onbekend', body('De Klant leest de «Handleiding» en de Leveringsvoorwaarden.'));
  });

  it('knows a term the draft says is described in another document it names', () => {
    check('definitie-onbekend', body('De Klant krijgt het Basispakket, zoals beschreven in de Productgids voor Acme Kantoor. Het Basispakket is persoonlijk.'));
  });

  it('knows a compound built on a defined term, not one built on an ordinary word of the draft', () => {
    check('definitie-onbekend', body('De Klantgegevens en de Dienstomschrijving volgen de Dienst.'));
    // "dienstverlening" is an ordinary word of this draft: capitalised, it is no form of the term Dienst.
    check('definitie-onbekend', body('De Klant betaalt voor alle dienstverlening; de «Dienstverlening» volgt de Dienst.'));
  });

  it('says nothing where the draft takes its terms from another document it names', () => {
    const imported = '# Verwerkersovereenkomst\nAlle definities zoals omschreven in de algemene voorwaarden van Leverancier hebben in deze overeenkomst dezelfde betekenis.\n## Artikel 1 – Verwerking\n1.1 De Klant laat de Gegevens verwerken voor de Dienst.\n';
    check('definitie-onbekend', imported);
    check('definitie-onbekend', '# Verwerkersovereenkomst\n## Artikel 1 – Verwerking\n1.1 De «Klant» laat de «Gegevens» verwerken voor de «Dienst».\n');
  });
});

describe('definitie-onbekend: the candidate scanner read in place', () => {
  // The regex scan and filters the scanner replaces, as they were.
  const WORD = /[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{2,40}/g;
  const LETTER = /[A-Za-zÀ-ÖØ-öø-ÿ0-9]/;
  const PROPER_SAMPLE = new Set(['Nederland', 'Wet']);
  const partOfName = (text: string, start: number, end: number) => {
    const next = /^[ \t]{1,2}(?:(?:van|voor|der|den|de|en|&)[ \t]{1,2})?([A-ZÀ-Þ][\w.]*)/.exec(text.slice(end, end + 30));
    if (next) return true;
    const prev = /([A-ZÀ-Þ][\wÀ-ÿ]{0,30})[ \t]{1,2}(?:(?:van|voor|der|den|de)[ \t]{1,2})?$/.exec(text.slice(Math.max(0, start - 30), start));
    return !!prev && !isDeterminer(prev[1].toLowerCase());
  };
  const old = (text: string, known: Set<string>) => {
    const out: Array<[number, string]> = [];
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const at = m.index;
      const word = m[0].replace(/['’-]{1,40}$/, '');
      if (known.has(word) || PROPER_SAMPLE.has(word) || isNameByForm(word)) continue;
      if (text[at + word.length] === '-' && /[A-Z]/.test(text[at + word.length + 1] ?? '')) continue;
      if (['"', "'", '“', '‘', '„'].includes(text[at - 1])) continue;
      if (at > 0 && LETTER.test(text[at - 1])) continue;
      const after = text[at + m[0].length];
      if (after !== undefined && (LETTER.test(after) || (after === '.' && /[A-Z]/.test(text[at + m[0].length + 1] ?? '')))) continue;
      if (/^[ \t]{1,2}\d/.test(text.slice(at + m[0].length, at + m[0].length + 3))) continue;
      if (isSentenceStart(text, at)) continue;
      if (!isDeterminer(wordBefore(text, at))) continue;
      if (partOfName(text, at, at + m[0].length)) continue;
      if (isSurnameAfterParticle(text, at) || isNameAfterCapitalArticle(text, at)) continue;
      out.push([at, word]);
    }
    return out;
  };
  const piece = fc.constantFrom('de ', 'het ', 'A. ', 'mevrouw ', 'een ', 'Licentie', 'Telecomwet', 'Utrecht', '“', 'Oosten', 'Klant', 'Dienst', 'Nederland', 'Wet', 'Één', 'Ab', 'Abc', "Abc'", 'Abc’-', 'ABC', 'É', 'Ü', 'x', ' ', '\t', '\n', '\r\n', '.', '. ', ':', '(', '"', '1', ' 29', '  2', 'van ', 'ſ', 'K', 'İ', '\u{1F600}', 'ĳ', '-', "'", 'Zaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  const textArb = fc.oneof(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 60 }));

  it('finds what the regex scan and its filters found', () => {
    const known = new Set(['Klant', 'Dienst']);
    // PROPER is the rule's own list; the sample words in it behave the same.
    fc.assert(
      fc.property(textArb, (text) => {
        const got: Array<[number, string]> = [];
        candidates(text, 0, text.length, known, (i, w) => void got.push([i, w]));
        assert.deepEqual(got, old(text, known), JSON.stringify(text));
      }),
      { numRuns: runs(3000) },
    );
  });
});

describe('definitie-onbekend: parties named in the comparitie or a recital', () => {
  const head = (naming: string) => `De ondergetekenden:\n1. Proefbouw B.V., gevestigd te Voorbeeldstad,\n${naming}\n2. P. Proefmans, wonende te Voorbeelddorp,\nhierna te noemen: ‘Opdrachtnemer’;\n\n`;

  it('knows a party named there in any form, and still reports a word the draft names nowhere', () => {
    for (const naming of ["Hierna te noemen: 'Opdrachtgever'\u037e", 'hierna: “Opdrachtgever”,', '(hierna genoemd ‚Opdrachtgever’)', 'verder te noemen Opdrachtgever.', '(„Opdrachtgever”)']) {
      check('definitie-onbekend', `${head(naming)}Artikel 1 Opdracht\n1.1 De Opdrachtnemer werkt voor de Opdrachtgever en de «Vennootschap».\n`);
    }
    // A recital names a party the same way.
    check('definitie-onbekend', `In aanmerking nemende dat:\na. Proefbouw Advies B.V. de planning verzorgt, verder te noemen Planner.\n\nArtikel 1 Opdracht\n1.1 De Planner verdeelt het werk onder de «Zelfstandigen».\n`);
  });

  it('reports the party word where the draft never names it so', () => {
    check('definitie-onbekend', `De ondergetekenden:\n1. Proefbouw B.V., gevestigd te Voorbeeldstad,\n2. P. Proefmans, wonende te Voorbeelddorp.\n\nArtikel 1 Opdracht\n1.1 De «Opdrachtnemer» werkt voor de «Opdrachtgever».\n`);
  });
});

describe('definitie-onbekend: the draft naming itself by its title', () => {
  it('knows "deze Overeenkomst" in a draft titled "Projectovereenkomst", and "dit Contract" in one titled "Contract"', () => {
    check('definitie-onbekend', 'PROJECTOVEREENKOMST ZZP\n\n1. De opdracht\n1.1 Wat in deze Overeenkomst staat, geldt voor beide partijen.\n');
    check('definitie-onbekend', 'Contract van aanneming\n\n1. De opdracht\n1.1 Wat in dit Contract staat, geldt voor beide partijen.\n');
  });

  it('knows "dit Addendum" inside the part of the draft headed "Addendum …", and reports it outside that part', () => {
    const terms = 'Algemene voorwaarden\n\nArtikel 1 Toepassing\n1.1 Deze voorwaarden gelden voor elke opdracht.\n\n';
    const annex = 'A. Addendum Gegevensverwerking\n\n1. Verplichtingen\nLeverancier verwerkt gegevens alleen op grond van dit Addendum.\n';
    check('definitie-onbekend', terms + annex);
    check('definitie-onbekend', 'Algemene voorwaarden\n\nArtikel 1 Toepassing\n1.1 Wat in dit «Addendum» staat, geldt ook.\n\n' + annex);
    check('definitie-onbekend', terms + annex.replace('dit Addendum', 'het «Addendum»'));
    // An article's heading is no name of a part: "deze Overeenkomst" in the article "Overeenkomst" is still reported.
    check('definitie-onbekend', 'Algemene voorwaarden\n\nArtikel 1 Overeenkomst\n1.1 Wat in deze «Overeenkomst» staat, geldt voor beide partijen.\n');
  });

  it('still reports the word under another title, after another determiner, and shows it there', () => {
    check('definitie-onbekend', 'Algemene voorwaarden\n\n1. De opdracht\n1.1 Wat in deze «Overeenkomst» staat, geldt voor beide partijen.\n');
    // A first line that is a sentence is no title, and a title names the draft by its kind of document only.
    check('definitie-onbekend', 'Deze voorwaarden gelden voor boekingen via de website en de overeenkomst van de klant\n\n1. Gebruik\n1.1 Wie deze «Website» gebruikt, aanvaardt deze «Overeenkomst».\n');
    check('definitie-onbekend', 'Website en overeenkomst\n\n1. Gebruik\n1.1 Wie deze «Website» gebruikt, aanvaardt deze Overeenkomst.\n');
    // "de Overeenkomst" may be another agreement: reported where it stands, not at the draft's name for itself.
    check('definitie-onbekend', 'PROJECTOVEREENKOMST\n\n1. De opdracht\n1.1 Wat in deze Overeenkomst staat, geldt naast de «Overeenkomst» met de klant.\n');
  });
});

describe('definitie-onbekend: a plural used as a term without a determiner', () => {
  it('reports a capitalised plural used as a term without a determiner, also after a run of capitalised words', () => {
    // "de Levering van de Dienst Onderaannemers": two terms in a row, no name (Levering is undefined too); the plural stands alone later on.
    check('definitie-onbekend', DEFS + '## Artikel 2 – Uitvoering\n2.1 De Klant mag bij de «Levering» van de Dienst Onderaannemers inschakelen, mits in te schakelen «Onderaannemers» zich aan dit artikel houden.\n2.2 De Klant kiest zelf welke Onderaannemers hij inschakelt.\n');
    check('definitie-onbekend', DEFS + '## Artikel 2 – Geheimhouding\n2.1 De Klant houdt geheim wat tussen «Partijen» is besproken.\n');

    // The owner "Gegevens Onderaannemers" is no name of two words: "Uitvoering" is a term of the draft too.
    check('definitie-onbekend', DEFS + '## Artikel 2 – Uitvoering\n2.1 De Klant mag bij de «Uitvoering» van de Gegevens Onderaannemers inschakelen, mits in te schakelen «Onderaannemers» zich aan dit artikel houden.\n2.2 Dit geldt voor de hele Uitvoering en de Klant.\n');
  });

  it('still reads a run of capitalised words as a name where its last word never stands alone as a term', () => {
    check('definitie-onbekend', DEFS + '## Artikel 2 – Geschillen\n2.1 Op geschillen is het Reglement van de Stichting Voorbeeld Geschillen van toepassing; het Reglement ligt ter inzage.\n');
  });

  it('leaves a plural without a determiner alone where it starts a name or a sentence, or follows a number', () => {
    // A name that goes on after short words: "Wandelen met Plezier", "de wet Rechten in het Openbaar Vervoer".
    check('definitie-onbekend', DEFS + '## Artikel 2 – Gebruik\n2.1 De Klant boekt via de website van Wandelen met Plezier.\n2.2 Dit volgt uit de wet Rechten in het Openbaar Vervoer.\n');
    // After a number or a bracket, at a sentence start, and a defined plural.
    check('definitie-onbekend', DEFS + '## Artikel 2 – Termijnen\n2.1 De Klant betaalt binnen 14 Werkdagen (Termijnen gelden ook hier).\n2.2 Bepalingen van dit artikel gelden voor alle Diensten.\n');
  });

  it('reads a law\'s name that a draft wrapped at a fixed width carries over the line break, not any capital on the next line', () => {
    const defs = 'Artikel 1 Definities\nKlant: de wederpartij.\nArtikel 2 Overmacht\n';
    check('definitie-onbekend', defs + '2.1 Voor overmacht geldt artikel 6:75 van het Burgerlijke\nWetboek; een storing bij een leverancier telt mee.\n');
    check('definitie-onbekend', defs + '2.1 De Klant meldt het gebruik van de «Licentie»\nDaarna volgt een factuur.\n');
  });

  it('takes no defined term for undefined in the field forms of a definitions list (term alone on its line, "**Naam**" in quotes)', () => {
    check('definitie-onbekend', 'Artikel 1 Begrippen\n1.1 De begrippen hieronder hebben deze betekenis.\n\nBetrokkene\neen persoon over wie gegevens worden verwerkt.\n\nArtikel 2 Rechten\n2.1 De verwerker helpt elke Betrokkene bij een verzoek.\n');
    check('definitie-onbekend', 'Artikel 1 Partijen\n1.1 Deze voorwaarden gelden voor de koper ("**Afnemer**").\nArtikel 2 Betaling\n2.1 De Afnemer betaalt vooraf; de «Bestelling» volgt.\n');
  });
  it('"E-mail" with a capital, like "Internet", is no term', () => {
    check('definitie-onbekend', DEFS + '## Artikel 2 – Gebruik\n2.1 De bevestiging volgt per E-mail binnen twee dagen; de Klant ontvangt ook de «Factuur» per E-mail.\n');
  });

});

describe('definitie-onbekend: names of firms and the head of state', () => {
  it('leaves the words of a firm named with an ampersand alone, and the head of state; not a term beside them', () => {
    check('definitie-onbekend', 'Artikel 1 Begrippen\n1.1 Bureau: Bakker & De Wit, gevestigd te Zwolle.\nArtikel 2 Opdracht\n2.1 Het Bureau stelt Bakker & De Wit voor als werkgever.\n2.2 Zo werkt ook Smit & Zonen.\n');
    check('definitie-onbekend', 'Artikel 1 Begrippen\n1.1 Werkdagen: alle dagen behalve zaterdag, zondag en de dag waarop de verjaardag van de Koning wordt gevierd.\nArtikel 2 Levering\n2.1 Wij leveren op Werkdagen, tenzij de Overheid dat verbiedt.\n');
    // A capitalised word that no name explains is still reported.
    check('definitie-onbekend', 'Artikel 1 Begrippen\n1.1 Bureau: Bakker & De Wit, gevestigd te Zwolle.\nArtikel 2 Opdracht\n2.1 Het Bureau stuurt de «Factuur» na de «Plaatsing» & de start.\n');
  });

  it('reads a capital after a lettered clause label ("1.a Partijen") as the start of a sentence', () => {
    check('definitie-onbekend', DEFS + '## Artikel 2 – Aard\n1.a Partijen sluiten een overeenkomst van opdracht.\n1.b   Opdrachtnemers werken zelfstandig.\n');
    // Within a sentence a lower-case word before the plural still makes it read as a term.
    check('definitie-onbekend', DEFS + '## Artikel 2 – Aard\n2.1 Daarom sluiten «Partijen» een overeenkomst van opdracht; Partijen werken samen.\n');
  });

  it('reads a capitalised "Het" or "De" inside a sentence as part of a name ("Woningstichting Het Anker")', () => {
    check('definitie-onbekend', DEFS + '## Artikel 2 – Partijen\n2.1 Woningstichting Het Anker, gevestigd te Zwolle, en café De Zwaan sluiten deze overeenkomst.\n');
    // At the start of a sentence "De" is a determiner like any other.
    check('definitie-onbekend', DEFS + '## Artikel 2 – Gebruik\n2.1 Zij sluiten deze overeenkomst. De «Licentie» is persoonlijk; de Licentie vervalt na een jaar.\n');
  });

  it('reads a surname after its particle in the parties of a contract as a name, not as a term', () => {
    const PARTIES = 'De ondergetekenden:\n\n1. Zuivel Oost B.V., gevestigd te Hengelo, vertegenwoordigd door mevrouw A. de Boer, hierna: "Koper";\n\n2. de heer J.K. van der Wal, wonende te Almelo, hierna: "Verkoper";\n\nkomen als volgt overeen:\n\n';
    check('definitie-onbekend', PARTIES + DEFS + '## Artikel 2 – Levering\n2.1 Verkoper levert aan Koper; de contactpersoon is dhr. de Wit.\n');
    // "de" before a capitalised word that no initial or form of address precedes is still a determiner.
    check('definitie-onbekend', PARTIES + DEFS + '## Artikel 2 – Levering\n2.1 Verkoper levert aan Koper de «Licentie»; de Licentie is persoonlijk.\n');
    check('definitie-onbekend', PARTIES + DEFS + '## Artikel 2 – Levering\n2.1 Verkoper levert via A. Jansen de «Licentie»; de Licentie is persoonlijk.\n');
  });
});
