// The model follows edits: after every edit, the model updateModel gives must equal a full parse of the
// new text. (Speed itself is measured by `npm run bench`, never here.)
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEBUG, IncrementalParser, updateModel, type UpdateStats } from './update';
import { diffTexts } from './edit';
import { parseDocument } from './parse';
import { runs } from '../testing/fuzz';
import { apply, canonical, draftArb, editArb, type EditSpec } from '../testing/edits';

describe('model: updated through edits', function () {
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
    const stats: UpdateStats = { full: 0, spliced: 0 };
    let text = draft;
    let model = parseDocument(text);
    for (const e of edits) {
      text = apply(text, e);
      model = updateModel(model, text, stats);
      assert.equal(canonical(model), canonical(parseDocument(text)), `after ${JSON.stringify(e)}`);
    }
    return stats.spliced;
  }

  it('an edit of the colon that announces a list, past blank lines, reads the list again', () => {
    const draft = '## Artikel 3 – Meerwerk\n3.1 Meerwerk wordt vooraf opgedragen.\n3.2 Op de factuur staan:\n\n1. de uren; en\n2. het uurtarief.\n';
    const at = draft.indexOf(':\n');
    for (const text of [draft.slice(0, at) + draft.slice(at + 1), draft.slice(0, at) + ';' + draft.slice(at + 1)]) {
      assert.equal(canonical(updateModel(parseDocument(draft), text)), canonical(parseDocument(text)));
      assert.equal(canonical(updateModel(parseDocument(text), draft)), canonical(parseDocument(draft)));
    }
  });

  it('an unchanged text keeps its model', () => {
    const text = '## Artikel 1 – Betaling\n1.1 Opdrachtgever betaalt binnen dertig (30) dagen.\n';
    const model = parseDocument(text);
    assert.equal(updateModel(model, text.slice(0, 10) + text.slice(10)), model);
  });

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

  it('the same after every edit of drafts numbered 1.1, 2.1 … without article headings (an article per first number)', () => {
    const headless = draftArb.map((d) => d.split('\n').filter((l) => !/^(?:#|Artikel )/.test(l)).join('\n'));
    let spliced = 0;
    fc.assert(
      fc.property(headless, fc.array(editArb, { minLength: 1, maxLength: 15 }), (draft, edits) => {
        spliced += parseThroughEdits(draft, edits);
      }),
      { numRuns: runs(80) },
    );
    assert.ok(spliced > 50, `spliced only ${spliced} times`);
  });

  it('the same after every edit of clauses glued to the full stop before them (or after a lone number), and of capital items after a colon', () => {
    const glued = [
      '{n}.1 Leverancier levert binnen vier weken aan derden.{n}.2 Afnemer controleert de levering.',
      '{n}.3',
      'Afnemer meldt gebreken schriftelijk.{n}.4 Leverancier herstelt ze, zie artikel 7.3.2 De melding volgt.',
      'De prijs is EUR 1.250,00 per jaar, conform art.{n}.5 De facturen volgen in versie 2.3.1 Dit geldt:',
      '(I) de eerste gegevens;',
      'II) de tweede gegevens.',
      'A. de contactpersoon;',
      'B. de directie.',
      '{n}.6 Het risico gaat over bij aflevering.',
      '',
    ];
    const draft = fc
      .array(fc.record({ heading: fc.constantFrom('Artikel {n}', '', '## {n}. Levering'), lines: fc.array(fc.constantFrom(...glued), { minLength: 1, maxLength: 8 }) }), { minLength: 1, maxLength: 8 })
      .map((arts) => arts.flatMap((a, k) => [a.heading, ...a.lines].map((l) => l.replaceAll('{n}', String(k + 1)))).join('\n'));
    let spliced = 0;
    fc.assert(
      fc.property(draft, fc.array(editArb, { minLength: 1, maxLength: 15 }), (d, edits) => {
        spliced += parseThroughEdits(d, edits);
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

  it('a new line parses the draft again, and the articles it did not touch keep their block objects and strings', () => {
    const draft = Array.from({ length: 6 }, (_, k) => `## Artikel ${k + 1} – Betaling\n${k + 1}.1 Opdrachtgever betaalt binnen dertig (30) dagen.\n`).join('\n');
    const parser = new IncrementalParser();
    const before = parser.parse(draft);
    const [first, second, third, ...rest] = before.blocks;
    const at = draft.indexOf('betaalt', draft.indexOf('Artikel 3'));
    const broken = draft.slice(0, at) + '\n' + draft.slice(at);
    const after = parser.parse(broken);
    assert.equal(parser.stats.full, 2, 'a line break is parsed in full');
    assert.equal(canonical(after), canonical(parseDocument(broken)));
    assert.equal(after.blocks[0], first);
    assert.equal(after.blocks[1], second);
    assert.notEqual(after.blocks[2], third);
    assert.equal(after.blocks[2].text, broken.slice(after.blocks[2].span.start, after.blocks[2].span.end));
    // The articles after the edit: the same objects, moved by one unit and one line.
    rest.forEach((b, k) => assert.equal(after.blocks[k + 3], b));
    assert.deepEqual(after.blocks.slice(3).map((b) => [b.span.start, b.firstLine]), parseDocument(broken).blocks.slice(3).map((b) => [b.span.start, b.firstLine]));
    // Typing on in a line after the full parse takes the fast path again, with the line table the parse kept.
    const typed = broken.slice(0, broken.length - 5) + 'x' + broken.slice(broken.length - 5);
    assert.equal(canonical(parser.parse(typed)), canonical(parseDocument(typed)));
    assert.equal(parser.stats.spliced, 1, parser.stats.lastFallback);
  });
});
