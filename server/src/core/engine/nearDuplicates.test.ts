// After an edit, nearDuplicates finds again only the pairs of the articles the edit can change and keeps
// the others: the result must be the one a fresh run finds, whatever the edit does to the groups of
// sentences (a first sentence removed, another number, a rewording, an article repeated or moved).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MemoStore } from './incrementalMemo';
import { parseDocument } from '../model/parse';
import type { RuleContext } from '../kit/rule';
import { nearDuplicates } from './nearDuplicates';
import { runs } from '../testing/fuzz';

// Sentences written for this test: formulas repeated with other numbers, rewordings of them (a word added
// or dropped), sentences that refer back, and sentences of their own.
const SENTENCES = [
  'De klant betaalt de factuur binnen {n} dagen na de datum van de factuur aan de leverancier.',
  'De klant betaalt de factuur binnen {n} dagen na de datum van de factuur aan de leverancier zelf.',
  'De klant betaalt iedere factuur binnen {n} dagen na de datum van de factuur aan de leverancier.',
  'Deze termijn geldt ook voor alle facturen die de leverancier na het einde van de overeenkomst stuurt.',
  'De leverancier herstelt een storing binnen {n} werkdagen nadat de klant de storing heeft gemeld.',
  'De leverancier herstelt een storing binnen {n} werkdagen nadat de klant de storing schriftelijk heeft gemeld.',
  'Daarbij houdt de leverancier rekening met de redelijke wensen van de klant en de planning van het werk.',
  'Partijen overleggen eerst met elkaar voordat een van hen een geschil aan de rechter voorlegt.',
  'Partijen overleggen eerst met elkaar voordat een van hen een geschil aan de bevoegde rechter voorlegt.',
  'De aansprakelijkheid van de leverancier is beperkt tot het bedrag dat de verzekeraar in dat geval uitkeert.',
  'Het voorgaande geldt niet als de schade het gevolg is van opzet of bewuste roekeloosheid van de leverancier.',
  'Een wijziging van deze voorwaarden geldt pas nadat de leverancier die {n} dagen vooraf heeft aangekondigd.',
];
const NUMBERS = ['8', '14', '30'];

const sentenceArb = fc.tuple(fc.nat(SENTENCES.length - 1), fc.nat(NUMBERS.length - 1)).map(([s, n]) => SENTENCES[s].replace('{n}', NUMBERS[n]));
const articleArb = fc.array(fc.array(sentenceArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
type Article = string[][];

function draft(articles: Article[]): string {
  const out = ['# Voorwaarden', ''];
  articles.forEach((paragraphs, a) => {
    out.push(`## Artikel ${a + 1}`);
    paragraphs.forEach((p, k) => out.push(`${a + 1}.${k + 1} ${p.join(' ')}`));
  });
  return out.join('\n');
}

type Edit = (articles: Article[]) => Article[];
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  // A sentence replaced.
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), sentenceArb).map(([a, p, s, by]): Edit => (arts) =>
    arts.map((art, i) => (i !== a % arts.length ? art : art.map((par, j) => (j !== p % art.length ? par : par.map((x, k) => (k === s % par.length ? by : x)))))),
  ),
  // A sentence removed (the paragraph kept when it has more).
  fc.tuple(fc.nat(), fc.nat()).map(([a, p]): Edit => (arts) =>
    arts.map((art, i) => (i !== a % arts.length ? art : art.map((par, j) => (j !== p % art.length || par.length < 2 ? par : par.slice(1))))),
  ),
  // An article added, removed, repeated or moved.
  fc.tuple(fc.nat(), articleArb).map(([a, art]): Edit => (arts) => [...arts.slice(0, a % (arts.length + 1)), art, ...arts.slice(a % (arts.length + 1))]),
  fc.nat().map((a): Edit => (arts) => (arts.length > 1 ? arts.filter((_, i) => i !== a % arts.length) : arts)),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Edit => (arts) => [...arts.slice(0, b % (arts.length + 1)), arts[a % arts.length], ...arts.slice(b % (arts.length + 1))]),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Edit => (arts) => {
    const moved = arts[a % arts.length];
    const rest = arts.filter((_, i) => i !== a % arts.length);
    return [...rest.slice(0, b % (rest.length + 1)), moved, ...rest.slice(b % (rest.length + 1))];
  }),
);

function pairs(text: string, store?: MemoStore) {
  const ctx: RuleContext = { audience: 'b2b', report: () => undefined };
  if (store) {
    store.rotate();
    ctx.memo = (name) => store.memo(name);
  }
  return nearDuplicates(parseDocument(text).blocks, ctx);
}

describe('nearDuplicates', () => {
  it('after any sequence of edits finds the pairs a fresh run finds', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.array(articleArb, { minLength: 8, maxLength: 30 }), fc.array(editArb, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const store = new MemoStore();
        let arts = start;
        assert.deepEqual(pairs(draft(arts), store), pairs(draft(arts)));
        for (const e of edits) {
          arts = e(arts);
          const text = draft(arts);
          assert.deepEqual(pairs(text, store), pairs(text));
        }
      }),
      { numRuns: runs(200) },
    );
  });

  it('an edit in one article changes only the pairs of that article', () => {
    const arts: Article[] = Array.from({ length: 12 }, (_, a) => [[SENTENCES[0].replace('{n}', NUMBERS[a % 3]), SENTENCES[7]]]);
    const store = new MemoStore();
    const text = draft(arts);
    pairs(text, store);
    const before = pairs(text, store);
    // A word changed in the last article's own sentence: every earlier pair stays where it was.
    const edited = text.replace(/(## Artikel 12\n12\.1 .*) eerst /, '$1 altijd eerst ');
    assert.notEqual(edited, text);
    const after = pairs(edited, store);
    assert.deepEqual(after, pairs(edited));
    assert.ok(before.length > after.length, 'the edited sentence no longer repeats');
    assert.deepEqual(after, before.slice(0, after.length));
  });
});
