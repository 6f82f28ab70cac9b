// The importer on .docx packages written in the test: each Word form, and each bad input.
import * as assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { importDocx, ImportError, describeOrigin } from '../../server/src/import';
import { MAX_UNPACKED_BYTES } from '../../server/src/import/zip';
import { analyze } from '../../server/src/core';
import { buildDocx, list, para, run } from './docxBuilder';

const lines = (bytes: Uint8Array) => importDocx(bytes).text.split('\n').filter(Boolean);
const HEADING_STYLES = ['Heading1', 'heading 1', 'Kop1', 'heading 1', 'Heading2', 'heading 2', 'Title', 'Title']
  .reduce<string[]>((out, v, i, a) => (i % 2 ? out : [...out, `<w:style w:type="paragraph" w:styleId="${v}"><w:name w:val="${a[i + 1]}"/></w:style>`]), [])
  .join('');

function rejects(bytes: Uint8Array, code: string, nl: RegExp) {
  assert.throws(
    () => importDocx(bytes),
    (e: unknown) => e instanceof ImportError && e.code === code && nl.test(e.text.nl) && e.text.en.length > 10,
  );
}

describe('import: Word forms', () => {
  it('automatic article and clause numbers from numbering.xml, before their text', () => {
    const l = list(0, 1, [['Artikel %1', 'decimal'], ['%1.%2', 'decimal'], ['%3.', 'lowerLetter']]);
    const doc = buildDocx({
      styles: HEADING_STYLES,
      numbering: l.abstract + l.num,
      body: [
        para('Toepasselijkheid', { style: 'Heading1', num: [1, 0] }),
        para('Deze voorwaarden gelden voor elke overeenkomst.', { num: [1, 1] }),
        para('Afwijkingen gelden alleen schriftelijk.', { num: [1, 1] }),
        para('Betaling', { style: 'Heading1', num: [1, 0] }),
        para('Klant betaalt:', { num: [1, 1] }),
        para('binnen dertig dagen;', { num: [1, 2] }),
        para('zonder korting.', { num: [1, 2] }),
      ].join(''),
    });
    assert.deepEqual(lines(doc), [
      '## Artikel 1 Toepasselijkheid',
      '1.1 Deze voorwaarden gelden voor elke overeenkomst.',
      '1.2 Afwijkingen gelden alleen schriftelijk.',
      '## Artikel 2 Betaling',
      '2.1 Klant betaalt:',
      'a. binnen dertig dagen;',
      'b. zonder korting.',
    ]);
  });

  it('numbering through a paragraph style (the style carries w:numPr, the level names the style)', () => {
    const l = list(0, 5, [['%1.', 'decimal', '<w:pStyle w:val="ArtKop"/>'], ['%1.%2', 'decimal', '<w:pStyle w:val="Lid"/>']]);
    const styles =
      HEADING_STYLES +
      '<w:style w:type="paragraph" w:styleId="ArtKop"><w:name w:val="Artikelkop"/><w:basedOn w:val="Kop1"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Lid"><w:name w:val="Lid"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>';
    const doc = buildDocx({
      styles,
      numbering: l.abstract + l.num,
      body: [para('Prijzen', { style: 'ArtKop' }), para('Prijzen zijn in euro.', { style: 'Lid' }), para('Prijzen zijn exclusief btw.', { style: 'Lid' })].join(''),
    });
    assert.deepEqual(lines(doc), ['1. Prijzen', '1.1 Prijzen zijn in euro.', '1.2 Prijzen zijn exclusief btw.']);
  });

  it('isLgl, startOverride and a list that restarts per article', () => {
    const a = list(0, 1, [['%1.', 'upperRoman'], ['%1.%2', 'decimal', '<w:isLgl/>']]);
    const b = list(1, 2, [['%1)', 'lowerRoman']]);
    const restart = '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    const doc = buildDocx({
      styles: HEADING_STYLES,
      numbering: a.abstract + b.abstract + a.num + b.num + restart,
      body: [
        para('Eerste deel', { style: 'Heading1', num: [1, 0] }),
        para('Tweede deel', { style: 'Heading1', num: [1, 0] }),
        para('Een lid onder het tweede deel.', { num: [1, 1] }),
        para('een eerste punt;', { num: [2, 0] }),
        para('een tweede punt.', { num: [2, 0] }),
        para('weer een eerste punt.', { num: [3, 0] }),
      ].join(''),
    });
    assert.deepEqual(lines(doc), ['## I. Eerste deel', '## II. Tweede deel', '2.1 Een lid onder het tweede deel.', 'i) een eerste punt;', 'ii) een tweede punt.', 'i) weer een eerste punt.']);
  });

  it('headings by style name (Heading, Kop, Title) and by outline level; long text in a heading style stays text', () => {
    const long = 'Deze bepaling staat in een kopstijl maar is een volledige zin met veel woorden, zoals Word-sjablonen soms doen bij de laatste leden van een artikel.';
    const doc = buildDocx({
      styles: HEADING_STYLES,
      body: [
        para('Algemene voorwaarden', { style: 'Title' }),
        para('Artikel 1 – Definities', { style: 'Kop1' }),
        para('Artikel 2 – Levering', { pPr: '<w:outlineLvl w:val="0"/>' }),
        para('Termijnen', { style: 'Heading2' }),
        para(long, { style: 'Heading1' }),
      ].join(''),
    });
    assert.deepEqual(lines(doc), ['# Algemene voorwaarden', '## Artikel 1 – Definities', '## Artikel 2 – Levering', '### Termijnen', long]);
  });

  it('hand-typed numbers and manual line breaks that hold several clauses', () => {
    const doc = buildDocx({
      body: para(['3.1 Levering geschiedt af magazijn.', '<w:r><w:br/></w:r>', '3.2 Het risico gaat over bij aflevering.', '<w:r><w:br w:type="page"/></w:r>']),
    });
    assert.deepEqual(lines(doc), ['3.1 Levering geschiedt af magazijn.', '3.2 Het risico gaat over bij aflevering.']);
  });

  it('a definitions table becomes definitions; another table becomes readable rows', () => {
    const row = (...cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`;
    const doc = buildDocx({
      styles: HEADING_STYLES,
      body: [
        para('Artikel 1 Definities', { style: 'Heading1' }),
        `<w:tbl>${row('Klant', 'de wederpartij van Leverancier;')}${row('Dienst', 'de dienst die Leverancier levert.')}</w:tbl>`,
        para('Artikel 2 Tarieven', { style: 'Heading1' }),
        `<w:tbl>${row('Pakket', 'Prijs per maand')}${row('Basis', '€ 10')}</w:tbl>`,
      ].join(''),
    });
    const text = importDocx(doc).text;
    assert.deepEqual(text.split('\n').filter(Boolean), ['## Artikel 1 Definities', '**Klant**: de wederpartij van Leverancier;', '**Dienst**: de dienst die Leverancier levert.', '## Artikel 2 Tarieven', 'Pakket | Prijs per maand', 'Basis | € 10']);
    const defs = analyze(text).model.definitions.map((d) => d.term);
    assert.deepEqual(defs, ['Klant', 'Dienst'], 'Clausule reads the table as definitions');
  });

  it('a table with a header row "Begrip | Betekenis" is a definitions table anywhere; the header is not a term', () => {
    const row = (...cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`;
    const doc = buildDocx({ body: `<w:tbl>${row('Begrip', 'Betekenis')}${row('„Klant”:', 'de wederpartij van Leverancier;')}</w:tbl>` });
    assert.deepEqual(lines(doc), ['**Klant**: de wederpartij van Leverancier;']);
    const plain = buildDocx({ body: `<w:tbl>${row('Klant', 'de wederpartij van Leverancier;')}${row('Dienst', 'de dienst die Leverancier levert.')}</w:tbl>` });
    assert.deepEqual(lines(plain), ['Klant | de wederpartij van Leverancier;', 'Dienst | de dienst die Leverancier levert.'], 'without a header, only under a definitions heading');
  });

  it('a bold term opens a definition only in a definitions article', () => {
    const bold = (t: string) => run(t, '<w:b/>');
    const doc = buildDocx({
      styles: HEADING_STYLES,
      body: [
        para([bold('Opdrachtgever'), run(': ieder die een opdracht geeft.')]),
        para('Artikel 1 Begrippen', { style: 'Heading1' }),
        para([bold('Opdrachtgever'), run(': ieder die een opdracht geeft.')]),
      ].join(''),
    });
    assert.deepEqual(lines(doc), ['Opdrachtgever: ieder die een opdracht geeft.', '## Artikel 1 Begrippen', '**Opdrachtgever**: ieder die een opdracht geeft.']);
  });

  it('content controls: their shown text, or a placeholder Clausule flags for the template prompt', () => {
    const sdt = (pr: string, content: string) => `<w:sdt><w:sdtPr>${pr}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const doc = buildDocx({
      body: [
        para([run('Leverancier is '), sdt('<w:alias w:val="Naam leverancier"/><w:text/>', run('Voorbeeld B.V.')), run('.')]),
        para([run('Gevestigd te '), sdt('<w:alias w:val="Plaats"/><w:showingPlcHdr/><w:text/>', run('Klik of tik om tekst in te voeren.')), run('.')]),
        para([run('Betaling binnen '), sdt('<w:showingPlcHdr/>', run('Klik of tik om tekst in te voeren.')), run(' dagen.')]),
        para([run('Contactpersoon: '), sdt('<w:tag w:val="contact"/><w:text/>', run(' '))]),
        para('Klik of tik om tekst in te voeren.'),
      ].join(''),
    });
    const r = importDocx(doc);
    assert.deepEqual(r.text.split('\n').filter(Boolean), ['Leverancier is Voorbeeld B.V..', 'Gevestigd te [PLAATS].', 'Betaling binnen [IN TE VULLEN] dagen.', 'Contactpersoon: [CONTACT]', '[IN TE VULLEN]']);
    const flagged = analyze(r.text).findings.filter((f) => f.ruleId === 'placeholder').map((f) => r.text.slice(f.span.start, f.span.end));
    assert.deepEqual(flagged, ['[PLAATS]', '[IN TE VULLEN]', '[CONTACT]', '[IN TE VULLEN]']);
    assert.ok(r.notices.some((n) => /voorbeeldtekst van het sjabloon/.test(n.nl)), 'a notice counts the controls');
    const none = importDocx(buildDocx({ body: para('Geen besturingselementen.') }));
    assert.deepEqual(none.notices, []);
  });

  it('fields: REF and PAGEREF as their shown text, the code left out; a TOC dropped whole', () => {
    const field = (instr: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const doc = buildDocx({
      body: [
        `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('Artikel 1 Definities\t1')}</w:p>`,
        `<w:p>${run('Artikel 2 Levering\t2')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
        para([run('Zie artikel '), field('REF _Ref123 \\r \\h', '4.2'), run(' op pagina '), field('PAGEREF _Ref123 \\h', '3'), run('.')]),
        para(['<w:fldSimple w:instr=" REF _Ref9 \\r "><w:r><w:t>5.1</w:t></w:r></w:fldSimple>', run(' blijft van kracht.')]),
      ].join(''),
    });
    assert.deepEqual(lines(doc), ['Zie artikel 4.2 op pagina 3.', '5.1 blijft van kracht.']);
  });

  it('footnotes and endnotes follow their paragraph', () => {
    const note = (tag: string, id: number, text: string) => `<w:${tag} w:id="${id}"><w:p><w:r><w:${tag}Ref/></w:r>${run(' ' + text)}</w:p></w:${tag}>`;
    const doc = buildDocx({
      footnotes: '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' + note('footnote', 1, 'Zie de toelichting.'),
      endnotes: note('endnote', 1, 'Bron: eigen tekst.'),
      body: [para([run('Partijen werken samen'), '<w:r><w:footnoteReference w:id="1"/></w:r>', run('.')]), para([run('Slot'), '<w:r><w:endnoteReference w:id="1"/></w:r>'])].join(''),
    });
    assert.deepEqual(lines(doc), ['Partijen werken samen¹.', 'Voetnoot 1: Zie de toelichting.', 'Slot¹', 'Eindnoot 1: Bron: eigen tekst.']);
  });

  it('tracked changes: insertions kept, deletions dropped, one notice; comments dropped and counted', () => {
    const doc = buildDocx({
      comments: '<w:comment w:id="0"><w:p>' + run('Klopt dit?') + '</w:p></w:comment><w:comment w:id="1"><w:p>' + run('Nee.') + '</w:p></w:comment>',
      body: [
        para([run('De termijn is '), '<w:del w:id="1"><w:r><w:delText>zeven</w:delText></w:r></w:del>', '<w:ins w:id="2"><w:r><w:t>veertien</w:t></w:r></w:ins>', run(' dagen.')]),
        para(['<w:commentRangeStart w:id="0"/>', run('Opmerkingen staan niet in de tekst.'), '<w:commentRangeEnd w:id="0"/>', '<w:r><w:commentReference w:id="0"/></w:r>']),
      ].join(''),
    });
    const r = importDocx(doc);
    assert.deepEqual(r.text.split('\n').filter(Boolean), ['De termijn is veertien dagen.', 'Opmerkingen staan niet in de tekst.']);
    assert.equal(r.notices.length, 2);
    assert.match(r.notices[0].nl, /niet-geaccepteerde wijzigingen/);
    assert.match(r.notices[1].nl, /^2 opmerkingen/);
  });

  it('hyperlinks keep their shown text; soft hyphens go, non-breaking spaces become spaces; hidden text stays hidden', () => {
    const doc = buildDocx({
      body: para([
        run('Zie '),
        '<w:hyperlink r:id="rIdX">' + run('onze website') + '</w:hyperlink>',
        run(' voor de aan\u00adsprakelijk'),
        '<w:r><w:softHyphen/><w:t>heids\u00a0regeling</w:t></w:r>',
        run(' geheim', '<w:vanish/>'),
        run(' en art.\u00a06:96 BW.'),
      ]),
    });
    assert.deepEqual(lines(doc), ['Zie onze website voor de aansprakelijkheids regeling en art. 6:96 BW.']);
  });

  it('each line knows its article, clause and first words in Word', () => {
    const l = list(0, 1, [['Artikel %1', 'decimal'], ['%1.%2', 'decimal']]);
    const doc = buildDocx({
      styles: HEADING_STYLES,
      numbering: l.abstract + l.num,
      body: [para('Levering', { style: 'Heading1', num: [1, 0] }), para('Leverancier levert binnen een redelijke termijn na de bestelling.', { num: [1, 1] })].join(''),
    });
    const r = importDocx(doc);
    const at = r.text.split('\n').indexOf('1.1 Leverancier levert binnen een redelijke termijn na de bestelling.');
    assert.deepEqual(r.origins[at], { article: '1', clause: '1.1', words: 'Leverancier levert binnen een redelijke termijn …' });
    assert.equal(describeOrigin(r.origins[at], 'nl'), 'artikel 1, 1.1: “Leverancier levert binnen een redelijke termijn …”');
    assert.equal(describeOrigin(r.origins[at], 'en'), 'article 1, 1.1: “Leverancier levert binnen een redelijke termijn …”');
    assert.equal(r.origins.length, r.text.split('\n').length);
  });
});

describe('import: bad input gets a clear message', () => {
  const ole = (extra = '') => {
    const b = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
    Buffer.from(extra, 'utf16le').copy(b, 1024);
    return new Uint8Array(b);
  };

  it('an old .doc: save as .docx', () => rejects(ole('WordDocument'), 'old-doc', /sla het op als \.docx/));
  it('an encrypted, password-protected document (an OLE container with an EncryptedPackage)', () => rejects(ole('EncryptedPackage'), 'encrypted', /wachtwoord/));
  it('an RTF file', () => rejects(strToU8('{\\rtf1\\ansi Hallo}'), 'rtf', /RTF/));
  it('a text file is not a zip', () => rejects(strToU8('Artikel 1 Definities'), 'not-zip', /geen zip-archief/));
  it('an empty file', () => rejects(new Uint8Array(0), 'not-zip', /geen zip-archief/));
  it('a damaged zip', () => {
    const z = buildDocx({ body: para('tekst') });
    rejects(z.slice(0, z.length - 40), 'damaged', /beschadigd/);
  });
  it('a zip without word/document.xml (e.g. a spreadsheet)', () => rejects(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), 'not-word', /word\/document\.xml ontbreekt/));
  it('XML that is not well-formed', () => rejects(zipSync({ 'word/document.xml': strToU8('<?xml version="1.0"') }), 'unreadable-xml', /geen geldige Word-XML/));
  it('a zip bomb: more unpacked than the cap, refused before inflating', () => {
    // 1 MB of one repeated byte compresses to about 1 KB; enough copies pass the cap.
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8('<w:document><w:body/></w:document>') };
    for (let i = 0; i <= MAX_UNPACKED_BYTES / chunk.length; i++) files[`word/part${i}.xml`] = chunk;
    const zip = zipSync(files, { level: 9 });
    assert.ok(zip.length < 2 * 1024 * 1024, `the bomb is small on disk (${zip.length} bytes)`);
    rejects(zip, 'too-large', /zip-bom/);
  });
  it('a huge document: too many paragraphs', () => {
    const doc = buildDocx({ body: '<w:p/>'.repeat(200_001) });
    rejects(doc, 'too-large', /alinea/);
  });
});
