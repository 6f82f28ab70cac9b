import * as assert from 'node:assert/strict';
import { analyze } from '../analyzer';
import { applyFix, check, unmark } from '../testing/check';

describe('bepaling-midden-regel', () => {
  it('reports a clause whose number stands mid-line after the clause before it, and breaks the line', () => {
    const slip = '## Artikel 3 – Uitvoering\n3.1 Leverancier voert de opdracht zorgvuldig uit.\n3.2 Leverancier mag derden inschakelen, tenzij anders afgesproken. «3.3». Klant geeft alle gegevens tijdig.\n3.4 Klant betaalt binnen dertig dagen.\n';
    const [f] = check('bepaling-midden-regel', slip);
    assert.deepEqual(analyze(unmark(slip).text).findings.filter((x) => x.ruleId === 'bepaling-midden-regel').map((x) => x.severity), ['information']);
    assert.match(f.message.nl, /^Bepaling 3\.3 begint midden op de regel, achter de tekst van 3\.2\./);
    assert.match(f.message.en, /^Clause 3\.3 starts mid-line, after the text of 3\.2\./);
    const fixed = applyFix(unmark(slip).text, f);
    assert.equal(fixed.split('\n')[3], '3.3. Klant geeft alle gegevens tijdig.');
    check('bepaling-midden-regel', fixed);
    // Two on one line: one finding for the line; the fix keeps the line's indentation and its CRLF.
    const two = '1. Levering\r\n  1.1 De zaak wordt bezorgd. «1.2» Het risico gaat over bij aflevering; 1.3 Klant controleert de zaak.\r\n';
    const [g] = check('bepaling-midden-regel', two);
    assert.match(g.message.nl, /^De bepalingen 1\.2 en 1\.3 beginnen midden op de regel, achter de tekst van 1\.1\./);
    assert.equal(applyFix(unmark(two).text, g), '1. Levering\r\n  1.1 De zaak wordt bezorgd.\r\n  1.2 Het risico gaat over bij aflevering;\r\n  1.3 Klant controleert de zaak.\r\n');
    // A first sub-clause run into its clause's title.
    check('bepaling-midden-regel', '1. Diensten\n1.1. Ontwerp «1.1.1». Leverancier maakt een ontwerp. 1.1.2. Klant keurt het goed.\n');
  });

  it('reports a draft that runs its clauses together throughout once, with the other places as related', () => {
    const text = [
      '1. Aanbod',
      '1.1. Elk aanbod is vrijblijvend. «1.2». Een aanbod geldt dertig dagen.',
      '2. Prijs',
      '2.1. Prijzen zijn exclusief btw. 2.2. Reiskosten komen apart. 2.3. Meerwerk wordt vooraf gemeld.',
      '3. Betaling',
      '3.1. Facturen worden binnen veertien dagen betaald. 3.2. Bij te late betaling is rente verschuldigd.',
      '',
    ].join('\n');
    const [f] = check('bepaling-midden-regel', text);
    assert.match(f.message.nl, /^In dit concept beginnen 4 bepalingen midden op een regel, achter de tekst van de vorige \(de eerste is 1\.2, achter de tekst van 1\.1\)/);
    assert.deepEqual(f.related!.map((r) => unmark(text).text.slice(r.span.start, r.span.end)), ['2.2', '2.3', '3.2']);
    check('bepaling-midden-regel', applyFix(unmark(text).text, f));
  });

  it('reports a clause glued to the full stop before it, also in the text under a number on a line of its own', () => {
    const glued = '## Artikel 18 – Aansprakelijkheid\n18.5 Leverancier is niet aansprakelijk voor storingen bij derden.«18.6» Afnemer vrijwaart Leverancier.\n18.7 Einde.\n';
    const [f] = check('bepaling-midden-regel', glued);
    assert.equal(applyFix(unmark(glued).text, f).split('\n')[2], '18.6 Afnemer vrijwaart Leverancier.');
    const below = '## Artikel 13 – Diensten\n13.3\nLeverancier spant zich in de diensten tijdig te verrichten.«13.4» Een termijn is geen fatale termijn.\n\n13.5\nEinde.\n';
    check('bepaling-midden-regel', below);
    // Glued to a citation or a version, or out of sequence: no clause.
    check('bepaling-midden-regel', '## Artikel 13 – Diensten\n13.3\nZie art.13.4 Daar staat het. Versie 13.4 Werkt. Leverancier levert.13.9 Afnemer betaalt.\n\n13.4\nEinde.\n');
  });

  it('does not take a number in a sentence for a clause run into the line', () => {
    const quiet = [
      '## Artikel 3 – Uitvoering',
      // a citation, a version, an amount, a page, a time, a number without a capital after it
      '3.1 Zie artikel 3.2 Dit geldt ook. De software in versie 3.2 Werkt op elk systeem. De prijs is € 3.2 Miljoen. Lees pagina 3.2 Daar staat het. Wij openen om 3.2 Daarna niet.',
      '3.2 Het tarief stijgt met 3.3 procent. Het stijgt op 1 januari met 3.3. De klant betaalt het.',
      '3.3 Einde.',
      '',
    ].join('\n');
    check('bepaling-midden-regel', quiet);
    // A number in sequence that the sentence needs: after a verb, a preposition, an article.
    check('bepaling-midden-regel', '## Artikel 3 – Uitvoering\n3.1 Begin.\n3.2 De factor is 3.3 Daarbij komt de reistijd. Het tarief van de 3.3 Eenheden geldt.\n3.3 Einde.\n');
    // A number out of sequence, even after a full stop, is no clause run into the line (nummering reports the gap).
    check('bepaling-midden-regel', '## Artikel 3 – Uitvoering\n3.1 Begin. 3.5 Het tarief geldt.\n3.2 Einde.\n');
  });

  it('reports leden and articles that a draft on one line runs together, by their labels, and breaks the line before them', () => {
    const leden = 'Artikel 1 Aanbod\n\n1. Elk aanbod is vrijblijvend. «2». Een duidelijke vergissing in het aanbod verplicht de verkoper tot niets.\n\nArtikel 2 Levering\n\n1. Levering geschiedt af magazijn.\n';
    const [f] = check('bepaling-midden-regel', leden);
    assert.match(f.message.nl, /^Bepaling 1 lid 2 begint midden op de regel, achter de tekst van 1 lid 1\./);
    assert.equal(applyFix(unmark(leden).text, f).split('\n')[3], '2. Een duidelijke vergissing in het aanbod verplicht de verkoper tot niets.');
    const filler = ' Partijen handelen hierbij naar redelijkheid en billijkheid en overleggen tijdig over elke wijziging.';
    const oneLine =
      'Voorwaarden Voorbeeld Advies Artikel 1 Definities «a». Adviseur: Voorbeeld Advies B.V. b. Klant: de wederpartij van Adviseur.' +
      ' Artikel 2: toepasselijkheid 1. Deze voorwaarden gelden voor elke opdracht.' + filler + ' 2. Een afwijking geldt alleen schriftelijk.' + filler + '\n';
    const [g] = check('bepaling-midden-regel', oneLine);
    assert.match(g.message.nl, /^De bepalingen 1 sub a, 1 sub b, 2, 2 lid 1 en 2 lid 2 beginnen midden op de regel, achter de tekst van 1\./);
    const fixed = applyFix(unmark(oneLine).text, g);
    assert.deepEqual(fixed.split('\n').map((l) => l.slice(0, 12)), ['Voorwaarden ', 'a. Adviseur:', 'b. Klant: de', 'Artikel 2: t', '1. Deze voor', '2. Een afwij', '']);
    // Broken into lines, the same draft is read the same and says nothing more.
    check('bepaling-midden-regel', fixed);
  });

  it('is quiet where each lid and article stands on a line of its own, and where a long line names articles only in passing', () => {
    check('bepaling-midden-regel', 'Artikel 1 Aanbod\n\n1. Elk aanbod is vrijblijvend.\n2. Een duidelijke vergissing in het aanbod verplicht de verkoper tot niets.\n\nArtikel 2 Levering\n\n1. Levering geschiedt af magazijn.\n');
    const filler = ' Partijen handelen hierbij naar redelijkheid en billijkheid en overleggen tijdig over elke wijziging.';
    check('bepaling-midden-regel', 'De Klant leest eerst Artikel 4 Betaling en daarna Artikel 2 Duur, zoals bedoeld in Artikel 3 Aansprakelijkheid.' + filler + filler + filler + filler + '\n');
  });
});
