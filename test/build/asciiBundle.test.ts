import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import * as fc from 'fast-check';

/** Repository root, from the compiled test in out/test/test/build or from the source tree. */
const ROOT = (() => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'scripts', 'asciiBundle.mjs'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
})();

// The script is an ES module run by the build; the compiled tests are CommonJS.
const load = (): Promise<{ escapeNonAscii(code: string): string }> => import(pathToFileURL(path.join(ROOT, 'scripts', 'asciiBundle.mjs')).href);
const run = (code: string): unknown => vm.runInNewContext(code) as unknown;

describe('asciiBundle: escapeNonAscii', () => {
  it('leaves ASCII alone and writes every other character as a \\u escape', async () => {
    const { escapeNonAscii } = await load();
    assert.equal(escapeNonAscii('var a = /[a-z]+/g;'), 'var a = /[a-z]+/g;');
    assert.equal(escapeNonAscii('/[‘“]x–/u'), '/[\\u2018\\u201c]x\\u2013/u');
    assert.equal(escapeNonAscii('/😀/u'), '/\\ud83d\\ude00/u');
  });

  it('turns an identity escape of such a character into the \\u escape alone, and keeps an escaped backslash', async () => {
    const { escapeNonAscii } = await load();
    assert.equal(escapeNonAscii('/\\–/'), '/\\u2013/');
    assert.equal(escapeNonAscii('/\\\\–/'), '/\\\\\\u2013/');
    assert.equal((run(escapeNonAscii('/\\\\–/')) as RegExp).test('\\–'), true);
  });

  it('a pattern matches what it matched before, as a literal, as String.raw source, with and without u', async () => {
    const { escapeNonAscii } = await load();
    const letters = ['a', 'x', '-', ' ', '–', '—', '‘', '’', '“', 'é', 'ë', 'ß', 'ÿ', '€', '😀', '°', '•'];
    const piece = fc.oneof(
      fc.constantFrom(...letters),
      fc.constantFrom(...letters).map((c) => `\\${c}`),
      fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 4 }).map((cs) => `[${cs.join('')}]`),
      fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 4 }).map((cs) => `[^${cs.join('')}]`),
      fc.constantFrom('.', '\\s', '(?:', ')', '|', '+', '?', '\\\\'),
    );
    const pattern = fc.array(piece, { minLength: 1, maxLength: 8 }).map((ps) => ps.join(''));
    const subject = fc.array(fc.constantFrom(...letters, '\\', '.'), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(pattern, fc.constantFrom('g', 'gu', 'gi', 'giu'), fc.array(subject, { minLength: 1, maxLength: 6 }), (source, flags, subjects) => {
        let before: RegExp;
        try {
          before = new RegExp(source, flags);
        } catch {
          return; // not a pattern under these flags: the bundle cannot hold it either
        }
        const literal = run(escapeNonAscii(`/${source.replace(/\//g, '\\/')}/${flags}`)) as RegExp;
        const raw = new RegExp(run(escapeNonAscii(`String.raw\`${source.replace(/[`$]/g, '\\$&')}\``)) as string, flags);
        assert.ok(/^[\x00-\x7f]*$/.test(literal.source));
        for (const s of subjects) {
          const expected = [...s.matchAll(before)].map((m) => [m.index, m[0]]);
          assert.deepEqual([...s.matchAll(literal)].map((m) => [m.index, m[0]]), expected, `${source} /${flags} on ${s}`);
          assert.deepEqual([...s.matchAll(raw)].map((m) => [m.index, m[0]]), expected, `${source} (raw) /${flags} on ${s}`);
        }
      }),
    );
  });

  it('a string or template literal keeps its value', async () => {
    const { escapeNonAscii } = await load();
    for (const code of ['"Cliënt – “x”"', "'be\\ëindiging'", '`€ ${1 + 1} 😀`']) assert.equal(run(escapeNonAscii(code)), run(code));
  });
});
