import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { clauseSig, edgeSig, edgeSigOfKey, hashKey, hasWords, normaliseClause, numbersOf, sentenceSig, sentenceSigOfText, Int32List, SHINGLE, shinglesInto, shinglesOf, shinglesOfPlain, wordHashes, WordHashes } from './clauseKey';
import { runs } from '../testing/fuzz';

describe('clauseKey: the in-place readers give what the plain definitions give', () => {
  const unit = fc.constantFrom('a', 'Z', 'é', 'É', 'ß', 'ÿ', '×', '÷', 'ª', 'µ', 'º', ' ', '\t', '\n', '\r\n', '1', '.', '’', '–', '€', 'ĳ', 'ſ', 'K', 'İ', 'Σ', 'ς', '\u{1F600}', '\u{10400}', '\u00a0');
  const anyText = fc.oneof(fc.string({ unit, maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }));

  it('clauseSig gives the hash and word count of the key normaliseClause builds', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (pre, s, post) => {
        const text = pre + s + post;
        const key = normaliseClause(s);
        const sig = clauseSig(text, pre.length, pre.length + s.length);
        assert.equal(sig.hash, hashKey(key), JSON.stringify(s));
        assert.equal(sig.words, key ? key.split(' ').length : 0, JSON.stringify(s));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('hasWords tells, where it answers, whether the key normaliseClause builds has n words', () => {
    let answered = 0;
    fc.assert(
      fc.property(anyText, anyText, anyText, fc.integer({ min: 0, max: 12 }), (pre, s, post, n) => {
        const key = normaliseClause(s);
        const words = key ? key.split(' ').length : 0;
        const got = hasWords(pre + s + post, pre.length, pre.length + s.length, n);
        if (got !== undefined) answered++;
        // Undefined only where the exact path is needed: text of letters and spaces always gets an answer.
        if (/^[a-z ]*$/i.test(s)) assert.notEqual(got, undefined, JSON.stringify(s));
        if (got !== undefined) assert.equal(got, words >= n, JSON.stringify([s, n]));
      }),
      { numRuns: runs(3000) },
    );
    assert.ok(answered > 0);
  });

  it('hasWords stops at the n-th word: a unit it cannot read after it does not matter', () => {
    assert.equal(hasWords('een twee drie Σ', 0, 15, 3), true);
    assert.equal(hasWords('een twee Σ drie', 0, 15, 3), undefined);
    assert.equal(hasWords('een, twee; drie.', 0, 16, 4), false);
  });

  it('every Latin-1 and punctuation code unit is classified and lower-cased as the key does', () => {
    for (let c = 0; c < 0x2100; c++) {
      const s = `x${String.fromCharCode(c)}y`;
      assert.equal(clauseSig(s, 0, 3).hash, hashKey(normaliseClause(s)), `U+${c.toString(16)}`);
    }
  });

  it('edgeSig gives the edge signature of the key normaliseClause builds', () => {
    const words = fc.array(fc.constantFrom('de', 'Leverancier', 'IS', 'niet', 'aansprakelijk', 'één', 'ÆØ', 'x'), { maxLength: 30 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(anyText, fc.oneof(anyText, words, fc.tuple(words, anyText, words).map((p) => p.join(''))), anyText, (pre, s, post) => {
        const text = pre + s + post;
        assert.equal(edgeSig(text, pre.length, pre.length + s.length), edgeSigOfKey(normaliseClause(s)), JSON.stringify(s));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('edgeSig reads every Latin-1 and punctuation code unit as the key does, at both ends', () => {
    for (let c = 0; c < 0x2100; c++) {
      const u = String.fromCharCode(c);
      for (const s of [`x${u}y`, `${u}${'ab '.repeat(20)}`, `${'ab '.repeat(20)}${u}`]) assert.equal(edgeSig(s, 0, s.length), edgeSigOfKey(normaliseClause(s)), `U+${c.toString(16)}`);
    }
  });

  it('sentenceSig gives the word hashes, key, numbers and whole hash the strings give', () => {
    const digits = fc.constantFrom('14', '2.500', '0', '7:404', '€ 100,00', '30 dagen', '1.2.3');
    const mixed = fc.array(fc.oneof(anyText, digits), { maxLength: 6 }).map((p) => p.join(' '));
    const long = fc.array(fc.constantFrom('de', 'Klant', 'betaalt', '14', 'dagen', 'één'), { minLength: 60, maxLength: 140 }).map((p) => p.join(' '));
    fc.assert(
      fc.property(anyText, fc.oneof(anyText, mixed, long), anyText, (pre, s, post) => {
        // A buffer that held another sentence's words before, and must grow for a long one.
        const words = new WordHashes();
        for (let i = 0; i < 70; i++) words.push(i);
        const got = sentenceSig(pre + s + post, pre.length, pre.length + s.length, words);
        assert.deepEqual({ ...got, words: words.toArray() }, sentenceSigOfText(s), JSON.stringify(s));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('sentenceSigOfText is its definition: key, words and numbers as strings', () => {
    const s = 'Binnen 14 dagen, uiterlijk op 1 januari: Één Klant.';
    const sig = sentenceSigOfText(s);
    assert.equal(normaliseClause(s), 'binnen dagen uiterlijk op januari één klant');
    assert.equal(numbersOf(s), '14 1');
    assert.deepEqual(sig, { words: normaliseClause(s).split(' ').map((w) => hashKey(w) | 0), key: hashKey(normaliseClause(s)), numbers: hashKey('14 1'), whole: hashKey(`${normaliseClause(s)}#14 1`) });
    assert.equal(sentenceSigOfText('geen getal').numbers, undefined);
    assert.equal(sentenceSigOfText('geen getal').whole, hashKey('geen getal'));
  });

  it('wordHashes hashes each word of a key as hashKey does', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const key = normaliseClause(s);
        assert.deepEqual(wordHashes(key), key ? key.split(' ').map((w) => hashKey(w) | 0) : []);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('shinglesOf and shinglesInto give the distinct shingle hashes, ascending, of their plain definition', () => {
    const word = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    // Few distinct words, so that shingles repeat.
    const repetitive = fc.array(fc.constantFrom(1, 2, 3, -4), { maxLength: 30 });
    // Long sentences too: past the length where the sort changes method.
    const long = fc.array(word, { minLength: 40, maxLength: 90 });
    fc.assert(
      fc.property(fc.oneof(fc.array(word, { maxLength: 30 }), repetitive, long), fc.array(word, { maxLength: 70 }), (words, before) => {
        const got = shinglesOf(words);
        assert.deepEqual(got, shinglesOfPlain(words));
        // The first `count` words of a longer buffer, as a typed array.
        const count = Math.max(0, words.length - 2);
        assert.deepEqual(shinglesOf(Int32Array.from(words), count), shinglesOfPlain(words.slice(0, count)));
        for (let i = 1; i < got.length; i++) assert.ok(got[i - 1] < got[i]);
        // Appended after another sentence's shingles, which stay as they were.
        const list = new Int32List();
        for (const h of before) list.push(h);
        assert.equal(shinglesInto(words, words.length, list), got.length);
        assert.deepEqual(list.toArray(), [...before, ...got]);
        if (words.length >= SHINGLE) assert.ok(got.length >= 1);
      }),
      { numRuns: runs(1000) },
    );
  });
});
