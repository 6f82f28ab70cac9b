// triggersOf (one automaton pass per block) against the trie regex it replaced, for the words the
// rules really register, on text made of those words in varied case and odd characters.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { allRules } from '../rules';
import { registeredTriggerWords, triggersOf } from './text';
import { textFrom } from './gateCheck';
import { referenceHits } from '../text/wordAutomaton.reference';
import { lowerForGates } from './text';
import type { Block } from '../model/types';

const runs = (n: number) => Math.max(n, Math.round((n * (Number(process.env.CLAUSULE_FUZZ_RUNS) || 100)) / 100));

describe('engine/text: triggersOf', () => {
  it('finds every registered word where the trie regex over the lower-cased block finds it', () => {
    assert.ok(allRules.length > 0);
    const words = [...registeredTriggerWords()];
    assert.ok(words.length > 40, `only ${words.length} words registered`);
    fc.assert(
      fc.property(textFrom(words), (text) => {
        const block: Block = { span: { start: 0, end: text.length }, text, firstLine: 0 };
        const t = triggersOf(block);
        assert.deepEqual(t.hits, referenceHits(words, text), JSON.stringify(text));
        assert.equal(t.exact, lowerForGates(text).length === text.length);
      }),
      { numRuns: runs(500) },
    );
  });
});
