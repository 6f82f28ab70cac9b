import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Repository root, from the bundled test in out/test/client/src or from the source tree. */
const ROOT = (() => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.nls.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
})();
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));

describe('extension manifest: titles and settings in English and Dutch', () => {
  const pkg = read('package.json');
  const en: Record<string, string> = read('package.nls.json');
  const nl: Record<string, string> = read('package.nls.nl.json');

  it('every %key% in package.json has an English and a Dutch text, and neither file has keys nobody uses', () => {
    const used = new Set([...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    assert.ok(used.size > 10, `only ${used.size} localised strings`);
    for (const k of used) {
      assert.ok(en[k]?.trim(), `package.nls.json lacks ${k}`);
      assert.ok(nl[k]?.trim(), `package.nls.nl.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(en).sort(), [...used].sort());
    assert.deepEqual(Object.keys(nl).sort(), [...used].sort());
  });

  it('command titles do not repeat their category ("Clausule: Clausule: …" in the palette)', () => {
    for (const c of pkg.contributes.commands) {
      assert.equal(c.category, 'Clausule', c.command);
      const key = /^%(.+)%$/.exec(c.title)?.[1];
      assert.ok(key, `${c.command} has a localised title`);
      for (const text of [en[key!], nl[key!]]) assert.doesNotMatch(text, /^Clausule\b/i, `${c.command}: ${text}`);
    }
  });

  it('the language of a draft is Dutch by default', () => {
    const taal = pkg.contributes.configuration.properties['clausule.taal'];
    assert.equal(taal.default, 'nl');
    assert.deepEqual(taal.enum, ['nl', 'en', 'auto']);
  });

  it('drafts get no word-based suggestions while typing (the library clauses and terms still come from the server)', () => {
    const d = pkg.contributes.configurationDefaults['[voorwaarden]'];
    assert.equal(d['editor.wordBasedSuggestions'], 'off');
    assert.equal(d['editor.suggest.showWords'], false);
  });

  it('no static snippets: the library clauses come from the server, numbered for their place in the draft', () => {
    assert.equal(pkg.contributes.snippets, undefined);
  });

  it('preview and export are reachable from the editor menus of a draft', () => {
    const context = pkg.contributes.menus['editor/context'].map((m: { command: string }) => m.command);
    for (const c of ['clausule.preview', 'clausule.exportDocx', 'clausule.exportHtml', 'clausule.renumber']) assert.ok(context.includes(c), c);
  });

  it('the package ships both translation files', () => {
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!package.nls.json') && ignore.includes('!package.nls.nl.json'));
  });
});
