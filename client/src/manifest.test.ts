import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/core';
import { RENAMED_SETTINGS } from './settingKeys';
import { featureCapabilities } from '../../server/src/lsp/capabilities';

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
    const language = pkg.contributes.configuration.properties['clausule.language'];
    assert.equal(language.default, 'nl');
    assert.deepEqual(language.enum, ['nl', 'en', 'auto']);
  });

  it('setting keys are English; each Dutch key of earlier versions is still declared, marked as replaced, with no default of its own', () => {
    const props: Record<string, { default?: unknown; markdownDeprecationMessage?: string; type?: string; enum?: unknown }> = pkg.contributes.configuration.properties;
    const dutch = new Set(Object.values(RENAMED_SETTINGS).map((k) => `clausule.${k}`));
    for (const [english, old] of Object.entries(RENAMED_SETTINGS)) {
      const now = props[`clausule.${english}`];
      const before = props[`clausule.${old}`];
      assert.ok(now && now.default !== undefined, `clausule.${english} is declared with a default`);
      assert.ok(before, `clausule.${old} is still declared`);
      assert.equal(before.default, undefined, `clausule.${old} has no default (the English key's default applies)`);
      assert.equal(before.type, now.type);
      assert.deepEqual(before.enum, now.enum);
      const key = /^%(.+)%$/.exec(before.markdownDeprecationMessage ?? '')?.[1];
      assert.ok(key && en[key].includes(`clausule.${english}`) && nl[key].includes(`clausule.${english}`), `clausule.${old} names its replacement`);
    }
    for (const k of Object.keys(props).filter((k) => !dutch.has(k))) {
      assert.doesNotMatch(k, /taal|doelgroep|woorden|bestanden|plattetekst|regels/, `${k} is an English key`);
      assert.equal(props[k].markdownDeprecationMessage, undefined, k);
    }
  });

  it('clausule.rules offers every rule id with its severities, and describes each with its title and true default', () => {
    const fix = 'package.json and package.nls*.json are derived from the rule files: run `npm run rules:sync` (every build runs it)';
    const rules = pkg.contributes.configuration.properties['clausule.rules'];
    const ids = allRules.map((r) => r.meta.id).sort();
    assert.deepEqual(Object.keys(rules.properties).sort(), ids, fix);
    assert.deepEqual([...rules.propertyNames.enum].sort(), ids, `unknown ids are flagged; ${fix}`);
    for (const r of allRules) {
      const p = rules.properties[r.meta.id];
      assert.deepEqual(p.enum, ['error', 'warning', 'information', 'hint', 'off'], `${r.meta.id}: ${fix}`);
      const key = /^%(.+)%$/.exec(p.markdownDescription)?.[1];
      assert.ok(key, `${r.meta.id} has a localised description; ${fix}`);
      const dflt = r.meta.enabledByDefault === false ? 'off' : r.meta.defaultSeverity;
      assert.equal(en[key!], `${r.meta.title.en} (default: ${dflt})`, `${r.meta.id}: ${fix}`);
      assert.equal(nl[key!], `${r.meta.title.nl} (standaard: ${dflt})`, `${r.meta.id}: ${fix}`);
    }
  });

  it('drafts get the prose defaults VS Code gives Markdown: no suggestions while typing, no word suggestions', () => {
    const d = pkg.contributes.configurationDefaults['[voorwaarden]'];
    assert.deepEqual(d['editor.quickSuggestions'], { comments: 'off', strings: 'off', other: 'off' });
    assert.equal(d['editor.wordWrap'], 'on');
    assert.equal(d['editor.unicodeHighlight.ambiguousCharacters'], false);
    assert.equal(d['editor.unicodeHighlight.invisibleCharacters'], false);
    assert.equal(d['diffEditor.ignoreTrimWhitespace'], false);
    assert.equal(d['editor.wordBasedSuggestions'], 'off');
    assert.equal(d['editor.suggest.showWords'], false);
  });

  it('a library prefix still opens the clauses: "-" is a trigger character and never ends a word', () => {
    // VS Code ignores a trigger character typed at the end of a word (it leaves that to quick suggestions,
    // which are off): so "av-" must end before its hyphen, while a hyphen inside a word keeps the word whole.
    assert.ok(featureCapabilities.completion.completionProvider.triggerCharacters.includes('-'));
    const pattern = new RegExp(read('language-configuration.json').wordPattern, 'g');
    const words = (text: string) => text.match(pattern);
    assert.deepEqual(words('av-'), ['av']);
    assert.deepEqual(words('av-aansprakelijkheid-'), ['av-aansprakelijkheid']);
    assert.deepEqual(words('mee- en tegenvallers per e-mail'), ['mee', 'en', 'tegenvallers', 'per', 'e-mail']);
    assert.deepEqual(words("artikel 7:408 en 3.2 van de cliënt's offerte"), ['artikel', '7:408', 'en', '3.2', 'van', 'de', "cliënt's", 'offerte']);
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
