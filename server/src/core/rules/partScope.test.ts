import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { scopeStatementAt, scopeStatementPlain } from './partScope';
import { GenerationalMemo } from '../engine/incrementalMemo';
import { runs } from '../testing/fuzz';

describe('partScope: scope statements', () => {
  it('reads a statement that opens a part, and nothing in a part that opens otherwise', () => {
    const text = 'Deze module is van toepassing op hosting.\nVoor de webshop gelden de volgende voorwaarden:\nDe Klant betaalt binnen dertig dagen.';
    assert.equal(scopeStatementAt(text, 0, text.length), scopeStatementPlain(text, 0, text.length));
    assert.ok(scopeStatementAt(text, 0, text.length)?.startsWith('deze module is van toepassing op hosting'));
    assert.ok(scopeStatementAt(text, 42, text.length)?.startsWith('voor de webshop gelden de volgende voorwaarden'));
    assert.equal(scopeStatementAt(text, 91, text.length), undefined);
    assert.equal(scopeStatementAt('  \t\n', 0, 4), undefined);
  });

  it('skips only texts the plain reading finds no statement in', () => {
    const piece = fc.constantFrom(
      'Voor', 'voor', 'OP', 'op', 'De', 'de', 'Deze', 'deze', 'Dit', 'dit', 'volgende', 'Onderstaande', 'module', 'hoofdstuk', 'is', 'zijn',
      'gelden', 'geldt', 'voorwaarden', 'bepalingen', 'van toepassing op', 'geldt voor', ':', '.', ' ', '  ', '\t', '\n', '\u00a0', '\ufeff',
      'Ⅾe', 'É', 'x', '1.', 'hosting', 'de webshop', 'de volgende voorwaarden',
      'Deze module is van toepassing op hosting.', 'Voor de webshop gelden de volgende voorwaarden:', 'De onderstaande bepalingen gelden voor',
    );
    const text = fc.oneof(fc.array(piece, { maxLength: 14 }).map((p) => p.join(' ')), fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 }));
    let found = 0;
    // With a memo (kept between analyses), read the first time and remembered the second.
    const memo = new GenerationalMemo<string>();
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), text, fc.string({ maxLength: 3 }), (pre, s, post) => {
        const all = pre + s + post;
        const plain = scopeStatementPlain(all, pre.length, pre.length + s.length);
        if (plain) found++;
        assert.equal(scopeStatementAt(all, pre.length, pre.length + s.length), plain, JSON.stringify(s));
        assert.equal(scopeStatementAt(all, pre.length, pre.length + s.length, memo), plain, JSON.stringify(s));
        assert.equal(scopeStatementAt(all, pre.length, pre.length + s.length, memo), plain, JSON.stringify(s));
      }),
      { numRuns: runs(500) },
    );
    assert.ok(found > 0, 'the texts include statements');
  });
});
