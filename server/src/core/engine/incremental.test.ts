// Incremental analysis must always agree with a full one: the same model and the same findings after
// every edit. (Speed itself is measured by `npm run bench`, never here.)
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Analyzer } from '../analyzer';
import { CancelledError } from '../types';
import { DEBUG, diffTexts, IncrementalParser } from './incremental';
import { GenerationalMemo } from './incrementalMemo';
import { parseDocument } from '../model/parse';
import type { DocumentModel, StructureNode } from '../model/types';
import { runs } from '../testing/fuzz';

/** The model as plain data: node references become indices, Maps become entry lists. */
function canonical(model: DocumentModel): string {
  const index = new Map<StructureNode, number>();
  model.nodes.forEach((n, i) => index.set(n, i));
  return JSON.stringify(model, function (this: unknown, key: string, value: unknown) {
    if (value instanceof Map) return [...value.entries()];
    if (value && typeof value === 'object' && index.has(value as StructureNode) && this !== model.nodes) return `#node${index.get(value as StructureNode)}`;
    return value;
  });
}

// Lines written for these tests: every construct the parser and the rules look at.
const HEADINGS = ['## Artikel {n} – Aansprakelijkheid', '## Artikel {n} – Definities', 'Artikel {n} Betaling', '# {n}. Overmacht', '## Bijlage'];
const LINES = [
  '{n}.1 Leverancier is niet aansprakelijk voor indirecte schade, behalve bij opzet of bewuste roekeloosheid.',
  '{n}.2 Opdrachtgever betaalt binnen dertig (30) dagen na de factuurdatum, zoals bedoeld in artikel 1.1.',
  '{n}.3 In afwijking van artikel 7:404 BW mag Leverancier derden inschakelen; zie ook lid 2 van dit artikel.',
  'a. de Dienst wordt ten allen tijde geleverd volgens de Documentatie;',
  'b. de artikelen 7:407 lid 2 BW, 7:404 BW en 7:409 BW zijn niet van toepassing;',
  '   1. Een Offerte is drie (4) weken geldig, tenzij het vorige lid anders bepaalt.',
  '      2. De Klant (hierna: "Afnemer") meldt gebreken binnen vijf (5) Werkdagen.',
  '**Dienst**: de dienst die Leverancier levert;',
  '"Werkdag": maandag tot en met vrijdag;',
  'Onder Overeenkomst wordt verstaan: iedere afspraak tussen partijen.',
  'Begrippen in het enkelvoud omvatten ook het meervoud.',
  '<!-- clausule-disable-next-line spelling -->',
  'Partij [PARTIJ] betaalt € XX per maand, met inachtneming van artikel 408 van Boek 7.',
  'De Diensten zijn 99% beschikbaar. Leverancier mag de Dienst opschorten.',
  'Dit artikel geldt, sub b daargelaten, ook voor artikel 11.7 Telecommunicatiewet.',
  '',
];
const draftOf = (maxArticles: number, maxLines: number) =>
  fc.array(fc.record({ heading: fc.constantFrom(...HEADINGS), lines: fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: maxLines }) }), { minLength: 1, maxLength: maxArticles });
// Long drafts too, so the windows the incremental parser scans are smaller than the draft.
const draftArb = fc
  .oneof(draftOf(6, 8), draftOf(6, 8), draftOf(30, 24))
  .map((arts) => {
    let n = 0;
    const out = ['# Algemene voorwaarden', ''];
    for (const a of arts) {
      n++;
      out.push(a.heading.replace('{n}', String(n)), ...a.lines.map((l) => l.replace('{n}', String(n))));
    }
    return out.join('\n');
  });

// Mostly what typing does (one character in a word, at a line end), sometimes what breaks structure.
const CHARS = ['e', 'a', 'X', 'D', ' ', '.', ',', ':', '1', '7', '(', ')', '"', '*', '#', '-', '\n', 'é', '\u{1F600}', '\r'];
const editArb = fc.record({
  // fast-check favours small and extreme values; a modulo spreads the edits over the whole draft.
  at: fc.integer({ min: 0, max: 1_000_003 }),
  kind: fc.constantFrom('insert', 'insert', 'replace', 'replace', 'delete', 'paste'),
  ch: fc.constantFrom(...CHARS),
  paste: fc.constantFrom(' artikel 2.1', ' Dienst', ' ten allen tijde', ' zes (7) maanden', ' 7:408 lid 1 BW', 'Opdrachtgever '),
});
type EditSpec = { at: number; kind: string; ch: string; paste: string };

function apply(text: string, e: EditSpec): string {
  const i = e.at % (text.length + 1);
  switch (e.kind) {
    case 'insert':
      return text.slice(0, i) + e.ch + text.slice(i);
    case 'replace':
      return text.slice(0, i) + e.ch + text.slice(i + 1);
    case 'delete':
      return text.slice(0, i) + text.slice(i + 1);
    default:
      return text.slice(0, i) + e.paste + text.slice(i);
  }
}

describe('engine: incremental analysis', function () {
  this.timeout(120_000);

  it('diffTexts finds the one replacement that turns one text into the other', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const d = diffTexts(a, b);
        if (a === b) return assert.equal(d, undefined);
        assert.ok(d);
        assert.equal(a.slice(0, d.start) + b.slice(d.start, d.newEnd) + a.slice(d.oldEnd), b);
      }),
    );
  });

  /** Applies the edits one by one; after each, the incremental model must equal a full parse. Returns how often the fast path was taken. */
  function parseThroughEdits(draft: string, edits: EditSpec[]): number {
    const parser = new IncrementalParser();
    let text = draft;
    parser.parse(text);
    for (const e of edits) {
      text = apply(text, e);
      assert.equal(canonical(parser.parse(text)), canonical(parseDocument(text)), `after ${JSON.stringify(e)}`);
    }
    return parser.stats.spliced;
  }

  it('the incremental parser gives the same model as a full parse after every edit', () => {
    let spliced = 0;
    fc.assert(
      fc.property(draftArb, fc.array(editArb, { minLength: 1, maxLength: 25 }), (draft, edits) => {
        spliced += parseThroughEdits(draft, edits);
      }),
      { numRuns: runs(150) },
    );
    // The fast path must actually be taken, or this test would prove nothing about it.
    if (DEBUG) console.log(spliced, DEBUG);
    assert.ok(spliced > 100, `spliced only ${spliced} times`);
  });

  it('a reused Analyzer gives the same findings and model as a fresh one after every edit', () => {
    fc.assert(
      fc.property(draftArb, fc.array(editArb, { minLength: 1, maxLength: 12 }), fc.constantFrom('b2b', 'b2c', 'auto'), (draft, edits, audience) => {
        const options = { audience: audience as 'b2b' | 'b2c' | 'auto' };
        const analyzer = new Analyzer();
        let text = draft;
        analyzer.analyze(text, options);
        for (const e of edits) {
          text = apply(text, e);
          const inc = analyzer.analyze(text, options);
          const full = new Analyzer().analyze(text, options);
          assert.deepEqual(inc.findings, full.findings, `after ${JSON.stringify(e)}`);
          assert.equal(canonical(inc.model), canonical(full.model));
        }
      }),
      { numRuns: runs(60) },
    );
  });

  it('the same after every edit of drafts with \\r\\n or lone \\r line ends', () => {
    const anyBreaks = fc.tuple(draftArb, fc.constantFrom('\r\n', '\r')).map(([d, br]) => d.replace(/\n/g, br));
    let spliced = 0;
    fc.assert(
      fc.property(anyBreaks, fc.array(editArb, { minLength: 1, maxLength: 15 }), (draft, edits) => {
        spliced += parseThroughEdits(draft, edits);
      }),
      { numRuns: runs(80) },
    );
    assert.ok(spliced > 50, `spliced only ${spliced} times`);
  });

  it('edits past the reach of the plural clause and the audience and language comments reuse them', () => {
    const head = '<!-- clausule: doelgroep=b2c -->\n<!-- clausule: taal=en -->\n# Voorwaarden\n\nBegrippen in het enkelvoud omvatten ook het meervoud.\n\n## Artikel 1 – Definities\n**Dienst**: de dienst die Leverancier levert;\n\n';
    const body = Array.from({ length: 1800 }, (_, k) => `## Artikel ${k + 2} – Betaling\n${k + 2}.1 Opdrachtgever betaalt de Diensten binnen dertig (30) dagen, zoals artikel 7:404 BW toestaat.\n`).join('\n');
    const draft = head + body + '\n<!-- clausule-disable-next-line spelling -->\nDe Dienst wordt ten allen tijde geleverd.\n';
    assert.ok(draft.length > 210_000);
    const parser = new IncrementalParser();
    parser.parse(draft);
    let text = draft;
    for (const at of [text.indexOf('betaalt', 205_000), text.indexOf('ten allen'), text.indexOf('spelling'), text.indexOf('Diensten', 1000)]) {
      text = text.slice(0, at) + 'x' + text.slice(at + 1);
      assert.equal(canonical(parser.parse(text)), canonical(parseDocument(text)));
    }
    assert.equal(parser.stats.full, 1, parser.stats.lastFallback);
    assert.equal(parser.parse(text).declaredLanguage, 'en');
  });

  it('an edit of the language comment is read again: added, changed and removed', () => {
    const body = '# Voorwaarden\n\n## Artikel 1 – Betaling\n1.1 Opdrachtgever betaalt binnen dertig (30) dagen.\n';
    const parser = new IncrementalParser();
    const steps = [body, '<!-- clausule: taal=en -->\n' + body, '<!-- clausule: taal=nl -->\n' + body, '<!-- clausule: taal=xx -->\n' + body];
    const expected = [undefined, 'en', 'nl', undefined];
    steps.forEach((text, k) => {
      const model = parser.parse(text);
      assert.equal(model.declaredLanguage, expected[k], text.slice(0, 30));
      assert.equal(canonical(model), canonical(parseDocument(text)));
    });
  });

  it('one-character edits in a long draft are spliced, not parsed again', () => {
    const draft = Array.from({ length: 40 }, (_, k) => `## Artikel ${k + 1} – Betaling\n${k + 1}.1 Opdrachtgever betaalt binnen dertig (30) dagen, zoals artikel 7:404 BW toestaat.\n`).join('\n');
    const parser = new IncrementalParser();
    parser.parse(draft);
    const at = draft.indexOf('betaalt', draft.length / 2);
    const edited = draft.slice(0, at) + 'x' + draft.slice(at);
    assert.equal(canonical(parser.parse(edited)), canonical(parseDocument(edited)));
    assert.equal(parser.stats.spliced, 1, parser.stats.lastFallback);
    // A new line changes the structure: parsed again.
    const broken = edited.slice(0, at) + '\n' + edited.slice(at);
    assert.equal(canonical(parser.parse(broken)), canonical(parseDocument(broken)));
    assert.equal(parser.stats.full, 2);
  });

  it('honours cancellation before and during an analysis, and the next analysis is complete', () => {
    const text = '## Artikel 1 – Betaling\n1.1 Opdrachtgever betaalt binnen dertig (14) dagen.\n## Artikel 2 – Duur\n2.1 De Overeenkomst duurt twaalf (12) maanden.\n';
    const analyzer = new Analyzer();
    assert.throws(() => analyzer.analyze(text, {}, { isCancellationRequested: true }), CancelledError);
    // A token cancelled while the analysis runs (here: after its third check) stops it too.
    let checks = 0;
    const later = {
      get isCancellationRequested() {
        return ++checks > 3;
      },
    };
    assert.throws(() => analyzer.analyze(text, {}, later), CancelledError);
    assert.ok(checks > 3);
    // A cancelled run leaves no half state behind: the next one equals a fresh analysis.
    assert.deepEqual(analyzer.analyze(text).findings, new Analyzer().analyze(text).findings);
    assert.ok(analyzer.analyze(text).findings.some((f) => f.ruleId === 'getal-woord'));
  });

  it('the generational memo forgets what one analysis did not use', () => {
    const m = new GenerationalMemo<number>();
    m.set('a', 1);
    m.set('b', 2);
    m.rotate();
    assert.equal(m.get('a'), 1); // used in this generation: kept
    m.rotate();
    assert.equal(m.get('a'), 1);
    assert.equal(m.get('b'), undefined); // unused for a whole generation: gone
  });
});
