import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from './lineIndex';
import { nfcMap, NfcMap, NfcPositions } from './nfc';
import { runs } from '../testing/fuzz';

// The code units nfc.ts reads as stable without asking ICU (kept in step with STABLE there).
const STABLE: number[] = [];
for (let c = 0; c <= 0x2ff; c++) STABLE.push(c);
for (let c = 0x2002; c <= 0x20bf; c++) STABLE.push(c);

// Pieces a converted draft holds: plain words, composed and decomposed letters, marks without a composed
// form, letters and marks of other scripts, Hangul jamo, surrogate pairs, lone marks after a line break.
const PIECES = [
  'de ', 'Cliënt', 'Clie\u0308nt', 'beëindiging', 'bee\u0308indiging', 'ide\u0301e', 'e\u0301e\u0300n', 'j\u0301', 'q\u0301\u0308',
  'A\u030a', '\u212b', '\u2126', 'Ω', 'e\u0327\u0301', 'e\u0301\u0327', '\u1100\u1161', '\u1100\u1161\u11a8', 'ᄀ', '\u1161', '😀', 'e\u0308😀',
  '\n', '\r\n', '\n\u0308', ' \u0301', '€ 10', '–', '’', 'ß', 'ſ', '\u0345', 'α\u0301', 'Ж', 'ﬁ', '\ud800', '.', '\u2000',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));

describe('text/nfc', () => {
  it('every pair of stable code units is NFC, so a text of them needs no ICU call', () => {
    for (const a of STABLE) {
      const ca = String.fromCharCode(a);
      assert.equal(ca.normalize('NFC'), ca, `U+${a.toString(16)}`);
      for (const b of STABLE) {
        const pair = ca + String.fromCharCode(b);
        if (pair.normalize('NFC') !== pair) assert.fail(`U+${a.toString(16)} U+${b.toString(16)}`);
      }
    }
  });

  it('gives no map for a text that is NFC, and the NFC text with exact offsets otherwise', () => {
    assert.equal(nfcMap('Artikel 1 – Beëindiging; € 10,–. “Cliënt” ’s'), undefined);
    assert.equal(nfcMap('Ω 😀 Ж'), undefined);
    const original = 'De bee\u0308indiging door Clie\u0308nt.';
    const map = nfcMap(original)!;
    assert.equal(map.text, 'De beëindiging door Cliënt.');
    // "ë" (NFC 5..6) covers "e" + U+0308 (original 5..7); everything after shifts by one, then by two.
    assert.deepEqual(map.span({ start: 3, end: 14 }), { start: 3, end: 15 });
    assert.deepEqual(map.span({ start: 5, end: 6 }), { start: 5, end: 7 });
    assert.deepEqual(map.span({ start: 20, end: 26 }), { start: 21, end: 28 });
    assert.equal(map.toNormal(6), 5); // inside the decomposed letter: its start
    assert.equal(map.toNormal(6, true), 6);
    assert.equal(map.toNormal(7), 6);
  });

  it('the map of any text: its NFC form, monotone offsets, and every span covers what it maps', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (original, x, y) => {
        const nfc = original.normalize('NFC');
        const map = nfcMap(original);
        if (!map) return assert.equal(nfc, original);
        assert.equal(map.text, nfc);
        assert.equal(map.toOriginal(0), 0);
        assert.equal(map.toOriginal(nfc.length), original.length);
        assert.equal(map.toNormal(original.length), nfc.length);
        let before = 0;
        for (let i = 0; i <= nfc.length; i++) {
          const o = map.toOriginal(i);
          assert.ok(o >= before && map.toOriginal(i, true) >= o);
          assert.ok(map.toNormal(o) <= i && map.toNormal(map.toOriginal(i, true), true) >= i);
          before = o;
        }
        const i = x % (nfc.length + 1);
        const j = i + (y % (nfc.length - i + 1));
        const s = map.span({ start: i, end: j });
        assert.ok(s.start <= s.end);
        assert.ok(original.slice(s.start, s.end).normalize('NFC').includes(nfc.slice(i, j)));
      }),
      { numRuns: runs(2000) },
    );
  });

  it('positions: NFC offsets read against the original lines, both ways', () => {
    const original = 'Artikel 1\nDe bee\u0308indiging.\n';
    const map = nfcMap(original)!;
    const positions = new NfcPositions(map, new LineIndex(original));
    const at = map.text.indexOf('indiging');
    assert.deepEqual(positions.positionAt(at), { line: 1, character: 7 });
    assert.equal(positions.offsetAt({ line: 1, character: 7 }), at);
    const e = map.text.indexOf('ë');
    assert.deepEqual(positions.positionAt(e), { line: 1, character: 5 });
    assert.equal(positions.offsetAt({ line: 1, character: 6 }), e); // between the letter and its mark
    assert.deepEqual(positions.positionAt(e + 1, true), { line: 1, character: 7 });
  });

  it('a map that follows edits equals the map of the edited text read in full', () => {
    // Edits that split, join, lengthen and shorten runs of marks, also at the start and end of the text.
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 4 }), ins: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }).map((p) => p.join('')) });
    let composedAfterEdit = 0;
    fc.assert(
      fc.property(textArb, fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
        let text = start;
        let map = NfcMap.of(text);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          const del = Math.min(e.del, text.length - at);
          text = text.slice(0, at) + e.ins + text.slice(at + del);
          map = map.follow(text, { start: at, oldEnd: at + del, newEnd: at + e.ins.length });
          const fresh = NfcMap.of(text);
          assert.deepEqual(map, fresh, `after ${JSON.stringify(e)} in ${JSON.stringify(text)}`);
          assert.equal(map.text, text.normalize('NFC'));
          if (map.changed) composedAfterEdit++;
        }
      }),
      { numRuns: runs(1000) },
    );
    assert.ok(composedAfterEdit > 1000, `${composedAfterEdit} edited texts with composed pieces`);
  });

  it('a map that follows an edit far from any mark keeps the pieces and composes nothing again', () => {
    const text = 'De bee\u0308indiging. ' + 'x'.repeat(50) + ' door Clie\u0308nt.';
    const map = NfcMap.of(text);
    const at = text.indexOf('x') + 10;
    const edited = text.slice(0, at) + 'yy' + text.slice(at + 1);
    const moved = map.follow(edited, { start: at, oldEnd: at + 1, newEnd: at + 2 });
    assert.equal(moved.text, edited.normalize('NFC'));
    assert.deepEqual(moved.composedIn(0, moved.text.length), [{ start: 5, end: 6 }, { start: moved.text.indexOf('ë', 10), end: moved.text.indexOf('ë', 10) + 1 }]);
    assert.equal(moved.toOriginal(moved.text.length), edited.length);
  });
});
