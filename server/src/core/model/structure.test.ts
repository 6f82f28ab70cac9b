// The forms of structure real drafts use, each in a fixture of our own words (test/fixtures/structure):
// the outline each must give, which numbers are structure and which are not, and that the numbering
// rule and renumbering read them the same way.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../analyzer';
import { documentSymbols, type OutlineSymbol } from '../features/symbols';
import { applyEdits, renumberEdits } from '../features/renumber';
import { parseDocument } from './parse';
import type { DocumentModel } from './types';
import { articleFor, lidOf } from './numbering';

const fixture = (name: string) => readFileSync(path.resolve('test/fixtures/structure', name), 'utf8');
const names = (s: OutlineSymbol[], depth = 0): string[] => s.flatMap((x) => [`${'  '.repeat(depth)}${x.name}`, ...names(x.children, depth + 1)]);
const outline = (m: DocumentModel) => names(documentSymbols(m));
const numbering = (text: string) => analyze(text, { rules: {} }).findings.filter((f) => f.ruleId === 'nummering').map((f) => f.message.nl);
const styles = (m: DocumentModel) => m.nodes.map((n) => `${n.label}:${n.style}`);

describe('model: structure forms of real drafts (own fixtures)', () => {
  it('article headings with ".", "-", "—", ":", ";" after the number, in capitals, and with a typo in the word', () => {
    const text = fixture('koppen.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), [
      'Artikel 1 – Begrippen', '  1 lid 1', '  1 lid 2',
      'Artikel 2 – Toepasselijkheid', '  2 lid 1', '  2 lid 2',
      'Artikel 3 – Betaling', '  3 lid 1', '  3 lid 2',
      'Artikel 4 – AANSPRAKELIJKHEID', '  4 lid 1',
      'Artikel 5',
      'Artikel 6',
      'Artikel 7 – Slotbepaling', '  7 lid 1',
    ]);
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
  });

  it('clauses that carry a bold title ("**1.1 Titel**", "1.1 **Titel**") and a number in bold ("**1.3** Tekst")', () => {
    const text = fixture('vet.av');
    const m = parseDocument(text);
    assert.deepEqual(
      m.nodes.map((n) => `${n.label}${n.heading ? ` [${n.heading}]` : ''}`),
      ['1 [Algemeen]', '1.1 [Toepassing]', '1.2 [Aanbod]', '1.3', '2 [Betaling]', '2.1 [Termijn]', '2.2'],
    );
    // The clause holds the text on the next line; its heading span is the title without the emphasis.
    const [c11] = m.byLabel.get('1.1')!;
    assert.match(text.slice(c11.span.start, c11.span.end), /Deze voorwaarden gelden/);
    assert.equal(text.slice(c11.headingSpan!.start, c11.headingSpan!.end), 'Toepassing');
    const [ref] = m.references;
    assert.equal(ref.target?.heading, 'Aanbod');
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
  });

  it('a run of clauses 14.1, 14.3 after article 4 without a heading of its own: article 14\'s clauses', () => {
    const text = fixture('zonderkop.av');
    const m = parseDocument(text);
    // Numbering reads the run by its own prefix: a gap in it, no "14.1 staat onder artikel 4", no duplicate 1.
    assert.deepEqual(numbering(text), ['Na 4.1 volgt 4.3: 4.2 ontbreekt. Hernummer met "Clausule: Artikelen hernummeren", of vul het ontbrekende onderdeel aan.', 'Na 14.1 volgt 14.3: 14.2 ontbreekt. Hernummer met "Clausule: Artikelen hernummeren", of vul het ontbrekende onderdeel aan.']);
    // Renumbering closes the gaps and keeps the run in article 14; the references follow.
    const out = applyEdits(text, renumberEdits(m));
    assert.match(out, /\n4\.2 Bij te late betaling/);
    assert.match(out, /\n14\.1 Op deze voorwaarden/);
    assert.match(out, /\n14\.2 Geschillen gaan naar de bevoegde rechter; artikel 14\.1 en artikel 14 blijven/);
    assert.deepEqual(numbering(out), []);
    // A single stray clause is still reported as standing under the wrong article.
    const stray = 'Artikel 4 Betaling\n4.1 De klant betaalt binnen veertien dagen.\n14.2 Geschillen gaan naar de rechter.\n';
    assert.match(numbering(stray).join('\n'), /14\.2 staat onder artikel 4/);
  });

  it('leden "1." restart under each article: lid 1 of article 3 is 3.1, found by article and lid', () => {
    const m = parseDocument(fixture('koppen.av'));
    const [lid] = m.byLabel.get('3.1')!;
    assert.equal(lid.style, 'lid');
    assert.equal(lid.label, '3 lid 1');
    assert.equal(lid.parent!.heading, 'Betaling');
    assert.match(m.text.slice(lid.textSpan.start, lid.textSpan.end), /^Opdrachtgever betaalt binnen dertig dagen/);
    const ref = m.references.find((r) => r.text === 'artikel 3 lid 1');
    assert.equal(ref?.target, lid);
    assert.equal(lidOf(articleFor(m, '3')!, '1'), lid);
    assert.equal(lidOf(articleFor(m, '3')!, '3'), undefined);
  });

  it('Markdown "##### Artikel 4." headings, with and without a title, and clauses with a bold title', () => {
    const m = parseDocument(fixture('markdown-kop5.av.md'));
    assert.deepEqual(outline(m), ['Artikel 1', '  1 lid 1', '  1 lid 2', 'Artikel 2 – Levering', '  2 lid 1', '  2 lid 2', '  2 lid 3']);
    assert.equal(m.references.find((r) => r.text === 'lid 1')?.target?.label, '2 lid 1');
  });

  it('Markdown a converter wrote with an escaped full stop ("### Artikel 1\\. Titel", "## 3\\. Titel", "1\\. Tekst")', () => {
    const text = fixture('markdown-escaped.av.md');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), [
      'Artikel 1 – Begrippen', '  1 lid 1', '  1 lid 2',
      'Artikel 2 – Levering', '  2 lid 1', '  2 lid 2', '  2 lid 3', '    2 lid 3 sub 1', '    2 lid 3 sub 2',
      'Artikel 3 – Slot', '  3 lid 1', '  3 lid 2',
    ]);
    assert.deepEqual(m.references.map((r) => `${r.text} → ${r.target?.label}`), ['lid 3 → 2 lid 3', 'artikel 2 lid 1 → 2 lid 1']);
    assert.deepEqual(m.definitions.map((d) => d.term), ['Dienst', 'Klant']);
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
    // A gap in an escaped list is found and renumbered like any other; the escape stays where the converter put it.
    const gap = text.replace('2\\. Geschillen', '4\\. Geschillen');
    assert.equal(numbering(gap).length, 1);
    const fixed = applyEdits(gap, renumberEdits(parseDocument(gap)));
    assert.equal(fixed, text);
  });

  it('a Markdown heading of a lower level ("### Inhoud") before "## Artikel" headings holds none of those articles', () => {
    const text = fixture('markdown-lager-kopje.av.md');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), ['Inhoud', 'Artikel 1 – Begrippen', '  1 lid 1', 'Artikel 2 – Huur', '  2 lid 1', '  2 lid 2', 'Hoofdstuk 2 Slot', '  Artikel 3 – Recht']);
    assert.equal(m.references.find((r) => r.text === 'artikel 1')?.target?.label, '1');
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
  });

  it('numbered titles ("01 Begrippen", "2. Huur") over paragraphs without numbers: articles with their titles', () => {
    const text = fixture('titels-met-alineas.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), ['1 – Begrippen', '2 – Huur', '3 – Betaling']);
    assert.deepEqual(m.references.map((r) => `${r.text} → ${r.target?.label}`), ['Artikel 1 → 1', 'artikel 2 → 2']);
    assert.deepEqual(m.definitions.map((d) => d.term), ['Klant']);
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
    const dotted = text.replace(/^0(\d) /gm, '$1. ');
    assert.deepEqual(outline(parseDocument(dotted)), ['1 – Begrippen', '2 – Huur', '3 – Betaling']);
    assert.ok(parseDocument(dotted).nodes.every((n) => n.kind === 'article'));
    // A gap is renumbered without touching the zero before the number.
    const gap = text.replace('03 Betaling', '04 Betaling');
    assert.equal(numbering(gap).length, 1);
    assert.equal(applyEdits(gap, renumberEdits(parseDocument(gap))), text);
    // Short clauses whose text wraps onto the next line (no blank line after the first) stay clauses.
    const wrapped = 'Algemene voorwaarden\n\n1. De Klant betaalt de huur van de fiets\nvooraf per bank.\n2. De Klant levert de fiets schoon\nen op tijd in.\n';
    assert.deepEqual(parseDocument(wrapped).nodes.map((n) => `${n.kind} ${n.label}`), ['clause 1', 'clause 2']);
  });

  it('"4. Titel" headings with 1.1, 1.2., 1.3 -, 2.2.1., numbers alone on their line, and a sentence wrapped before a number', () => {
    const text = fixture('genummerd.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), ['1 – Algemeen', '  1.1', '  1.2', '  1.3', '2 – Diensten', '  2.1', '  2.2', '    2.2.1', '    2.2.2', '3 – Beëindiging', '  3.1', '  3.2']);
    // The number alone on its line takes the next line as its text.
    assert.equal(m.text.slice(m.byLabel.get('2.1')![0].textSpan.start, m.byLabel.get('2.1')![0].textSpan.end), 'De dienst is beschikbaar op werkdagen.');
    // "2.1" that continues the sentence of 3.1 is part of it, not a clause.
    assert.equal(m.byLabel.get('2.1')!.length, 1);
    assert.match(m.text.slice(m.byLabel.get('3.1')![0].textSpan.start, m.byLabel.get('3.1')![0].textSpan.end), /2\.1 voor de gevolgen/);
    assert.deepEqual(numbering(text), []);
  });

  it('several dotted clauses run together in one paragraph, and numbers in that text that cite a clause', () => {
    const text = fixture('aaneen.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), ['Artikel 1 – Levering', '  1.1', '    1.1.1', '    1.1.2', '  1.2', 'Artikel 2 – Betaling', '  2.1']);
    const own = (label: string) => m.text.slice(m.byLabel.get(label)![0].textSpan.start, m.byLabel.get(label)![0].textSpan.end);
    assert.equal(own('1.1.1'), 'De leverancier levert binnen vier weken.');
    assert.equal(own('1.1.2'), 'Een termijn is geen fatale termijn, zie 1.1.1 hiervoor.');
    assert.match(own('1.2'), /^Risico Het risico .* zoals bepaald in 1\.1 Deze regel geldt ook voor deellevering\.$/);
    assert.deepEqual(numbering(text), []);
    // The numbering is whole; that the clauses run together on one line is said once (not at the citations).
    const midLine = analyze(text, { rules: {} }).findings.filter((f) => f.ruleId === 'bepaling-midden-regel');
    assert.deepEqual(midLine.map((f) => text.slice(f.span.start, f.span.end)), ['1.1.1']);
    assert.deepEqual(renumberEdits(m), []);
  });

  it('a clause glued to the full stop of the clause before it, on its line or on the text line of a number alone', () => {
    const text = fixture('aaneen-vast.av');
    const m = parseDocument(text);
    assert.deepEqual(m.nodes.map((n) => n.written), ['4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7']);
    const own = (label: string) => m.text.slice(m.byLabel.get(label)![0].textSpan.start, m.byLabel.get(label)![0].textSpan.end);
    // A version, an amount and citations are no clauses, glued or not.
    assert.match(own('4.1'), /versie 2\.3\.1 De levering omvat de handleiding\.$/);
    assert.match(own('4.2'), /EUR 1\.250,00 per jaar .* art\.7\.3 De facturen volgen per jaar\.$/);
    assert.match(own('4.3'), /aangewezen derden\.$/);
    assert.equal(own('4.4'), 'Afnemer controleert de levering binnen acht dagen.');
    assert.match(own('4.5'), /^Afnemer meldt .* artikel 7\.3\.2 De melding omschrijft het gebrek\.$/);
    assert.equal(own('4.6'), 'Leverancier herstelt gebreken binnen vijf werkdagen.');
    assert.deepEqual(numbering(text), []);
    const midLine = analyze(text, { rules: {} }).findings.filter((f) => f.ruleId === 'bepaling-midden-regel');
    assert.deepEqual(midLine.map((f) => text.slice(f.span.start, f.span.end)), ['4.4', '4.6']);
    assert.deepEqual(renumberEdits(m), []);
  });

  it('a number glued to a full stop inside the text of a clause on its own line is a clause only after a sentence', () => {
    // "4.6" after 4.5 continues the numbering, but stands in a sentence of a text line: no clause there.
    const text = 'Artikel 4. Levering\n4.5\nAfnemer meldt gebreken schriftelijk 4.6 Daarin staat de termijn.\n4.6 Leverancier herstelt gebreken.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.nodes.map((n) => n.written), ['4', '4.5', '4.6']);
    assert.equal(m.byLabel.get('4.6')![0].line, 3);
  });

  it('articles headed "§ 1 Titel", "§2 Titel" or "§ 3" with leden that restart at 1; sections "§ 1" over "Artikel" headings', () => {
    const text = fixture('paragraaf.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), ['Artikel 1 – Toepasselijkheid', '  1 lid 1', '  1 lid 2', 'Artikel 2 – Betaling', '  2 lid 1', '  2 lid 2', 'Artikel 3', '  3 lid 1']);
    assert.deepEqual(m.blocks.map((b) => b.firstLine), [0, 2, 6, 10]);
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
    // A gap is reported and renumbered at the number after the sign.
    const gap = text.replace('§ 3', '§ 4');
    assert.deepEqual(numbering(gap).length, 1);
    assert.equal(applyEdits(gap, renumberEdits(parseDocument(gap))), text);
    // Over "Artikel" headings, "§" heads a section of them.
    const sections = fixture('paragraaf-secties.av');
    const s = parseDocument(sections);
    assert.deepEqual(s.nodes.map((n) => `${n.kind}:${n.label}`), ['part:§ 1 Algemene bepalingen', 'article:1', 'clause:1 lid 1', 'article:2', 'clause:2 lid 1', 'part:§ 2 Uitvoering', 'article:3', 'clause:3 lid 1']);
    assert.deepEqual(numbering(sections), []);
    // Prose that opens with "§ 2" is no heading.
    assert.deepEqual(parseDocument('Artikel 1 Prijs\n1. § 2 lid 1 geldt ook hier.\n§ 2 lid 1 bepaalt dat de prijs vastligt.\n').nodes.map((n) => n.label), ['1', '1 lid 1']);
  });

  it('items numbered in capitals inside a clause, after its colon and in sequence; not an initial or a lone capital', () => {
    const text = fixture('hoofdletter-onderdelen.av');
    const m = parseDocument(text);
    assert.deepEqual(styles(m), [
      '9:artikel', '9.1:dotted', '9.2:dotted', '9.2 sub I:roman', '9.2 sub II:roman', '9.2 sub III:roman',
      '9.3:dotted', '9.3 sub A:letter', '9.3 sub B:letter', '9.4:dotted', '9.5:dotted',
    ]);
    const own = (label: string) => {
      const n = m.nodes.find((x) => x.label === label)!;
      return m.text.slice(n.textSpan.start, n.textSpan.end);
    };
    assert.equal(own('9.2 sub II'), 'de ontvanger zelf heeft ontwikkeld;');
    assert.match(own('9.4'), /J\. Jansen/);
    assert.match(own('9.5'), /B\. Het overzicht/);
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
  });

  it('a number inside a sentence is a clause only where it continues the numbering', () => {
    // Out of sequence inside a sentence: a reference or an amount, part of the clause it stands in.
    const text = [
      '## Artikel 3 – Meerwerk',
      '3.1 Meerwerk wordt vooraf schriftelijk opgedragen.',
      '3.2 Voor meerwerk geldt het tarief vermeld bij 3.5 De Klant ontvangt vooraf een opgave. Het uurtarief is 3.4 Daarbij komt de reistijd.',
      '3.3 Meerwerk wordt maandelijks gefactureerd.',
      '',
    ].join('\n');
    const m = parseDocument(text);
    assert.deepEqual(m.nodes.map((n) => n.written), ['3', '3.1', '3.2', '3.3']);
    const own = (label: string) => m.text.slice(m.byLabel.get(label)![0].textSpan.start, m.byLabel.get(label)![0].textSpan.end);
    assert.match(own('3.2'), /bij 3\.5 De Klant .* is 3\.4 Daarbij komt de reistijd\.$/);
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
    // In sequence inside a sentence (the next clause, the first sub-clause): a clause of its own.
    const run = [
      '## Artikel 3 – Meerwerk',
      '3.1 Meerwerk wordt vooraf opgedragen 3.2 Meerwerk wordt gefactureerd 3.2.1 De factuur noemt de uren 3.2.2 De Klant betaalt binnen dertig dagen.',
      '',
    ].join('\n');
    const r = parseDocument(run);
    assert.deepEqual(r.nodes.map((n) => n.written), ['3', '3.1', '3.2', '3.2.1', '3.2.2']);
    assert.deepEqual(numbering(run), []);
    // Out of sequence after the end of a sentence: a clause that skips a number, which nummering reports.
    const gap = ['## Artikel 3 – Meerwerk', '3.1 Meerwerk wordt vooraf opgedragen. 3.3 Meerwerk wordt gefactureerd.', ''].join('\n');
    assert.deepEqual(parseDocument(gap).nodes.map((n) => n.written), ['3', '3.1', '3.3']);
    assert.equal(numbering(gap).length, 1);

  });

  it('a number the sentence needs is part of it even where it continues the numbering: after a verb, an article, a preposition', () => {
    // In sequence, inside the line: the word before the number needs it ("is 3.3", "bij de 3.3", "van 3.3").
    const inline = [
      '## Artikel 3 – Meerwerk',
      '3.1 Meerwerk wordt vooraf schriftelijk opgedragen.',
      '3.2 De factor voor spoedwerk is 3.3 Daarbij komt de reistijd. Het uurtarief bedraagt maximaal 3.3 Meer rekent Leverancier niet.',
      '3.3 Meerwerk wordt maandelijks gefactureerd.',
      '',
    ].join('\n');
    const m = parseDocument(inline);
    assert.deepEqual(m.nodes.map((n) => n.written), ['3', '3.1', '3.2', '3.3']);
    assert.match(m.text.slice(m.byLabel.get('3.2')![0].textSpan.start, m.byLabel.get('3.2')![0].textSpan.end), /is 3\.3 Daarbij .* maximaal 3\.3 Meer rekent Leverancier niet\.$/);
    assert.deepEqual(numbering(inline), []);
    assert.deepEqual(analyze(inline, { rules: {} }).findings.filter((f) => f.ruleId === 'bepaling-midden-regel'), []);
    // The same at the start of a line that continues a sentence wrapped after such a word.
    const wrapped = [
      '## Artikel 3 – Meerwerk',
      '3.1 Meerwerk wordt vooraf schriftelijk opgedragen.',
      '3.2 De factor waarmee Leverancier het uurtarief voor spoedwerk vermenigvuldigt, is',
      '3.3 Daarbij komt de reistijd tegen het gewone uurtarief.',
      '3.3 Meerwerk wordt maandelijks gefactureerd.',
      '',
    ].join('\n');
    assert.deepEqual(parseDocument(wrapped).nodes.map((n) => n.written), ['3', '3.1', '3.2', '3.3']);
    assert.deepEqual(numbering(wrapped), []);
    // A clause after a sentence that ends on an ordinary word, or a list whose item closes on "; en", is read as before.
    const list = [
      '## Artikel 3 – Meerwerk',
      '3.1 Meerwerk wordt vooraf schriftelijk opgedragen door de Klant aan Leverancier',
      '3.2 Meerwerk wordt maandelijks gefactureerd. Op de factuur staan in elk geval:',
      '1. de uren die Leverancier aan het meerwerk heeft besteed, per dag; en',
      '2. het uurtarief dat voor het meerwerk geldt of het vaste bedrag of',
      '3. de vaste prijs.',
      '',
    ].join('\n');
    assert.deepEqual(parseDocument(list).nodes.map((n) => n.written), ['3', '3.1', '3.2', '1', '2', '3']);
    assert.deepEqual(numbering(list), []);
  });

  it('a list "1.", "2." that a dotted clause announces with a colon is that clause\'s, and the next article is not part of it', () => {
    const headed = ['## Artikel 3 – Meerwerk', '3.1 Meerwerk wordt vooraf opgedragen.', '3.2 Op de factuur staan:', '1. de uren; en', '2. het uurtarief.', '3.3 Meerwerk wordt maandelijks gefactureerd.', ''].join('\n');
    const m = parseDocument(headed);
    assert.deepEqual(styles(m), ['3:markdown', '3.1:dotted', '3.2:dotted', '3.2.1:outline', '3.2.2:outline', '3.3:dotted']);
    assert.deepEqual(numbering(headed), []);
    assert.deepEqual(renumberEdits(m), []);
    // Articles numbered "1. Titel": the list closes at the next article's title, which is no third item.
    const outlined = ['1. Levering', '1.1 Leverancier levert:', '1. de zaken; en', '2. de handleiding.', '', '2. Prijs', '2.1 De prijs is vast.', ''].join('\n');
    const o = parseDocument(outlined);
    assert.deepEqual(styles(o), ['1:outline', '1.1:dotted', '1.1.1:outline', '1.1.2:outline', '2:outline', '2.1:dotted']);
    assert.deepEqual(o.roots.map((r) => r.heading), ['Levering', 'Prijs']);
    assert.deepEqual(numbering(outlined), []);
    // Without the colon a "1." after a dotted clause is read as before: not a list of that clause.
    const plain = parseDocument(['## Artikel 3 – Meerwerk', '3.1 Meerwerk wordt vooraf opgedragen.', '1. De uren worden bijgehouden.', ''].join('\n'));
    assert.deepEqual(styles(plain), ['3:markdown', '3.1:dotted', '3 lid 1:lid']);
  });

  it('chapter headings on plain lines (in capitals or not) with lists that restart at 1, numbered as the text cites them', () => {
    const text = fixture('hoofdstukken.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), ['ALGEMEEN', '  1', '  2', 'Reserveren', '  1', '  2', 'Betalen']);
    assert.deepEqual(m.roots.map((r) => r.partNumber), ['1', '2', '3']);
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
  });

  it('sub-items a. a) a: (i) i. ii. 1° - • and letters that continue a quoted list; Roman items are no letters', () => {
    const text = fixture('subonderdelen.av');
    const m = parseDocument(text);
    assert.deepEqual(styles(m).filter((s) => / sub /.test(s)), [
      '1 lid 1 sub a:letter', '1 lid 1 sub b:letter', '1 lid 1 sub c:letter',
      '1 lid 2 sub i:roman', '1 lid 2 sub ii:roman', '1 lid 2 sub iii:roman',
      '1 lid 3 sub i:roman', '1 lid 3 sub ii:roman',
      '1 lid 4 sub 1:letter', '1 lid 4 sub 2:letter',
      '1 lid 6 sub c:letter',
    ]);
    assert.equal(m.references.find((r) => r.text.startsWith('artikel 1 lid 3'))?.target?.label, '1 lid 3');
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), [], 'i. stays i., and c. after a quoted b. stays c.');
    // A deleted Roman item is renumbered as a Roman number.
    const gap = text.replace('   (ii) opleiding;\n', '');
    assert.deepEqual(numbering(gap), ['Na i volgt iii: ii ontbreekt. Hernummer met "Clausule: Artikelen hernummeren", of vul het ontbrekende onderdeel aan.']);
    assert.match(applyEdits(gap, renumberEdits(parseDocument(gap))), /\(i\) maatwerk;\n {3}\(ii\) installatie/);
  });

  it('numbers that are no structure: an address block, postal code, phone, KvK and VAT numbers, amounts, years and dates', () => {
    const text = fixture('adresblok.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), ['Artikel 1 – Contact', '  1 lid 1', '  1 lid 2']);
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
  });

  it('an appendix numbers its own articles from 1', () => {
    const text = fixture('bijlage.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), [
      'Artikel 1 – Toepasselijkheid', '  1 lid 1', 'Artikel 2 – Verwerking', '  2 lid 1',
      'Bijlage 1 Verwerkersovereenkomst', '  Artikel 1 – Onderwerp', '    1 lid 1', '  Artikel 2 – Beveiliging', '    2 lid 1',
    ]);
    assert.equal(m.roots[2].appendix, true);
    // "artikel 1" means the main text's article 1, or the appendix's when written in the appendix.
    const inAppendix = m.byLabel.get('2.1')!.find((n) => n.line > m.roots[2].line)!;
    assert.equal(articleFor(m, '1')?.heading, 'Toepasselijkheid');
    assert.equal(articleFor(m, '1', inAppendix)?.heading, 'Onderwerp');
    assert.equal(lidOf(articleFor(m, '2', inAppendix)!, '1'), inAppendix);
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
  });

  it('no-break spaces, tabs, soft hyphens, smart quotes, CRLF, decomposed letters and hard-wrapped clauses', () => {
    const text = fixture('tekst.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), ['Artikel 1 – Begrippen', '  1 lid 1', '  1 lid 2', 'Artikel 2 – Duur', '  2 lid 1', 'Artikel 3 – Bee\u0308indiging', '  3 lid 1']);
    // Spans are offsets into the editor's text, whatever the characters.
    for (const n of m.nodes) {
      if (n.headingSpan) assert.equal(text.slice(n.headingSpan.start, n.headingSpan.end), n.heading);
      assert.equal(text.slice(n.numberSpan.start, n.numberSpan.end), n.written);
    }
    // A wrapped clause is one clause: its text runs over three lines.
    const [lid] = m.byLabel.get('1.1')!;
    assert.match(text.slice(lid.textSpan.start, lid.textSpan.end), /^Dienst: de levering van\r\nsoftware\u00ad-diensten op afstand, zoals in de\r\nofferté beschreven\.$/);
    assert.deepEqual(numbering(text), []);
  });

  it('the rule and renumbering agree on wrong numbering: duplicate articles are reported and fixed, gaps too', () => {
    const text = 'Artikel 1 Begin\n1. Een.\nArtikel 1 Nog eens\n1. Twee.\nArtikel 4 Slot\n1. Drie.\n3. Vier.\n';
    assert.deepEqual(numbering(text), [
      '1 komt twee keer voor. Verwijzingen naar 1 zijn daardoor dubbelzinnig.',
      'Na 1 volgt 4: 2 en 3 ontbreekt. Hernummer met "Clausule: Artikelen hernummeren", of vul het ontbrekende onderdeel aan.',
      'Na 1 volgt 3: 2 ontbreekt. Hernummer met "Clausule: Artikelen hernummeren", of vul het ontbrekende onderdeel aan.',
    ]);
    const fixed = applyEdits(text, renumberEdits(parseDocument(text)));
    assert.equal(fixed, 'Artikel 1 Begin\n1. Een.\nArtikel 2 Nog eens\n1. Twee.\nArtikel 3 Slot\n1. Drie.\n2. Vier.\n');
    assert.deepEqual(numbering(fixed), []);
  });

  it('renumbering keeps an article heading and its dotted clauses together, and never moves a clause to another article', () => {
    const text = '## Artikel 1.\n1.1 Een.\n## Artikel 9.\n9.1 Twee.\n9.2 Drie.\n9.2.1 Vier.\n';
    assert.equal(applyEdits(text, renumberEdits(parseDocument(text))), '## Artikel 1.\n1.1 Een.\n## Artikel 2.\n2.1 Twee.\n2.2 Drie.\n2.2.1 Vier.\n');
    const loose = 'Algemeen\n\n8.1 Een.\n8.3 Twee.\n8.3.1 Drie.\n';
    assert.equal(applyEdits(loose, renumberEdits(parseDocument(loose))), 'Algemeen\n\n8.1 Een.\n8.2 Twee.\n8.2.1 Drie.\n');
  });

  it('a contract with parties, recitals, a block of filled-in data and signatures before its first article', () => {
    const text = fixture('overwegingen.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), [
      'De ondergetekenden', '  1', '  2',
      'Overwegende dat', '  overweging a', '  overweging b', '  overweging c',
      '1 – De opdracht', '  1.1', '  1.2',
      '2 – Duur', '  2.1', '  2.2',
      '3 – Vergoeding', '  3.1', '  3.2', '    3.2 sub a', '    3.2 sub b',
    ]);
    // The data and the signatures belong to no article and to no recital.
    const article1 = m.byLabel.get('1')![0];
    const recitalC = m.nodes.find((n) => n.label === 'overweging c')!;
    assert.doesNotMatch(text.slice(article1.span.start, article1.span.end), /UURTARIEF|Handtekening/);
    assert.doesNotMatch(text.slice(recitalC.span.start, recitalC.span.end), /UURTARIEF|Handtekening|Verklaren/);
    for (const n of m.nodes) assert.ok(!/UURTARIEF|Handtekening/.test(n.heading ?? ''), n.label);
    // The parties, the recitals and the first article are blocks of their own.
    assert.deepEqual(m.blocks.map((b) => b.firstLine), [0, 2, 6, 19, 23, 27]);
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
  });

  it('parties numbered "I.", "II." and recitals "A.", "B." in capitals are the items of their part; an initial is not', () => {
    const text = fixture('overwegingen-hoofdletters.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), [
      'De ondergetekenden', '  De ondergetekenden sub I', '  De ondergetekenden sub II',
      'Overwegende dat', '  overweging A', '  overweging B', '  overweging C',
      '1 – Samenwerking', '  1.1', '  1.2',
      '2 – Einde', '  2.1',
    ]);
    // "J. de Boer," continues the description of party I (J does not follow the Roman I), with the name it is given.
    const first = m.nodes.find((n) => n.label === 'De ondergetekenden sub I')!;
    assert.match(text.slice(first.span.start, first.span.end), /J\. de Boer,\nhierna te noemen: "Drukker";$/);
    assert.deepEqual(m.definitions.map((d) => `${d.term}: ${d.node?.label}`), ['Drukker: De ondergetekenden sub I', 'Ontwerper: De ondergetekenden sub II']);
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
    // Capitals out of their sequence, or after the first article, are no items.
    const loose = 'Overwegende dat:\nB. Drukker drukwerk levert;\n\n1. Samenwerking\n1.1 Partijen werken samen.\nA. Jansen tekent namens Drukker.\n';
    assert.deepEqual(styles(parseDocument(loose)), ['Overwegende dat:none', '1:outline', '1.1:dotted']);
  });

  it('"Artikel 2" with its title on the line below: that line is the heading; a sentence or a clause below is not', () => {
    const text = fixture('kop-eronder.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), ['Artikel 1 – Toepasselijkheid', '  1.1', '  1.2', 'Artikel 2 – Uitvoering', '  2.1', '  2.2', 'Artikel 3', 'Artikel 4', '  4.1']);
    const [a2] = m.byLabel.get('2')!;
    assert.equal(text.slice(a2.headingSpan!.start, a2.headingSpan!.end), 'Uitvoering');
    // Article 3 has no title: its sentence is its text.
    const [a3] = m.byLabel.get('3')!;
    assert.equal(a3.heading, undefined);
    assert.match(text.slice(a3.textSpan.start, a3.textSpan.end), /^Opdrachtgever betaalt binnen veertien dagen/);
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
  });

  it('articles numbered in Roman capitals ("Artikel II"): read, checked and renumbered in Roman capitals', () => {
    const text = fixture('romeins.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), ['Artikel I – Toepasselijkheid', '  I lid 1', '  I lid 2', 'Artikel II – Levering', '  II lid 1', 'Artikel III – Betaling', '  III lid 1']);
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
    // A gap is reported and closed in Roman capitals.
    const gap = text.replace('Artikel III', 'Artikel IV');
    assert.deepEqual(numbering(gap), ['Na II volgt IV: III ontbreekt. Hernummer met "Clausule: Artikelen hernummeren", of vul het ontbrekende onderdeel aan.']);
    assert.match(applyEdits(gap, renumberEdits(parseDocument(gap))), /\nArtikel III – Betaling\n/);
    // Lower case or a word that only looks Roman is no article number.
    assert.deepEqual(parseDocument('Artikel iv regelt dit.\nArtikel lic\n').nodes, []);
  });

  it('chapters in Roman capitals ("II. HUUR EN BORG") whose articles are numbered through the draft', () => {
    const text = fixture('hoofdstukken-doorgenummerd.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), ['I. ALGEMEEN', '  1', '  2', 'II. HUUR EN BORG', '  3', '  4', 'III. SCHADE', '  5']);
    // The numbering goes on across the chapters: no "begins at 3"; renumbering counts on too.
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
    // A gap across chapters is a gap after the last article of the chapter before; renumbering closes it.
    const gap = text.replace('\n5. De huurder', '\n7. De huurder');
    assert.deepEqual(numbering(gap), ['Na 4 volgt 7: 5 en 6 ontbreekt. Hernummer met "Clausule: Artikelen hernummeren", of vul het ontbrekende onderdeel aan.']);
    assert.match(applyEdits(gap, renumberEdits(parseDocument(gap))), /\nIII\. SCHADE\n5\. De huurder meldt/);
    // A title in lower case after a Roman number is no chapter heading (a party, a recital).
    assert.equal(parseDocument('II. Bedrijfsnaam en adres\n').nodes.length, 0);
  });

  it('a table of contents before the articles is no second set of articles, in either heading style', () => {
    const text = fixture('inhoud.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), ['1 – Begrippen', '  1.1', '  1.2', '2 – Offerte', '  2.1', '3 – Uitvoering', '  3.1', '4 – Betaling', '  4.1']);
    assert.equal(m.byLabel.get('1')!.length, 1);
    const findings = analyze(text, { rules: {} }).findings;
    assert.deepEqual(findings.filter((f) => f.ruleId === 'nummering' || f.ruleId === 'bepaling-dubbel'), []);
    assert.deepEqual(renumberEdits(m), []);
    // With "Artikel" headings, the table running straight into the first article.
    const artikel = ['Inhoudsopgave', 'Artikel 1 Begrippen', 'Artikel 2 Offerte', 'Artikel 3 Betaling', '', 'Artikel 1 Begrippen', '1.1 Werk: de aanleg van een tuin.', 'Artikel 2 Offerte', '2.1 Een offerte geldt dertig dagen.', 'Artikel 3 Betaling', '3.1 Betaal binnen veertien dagen.', ''].join('\n');
    assert.deepEqual(outline(parseDocument(artikel)), ['Artikel 1 – Begrippen', '  1.1', 'Artikel 2 – Offerte', '  2.1', 'Artikel 3 – Betaling', '  3.1']);
    assert.deepEqual(numbering(artikel), []);
    // Headings in a row whose numbers do not come back are empty articles, not a table of contents.
    const empty = ['Artikel 1 Begrippen', 'Artikel 2 Offerte', 'Artikel 3 Betaling', '3.1 Betaal binnen veertien dagen.', ''].join('\n');
    assert.deepEqual(parseDocument(empty).nodes.map((n) => n.label), ['1', '2', '3', '3.1']);
  });

  it('recitals without a closing formula end at the first article; the same formula inside an article is its text', () => {
    const short = fixture('overwegingen-kort.av');
    assert.deepEqual(outline(parseDocument(short)), ['In aanmerking nemende dat', '  overweging a', '  overweging b', '1 – Samenwerking', '  1.1', '  1.2', '2 – Opbrengst', '  2.1']);
    assert.deepEqual(numbering(short), []);
    // Without the formula a "1." right after a sub-item still opens a list inside it.
    const list = 'Artikel 1 Levering\n1. Leverancier levert:\na. de zaken als volgt:\n1. eerst de kast;\n2. dan de stoelen.\n';
    assert.deepEqual(styles(parseDocument(list)), ['1:artikel', '1 lid 1:lid', '1 lid 1 sub a:letter', '1 lid 1 sub a onder 1:outline', '1 lid 1 sub a onder 2:outline']);
    // After the first article a formula line is the text of the clause it stands in.
    const inside = '1. Prijs\n1.1 De prijs is vast.\nPartijen komen het volgende overeen:\na. de prijs geldt een jaar;\n2. Slot\n2.1 Einde.\n';
    const m = parseDocument(inside);
    assert.deepEqual(styles(m), ['1:outline', '1.1:dotted', '1.1 sub a:letter', '2:outline', '2.1:dotted']);
    assert.match(inside.slice(m.byLabel.get('1.1')![0].span.start, m.byLabel.get('1.1')![0].span.end), /Partijen komen het volgende overeen:/);
  });
  it('a draft numbered 1.1, 2.1 … without any article heading: each first number is an article, a block of its own', () => {
    const text = fixture('zonder-artikelkoppen.av');
    const m = parseDocument(text);
    assert.deepEqual(styles(m), ['sub a:letter', 'sub b:letter', '1.1:dotted', '1.2:dotted', '2.1:dotted', '2.2:dotted', '3.1:dotted', '3.2:dotted']);
    const lineOf = (label: string) => m.byLabel.get(label)![0].line;
    // The definitions before 1.1 stay in the first block; articles 1, 2 and 3 start at their first clause.
    assert.deepEqual(m.blocks.map((b) => b.firstLine), [0, lineOf('1.1'), lineOf('2.1'), lineOf('3.1')]);
    assert.match(m.blocks[2].text, /^2\.1\n[^]*lid 1 van dit artikel[^]*\n$/);
    assert.doesNotMatch(m.blocks[2].text, /3\.1|1\.2/);
    // "lid 1 van dit artikel" in 2.2 is 2.1, "Artikel 2" in 3.2 is article 2: both resolve.
    assert.deepEqual(m.references.map((r) => `${r.text} -> ${r.target?.label}`), ['lid 1 van dit artikel -> 2.1', 'Artikel 2 -> 2.1']);
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
  });

  it('clauses 1.1, 2.1 under article headings keep one block per heading, whatever their numbers', () => {
    const text = 'Artikel 1 Huur\n1.1 Deze voorwaarden gelden voor elke huur.\n2.1 Huurder betaalt vooraf.\n\nArtikel 2 Betaling\n2.1 Huurder betaalt binnen veertien dagen.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.blocks.map((b) => b.firstLine), [0, 4]);
  });

  it('a numbered title after a tab stop exported as spaces ("1.            Begrippen"), its leden numbered from 1 again', () => {
    const text = fixture('tabstop.av');
    const m = parseDocument(text);
    assert.deepEqual(
      m.nodes.map((n) => `${n.kind} ${n.label}${n.heading ? ` [${n.heading}]` : ''}`),
      ['article 1 [Begrippen]', 'clause 1 lid 1', 'article 2 [Toepasselijkheid]', 'clause 2 lid 1', 'clause 2 lid 2', 'clause 2 lid 3', 'article 3 [Betaling]', 'clause 3 lid 1'],
    );
    // The "Term: tekst" lines under the first lid are its definitions; the citation of lid 2 finds it.
    assert.deepEqual(m.definitions.map((d) => d.term), ['Afnemer', 'Leverancier']);
    const ref = m.references.find((r) => r.text.includes('lid 2'));
    assert.equal(ref?.target?.label, '2 lid 2');
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
  });

  it('numbered leden restart only under a numbered title: a draft numbered through keeps its numbers', () => {
    // Without titles the numbers are one list; "1." twice is a numbering error nummering must still see.
    const text = 'Voorwaarden\n\n1. Deze voorwaarden gelden voor elke bestelling.\n\n2. Afwijkingen gelden alleen schriftelijk.\n\n1. Koper betaalt binnen dertig dagen.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.nodes.map((n) => `${n.label}:${n.style}`), ['1:outline', '2:outline', '1:outline']);
  });

  it('a bare number on a line of its own with its title on the next ("1." + "Toepassing" + "1.1"), as text copied from a PDF', () => {
    const text = fixture('pdfkop.av');
    const m = parseDocument(text);
    assert.deepEqual(
      m.nodes.map((n) => `${n.kind} ${n.label}${n.heading ? ` [${n.heading}]` : ''}`),
      ['article 1 [Toepassing]', 'clause 1.1', 'clause 1.2', 'article 2 [Levering]', 'clause 2.1', 'clause 2.2'],
    );
    const [a2] = m.byLabel.get('2')!;
    assert.equal(text.slice(a2.headingSpan!.start, a2.headingSpan!.end), 'Levering');
    assert.deepEqual(numbering(text), []);
  });

  it('a bare number with a short line below is no title unless the article\'s first clause follows it', () => {
    // "1." + "Betaling per maand" + "2." ...: items whose number stands alone, not titled articles.
    const text = 'Voorwaarden\n1.\nBetaling per maand\n2.\nBetaling per jaar\n';
    const m = parseDocument(text);
    assert.ok(m.nodes.every((n) => n.heading === undefined));
  });

  it('the title of an article on the line above a bare "Artikel 1" ("Begrippen" + "Artikel 1")', () => {
    const text = fixture('kop-erboven.av');
    const m = parseDocument(text);
    assert.deepEqual(
      m.nodes.map((n) => `${n.label}${n.heading ? ` [${n.heading}]` : ''}`),
      ['1 [Begrippen]', '1 lid 1', '1 lid 2', '2 [Toepasselijkheid van deze voorwaarden]', '2 lid 1', '2 lid 2'],
    );
    // The title belongs to its own article, not to the text of the lid before it.
    const [lid] = m.byLabel.get('1.2')!;
    assert.doesNotMatch(text.slice(lid.span.start, lid.span.end), /Toepasselijkheid/);
    const [a2] = m.byLabel.get('2')!;
    assert.equal(text.slice(a2.headingSpan!.start, a2.headingSpan!.end), 'Toepasselijkheid van deze voorwaarden');
    assert.deepEqual(m.definitions.map((d) => d.term), ['Klant', 'Opdracht']);
    assert.deepEqual(numbering(text), []);
  });

  it('one short line above one bare article heading is not taken for its title, nor is the draft\'s own title', () => {
    const once = 'Artikel 1 Begrippen\n1. Klant: de partij die de opdracht geeft.\n\nZie ook de bijlage\n\nArtikel 2\n1. Deze voorwaarden gelden voor elke opdracht.\n';
    assert.equal(parseDocument(once).byLabel.get('2')![0].heading, undefined);
    const titled = 'Algemene voorwaarden\n\nArtikel 1\n1. Deze voorwaarden gelden voor elke opdracht.\n\nArtikel 2\n1. Klant betaalt binnen dertig dagen.\n';
    assert.deepEqual(parseDocument(titled).nodes.filter((n) => n.kind === 'article').map((n) => n.heading), [undefined, undefined]);
  });

  it('chapters in capitals over titled article headings ("I ALGEMEEN", "VERPLICHTINGEN VAN HUURDER"); not a running header', () => {
    const text = fixture('hoofdstuk-kapitalen.av');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), [
      'I ALGEMEEN', '  Artikel 1 – BEGRIPPEN', '    1.1',
      'VERPLICHTINGEN VAN HUURDER', '  Artikel 2 – BETALING', '    2.1', '  Artikel 3 – GEBRUIK', '    3.1',
      '  Artikel 4 – EINDE', '    4.1',
    ]);
    // The header repeated at the top of each page is no chapter and no heading of article 4.
    assert.ok(!m.nodes.some((n) => n.heading === 'HUURVOORWAARDEN VOORBEELD'));
    assert.deepEqual(numbering(text), []);
    // The same line in lower case, or over an article without a title of its own, is text.
    const lower = text.replace('VERPLICHTINGEN VAN HUURDER', 'Verplichtingen van huurder bij gebruik').replace('ARTIKEL 2\n\nBETALING', 'ARTIKEL 2 BETALING');
    assert.ok(!parseDocument(lower).nodes.some((n) => n.kind === 'part' && /huurder/i.test(n.heading ?? '')));
  });

  it('a paragraph that announces a new lettered list after one ends ("Voor de betaling geldt:" + "a."): two lists, not one lettered twice', () => {
    const text = fixture('lijsten-opnieuw.av');
    const m = parseDocument(text);
    assert.deepEqual(
      m.nodes.filter((n) => n.style === 'letter').map((n) => `${n.label}${n.listStart ? ' (nieuwe lijst)' : ''}`),
      ['1 lid 1 sub a', '1 lid 1 sub b', '1 lid 1 sub a (nieuwe lijst)', '1 lid 1 sub b', '2 sub a', '2 sub b', '2 sub a (nieuwe lijst)', '2 sub b'],
    );
    // The paragraph is not the text of the item before it.
    const [b] = m.byLabel.get('1.1.b')!;
    assert.doesNotMatch(text.slice(b.span.start, b.span.end), /betaling geldt/);
    assert.deepEqual(numbering(text), []);
    assert.deepEqual(renumberEdits(m), []);
  });

  it('a list lettered twice without a paragraph that announces the second is still one list with a duplicate', () => {
    // Wrapped text of an item (mid-sentence), or a paragraph without a colon, closes no list.
    const wrapped = 'Artikel 1 Levering\n1. Het volgende geldt:\n   a. Leverancier levert binnen tien\n   werkdagen op het adres van Afnemer:\n   a. Afnemer betaalt binnen dertig dagen.\n';
    assert.deepEqual(numbering(wrapped), ['a komt twee keer voor. Verwijzingen naar a zijn daardoor dubbelzinnig.']);
    const noColon = 'Artikel 1 Levering\n1. Het volgende geldt:\n   a. Leverancier levert binnen tien dagen.\n   Dit geldt ook voor deelleveringen.\n   a. Afnemer betaalt binnen dertig dagen.\n';
    assert.deepEqual(numbering(noColon), ['a komt twee keer voor. Verwijzingen naar a zijn daardoor dubbelzinnig.']);
  });

  it('a block indented four spaces in a draft written in Markdown is the wrapped text of the item above it, not code', () => {
    const text = 'Artikel 1 Garantie\n1. Voor garantie neemt Afnemer contact op met:\n   a. **Nederland.** Leverancier, per e-mail of\n    telefonisch op werkdagen tussen negen en vijf uur;\n   b. **Belgie.** de importeur.\n';
    const m = parseDocument(text);
    const [a] = m.byLabel.get('1.1.a')!;
    assert.match(text.slice(a.textSpan.start, a.textSpan.end), /telefonisch op werkdagen/);
    assert.deepEqual(m.nodes.map((n) => n.label), ['1', '1 lid 1', '1 lid 1 sub a', '1 lid 1 sub b']);
  });

  it('YAML front matter is metadata: no clause, title or reference of the draft is read in it', () => {
    const text = '---\ntitel: Voorwaarden Voorbeeld Webdiensten\nversie: 2.1\nopmerking: vervangt artikel 12 van de vorige versie\n---\n\n# Algemene voorwaarden\n\n## Artikel 1 Definities\n\n1.1 Klant: de wederpartij.\n\n## Artikel 2 Betaling\n\n2.1 Artikel 1 geldt ook hier.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.nodes.map((n) => n.label), ['1', '1.1', '2', '2.1']);
    assert.deepEqual(m.references.map((r) => r.text), ['Artikel 1']);
    assert.deepEqual(m.definitions.map((d) => d.term), ['Klant']);
    // Without front matter the same lines are text, and the reference in them is one.
    const plain = parseDocument(text.replace(/^---\n/, 'Kop\n'));
    assert.deepEqual(plain.references.map((r) => r.text), ['artikel 12', 'Artikel 1']);
  });

  it('clauses numbered with a comma ("2,1" on its own line or before a capital), as Belgian drafts write them', () => {
    const text = 'Artikel 1 Geldigheid\n\n1,1\n\nDeze voorwaarden gelden voor elke opdracht.\n\n1,2 Een afwijking geldt alleen schriftelijk.\n\nArtikel 2 Voorrang\n\n2,1\n\nVoorwaarden van de klant gelden niet.\n\n2,2\n\nHet in lid 1 bepaalde geldt ook voor latere opdrachten.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.nodes.map((n) => n.label), ['1', '1.1', '1.2', '2', '2.1', '2.2']);
    assert.deepEqual(numbering(text), []);
    const refs = analyze(text, { rules: {} }).findings.filter((f) => f.ruleId === 'verwijzing-onbekend');
    assert.deepEqual(refs, []);
  });

  it('a number with a comma where the numbering does not expect it is an amount in the text, not a clause', () => {
    const text = 'Artikel 2 Prijs\n\n2,1\n\nDe prijs per eenheid bedraagt:\n\n2,50 Euro voor het eerste jaar.\n\n2,2\n\nPrijzen zijn exclusief btw.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.nodes.map((n) => n.label), ['2', '2.1', '2.2']);
    const [c] = m.byLabel.get('2.1')!;
    assert.match(text.slice(c.textSpan.start, c.span.end), /2,50 Euro/);
  });

  it('leden run together in one paragraph under an article heading ("1. Tekst. 2. Tekst."): each lid is its own', () => {
    const text = 'Artikel 1 Aanbod\n\n1. Elk aanbod is vrijblijvend. 2. Een duidelijke vergissing in het aanbod verplicht de verkoper tot niets. 3. Het aanbod geldt niet voor latere bestellingen.\n\nArtikel 2 Levering\n\n1. Levering geschiedt af magazijn.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.nodes.map((n) => n.label), ['1', '1 lid 1', '1 lid 2', '1 lid 3', '2', '2 lid 1']);
    const [lid2] = m.byLabel.get('1.2')!;
    assert.equal(text.slice(lid2.span.start, lid2.span.end), '2. Een duidelijke vergissing in het aanbod verplicht de verkoper tot niets.');
    assert.deepEqual(numbering(text), []);
  });

  it('a number inside a lid that is not the next lid, or not after the end of a sentence, stays in its text', () => {
    const text = 'Artikel 1 Termijnen\n\n1. De termijn is 14 dagen. 3. Dit getal staat los. Partijen overleggen over 2. Varianten.\n\n2. Een tweede lid.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.nodes.map((n) => n.label), ['1', '1 lid 1', '1 lid 2']);
  });

  it('a Markdown heading that a converter made of a clause or a definition is read as that clause or definition', () => {
    const text = '# Voorwaarden\n\n## Artikel 1 Definities\n\n### Opdrachtnemer: Voorbeeld Installatie B.V., gevestigd te Utrecht.\n\n### Klant: de wederpartij.\n\n## Artikel 2 Uitvoering\n\n### 2.1 Opdrachtnemer voert de opdracht naar beste vermogen uit.\n\n### 2.2 Klant verstrekt tijdig alle gegevens die nodig zijn.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.nodes.map((n) => n.label), ['1', '2', '2.1', '2.2']);
    assert.deepEqual(m.definitions.map((d) => d.term), ['Opdrachtnemer', 'Klant']);
    const [c] = m.byLabel.get('2.1')!;
    assert.equal(c.heading, undefined);
    assert.equal(text.slice(c.textSpan.start, c.textSpan.end), 'Opdrachtnemer voert de opdracht naar beste vermogen uit.');
  });

  it('Markdown headings that are titles stay headings, also an article heading with its sentence ("## 4. Titel. Tekst.")', () => {
    const text = '## Artikel 1 Definities en toepasselijkheid\n\n1.1 Tekst.\n\n## 2. Betaling. De klant betaalt binnen dertig dagen na de factuur.\n\n### Toelichting bij de betaling\n';
    const m = parseDocument(text);
    assert.deepEqual(m.nodes.map((n) => `${n.label}:${n.heading ?? ''}`), ['1:Definities en toepasselijkheid', '1.1:', '2:Betaling. De klant betaalt binnen dertig dagen na de factuur.']);
  });

  it('a whole draft on one line, as a PDF gives it: the articles it names in sequence, their titles, leden and lettered items', () => {
    const filler = ' Partijen handelen hierbij naar redelijkheid en billijkheid en overleggen tijdig over elke wijziging.';
    const text =
      '1 Pagina 1 van 4 Algemene voorwaarden Voorbeeld Advies Artikel 1 Definities a. Adviseur: Voorbeeld Advies B.V. b. Klant: de wederpartij van Adviseur.' +
      ' Artikel 2: toepasselijkheid 1. Deze voorwaarden gelden voor elke opdracht.' + filler + ' 2. Een afwijking geldt alleen schriftelijk, zoals bedoeld in Artikel 3 hieronder.' +
      filler + ' Artikel 3 BETALING De Klant betaalt binnen dertig dagen.' + filler + '\n';
    const m = parseDocument(text);
    assert.deepEqual(m.nodes.map((n) => `${n.label}:${n.heading ?? ''}`), ['1:Definities', '1 sub a:', '1 sub b:', '2:toepasselijkheid', '2 lid 1:', '2 lid 2:', '3:BETALING']);
    assert.deepEqual(m.definitions.map((d) => d.term), ['Adviseur', 'Klant']);
    const [lid1] = m.byLabel.get('2.1')!;
    assert.equal(text.slice(lid1.span.start, lid1.span.end), '1. Deze voorwaarden gelden voor elke opdracht.' + filler);
    const [art3] = m.byLabel.get('3')!;
    assert.equal(text.slice(art3.textSpan.start, art3.textSpan.start + 9), 'De Klant ');
    // Each article is a block of its own, so an article's findings carry its label.
    assert.equal(m.blocks.length, 4);
    assert.deepEqual(m.references.map((r) => `${r.text}>${r.target?.label}`), ['Artikel 3>3']);
  });

  it('a long line that names articles out of sequence, or cites them, or only one, keeps them as references in its text', () => {
    const filler = ' Partijen handelen hierbij naar redelijkheid en billijkheid en overleggen tijdig over elke wijziging van de opdracht of de planning.';
    const cites = 'De Klant leest eerst Artikel 4 Betaling en daarna Artikel 2 Duur, zoals bedoeld in Artikel 3 Aansprakelijkheid.' + filler + filler + filler + '\n';
    assert.deepEqual(parseDocument(cites).nodes, []);
    const one = 'Voorwaarden Voorbeeld Advies. Artikel 1 Definities a. Adviseur: Voorbeeld Advies B.V.' + filler + filler + filler + '\n';
    assert.deepEqual(parseDocument(one).nodes, []);
    // The same names on short lines of their own are headings, read as before.
    const short = 'Artikel 1 Definities\nTekst.\nArtikel 2 Duur\nTekst.\n';
    assert.deepEqual(parseDocument(short).nodes.map((n) => n.label), ['1', '2']);
  });

  it('pages of a PDF each on one line with bare numbers ("1 Kop blad 1 1. Algemeen 1.1. Tekst ... 2. Uitvoering 2.1. Tekst")', () => {
    const filler = ' Partijen handelen hierbij naar redelijkheid en billijkheid en overleggen tijdig over elke wijziging van de opdracht.';
    const text =
      '1 Voorwaarden Voorbeeld Advies blad 1 1. Algemeen 1.1. Deze voorwaarden gelden voor elke opdracht.' + filler + filler + ' 1.2. Een afwijking geldt alleen schriftelijk.' + filler + '\n\n' +
      '2 Voorwaarden Voorbeeld Advies blad 2 De adviseur mag een opdracht weigeren.' + filler + ' 2. Uitvoering 2.1. De adviseur voert de opdracht met zorg uit.' + filler +
      ' 2.2. Genoemde termijnen zijn geen fatale termijnen.' + filler + ' 3. Tarieven 3.1. De klant betaalt het uurtarief, tenzij 3.10 van de offerte anders bepaalt.' + filler + '\n';
    const m = parseDocument(text);
    assert.deepEqual(m.nodes.map((n) => `${n.label}:${n.heading ?? ''}`), ['1:Algemeen', '1.1:', '1.2:', '2:Uitvoering', '2.1:', '2.2:', '3:Tarieven', '3.1:']);
    // The page's header and the sentence that ends a clause from the page before stay with that clause.
    const [c12] = m.byLabel.get('1.2')!;
    assert.match(text.slice(c12.span.start, c12.span.end), /De adviseur mag een opdracht weigeren/);
    assert.deepEqual(numbering(text), []);
  });

  it('a long paragraph that names a number and a title in passing has no clauses', () => {
    const filler = ' Partijen handelen hierbij naar redelijkheid en billijkheid en overleggen tijdig over elke wijziging van de opdracht.';
    const text = 'Deze voorwaarden volgen de indeling van de offerte: hoofdstuk 2. Uitvoering beschrijft de werkzaamheden, 3. Tarieven de prijzen.' + filler + filler + filler + '\n';
    assert.deepEqual(parseDocument(text).nodes, []);
  });

  it('a short lid without a full stop after the leden of a numbered title continues them where only they expect its number', () => {
    const text = '1. Begrippen\n\n1. In deze voorwaarden geldt het volgende.\n\n2. Toepasselijkheid\n\n1. Deze voorwaarden gelden altijd.\n\n2. Afwijkingen gelden schriftelijk.\n\n3. Inkoopvoorwaarden gelden niet.\n\n4. Klant maakt zelf een back-up\n\n3. Prijzen\n\n1. Prijzen zijn exclusief btw.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.nodes.map((n) => n.label), ['1', '1 lid 1', '2', '2 lid 1', '2 lid 2', '2 lid 3', '2 lid 4', '3', '3 lid 1']);
    assert.deepEqual(numbering(text), []);
    // Where the articles expect the same number as the leden, it is the next article, as before.
    const both = '1. Begrippen\n\n1. In deze voorwaarden geldt het volgende.\n\n2. Toepasselijkheid\n\n1. Deze voorwaarden gelden altijd.\n\n2. Afwijkingen gelden schriftelijk.\n\n3. Prijzen\n\n1. Prijzen zijn exclusief btw.\n';
    assert.deepEqual(parseDocument(both).nodes.map((n) => n.label), ['1', '1 lid 1', '2', '2 lid 1', '2 lid 2', '3', '3 lid 1']);
    // A short title whose own leden start at "1." below it is an article, also where the leden expect its number and
    // the articles do not (an article skipped, or one inserted with a number already in use).
    const own = '1. Begrippen\n\n1. In deze voorwaarden geldt het volgende.\n\n2. Toepasselijkheid\n\n1. Deze voorwaarden gelden altijd.\n\n2. Afwijkingen gelden schriftelijk.\n\n3. Inkoopvoorwaarden gelden niet.\n\n4. Prijzen\n\n1. Prijzen zijn exclusief btw.\n';
    assert.deepEqual(parseDocument(own).nodes.map((n) => `${n.kind}:${n.label}`).slice(-2), ['article:4', 'clause:4 lid 1']);
  });

  it('numbered titles in capitals with their text on the next line ("1.    – TOEPASSINGSGEBIED"), as a Belgian web page gives them', () => {
    const text = '1.    – TOEPASSINGSGEBIED\nDeze voorwaarden gelden voor elke opdracht.\n\nEen afwijking geldt alleen schriftelijk.\n\n2.    – OMVANG VAN DE OPDRACHT\nDe offerte beschrijft de werkzaamheden.\n\n3.    – BETALING\nDe klant betaalt binnen dertig dagen.\n';
    const m = parseDocument(text);
    assert.deepEqual(m.nodes.map((n) => `${n.kind}:${n.label}:${n.heading ?? ''}`), ['article:1:TOEPASSINGSGEBIED', 'article:2:OMVANG VAN DE OPDRACHT', 'article:3:BETALING']);
    assert.equal(m.blocks.length, 3);
    // In lower case the same lines may be clauses wrapped after their first words: read as before.
    const wrapped = text.replace('TOEPASSINGSGEBIED', 'Toepassingsgebied').replace('OMVANG VAN DE OPDRACHT', 'Voorwerp').replace('BETALING', 'Betaling');
    assert.deepEqual(parseDocument(wrapped).nodes.map((n) => `${n.kind}:${n.label}:${n.heading ?? ''}`), ['clause:1:', 'clause:2:', 'clause:3:']);
  });

  it('a web page that glues the article number to its title ("Artikel 2Levering"): headings all the same, leden per article', () => {
    const text = [
      'Artikel 1Begrippen',
      '',
      ' 1. Opdrachtgever: de onderneming die Poetsbedrijf Zonneveld een opdracht geeft.',
      ' 2. Werkplan: de lijst van werkzaamheden met hun frequentie.',
      '',
      'Artikel 2Offerte',
      '',
      ' 1. Een offerte is dertig dagen geldig.',
      '',
      'Artikel 3Uitvoering',
      '',
      ' 1. Wij werken volgens het Werkplan.',
      ' 2. Opdrachtgever zorgt voor toegang tot het pand.',
      '',
    ].join('\n');
    const m = parseDocument(text);
    assert.deepEqual(outline(m), ['Artikel 1 – Begrippen', '  1 lid 1', '  1 lid 2', 'Artikel 2 – Offerte', '  2 lid 1', 'Artikel 3 – Uitvoering', '  3 lid 1', '  3 lid 2']);
    assert.deepEqual(numbering(text), []);
    // The glued heading is a definitions article like any other.
    assert.deepEqual(m.definitions.map((d) => d.term), ['Opdrachtgever', 'Werkplan']);
    // A number's own letter stays a number ("Artikel 2a"), and prose that starts with "Artikel 3" is no heading.
    assert.deepEqual(parseDocument('Artikel 2a Levering\n\nDe levering.\n').nodes.map((n) => n.label), ['2a']);
  });
});
