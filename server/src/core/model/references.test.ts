import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from './parse';
import { locateAnnex, locateWritten, resolvePath } from './references';
import type { CrossReference, DocumentModel } from './types';

const fixture = (name: string) => readFileSync(path.resolve('test/fixtures/references', name), 'utf8');

/** Each reference as "text -> line of its target" (1-based), or "-> ?" when it resolves to nothing. */
function targets(m: DocumentModel): string[] {
  return m.references.map((r) => `${r.text} -> ${r.target ? m.lines.lineAt(r.target.span.start) + 1 : '?'}`);
}
const lineOf = (m: DocumentModel, s: string) => m.lines.lineAt(m.text.indexOf(s)) + 1;
const refAt = (m: DocumentModel, s: string): CrossReference | undefined => m.references.find((r) => r.span.start <= m.text.indexOf(s) && m.text.indexOf(s) < r.span.end);

describe('model/references: the forms a draft refers with', () => {
  it('reads "artikel 8 lid 1" as clause 8.1, whether the draft writes 8.1 or lid 1. under article 8', () => {
    const dotted = parseDocument('## Artikel 8 – Aansprakelijkheid\n8.1 Tot het factuurbedrag.\n8.2 Buiten de in artikel 8 lid 1 genoemde gevallen geen aansprakelijkheid.\n');
    assert.deepEqual(targets(dotted), ['artikel 8 lid 1 -> 2']);
    const leden = parseDocument('Artikel 8 Aansprakelijkheid\n1. Tot het factuurbedrag.\n2. Buiten de in artikel 8 lid 1 en lid 4 van dit artikel genoemde gevallen niet.\n');
    assert.deepEqual(targets(leden), ['artikel 8 lid 1 -> 2', 'lid 4 van dit artikel -> ?']);
  });

  it('reads an article of a statute named in more words ("van de Algemene Termijnenwet") as no reference into the draft', () => {
    const text =
      'Artikel 1 Begrippen\n1. Werkdag: maandag tot en met vrijdag, behalve de dagen die artikel 3, eerste lid, van de Algemene Termijnenwet noemt.\n2. Termijn: zie artikel 3 lid 2 Algemene termijnenwet.\n' +
      '3. Dag: zoals bedoeld in artikel 1 lid 2 van deze Algemene Voorwaarden.\n';
    assert.deepEqual(targets(parseDocument(text)), ['artikel 1 lid 2 -> 3']);
  });

  it('resolves "artikel 5" to article 5, never to lid 5 of the article it is written in', () => {
    const text = 'Artikel 3 Betaling\n1. a\n2. b\n3. c\n4. d\n5. e\n6. Zie artikel 5.\nArtikel 4 Duur\n1. f\nArtikel 5 Slot\n1. g\n';
    const m = parseDocument(text);
    assert.equal(refAt(m, 'artikel 5')!.target && m.lines.lineAt(refAt(m, 'artikel 5')!.target!.span.start) + 1, lineOf(m, 'Artikel 5 Slot'));
  });

  it('skips an article heading ("Artikel", "ARTIKEL", "Art.") but reads a list heading and an article number in clause text', () => {
    const spans = (m: DocumentModel) => m.references.map((r) => `${r.text}@${r.span.start}`);
    const headed = parseDocument('Artikel 1 Definities\n1.1 Zie artikel 2.\nARTIKEL 2 Duur\n2.1 Zie de artikelen 1 en 3.\nArt. 3 Slot\n3.1 Zie artikel 1 lid 1 en artikel 3.\n');
    assert.deepEqual(spans(headed), ['artikel 2@29', '1@76', '3@81', 'artikel 1 lid 1@104', 'artikel 3@123']);
    // "Artikelen 4 en 5" as a heading still names two articles; "Artikel 6" opening a clause's text refers.
    const listed = parseDocument('## Artikelen 4 en 5\nArtikel 6 – Slot\n6.1 Artikel 6 geldt ook voor artikel 4.\n');
    assert.deepEqual(spans(listed), ['4@13', '5@18', 'Artikel 6@41', 'artikel 4@66']);
  });

  it('reads article headings as headings and finds each article whatever its heading style', () => {
    const m = parseDocument(fixture('headings.av'));
    // The target's line, or where the draft writes the number when its structure was not read as a clause.
    const at = (s: string) => {
      const r = refAt(m, s);
      assert.ok(r, s);
      const span = r.target?.span ?? locateWritten(m.text, r.targetPath!);
      return span && m.lines.lineAt(span.start) + 1;
    };
    // No heading is itself a reference.
    for (const h of ['Artikel 1. Begrippen', 'Artikel 2; Duur', 'ARTIKEL 3: BETALING', 'Artikel 4 - Slot']) assert.equal(refAt(m, h), undefined, h);
    assert.equal(at('artikel 3.'), lineOf(m, 'ARTIKEL 3'));
    assert.equal(at('artikel 4.'), lineOf(m, 'Artikel 4 - Slot'));
    // Article 1 at its heading (or, while the heading is not read as one, its first clause), never at lid 1 of article 3.
    assert.ok([lineOf(m, 'Artikel 1. Begrippen'), lineOf(m, '1.1 Klant')].includes(at('artikel 1 en')!));
  });

  it('finds an article written only as 14.1, 14.2 (no heading) at its first clause', () => {
    // Not a repository fixture: renumbering reads such a run under the article before it (nummering reports
    // it), which would move "artikel 14" away from its clauses.
    const m = parseDocument('Artikel 13 Slot\n13.1 Het recht van Nederland is van toepassing.\n13.2 Zie artikel 14.\n\n14.1 Een bepaling zonder kop.\n14.2 Nog een bepaling zonder kop.\n');
    const r = refAt(m, 'artikel 14');
    assert.ok(r);
    const span = r.target?.span ?? locateWritten(m.text, r.targetPath!);
    assert.equal(span && m.lines.lineAt(span.start), 4);
  });

  it('does not take a lone 14.3 under article 4 for article 14: numbering reads it as one of 4\'s clauses', () => {
    const m = parseDocument('Artikel 4 Betaling\n4.1 Klant betaalt binnen dertig dagen.\n14.3 Zie artikel 14 voor geschillen.\n');
    assert.equal(refAt(m, 'artikel 14')?.target, undefined);
    const run = parseDocument('Artikel 4 Betaling\n4.1 Klant betaalt binnen dertig dagen.\n14.1 Zie artikel 14 voor geschillen.\n14.2 De rechter te Utrecht beslist.\n');
    assert.equal(refAt(run, 'artikel 14')?.target?.label, '14.1');
  });

  it('"het vorige lid" in a clause of three levels (15.1.2) is the clause before it (15.1.1)', () => {
    const m = parseDocument('Artikel 15. Aansprakelijkheid\n15.1 Ontwerp\n15.1.1. De aannemer is aansprakelijk voor fouten in het ontwerp.\n15.1.2. De aansprakelijkheid op grond van het vorige lid is beperkt.\n');
    const r = refAt(m, 'het vorige lid');
    assert.ok(r?.target, 'resolves');
    assert.equal(m.lines.lineAt(r.target.span.start), 2);
  });

  it('counts lid numbers within the article they are written in', () => {
    const m = parseDocument('Artikel 3 Betaling\n1. Betaling binnen dertig dagen.\n2. Na de termijn in lid 1 is de Klant in verzuim.\n3. Het bepaalde in artikel 2 lid 1 geldt.\nArtikel 2 Duur\n1. Een jaar.\n');
    assert.deepEqual(targets(m), ['lid 1 -> 2', 'artikel 2 lid 1 -> 6']);
  });

  it('reads "het vorige lid", "sub c", "de artikelen 6.4 en 6.5", "zie 3.4 en 3.5" and "bijlage 1"', () => {
    const text =
      '## Artikel 3 – Levering\n3.1 Wij leveren.\n3.2 Het vorige lid geldt ook voor:\n   a. software;\n   b. hardware;\n   c. advies.\n3.3 Het bepaalde sub c vervalt.\n3.4 x\n3.5 y\n\n## Artikel 6 – Prijs\n6.4 p\n6.5 q\n6.6 Zie de artikelen 6.4 en 6.5, zie 3.4 en 3.5 en bijlage 1.\n\n## Bijlage 1 – Tarieven\nUurtarief.\n';
    const m = parseDocument(text);
    assert.deepEqual(targets(m), [
      'Het vorige lid -> 2',
      'sub c -> 6',
      '6.4 -> 12',
      '6.5 -> 13',
      '3.4 -> 8',
      '3.5 -> 9',
      refAt(m, 'bijlage 1')!.target ? 'bijlage 1 -> 16' : 'bijlage 1 -> ?',
    ]);
    assert.equal(locateAnnex(text, '1')?.start, text.indexOf('Bijlage 1'));
    assert.equal(refAt(m, 'sub c')!.form, 'sub');
    assert.equal(refAt(m, 'bijlage 1')!.form, 'bijlage');
  });

  it('reads "artikel 10c" and "artikel 6.b" as a letter of that article', () => {
    const m = parseDocument('Artikel 6 Uitbesteding\na. intern;\nb. extern.\n\nArtikel 7 Slot\nZie artikel 6b en artikel 6.c.\n');
    assert.deepEqual(
      m.references.map((r) => `${r.text} ${r.targetPath!.join('.')} ${r.target ? 'found' : 'missing'}`),
      ['artikel 6b 6.b found', 'artikel 6.c 6.c missing'],
    );
  });

  it('never takes a reference to another instrument for one inside the draft', () => {
    const m = parseDocument(fixture('external.av'));
    assert.deepEqual(targets(m), []);
    // A Belgian draft cites its own BW the same way.
    assert.deepEqual(targets(parseDocument('Artikel 1 Recht\n1. Artikel 2281 BW en artikel 1153 van het Burgerlijk Wetboek zijn van toepassing.\n')), []);
  });

  it('still reads references next to words that only look like an instrument', () => {
    const m = parseDocument('Artikel 1 Duur\n1. x\nArtikel 2 Slot\n1. Artikel 2 EN artikel 1 van deze voorwaarden, de artikelen 1 en 2 van de algemene voorwaarden gelden.\n');
    assert.deepEqual(targets(m), ['Artikel 2 -> 3', 'artikel 1 -> 1', '1 -> 1', '2 -> 3']);
  });
});

describe('model/references: resolvePath and the numbers the draft writes', () => {
  it('finds a path in the tree the way a lawyer reads it', () => {
    const m = parseDocument('Artikel 2 Duur\n1. Een jaar.\n2. Opzegging.\n   a. schriftelijk;\n');
    assert.equal(resolvePath(m, ['2', '2', 'a'])?.written, 'a');
    assert.equal(resolvePath(m, ['2', '3']), undefined);
    assert.equal(resolvePath(m, []), undefined);
  });

  it('locates a clause number written in running text or an annex heading, and nothing else', () => {
    const text = 'Artikel 4 Levering\n4.1. Wij leveren binnen een maand. 4.2. Levering geschiedt franco.\nBijlage B Tarieven\n';
    assert.equal(text.slice(locateWritten(text, ['4', '2'])!.start, locateWritten(text, ['4', '2'])!.end), '4.2');
    assert.equal(locateWritten(text, ['4', '3']), undefined);
    assert.equal(locateWritten(text, ['4'])?.start, text.indexOf('4 Levering'));
    assert.equal(locateWritten('binnen 4.2 dagen', ['4', '2']), undefined);
    assert.equal(locateWritten(text, ['4', 'b']), undefined);
    // A letter under an article whose lettered sections the structure did not read, and none past the next article.
    const lettered = '5. LEVERING\na. Termijnen. Wij leveren snel.\n## b. Kosten. Verzending is gratis.\n6. BETALING\nc. Facturen. Binnen een maand.\n';
    assert.equal(locateWritten(lettered, ['5', 'b'])?.start, lettered.indexOf('b. Kosten'));
    assert.equal(locateWritten(lettered, ['5', 'a'])?.start, lettered.indexOf('a. Termijnen'));
    assert.equal(locateWritten(lettered, ['5', 'c']), undefined);
    assert.equal(locateAnnex(text, 'B')?.start, text.indexOf('Bijlage B'));
    assert.equal(locateAnnex(text, 'A'), undefined);
  });
});
