import * as assert from 'node:assert/strict';
import { analyze } from '../analyzer';
import { applyFix, check } from '../testing/check';
import { appendClauseFix, appendClauseFixes, MIN_WORDS } from './bepaling-ontbreekt';
import { IncrementalParser } from '../model/update';
import { variantFor } from '../library/clauses';
import { statuteOf } from '../law';

const FULL = [
  '# Algemene voorwaarden Voorbeeld B.V.',
  '## Artikel 1 – Toepasselijkheid',
  '1.1 Deze voorwaarden zijn van toepassing op iedere Overeenkomst.',
  '## Artikel 2 – Duur',
  '2.1 De Overeenkomst kan door elk van de partijen worden opgezegd met een opzegtermijn van een maand.',
  '## Artikel 3 – Aansprakelijkheid',
  '3.1 Leverancier is aansprakelijk volgens de wet.',
  '## Artikel 4 – Overmacht',
  '4.1 Bij overmacht hoeft een partij niet na te komen.',
  '## Artikel 5 – Recht en geschillen',
  '5.1 Op de Overeenkomst is Nederlands recht van toepassing.',
  '5.2 Geschillen worden voorgelegd aan de bevoegde rechter.',
  '',
].join('\n');

const findings = (text: string, audience: 'b2b' | 'b2c' = 'b2b') => analyze(text, { audience }).findings.filter((f) => f.ruleId === 'bepaling-ontbreekt');

describe('bepaling-ontbreekt', () => {
  it('stays quiet on a draft with every essential clause', () => {
    check('bepaling-ontbreekt', FULL, { audience: 'b2b' });
    check('bepaling-ontbreekt', FULL, { audience: 'b2c' });
  });

  it('fires once per missing topic, on the title line where the draft has no better place', () => {
    const text = FULL.replace('5.2 Geschillen worden voorgelegd aan de bevoegde rechter.\n', '')
      .replace('5.1 Op de Overeenkomst is Nederlands recht van toepassing.\n', '5.1 Partijen overleggen eerst.\n')
      .replace('## Artikel 3 – Aansprakelijkheid', '## Artikel 3 – Schade')
      .replace('## Artikel 4 – Overmacht\n4.1 Bij overmacht hoeft een partij niet na te komen.', '## Artikel 4 – Samenwerking\n4.1 Partijen werken samen.');
    check('bepaling-ontbreekt', text.replace('# Algemene voorwaarden Voorbeeld B.V.', '«««# Algemene voorwaarden Voorbeeld B.V.»»»'), { audience: 'b2b' });
    const f = findings(text);
    assert.equal(f.length, 3);
    assert.match(f.map((x) => x.message.nl).join(' '), /geschillen en de bevoegde rechter/);
    assert.match(f.map((x) => x.message.nl).join(' '), /overmacht/);
    assert.match(f[0].message.en, /no clause on/);
  });

  it('reports a missing forum at the clause that chooses the law, and missing force majeure at the liability clause', () => {
    const text = FULL.replace('5.2 Geschillen worden voorgelegd aan de bevoegde rechter.\n', '').replace('## Artikel 4 – Overmacht\n4.1 Bij overmacht hoeft een partij niet na te komen.', '## Artikel 4 – Samenwerking\n4.1 Partijen werken samen.');
    check('bepaling-ontbreekt', text.replace('## Artikel 5 – Recht en geschillen', '## Artikel 5 – «Recht en geschillen»').replace('## Artikel 3 – Aansprakelijkheid', '## Artikel 3 – «Aansprakelijkheid»'), { audience: 'b2b' });
    // A clause titled on its own first line ("3.4 Toepasselijk recht") is the place too; without a title, the choice itself.
    const titled = [
      'Algemene voorwaarden',
      '1. Opdrachten',
      '1.1 Offertes',
      'Een offerte is dertig dagen geldig en kan door elk van de partijen worden opgezegd.',
      '1.2 Aansprakelijkheid en klachten',
      'Wij zijn aansprakelijk volgens de wet. Een klacht meld je binnen veertien dagen.',
      '2. Betaling',
      '2.1 Termijn',
      'Je betaalt binnen veertien dagen.',
      '3. Levering',
      '3.1 Termijn',
      'Wij leveren binnen dertig dagen.',
      '4. Privacy',
      '4.1 Gegevens',
      'Wij bewaren je gegevens niet langer dan nodig.',
      '5. Overig',
      '5.1 Toepasselijk recht',
      'Op deze voorwaarden is Nederlands recht van toepassing.',
      '5.2 Slot',
      'Wij werken samen met zorg.',
      '',
    ].join('\n');
    check('bepaling-ontbreekt', titled.replace('1.2 Aansprakelijkheid en klachten', '1.2 «Aansprakelijkheid en klachten»').replace('5.1 Toepasselijk recht', '5.1 «Toepasselijk recht»'), { audience: 'b2b' });
    const untitled = titled.replace('5.1 Toepasselijk recht\nOp deze voorwaarden is Nederlands recht van toepassing.', '5.1 Op deze voorwaarden is Nederlands recht van toepassing.');
    const forum = findings(untitled).find((f) => /geschillen/.test(f.message.nl))!;
    assert.equal(untitled.slice(forum.span.start, forum.span.end), 'Nederlands recht');
  });

  it('says why a missing forum or force majeure clause is no defect towards a consumer, and reports it there as information', () => {
    const text = FULL.replace('5.2 Geschillen worden voorgelegd aan de bevoegde rechter.\n', '').replace('## Artikel 4 – Overmacht\n4.1 Bij overmacht hoeft een partij niet na te komen.', '## Artikel 4 – Samenwerking\n4.1 Partijen werken samen.');
    const consumer = findings(text, 'b2c');
    assert.deepEqual(consumer.map((f) => f.severity), ['information', 'information']);
    const forum = consumer.find((f) => /geschillen/.test(f.message.nl))!;
    assert.match(forum.message.nl, /Tegenover een consument is het ontbreken geen gebrek: .*artikel 6:236 sub n BW/);
    assert.match(forum.message.en, /article 6:236\(n\) BW/);
    const force = consumer.find((f) => /overmacht/.test(f.message.nl))!;
    assert.match(force.message.nl, /artikel 6:75 BW.*artikel 6:237 sub f BW/);
    // Between businesses both stay warnings, with the same text (the audience sets the level only); so does a
    // draft whose audience is undecided.
    const business = findings(text, 'b2b');
    assert.deepEqual(business.map((f) => f.severity), ['warning', 'warning']);
    assert.deepEqual(business.map((f) => f.message.nl), consumer.map((f) => f.message.nl));
    assert.deepEqual(analyze(text, { audience: 'auto' }).findings.filter((f) => f.ruleId === 'bepaling-ontbreekt').map((f) => f.severity), ['warning', 'warning']);
    // The consumer gets no lower level for the other topics.
    const noLiability = FULL.replace('3.1 Leverancier is aansprakelijk volgens de wet.', '3.1 Leverancier werkt met zorg.').replace('## Artikel 3 – Aansprakelijkheid', '## Artikel 3 – Zorg');
    assert.deepEqual(findings(noLiability, 'b2c').map((f) => f.severity), ['warning']);
  });

  it('asks no choice of law of an SLA or processing agreement that is part of a contract set, and still does of a standalone one', () => {
    const noLaw = FULL.replace('5.1 Op de Overeenkomst is Nederlands recht van toepassing.\n', '');
    // It says it is part of the framework agreement: that agreement chooses the law.
    const sla = noLaw.replace('# Algemene voorwaarden Voorbeeld B.V.', '# Service Level Agreement Voorbeeld B.V.\nDeze SLA maakt deel uit van de Raamovereenkomst tussen partijen.');
    assert.deepEqual(findings(sla), []);
    // It only names the framework agreement: one hint to check that agreement.
    const named = noLaw.replace('# Algemene voorwaarden Voorbeeld B.V.', '# Service Level Agreement Voorbeeld B.V.\nDeze SLA beschrijft de diensten die onder de Raamovereenkomst worden geleverd.');
    assert.deepEqual(findings(named).map((f) => [f.severity, f.message.en.replace(/\..*/s, '')]), [['hint', 'This service level agreement / service description contains no clause on the governing law']]);
    const standalone = noLaw.replace('# Algemene voorwaarden Voorbeeld B.V.', '# Service Level Agreement Voorbeeld B.V.');
    assert.equal(findings(standalone).filter((f) => /toepasselijk recht/.test(f.message.nl)).length, 1);
    assert.equal(findings(noLaw).filter((f) => /toepasselijk recht/.test(f.message.nl)).length, 1);
  });

  it('asks no commercial clauses of a parenting plan, a divorce settlement or a cohabitation agreement, and still does of terms that mention one', () => {
    const plan = [
      '# Ouderschapsplan',
      '',
      'Wij, de ouders van Mila en Daan, maken in dit ouderschapsplan afspraken over onze kinderen.',
      '',
      '## 1. Zorg en opvoeding',
      'De kinderen wonen om de week bij ieder van ons.',
      '## 2. Informatie',
      'Wij informeren elkaar elke zondag over school en gezondheid.',
      '## 3. Kosten',
      'Wij dragen de kosten van de kinderen naar verhouding van ons inkomen.',
      '## 4. Vakanties',
      'De zomervakantie delen wij in twee gelijke delen.',
      '## 5. Evaluatie',
      'Wij bespreken dit plan elk jaar in september.',
      '',
    ].join('\n');
    check('bepaling-ontbreekt', plan, { audience: 'b2b' });
    check('bepaling-ontbreekt', plan.replace('# Ouderschapsplan', '# Echtscheidingsconvenant'), { audience: 'b2c' });
    check('bepaling-ontbreekt', plan.replace('# Ouderschapsplan', '# Samenlevingsovereenkomst'), { audience: 'b2b' });
    // The same articles under a commercial title still miss law, forum, force majeure and duration.
    const terms = plan.replace('# Ouderschapsplan', '# Algemene voorwaarden Mediationpraktijk voor het opstellen van een ouderschapsplan');
    assert.equal(findings(terms).length, 4);
  });

  it('asks no contract clauses of a complaints procedure or a privacy statement, and still does of terms that mention one', () => {
    const procedure = [
      'Klachtenregeling',
      '',
      'Artikel 1 - Begrippen',
      'Klacht: een schriftelijke uiting van ongenoegen van een cliënt over onze dienstverlening.',
      'Artikel 2 - Indienen',
      'Een cliënt dient een klacht schriftelijk in bij het kantoor.',
      'Artikel 3 - Behandeling',
      'De klachtenfunctionaris beslist binnen vier weken op de klacht.',
      'Artikel 4 - Kosten',
      'De behandeling van een klacht is kosteloos.',
      'Artikel 5 - Registratie',
      'Het kantoor registreert elke klacht en bespreekt de klachten eenmaal per jaar.',
      '',
    ].join('\n');
    check('bepaling-ontbreekt', procedure, { audience: 'b2b' });
    check('bepaling-ontbreekt', procedure.replace('Klachtenregeling', 'Kantoorklachtenregeling Proef Advocaten'), { audience: 'b2c' });
    check('bepaling-ontbreekt', procedure.replace('Klachtenregeling', 'Privacyverklaring'), { audience: 'b2c' });
    // The same articles under the title of terms still miss law, forum, liability, force majeure and duration.
    assert.ok(findings(procedure.replace('Klachtenregeling', 'Algemene voorwaarden en klachtenregeling')).length >= 4);
  });

  // A processing agreement annexed to a main agreement, without an audit clause.
  const ANNEX_STATEMENT = 'Deze Verwerkersovereenkomst is als bijlage bij de Overeenkomst van Opdrachtgever en Dienstverlener gevoegd.';
  const PROCESSING_AGREEMENT = [
    '# Verwerkersovereenkomst Voorbeeld B.V.',
    ANNEX_STATEMENT,
    '## Artikel 1 – Onderwerp',
    '1.1 Leverancier verwerkt de persoonsgegevens uitsluitend in opdracht van Klant.',
    '## Artikel 2 – Beveiliging',
    '2.1 Leverancier neemt passende technische en organisatorische maatregelen.',
    '## Artikel 3 – Subverwerkers',
    '3.1 Leverancier schakelt geen subverwerker in zonder voorafgaande schriftelijke toestemming van Klant.',
    '## Artikel 4 – Datalekken',
    '4.1 Leverancier meldt een datalek binnen 24 uur aan Klant.',
    '## Artikel 5 – Duur',
    '5.1 Deze Verwerkersovereenkomst eindigt van rechtswege bij het einde van de Overeenkomst.',
    '',
  ].join('\n');

  it('asks a processing agreement that says it is an annex to a main agreement for none of the clauses that agreement carries', () => {
    const annex = PROCESSING_AGREEMENT + '## Artikel 6 – Audits\n6.1 Klant mag eenmaal per jaar een audit laten uitvoeren.\n';
    check('bepaling-ontbreekt', annex);
    // Other words for the same statement, and a title that calls the draft an annex.
    const statement = ANNEX_STATEMENT;
    check('bepaling-ontbreekt', annex.replace(statement, 'Deze Verwerkersovereenkomst maakt onderdeel uit van de Overeenkomst tussen Klant en Leverancier.'));
    check('bepaling-ontbreekt', annex.replace(statement, 'Deze Verwerkersovereenkomst vormt één geheel met de Dienstverleningsovereenkomst.'));
    check('bepaling-ontbreekt', annex.replace(statement, '').replace('# Verwerkersovereenkomst Voorbeeld B.V.', '# Bijlage 2 – Verwerkersovereenkomst'));
    // The same agreement standing alone lacks all four: a warning each.
    const alone = annex.replace(statement + '\n', '');
    assert.deepEqual(findings(alone).map((f) => f.severity), ['warning', 'warning', 'warning', 'warning']);
    // Its own annexes being part of it says nothing about a contract set.
    const ownAnnexes = annex.replace(statement, 'De bijlagen maken deel uit van deze Verwerkersovereenkomst.');
    assert.deepEqual(findings(ownAnnexes).map((f) => f.severity), ['warning', 'warning', 'warning', 'warning']);
    // It still needs a term of its own.
    const noTerm = annex.replace('## Artikel 5 – Duur', '## Artikel 5 – Samenwerking').replace('5.1 Deze Verwerkersovereenkomst eindigt van rechtswege bij het einde van de Overeenkomst.', '5.1 Partijen werken samen.');
    assert.deepEqual(findings(noTerm).map((f) => f.message.en.replace(/\..*/s, '')), ['These terms contain no clause on term and termination']);
  });

  it('asks a processing agreement, in a contract set or not, for the audits article 28 lid 3 sub h AVG requires, and asks no other draft', () => {
    const dpa = PROCESSING_AGREEMENT;
    const [f, ...rest] = findings(dpa);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.match(f.message.nl, /^Deze verwerkersovereenkomst bevat geen bepaling over audits\. Artikel 28 lid 3 AVG/);
    assert.match(f.message.en, /^This data processing agreement contains no clause on audits\. Article 28\(3\) GDPR/);
    // The words it quotes are those of article 28 lid 3 sub h as the law data holds them.
    const quoted = /"([^"]+)"/.exec(f.message.nl)![1];
    assert.ok(statuteOf('AVG')!.provisions!['28 lid 3 sub h'].includes(quoted), quoted);
    // Other words for an audit.
    for (const words of ['Klant mag de naleving van deze Verwerkersovereenkomst door een deskundige laten controleren.', 'Leverancier werkt mee aan een inspectie door Klant.', 'Klant heeft recht op controle op de naleving.', 'Klant mag eenmaal per jaar controles (laten) uitvoeren.', 'Klant heeft het recht controles uit te laten voeren.']) {
      check('bepaling-ontbreekt', dpa.replace('4.1 Leverancier meldt een datalek binnen 24 uur aan Klant.', `4.1 Leverancier meldt een datalek binnen 24 uur aan Klant. ${words}`));
    }
    // A check of something else is no audit.
    assert.equal(findings(dpa.replace('4.1 Leverancier meldt een datalek binnen 24 uur aan Klant.', '4.1 Leverancier meldt een datalek binnen 24 uur aan Klant. Klant controleert de juistheid van de gegevens.')).length, 1);
    // General terms need no audit clause.
    check('bepaling-ontbreekt', FULL, { audience: 'b2b' });
  });

  it('asks a processing agreement that only names a main agreement to check that agreement, in one hint', () => {
    // The same agreement that names its main agreement without saying it belongs to it.
    const named =
      PROCESSING_AGREEMENT.replace(ANNEX_STATEMENT, 'Leverancier verwerkt persoonsgegevens bij de diensten uit de Hoofdovereenkomst.').replace('einde van de Overeenkomst.', 'einde van de Hoofdovereenkomst.') +
      '## Artikel 6 – Audits\n6.1 Klant mag eenmaal per jaar een audit laten uitvoeren.\n';
    check('bepaling-ontbreekt', named.replace('# Verwerkersovereenkomst Voorbeeld B.V.', '«# Verwerkersovereenkomst Voorbeeld B.V.»'));
    const [hint] = findings(named);
    assert.equal(hint.severity, 'hint');
    assert.equal(hint.fixes, undefined);
    assert.match(hint.message.nl, /^Deze verwerkersovereenkomst bevat geen bepaling over het toepasselijk recht, geschillen en de bevoegde rechter, aansprakelijkheid en overmacht\. Als deel van een contractenset/);
    assert.match(hint.message.en, /^This data processing agreement contains no clause on the governing law, disputes and the competent court, liability and force majeure\./);
    // With a liability clause of its own, the hint names only what is left.
    const withLiability = named.replace('4.1 Leverancier meldt een datalek binnen 24 uur aan Klant.', '4.1 Leverancier meldt een datalek binnen 24 uur aan Klant. Leverancier is aansprakelijk volgens de Hoofdovereenkomst.');
    assert.match(findings(withLiability)[0].message.nl, /over het toepasselijk recht, geschillen en de bevoegde rechter en overmacht\./);
  });

  it('does not fire on a snippet or a short fragment', () => {
    check('bepaling-ontbreekt', '## Artikel 1 – Betaling\n1.1 Opdrachtgever betaalt binnen dertig (30) dagen.\n');
  });

  it('offers the library clause for the audience, appended as the next article', () => {
    const text = FULL.replace('## Artikel 4 – Overmacht\n4.1 Bij overmacht hoeft een partij niet na te komen.', '## Artikel 4 – Samenwerking\n4.1 Partijen werken samen.');
    const [f] = findings(text, 'b2c');
    const fixed = applyFix(text, f);
    assert.ok(fixed.startsWith(text));
    // The draft puts no blank line between its articles, so neither does the fix.
    assert.match(fixed.slice(text.length), /^## Artikel 6 – Overmacht\n6\.1 /);
    assert.equal(findings(fixed, 'b2c').length, 0);
  });

  // A draft of our own in another style: "Artikel N. Titel" headings after a blank line, leden "1.", and
  // "Opdracht" and "Opdrachtnemer" where the library says "Overeenkomst" and "Leverancier".
  const STYLED = [
    'Algemene voorwaarden Voorbeeld',
    '',
    'Artikel 1. Begrippen',
    '1. Opdrachtgever: de partij die Opdrachtnemer een opdracht geeft.',
    '2. Opdracht: de afspraak tussen Opdrachtgever en Opdrachtnemer over het werk.',
    '',
    'Artikel 2. Aansprakelijkheid',
    '1. Opdrachtnemer is aansprakelijk volgens de wet.',
    '2. Elke Opdracht kan met een maand worden opgezegd.',
    '',
    'Artikel 3. Betaling',
    '1. Opdrachtgever betaalt binnen dertig dagen na de factuurdatum.',
    '',
    'Artikel 4. Klachten',
    '1. Opdrachtgever meldt een klacht binnen twee maanden na ontdekking.',
    '',
    'Artikel 5. Recht',
    '1. Op de Opdracht is Nederlands recht van toepassing.',
    '2. Geschillen worden voorgelegd aan de bevoegde rechter.',
    '',
  ].join('\n');

  it("writes the clause in the draft's own style: heading form, leden, blank lines and defined terms", () => {
    const [f] = findings(STYLED, 'b2b');
    assert.match(f.message.nl, /overmacht/);
    const added = applyFix(STYLED, f).slice(STYLED.length);
    assert.match(added, /^\nArtikel 6\. Overmacht\n1\. Een partij hoeft een verplichting uit de Opdracht niet na te komen/);
    assert.match(added, /\n2\. .*Opdrachtnemer/);
    assert.doesNotMatch(added, /Overeenkomst|Leverancier|## |6\.1/);
    // Without a placeholder, the editor is taken to the new heading.
    const { edit, start, end } = f.fixes![0].reveal!;
    assert.equal(f.fixes![0].edits[edit].newText.slice(start, end), 'Artikel 6. Overmacht');
    const after = analyze(applyFix(STYLED, f), { audience: 'b2b' });
    assert.deepEqual(after.findings.map((x) => x.ruleId), []);
    assert.deepEqual(after.model.nodes.filter((n) => n.kind === 'article').map((n) => n.heading), ['Begrippen', 'Aansprakelijkheid', 'Betaling', 'Klachten', 'Recht', 'Overmacht']);
  });

  it('adds no blank line after a draft that ends in one, and two line breaks after one that ends mid-line', () => {
    for (const [ending, lead] of [[' \t\n', /^Artikel 6\. Overmacht\n/], [' \t', /^\n\nArtikel 6\. Overmacht\n/]] as const) {
      const text = STYLED + ending;
      const f = findings(text, 'b2b').find((x) => /overmacht/.test(x.message.nl))!;
      assert.match(applyFix(text, f).slice(text.length), lead, JSON.stringify(ending));
    }
  });

  it('leaves a placeholder for the court instead of naming one, which the placeholder rule reports', () => {
    const noCourt = STYLED.replace('2. Geschillen worden voorgelegd aan de bevoegde rechter.\n', '');
    const f = findings(noCourt, 'b2b').find((x) => /bevoegde rechter/.test(x.message.nl))!;
    const fixed = applyFix(noCourt, f);
    // The draft has its choice of law: only the forum part of the library clause is inserted, as lid 1.
    assert.match(fixed.slice(noCourt.length), /^\nArtikel 6\. Geschillen\n1\. Geschillen over de Opdracht .*rechtbank \[plaats\]\.\n$/);
    assert.doesNotMatch(fixed, /Midden-Nederland/);
    const { edit, start, end } = f.fixes![0].reveal!;
    assert.equal(f.fixes![0].edits[edit].newText.slice(start, end), '[plaats]');
    // What remains: the placeholder, and the force majeure clause this draft also lacks.
    const left = analyze(fixed, { audience: 'b2b' }).findings.filter((x) => !/overmacht/.test(x.message.nl));
    assert.deepEqual(left.map((x) => `${x.ruleId} ${fixed.slice(x.span.start, x.span.end)}`), ['placeholder [plaats]']);
  });

  it("inserts the consumer's clause while the audience is undecided, since the consumer rules still apply as hints", () => {
    const undecided = analyze(STYLED).findings.filter((x) => x.ruleId === 'bepaling-ontbreekt');
    const fixed = applyFix(STYLED, undecided[0]);
    assert.match(fixed, /omstandigheid die haar niet kan worden toegerekend/);
    assert.deepEqual(analyze(fixed).findings.map((x) => x.ruleId), []);
  });

  it('reads a long draft whose articles the parser does not number as full terms', () => {
    const body = Array.from({ length: 60 }, (_, i) => `Afspraak ${i + 1}: Leverancier is aansprakelijk; bij overmacht mag een partij opzeggen.`).join('\n');
    const text = `Voorwaarden Voorbeeld\n\n${body}\n`;
    // Force majeure is named in every clause but never regulated: reported at its first mention.
    check('bepaling-ontbreekt', text.replace('Voorwaarden Voorbeeld', '««Voorwaarden Voorbeeld»»').replace('bij overmacht', 'bij «overmacht»'));
    assert.match(findings(text).map((f) => f.message.nl).join(' '), /toepasselijk recht.*geschillen/s);
  });

  it('asks nothing of a text that does not present itself as terms: an article about them, without articles, law or definitions', () => {
    const paragraph = (i: number) =>
      `Tip ${i + 1}. Wie met een klant van mening verschilt, doet er goed aan eerst het gesprek te zoeken en de afspraken er samen op na te lezen. Leg vast wat er besproken is en stuur de klant een korte samenvatting.`;
    const prose = `Wat doe je bij een conflict met een klant?\n\n${Array.from({ length: 12 }, (_, i) => paragraph(i)).join('\n\n')}\n`;
    // Long enough to be read as full terms if it presented itself as terms.
    assert.ok(prose.split(/\s+/).length > MIN_WORDS);
    check('bepaling-ontbreekt', prose);
    // The same text as numbered clauses, or with a choice of law, is a contract that lacks the other clauses.
    const clauses = `Afspraken met de klant\n\n${Array.from({ length: 12 }, (_, i) => `${i + 1}. ${paragraph(i)}`).join('\n')}\n`;
    assert.ok(findings(clauses).length >= 3);
    assert.ok(findings(`${prose}\nOp deze afspraken is Nederlands recht van toepassing.\n`).length >= 2);
  });

  it('counts a cancellation or withdrawal clause of a one-off contract as its termination clause', () => {
    check('bepaling-ontbreekt', FULL.replace('2.1 De Overeenkomst kan door elk van de partijen worden opgezegd met een opzegtermijn van een maand.', '2.1 De Klant kan een sessie tot 48 uur van tevoren kosteloos annuleren.'));
    check('bepaling-ontbreekt', FULL.replace('2.1 De Overeenkomst kan door elk van de partijen worden opgezegd met een opzegtermijn van een maand.', '2.1 De Consument heeft een herroepingsrecht van veertien dagen.'));
    check('bepaling-ontbreekt', FULL.replace('2.1 De Overeenkomst kan door elk van de partijen worden opgezegd met een opzegtermijn van een maand.', '2.1 De Consument kan een product binnen veertien dagen na ontvangst retourneren.'));
  });

  it('counts an article titled for the term or the end as the clause on term and termination, and not an article under another title', () => {
    const term = '2.1 De Overeenkomst kan door elk van de partijen worden opgezegd met een opzegtermijn van een maand.';
    check('bepaling-ontbreekt', FULL.replace(term, '2.1 Deze Overeenkomst geldt zolang Leverancier Diensten levert.'));
    check('bepaling-ontbreekt', FULL.replace('## Artikel 2 – Duur', '## Artikel 2 – Einde overeenkomst').replace(term, '2.1 Na afloop verwijdert Leverancier alle gegevens.'));
    const untitled = FULL.replace('## Artikel 2 – Duur', '## Artikel 2 – Samenwerking').replace(term, '2.1 Deze Overeenkomst geldt zolang Leverancier Diensten levert.');
    assert.deepEqual(findings(untitled).map((f) => f.message.en.replace(/\..*/s, '')), ['These terms contain no clause on term and termination']);
  });

  it('under a chosen foreign law, asks only for law and forum, not for clauses whose advice rests on the BW', () => {
    const foreign = FULL.replace('5.1 Op de Overeenkomst is Nederlands recht van toepassing.', '5.1 Op de Overeenkomst is uitsluitend Belgisch recht van toepassing.')
      .replace('## Artikel 4 – Overmacht\n4.1 Bij overmacht hoeft een partij niet na te komen.', '## Artikel 4 – Samenwerking\n4.1 Partijen werken samen.');
    check('bepaling-ontbreekt', foreign);
    const dutch = FULL.replace('## Artikel 4 – Overmacht\n4.1 Bij overmacht hoeft een partij niet na te komen.', '## Artikel 4 – Samenwerking\n4.1 Partijen werken samen.');
    assert.equal(findings(dutch).length, 1);
  });

  describe('force majeure named only in passing', () => {
    const passing = (clause: string) =>
      FULL.replace('## Artikel 4 – Overmacht\n4.1 Bij overmacht hoeft een partij niet na te komen.', `## Artikel 4 – Uitvoering\n4.1 ${clause}`);

    it('fires at the first mention where the draft neither titles nor defines it, in both audiences', () => {
      check('bepaling-ontbreekt', passing('Wordt de uitvoering door «overmacht» vertraagd, dan wordt de termijn verlengd.'), { audience: 'b2b' });
      check('bepaling-ontbreekt', passing('Schade door bijzondere omstandigheden komt niet voor rekening van Leverancier; daarmee is vooral «overmacht» bedoeld. Bij overmacht vervalt de termijn.'), { audience: 'b2b' });
      const [f] = findings(passing('De Leverancier mag de winkel bij situaties van overmacht sluiten.'), 'b2c');
      assert.equal(f.severity, 'information');
      assert.match(f.message.nl, /^Deze voorwaarden noemen overmacht, maar zeggen nergens wat als overmacht geldt en wat er dan gebeurt\. .*artikel 6:75 BW/);
      assert.match(f.message.en, /^These terms mention force majeure but nowhere say what counts as force majeure/);
      // The fix inserts the library clause, after which the draft regulates it.
      const fixed = applyFix(passing('De Leverancier mag de winkel bij situaties van overmacht sluiten.'), findings(passing('De Leverancier mag de winkel bij situaties van overmacht sluiten.'))[0]);
      assert.deepEqual(findings(fixed), []);
    });

    it('stays quiet where the draft says what counts as force majeure, or gives it a title', () => {
      check('bepaling-ontbreekt', passing('Onder overmacht wordt mede verstaan een storing bij een toeleverancier.'), { audience: 'b2b' });
      check('bepaling-ontbreekt', passing('Bij overmacht, waaronder in ieder geval wordt verstaan een stroomstoring, worden de verplichtingen opgeschort.'), { audience: 'b2b' });
      check('bepaling-ontbreekt', passing('Als overmacht geldt iedere omstandigheid buiten de macht van Leverancier.'), { audience: 'b2b' });
      check('bepaling-ontbreekt', passing('Een staking bij een vervoerder wordt beschouwd als overmacht.'), { audience: 'b2b' });
      check('bepaling-ontbreekt', passing('Van overmacht is sprake als een partij door een omstandigheid buiten haar schuld niet kan nakomen.'), { audience: 'b2b' });
      check('bepaling-ontbreekt', passing('Een tekortkoming die Leverancier niet kan worden toegerekend, geeft geen recht op schadevergoeding; dat geldt ook bij overmacht.'), { audience: 'b2b' });
      check('bepaling-ontbreekt', passing('Bij overmacht mag elke partij opzeggen.').replace('## Artikel 4 – Uitvoering', '## Artikel 4 – Storingen en overmacht'), { audience: 'b2b' });
    });

    it('reads "force majeure" as overmacht: named in passing, defined, or not at all', () => {
      check('bepaling-ontbreekt', passing('Een storing door «force majeure» geeft geen recht op een servicecredit.'), { audience: 'b2b' });
      check('bepaling-ontbreekt', passing('Onder force majeure wordt mede verstaan een storing bij een toeleverancier.'), { audience: 'b2b' });
      const none = findings(passing('Een storing geeft recht op een servicecredit.'));
      assert.deepEqual(none.map((f) => f.message.en.replace(/\..*/s, '')), ['These terms contain no clause on force majeure']);
    });
  });

  it('puts a finding that has no better place on the title below a YAML front matter, not on its dashes', () => {
    const text = '---\ntitle: Voorwaarden\n---\n' + FULL.replace('5.1 Op de Overeenkomst is Nederlands recht van toepassing.\n', '');
    const [f] = findings(text);
    assert.equal(text.slice(f.span.start, f.span.end), '# Algemene voorwaarden Voorbeeld B.V.');
  });

  it('builds its library clause only when the fix is read, and none once the model has moved on to another text', () => {
    const parser = new IncrementalParser();
    const model = parser.parse(FULL);
    const clause = variantFor('av-exit', 'b2b')!;
    const later = appendClauseFixes(model, clause, 6);
    assert.deepEqual(later(), [appendClauseFix(model, clause, 6)]);
    // A word changed within a line: the parser moves this model's nodes and blocks to the new text in place.
    parser.parse(FULL.replace('iedere Overeenkomst', 'elke Overeenkomst'));
    assert.deepEqual(later(), []);
  });
});
