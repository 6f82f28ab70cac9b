// A draft's own language comment (`<!-- clausule: taal=en -->`) over stdio: that draft's diagnostics, hovers,
// quick fixes and completion details follow it, while other drafts in the same session keep the setting.
import * as assert from 'node:assert/strict';
import { LspClient, type Diagnostic } from './lspClient';

const BODY = [
  '## Artikel 9 – Aansprakelijkheid',
  '9.1 Leverancier is niet aansprakelijk voor indirecte schade.',
  '9.2 Partijen sluiten art. 7:408 lid 1 BW uit.',
  '',
].join('\n');
const ENGLISH = `<!-- clausule: taal=en -->\n${BODY}`;
const DUTCH = `<!-- clausule: taal=nl -->\n${BODY}`;
const EN_URI = 'file:///tmp/clausule-protocol/english.av';
const NL_URI = 'file:///tmp/clausule-protocol/dutch.av';
const PLAIN_URI = 'file:///tmp/clausule-protocol/plain.av';

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
const at = (text: string, needle: string, delta = 3) => ({ line: lineOf(text, needle), character: text.split('\n')[lineOf(text, needle)].indexOf(needle) + delta });
const exoneration = (diags: Diagnostic[]) => {
  const d = diags.find((x) => x.code === 'exoneratie-opzet');
  assert.ok(d, JSON.stringify(diags.map((x) => x.code)));
  return d;
};

describe('protocol: the language of one draft (its taal comment)', function () {
  let client: LspClient;
  beforeEach(() => {
    client = new LspClient();
  });
  afterEach(async () => {
    await client.shutdown();
  });

  async function fixTitles(uri: string, d: Diagnostic): Promise<string[]> {
    const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    return actions.map((a) => a.title);
  }

  it('with the default setting (Dutch), a draft that says taal=en gets English and the draft beside it stays Dutch', async () => {
    await client.initialize({ diagnostics: { debounceMs: 0 } }, 'nl');
    client.open(EN_URI, ENGLISH);
    client.open(PLAIN_URI, BODY);
    const en = exoneration(await client.diagnosticsFor(EN_URI, (d) => d.diagnostics.length > 0));
    const nl = exoneration(await client.diagnosticsFor(PLAIN_URI, (d) => d.diagnostics.length > 0));
    assert.match(en.message, /makes no exception for intent or deliberate recklessness/);
    assert.match(nl.message, /maakt geen uitzondering voor opzet of bewuste roekeloosheid/);

    const enTitles = await fixTitles(EN_URI, en);
    assert.ok(enTitles.includes('Add the carve-out for intent and deliberate recklessness'), JSON.stringify(enTitles));
    assert.ok(enTitles.includes('Disable exoneratie-opzet for this line'), JSON.stringify(enTitles));
    const nlTitles = await fixTitles(PLAIN_URI, nl);
    assert.ok(nlTitles.includes('Uitzondering voor opzet en bewuste roekeloosheid toevoegen'), JSON.stringify(nlTitles));
    assert.ok(nlTitles.includes('Regel exoneratie-opzet uitschakelen voor deze regel'), JSON.stringify(nlTitles));

    const hoverEn = await client.request<any>('textDocument/hover', { textDocument: { uri: EN_URI }, position: at(ENGLISH, '7:408') });
    const hoverNl = await client.request<any>('textDocument/hover', { textDocument: { uri: PLAIN_URI }, position: at(BODY, '7:408') });
    assert.match(hoverEn.contents.value, /### Article 7:408 lid 1 BW — /);
    assert.match(hoverEn.contents.value, /De opdrachtgever kan te allen tijde/, 'the statutory text stays Dutch');
    assert.match(hoverNl.contents.value, /### Artikel 7:408 lid 1 BW — /);
    assert.doesNotMatch(hoverNl.contents.value, /Drafting note/);
  });

  it('with clausule.language en, a draft that says taal=nl gets Dutch', async () => {
    await client.initialize({ diagnostics: { debounceMs: 0 }, language: 'en' }, 'en');
    client.open(NL_URI, DUTCH);
    client.open(PLAIN_URI, BODY);
    assert.match(exoneration(await client.diagnosticsFor(NL_URI, (d) => d.diagnostics.length > 0)).message, /maakt geen uitzondering/);
    assert.match(exoneration(await client.diagnosticsFor(PLAIN_URI, (d) => d.diagnostics.length > 0)).message, /makes no exception/);
    const hover = await client.request<any>('textDocument/hover', { textDocument: { uri: NL_URI }, position: at(DUTCH, '7:408') });
    assert.match(hover.contents.value, /### Artikel 7:408 lid 1 BW — /);
  });

  it('writing, changing and removing the comment switches the draft, and completion details follow it', async () => {
    await client.initialize({ diagnostics: { debounceMs: 0 } }, 'nl');
    client.open(PLAIN_URI, BODY, 1);
    assert.match(exoneration(await client.diagnosticsFor(PLAIN_URI, (d) => d.version === 1)).message, /maakt geen uitzondering/);
    client.change(PLAIN_URI, 2, ENGLISH);
    assert.match(exoneration(await client.diagnosticsFor(PLAIN_URI, (d) => d.version === 2)).message, /makes no exception/);
    const typed = `${ENGLISH}Zie artikel 7:40`;
    client.change(PLAIN_URI, 3, typed);
    const list = await client.request<any>('textDocument/completion', { textDocument: { uri: PLAIN_URI }, position: { line: lineOf(typed, 'Zie artikel'), character: 'Zie artikel 7:40'.length } });
    const items: any[] = Array.isArray(list) ? list : list.items;
    const item = items.find((i) => i.label === '408');
    assert.ok(item, JSON.stringify(items.map((i) => i.label).slice(0, 20)));
    const resolved = await client.request<any>('completionItem/resolve', item);
    assert.match(resolved.documentation.value, /The client may terminate at any time/);
    client.change(PLAIN_URI, 4, BODY);
    assert.match(exoneration(await client.diagnosticsFor(PLAIN_URI, (d) => d.version === 4)).message, /maakt geen uitzondering/);
  });
});
