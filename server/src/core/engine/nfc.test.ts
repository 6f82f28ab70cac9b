// A draft with decomposed letters ("e" + U+0308) is analysed as its NFC form: the same model and the same
// findings, at the offsets of the text as given, and fixes that replace whole original letters.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Analyzer, analyze } from '../analyzer';
import type { Finding, TextEdit } from '../types';
import { nfcMap } from '../text/nfc';
import { runs } from '../testing/fuzz';

// Our own lines, with composed letters that rules, definitions and word lists look at.
const HEADINGS = ['## Artikel {n} – Beëindiging', '## Artikel {n} – Definities', 'Artikel {n} Privéleven van Cliënt', '## Bijlage'];
const LINES = [
  '**Cliënt**: de wederpartij van Leverancier;',
  '"Überdienst": de dienst die Leverancier aan Cliënt levert;',
  '{n}.1 Bij beëindiging betaalt Cliënt binnen dertig (30) dagen, zoals bedoeld in artikel 1.1.',
  '{n}.2 De cliënt mag de Überdienst ten allen tijde opzeggen; de ideeën blijven van Leverancier.',
  '{n}.3 Een offerte is drie (4) weken geldig; de levering kan volgen.. Daarna betaalt Cliënt.',
  '{n}.4 Leverancier is niet aansprakelijk voor indirecte schade, behalve bij opzet of bewuste roekeloosheid.',
  'a. de coöperatie levert volgens artikel 7:404 BW, zie lid 2 van dit artikel;',
  '<!-- clausule-disable-next-line getal-woord -->',
  'Naïef vertrouwen in een reëel ontwerp kan de de Überdienst schaden.',
  '',
];
const draftArb = fc
  .array(fc.record({ heading: fc.constantFrom(...HEADINGS), lines: fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 6 }) }), { minLength: 1, maxLength: 6 })
  .map((arts) => ['# Algemene voorwaarden', '', ...arts.flatMap((a, k) => [a.heading, ...a.lines].map((l) => l.replace('{n}', String(k + 1))))].join('\n') + '\n');

/** Decomposes the composed letters whose index `pick` selects (a converter does it to some, not all). */
function decompose(text: string, pick: (i: number) => boolean): string {
  let i = 0;
  return text.replace(/[À-ÿ]/g, (c) => (pick(i++) ? c.normalize('NFD') : c));
}
const decomposedArb = fc.tuple(draftArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 50 })).map(([d, bits]) => ({ nfc: d, text: decompose(d, (i) => bits[i % bits.length]) }));

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

const isDecomposedFinding = (f: Finding) => f.ruleId === 'spelling' && f.message.en.includes('decomposed Unicode');

function mappedBack(findings: Finding[], original: string): Finding[] {
  const map = nfcMap(original);
  if (!map) return findings;
  const span = (s: { start: number; end: number }) => map.span(s);
  return findings.map((f) => ({
    ...f,
    span: span(f.span),
    related: f.related?.map((r) => ({ ...r, span: span(r.span) })),
    fixes: f.fixes?.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, span: span(e.span) })) })),
    ...(f.occurrences && {
      occurrences: f.occurrences.map((o) => ({ ...o, span: span(o.span), ...(o.fixes && { fixes: o.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, span: span(e.span) })) })) }) })),
    }),
  }));
}

describe('engine: analysis in NFC', () => {
  it('findings on a decomposed draft are those of its NFC form, mapped back; fixes replace whole letters', () => {
    let decomposedDrafts = 0;
    let fixes = 0;
    fc.assert(
      fc.property(decomposedArb, ({ nfc, text }) => {
        const composed = analyze(nfc);
        const given = analyze(text);
        assert.equal(given.model.text, nfc);
        assert.equal(given.text, text);
        // Besides: the spelling rule names the decomposed letters, one finding per article.
        const named = given.findings.filter(isDecomposedFinding);
        const rest = given.findings.filter((f) => !isDecomposedFinding(f));
        assert.deepEqual(rest, mappedBack(composed.findings, text));
        rest.forEach((f, k) => {
          for (const [x, fix] of (f.fixes ?? []).entries()) {
            fixes++;
            assert.equal(applyEdits(text, fix.edits).normalize('NFC'), applyEdits(nfc, composed.findings[k].fixes![x].edits).normalize('NFC'));
          }
        });
        for (const f of named) {
          const letter = text.slice(f.span.start, f.span.end);
          assert.notEqual(letter, letter.normalize('NFC'));
          assert.equal(letter.normalize('NFC').length, 1);
          assert.equal(applyEdits(text, f.fixes![0].edits).normalize('NFC'), nfc);
        }
        assert.ok(named.length <= given.model.blocks.length);
        if (text !== nfc) {
          decomposedDrafts++;
          assert.ok(named.length > 0);
        }
      }),
      { numRuns: runs(60) },
    );
    assert.ok(decomposedDrafts > 30 && fixes > 30, `${decomposedDrafts} decomposed drafts, ${fixes} fixes`);
  });

  it('an NFC draft keeps its own line index and findings (no map, no copies)', () => {
    const text = '## Artikel 1 – Beëindiging\n1.1 Een offerte is drie (4) weken geldig.\n';
    const r = analyze(text);
    assert.equal(r.model.text, text);
    assert.equal(r.lines, r.model.lines);
    assert.equal(r.positions, r.model.lines);
    assert.ok(r.findings.some((f) => f.ruleId === 'getal-woord'));
  });

  it('positions of the model read the editor text: a definition found by its composed name', () => {
    const text = '## Artikel 1 – Definities\n**Clie\u0308nt**: de wederpartij;\n## Artikel 2 – Betaling\n2.1 Clie\u0308nt betaalt.\n';
    const r = analyze(text);
    const def = r.model.definitions.find((d) => d.term === 'Cliënt');
    assert.ok(def, 'the definition is read with its composed letter');
    const start = r.positions.positionAt(def.span.start);
    const end = r.positions.positionAt(def.span.end, true);
    assert.deepEqual([start, end], [{ line: 1, character: 2 }, { line: 1, character: 9 }]);
    assert.equal(r.positions.offsetAt({ line: 3, character: 4 }), r.model.text.indexOf('Cliënt betaalt'));
  });

  it('a finding on a decomposed word spans all its units, and an inserting fix lands at the original offset', () => {
    const text = '## Artikel 1 – Definities\n**Clie\u0308nt**: de wederpartij;\n## Artikel 2 – Betaling\n2.1 De clie\u0308nt betaalt de U\u0308berdienst.\n';
    const { findings } = analyze(text);
    const unused = findings.find((f) => f.ruleId === 'definitie-ongebruikt')!;
    assert.equal(text.slice(unused.span.start, unused.span.end), 'Clie\u0308nt');
    const unknown = findings.find((f) => f.ruleId === 'definitie-onbekend')!;
    assert.equal(text.slice(unknown.span.start, unknown.span.end), 'U\u0308berdienst');
    const [edit] = unknown.fixes![0].edits;
    assert.equal(edit.span.start, text.indexOf('\n## Artikel 2'));
  });

  it('a reused Analyzer equals a fresh one after edits that add, split and remove decomposed letters', () => {
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 3 }), ins: fc.constantFrom('', 'e\u0308', '\u0308', 'ë', 'x', 'Clie\u0301nt ', '\n') });
    fc.assert(
      fc.property(decomposedArb, fc.array(edit, { minLength: 1, maxLength: 10 }), ({ text: start }, edits) => {
        const analyzer = new Analyzer();
        let text = start;
        analyzer.analyze(text);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.ins + text.slice(at + e.del);
          const inc = analyzer.analyze(text);
          const full = new Analyzer().analyze(text);
          assert.deepEqual(inc.findings, full.findings, `after ${JSON.stringify(e)}`);
          assert.equal(inc.model.text, full.model.text);
        }
      }),
      { numRuns: runs(40) },
    );
  });
});
