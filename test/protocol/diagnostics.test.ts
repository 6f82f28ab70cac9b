import * as assert from 'node:assert/strict';
import { LspClient } from './lspClient';

const URI = 'file:///tmp/clausule-protocol/concept.av';
const DRAFT = [
  '## Artikel 1 – Betaling',
  '1.1 Opdrachtgever betaalt binnen dertig (14) dagen na de factuurdatum.',
  '1.2 Leverancier mag ten allen tijde de prijzen aanpassen na schriftelijke aankondiging.',
  '',
].join('\n');

describe('protocol: diagnostics from the bundled server over stdio', function () {
  let client: LspClient;
  beforeEach(() => {
    client = new LspClient();
  });
  afterEach(async () => {
    await client.shutdown();
  });

  it('initializes and announces its capabilities', async () => {
    const init = await client.initialize();
    assert.equal(init.serverInfo.name, 'clausule');
    assert.ok(init.capabilities.textDocumentSync, 'text document sync');
    assert.ok(init.capabilities.codeActionProvider, 'code actions');
  });

  it('publishes the findings of an opened draft, with rule codes and documentation links', async () => {
    await client.initialize();
    client.open(URI, DRAFT);
    const diags = await client.diagnosticsFor(URI);
    const codes = diags.map((d) => d.code).sort();
    // The draft does not say whom it addresses: the consumer rules run as hints (severity 4).
    assert.deepEqual(codes, ['consument-zwarte-lijst', 'getal-woord', 'spelling']);
    assert.equal(diags.find((d) => d.code === 'consument-zwarte-lijst')!.severity, 4);
    const gw = diags.find((d) => d.code === 'getal-woord')!;
    assert.deepEqual(gw.range, { start: { line: 1, character: 33 }, end: { line: 1, character: 44 } });
    assert.equal(gw.severity, 1);
    assert.match(gw.message, /dertig/);
    assert.match(gw.codeDescription!.href, /^file:.*getal-woord\.md$/);
  });

  it('updates the findings after didChange and clears them when fixed', async () => {
    await client.initialize();
    client.open(URI, DRAFT);
    await client.diagnosticsFor(URI, (d) => d.diagnostics.length === 3);
    client.change(URI, 2, DRAFT.replace('dertig (14)', 'dertig (30)').replace('ten allen', 'te allen'));
    const after = await client.diagnosticsFor(URI, (d) => d.version === 2);
    // Only the consumer hint on the price change stays: the audience is still undecided.
    assert.deepEqual(after.map((d) => d.code), ['consument-zwarte-lijst']);
  });

  it('answers a quick fix that repairs the finding', async () => {
    await client.initialize();
    client.open(URI, DRAFT);
    const diags = await client.diagnosticsFor(URI);
    const sp = diags.find((d) => d.code === 'spelling')!;
    const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: sp.range, context: { diagnostics: [sp] } });
    const fix = actions.find((a) => /te allen tijde/.test(a.title));
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual(fix.edit.changes[URI], [{ range: sp.range, newText: 'te allen tijde' }]);
    assert.ok(actions.some((a) => /spelling/.test(a.title) && a.edit.changes[URI][0].newText.includes('clausule-disable-next-line spelling')));
  });

  it('shuts down cleanly on shutdown/exit', async () => {
    await client.initialize();
    const code = await client.shutdown();
    assert.equal(code, 0);
  });
});
