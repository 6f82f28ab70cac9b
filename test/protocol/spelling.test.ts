import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { LspClient, SERVER } from './lspClient';

const DRAFT = '## Artikel 3 – Betaling\n3.1 De opdachtgever betaalt binnen dertig dagen; de de factuur volgt.\n';

describe('protocol: spelling with the Dutch dictionary', function () {
  this.timeout(60_000);
  let client: LspClient;
  let dir: string;
  beforeEach(() => {
    client = new LspClient();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-spelling-'));
  });
  afterEach(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('suggests a defined term of the draft for a typing error close to it, though no dictionary knows the term', async () => {
    const uri = pathToFileURL(path.join(dir, 'termen.av')).toString();
    const text = '## Artikel 1 – Definities\n1.1 Bizzlewerk: de dienst die de opdrachtnemer levert.\n\n## Artikel 2 – Gebruik\n2.1 De opdrachtgever gebruikt de bizzelwerk naar behoren.\n';
    await client.initialize();
    client.open(uri, text);
    const diags = await client.diagnosticsFor(uri, (d) => d.diagnostics.some((x) => x.code === 'typefout'), 30_000);
    const typo = diags.find((d) => d.code === 'typefout')!;
    const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: typo.range, context: { diagnostics: [typo] } });
    const first = actions.find((a) => /^Vervang door/.test(a.title));
    assert.equal(first?.title, 'Vervang door "Bizzlewerk"', JSON.stringify(actions.map((a) => a.title)));
  });

  it('publishes the structure findings first and the typing errors once the dictionary has loaded', async () => {
    const uri = pathToFileURL(path.join(dir, 'betaling.av')).toString();
    await client.initialize();
    client.open(uri, DRAFT);
    const first = await client.diagnosticsFor(uri);
    assert.ok(first.some((d) => d.code === 'spelling'), 'the doubled word needs no dictionary');
    const later = await client.diagnosticsFor(uri, (d) => d.diagnostics.some((x) => x.code === 'typefout'), 30_000);
    const typo = later.find((d) => d.code === 'typefout')!;
    assert.equal(typo.severity, 3, 'information');
    assert.deepEqual(typo.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 19 } });

    const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: typo.range, context: { diagnostics: [typo] } });
    const replace = actions.find((a) => a.title === 'Vervang door "opdrachtgever"');
    assert.ok(replace, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(replace.isPreferred, true);
    assert.ok(actions.filter((a) => /^Vervang door/.test(a.title)).length <= 3);
    const add = actions.find((a) => a.title === 'Voeg "opdachtgever" toe aan woordenlijst');
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    const configUri = pathToFileURL(path.join(dir, '.clausule.json')).toString();
    assert.deepEqual(add.edit.documentChanges[0], { kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
    assert.deepEqual(JSON.parse(add.edit.documentChanges[1].edits[0].newText), { woorden: ['opdachtgever'] });
  });

  it('offers on each recurring misspelling a fix for all its places', async () => {
    const uri = pathToFileURL(path.join(dir, 'levering.av')).toString();
    await client.initialize();
    client.open(uri, '## Artikel 1\n1.1 Wij leveren danwel vervangen.\n\n## Artikel 2\n2.1 Wij herstellen danwel vergoeden.\n');
    const diags = await client.diagnosticsFor(uri, (d) => d.diagnostics.filter((x) => x.code === 'spelling').length === 2);
    const second = diags.filter((d) => d.code === 'spelling')[1];
    const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: second.range, context: { diagnostics: [second] } });
    const all = actions.find((a) => a.title === 'Vervang door "dan wel", overal in dit concept (2 keer)');
    assert.ok(all, JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual(
      all.edit.changes[uri].map((e: any) => [e.range.start.line, e.newText]),
      [
        [1, 'dan wel'],
        [4, 'dan wel'],
      ],
    );
  });

  it('accepts the words of .clausule.json', async () => {
    fs.writeFileSync(path.join(dir, '.clausule.json'), JSON.stringify({ woorden: ['opdachtgever'] }));
    const uri = pathToFileURL(path.join(dir, 'betaling.av')).toString();
    await client.initialize();
    client.open(uri, '## Artikel 1\n1.1 De opdachtgever en de leverancir leveren.\n');
    const diags = await client.diagnosticsFor(uri, (d) => d.diagnostics.some((x) => x.code === 'typefout'), 30_000);
    const typos = diags.filter((d) => d.code === 'typefout');
    assert.deepEqual(typos.map((d) => d.range.start.character), [26], JSON.stringify(typos));
  });
});

describe('CLI: spelling', function () {
  this.timeout(60_000);
  it('loads the dictionary before checking', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-spelling-cli-'));
    const file = path.join(dir, 'a.av');
    fs.writeFileSync(file, DRAFT);
    const r = spawnSync(process.execPath, [path.join(path.dirname(SERVER), 'cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
    const findings = JSON.parse(r.stdout).findings as Array<{ code: string }>;
    assert.ok(findings.some((f) => f.code === 'typefout'), r.stdout + r.stderr);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
