// The importer never fails on any input with anything but an ImportError (a clear message), and what it
// returns is consistent: damaged packages from byte flips, and random WordprocessingML bodies.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { importDocx, ImportError } from '../../server/src/import';
import { buildDocx, list } from './docxBuilder';

const FIXTURE = fs.readFileSync(path.resolve(__dirname, '../../../../test/fixtures/docx/lijstvormen.docx'));

function importsOrExplains(bytes: Uint8Array) {
  try {
    const r = importDocx(bytes);
    assert.equal(r.origins.length, r.text.split('\n').length, 'an origin per line');
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    assert.ok(e.text.nl.length > 10 && e.text.en.length > 10);
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const text = fc.string({ maxLength: 12 }).map((s) => `<w:r><w:t xml:space="preserve">${esc(s)}</w:t></w:r>`);
const inlineLeaf = fc.oneof(
  text,
  fc.constantFrom(
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    '<w:r><w:instrText> TOC \\o </w:instrText></w:r>',
    '<w:r><w:instrText> REF _Ref1 </w:instrText></w:r>',
    '<w:r><w:br/></w:r>',
    '<w:r><w:tab/></w:r>',
    '<w:r><w:footnoteReference w:id="1"/></w:r>',
    '<w:r><w:footnoteReference w:id="99"/></w:r>',
    '<w:commentRangeStart w:id="0"/>',
  ),
);
const inline: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    inlineLeaf,
    tie('node').map((c) => `<w:ins w:id="1">${c}</w:ins>`),
    tie('node').map((c) => `<w:del w:id="2">${c}</w:del>`),
    tie('node').map((c) => `<w:hyperlink>${c}</w:hyperlink>`),
    fc.tuple(fc.constantFrom('', '<w:showingPlcHdr/>', '<w:text/>', '<w:alias w:val="Naam"/><w:text/>'), tie('node')).map(([pr, c]) => `<w:sdt><w:sdtPr>${pr}</w:sdtPr><w:sdtContent>${c}</w:sdtContent></w:sdt>`),
  ),
})).node;
const paragraph = fc
  .tuple(fc.option(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -1, max: 9 }))), fc.constantFrom('', 'Kop1', 'Heading2', 'Title', 'Onbekend'), fc.array(inline, { maxLength: 5 }))
  .map(([num, style, runs]) => `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${num ? `<w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr>` : ''}</w:pPr>${runs.join('')}</w:p>`);
const block: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    paragraph,
    fc.array(fc.array(tie('node'), { maxLength: 3 }), { maxLength: 3 }).map((rows) => `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${c}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`),
    fc.tuple(fc.constantFrom('', '<w:showingPlcHdr/><w:text/>'), tie('node')).map(([pr, c]) => `<w:sdt><w:sdtPr>${pr}</w:sdtPr><w:sdtContent>${c}</w:sdtContent></w:sdt>`),
  ),
})).node;

const STYLES =
  '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Kop1"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>';
const L = list(0, 1, [['%1.', 'decimal'], ['%1.%2', 'lowerRoman', '<w:isLgl/>'], ['%3)', 'bullet']]);
const NUMBERING = L.abstract + L.num + '<w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>';

describe('import: robustness (fast-check)', function () {
  this.timeout(120_000);

  it('a package with flipped bytes imports or is refused with a clear message', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(FIXTURE.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (flips) => {
        const bytes = new Uint8Array(FIXTURE);
        for (const [at, value] of flips) bytes[at] = value;
        importsOrExplains(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('a random body (fields, changes, controls, tables, lists, styles, a cyclic style) imports consistently', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), (blocks) => {
        importsOrExplains(
          buildDocx({ body: blocks.join(''), styles: STYLES, numbering: NUMBERING, footnotes: '<w:footnote w:id="1"><w:p><w:r><w:t>Noot.</w:t></w:r></w:p></w:footnote>' }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
