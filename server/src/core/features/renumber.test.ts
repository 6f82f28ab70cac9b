import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from '../model/parse';
import { applyEdits, renumberEdits } from './renumber';
import { runs } from '../testing/fuzz';

// Each lid carries a unique word; the lid a reference points at is known by that word.
const wordOf = (text: string, n: { textSpan: { start: number; end: number } }) => /woord\d+|ingevoegd/.exec(text.slice(n.textSpan.start, n.textSpan.end))?.[0];
const renumber = (t: string) => applyEdits(t, renumberEdits(parseDocument(t)));

describe('features/renumber', () => {
  it('renumbers articles and leden in order and rewrites every reference with them', () => {
    const before = 'Artikel 1 Begin\n1. Een.\n3. Zie lid 4 en artikel 4 lid 1.\n4. Drie.\nArtikel 4 Slot\n1. Zie artikel 1 lid 3 en de leden 1 en 4 van artikel 1.\n';
    const after = 'Artikel 1 Begin\n1. Een.\n2. Zie lid 3 en artikel 2 lid 1.\n3. Drie.\nArtikel 2 Slot\n1. Zie artikel 1 lid 2 en de leden 1 en 3 van artikel 1.\n';
    assert.equal(renumber(before), after);
    assert.deepEqual(renumberEdits(parseDocument(after)), [], 'a second run changes nothing');
    assert.equal(renumber('Artikel 1 A\n2. x\n3. Zie lid 2 en 3 en artikel 1.2 en 1.3.\n'), 'Artikel 1 A\n1. x\n2. Zie lid 1 en 2 en artikel 1.1 en 1.2.\n');
  });

  it('keeps dotted, outline and letter numbering in its own style', () => {
    assert.equal(renumber('## Artikel 1 – A\n1.2 x\n1.2.3 y, zie 1.2.3 hiervoor in 1.2.3\n'), '## Artikel 1 – A\n1.1 x\n1.1.1 y, zie 1.1.1 hiervoor in 1.1.1\n');
    assert.equal(renumber(' 1. A\n  2. B\n   1. x\n   3. y, zie artikel 1.2.3\n 3. C\n  1. z\n'), ' 1. A\n  1. B\n   1. x\n   2. y, zie artikel 1.1.2\n 2. C\n  1. z\n');
    assert.equal(renumber('Artikel 1 A\n1. x:\n   a. een;\n   c. twee, anders dan sub c.\n'), 'Artikel 1 A\n1. x:\n   a. een;\n   b. twee, anders dan sub b.\n');
  });

  it('keeps the draft\'s own heading form: "Artikel 3." and "Artikel 4:" headings with "1." leden stay in that form', () => {
    const before = 'Artikel 1. Begrippen\n1. Klant: de afnemer.\n3. Dienst: de levering.\n\nArtikel 3. Betaling\n1. Betaal binnen 14 dagen.\n2. Zie artikel 3 lid 1 en artikel 1 lid 3.\n\nArtikel 4: Slot\n1. Nederlands recht.\n';
    const after = 'Artikel 1. Begrippen\n1. Klant: de afnemer.\n2. Dienst: de levering.\n\nArtikel 2. Betaling\n1. Betaal binnen 14 dagen.\n2. Zie artikel 2 lid 1 en artikel 1 lid 2.\n\nArtikel 3: Slot\n1. Nederlands recht.\n';
    assert.equal(renumber(before), after);
    assert.equal(renumber('ARTIKEL 1 - BEGIN\n1. x\n\nARTIKEL 3 - SLOT\n2. y\n'), 'ARTIKEL 1 - BEGIN\n1. x\n\nARTIKEL 2 - SLOT\n1. y\n');
  });

  it('leaves statute citations, unresolved references and all other text alone', () => {
    const t = 'Artikel 2 A\n2. Artikel 7:404 BW, artikel 6 AVG, artikel 11.7 Telecommunicatiewet en artikel 9.\n';
    // The draft's first article keeps its number (nummering does not report it): only the lid is renumbered.
    assert.equal(renumber(t), t.replace('Artikel 2 A\n2.', 'Artikel 2 A\n1.'));
  });

  it('round-trips: after shuffling, inserting and deleting clauses, every reference still points at the same clause', function () {
    this.timeout(60000);
    // A draft of articles with leden; each lid has a unique word and refers to other leden by number.
    const draft = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(draft, fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), (shape, noise, edit) => {
        let id = 0;
        const articles = shape.map((n) => Array.from({ length: n }, () => `woord${id++}`));
        const all = articles.flatMap((leden, a) => leden.map((w, l) => ({ w, a, l })));
        // Reference targets chosen before the edit, written with the numbers of the original draft.
        const refFor = (k: number) => {
          const t = all[noise[k % noise.length] % all.length];
          return { target: t.w, text: `artikel ${t.a + 1} lid ${t.l + 1}` };
        };
        let r = 0;
        const lines: string[] = [];
        const refs: Array<{ marker: string; target: string }> = [];
        articles.forEach((leden, a) => {
          lines.push(`Artikel ${a + 1} Titel${a}`);
          leden.forEach((w, l) => {
            const ref = refFor(r++);
            const marker = `merk${refs.length}`;
            refs.push({ marker, target: ref.target });
            lines.push(`${l + 1}. Tekst ${w}, ${marker} zie ${ref.text}.`);
          });
        });
        // The edit: move one lid line to another place in its article, drop a lid that nobody refers to, insert a new lid.
        const out = lines.slice();
        const lidLines = out.map((l, i) => (/^\d+\./.test(l) ? i : -1)).filter((i) => i >= 0);
        const from = lidLines[edit[0] % lidLines.length];
        const moved = out.splice(from, 1)[0];
        const lidLines2 = out.map((l, i) => (/^\d+\./.test(l) ? i : -1)).filter((i) => i >= 0);
        const to = lidLines2.length ? lidLines2[edit[1] % lidLines2.length] : 1;
        out.splice(to, 0, moved.replace(/^\d+\./, '7.'));
        out.splice(Math.min(out.length, 1 + (edit[2] % out.length)), 0, '9. Een ingevoegd lid zonder verwijzing.');
        // And delete one lid (never the last one left), when the edit says so.
        const lids3 = out.map((l, i) => (/^\d+\. Tekst/.test(l) ? i : -1)).filter((i) => i >= 0);
        if (edit[2] % 2 === 1 && lids3.length > 1) out.splice(lids3[edit[0] % lids3.length], 1);
        // The numbers in references still follow the old numbering: that is what the user has before renumbering.
        // Resolve them against the shuffled draft first, then renumber, then check nothing moved.
        const shuffled = out.join('\n') + '\n';
        const m1 = parseDocument(shuffled);
        const before = new Map<string, string | undefined>();
        for (const ref of m1.references) {
          const lineStart = shuffled.lastIndexOf('\n', ref.span.start) + 1;
          const marker = /merk\d+/.exec(shuffled.slice(lineStart, ref.span.start))?.[0];
          if (marker && ref.target) before.set(marker, wordOf(shuffled, ref.target));
        }
        const renumbered = renumber(shuffled);
        const m2 = parseDocument(renumbered);
        assert.deepEqual(renumberEdits(m2), [], 'renumbering is idempotent');
        for (const ref of m2.references) {
          const lineStart = renumbered.lastIndexOf('\n', ref.span.start) + 1;
          const marker = /merk\d+/.exec(renumbered.slice(lineStart, ref.span.start))?.[0];
          if (!marker || !before.has(marker)) continue;
          assert.ok(ref.target, `${marker} resolves after renumbering`);
          assert.equal(wordOf(renumbered, ref.target), before.get(marker), `${marker} points at the same clause`);
        }
        // Only numbers changed: with digits removed, the texts are the same.
        assert.equal(renumbered.replace(/\d+/g, '#'), shuffled.replace(/\d+/g, '#'));
      }),
      { numRuns: runs(200) },
    );
  });
});
