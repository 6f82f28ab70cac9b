import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient';

const DRAFT = '## Artikel 1 – Betaling\n1.1 Opdrachtgever betaalt binnen dertig (14) dagen, ten allen tijde.\n';

describe('protocol: .clausule.json', function () {
  let dir: string;
  let client: LspClient;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-protocol-config-'));
    client = new LspClient();
  });
  afterEach(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const uris = () => ({
    config: pathToFileURL(path.join(dir, '.clausule.json')).toString(),
    draft: pathToFileURL(path.join(dir, 'concept.av')).toString(),
  });

  it('applies a valid configuration to the drafts in its folder', async () => {
    fs.writeFileSync(path.join(dir, '.clausule.json'), JSON.stringify({ rules: { spelling: 'off', 'getal-woord': 'hint' } }));
    await client.initialize();
    const { draft, config } = uris();
    client.open(draft, DRAFT);
    const diags = await client.diagnosticsFor(draft);
    assert.deepEqual(diags.map((d) => `${d.code}:${d.severity}`), ['getal-woord:4']);
    assert.deepEqual(await client.diagnosticsFor(config), []);
  });

  it('shows a parse error on the file itself and falls back to the defaults', async () => {
    fs.writeFileSync(path.join(dir, '.clausule.json'), '{\n  "rules": { "spelling": "off", }\n}\n');
    await client.initialize();
    const { draft, config } = uris();
    client.open(draft, DRAFT);
    const onConfig = await client.diagnosticsFor(config);
    assert.equal(onConfig.length, 1);
    assert.equal(onConfig[0].severity, 1);
    assert.match(onConfig[0].message, /geen geldige JSON.*standaardinstellingen/);
    assert.equal(onConfig[0].range.start.line, 1);
    const diags = await client.diagnosticsFor(draft);
    assert.deepEqual(diags.map((d) => d.code).sort(), ['getal-woord', 'spelling']);
  });

  it('marks unknown rules and bad values where they are written, and uses the rest', async () => {
    fs.writeFileSync(path.join(dir, '.clausule.json'), '{\n  "doelgroep": "b2c",\n  "rules": {\n    "spelfout": "off",\n    "spelling": "off"\n  }\n}\n');
    await client.initialize();
    const { draft, config } = uris();
    client.open(draft, DRAFT);
    const onConfig = await client.diagnosticsFor(config);
    assert.equal(onConfig.length, 1);
    assert.equal(onConfig[0].severity, 2);
    assert.match(onConfig[0].message, /Onbekende regel "spelfout"/);
    assert.deepEqual(onConfig[0].range, { start: { line: 3, character: 4 }, end: { line: 3, character: 14 } });
    const diags = await client.diagnosticsFor(draft);
    assert.deepEqual(diags.map((d) => d.code), ['getal-woord']);
  });

  it('clears the file\'s diagnostics once it is fixed', async () => {
    const file = path.join(dir, '.clausule.json');
    fs.writeFileSync(file, '{ "rules": ');
    await client.initialize();
    const { draft, config } = uris();
    client.open(draft, DRAFT);
    await client.diagnosticsFor(config, (d) => d.diagnostics.length === 1);
    fs.writeFileSync(file, '{ "rules": { "spelling": "off" } }');
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
    await client.diagnosticsFor(config, (d) => d.diagnostics.length === 0);
    const diags = await client.diagnosticsFor(draft, (d) => d.diagnostics.length === 1);
    assert.deepEqual(diags.map((d) => d.code), ['getal-woord']);
  });
});
