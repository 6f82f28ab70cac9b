import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { GenerationalMemo } from './incrementalMemo';
import { runs } from '../testing/fuzz';
import { collectGarbage } from '../testing/heap';

/** The memo without `settle`: entries unused for one analysis are dropped at the next rotation. */
class Reference {
  private current = new Map<string, number>();
  private previous = new Map<string, number>();
  rotate() {
    this.previous = this.current;
    this.current = new Map();
  }
  get(key: string) {
    let v = this.current.get(key);
    if (v === undefined) {
      v = this.previous.get(key);
      if (v !== undefined) this.current.set(key, v);
    }
    return v;
  }
  set(key: string, value: number) {
    this.current.set(key, value);
  }
}

describe('engine: generational memo', () => {
  it('settling a completed analysis changes no answer of a later one', () => {
    const op = fc.tuple(fc.constantFrom('get', 'set', 'getOrCreate'), fc.constantFrom('a', 'b', 'c', 'd'), fc.nat(9));
    // Analyses of a few operations each; a cancelled one (completed: false) is not settled.
    const analysis = fc.record({ ops: fc.array(op, { maxLength: 8 }), completed: fc.boolean() });
    fc.assert(
      fc.property(fc.array(analysis, { maxLength: 12 }), (analyses) => {
        const memo = new GenerationalMemo<number>();
        const reference = new Reference();
        for (const { ops, completed } of analyses) {
          memo.rotate();
          reference.rotate();
          for (const [kind, key, value] of ops) {
            if (kind === 'set') {
              memo.set(key, value);
              reference.set(key, value);
            } else if (kind === 'get') {
              assert.equal(memo.get(key), reference.get(key));
            } else {
              const expected = reference.get(key) ?? value;
              reference.set(key, expected);
              assert.equal(memo.getOrCreate(key, () => value), expected);
            }
          }
          if (completed) memo.settle();
        }
      }),
      { numRuns: runs(500) },
    );
  });

  it('a settled memo holds only what the analysis used', async () => {
    const m = new GenerationalMemo<object>();
    const unchanged = { article: 'unchanged' };
    let old: object | undefined = { article: 'before the edit' };
    const gone = new WeakRef(old);
    m.set('old version of an article', old);
    m.set('unchanged article', unchanged);
    old = undefined;
    m.rotate();
    assert.equal(m.get('unchanged article'), unchanged);
    // A WeakRef keeps its target until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    assert.ok(gone.deref(), 'unsettled: the entry the analysis did not use is still held');
    m.settle();
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    assert.equal(gone.deref(), undefined);
    m.rotate();
    assert.equal(m.get('unchanged article'), unchanged);
  });
});
