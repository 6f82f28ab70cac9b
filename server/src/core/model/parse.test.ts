import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from './parse';
import { classifyLine } from './lines';
import type { DocumentModel, StructureNode } from './types';

const fixture = (name: string) => readFileSync(path.resolve('test/fixtures/model', name), 'utf8');
const BCS = path.resolve('../shared/corpus/bcs-algemene-voorwaarden-2018.txt');

function outline(m: DocumentModel): string[] {
  return m.nodes.map((n) => `${'  '.repeat(n.depth)}${n.kind} ${n.label}${n.heading ? ` – ${n.heading}` : ''}`);
}
function refs(m: DocumentModel): string[] {
  return m.references.map((r) => `${r.text} -> ${r.target ? r.target.label : '?'}`);
}
const textOf = (m: DocumentModel, n: StructureNode) => m.text.slice(n.textSpan.start, n.textSpan.end);

describe('model: structure in every draft form', () => {
  it('Markdown headings with dotted clauses and a numbered "# 4." heading', () => {
    const m = parseDocument(fixture('markdown.av.md'));
    assert.deepEqual(outline(m), [
      'article 1 – Definities',
      'article 2 – Toepasselijkheid',
      '  clause 2.1',
      '  clause 2.2',
      'article 3 – Aansprakelijkheid',
      '  clause 3.1',
      '  clause 3.2',
      '    item 3.2.1',
      '  clause 3.3',
      'article 4 – Slotbepalingen',
      '  clause 4.1',
    ]);
    const c = m.byLabel.get('2.1')![0];
    assert.equal(textOf(m, c), 'Deze voorwaarden gelden voor iedere Overeenkomst.');
    assert.equal(m.text.slice(c.numberSpan.start, c.numberSpan.end), '2.1');
    const a3 = m.byLabel.get('3')![0];
    assert.ok(a3.span.end >= m.byLabel.get('3.3')![0].span.end, 'an article spans its clauses');
    assert.equal(m.text.slice(a3.headingSpan!.start, a3.headingSpan!.end), 'Aansprakelijkheid');
  });

  it('plain "Artikel N" headings with leden and letters', () => {
    const m = parseDocument(fixture('artikel.av'));
    assert.deepEqual(outline(m), [
      'article 1 – Begrippen',
      '  item 1 sub a',
      '  item 1 sub b',
      '  item 1 sub c',
      'article 2 – Uitvoering',
      '  clause 2 lid 1',
      '  clause 2 lid 2',
      '    item 2 lid 2 sub a',
      '    item 2 lid 2 sub b',
      '  clause 2 lid 3',
      'article 3 – Betaling',
      '  clause 3 lid 1',
      '  clause 3 lid 2',
      '  clause 3 lid 3',
    ]);
    assert.deepEqual(m.byLabel.get('2.2.b')![0].path, ['2', '2', 'b']);
  });

  it('an indentation outline where each level restarts at 1.', () => {
    const m = parseDocument(fixture('outline.av'));
    assert.deepEqual(outline(m), [
      'part 1 – Algemeen',
      '  article 1.1 – Begrippen',
      '    clause 1.1.1',
      '    clause 1.1.2',
      '  article 1.2 – Toepassing',
      '    clause 1.2.1',
      '    clause 1.2.2',
      '    clause 1.2.3',
      '  article 1.3 – Aansprakelijkheid',
      '    clause 1.3.1',
      '      item 1.3.1.1',
      '      item 1.3.1.2',
      '    clause 1.3.2',
      '    clause 1.3.3',
      'part 2 – Pakket',
      '  article 2.1 – Gebruik',
      '    clause 2.1.1',
      'article 3 – Slot',
      '  clause 3.1',
      '  clause 3.2',
    ]);
    // Unnumbered lines deeper than a clause are that clause's text.
    assert.match(textOf(m, m.byLabel.get('1.1.2')![0]), /Pakket: de programmatuur van Rekenwerk\.$/);
  });

  it('plain numbered headings with dotted clauses', () => {
    const m = parseDocument(fixture('dotted.av'));
    assert.deepEqual(outline(m), [
      'article 1 – Definities',
      '  clause 1.1',
      '  clause 1.2',
      'article 2 – Opdracht',
      '  clause 2.1',
      '  clause 2.2',
      '    item 2.2.1',
      '    item 2.2.2',
      '  clause 2.3',
    ]);
  });

  it('chapters as parts, minor headings as text, and "het vorige artikel" across chapters', () => {
    const m = parseDocument('# Voorwaarden\n\n## Hoofdstuk 1 – Algemeen\n### Artikel 1 – Begrippen\nTekst.\n### Toelichting\nUitleg.\n## Hoofdstuk 2 – Diensten\n### Artikel 2 – Levering\n1. Zie het vorige artikel.\n');
    assert.deepEqual(outline(m), ['part Hoofdstuk 1 – Algemeen – Hoofdstuk 1 – Algemeen', '  article 1 – Begrippen', 'part Hoofdstuk 2 – Diensten – Hoofdstuk 2 – Diensten', '  article 2 – Levering', '    clause 2 lid 1']);
    assert.match(textOf(m, m.byLabel.get('1')![0]), /Tekst\.\n### Toelichting\nUitleg\./);
    assert.deepEqual(refs(m), ['het vorige artikel -> 1']);
  });

  it('parses wrong numbering as written', () => {
    const m = parseDocument('Artikel 1 Een\n1. a\n3. b\n3. c\nArtikel 5 Vijf\n5.2 d\n');
    assert.deepEqual(outline(m), ['article 1 – Een', '  clause 1 lid 1', '  clause 1 lid 3', '  clause 1 lid 3', 'article 5 – Vijf', '  clause 5.2']);
    assert.equal(m.byLabel.get('1.3')!.length, 2);
  });

  it('an article heading with its title in lower case joined by a dash; prose after "Artikel N" stays prose', () => {
    const kind = (line: string) => classifyLine(line, 0, 0, line.length).kind;
    assert.equal(kind('Artikel 4-afspraken'), 'artikelHeading');
    assert.equal(kind('Artikel 5 – betaling en incasso'), 'artikelHeading');
    assert.equal(classifyLine('Artikel 4-afspraken', 0, 0, 19).title, 'afspraken');
    assert.notEqual(kind('Artikel 3 lid 2 bepaalt dat de klant betaalt.'), 'artikelHeading');
    assert.notEqual(kind('Artikel 3 - zie hierboven, dat geldt ook voor de klant die te laat betaalt.'), 'artikelHeading');
  });

  it('does not take prose for headings', () => {
    const m = parseDocument('Artikel 1 Duur\n1. De looptijd is een jaar.\nArtikel 3 lid 2 van de wet blijft buiten toepassing.\n2019 was het eerste jaar.\n');
    assert.deepEqual(outline(m), ['article 1 – Duur', '  clause 1 lid 1']);
  });

  it('reads the formulas of a preamble alone on their line, and no sentence that merely holds their words', () => {
    const kind = (line: string) => {
      const info = classifyLine(line, 0, 0, line.length);
      return info.kind === 'preamble' ? `preamble ${info.title ?? '-'}` : info.kind;
    };
    assert.deepEqual(
      ['Overwegende dat:', 'OVERWEGENDE:', 'In aanmerking nemende dat:', 'Partijen nemen in aanmerking dat:', 'De ondergetekenden:', 'Partijen:', 'Verklaren te zijn overeengekomen als volgt:', 'komen als volgt overeen:', 'En zijn het volgende overeengekomen:', 'Partijen verklaren het volgende te zijn overeengekomen:'].map(kind),
      ['preamble Overwegende dat', 'preamble OVERWEGENDE', 'preamble In aanmerking nemende dat', 'preamble Partijen nemen in aanmerking dat', 'preamble De ondergetekenden', 'preamble Partijen', 'preamble -', 'preamble -', 'preamble -', 'preamble -'],
    );
    assert.deepEqual(
      ['Overwegende dat partijen willen samenwerken;', 'Partijen komen overeen dat de prijs vast is.', 'Partijen zijn overeengekomen dat de levering in mei plaatsvindt:', 'Partijen', '**Overwegende dat:**', '- Partijen:', 'a. Overwegende dat:'].map(kind),
      ['text', 'text', 'text', 'text', 'text', 'text', 'letter'],
    );
  });

  it('keeps a title for a numbered line only where its text could be one (a clause sentence keeps none)', () => {
    const title = (line: string) => classifyLine(line, 0, 0, line.length).title;
    // A clause: its text ends like a sentence, or is longer and wordier than any heading.
    assert.equal(title('4.1 Leverancier levert de Dienst met de zorg van een goed opdrachtnemer.'), undefined);
    assert.equal(title(`4.2 ${'Opdrachtgever betaalt de vergoeding binnen dertig dagen na de datum van de factuur '.repeat(2)}zonder korting`), undefined);
    // A heading, or text that may be one: its title stays, and it still heads its article.
    assert.equal(title('4. Aansprakelijkheid'), 'Aansprakelijkheid');
    assert.equal(title('7. GEGEVENS. De software verwerkt gegevens.'), 'GEGEVENS');
    assert.equal(title('## 3.1 Verplichtingen van Opdrachtgever'), 'Verplichtingen van Opdrachtgever');
    const m = parseDocument('1. Definities\n1.1 In deze voorwaarden wordt verstaan onder Dienst: de software.\n2. Aansprakelijkheid\n2.1 Leverancier is aansprakelijk voor directe schade.\n');
    assert.deepEqual(m.nodes.filter((n) => n.heading).map((n) => n.heading), ['Definities', 'Aansprakelijkheid']);
  });

  it('keeps UTF-16 offsets right with CRLF, a BOM, emoji and combining characters', () => {
    const text = '\uFEFF## Artikel 1 – Begrippen 😀\r\n1.1 **Cliënt**: de klant; e\u0301 😀\r\n1.2 Zie artikel 1.1 😀.\r\n';
    const m = parseDocument(text);
    const c = m.byLabel.get('1.2')![0];
    assert.equal(text.slice(c.numberSpan.start, c.numberSpan.end), '1.2');
    assert.equal(m.lines.positionAt(c.numberSpan.start).line, 2);
    assert.equal(m.lines.positionAt(c.numberSpan.start).character, 0);
    const [r] = m.references;
    assert.equal(text.slice(r.span.start, r.span.end), 'artikel 1.1');
    assert.equal(r.target?.label, '1.1');
    assert.deepEqual(m.lines.positionAt(r.span.start), { line: 2, character: 8 });
    assert.equal(m.definitions[0].term, 'Cliënt');
    assert.ok(!text.slice(m.byLabel.get('1.1')![0].span.start, m.byLabel.get('1.1')![0].span.end).includes('\r\n1.2'));
  });

  it('never throws and keeps spans inside the text on hostile input', () => {
    const inputs = ['', '\n\n\r', '1.', 'Artikel', '# ', '\u0000\u0000', '1.1.1.1.1.1.1.1 x', 'a. b) (c) 1) 2.', ' '.repeat(10000) + '1. x', '1.'.repeat(5000), 'artikel '.repeat(3000) + '1'];
    for (const t of inputs) {
      const m = parseDocument(t);
      for (const n of m.nodes) assert.ok(n.span.start >= 0 && n.span.end <= t.length && n.textSpan.start <= n.textSpan.end);
    }
  });

  it('parses a 1 MB draft in well under a second', () => {
    const big = fixture('outline.av').repeat(Math.ceil(1_000_000 / fixture('outline.av').length));
    const t0 = Date.now();
    const m = parseDocument(big);
    assert.ok(m.nodes.length > 1000);
    assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
  });
});

describe('model: definitions and their uses', () => {
  it('reads **Term**, "Term", Term: in a definitions article, "onder X wordt verstaan" and "(hierna: X)"', () => {
    assert.deepEqual(parseDocument(fixture('markdown.av.md')).definitions.map((d) => d.term), ['Dienst', 'Klant', 'Leverancier', 'Overeenkomst']);
    assert.deepEqual(parseDocument(fixture('artikel.av')).definitions.map((d) => `${d.term}/${d.style}`), ['Opdrachtgever/list', 'Opdrachtnemer/list', 'Opdracht/list', 'Werkdag/verstaan']);
    assert.deepEqual(parseDocument(fixture('dotted.av')).definitions.map((d) => `${d.term}/${d.style}`), ['Cliënt/quoted', 'Advies/quoted', 'Rapport/hierna']);
    assert.deepEqual(parseDocument(fixture('outline.av')).definitions.map((d) => d.term), ['Afnemer', 'Opdracht', 'Module', 'Pakket']);
  });

  it('a plain "Label: text" outside a definitions article is no definition', () => {
    assert.deepEqual(parseDocument('Artikel 2 Betaling\nLet op: dit is geen definitie.\nBetaling: binnen 30 dagen.\n').definitions, []);
  });

  it('counts plural uses only when the draft says the singular covers the plural', () => {
    const m = parseDocument(fixture('outline.av'));
    const uses = (t: string) => m.uses.filter((u) => u.term === t).map((u) => u.form);
    assert.deepEqual(uses('Module'), ['Modules']);
    assert.deepEqual(uses('Opdracht'), ['Opdracht', 'Opdrachten', 'Opdrachten', 'Opdracht']);
    const w = parseDocument(fixture('artikel.av'));
    assert.deepEqual(w.uses.filter((u) => u.term === 'Werkdag'), []);
  });

  it('does not count a term inside a longer word', () => {
    const m = parseDocument('Artikel 1 Definities\nOpdracht: de afspraak.\nArtikel 2 Slot\nDe Opdrachtgever en de Opdracht-bevestiging; de Opdracht.\n');
    assert.deepEqual(m.uses.map((u) => m.text.slice(u.span.start, u.span.end + 1)), ['Opdracht.']);
  });

  it('one definition can define two terms: "Offerte en/of Aanbieding"', () => {
    const m = parseDocument('Artikel 1 Definities\nDe definities gelden in enkelvoud en meervoud.\nOfferte en/of Aanbieding: een voorstel;\nArtikel 2 Aanbod\nAlle Offertes en/of Aanbiedingen zijn vrijblijvend.\n');
    assert.deepEqual(m.definitions.map((d) => [d.term, d.label]), [['Offerte', 'Offerte en/of Aanbieding'], ['Aanbieding', 'Offerte en/of Aanbieding']]);
    assert.deepEqual(m.uses.map((u) => `${u.term}:${u.form}`), ['Offerte:Offertes', 'Aanbieding:Aanbiedingen']);
  });
});

describe('model: cross-references', () => {
  it('absolute and relative references resolve to the clause a lawyer means', () => {
    assert.deepEqual(refs(parseDocument(fixture('artikel.av'))), [
      'sub b -> 2 lid 2 sub b',
      'Het vorige lid -> 2 lid 2',
      'lid 2 sub b -> 2 lid 2 sub b',
      '1 -> 3 lid 1',
      '3 -> 3 lid 3',
      'art. 2 lid 2 -> 2 lid 2',
      'lid 1 van dit artikel -> 3 lid 1',
    ]);
    assert.deepEqual(refs(parseDocument(fixture('outline.av'))), ['1.2.2 -> 1.2.2', '1 -> 1.3.1', '2 -> 1.3.2', 'Artikel 1.2.3 -> 1.2.3', 'artikel 1.4 -> ?']);
    assert.deepEqual(refs(parseDocument(fixture('dotted.av'))), ['2.2.1 -> 2.2.1', 'artikel 2.2 -> 2.2']);
  });

  it('never takes a statute citation for a cross-reference', () => {
    const m = parseDocument(fixture('markdown.av.md'));
    assert.deepEqual(refs(m), ['artikel 2.1 -> 2.1', 'artikel 3.1 -> 3.1', '2.2 -> 2.2']);
    const t = parseDocument(
      'Artikel 1 Recht\n1. Artikel 7:404 BW, art. 7:408 lid 1 BW, de artikelen 7:407 lid 2 BW, 7:404 BW en 7:409 BW, artikel 6:236 sub a BW, artikel 11.7 Telecommunicatiewet, artikel 6 AVG, artikel 28 lid 3 AVG, artikel 12 Auteurswet, artikel 3 van de Verwerkersovereenkomst en het eerste lid van artikel 7:408 BW gelden.\n',
    );
    assert.deepEqual(refs(t), []);
  });

  it('reads "lid 1 en 2" and "artikel 1.1 en 1.2" as one reference per number', () => {
    const m = parseDocument('## Artikel 1 – A\n1.1 x\n1.2 y\n## Artikel 2 – B\n1. Zie artikel 1.1 en 1.2.\n2. Lid 1 en 2 van dit artikel; artikel 7.1 en 7.2 Telecommunicatiewet.\n');
    assert.deepEqual(refs(m), ['artikel 1.1 -> 1.1', '1.2 -> 1.2', '1 -> 2 lid 1', '2 -> 2 lid 2']);
  });

  it('reads lists, "artikel 3, lid 2", "artikel 8.3 sub b" and amounts that are no references', () => {
    const m = parseDocument('Artikel 1 A\n1. x\n2. y\nArtikel 2 B\n1. De artikelen 1 en 2; artikel 1, lid 2; artikel 2 lid 1 sub a; in 1.5 procent; bij 1.000 euro.\n   a. z\n');
    assert.deepEqual(refs(m), ['1 -> 1', '2 -> 2', 'artikel 1, lid 2 -> 1 lid 2', 'artikel 2 lid 1 sub a -> 2 lid 1 sub a']);
  });
});

describe('model: the BCS corpus draft', function () {
  if (!existsSync(BCS)) return;
  const m = parseDocument(readFileSync(BCS, 'utf8'));
  it('reads its outline as parts > articles > clauses', () => {
    assert.equal(m.nodes.filter((n) => n.kind === 'part').length, 3);
    assert.equal(m.nodes.filter((n) => n.kind === 'article').length, 27);
    assert.equal(m.nodes.filter((n) => n.kind === 'clause').length, 94);
    assert.equal(m.byLabel.get('1.2.6')![0].kind, 'clause');
    assert.equal(m.byLabel.get('1.10')![0].heading, 'Aansprakelijkheid');
    assert.equal(m.byLabel.get('4.3')![0].kind, 'clause');
  });
  it('reads its definitions, including the ones on unnumbered lines', () => {
    assert.equal(m.definitions.length, 19);
    assert.ok(m.pluralCovered);
    assert.ok(m.uses.some((u) => u.form === 'Opdrachten'));
  });
  it('resolves its cross-references and ignores its statute citations', () => {
    assert.deepEqual(refs(m), ['1.2.6 -> 1.2.6', 'artikel 1.4.4 -> 1.4.4', 'lid 1 -> 1.8.1', 'lid 2 van dit artikel -> 1.8.2', '2 -> 1.10.2', '3 -> 1.10.3', 'artikel 1.11 -> 1.11']);
  });
});
