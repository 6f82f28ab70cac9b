// What an Analyzer keeps between edits: the current draft and what it derived from it, not old versions of
// the draft. V8 keeps a slice of a string as a view into it, so any string cut from version n and kept (in a
// memo, a cached finding, a part of the model moved through the next edit) keeps all of version n alive;
// typing in many articles of a large draft would pile up one copy of the draft per edit.
import * as assert from 'node:assert/strict';
import { Analyzer } from '../analyzer';
import { generateDraft } from '../library';
import { retainedBytes } from '../testing/heap';

/** A draft of about 200 KB: our library's draft with its articles repeated under new numbers, a euro sign making it two-byte. */
function largeDraft(): string {
  const base = generateDraft({ audience: 'b2b', serviceType: 'saas', supplier: 'Proef B.V.', city: 'Utrecht', kvk: '12345678', date: '1 januari 2026', website: 'proef.example' });
  const cut = base.indexOf('## Artikel 2 ');
  const body = base.slice(cut);
  const articles = Math.max(...[...body.matchAll(/^## Artikel (\d+)/gm)].map((m) => Number(m[1])));
  let text = base.slice(0, cut);
  for (let k = 0; k < 7; k++) {
    const renumber = (n: string) => String(Number(n) + k * articles);
    text += body
      .replace(/^(## Artikel )(\d+)/gm, (_, a: string, n: string) => a + renumber(n))
      .replace(/^(\d+)\.(\d+)/gm, (_, n: string, m: string) => `${renumber(n)}.${m}`)
      .replace(/(artikel )(\d+)\.(\d+)/g, (_, a: string, n: string, m: string) => `${a}${renumber(n)}.${m}`);
  }
  return text + '\nDe vergoeding bedraagt € 100.\n';
}

describe('engine: memory kept between edits', function () {
  this.timeout(120_000);

  it('typing in one article after another keeps no old versions of the draft alive', () => {
    let text = largeDraft();
    const versionBytes = text.length * 2;
    // Edits spread over the whole draft (definitions, headings, clauses): a letter inside a word.
    const spots: number[] = [];
    for (const m of text.matchAll(/[a-z]{4,}/g)) spots.push(m.index + 2);
    const analyzer = new Analyzer();
    analyzer.analyze(text);
    let edits = 0;
    const type = (n: number) => {
      for (let k = 0; k < n; k++) {
        edits++;
        const at = spots[Math.floor(((edits * 0.6180339887) % 1) * spots.length)];
        text = text.slice(0, at) + 'x' + text.slice(at);
        for (let i = 0; i < spots.length; i++) if (spots[i] >= at) spots[i]++;
        analyzer.analyze(text);
      }
    };
    // The memos fill on the first edits; from then on, more edits must not hold more. What an analysis keeps
    // varies with the article edited (its findings, its memo entries), so each figure is the least of three.
    const least = () => Math.min(...[0, 1, 2].map(() => (type(1), retainedBytes())));
    type(2);
    const early = least();
    type(18);
    const late = least();
    // One old version per edit would be 21 versions; the variation above stays under a few.
    const grown = late - early;
    assert.ok(grown < 8 * versionBytes, `grew ${(grown / 2 ** 20).toFixed(2)} MB over 21 edits (one version of the draft: ${(versionBytes / 2 ** 20).toFixed(2)} MB)`);
  });
});
