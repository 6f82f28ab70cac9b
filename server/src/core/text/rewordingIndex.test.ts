import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { RewordingIndex, type Shape, type Wording } from './rewordingIndex';
import { jaccard, prefixLength } from './similarity';
import { runs } from '../testing/fuzz';

// Small universes, so that wordings share shingles, the postings of common shingles pass the cut-off of
// seventeen and a wording's prefix moves when the frequencies change.
const THRESHOLD = 0.6;
const MIN_WORDS = 6;

interface Sentence {
  shape: Shape;
}

const shape = (universe: number): fc.Arbitrary<Shape> =>
  fc
    .record({
      shingles: fc.uniqueArray(fc.integer({ min: 0, max: universe }), { minLength: 1, maxLength: 14 }),
      extra: fc.integer({ min: 0, max: 3 }),
      // Other sentences' shingles around its own: the sentences of an article share one array.
      around: fc.array(fc.integer({ min: 0, max: universe }), { maxLength: 3 }),
    })
    .map(({ shingles, extra, around }) => {
      const sorted = shingles.sort((a, b) => a - b);
      const pool = Int32Array.from([...around, ...sorted, ...around]);
      // Few distinct keys: different wordings often share one, as two hashes can. Negations follow from the
      // words, as in a sentence: here from the first shingle.
      return { shingles: pool, from: around.length, to: around.length + sorted.length, words: sorted.length + extra, wordKey: sorted.length % 4, negations: sorted[0] % 3 === 0 ? 1 : 0 };
    });

/** A shape's shingles, as an array of their own. */
const setOf = (s: Shape): number[] => Array.from(s.shingles).slice(s.from, s.to);

/** The pairs by the join's definition (see rewordingIndex.ts), over the distinct wordings in first-sentence order. */
function definedPairs(sentences: readonly Sentence[]): Set<string> {
  const order: Shape[] = [];
  const same = (a: Shape, b: Shape) => a.wordKey === b.wordKey && a.words === b.words && setOf(a).join() === setOf(b).join();
  for (const s of sentences) if (!order.some((o) => same(o, s.shape))) order.push(s.shape);
  const frequency = new Map<number, number>();
  for (const w of order) for (const h of setOf(w)) frequency.set(h, (frequency.get(h) ?? 0) + 1);
  const postings = new Map<number, number[]>();
  order.forEach((w, i) => {
    if (w.words < MIN_WORDS) return;
    const ranked = setOf(w).sort((a, b) => frequency.get(a)! - frequency.get(b)! || a - b);
    for (const h of ranked.slice(0, prefixLength(ranked.length, THRESHOLD))) postings.set(h, [...(postings.get(h) ?? []), i]);
  });
  const pairs = new Set<string>();
  for (const list of postings.values()) {
    const top = list.slice(0, 17);
    for (const i of top)
      for (const j of top) {
        const sim = jaccard(setOf(order[i]), setOf(order[j]));
        if (i < j && order[i].words !== order[j].words && order[i].negations === order[j].negations && sim >= THRESHOLD) pairs.add(`${i}-${j}:${sim}`);
      }
  }
  return pairs;
}

/** One analysis through the index: the pairs it holds afterwards, by first-sentence order. */
function analyse(index: RewordingIndex, sentences: readonly Sentence[]): Set<string> {
  index.begin();
  const seen = new Set<Wording>();
  for (const s of sentences) seen.add(index.wordingOf(s.shape, s));
  index.commit();
  const pairs = new Set<string>();
  for (const w of seen) for (const [o, { similarity }] of w.near ?? []) if (w.order < o.order) pairs.add(`${w.order}-${o.order}:${similarity}`);
  return pairs;
}

// Edits of a draft's sentence list: a sentence reworded, deleted, repeated elsewhere, a run of sentences
// moved (an article moved), or the whole list repeated (an identical article, then one of its copies gone).
type Edit = (s: Sentence[]) => Sentence[];
const edit = (universe: number): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.tuple(fc.nat(), shape(universe)).map(([i, sh]): Edit => (s) => s.map((x, k) => (s.length && k === i % s.length ? { shape: sh } : x))),
    fc.nat().map((i): Edit => (s) => s.filter((_, k) => k !== i % Math.max(1, s.length))),
    fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Edit => (s) => (s.length ? [...s.slice(0, j % s.length), s[i % s.length], ...s.slice(j % s.length)] : s)),
    fc.tuple(fc.nat(), fc.nat(), fc.nat(8)).map(([i, j, n]): Edit => (s) => {
      if (!s.length) return s;
      const from = i % s.length;
      const run = s.slice(from, from + n);
      const rest = [...s.slice(0, from), ...s.slice(from + n)];
      const at = j % (rest.length + 1);
      return [...rest.slice(0, at), ...run, ...rest.slice(at)];
    }),
    fc.constant<Edit>((s) => [...s, ...s]),
    fc.nat().map((n): Edit => (s) => s.slice(n % Math.max(1, s.length))),
    fc.tuple(fc.nat(), shape(universe)).map(([i, sh]): Edit => (s) => [...s.slice(0, i % (s.length + 1)), { shape: sh }, ...s.slice(i % (s.length + 1))]),
  );

describe('rewordingIndex', () => {
  it('after any sequence of edits holds the pairs the join defines, as a fresh index does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 12, max: 40 }).chain((u) => fc.tuple(fc.array(shape(u).map((sh) => ({ shape: sh })), { minLength: 20, maxLength: 70 }), fc.array(edit(u), { maxLength: 12 }))),
        ([start, edits]) => {
          const kept = new RewordingIndex(THRESHOLD, MIN_WORDS);
          // An index made for one analysis (without what updates need) indexes afresh if it is used again.
          const oneOff = new RewordingIndex(THRESHOLD, MIN_WORDS, false);
          let sentences = start;
          assert.deepEqual(analyse(kept, sentences), definedPairs(sentences));
          assert.deepEqual(analyse(oneOff, sentences), definedPairs(sentences));
          for (const e of edits) {
            sentences = e(sentences);
            const expected = definedPairs(sentences);
            assert.deepEqual(analyse(kept, sentences), expected);
            assert.deepEqual(analyse(new RewordingIndex(THRESHOLD, MIN_WORDS), sentences), expected);
            assert.deepEqual(analyse(oneOff, sentences), expected);
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('pairs rewordings of another length and leaves alone those of the same length or too different', () => {
    const index = new RewordingIndex(0.75, 3);
    const s = (shingles: number[], words: number) => ({ shape: { shingles, from: 0, to: shingles.length, words, wordKey: words } });
    const base = s([1, 2, 3, 4, 5, 6, 7, 8], 10);
    const longer = s([1, 2, 3, 4, 5, 6, 7, 8, 9], 11);
    const parallel = s([1, 2, 3, 4, 5, 6, 7, 9], 10);
    const other = s([1, 2, 3, 10, 11, 12, 13, 14], 12);
    assert.deepEqual(analyse(index, [base, longer, parallel, other]), new Set([`0-1:${8 / 9}`, `1-2:${8 / 9}`]));
    // The longer one deleted: its pairs go with it.
    assert.deepEqual(analyse(index, [base, parallel, other]), new Set());
    // A negation added ("niet"): as similar, but the opposite rule.
    const negated = { shape: { shingles: [1, 2, 3, 4, 5, 6, 7, 8, 9], from: 0, to: 9, words: 11, wordKey: 11, negations: 1 } };
    assert.deepEqual(analyse(new RewordingIndex(0.75, 3), [base, negated]), new Set());
  });

  it('finds a shape seen before without a lookup, only in the index that made its wording and only while that lives', () => {
    const sh = () => ({ shingles: [1, 2, 3, 4, 5, 6, 7, 8], from: 0, to: 8, words: 10, wordKey: 7 });
    const a = new RewordingIndex(0.75, 3);
    const b = new RewordingIndex(0.75, 3);
    const x = sh();
    const once = (index: RewordingIndex, shapes: Shape[]) => {
      index.begin();
      const got = shapes.map((s) => index.wordingOf(s, s));
      index.commit();
      return got;
    };
    const [inA] = once(a, [x]);
    const [inB] = once(b, [x]);
    assert.notEqual(inA, inB, "each index has a wording of its own");
    assert.equal(once(a, [x])[0], inA);
    // The shape leaves the draft (its wording is forgotten), an equal one comes in, then the first returns.
    once(a, []);
    const y = sh();
    const [ofY, ofX] = once(a, [y, x]);
    assert.equal(ofX, ofY, 'one wording for equal shapes');
    assert.notEqual(ofX, inA);
  });
});
