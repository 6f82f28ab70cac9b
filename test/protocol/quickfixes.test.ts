import * as assert from 'node:assert/strict';
import { LspClient } from './lspClient';

const URI = 'file:///tmp/clausule-protocol/quickfix.av';
const DRAFT = '## Artikel 9 – Aansprakelijkheid\n9.1 Leverancier is niet aansprakelijk voor indirecte schade.\n';

describe('protocol: quick fixes of the content rules', function () {
  let client: LspClient;
  beforeEach(() => {
    client = new LspClient();
  });
  afterEach(async () => {
    await client.shutdown();
  });

  it('offers the carve-out, disabling for the line and for the file, in the chosen language (clausule.taal en)', async () => {
    await client.initialize({ diagnostics: { debounceMs: 0 }, taal: 'en' }, 'en');
    client.open(URI, DRAFT);
    const diags = await client.diagnosticsFor(URI);
    const d = diags.find((x) => x.code === 'exoneratie-opzet')!;
    assert.ok(d, JSON.stringify(diags));
    assert.match(d.message, /intent or deliberate recklessness/);
    assert.match(d.codeDescription!.href, /exoneratie-opzet\.md$/);
    const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } });
    const titles = actions.map((a) => a.title);
    const carve = actions.find((a) => /carve-out/.test(a.title));
    assert.ok(carve, JSON.stringify(titles));
    assert.equal(carve.isPreferred, true);
    assert.deepEqual(carve.edit.changes[URI], [
      { range: { start: { line: 1, character: 59 }, end: { line: 1, character: 59 } }, newText: ', behoudens opzet of bewuste roekeloosheid van Leverancier of zijn leidinggevenden' },
    ]);
    assert.ok(titles.includes('Disable exoneratie-opzet for this line'), JSON.stringify(titles));
    const file = actions.find((a) => a.title === 'Disable exoneratie-opzet for this file');
    assert.ok(file, JSON.stringify(titles));
    assert.equal(file.edit.changes[URI][0].newText, '<!-- clausule-disable-file exoneratie-opzet -->\n');
  });
});
