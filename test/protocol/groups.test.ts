import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient';

// "danwel" three times: one finding at 1.1, hints at 2.1 and 2.2.
const DRAFT = [
  '## Artikel 1 – Levering',
  '1.1 Wij leveren danwel vervangen.',
  '',
  '## Artikel 2 – Herstel',
  '2.1 Wij herstellen danwel vergoeden.',
  '2.2 Danwel: wij betalen vooraf.',
  '',
].join('\n');

const HINT = 4;

describe('protocol: a repeated defect', function () {
  this.timeout(60_000);
  let client: LspClient;
  let dir: string;
  beforeEach(() => {
    client = new LspClient();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-groups-'));
  });
  afterEach(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is one diagnostic at its first place, with the others as related places and as hints that point to it', async () => {
    fs.writeFileSync(path.join(dir, '.clausule.json'), JSON.stringify({ rules: { spelling: 'error' } }));
    const uri = pathToFileURL(path.join(dir, 'groups.av')).toString();
    await client.initialize();
    client.open(uri, DRAFT);
    const spelling = (await client.diagnosticsFor(uri)).filter((d) => d.code === 'spelling');
    assert.equal(spelling.length, 3);
    const [first, ...hints] = spelling;
    // The severity setting applies to the finding; the other places stay hints, out of the problems list.
    assert.equal(first.severity, 1);
    assert.deepEqual(first.range, { start: { line: 1, character: 16 }, end: { line: 1, character: 22 } });
    assert.match(first.message, /Komt nog 2 keer voor: 2\.1 en 2\.2\.$/);
    assert.deepEqual(
      first.relatedInformation!.map((r) => [r.location.uri, r.location.range.start.line, r.message]),
      [
        [uri, 4, 'Komt ook hier voor'],
        [uri, 5, 'Komt ook hier voor'],
      ],
    );
    assert.deepEqual(
      hints.map((h) => [h.severity, h.range.start.line, h.range.start.character]),
      [
        [HINT, 4, 19],
        [HINT, 5, 4],
      ],
    );
    for (const h of hints) {
      assert.match(h.message, /^Zie 1\.1 \(regel 2\): "danwel" schrijf je als "dan wel"/);
      assert.deepEqual(h.relatedInformation!.map((r) => r.location.range), [first.range]);
      assert.equal(h.codeDescription!.href, first.codeDescription!.href);
    }
  });

  it('offers at any place its own fix and the fix for all places; disabling one place shrinks the group', async () => {
    await client.initialize();
    const uri = 'file:///tmp/clausule-protocol/groups2.av';
    client.open(uri, DRAFT);
    const hint = (await client.diagnosticsFor(uri)).filter((d) => d.code === 'spelling')[2];
    const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: hint.range, context: { diagnostics: [hint] } });
    const titles = actions.map((a) => a.title);
    const one = actions.find((a) => a.title === 'Vervang door "Dan wel"');
    assert.ok(one, JSON.stringify(titles));
    assert.deepEqual(one.edit.changes[uri], [{ range: hint.range, newText: 'Dan wel' }]);
    assert.deepEqual(one.diagnostics, [hint]);
    const all = actions.find((a) => a.title === 'Vervang door "dan wel", overal in dit concept (3 keer)');
    assert.ok(all, JSON.stringify(titles));
    assert.deepEqual(
      all.edit.changes[uri].map((e: any) => [e.range.start.line, e.newText]),
      [
        [1, 'dan wel'],
        [4, 'dan wel'],
        [5, 'Dan wel'],
      ],
    );
    // Only the place asked about: no fix of the first place alone.
    assert.ok(!titles.includes('Vervang door "dan wel"'), JSON.stringify(titles));
    const disable = actions.find((a) => a.title === 'Regel spelling uitschakelen voor deze regel');
    assert.ok(disable, JSON.stringify(titles));
    const [edit] = disable.edit.changes[uri];
    assert.equal(edit.range.start.line, 5);
    const lines = DRAFT.split('\n');
    lines.splice(5, 0, edit.newText.replace(/\n$/, ''));
    client.change(uri, 2, lines.join('\n'));
    const after = (await client.diagnosticsFor(uri, (d) => d.version === 2)).filter((d) => d.code === 'spelling' || d.code === 'uitschakeling-ongebruikt');
    assert.deepEqual(
      after.map((d) => [d.code, d.severity, d.range.start.line]),
      [
        ['spelling', 2, 1],
        ['spelling', HINT, 4],
      ],
    );
    assert.match(after[0].message, /Komt nog 1 keer voor: 2\.1\.$/);
  });

  it('offers a typing error\'s suggestions at a later place, for that place and for all, and the word list', async () => {
    const uri = pathToFileURL(path.join(dir, 'typo.av')).toString();
    await client.initialize();
    client.open(uri, '## Artikel 3 – Betaling\n3.1 De opdachtgever betaalt binnen dertig dagen.\n3.2 Na die termijn betaalt de opdachtgever rente.\n3.3 De opdachtgever is daarna in verzuim.\n');
    const diags = await client.diagnosticsFor(uri, (d) => d.diagnostics.some((x) => x.code === 'typefout'), 30_000);
    const typos = diags.filter((d) => d.code === 'typefout');
    assert.deepEqual(
      typos.map((d) => [d.severity, d.range.start.line]),
      [
        [3, 1],
        [HINT, 2],
        [HINT, 3],
      ],
    );
    const at = typos[1];
    const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: at.range, context: { diagnostics: [at] } });
    const titles = actions.map((a) => a.title);
    const one = actions.find((a) => a.title === 'Vervang door "opdrachtgever"');
    assert.ok(one, JSON.stringify(titles));
    assert.deepEqual(one.edit.changes[uri], [{ range: at.range, newText: 'opdrachtgever' }]);
    const all = actions.find((a) => a.title === 'Vervang door "opdrachtgever", overal in dit concept (3 keer)');
    assert.ok(all, JSON.stringify(titles));
    assert.deepEqual(
      all.edit.changes[uri].map((e: any) => e.range.start.line),
      [1, 2, 3],
    );
    assert.ok(titles.includes('Voeg "opdachtgever" toe aan woordenlijst'), JSON.stringify(titles));
  });
});
