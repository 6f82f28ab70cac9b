// Statute citations over stdio against the bundled server: hover, document links, completion,
// bw-artikel diagnostics and the clausule/provision request behind "Clausule: Toon wetsartikel".
import * as assert from 'node:assert/strict';
import { LspClient, withOpenDocument } from './lspClient';

const URI = 'file:///tmp/clausule-protocol/wet.av';
const DRAFT = [
  '## Artikel 1 – Opdracht',
  '1.1 Op grond van artikel 7:404 BW mag Leverancier derden inschakelen.',
  '1.2 Partijen sluiten art. 7:408 lid 1 BW uit.',
  '1.3 Dit beding is niet in strijd met artikel 6:236 sub j BW.',
  '1.4 De artikelen 7:407 lid 2 BW, 7:404 BW en 7:409 BW zijn niet van toepassing.',
  '1.5 Artikel 7:4088 BW geldt evenmin.',
  '',
].join('\n');
const LINES = DRAFT.split('\n');

function pos(needle: string, delta = 1, occurrence = 0): { line: number; character: number } {
  let seen = 0;
  for (let line = 0; line < LINES.length; line++) {
    let from = 0;
    for (;;) {
      const at = LINES[line].indexOf(needle, from);
      if (at < 0) break;
      if (seen++ === occurrence) return { line, character: at + delta };
      from = at + 1;
    }
  }
  throw new Error(`not in draft: ${needle}`);
}

function covered(range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  assert.equal(range.start.line, range.end.line);
  return LINES[range.start.line].slice(range.start.character, range.end.character);
}

describe('protocol: statute citations', function () {
  const session = withOpenDocument(URI, DRAFT);

  const hover = (p: { line: number; character: number }) => session.client.request<any>('textDocument/hover', { textDocument: { uri: URI }, position: p });

  it('hovers on artikel 7:404 BW with text, version, source, explanation, note and link', async () => {
    const h = await hover(pos('7:404'));
    assert.equal(covered(h.range), 'artikel 7:404 BW');
    assert.equal(h.contents.kind, 'markdown');
    const md: string = h.contents.value;
    assert.match(md, /### Artikel 7:404 BW — Persoonlijke uitvoering/);
    assert.match(md, /Indien de opdracht is verleend met het oog op een persoon/);
    assert.match(md, /versie geldend op 2023-07-01/);
    assert.match(md, /\*\*Uitleg\.\*\*/);
    assert.match(md, /\*\*Voor de voorwaarden\.\*\*/);
    assert.match(md, /\(https:\/\/wetten\.overheid\.nl\/BWBR0005290\/2023-07-01\/0\/Boek7\/Titeldeel7\/Afdeling1\/Artikel404\)/);
  });

  it('hovers on art. 7:408 lid 1 BW with lid 1 in bold and its regime', async () => {
    const h = await hover(pos('7:408', 3));
    assert.equal(covered(h.range), 'art. 7:408 lid 1 BW');
    assert.match(h.contents.value, /\*\*1\\\. De opdrachtgever kan te allen tijde de overeenkomst opzeggen\.\*\*/);
    assert.match(h.contents.value, /consument dwingend \(7:413 lid 2\)/);
  });

  it('hovers on artikel 6:236 sub j BW with the letter\'s own title and text', async () => {
    const h = await hover(pos('sub j'));
    assert.equal(covered(h.range), 'artikel 6:236 sub j BW');
    assert.match(h.contents.value, /### Artikel 6:236 sub j BW — Stilzwijgende verlenging/);
    assert.match(h.contents.value, /\*\*j\. dat in geval van een overeenkomst tot het geregeld afleveren/);
  });

  it('gives three separate hovers in "de artikelen 7:407 lid 2 BW, 7:404 BW en 7:409 BW"', async () => {
    const hs = await Promise.all([hover(pos('7:404', 1, 1)), hover(pos('7:407')), hover(pos('7:409'))]);
    assert.deepEqual(hs.map((h) => covered(h.range)), ['7:404 BW', 'artikelen 7:407 lid 2 BW', '7:409 BW']);
    assert.match(hs[0].contents.value, /Artikel 7:404 BW — Persoonlijke uitvoering/);
    assert.match(hs[1].contents.value, /Artikel 7:407 lid 2 BW — Meer opdrachtgevers of opdrachtnemers/);
    assert.match(hs[2].contents.value, /Artikel 7:409 BW — Dood van de opdrachtnemer/);
  });

  it('answers in Dutch by default, also when the editor is English', async () => {
    const nl = new LspClient();
    try {
      await nl.initialize(undefined, 'en');
      nl.open(URI, DRAFT);
      const h = await nl.request<any>('textDocument/hover', { textDocument: { uri: URI }, position: pos('7:408', 3) });
      assert.match(h.contents.value, /### Artikel 7:408 lid 1 BW — /);
      assert.doesNotMatch(h.contents.value, /Drafting note|Article 7:408/);
    } finally {
      await nl.shutdown();
    }
  });

  for (const key of ['language', 'taal'] as const) it(`answers in English with clausule.${key} en, with the statutory text still Dutch`, async () => {
    const en = new LspClient();
    try {
      await en.initialize({ diagnostics: { debounceMs: 0 }, [key]: 'en' }, 'en');
      en.open(URI, DRAFT);
      const h = await en.request<any>('textDocument/hover', { textDocument: { uri: URI }, position: pos('7:408', 3) });
      assert.match(h.contents.value, /### Article 7:408 lid 1 BW — Termination of the engagement/);
      assert.match(h.contents.value, /De opdrachtgever kan te allen tijde/);
      assert.match(h.contents.value, /\*\*Drafting note\.\*\*/);
    } finally {
      await en.shutdown();
    }
  });

  it('go to definition on a citation opens the provision, which clausule/provision serves by its key', async () => {
    const locs = await session.client.request<any[]>('textDocument/definition', { textDocument: { uri: URI }, position: pos('7:408', 2) });
    assert.equal(locs.length, 1);
    const target = new URL(locs[0].uri);
    assert.equal(target.protocol, 'clausule-wet:');
    assert.equal(target.searchParams.get('key'), '7:408 lid 1');
    const p = await session.client.request<any>('clausule/provision', { key: target.searchParams.get('key'), lang: target.searchParams.get('lang') });
    assert.match(p.markdown, /De opdrachtgever kan te allen tijde/);
    // Not on a citation of an article Clausule does not hold, and not on plain text.
    assert.deepEqual(await session.client.request<any[]>('textDocument/definition', { textDocument: { uri: URI }, position: pos('7:4088', 2) }), []);
    assert.deepEqual(await session.client.request<any[]>('textDocument/definition', { textDocument: { uri: URI }, position: pos('derden', 2) }), []);
  });

  it('links every citation to wetten.overheid.nl', async () => {
    const links = await session.client.request<any[]>('textDocument/documentLink', { textDocument: { uri: URI } });
    assert.deepEqual(links.map((l) => covered(l.range)), [
      'artikel 7:404 BW', 'art. 7:408 lid 1 BW', 'artikel 6:236 sub j BW', 'artikelen 7:407 lid 2 BW', '7:404 BW', '7:409 BW',
    ]);
    assert.equal(links[1].target, 'https://wetten.overheid.nl/BWBR0005290/2023-07-01/0/Boek7/Titeldeel7/Afdeling1/Artikel408');
  });

  it('completes articles after "artikel 7:", leden after "lid " and letters after "sub "', async () => {
    const text = 'Zie artikel 7:\nZie artikel 7:408 lid \nZie artikel 6:237 sub ';
    const uri = 'file:///tmp/clausule-protocol/completion.av';
    session.client.open(uri, text);
    const at = (line: number, character: number) => session.client.request<any>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    const [arts, leden, subs] = await Promise.all([at(0, 14), at(1, 22), at(2, 22)]);
    const items = (r: any) => (Array.isArray(r) ? r : r.items);
    const a408 = items(arts).find((i: any) => i.label === '408');
    assert.equal(a408.detail, '7:408 BW · Opzegging van de opdracht');
    // Hundreds of articles: their excerpts come on completionItem/resolve, for the item the editor shows.
    assert.equal(a408.documentation, undefined);
    const resolved = await session.client.request<any>('completionItem/resolve', a408);
    assert.match(resolved.documentation.value, /De opdrachtgever kan de overeenkomst altijd opzeggen/);
    assert.deepEqual({ ...resolved, documentation: undefined }, { ...a408, documentation: undefined });
    const plain = await session.client.request<any>('completionItem/resolve', { label: 'x' });
    assert.deepEqual(plain, { label: 'x' });
    assert.deepEqual(items(leden).map((i: any) => i.label), ['1', '2', '3']);
    assert.equal(items(subs).map((i: any) => i.label).join(''), 'abcdefghijklmno');
  });

  it('warns on a citation of an article not in the version Clausule carries, with a quick fix', async () => {
    const diags = await session.client.diagnosticsFor(URI, (d) => d.diagnostics.some((x) => x.code === 'bw-artikel'));
    const bw = diags.filter((d) => d.code === 'bw-artikel');
    assert.equal(bw.length, 1);
    assert.equal(covered(bw[0].range), 'Artikel 7:4088 BW');
    assert.equal(bw[0].severity, 2);
    assert.match(bw[0].message, /staat niet in de versie van 2023-07-01 die Clausule meelevert/);
    assert.match(bw[0].message, /Bedoelt u artikel 7:408/);
    const actions = await session.client.request<any[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: bw[0].range, context: { diagnostics: [bw[0]] } });
    const fix = actions.find((a) => /7:408 BW/.test(a.title));
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual(fix.edit.changes[URI].map((e: any) => e.newText), ['7:408']);
  });

  it('serves clausule/provision by key, by cursor position, and the list of curated provisions', async () => {
    const byKey = await session.client.request<any>('clausule/provision', { key: '7:408 lid 1', lang: 'nl' });
    assert.equal(byKey.key, '7:408 lid 1');
    assert.match(byKey.markdown, /^# Artikel 7:408 lid 1 BW — Opzegging van de opdracht/);
    assert.match(byKey.markdown, /## Voor de voorwaarden/);
    const byPos = await session.client.request<any>('clausule/provision', { textDocument: { uri: URI }, position: pos('sub j'), lang: 'en' });
    assert.equal(byPos.key, '6:236 sub j');
    assert.match(byPos.markdown, /## Drafting note/);
    assert.equal(await session.client.request('clausule/provision', { textDocument: { uri: URI }, position: { line: 0, character: 3 } }), null);
    const list = await session.client.request<any[]>('clausule/provisions', { lang: 'nl' });
    assert.ok(list.some((p) => p.key === '7:408' && p.title === 'Opzegging van de opdracht'));
    assert.ok(list.some((p) => p.key === '6:236 sub j' && p.title === 'Stilzwijgende verlenging'));
    await assert.rejects(session.client.request('clausule/provision', { key: 'niets' }), /Geen wetsartikel herkend/);
    await assert.rejects(session.client.request('clausule/provision', {}), /give a key/);
  });
});
