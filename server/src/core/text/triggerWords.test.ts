// triggersOf (one automaton pass per block and word group) against the trie regex it replaced, for
// the words the rules really register, on text made of those words in varied case and odd characters.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Analyzer, allRules } from '../index';
import { asciiStarts, COMMON_TRIGGERS, lowerForGates, matchesNear, registeredTriggerWords, scannedTriggerGroups, triggerWords, triggersOf } from './triggerWords';
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
      // One pass per article for everything else: the party names (definitie-partijnaam) are common words.
      assert.deepEqual([...scanned].sort(), audience === 'b2c' ? ['b2c', COMMON_TRIGGERS].sort() : [COMMON_TRIGGERS]);
    }
  });
});

describe('text/triggerWords: asciiStarts', () => {
  it('admits the first letters in either case and every non-ASCII unit, not after an ASCII letter', () => {
    const canStart = asciiStarts('os');
    const at = (text: string) => [...text].map((_, i) => (canStart(text, i) ? 1 : 0)).join('');
    assert.equal(at('os OS x ſ é 1o -s'), '10010000101001001');
    assert.equal(at('xo ko'), '00000');
    assert.throws(() => asciiStarts('O'));
  });
});

describe('text/triggerWords: matchesNear', () => {
  /** The plain scan matchesNear stands for: every match of the global pattern, in order. */
  function plain(re: RegExp, text: string): Array<[number, string[], Record<string, string> | undefined]> {
    const out: Array<[number, string[], Record<string, string> | undefined]> = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, [...m], m.groups ? { ...m.groups } : undefined]);
    return out;
  }
  // Patterns of the forms the rules use, each with the words every match holds within `back` of its start:
  // a look-behind, a bounded gap before the word, named groups, a numbered back-reference, a pattern
  // without /u, a cheap start test, and matches that end in the word; the text has surrogate pairs and halves.
  const cases: Array<{ re: RegExp; words: string[]; back: number; canStart?: (t: string, at: number) => boolean }> = [
    { re: /(?<![\p{L}])(?:niet|nooit)[ \t\n]{1,4}(?:\p{L}+[ \t\n]{1,4}){0,3}aansprakelijk/giu, words: ['aansprakelijk'], back: 40 },
    { re: /(?<kind>redelijke?|passende?)[ \t]{1,3}(?:\p{L}+[ \t]{1,3}){0,2}termijn(?<s>en)?/giu, words: ['termijn'], back: 40 },
    { re: /(?<![\p{L}])(de|het)[ \t]+\1(?![\p{L}])/giu, words: ['de', 'het'], back: 4 },
    { re: /zo[ \t\n]{1,4}(?:snel|spoedig)[ \t\n]{1,4}mogelijk/gi, words: ['mogelijk'], back: 24, canStart: (t, at) => (t.charCodeAt(at) | 0x20) === 122 },
    { re: /op[ \t]*te[ \t]*schorten|opschort/giu, words: ['schort'], back: 10 },
  ];
  const pieces = [' ', '  ', '\t', '\n', '.', ', ', 'de ', 'het ', 'de de ', 'het het ', 'niet ', 'Niet ', 'nooit ', 'aansprakelijk', 'Aansprakelijk', 'is ', 'jegens ', 'redelijke ', 'passende ', 'termijn', 'termijnen', 'zo ', 'Zo ', 'snel ', 'spoedig ', 'mogelijk', 'op ', 'te ', 'schorten', 'opschorten', 'é', 'İ', '\u017f', '\ud835\udc00', '\ud835', '\udc00', 'x'];
  for (const { re, words, back, canStart } of cases) {
    it(`finds what a plain scan finds: /${re.source.slice(0, 40)}…/ within ${back}`, () => {
      const ids = triggerWords(words);
      fc.assert(
        fc.property(fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...words) }, { weight: 7, arbitrary: fc.constantFrom(...pieces) }), { maxLength: 60 }), (parts) => {
          const text = parts.join('');
          const block: Block = { span: { start: 0, end: text.length }, text, firstLine: 0 };
          const got = matchesNear(block, re, ids, back, canStart).map((m): [number, string[], Record<string, string> | undefined] => [m.index, [...m], m.groups ? { ...m.groups } : undefined]);
          assert.deepEqual(got, plain(re, text), JSON.stringify(text));
        }),
        { numRuns: runs(300) },
      );
    });
  }
  it('finds matches at all (the property above is not vacuous)', () => {
    const text = 'Wij zijn niet aansprakelijk. Een redelijke termijn, zo snel mogelijk, de de zaak; op te schorten.';
    const block: Block = { span: { start: 0, end: text.length }, text, firstLine: 0 };
    for (const { re, words, back, canStart } of cases) assert.equal(matchesNear(block, re, triggerWords(words), back, canStart).length, 1, re.source);
  });
});
