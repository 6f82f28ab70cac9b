import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules } from '../core';
import { findWorkspaceConfig, problemLocation, readWorkspaceConfig } from './workspaceConfig';

/** The repository's schema, found from the test bundle's folder upward (or the working directory). */
function schemaFile(): string {
  for (let d = __dirname; ; d = path.dirname(d)) {
    const f = path.join(d, 'schemas', 'clausule.schema.json');
    if (fs.existsSync(f)) return f;
    if (path.dirname(d) === d) return path.join(process.cwd(), 'schemas', 'clausule.schema.json');
  }
}

describe('.clausule.json', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-config-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the JSON Schema lists exactly the rules of the registry', () => {
    const schema = JSON.parse(fs.readFileSync(schemaFile(), 'utf8'));
    const inSchema = Object.keys(schema.properties.rules.properties).sort();
    const inRegistry = allRules.map((r) => r.meta.id).sort();
    const fix = 'derived from the rule files: run `npm run rules:sync` (every build runs it)';
    assert.deepEqual(inSchema, inRegistry, `schemas/clausule.schema.json is ${fix}`);
    assert.equal(schema.properties.rules.additionalProperties, false);
    for (const id of inSchema) assert.deepEqual(schema.properties.rules.properties[id].enum, ['error', 'warning', 'information', 'hint', 'off'], `${id}: the schema is ${fix}`);
    // The editor setting clausule.rules offers the same ids.
    const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(path.dirname(schemaFile())), 'package.json'), 'utf8'));
    assert.deepEqual([...pkg.contributes.configuration.properties['clausule.rules'].propertyNames.enum].sort(), inRegistry, `package.json is ${fix}`);
  });

  it('every rule in the registry has its documentation page (the diagnostics link to it)', () => {
    const rulesDir = path.join(path.dirname(path.dirname(schemaFile())), 'server', 'src', 'core', 'rules');
    for (const r of allRules) {
      const md = path.join(rulesDir, `${r.meta.id}.md`);
      assert.ok(fs.existsSync(md), `missing ${md}`);
      const text = fs.readFileSync(md, 'utf8');
      assert.match(text, new RegExp(`^# ${r.meta.id} `), `${r.meta.id}.md starts with its id`);
      assert.match(text, /\*\*English\.\*\*/, `${r.meta.id}.md has an English summary`);
    }
  });

  it('reads valid settings', () => {
    const file = path.join(dir, '.clausule.json');
    fs.writeFileSync(file, JSON.stringify({ doelgroep: 'b2c', rules: { 'heldere-taal': 'hint', spelling: 'off' } }));
    const cfg = readWorkspaceConfig(file);
    assert.deepEqual(cfg.options, { audience: 'b2c', rules: { 'heldere-taal': 'hint', spelling: 'off' } });
    assert.deepEqual(cfg.problems, []);
  });

  it('drops and locates invalid entries, keeping the valid ones', () => {
    const file = path.join(dir, '.clausule.json');
    const text = '{\n  "doelgroep": "b2x",\n  "rules": {\n    "spelling": "off",\n    "spelfout": "error",\n    "getal-woord": "loud"\n  }\n}\n';
    fs.writeFileSync(file, text);
    const cfg = readWorkspaceConfig(file);
    assert.deepEqual(cfg.options.rules, { spelling: 'off' });
    assert.equal(cfg.options.audience, undefined);
    assert.deepEqual(cfg.problems.map((p) => p.path), ['doelgroep', 'rules.spelfout', 'rules.getal-woord']);
    const at = problemLocation(cfg, 'rules.spelfout');
    assert.equal(text.slice(at.start, at.end), '"spelfout"');
    const at2 = problemLocation(cfg, 'rules.getal-woord');
    assert.equal(text.slice(at2.start, at2.end), '"getal-woord"');
  });

  it('reports invalid JSON with its position and uses nothing of it', () => {
    const file = path.join(dir, '.clausule.json');
    fs.writeFileSync(file, '{ "doelgroep": "b2c", }');
    const cfg = readWorkspaceConfig(file);
    assert.ok(cfg.parseError);
    assert.deepEqual(cfg.options, {});
    const at = problemLocation(cfg, undefined);
    assert.ok(at.start > 0 && at.start <= 22, JSON.stringify(at));
  });

  it('is found in the folder of the draft or a parent', () => {
    fs.writeFileSync(path.join(dir, '.clausule.json'), '{ "doelgroep": "b2b" }');
    fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    const cfg = findWorkspaceConfig(pathToFileURL(path.join(dir, 'a', 'b', 'x.av')).toString());
    assert.equal(cfg?.options.audience, 'b2b');
    assert.equal(findWorkspaceConfig('untitled:Untitled-1'), undefined);
  });
});
