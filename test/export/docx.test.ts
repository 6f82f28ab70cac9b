// The .docx is opened again with our own ZIP reader and checked as WordprocessingML.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/core';
import { buildExportDocument } from '../../server/src/core/render/exportModel';
import { bookmarkName, numberingDifferences, renderDocx } from '../../server/src/export/docx';
import { paragraphs, unzip, type WordParagraph } from './unzip';

export const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/export');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

async function docxOf(text: string) {
  const doc = buildExportDocument(parseDocument(text));
  const out = await renderDocx(doc);
  const files = unzip(out.data);
  const xml = (name: string) => {
    const f = files.get(name);
    assert.ok(f, `${name} in the package`);
    return f.toString('utf8');
  };
  return { doc, out, files, xml, paras: paragraphs(xml('word/document.xml')) };
}

/** numId → abstractNumId → the lvlText of each level, from word/numbering.xml. */
function numberingLevels(numberingXml: string): Map<string, string[]> {
  const abstract = new Map<string, string[]>();
  for (const m of numberingXml.matchAll(/<w:abstractNum w:abstractNumId="(\d+)"[\s\S]*?<\/w:abstractNum>/g)) {
    abstract.set(m[1], [...m[0].matchAll(/<w:lvlText w:val="([^"]*)"/g)].map((x) => x[1]));
  }
  const out = new Map<string, string[]>();
  for (const m of numberingXml.matchAll(/<w:num w:numId="(\d+)"[^>]*><w:abstractNumId w:val="(\d+)"/g)) out.set(m[1], abstract.get(m[2]) ?? []);
  return out;
}

describe('export: Word (.docx)', () => {
  let r: Awaited<ReturnType<typeof docxOf>>;
  before(async () => {
    r = await docxOf(read('webwinkel-diensten.av.md'));
  });

  it('is a Word package with the parts Word needs', () => {
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']) assert.ok(r.files.has(part), part);
    assert.equal(Buffer.from(r.out.data.subarray(0, 2)).toString('latin1'), 'PK');
  });

  it('makes every article a Heading 1 paragraph, with its heading text', () => {
    const headings = r.paras.filter((p) => p.style === 'Heading1');
    assert.equal(headings.length, 7);
    assert.equal(r.doc.articleCount, 7);
    assert.deepEqual(headings.map((h) => h.text).slice(0, 3), ['Begrippen', 'Toepasselijkheid', 'Uitvoering']);
    assert.equal(headings[4].text, 'Aansprakelijkheid');
  });

  it('numbers articles and leden with a multilevel list definition, not typed numbers', () => {
    const levels = numberingLevels(r.xml('word/numbering.xml'));
    const headings = r.paras.filter((p) => p.style === 'Heading1');
    const outline = levels.get(headings[0].numId!);
    assert.ok(outline, 'the headings use a numbering definition');
    assert.deepEqual(outline!.slice(0, 3), ['Artikel %1', '%1.%2', '%1.%2.%3']);
    assert.ok(headings.every((h) => h.numId === headings[0].numId && h.ilvl === 0));
    const leden = r.paras.filter((p) => p.style === 'ClausuleLid' && p.numId === headings[0].numId);
    assert.ok(leden.length >= 18, `leden numbered at level 1 (${leden.length})`);
    assert.ok(leden.every((p) => p.ilvl === 1));
    for (const p of [...headings, ...leden]) assert.doesNotMatch(p.text, /^(Artikel\s+)?\d+(\.\d+)*\s/, `typed number in "${p.text}"`);
  });

  it('numbers letter items with a lowercase-letter list that restarts per lid', () => {
    const levels = numberingLevels(r.xml('word/numbering.xml'));
    assert.match(r.xml('word/numbering.xml'), /<w:numFmt w:val="lowerLetter"\/>/);
    const items = r.paras.filter((p) => p.style === 'ClausuleLid' && p.numId && levels.get(p.numId)?.[1] === '%2.');
    assert.equal(items.length, 6, 'a–d in 1.1 and a–b in 5.3');
    const groups = new Set(items.map((p) => p.numId));
    assert.equal(groups.size, 2, 'each group of items is its own list instance, so 5.3 starts again at a.');
  });

  it('keeps the text of a sample clause', () => {
    const clause = r.paras.find((p) => p.text.startsWith('De beperking in lid 1 geldt niet'));
    assert.ok(clause);
    assert.equal(clause!.text, 'De beperking in lid 1 geldt niet bij opzet of bewuste roekeloosheid van Lindeboom of haar leidinggevenden.');
  });

  it('bookmarks every article and lid, and links cross-references to them', () => {
    const doc = r.xml('word/document.xml');
    const bookmarks = new Set([...doc.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]));
    for (const a of ['art-1', 'art-5-2', 'art-1-1-a', 'def-afnemer']) assert.ok(bookmarks.has(bookmarkName(a)), a);
    const anchors = [...doc.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(anchors.includes(bookmarkName('art-5-2')), '"artikel 5.2" in 5.3 sub b links to 5.2');
    assert.ok(anchors.includes(bookmarkName('def-overeenkomst')), 'uses of Overeenkomst link to its definition');
    for (const a of anchors) assert.ok(bookmarks.has(a), `dangling internal link ${a}`);
    for (const b of bookmarks) assert.match(b, /^[A-Za-z][A-Za-z0-9_]{0,39}$/, `valid Word bookmark name ${b}`);
  });

  it('has a table of contents field, the title, version and date', () => {
    const doc = r.xml('word/document.xml');
    assert.match(doc, /<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/);
    const title = r.paras.find((p) => p.style === 'Title');
    assert.equal(title?.text, 'Algemene voorwaarden Testbedrijf Lindeboom B.V.');
    assert.ok(r.paras.some((p) => p.text === 'Versie 2.3 · 14 februari 2026'));
    assert.match(r.xml('docProps/core.xml'), /<dc:title>Algemene voorwaarden Testbedrijf Lindeboom B\.V\.<\/dc:title>/);
    assert.match(r.xml('word/settings.xml'), /<w:updateFields(?: w:val="(?:true|1)")?\/>/);
  });

  it('puts title, version and page numbers in the footer', () => {
    const footerName = [...r.files.keys()].find((k) => /^word\/footer\d*\.xml$/.test(k));
    assert.ok(footerName, 'a footer part');
    const footer = r.xml(footerName!);
    assert.match(footer, /Algemene voorwaarden Testbedrijf Lindeboom B\.V\. – versie 2\.3 – /);
    assert.match(footer, /PAGE/);
    assert.match(footer, /NUMPAGES/);
  });

  it('uses parts as Heading 1 and articles as Heading 2 in an outline draft, numbered 1. / 1.1 / 1.1.1', async () => {
    const o = await docxOf(read('vereniging-outline.av'));
    const h1 = o.paras.filter((p) => p.style === 'Heading1');
    const h2 = o.paras.filter((p) => p.style === 'Heading2');
    assert.deepEqual(h1.map((p) => p.text), ['Algemeen', 'Contributie']);
    assert.deepEqual(h2.map((p) => p.text), ['Begrippen', 'Toepasselijkheid', 'Betaling']);
    assert.deepEqual(numberingLevels(o.xml('word/numbering.xml')).get(h1[0].numId!)!.slice(0, 3), ['%1.', '%1.%2', '%1.%2.%3']);
    assert.ok(h2.every((p: WordParagraph) => p.ilvl === 1));
    assert.match(o.xml('word/document.xml'), /TOC \\h \\o &quot;1-2&quot;/);
    assert.deepEqual(o.out.warnings, []);
  });

  it('warns where Word numbering will differ from a draft with a gap, and not otherwise', async () => {
    const gap = buildExportDocument(parseDocument('## Artikel 1 – A\n1.1 Een.\n1.3 Drie.\n## Artikel 2 – B\n2.1 Een.\n'));
    assert.deepEqual(numberingDifferences(gap), ['1.3 → 1.2']);
    const ok = buildExportDocument(parseDocument('## Artikel 1 – A\n1.1 Een.\n1.2 Twee.\na. x;\nb. y.\n## Artikel 2 – B\n2.1 Een.\n'));
    assert.deepEqual(numberingDifferences(ok), []);
    const letters = buildExportDocument(parseDocument('## Artikel 1 – A\n1.1 Een:\na. x;\nc. y.\n'));
    assert.deepEqual(numberingDifferences(letters), ['1.1 sub c → sub b']);
  });

  it('exports an empty or structureless draft without failing', async () => {
    for (const t of ['', 'Alleen een zin zonder artikelen.', '\u0000\u0001']) {
      const o = await docxOf(t);
      assert.ok(o.files.has('word/document.xml'));
    }
  });
});
