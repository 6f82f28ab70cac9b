import * as assert from 'node:assert/strict';
import { parseDocument } from '../model/parse';
import type { Finding } from '../types';
import { buildExportDocument, slug, type ExportBlock, type Inline } from './exportModel';

const DRAFT = [
  '# Algemene voorwaarden Proefbedrijf',
  '',
  '<!-- clausule: doelgroep=b2b -->',
  '',
  'Versie 1.4, 3 maart 2026.',
  '',
  '## Artikel 1 – Begrippen',
  '1.1 In deze voorwaarden betekent:',
  'a. **Klant**: de wederpartij van Proefbedrijf;',
  'b. **Dienst**: het onderhoud van de tuin van Klant.',
  '',
  '## Artikel 2 – Uitvoering',
  '2.1 Proefbedrijf voert de Dienst zorgvuldig uit.',
  '2.2 Proefbedrijf mag derden inschakelen, zoals artikel 7:404 BW toelaat. <!-- clausule-disable-line spelling -->',
  '2.3 Het bepaalde in artikel 2.1 geldt ook voor die derden.',
  '',
].join('\n');

const texts = (b: ExportBlock) => b.paragraphs.map((p) => p.map((r) => r.text).join(''));
const runs = (b: ExportBlock): Inline[] => b.paragraphs.flat();
const fakeUrl = (key: string) => (key === '7:404' ? 'https://wetten.overheid.nl/BWBR0005290/2023-07-01/0/Boek7/Artikel404' : undefined);

describe('render/exportModel', () => {
  const doc = buildExportDocument(parseDocument(DRAFT), { citationUrl: fakeUrl });
  const byAnchor = (a: string) => doc.blocks.find((b) => b.anchor === a)!;

  it('takes title, version and date from the top of the draft', () => {
    assert.equal(doc.title, 'Algemene voorwaarden Proefbedrijf');
    assert.equal(doc.version, '1.4');
    assert.equal(doc.date, '3 maart 2026');
  });

  it('has no title, version or date when the draft names none', () => {
    const d = buildExportDocument(parseDocument('Deze voorwaarden gelden voor iedere overeenkomst.\n\n## Artikel 1 – Toepassing\n1.1 Tekst.\n'));
    assert.equal(d.title, undefined);
    assert.equal(d.version, undefined);
    assert.equal(d.date, undefined);
  });

  it('makes one block per article, lid and item, with readable numbers and anchors', () => {
    assert.equal(doc.articleCount, 2);
    const numbered = doc.blocks.filter((b) => b.kind !== 'text');
    assert.deepEqual(
      numbered.map((b) => [b.kind, b.number, b.anchor]),
      [
        ['article', 'Artikel 1', 'art-1'],
        ['clause', '1.1', 'art-1-1'],
        ['item', 'a.', 'art-1-1-a'],
        ['item', 'b.', 'art-1-1-b'],
        ['article', 'Artikel 2', 'art-2'],
        ['clause', '2.1', 'art-2-1'],
        ['clause', '2.2', 'art-2-2'],
        ['clause', '2.3', 'art-2-3'],
      ],
    );
    assert.equal(byAnchor('art-2').heading, 'Uitvoering');
    assert.equal(byAnchor('art-1-1-a').indent, 1);
    assert.equal(byAnchor('art-1-1').indent, 0);
  });

  it('keeps the clause text without its number, Markdown markers or comments', () => {
    assert.deepEqual(texts(byAnchor('art-2-1')), ['Proefbedrijf voert de Dienst zorgvuldig uit.']);
    assert.deepEqual(texts(byAnchor('art-1-1-a')), ['Klant: de wederpartij van Proefbedrijf;']);
    assert.deepEqual(texts(byAnchor('art-2-2')), ['Proefbedrijf mag derden inschakelen, zoals artikel 7:404 BW toelaat.']);
    const all = doc.blocks.flatMap(texts).join('\n');
    assert.doesNotMatch(all, /<!--|clausule-disable|doelgroep|\*\*/);
  });

  it('marks definitions, uses of defined terms, references and citations', () => {
    const def = runs(byAnchor('art-1-1-a')).find((r) => r.defines);
    assert.deepEqual([def?.text, def?.defines], ['Klant', 'def-klant']);
    const use = runs(byAnchor('art-2-1')).find((r) => r.term);
    assert.deepEqual([use?.text, use?.term], ['Dienst', 'def-dienst']);
    const ref = runs(byAnchor('art-2-3')).find((r) => r.ref);
    assert.deepEqual([ref?.text, ref?.ref], ['artikel 2.1', 'art-2-1']);
    const law = runs(byAnchor('art-2-2')).find((r) => r.lawKey);
    assert.equal(law?.lawKey, '7:404');
    assert.match(law!.lawUrl!, /^https:\/\/wetten\.overheid\.nl\//);
  });

  it('does not link a citation whose URL is unknown', () => {
    const d = buildExportDocument(parseDocument('## Artikel 1 – X\n1.1 Zie artikel 7:404 BW.\n'), { citationUrl: () => undefined });
    const law = d.blocks.flatMap(runs).find((r) => r.lawKey);
    assert.ok(law, 'the citation is still marked');
    assert.equal(law!.lawUrl, undefined);
  });

  it('never links a citation URL outside wetten.overheid.nl, even from the lookup', () => {
    const d = buildExportDocument(parseDocument('## Artikel 1 – X\n1.1 Zie artikel 7:404 BW.\n'));
    for (const r of d.blocks.flatMap(runs)) if (r.lawUrl) assert.match(r.lawUrl, /^https:\/\/wetten\.overheid\.nl\//);
  });

  it('attaches findings to the block they are in', () => {
    const model = parseDocument(DRAFT);
    const at = DRAFT.indexOf('zorgvuldig');
    const finding: Finding = { ruleId: 'vage-norm', severity: 'warning', span: { start: at, end: at + 10 }, message: { nl: 'Vaag', en: 'Vague' } };
    const d = buildExportDocument(model, { findings: [finding], lang: 'en' });
    const b = d.blocks.find((x) => x.anchor === 'art-2-1')!;
    assert.deepEqual(b.findings.map((f) => [f.ruleId, f.message]), [['vage-norm', 'Vague']]);
    assert.equal(d.blocks.filter((x) => x.findings.length).length, 1);
  });

  it('numbers outline drafts by their nesting (1.2.1), without the word "Artikel"', () => {
    const outline = ['Voorwaarden Proefvereniging', '', ' 1. Algemeen', '  1. Begrippen', '   1. Lid: een lid van de vereniging.', '  2. Toepassing', '   1. Deze voorwaarden gelden voor ieder Lid.', ''].join('\n');
    const d = buildExportDocument(parseDocument(outline));
    assert.equal(d.title, 'Voorwaarden Proefvereniging');
    assert.equal(d.articleWord, false);
    const clause = d.blocks.find((b) => b.anchor === 'art-1-2-1')!;
    assert.equal(clause.number, '1.2.1');
    assert.deepEqual(texts(clause), ['Deze voorwaarden gelden voor ieder Lid.']);
    assert.equal(d.blocks.find((b) => b.anchor === 'art-1')!.kind, 'part');
  });

  it('gives two clauses with the same number different anchors', () => {
    const d = buildExportDocument(parseDocument('## Artikel 1 – X\n1.1 Een.\n1.1 Twee.\n'));
    const anchors = d.blocks.filter((b) => b.kind === 'clause').map((b) => b.anchor);
    assert.deepEqual(anchors, ['art-1-1', 'art-1-1-2']);
  });

  it('makes anchor slugs from any text', () => {
    assert.equal(slug('Beëindiging & Opzegging'), 'beeindiging-opzegging');
    assert.equal(slug('***'), 'x');
  });

  it('keeps the text of an article without leden, joins wrapped lines and keeps list lines apart', () => {
    const d = buildExportDocument(
      parseDocument(['## Artikel 1 – Recht', 'Op deze voorwaarden is Nederlands', 'recht van toepassing.', '', 'Geschillen gaan naar de rechter:', '- in Zwolle;', '- of in Arnhem.', ''].join('\n')),
    );
    assert.deepEqual(texts(d.blocks.find((b) => b.anchor === 'art-1')!), [
      'Op deze voorwaarden is Nederlands recht van toepassing.',
      'Geschillen gaan naar de rechter:',
      '• in Zwolle;',
      '• of in Arnhem.',
    ]);
  });

  it('reads CRLF drafts without carriage returns in the text', () => {
    const d = buildExportDocument(parseDocument(DRAFT.replace(/\n/g, '\r\n')), { citationUrl: fakeUrl });
    assert.equal(d.title, 'Algemene voorwaarden Proefbedrijf');
    assert.deepEqual(texts(d.blocks.find((b) => b.anchor === 'art-2-1')!), ['Proefbedrijf voert de Dienst zorgvuldig uit.']);
    assert.ok(d.blocks.flatMap(texts).every((t) => !t.includes('\r')));
  });

  it('survives hostile input: binary, an unclosed comment, huge lines', () => {
    for (const t of ['\u0000\u0001\uFFFF', '<!-- never closed\n## Artikel 1 – X\n1.1 Tekst', 'x'.repeat(200_000), '\uFEFF# Titel\r\n\r\n## Artikel 1 – A\r\n1.1 B\r\n']) {
      const d = buildExportDocument(parseDocument(t));
      assert.ok(Array.isArray(d.blocks));
    }
  });
});
