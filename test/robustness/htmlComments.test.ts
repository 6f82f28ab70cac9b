// The linear HTML-comment scanner that replaced quadratic lazy regexes must find exactly what they found.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { htmlComments, stripHtmlComments } from '../../server/src/core/text/htmlComments';
import { fcParams } from './harness';

const soup = fc.array(fc.constantFrom('<!--', '-->', '<!-->', '--', '-', '>', '<', '!', 'a', ' ', '\n', '\r', '\u2028'), { maxLength: 40 }).map((p) => p.join(''));
const spans = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));

describe('robustness: linear HTML comment scanning', () => {
  it('equals /<!--.*?-->/g (single line) and /<!--[^]{0,N}?-->/g (bounded) on any mix of markers', () => {
    fc.assert(
      fc.property(soup, fc.nat(12), (s, n) => {
        assert.deepEqual(htmlComments(s, { singleLine: true }), spans(/<!--.*?-->/g, s));
        assert.deepEqual(htmlComments(s, { maxInner: n }), spans(new RegExp(`<!--[^]{0,${n}}?-->`, 'g'), s));
        assert.deepEqual(htmlComments(s), spans(/<!--[^]*?-->/g, s));
        assert.equal(stripHtmlComments(s), s.replace(/<!--.*?-->/g, ''));
      }),
      fcParams(500),
    );
  });

  it('is linear on a long line of unclosed openers', () => {
    const s = '<!--'.repeat(250_000) + '\n-->';
    const t = Date.now();
    assert.deepEqual(htmlComments(s, { singleLine: true }), []);
    assert.equal(htmlComments(s, { maxInner: 2000 }).length, 1); // only the last 500 openers are near enough to the close; the first of them wins
    assert.equal(htmlComments(s).length, 1);
    assert.ok(Date.now() - t < 2000, `took ${Date.now() - t} ms`);
  });
});
