import * as assert from 'node:assert/strict';
import { applyFix, check, findingsOf, unmark } from '../testing/check';
import { analyze } from '../analyzer';
import { assertGate } from '../engine/gateCheck';
import { DAMAGES_BACK, DAMAGES_EXCLUSION, DAMAGES_WORDS, LIMITED_BACK, LIMITED_LIABILITY, RESPONSIBLE_BACK, RESPONSIBLE_EXCLUSION, RESPONSIBLE_WORDS } from './exoneratie-opzet';

describe('exoneratie-opzet', () => {
  it('fires on exclusions and limitations without the carve-out', () => {
    check('exoneratie-opzet', 'Leverancier is «niet aansprakelijk» voor indirecte schade.');
    check('exoneratie-opzet', 'De «aansprakelijkheid van Leverancier is beperkt» tot het factuurbedrag.');
    check('exoneratie-opzet', 'Leverancier aanvaardt «geen enkele aansprakelijkheid» voor verlies van gegevens.');
    check('exoneratie-opzet', 'Het gebruik van e-mail kan «nimmer tot aansprakelijkheid» van Leverancier leiden.');
    check('exoneratie-opzet', 'Leverancier is «niet verantwoordelijk en/of aansprakelijk» voor transmissiefouten.');
  });

  it('toward a consumer leaves to the grey list (6:237 sub f) the exemptions it reports, and reports the others', () => {
    const clause = 'Leverancier is niet aansprakelijk voor indirecte schade.';
    const b2c = analyze(clause, { audience: 'b2c' }).findings;
    // One finding on the clause, the grey list's, which names the carve-out.
    assert.deepEqual(b2c.map((f) => f.ruleId).filter((id) => id === 'exoneratie-opzet' || id === 'consument-grijze-lijst'), ['consument-grijze-lijst']);
    assert.match(b2c.find((f) => f.ruleId === 'consument-grijze-lijst')!.message.nl, /6:237 sub f BW.*opzet of bewuste roekeloosheid/);
    check('exoneratie-opzet', clause, { audience: 'b2c' });
    check('exoneratie-opzet', 'Leverancier is «niet aansprakelijk» voor indirecte schade.', { audience: 'b2b' });
    // Damages denied without "aansprakelijk" are the grey list's too (rules/consumerExemptions.ts).
    check('exoneratie-opzet', 'Leverancier is nimmer gehouden tot enige vergoeding van schade door onderhoud.', { audience: 'b2c' });
    check('consument-grijze-lijst', 'Leverancier is «nimmer gehouden tot enige vergoeding van schade» door onderhoud.', { audience: 'b2c' });
    // One about business clients only is still this rule's.
    check('exoneratie-opzet', 'Leverancier is «nimmer gehouden tot enige vergoeding van schade» door onderhoud.', { audience: 'b2b' });
    check('exoneratie-opzet', 'Tegenover een zakelijke klant is Leverancier «niet aansprakelijk» voor indirecte schade.', { audience: 'b2c' });
    // What the grey list does not say: a carve-out for intent only, a proviso that names no exception.
    check('exoneratie-opzet', 'Leverancier is «niet aansprakelijk» voor indirecte schade, behoudens opzet.', { audience: 'b2c' });
    check('exoneratie-opzet', 'Voor zover wettelijk toegestaan is Leverancier «niet aansprakelijk» voor indirecte schade.', { audience: 'b2c' });
  });

  it('toward a consumer, each plain exemption is reported once: by the grey list where it reads it, else here', () => {
    // Both rules take the grey list's reading from rules/consumerExemptions.ts, so a change to it cannot make
    // a clause reported twice or not at all.
    const clauses = [
      'Leverancier is niet aansprakelijk voor indirecte schade.',
      'Is Leverancier aansprakelijk, dan is deze aansprakelijkheid beperkt tot het factuurbedrag.',
      'Leverancier is uitsluitend aansprakelijk voor directe schade.',
      'Leverancier is nimmer gehouden tot enige vergoeding van schade door onderhoud.',
      'Iedere aansprakelijkheid van Leverancier voor gevolgschade is uitgesloten.',
      'Tegenover een zakelijke klant is Leverancier niet aansprakelijk voor indirecte schade.',
    ];
    for (const clause of clauses) {
      const ids = analyze(clause, { audience: 'b2c' }).findings.map((f) => f.ruleId).filter((id) => id === 'exoneratie-opzet' || id === 'consument-grijze-lijst');
      assert.equal(ids.length, 1, `${clause}: ${ids.join(', ') || 'no finding'}`);
    }
  });

  it('counts a limitation to the insured amount, or to a maximum, as a limitation', () => {
    check('exoneratie-opzet', 'De «aansprakelijkheid van Leverancier is beperkt» tot het bedrag dat haar verzekeraar in het voorkomende geval uitkeert.');
    check('exoneratie-opzet', 'De «aansprakelijkheid van Leverancier gaat nooit verder dan» het bedrag waarvoor zij verzekerd is.');
    check('exoneratie-opzet', 'De «aansprakelijkheid van Leverancier is te allen tijde gemaximeerd» op EUR 10.000.');
    check('exoneratie-opzet', 'De aansprakelijkheid van Leverancier is beperkt tot het verzekerde bedrag, behoudens opzet of bewuste roekeloosheid van Leverancier.');
  });

  it('fires on exemptions that exclude damages without saying "aansprakelijk"', () => {
    check('exoneratie-opzet', 'Leverancier zal wegens een storing «nimmer gehouden zijn tot enige vergoeding van schade».');
    check('exoneratie-opzet', 'Een overschrijding van de levertijd kan Opdrachtgever «nimmer, ook niet na ingebrekestelling, aanspraak geven op enige schadevergoeding».');
    check('exoneratie-opzet', 'Leverancier mag de levering opschorten «zonder tot enige schadevergoeding gehouden» te zijn.');
    check('exoneratie-opzet', 'Opdrachtgever heeft in dat geval «geen aanspraak op schadevergoeding».');
    // One finding per sentence, also where both forms occur.
    check('exoneratie-opzet', 'Leverancier is «niet aansprakelijk» en niet gehouden tot schadevergoeding.');
    check('exoneratie-opzet', 'Schort Leverancier op, dan is zij «op generlei wijze gehouden tot vergoeding van schade».');
    check('exoneratie-opzet', 'Leverancier mag dan ontbinden, «zonder enige verplichting tot betaling van enige schadevergoeding».');
  });

  it('leaves a way out that both parties have without damages alone', () => {
    check('exoneratie-opzet', 'Houdt de overmacht drie maanden aan, dan kan ieder der partijen opzeggen, zonder verplichting tot vergoeding van schade aan de andere partij.');
    check('exoneratie-opzet', 'Beide partijen mogen dan opzeggen, zonder tot schadevergoeding gehouden te zijn.');
    // One side's way out is no mutual one.
    check('exoneratie-opzet', 'Leverancier mag dan opzeggen, «zonder verplichting tot vergoeding van schade».');
  });

  it('reads responsibility denied for damage as an exemption of the user, and not the client\'s own', () => {
    check('exoneratie-opzet', 'Aanbieder is «niet verantwoordelijk voor enige schade» door het gebruik van de App.');
    check('exoneratie-opzet', 'Leverancier is «nimmer verantwoordelijk voor indirecte schade».');
    // With its own carve-out, or the client's responsibility, or no damage: nothing.
    check('exoneratie-opzet', 'Licentiegever is niet verantwoordelijk voor enige schade, behoudens opzet of bewuste roekeloosheid van Licentiegever of zijn leidinggevenden.');
    check('exoneratie-opzet', 'Opdrachtgever is niet verantwoordelijk voor schade die door Leverancier is veroorzaakt.');
    check('exoneratie-opzet', 'Leverancier is niet verantwoordelijk voor de teksten die Opdrachtgever op zijn site plaatst.');
    // Toward a consumer the grey list reports it (6:237 sub f BW): not twice.
    check('exoneratie-opzet', 'Ondernemer is niet verantwoordelijk voor enige schade aan de zaak.', { audience: 'b2c' });
  });

  it('every exemption that denies responsibility holds its gate word', () => {
    assertGate(RESPONSIBLE_EXCLUSION, RESPONSIBLE_WORDS, [
      'niet verantwoordelijk voor schade',
      'nimmer abcdefghijklmnopqrst uvwxyzabcdefghijklmn verantwoordelijk voor enige directe of indirecte schade',
      `nooit ${'\ud835\udc00'.repeat(20)} ${'\ud835\udc01'.repeat(20)} verantwoordelijk\t\tvoor gevolgschade`,
      'niet verantwoordelijk voor verlies',
    ], RESPONSIBLE_BACK, 600);
  });

  it('reads the verb of a limitation as a word of its own, not the end of another ("gebeurtenis beperkt")', () => {
    check('exoneratie-opzet', 'Wie aansprakelijkheid vreest na een gebeurtenis beperkt de schade door die snel te melden.');
    check('exoneratie-opzet', 'Na een gebeurtenis als deze geldt: de «aansprakelijkheid van Leverancier is beperkt» tot het factuurbedrag.');
  });

  it('leaves alone a duty to pay damages, and a party that is not bound to pay something else', () => {
    check('exoneratie-opzet', 'Leverancier is gehouden tot vergoeding van de schade die Opdrachtgever lijdt.');
    check('exoneratie-opzet', 'Opdrachtgever is niet gehouden tot betaling van meerwerk dat niet schriftelijk is opgedragen.');
    check('exoneratie-opzet', 'Opdrachtgever heeft aanspraak op schadevergoeding volgens de wet.');
    check('exoneratie-opzet', 'Betaalt Opdrachtgever niet tijdig, dan heeft Leverancier aanspraak op schadevergoeding.');
    check('exoneratie-opzet', 'Indien Leverancier niet tijdig levert, heeft Opdrachtgever aanspraak op vergoeding van de schade.');
    check('exoneratie-opzet', 'Bij overmacht is geen van de partijen gehouden tot vergoeding van schade.');
  });

  it('leaves alone the consequences of a disclosure that a statute or a court compels, not other exemptions', () => {
    check('exoneratie-opzet', 'Moet Leverancier krachtens een wettelijk voorschrift of een rechterlijke beslissing vertrouwelijke gegevens aan een toezichthouder verstrekken, dan is Leverancier niet gehouden tot schadevergoeding en kan Klant de overeenkomst daarom niet ontbinden.');
    check('exoneratie-opzet', 'Indien Leverancier op grond van een wettelijke bepaling verplicht is informatie openbaar te maken, is Leverancier niet aansprakelijk voor de schade die daaruit voortvloeit.');
    // A statute named for another purpose, or a disclosure nobody compels, is an exemption like any other.
    check('exoneratie-opzet', 'Ook waar een wettelijke bepaling Leverancier verplicht tot herstel, is Leverancier «niet aansprakelijk» voor gevolgschade.');
    check('exoneratie-opzet', 'Leverancier mag vertrouwelijke informatie aan derden verstrekken en is «niet aansprakelijk» voor de gevolgen daarvan.');
  });

  it('leaves alone the usual reservation of obvious clerical errors in prices', () => {
    check('exoneratie-opzet', 'Kennelijke tikfouten en rekenfouten in een offerte binden Leverancier niet; Leverancier aanvaardt geen aansprakelijkheid voor wat uit zulke fouten volgt.');
    check('exoneratie-opzet', 'Offertes zijn onder voorbehoud van druk- en zetfouten. Voor de gevolgen van dergelijke fouten wordt geen aansprakelijkheid aanvaard.');
    // Errors of another kind are no clerical slip.
    check('exoneratie-opzet', 'Leverancier is «niet aansprakelijk» voor fouten in de software.');
    check('exoneratie-opzet', 'Offertes zijn onder voorbehoud van typefouten. Leverancier is «niet aansprakelijk» voor schade door storingen.');
  });

  it('counts "tenzij er sprake is van schuld" as a full carve-out, but not the other party\'s fault', () => {
    check('exoneratie-opzet', 'Voor gebreken in de opgeleverde software is Leverancier niet aansprakelijk, tenzij er sprake is van schuld.');
    check('exoneratie-opzet', '## Artikel 9 – Aansprakelijkheid\n9.1 De «aansprakelijkheid van Leverancier is beperkt» tot het factuurbedrag.\n9.2 Leverancier is nimmer aansprakelijk voor schade aan zaken, behoudens schuld of opzet van Leverancier.\n');
    check('exoneratie-opzet', 'Voor gebreken in de opgeleverde software is Leverancier «niet aansprakelijk», tenzij er sprake is van schuld van Opdrachtgever.');
  });

  it('counts a carve-out for what the user knew or ought to have known, in the same sentence', () => {
    check('exoneratie-opzet', 'Leverancier is niet aansprakelijk voor schade door onjuiste gegevens van Opdrachtgever, tenzij die onjuistheid voor Leverancier kenbaar was of behoorde te zijn.');
    check('exoneratie-opzet', 'Leverancier is niet aansprakelijk voor gebreken in aangeleverde tekeningen, tenzij Leverancier het gebrek wist of behoorde te weten.');
    // Only its own sentence: the next exemption still needs the carve-out.
    check('exoneratie-opzet', 'Leverancier is niet aansprakelijk voor schade door onjuiste gegevens, tenzij de fout voor Leverancier bekend was. Leverancier is «niet aansprakelijk» voor gevolgschade.');
    // A condition of knowledge on the other side is no carve-out.
    check('exoneratie-opzet', 'Leverancier is «niet aansprakelijk» voor schade, ook niet als het risico aan Opdrachtgever bekend was.');
  });

  it('reads "uitsluitend aansprakelijk voor" and the verb before the noun as limitations', () => {
    check('exoneratie-opzet', 'Leverancier is «uitsluitend aansprakelijk» voor directe schade.');
    check('exoneratie-opzet', 'Is Leverancier aansprakelijk, dan «is deze aansprakelijkheid beperkt» tot het factuurbedrag.');
    check('exoneratie-opzet', 'In dat geval «wordt de totale aansprakelijkheid van Leverancier beperkt» tot EUR 10.000.');
    // With its own carve-out, denied, or the other party's: none.
    check('exoneratie-opzet', 'Leverancier is uitsluitend aansprakelijk voor directe schade, behoudens opzet of bewuste roekeloosheid van Leverancier.');
    check('exoneratie-opzet', 'In dat geval is de aansprakelijkheid van Leverancier niet beperkt.');
    check('exoneratie-opzet', 'Opdrachtgever is uitsluitend aansprakelijk voor schade die hij zelf heeft veroorzaakt.');
    // A pointer to the limits of another clause is read there.
    check('exoneratie-opzet', 'Lukt het herstel niet, dan is Leverancier slechts aansprakelijk binnen de grenzen die artikel 12 stelt.');
    // Toward a consumer the grey list reports these forms (6:237 sub f), and this rule leaves them to it.
    check('exoneratie-opzet', 'Is Leverancier aansprakelijk, dan is deze aansprakelijkheid beperkt tot het factuurbedrag.', { audience: 'b2c' });
    check('exoneratie-opzet', 'Leverancier is uitsluitend aansprakelijk voor directe schade.', { audience: 'b2c' });
  });

  it('every limitation of the second kind holds "aansprakelijk" near its start', () => {
    assertGate(LIMITED_LIABILITY, ['aansprakelijk'], [
      'uitsluitend aansprakelijk',
      'slechts aansprakelijk voor',
      'is deze aansprakelijkheid beperkt',
      'wordt diens totale aansprakelijkheid abcdefghijklmnopqrst per gebeurtenis beperkt',
      'is aansprakelijkheid begrensd',
    ], LIMITED_BACK, 300);
  });

  it('every exemption without "aansprakelijk" holds one of its gate words', () => {
    assertGate(DAMAGES_EXCLUSION, DAMAGES_WORDS, [
      'nimmer gehouden zijn tot enige vergoeding van schade',
      'niet gehouden tot schadevergoeding',
      'nooit, ook niet na ingebrekestelling, aanspraak geven op enige schadevergoeding',
      'nimmer aanspraak maken op schadevergoeding',
      'niet tijdig betaalt, heeft Leverancier aanspraak op schadevergoeding',
      'geen aanspraak op vergoeding van de schade',
      'zonder tot enige schadevergoeding gehouden te zijn',
      'zonder daarvoor tot welke vergoeding van enige schade dan gehouden',
      `zonder ${'abcdefghijklmnopqrst'} ${'\ud835\udc00'.repeat(20)} tot welke vergoeding van enige schade ${'\ud835\udc01'.repeat(20)} gehouden`,
      'geenszins abcdefghijklmnopqrst uvwxyzabcdefghijklmn gehouden worden tot vergoeding van schade',
      'gehouden tot schadevergoeding',
      'kan geen schadevergoeding vorderen',
      'kan slechts een beperkte schadevergoeding vorderen tot',
      'uitsluitend abcdefghijklmnopqrst uvwxyzabcdefghijklmn schadevergoeding verhalen tot',
      'op generlei wijze gehouden tot vergoeding van schade',
      'op  generlei\twijze abcdefghijklmnopqrst uvwxyzabcdefghijklmn gehouden zijn tot enige schadevergoeding',
      'zonder enige verplichting tot betaling van enige schadevergoeding',
      `zonder ${'\ud835\udc00'.repeat(20)} ${'\ud835\udc01'.repeat(20)} plicht ${'\ud835\udc02'.repeat(20)} tot voldoening van vergoeding van de schade`,
    ], DAMAGES_BACK, 600);
  });

  it('stays quiet when the article or the whole draft carves out intent and recklessness', () => {
    check('exoneratie-opzet', 'Leverancier is niet aansprakelijk voor indirecte schade, behoudens opzet of bewuste roekeloosheid van Leverancier of haar leidinggevenden.');
    check('exoneratie-opzet', '## Artikel 9 – Aansprakelijkheid\n9.1 Leverancier is niet aansprakelijk voor indirecte schade.\n9.2 De beperkingen van dit artikel gelden niet bij opzet of bewuste roekeloosheid van Leverancier.\n');
    check(
      'exoneratie-opzet',
      '## Artikel 3 – Storingen\n3.1 Leverancier is niet aansprakelijk voor storingen bij derden.\n## Artikel 9 – Aansprakelijkheid\n9.1 Geen beperking of uitsluiting van aansprakelijkheid in deze algemene voorwaarden geldt bij opzet of grove schuld van Leverancier.\n',
    );
  });

  it('does not stretch a carve-out scoped to one article, or to one exemption, to an exemption elsewhere', () => {
    check(
      'exoneratie-opzet',
      '## Artikel 7 – Buitengebruikstelling\n7.1 Leverancier is «nimmer aansprakelijk» voor schade door de buitengebruikstelling.\n## Artikel 11 – Aansprakelijkheid\n11.1 Leverancier is niet aansprakelijk voor indirecte schade.\n11.2 De vorige leden van dit artikel gelden niet bij opzet of bewuste roekeloosheid van Leverancier en in alle gevallen waarin de wet dat in deze voorwaarden bepaalt.\n',
    );
    check(
      'exoneratie-opzet',
      '## Artikel 7 – Buitengebruikstelling\n7.1 Leverancier is «nimmer aansprakelijk» voor schade door de buitengebruikstelling.\n## Artikel 11 – Aansprakelijkheid\n11.1 Leverancier is niet aansprakelijk voor schade uit de overeenkomst, behoudens opzet of bewuste roekeloosheid van Leverancier.\n',
    );
  });

  it('leaves alone liability that is not excluded, and force majeure', () => {
    check('exoneratie-opzet', 'Leverancier is aansprakelijk voor schade die het gevolg is van een toerekenbare tekortkoming.');
    check('exoneratie-opzet', 'Een partij is niet aansprakelijk voor een tekortkoming die het gevolg is van overmacht.');
    check('exoneratie-opzet', 'Deze algemene voorwaarden laten de wettelijke aansprakelijkheid van Leverancier onverlet.');
  });

  it('does not read intent named as covered by the exemption ("daaronder begrepen opzet") as its carve-out', () => {
    check('exoneratie-opzet', 'Verhuurder is «niet aansprakelijk» voor zijn hulppersonen, daaronder begrepen hun opzet of (grove) schuld.');
    check('exoneratie-opzet', 'Verhuurder is «niet aansprakelijk» voor schade, ook bij opzet van zijn hulppersonen.');
    // With an exception of its own, the sentence still carves out.
    check('exoneratie-opzet', 'Verhuurder is niet aansprakelijk voor zijn hulppersonen, daaronder begrepen hun schuld, tenzij sprake is van opzet of bewuste roekeloosheid van Verhuurder.');
  });

  it('notes a carve-out for intent alone as incomplete, without a fix', () => {
    const [f] = check('exoneratie-opzet', 'Leverancier is «niet aansprakelijk» voor gevolgschade, behoudens opzet.');
    assert.match(f.message.nl, /niet voor bewuste roekeloosheid/);
    assert.equal(f.fixes, undefined);
  });

  it('adds the carve-out at the end of the sentence, naming the party', () => {
    const marked = 'Leverancier is «niet aansprakelijk» voor indirecte schade. Dat is zo.';
    const [f] = check('exoneratie-opzet', marked);
    assert.equal(
      applyFix(unmark(marked).text, f),
      'Leverancier is niet aansprakelijk voor indirecte schade, behoudens opzet of bewuste roekeloosheid van Leverancier of zijn leidinggevenden. Dat is zo.',
    );
    const mutual = 'Partijen zijn «niet aansprakelijk» voor elkaars indirecte schade.';
    const [p] = check('exoneratie-opzet', mutual);
    assert.match(applyFix(unmark(mutual).text, p), /schade, behoudens opzet of bewuste roekeloosheid van de betrokken partij of zijn leidinggevenden\.$/);
    const [g] = check('exoneratie-opzet', '«Aansprakelijkheid voor gevolgschade is uitgesloten»');
    assert.equal(applyFix('Aansprakelijkheid voor gevolgschade is uitgesloten', g), 'Aansprakelijkheid voor gevolgschade is uitgesloten, behoudens opzet of bewuste roekeloosheid van [gebruiker] of zijn leidinggevenden');
    const { newText } = g.fixes![0].edits[0];
    const r = g.fixes![0].reveal!;
    assert.equal(newText.slice(r.start, r.end), '[gebruiker]', 'the placeholder is shown to the drafter');
  });

  it('leaves an unnamed party as a placeholder that names no side, so that the draft\'s own name for it is not contradicted', () => {
    // A draft that calls the supplier "Opdrachtnemer" throughout, with an exemption that names no party.
    const uses = Array.from({ length: 12 }, (_, i) => `${i + 2}. Opdrachtnemer levert de dienst binnen de termijn.`).join('\n');
    const text = `## Artikel 1 – Uitvoering\n${uses}\n## Artikel 2 – Aansprakelijkheid\n2.1 Aansprakelijkheid voor gevolgschade is uitgesloten.\n`;
    const before = analyze(text, {});
    const f = before.findings.find((x) => x.ruleId === 'exoneratie-opzet')!;
    const after = analyze(applyFix(text, f), {});
    assert.deepEqual(after.findings.filter((x) => x.ruleId !== 'placeholder').map((x) => x.ruleId), before.findings.filter((x) => x !== f).map((x) => x.ruleId));
    assert.ok(after.findings.some((x) => x.ruleId === 'placeholder'));
    // A draft that defines Gebruiker gets its own term, written as defined.
    const defined = `## Artikel 1 – Definities\nGebruiker: de partij die deze voorwaarden hanteert.\n## Artikel 2 – Aansprakelijkheid\n2.1 Aansprakelijkheid voor gevolgschade is uitgesloten.\n`;
    const [d] = findingsOf('exoneratie-opzet', defined);
    assert.match(applyFix(defined, d), /uitgesloten, behoudens opzet of bewuste roekeloosheid van Gebruiker of zijn leidinggevenden\.\n$/);
  });

  it('where no article has any carve-out, reports one finding in the article on liability, the others its places, and offers one general clause', () => {
    const draft = [
      '## Artikel 4 – Onderhoud',
      '4.1 Leverancier is «nimmer aansprakelijk» voor schade door onderhoud.',
      '## Artikel 9 – Aansprakelijkheid',
      '9.1 De «aansprakelijkheid van Leverancier is beperkt» tot het factuurbedrag.',
      '9.2 Leverancier is «niet aansprakelijk» voor gevolgschade.',
      '',
    ].join('\n');
    const found = check('exoneratie-opzet', draft);
    assert.equal(found.length, 1);
    const [f] = found;
    assert.match(f.message.nl, /en de voorwaarden maken die uitzondering nergens, ook niet bij de andere exoneraties\./);
    assert.match(f.message.nl, /"De beperkingen en uitsluitingen van aansprakelijkheid in deze voorwaarden gelden niet bij opzet of bewuste roekeloosheid van Leverancier of zijn leidinggevenden\."/);
    // It stands at the last exemption of the article on liability, after which the general clause belongs.
    assert.equal(f.span.start, unmark(draft).text.indexOf('niet aansprakelijk'));
    assert.match(f.message.nl, /Komt nog 2 keer voor: 4\.1 en 9\.1\.$/);
    assert.match(f.message.en, /nor at the other exemptions/);
    assert.equal(f.occurrences?.length, 2);
    // One fix, the general clause the message quotes, after that exemption's sentence: it settles every place.
    assert.equal(f.fixes?.length, 1);
    assert.ok(f.occurrences!.every((o) => !o.fixes?.length));
    const fixed = applyFix(unmark(draft).text, f);
    assert.match(fixed, /gevolgschade\. De beperkingen en uitsluitingen van aansprakelijkheid in deze voorwaarden gelden niet bij opzet of bewuste roekeloosheid van Leverancier of zijn leidinggevenden\.\n/);
    assert.deepEqual(findingsOf('exoneratie-opzet', fixed), []);
    // Without an article on liability, the first exemption leads.
    const [first] = check('exoneratie-opzet', draft.replace('Aansprakelijkheid', 'Diversen'));
    assert.equal(first.span.start, unmark(draft).text.indexOf('nimmer aansprakelijk'));
    assert.match(first.message.nl, /Komt nog 2 keer voor: 9\.1 en 9\.2\.$/);
    // The lead's sentence must take the clause after its full stop: a list lead-in ("... te weten:") leaves it to the next.
    const listed = '## Artikel 9 – Aansprakelijkheid\n9.1 Leverancier is alleen aansprakelijk voor directe schade, te weten:\n- de kosten van herstel;\n9.2 Buiten dat geval is Leverancier niet aansprakelijk.\n';
    const [l] = findingsOf('exoneratie-opzet', listed);
    assert.equal(l.span.start, listed.indexOf('niet aansprakelijk'));
    assert.deepEqual(findingsOf('exoneratie-opzet', applyFix(listed, l)), []);
    // Two exemptions in one article are already several: one finding.
    const one = check('exoneratie-opzet', '## Artikel 9 – Aansprakelijkheid\n9.1 De «aansprakelijkheid van Leverancier is beperkt» tot het factuurbedrag.\n9.2 Leverancier is «niet aansprakelijk» voor gevolgschade.\n');
    assert.equal(one.length, 1);
    assert.match(one[0].message.nl, /nergens/);
    // A single exemption: the plain message.
    const [single] = check('exoneratie-opzet', '## Artikel 9 – Aansprakelijkheid\n9.1 De «aansprakelijkheid van Leverancier is beperkt» tot het factuurbedrag.\n');
    assert.doesNotMatch(single.message.nl, /nergens/);
    // A carve-out in some article: each exemption it does not reach is a finding of its own, not "nowhere".
    const elsewhere = check(
      'exoneratie-opzet',
      draft.replace('## Artikel 9 – Aansprakelijkheid\n9.1 De «aansprakelijkheid van Leverancier is beperkt» tot het factuurbedrag.\n9.2 Leverancier is «niet aansprakelijk» voor gevolgschade.', '## Artikel 9 – Aansprakelijkheid\n9.1 De aansprakelijkheid van Leverancier is beperkt tot het factuurbedrag.\n9.2 De beperkingen van dit artikel gelden niet bij opzet of bewuste roekeloosheid van Leverancier.'),
    );
    assert.equal(elsewhere.length, 1);
    assert.doesNotMatch(elsewhere[0].message.nl, /nergens/);
    // Also where the article that has the carve-out holds limitations in a form the rule does not read itself.
    const unread = [
      '## Artikel 4 – Onderhoud',
      '4.1 Leverancier is «nimmer aansprakelijk» voor schade door onderhoud.',
      '## Artikel 5 – Gegevens',
      '5.1 Leverancier is «niet aansprakelijk» voor verlies van gegevens.',
      '## Artikel 9 – Aansprakelijkheid',
      '9.1 Een vordering tot schadevergoeding bedraagt ten hoogste het factuurbedrag.',
      '9.2 Het vorige lid geldt niet bij schade door opzet of bewuste roekeloosheid van Leverancier.',
      '',
    ].join('\n');
    const two = check('exoneratie-opzet', unread);
    assert.equal(two.length, 2);
    assert.ok(two.every((x) => !/nergens/.test(x.message.nl) && !x.occurrences));
    // "Opzet" as a design is no carve-out.
    const design = check('exoneratie-opzet', unread.replace('9.2 Het vorige lid geldt niet bij schade door opzet of bewuste roekeloosheid van Leverancier.', '9.2 Opdrachtgever bepaalt de opzet van het werk.'));
    assert.equal(design.length, 1);
    assert.match(design[0].message.nl, /nergens/);
    // A disable comment at a place silences that place only, the lead's too: the group shrinks.
    for (const line of ['4.1 ', '9.1 ']) {
      const silenced = analyze(unmark(draft).text.replace(line, `<!-- clausule-disable-next-line exoneratie-opzet -->\n${line}`)).findings.filter((x) => x.ruleId === 'exoneratie-opzet');
      assert.equal(silenced.length, 1);
      assert.equal(silenced[0].occurrences?.length, 1);
      assert.equal(silenced[0].lead, undefined);
    }
  });

  it('reads a carve-out inside one exemption as that exemption\'s own, and one that speaks of the article as the article\'s', () => {
    // "tenzij deze schade ..." covers its own sentence; the next lid has none.
    check(
      'exoneratie-opzet',
      '## Artikel 9 – Aansprakelijkheid\n9.2 Leverancier is nimmer aansprakelijk voor schade uit de uitvoering, tenzij deze schade is veroorzaakt door opzet of bewuste roekeloosheid van Leverancier.\n9.4 Leverancier is «nimmer aansprakelijk» voor verlies van gegevens die Opdrachtgever ter beschikking stelt.\n',
    );
    // A sentence of its own, or a carve-out that names the article, covers every lid.
    check('exoneratie-opzet', '## Artikel 9 – Aansprakelijkheid\n9.1 Leverancier is niet aansprakelijk voor gevolgschade.\n9.2 Leverancier is niet aansprakelijk voor verlies van gegevens. Dit geldt niet bij opzet of bewuste roekeloosheid van Leverancier.\n');
    check('exoneratie-opzet', '## Artikel 9 – Aansprakelijkheid\n9.1 Leverancier is niet aansprakelijk voor gevolgschade.\n9.2 Leverancier is niet aansprakelijk voor verlies van gegevens, en geen beperking in dit artikel geldt bij opzet of bewuste roekeloosheid van Leverancier.\n');
  });

  it('notes a carve-out that still limits liability for intent', () => {
    const [f] = check(
      'exoneratie-opzet',
      'Leverancier is «nimmer aansprakelijk» voor schade uit de uitvoering, tenzij de schade is veroorzaakt door opzet of grove schuld van Leverancier, in welk geval Leverancier uitsluitend aansprakelijk is voor de directe schade.',
    );
    assert.match(f.message.nl, /maar beperkt de aansprakelijkheid ook dan/);
    assert.equal(f.fixes, undefined);
    check('exoneratie-opzet', 'Leverancier is niet aansprakelijk voor indirecte schade, tenzij de schade is veroorzaakt door opzet of grove schuld van Leverancier, in welk geval de wet geldt.');
  });

  it('reads a general carve-out for the caps on direct damage as lifting those caps only', () => {
    const draft = (cap: string) =>
      `## Artikel 6 – Levertijd\n6.1 ${cap}\n## Artikel 15 – Aansprakelijkheid\n15.1 De aansprakelijkheid van Leverancier is beperkt tot het factuurbedrag.\n15.2 Bij opzet of grove schuld van Leverancier vervallen alle beperkingen van zijn aansprakelijkheid voor directe schade uit deze voorwaarden.\n`;
    check('exoneratie-opzet', draft('Leverancier is «nimmer aansprakelijk» voor indirecte schade.'));
    check('exoneratie-opzet', draft('Overschrijding van de levertijd kan Opdrachtgever «nimmer aanspraak geven op enige schadevergoeding».'));
    check('exoneratie-opzet', draft('De aansprakelijkheid van Leverancier voor schade door te late levering is gemaximeerd op EUR 5.000.'));
  });

  it('reads such a carve-out in the article of the exclusion of indirect damage the same way', () => {
    const article = (carveOut: string) =>
      `## Artikel 15. Aansprakelijkheid

Is Leverancier aansprakelijk, dan blijft zijn aansprakelijkheid beperkt tot het factuurbedrag.

Voor indirecte schade is Leverancier «nimmer aansprakelijk».

${carveOut}
`;
    // The heading and the first clause are read as that clause: the cap in it is lifted, the exclusion is not.
    check('exoneratie-opzet', article('Bij opzet of bewuste roekeloosheid van Leverancier vervallen de in dit artikel gestelde grenzen aan zijn aansprakelijkheid voor directe schade.'));
    check('exoneratie-opzet', article('Voor directe schade vervallen de beperkingen van aansprakelijkheid uit deze voorwaarden bij opzet of bewuste roekeloosheid van Leverancier.'));
    // A carve-out for all limitations of the article covers the exclusion too.
    check('exoneratie-opzet', article('Bij opzet of bewuste roekeloosheid van Leverancier vervallen alle grenzen die dit artikel aan zijn aansprakelijkheid stelt.').replace(/[«»]/g, ''));
  });

  it('reads "kan geen schadevergoeding vorderen" and "slechts ... schadevergoeding verkrijgen" as exemptions, not a claim to damages', () => {
    check('exoneratie-opzet', 'Bij een storing kan Opdrachtgever «geen schadevergoeding vorderen».');
    check('exoneratie-opzet', 'Bij een tekortkoming kan Opdrachtgever «uitsluitend een schadevergoeding verhalen tot» ten hoogste de vergoeding van dat kwartaal.');
    check('exoneratie-opzet', 'Opdrachtgever kan slechts schadevergoeding vorderen nadat hij Leverancier in gebreke heeft gesteld.');
    check('exoneratie-opzet', 'Opdrachtgever kan naast ontbinding ook schadevergoeding vorderen.');
    check('exoneratie-opzet', 'Is Opdrachtgever niet tevreden, dan kan hij schadevergoeding vorderen volgens de wet.');
  });

  describe('a proviso "voor zover wettelijk toegestaan"', () => {
    it('is no carve-out: the message says why, and toward a consumer cites the duty to draft clearly', () => {
      check('exoneratie-opzet', 'Voor zover wettelijk toegestaan is Leverancier «niet aansprakelijk» voor indirecte schade.');
      check('exoneratie-opzet', 'Behoudens dwingend recht is Leverancier «niet aansprakelijk» voor gevolgschade.');
      check('exoneratie-opzet', 'Leverancier is «niet aansprakelijk» voor verlies van gegevens, voor zover de wet dat toestaat.');
      const text = 'Voor zover toegestaan door het toepasselijke recht is Leverancier niet aansprakelijk voor indirecte schade.';
      const [b2b] = findingsOf('exoneratie-opzet', text, { audience: 'b2b' });
      assert.match(b2b.message.nl, /geldt "voor zover toegestaan door het toepasselijke recht", maar maakt geen uitzondering voor opzet of bewuste roekeloosheid\. Zo'n voorbehoud is die uitzondering niet/);
      assert.match(b2b.message.nl, /artikel 6:248 lid 2 BW/);
      assert.doesNotMatch(b2b.message.nl, /6:238/);
      assert.match(b2b.message.en, /applies "voor zover toegestaan door het toepasselijke recht" but makes no exception for intent/);
      const [b2c] = findingsOf('exoneratie-opzet', text, { audience: 'b2c' });
      assert.match(b2c.message.nl, /duidelijk en begrijpelijk zijn opgesteld; bij twijfel over de betekenis geldt de voor de consument gunstigste uitleg \(artikel 6:238 lid 2 BW\)\.$/);
      assert.match(b2c.message.en, /\(article 6:238\(2\) BW\)\.$/);
    });

    it('in a sentence of its own, is reported once at the proviso, pointing to the exemptions it was meant to save', () => {
      const article = [
        '## Artikel 9 – Aansprakelijkheid',
        '9.1 Leverancier is niet aansprakelijk voor indirecte schade. Leverancier is niet aansprakelijk voor verlies van gegevens.',
        '9.2 Deze beperkingen gelden voor iedere vordering, «voor zover toegestaan door het toepasselijke recht».',
        '',
      ].join('\n');
      check('exoneratie-opzet', article);
      const [f] = findingsOf('exoneratie-opzet', unmark(article).text);
      assert.match(f.message.nl, /^Het voorbehoud "voor zover toegestaan door het toepasselijke recht" is geen uitzondering voor opzet of bewuste roekeloosheid/);
      assert.equal(f.related?.length, 2);
      // The fix adds the general carve-out after the proviso's sentence, which settles the article.
      const fixed = applyFix(unmark(article).text, f);
      assert.match(fixed, /toepasselijke recht\. De beperkingen en uitsluitingen van aansprakelijkheid in deze voorwaarden gelden niet bij opzet of bewuste roekeloosheid van Leverancier of zijn leidinggevenden\./);
      assert.deepEqual(findingsOf('exoneratie-opzet', fixed), []);
    });

    it('leaves the ordinary message where the proviso does not name the law, and is quiet beside a real carve-out', () => {
      const [f] = findingsOf('exoneratie-opzet', 'Voor zover Opdrachtgever dat toestaat, is Leverancier niet aansprakelijk voor indirecte schade.');
      assert.match(f.message.nl, /^Deze uitsluiting of beperking van aansprakelijkheid maakt geen uitzondering voor opzet of bewuste roekeloosheid\. Een beroep/);
      check('exoneratie-opzet', 'Voor zover wettelijk toegestaan, en behoudens opzet of bewuste roekeloosheid van Leverancier of haar leidinggevenden, is Leverancier niet aansprakelijk voor indirecte schade.');
    });
  });
});
