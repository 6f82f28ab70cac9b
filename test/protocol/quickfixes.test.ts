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

  it('a fix that inserts text carries the command that selects its placeholder in the edited document', async () => {
    await client.initialize({ diagnostics: { debounceMs: 0 } }, 'nl');
    const uri = 'file:///tmp/clausule-protocol/definitie.av';
    const draft = [
      '## Artikel 1 – Begrippen',
      'a. Dienst: de dienst die Leverancier levert;',
      'b. Klant: de wederpartij van Leverancier;',
      'c. Prijs: de vergoeding.',
      '',
      '## Artikel 2 – Gebruik',
      '2.1 De Klant betaalt de Prijs voor de Dienst en gebruikt de Licentie alleen zelf.',
      '',
    ].join('\n');
    client.open(uri, draft);
    const d = (await client.diagnosticsFor(uri)).find((x) => x.code === 'definitie-onbekend')!;
    assert.ok(d);
    const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const add = actions.find((a) => /Definitie van "Licentie" toevoegen/.test(a.title));
    assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
    // "c. Licentie: [omschrijving];" becomes line 3; the command selects the placeholder there.
    assert.equal(add.command.command, 'clausule.reveal');
    assert.deepEqual(add.command.arguments, [uri, { start: { line: 3, character: 13 }, end: { line: 3, character: 27 } }]);
    // Actions that insert nothing to fill in (disable comments) carry no command.
    assert.ok(actions.filter((a) => /uitschakelen/.test(a.title)).every((a) => a.command === undefined));
  });
});
