import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Repository root, from the compiled test in out/test/test/build or from the source tree. */
const ROOT = (() => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'scripts', 'rules-sync.mjs'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
})();

interface Meta {
  id: string;
  title: { nl: string; en: string };
  default: string;
}
interface RulesSync {
  syncRules(o?: { root?: string; check?: boolean }): Promise<string[]>;
  ruleFiles(root: string): string[];
  renderNls(text: string, metas: Meta[], describe: (m: Meta) => string): string;
  renderPackage(text: string, metas: Meta[]): string;
}
// The script is an ES module run by node before any build; the compiled tests are CommonJS.
const load = (): Promise<RulesSync> => import(pathToFileURL(path.join(ROOT, 'scripts', 'rules-sync.mjs')).href);

const FIX = 'run `npm run rules:sync` (every build runs it)';
const meta = (id: string, d = 'warning'): Meta => ({ id, title: { nl: `Regel ${id}`, en: `Rule ${id}` }, default: d });

/** A minimal repository: the four derived files and a rules folder. */
function scratchRepo(rules: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-rules-sync-'));
  const dir = path.join(root, 'server', 'src', 'core', 'rules');
  fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(root, 'schemas'));
  for (const [name, text] of Object.entries(rules)) fs.writeFileSync(path.join(dir, name), text);
  fs.writeFileSync(path.join(dir, 'registry.ts'), '');
  const setting = { type: 'object', propertyNames: { enum: [] }, properties: {}, markdownDescription: '%config.rules.markdownDescription%' };
  const pkg = { name: 'x', contributes: { configuration: { properties: { 'clausule.language': { type: 'string' }, 'clausule.rules': setting } } } };
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  const nls = (s: string) => JSON.stringify({ 'config.language': s, 'config.rules.markdownDescription': s, 'config.rules.gone': s, 'command.x': s }, null, 2) + '\n';
  fs.writeFileSync(path.join(root, 'package.nls.json'), nls('en'));
  fs.writeFileSync(path.join(root, 'package.nls.nl.json'), nls('nl'));
  const schema = { properties: { rules: { type: 'object', properties: {}, additionalProperties: false } } };
  fs.writeFileSync(path.join(root, 'schemas', 'clausule.schema.json'), JSON.stringify(schema, null, 2) + '\n');
  return root;
}

const ruleSource = (id: string, extra = '') =>
  `${extra}export const rule = { scope: 'block', meta: { id: '${id}', category: 'praktijk', defaultSeverity: 'hint', ` +
  `title: { nl: 'Titel ${id}', en: 'Title ${id}' }, messages: {} }, check() {} };\n`;

describe('scripts/rules-sync.mjs: the registry and the manifest follow the rule files', () => {
  it('the registry, the schema, package.json and both nls files of this repository are up to date', async () => {
    const { syncRules } = await load();
    const stale = await syncRules({ root: ROOT, check: true });
    assert.deepEqual(stale, [], `derived from the rule files but out of date: ${stale.join(', ')}; ${FIX}`);
  });

  it('a rule is a file that exports `rule`: tests, helpers and the registry itself are not', async () => {
    const { ruleFiles } = await load();
    const root = scratchRepo({
      'zeta-regel.ts': ruleSource('zeta-regel'),
      'alfa.ts': ruleSource('alfa'),
      'alfa.test.ts': "export const rule = 'not a rule file';\n",
      'helper.ts': 'export const ruleOfThumb = 1;\n',
      'index.ts': "export const rule = 'the index';\n",
    });
    try {
      assert.deepEqual(ruleFiles(root), ['alfa', 'zeta-regel']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('a new rule file is registered and described in every manifest file, in both languages; a second run writes nothing', async () => {
    const { syncRules } = await load();
    const root = scratchRepo({ 'nieuwe-regel.ts': ruleSource('nieuwe-regel'), 'helper.ts': 'export const x = 1;\n' });
    try {
      const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
      assert.deepEqual((await syncRules({ root, check: true })).length, 5, 'check mode reports every stale file');
      assert.equal(read('server/src/core/rules/registry.ts'), '', 'check mode writes nothing');
      await syncRules({ root });
      assert.match(read('server/src/core/rules/registry.ts'), /import \{ rule as nieuweRegel \} from '\.\/nieuwe-regel';[^]*export const allRules: Rule\[\] = \[\n {2}nieuweRegel,\n\];/);
      const setting = JSON.parse(read('package.json')).contributes.configuration.properties['clausule.rules'];
      assert.deepEqual(setting.propertyNames.enum, ['nieuwe-regel']);
      assert.deepEqual(setting.properties['nieuwe-regel'], { type: 'string', enum: ['error', 'warning', 'information', 'hint', 'off'], markdownDescription: '%config.rules.nieuwe-regel%' });
      assert.equal(setting.markdownDescription, '%config.rules.markdownDescription%', 'the rest of the setting is kept');
      assert.equal(JSON.parse(read('package.nls.json'))['config.rules.nieuwe-regel'], 'Title nieuwe-regel (default: hint)');
      assert.equal(JSON.parse(read('package.nls.nl.json'))['config.rules.nieuwe-regel'], 'Titel nieuwe-regel (standaard: hint)');
      const schema = JSON.parse(read('schemas/clausule.schema.json')).properties.rules;
      assert.equal(schema.properties['nieuwe-regel'].description, 'Titel nieuwe-regel / Title nieuwe-regel (standaard/default: hint)');
      assert.equal(schema.additionalProperties, false);
      const before = ['package.json', 'package.nls.json', 'package.nls.nl.json', 'schemas/clausule.schema.json'].map(read);
      assert.deepEqual(await syncRules({ root }), []);
      assert.deepEqual(['package.json', 'package.nls.json', 'package.nls.nl.json', 'schemas/clausule.schema.json'].map(read), before);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('a rule file named otherwise than its rule id is refused, and nothing is written', async () => {
    const { syncRules } = await load();
    const root = scratchRepo({ 'goede-naam.ts': ruleSource('goede-naam'), 'oude-naam.ts': ruleSource('nieuwe-naam') });
    try {
      await assert.rejects(syncRules({ root }), /oude-naam\.ts holds rule 'nieuwe-naam'/);
      assert.equal(fs.readFileSync(path.join(root, 'server/src/core/rules/registry.ts'), 'utf8'), '');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('nls files: rule keys in id order after the setting description, keys of removed rules dropped, other keys in place', async () => {
    const { renderNls } = await load();
    const text = JSON.stringify({ a: '1', 'config.rules.old': 'x', 'config.rules.markdownDescription': 'd', b: '2', 'config.rules.b-rule': 'y' }, null, 2) + '\n';
    const out = JSON.parse(renderNls(text, [meta('b-rule'), meta('a-rule', 'off')], (m) => `${m.title.en} (default: ${m.default})`));
    assert.deepEqual(Object.entries(out), [
      ['a', '1'],
      ['config.rules.markdownDescription', 'd'],
      ['config.rules.a-rule', 'Rule a-rule (default: off)'],
      ['config.rules.b-rule', 'Rule b-rule (default: warning)'],
      ['b', '2'],
    ]);
  });

  it('package.json: only the clausule.rules setting changes, and not a byte when the rules did not', async () => {
    const { renderPackage } = await load();
    const text = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const ids: string[] = JSON.parse(text).contributes.configuration.properties['clausule.rules'].propertyNames.enum;
    const metas = ids.map((id) => meta(id));
    assert.equal(renderPackage(text, metas), text);
    const changed = JSON.parse(renderPackage(text, metas.slice(1)));
    const original = JSON.parse(text);
    assert.deepEqual(changed.contributes.configuration.properties['clausule.rules'].propertyNames.enum, ids.slice(1));
    delete changed.contributes.configuration.properties['clausule.rules'];
    delete original.contributes.configuration.properties['clausule.rules'];
    assert.deepEqual(changed, original);
  });
});
