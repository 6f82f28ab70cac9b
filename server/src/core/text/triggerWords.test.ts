// triggersOf (one automaton pass per block and word group) against the trie regex it replaced, for
// the words the rules really register, on text made of those words in varied case and odd characters.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Analyzer, allRules } from '../index';
import { COMMON_TRIGGERS, lowerForGates, registeredTriggerWords, scannedTriggerGroups, triggersOf } from './triggerWords';
import { textFrom } from '../engine/gateCheck';
import { referenceHits } from './wordAutomaton.reference';
import type { Block } from '../model/types';
import { runs } from '../testing/fuzz';


describe('text/triggerWords: triggersOf', () => {
  for (const group of [COMMON_TRIGGERS, 'b2c']) {
    it(`finds every word of group ${group} where the trie regex over the lower-cased block finds it`, () => {
      assert.ok(allRules.length > 0);
      const words = [...registeredTriggerWords(group)];
      assert.ok(words.length > 20, `only ${words.length} words registered`);
      fc.assert(
        fc.property(textFrom(words), (text) => {
          const block: Block = { span: { start: 0, end: text.length }, text, firstLine: 0 };
          const t = triggersOf(block, group);
          assert.deepEqual(t.hits, referenceHits(words, text), JSON.stringify(text));
          assert.equal(t.exact, lowerForGates(text).length === text.length);
        }),
        { numRuns: runs(400) },
      );
    });
  }

  it('scans for the consumer lists\' words only when the consumer lists run (b2c)', () => {
    const text = 'Artikel 1\nDe overeenkomst wordt stilzwijgend verlengd; de opzegtermijn is drie maanden. Leverancier mag de prijs wijzigen en de levering opschorten.\n';
    for (const audience of ['b2b', 'b2c'] as const) {
      const { model } = new Analyzer().analyze(text, { audience });
      const scanned = new Set(model.blocks.flatMap((b) => scannedTriggerGroups(b)));
      assert.equal(scanned.has('b2c'), audience === 'b2c', audience);
      assert.ok(scanned.has(COMMON_TRIGGERS));
    }
  });
});
