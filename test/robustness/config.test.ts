// Workspace trust: configuration from the workspace (.clausule.json, workspace settings) is data only. Any
// JSON value is validated against the schema's vocabulary; what is invalid is dropped and reported; nothing in
// it is executed or pollutes an object; an invalid .clausule.json gets a diagnostic on that file and the
// defaults apply to the drafts beside it.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { allRules, validateOptions } from '../../server/src/core';
import { analyseChecked, fcParams, ROOT, suiteTimeout } from './harness';
import { RawClient } from './rawClient';

const known = new Set(allRules.map((r) => r.meta.id));
const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'clausule.schema.json'), 'utf8'));

/** Objects that JSON can build and that make String() throw: own "toString"/"valueOf" keys that are not functions. */
const unprintable = fc.constantFrom(...['{"toString":1}', '{"toString":null,"valueOf":null}', '{"valueOf":{},"toString":[]}'].map((j) => JSON.parse(j)));
const anyValue = fc.oneof(fc.jsonValue(), unprintable);

/** Config-shaped JSON with hostile values: wrong types, unknown rules, prototype keys, huge and odd numbers. */
const hostile = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      doelgroep: fc.oneof(fc.constantFrom('b2b', 'b2c', 'auto', 'B2C', '', 'consument'), anyValue),
      audience: fc.jsonValue(),
      rules: fc.oneof(
        fc.dictionary(fc.oneof(fc.constantFrom(...known), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'), fc.string()), fc.oneof(fc.constantFrom(...SEVERITIES), anyValue)),
        fc.jsonValue(),
      ),
      largeDocumentThreshold: fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -1, 1e308, Number.MAX_SAFE_INTEGER), fc.jsonValue()),
      __proto__: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
);

describe('robustness: workspace configuration is data only', function () {
  this.timeout(suiteTimeout(60_000));

  it('validateOptions accepts any JSON value without throwing and keeps only valid entries', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        // Round-trip through JSON text, as .clausule.json arrives: "__proto__" is then an own key.
        const parsed = JSON.parse(JSON.stringify(raw) ?? 'null');
        const { options, problems } = validateOptions(parsed, known);
        if (options.audience !== undefined) assert.ok(['b2b', 'b2c', 'auto'].includes(options.audience));
        if (options.rules !== undefined) {
          for (const [id, sev] of Object.entries(options.rules)) {
            assert.ok(known.has(id), `unknown rule kept: ${id}`);
            assert.ok(SEVERITIES.has(sev), `invalid severity kept: ${String(sev)}`);
          }
        }
        if (options.largeDocumentThreshold !== undefined) assert.ok(Number.isFinite(options.largeDocumentThreshold) && options.largeDocumentThreshold > 0);
        for (const p of problems) assert.ok(typeof p.path === 'string' && p.message.nl && p.message.en);
        assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
        // Whatever survived is safe to analyse with.
        analyseChecked('## Artikel 1 – Duur\n1.1 Binnen dertig (14) dagen, ten allen tijde.\n', options);
      }),
      fcParams(300),
    );
  });

  it('values that cannot be converted to a string (own "toString" keys) are reported, not thrown on', () => {
    // Found by `npm run fuzz`: String() of such an object threw from inside validateOptions, so one bad
    // .clausule.json switched off the analysis of every draft beside it.
    const raw = JSON.parse('{"doelgroep": {"toString": 1}, "rules": {"spelling": {"toString": null, "valueOf": null}, "getal-woord": "off"}}');
    const { options, problems } = validateOptions(raw, known);
    assert.deepEqual(options.rules, { 'getal-woord': 'off' });
    assert.deepEqual(problems.map((p) => p.path).sort(), ['doelgroep', 'rules.spelling']);
    assert.match(problems.find((p) => p.path === 'doelgroep')!.message.en, /toString/);
  });

  it('a "__proto__" key in .clausule.json is data, not a prototype', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": true}, "rules": {"__proto__": {"polluted": true}, "spelling": "off"}, "doelgroep": "b2c"}');
    const { options, problems } = validateOptions(raw, known);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(options.rules, { spelling: 'off' });
    assert.equal(Object.getPrototypeOf(options.rules), Object.prototype);
    assert.ok(problems.some((p) => p.path.startsWith('rules.')));
  });

  it('the schema and the validator agree on the vocabulary (audiences, severities, rule ids)', () => {
    assert.deepEqual(new Set(schema.properties.doelgroep.enum), new Set(['auto', 'b2b', 'b2c']));
    const ruleProps = schema.properties.rules.properties as Record<string, { enum: string[] }>;
    for (const id of known) {
      assert.ok(ruleProps[id], `schema lists rule ${id}`);
      assert.deepEqual(new Set(ruleProps[id].enum), SEVERITIES, `severities of ${id}`);
      assert.deepEqual(validateOptions({ rules: { [id]: 'off' } }, known).problems, [], `${id} accepted`);
    }
    for (const id of Object.keys(ruleProps)) assert.ok(known.has(id) || id === 'uitschakeling-ongebruikt', `schema rule ${id} is a known rule`);
  });

  describe('over the protocol: an invalid .clausule.json', () => {
    let dir: string;
    let c: RawClient;
    const draft = '## Artikel 1 – Betaling\n1.1 Opdrachtgever betaalt ten allen tijde binnen dertig (14) dagen.\n';
    beforeEach(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-config-'));
      c = new RawClient();
      await c.initialize();
    });
    afterEach(async () => {
      await c.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const codesFor = async (configText: string) => {
      fs.writeFileSync(path.join(dir, '.clausule.json'), configText);
      const uri = pathToFileURL(path.join(dir, 'concept.av')).toString();
      c.open(uri, draft, 1);
      const pub = await c.diagnostics(uri, (p) => p.version === 1);
      const cfgUri = pathToFileURL(path.join(dir, '.clausule.json')).toString();
      const cfg = await c.diagnostics(cfgUri);
      return { codes: pub.diagnostics.map((d) => d.code), cfg: cfg.diagnostics };
    };

    it('that is not JSON: an error on that file, and the draft is checked with the defaults', async () => {
      const { codes, cfg } = await codesFor('{ "rules": { "spelling": "off" ');
      assert.ok(codes.includes('spelling') && codes.includes('getal-woord'), JSON.stringify(codes));
      assert.equal(cfg.length, 1);
      assert.equal(cfg[0].severity, 1);
      assert.match(cfg[0].message, /JSON/);
    });

    it('with invalid entries: a warning per entry on that file; the valid entries still apply', async () => {
      const { codes, cfg } = await codesFor(JSON.stringify({ rules: { spelling: 'off', 'getal-woord': 'loud', 'geen-regel': 'error' }, doelgroep: 42, require: 'child_process' }));
      assert.ok(!codes.includes('spelling'), 'the valid entry applies');
      assert.ok(codes.includes('getal-woord'), 'the invalid severity is dropped: the default applies');
      const messages = cfg.map((d) => d.message).join('\n');
      assert.ok(cfg.length >= 3, messages);
      assert.match(messages, /geen-regel/);
      assert.match(messages, /loud/);
      for (const d of cfg) assert.ok(d.range.start.line >= 0 && d.range.end.line >= d.range.start.line);
    });

    // A repository can ship these under the name .clausule.json: a FIFO blocked the server for good (open()
    // waits for a writer) and a link to /dev/zero made it allocate without bound.
    const hostileConfigs: Array<[string, (file: string) => void, RegExp]> = [
      ['a FIFO', (file) => execFileSync('mkfifo', [file]), /named pipe/],
      ['a link to /dev/zero', (file) => fs.symlinkSync('/dev/zero', file), /character device/],
      ['larger than 1 MB', (file) => fs.writeFileSync(file, `{"rules": {}, "x": "${'a'.repeat(1_100_000)}"}`), /larger than 1 MB/],
    ];
    for (const [what, make, reason] of hostileConfigs) {
      it(`that is ${what}: not read; an error on that file, the draft checked with the defaults, the server responsive`, async function () {
        if (process.platform === 'win32') this.skip();
        const file = path.join(dir, '.clausule.json');
        make(file);
        const uri = pathToFileURL(path.join(dir, 'concept.av')).toString();
        c.open(uri, draft, 1);
        const pub = await c.diagnostics(uri, (p) => p.version === 1, 10_000);
        assert.ok(pub.diagnostics.some((d) => d.code === 'getal-woord'), JSON.stringify(pub.diagnostics.map((d) => d.code)));
        const cfg = await c.diagnostics(pathToFileURL(file).toString(), undefined, 10_000);
        assert.equal(cfg.diagnostics.length, 1);
        assert.match(cfg.diagnostics[0].message, reason);
        assert.match(cfg.diagnostics[0].message, /does not read this file|leest dit bestand niet/);
        const hover = await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } }, 10_000);
        assert.ok(!hover.error, JSON.stringify(hover));
      });
    }
  });
});
