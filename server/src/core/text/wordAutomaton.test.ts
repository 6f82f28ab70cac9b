// The word automaton against the implementation it replaced (wordAutomaton.reference.ts).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldUnit, WordAutomaton } from './wordAutomaton';
import { lowerForGates } from './triggerWords';
import { referenceHits } from './wordAutomaton.reference';
import { runs } from '../testing/fuzz';


/** What the gates use: the text itself when the automaton can read it, else its lower case. */
function automatonHits(a: WordAutomaton, text: string): { hits: number[][]; direct: boolean } {
  const direct = a.find(text);
  return direct ? { hits: direct, direct: true } : { hits: a.find(lowerForGates(text), true)!, direct: false };
}

// Letters of the words: ASCII, Latin-1 (ß has no one-unit capital), Latin Extended, Greek sigmas, digits, signs.
const WORD_CHARS = ['a', 'b', 'e', 'i', 'k', 'n', 'o', 's', 't', 'ë', 'é', 'å', 'ß', 'ĳ', 'ő', 'σ', 'ς', '2', '4', '%', '-', '.', '§'];
// Text units that fold onto them or nearly: capitals, long s, Kelvin, Angstrom sign, dotted I, capital sharp s, capital sigma.
const ODD = ['A', 'E', 'I', 'K', 'S', 'Ë', 'É', 'Å', 'ſ', '\u212a', '\u212b', 'İ', 'ẞ', 'Σ', 'Ĳ', 'Ő', 'ı', 'ﬀ', '\ud801\udc00', '\ud801', '\r\n', '\n', ' ', '\t', '\u00a0', '’'];

const word = fc.array(fc.constantFrom(...WORD_CHARS), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
const wordSets = fc.uniqueArray(word, { minLength: 1, maxLength: 12 });

function vary(w: string): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom('same', 'same', 'upper', 'odd'), { minLength: w.length, maxLength: w.length }).map((how) =>
    [...w]
      .map((ch, i) => {
        if (how[i] === 'upper') return ch.toUpperCase();
        if (how[i] === 'odd') return ch === 'k' ? '\u212a' : ch === 's' ? '\u017f' : ch === 'å' ? '\u212b' : ch === 'i' ? 'İ' : ch === 'σ' ? 'Σ' : ch;
        return ch;
      })
      .join(''),
  );
}

function textOf(words: string[]): fc.Arbitrary<string> {
  const token = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...words).chain(vary) },
    { weight: 3, arbitrary: fc.constantFrom(...WORD_CHARS, ...ODD) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  );
  return fc.array(token, { maxLength: 40 }).map((a) => a.join(''));
}

function assertSame(words: string[], text: string): void {
  const a = new WordAutomaton(words);
  const { hits, direct } = automatonHits(a, text);
  assert.deepEqual(hits, referenceHits(words, text), JSON.stringify({ words, text }));
  // Read directly, offsets are the text's own: lower-casing kept every unit in place.
  if (direct) assert.equal(lowerForGates(text).length, text.length);
}

describe('text/wordAutomaton', () => {
  it('finds what the trie regex finds in the lower-cased text, overlaps included', () => {
    fc.assert(
      fc.property(wordSets.chain((ws) => fc.tuple(fc.constant(ws), textOf(ws))), ([ws, text]) => assertSame(ws, text)),
      { numRuns: runs(1500) },
    );
  });

  it('finds the same in arbitrary text', () => {
    fc.assert(fc.property(wordSets, fc.string({ unit: 'binary', maxLength: 60 }), (ws, text) => assertSame(ws, text)), { numRuns: runs(500) });
  });

  it('handles nested and overlapping words, case, long s, Kelvin sign, dotted I and sigma', () => {
    const words = ['schort', 'opschorten', 'op', 'o', 'ten', 'kk', 'σα', 'is'];
    for (const text of ['OPSCHORTEN', 'opſchorten', 'ooop', '\u212ak', 'İS is', 'ΣΑ σα', 'ΣΑ', 'kkk', '', 'x', 'opschortenopschorten']) assertSame(words, text);
    const a = new WordAutomaton(['s']);
    assert.equal(a.find('İs'), undefined); // two units in lower case ("i" and a combining dot): read the lower-cased text
    assert.deepEqual(a.find('İs'.toLowerCase(), true), [[2]]);
    assert.deepEqual(new WordAutomaton(['ab']).find('ΣAB'), [[1]]); // sigma only matters to words with a sigma
    assert.equal(new WordAutomaton(['σ']).find('ΣAB'), undefined);
  });

  it('works with a table too large for 16-bit entries', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyzëéïö';
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % letters.length;
    const words = Array.from({ length: 300 }, () => Array.from({ length: 10 }, () => letters[random()]).join(''));
    const unique = [...new Set(words)];
    const text = unique.slice(0, 60).join(' ').toUpperCase() + ' ' + unique.slice(100, 200).join('');
    const a = new WordAutomaton(unique);
    assert.ok((a as unknown as { next: unknown }).next instanceof Uint32Array);
    assert.deepEqual(automatonHits(a, text).hits, referenceHits(unique, text));
    assert.ok(referenceHits(unique, text).filter((h) => h.length).length >= 60);
  });

  it('refuses words it cannot match', () => {
    assert.throws(() => new WordAutomaton(['Abc']));
    assert.throws(() => new WordAutomaton(['\ud801\udc28']));
  });

  it('rests on facts of Unicode lower-casing', function () {
    this.timeout(60000);
    for (let c = 0; c < 0x10000; c++) {
      const f = foldUnit(c);
      const l = lowerForGates(String.fromCharCode(c));
      // One unit in, one unit out, the same as lower-casing does (or flagged), and stable under folding again.
      if (f < 0) assert.notEqual(l.length, 1, c.toString(16));
      else {
        assert.equal(String.fromCharCode(f), l, c.toString(16));
        assert.equal(foldUnit(f), f, c.toString(16));
      }
    }
    // Astral characters lower-case to astral characters, so their surrogates stay in place.
    for (let cp = 0x10000; cp <= 0x10ffff; cp++) {
      const l = String.fromCodePoint(cp).toLowerCase();
      if (l.length !== 2 || l.charCodeAt(0) < 0xd800 || l.charCodeAt(0) > 0xdbff) assert.fail(cp.toString(16));
    }
    // The one context-dependent mapping that String.prototype.toLowerCase applies (the others in
    // SpecialCasing.txt are language-specific): final sigma, hence capital sigma is unsafe.
    assert.equal('ΑΣ'.toLowerCase(), 'ας');
    assert.equal('ΑΣΑ'.toLowerCase(), 'ασα');
  });
});
