// Document rules that read the draft article by article (memos per article text, engine/seams.ts) must
// find exactly what they find reading the whole draft at once, also after edits that reuse the memos.
// (Speed: `npm run bench` only.)
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MemoStore } from '../engine/incrementalMemo';
import { parseDocument } from '../model/parse';
import type { DocumentRule, Report, RuleContext } from '../kit/rule';
import { rule as exitRegeling } from './exit-regeling';
import { rule as bepalingOntbreekt } from './bepaling-ontbreekt';
import { rule as bepalingDubbel } from './bepaling-dubbel';
import { rule as definitieHoofdletter } from './definitie-hoofdletter';
import { rule as definitieOnbekend } from './definitie-onbekend';
import { rule as exoneratieOpzet } from './exoneratie-opzet';
import { rule as definitieZelfverwijzing } from './definitie-zelfverwijzing';
import { rule as definitiePartijnaam } from './definitie-partijnaam';
import { rule as verwijzingInhoud } from './verwijzing-inhoud';
import { rule as termijnTegenstrijdig } from './termijn-tegenstrijdig';
import { runs } from '../testing/fuzz';


// Headings and lines written for these tests, with the rules' signal words at line ends and starts, so
// that matches across the seam between two articles occur.
const HEADINGS = ['## Artikel {n} – Voorgelegd', 'Artikel {n} Dienst', '## Artikel {n} – Definities', '# {n}. Overmacht', '## Artikel {n} – Leverancier', 'Artikel {n} Internet'];
const LINES = [
  '{n}.1 Een geschil tussen partijen',
  'wordt voorgelegd aan een deskundige.',
  'Een geschil',
  '{n}.2 De dienst draait online',
  'dienst en omgeving van de Klant, via het',
  'internet en het platform van',
  'Leverancier. Salarisadministratie B.V. bewaart persoonsgegevens en back-ups.',
  '{n}.3 Na het einde geeft Leverancier alles terug.',
  '{n}.4 Bij opvolgende',
  'dienstverlener kan de Klant de data downloaden na opzegging.',
  '**Dienst**: de dienst die Leverancier levert;',
  '"Werkdag": maandag tot en met vrijdag;',
  'Onder Overeenkomst wordt verstaan: iedere afspraak tussen partijen.',
  'De dienst en de werkdag gelden voor de Overeenkomst; de Licentie en het Abonnement ook.',
  'Leverancier is niet aansprakelijk bij een niet toerekenbare tekortkoming of overmacht.',
  'De aansprakelijkheid van Leverancier is beperkt tot het factuurbedrag, behoudens opzet.',
  'De beperkingen in deze voorwaarden gelden niet bij opzet of bewuste roekeloosheid.',
  'De SaaS-oplossing en cloudopslag worden gehost; hosting vindt plaats bij een derde.',
  'Klantportaal en administratie zijn vertrouwelijk.',
  'opslag van de gegevens via het internet',
  'Deze Overeenkomst geldt naast de Raamovereenkomst.',
  'De Raamovereenkomst gaat voor; deze Overeenkomst',
  'volgt onderhavige Raamovereenkomst en deze',
  'Overeenkomst zijn bekend aan de klant en de opdrachtgever.',
  'De in dit artikel bedoelde garanties gelden niet voor de termijn bedoeld in artikel 2.',
  'De prijzen voor levering van software, zoals beschreven in artikel 1, gelden jaarlijks.',
  '{n}.5 Facturen worden binnen 14 dagen na factuurdatum betaald.',
  'Betaling geschiedt binnen 30 dagen na factuurdatum.',
  '',
];
// Rarer: a line that is an exit arrangement (exit-regeling then reports nothing).
const EXIT_LINE = 'Na het einde van de overeenkomst geeft Leverancier de gegevens terug in een export.';
const draftArb = fc
  .record({
    arts: fc.array(
      fc.record({
        heading: fc.constantFrom(...HEADINGS),
        lines: fc.array(fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...LINES) }, { weight: 1, arbitrary: fc.constant(EXIT_LINE) }), { minLength: 0, maxLength: 8 }),
      }),
      { minLength: 1, maxLength: 14 },
    ),
    eol: fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'),
  })
  .map(({ arts, eol }) => {
    let n = 0;
    const out = ['# Algemene voorwaarden', ''];
    for (const a of arts) {
      n++;
      out.push(a.heading.replace('{n}', String(n)), ...a.lines.map((l) => l.replace('{n}', String(n))));
    }
    return out.join(eol);
  });
const editArb = fc.record({
  at: fc.integer({ min: 0, max: 1_000_003 }),
  insert: fc.constantFrom('', 'e', ' geschil', ' online', '\n', ' van', 'Leverancier ', ' terug', ' Dienst'),
  remove: fc.integer({ min: 0, max: 3 }),
});

/** The rule's reports; with `whole`, on a model whose one block is the whole draft (no seams to mind). */
function findings(rule: DocumentRule, text: string, store?: MemoStore, whole = false): Report[] {
  const out: Report[] = [];
  // Fixes given as a function (built when read) are built here, so that they are compared too.
  const ctx: RuleContext = { audience: 'b2b', report: (r) => void out.push(typeof r.fixes === 'function' ? { ...r, fixes: r.fixes() } : r) };
  if (store) {
    store.rotate();
    ctx.memo = (name) => store.memo(name);
  }
  const model = parseDocument(text);
  if (whole) model.blocks = [{ span: { start: 0, end: text.length }, text, firstLine: 0 }];
  rule.check(model, ctx);
  return out;
}

const RULES = [exitRegeling, bepalingOntbreekt, bepalingDubbel, definitieHoofdletter, definitieOnbekend, exoneratieOpzet, definitieZelfverwijzing, definitiePartijnaam, verwijzingInhoud, termijnTegenstrijdig] as DocumentRule[];

describe('rules: document rules read article by article', function () {
  this.timeout(120_000);

  for (const rule of RULES) {
    it(`${rule.meta.id}: the same findings with memos (also after edits) as reading the whole draft`, () => {
      fc.assert(
        fc.property(draftArb, fc.array(editArb, { maxLength: 4 }), (draft, edits) => {
          const store = new MemoStore();
          let text = draft;
          assert.deepEqual(findings(rule, text, store), findings(rule, text));
          for (const e of edits) {
            const i = e.at % (text.length + 1);
            text = text.slice(0, i) + e.insert + text.slice(i + e.remove);
            assert.deepEqual(findings(rule, text, store), findings(rule, text));
          }
        }),
        { numRuns: runs(150) },
      );
    });
  }

  // These two read the articles one by one on a first analysis too; with one block they scan the whole
  // draft at once, which is what they must agree with.
  for (const rule of [exitRegeling, bepalingOntbreekt] as DocumentRule[]) {
    it(`${rule.meta.id}: reading article by article finds what one scan of the whole draft finds`, () => {
      fc.assert(
        fc.property(draftArb, fc.array(editArb, { maxLength: 2 }), (draft, edits) => {
          let text = draft;
          assert.deepEqual(findings(rule, text), findings(rule, text, undefined, true));
          for (const e of edits) {
            const i = e.at % (text.length + 1);
            text = text.slice(0, i) + e.insert + text.slice(i + e.remove);
            assert.deepEqual(findings(rule, text), findings(rule, text, undefined, true));
          }
        }),
        { numRuns: runs(300) },
      );
    });
  }
});
