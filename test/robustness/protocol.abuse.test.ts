// Protocol abuse against the real bundled server (dist/server.js over stdio): malformed JSON-RPC, wrong
// Content-Length, unknown methods, documents never opened, positions out of range, stale versions, a 10 MB
// didOpen and a flood of edits. The server must answer with an error or ignore, stay alive, and stay
// correct: after the abuse, a normal request gives the right answer.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RawClient, type Message } from './rawClient';
import { SEEDS, suiteTimeout } from './harness';

const DRAFT = ['## Artikel 1 – Betaling', '1.1 Opdrachtgever betaalt binnen dertig (14) dagen na de factuurdatum.', ''].join('\n');

/** The server still works: a fresh document gets the right finding at the right place, and its quick fix. */
async function assertHealthy(c: RawClient, uri = `file:///tmp/clausule-abuse/healthy-${Math.random().toString(36).slice(2)}.av`): Promise<void> {
  assert.ok(c.alive, `server died: ${JSON.stringify(c.exited)} ${c.stderr.join('').slice(-1000)}`);
  c.open(uri, DRAFT, 7);
  const pub = await c.diagnostics(uri, (p) => p.version === 7);
  const d = pub.diagnostics.find((x) => x.code === 'getal-woord');
  const col = DRAFT.split('\n')[1].indexOf('dertig (14)');
  assert.ok(d, `getal-woord among ${JSON.stringify(pub.diagnostics.map((x) => x.code))}`);
  assert.deepEqual(d.range, { start: { line: 1, character: col }, end: { line: 1, character: col + 'dertig (14)'.length } });
  const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  assert.ok(Array.isArray(actions.result), JSON.stringify(actions));
  assert.ok(
    actions.result.some((a: any) => a.edit?.changes?.[uri]?.some((e: any) => e.newText === '14' || e.newText === 'veertien' || e.newText === '30')),
    JSON.stringify(actions.result.map((a: any) => a.title)),
  );
  c.notify('textDocument/didClose', { textDocument: { uri } });
}

/** Every LSP Range anywhere in `value` lies inside `doc`. */
function assertRangesInside(value: unknown, doc: TextDocument, what: string): void {
  const lines = doc.getText().split(/\r\n|\r|\n/);
  const inside = (p: any) => Number.isInteger(p?.line) && Number.isInteger(p?.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  const visit = (v: any) => {
    if (!v || typeof v !== 'object') return;
    if (v.start && v.end && typeof v.start === 'object' && 'line' in v.start) {
      assert.ok(inside(v.start) && inside(v.end), `${what}: range ${JSON.stringify(v)} outside the document (${lines.length} lines)`);
      assert.ok(v.start.line < v.end.line || (v.start.line === v.end.line && v.start.character <= v.end.character), `${what}: reversed range ${JSON.stringify(v)}`);
    }
    for (const k of Object.keys(v)) visit(v[k]);
  };
  visit(value);
}

function isResponse(m: Message): boolean {
  return m.result !== undefined || (m.error !== undefined && typeof m.error.code === 'number');
}

describe('robustness: protocol abuse against the bundled server', function () {
  this.timeout(suiteTimeout(60_000));
  let c: RawClient;
  beforeEach(async () => {
    c = new RawClient();
    await c.initialize();
  });
  afterEach(async () => {
    const code = await c.shutdown();
    assert.ok(!c.stderr.join('').match(/uncaught|unhandled|TypeError|RangeError/i), `stderr: ${c.stderr.join('').slice(-2000)}`);
    assert.equal(code, 0, 'the server exits cleanly after shutdown/exit');
  });

  it('the healthy check itself fails on a wrong answer (it is not vacuous)', async () => {
    await assertHealthy(c);
    await assert.rejects(async () => {
      c.open('file:///tmp/clausule-abuse/x.av', DRAFT.replace('dertig (14)', 'dertig (30)'), 7);
      const pub = await c.diagnostics('file:///tmp/clausule-abuse/x.av', (p) => p.version === 7);
      assert.ok(pub.diagnostics.some((x) => x.code === 'getal-woord'));
    });
  });

  it('malformed JSON-RPC in correct frames: ignored or answered with an error; the server stays alive and correct', async () => {
    for (const body of ['{not json', '', '[]', '42', 'null', '"text"', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":1}', '{"jsonrpc":"2.0","id":{},"method":"x"}', '{"jsonrpc":"2.0","method":7}', '\u0000\u0001\u0002', '{"jsonrpc":"2.0","id":99,"method":"textDocument/codeAction","params":"oops"}']) {
      c.writeFrame(body);
    }
    c.writeFrame('{"jsonrpc":"2.0","id":5001,"method":"initialize","params":{}}'); // a second initialize
    const r = await c.waitFor((m) => m.id === 99, 10_000, 'the response to a request with string params');
    assert.ok(r.error && typeof r.error.code === 'number', JSON.stringify(r));
    await assertHealthy(c);
  });

  it('a body shorter than its Content-Length: the server waits for the bytes, then answers', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 4242, method: 'clausule/unknown', params: null });
    c.writeFrame(body, Buffer.byteLength(body) + 64);
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(!c.messages.some((m) => m.id === 4242), 'nothing is answered before the body is complete');
    c.writeRaw(' '.repeat(64)); // JSON allows trailing whitespace: now the frame is complete and valid
    const r = await c.waitFor((m) => m.id === 4242, 10_000, 'the padded request');
    assert.equal(r.error?.code, -32601);
    await assertHealthy(c);
  });

  it('a body longer than its Content-Length, a non-numeric and a missing Content-Length: alive, and in sync again after a blank line', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 4343, method: 'clausule/unknown', params: null });
    c.writeFrame(body, 12);
    c.writeRaw('Content-Length: abc\r\n\r\n{}');
    c.writeRaw('Content-Type: application/json\r\n\r\n{}');
    c.writeRaw('garbage without any header end');
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(c.alive, 'alive after broken framing');
    c.writeRaw('\r\n\r\n');
    // The JSON-RPC reader drops the broken header blocks; what it buffered meanwhile is read on the next
    // bytes to arrive. So: ping until answered, which must happen within a few messages.
    let answered = false;
    for (let i = 0; i < 5 && !answered; i++) {
      const id = 9000 + i;
      c.send({ jsonrpc: '2.0', id, method: 'clausule/ping', params: null });
      answered = await c.waitFor((m) => m.id !== undefined && Number(m.id) >= 9000 && m.method === undefined, 500, 'a ping').then(() => true, () => false);
    }
    assert.ok(answered, 'the server is in sync again');
    await assertHealthy(c);
  });

  it('unknown methods: requests get MethodNotFound, notifications are ignored', async () => {
    c.notify('clausule/noSuchNotification', { a: 1 });
    c.notify('$/noSuchThing', null);
    const r = await c.request('clausule/noSuchRequest', { a: 1 });
    assert.equal(r.error?.code, -32601);
    const r2 = await c.request('textDocument/noSuchFeature', { textDocument: { uri: 'file:///x.av' } });
    assert.equal(r2.error?.code, -32601);
    await assertHealthy(c);
  });

  it('every request with absurd params (document never opened, positions negative, past the end, fractional, wrong types): a response, never a crash, and every range inside the document', async () => {
    const uri = 'file:///tmp/clausule-abuse/open.av';
    const text = SEEDS[0];
    c.open(uri, text, 1);
    await c.diagnostics(uri, (p) => p.version === 1);
    const doc = TextDocument.create(uri, 'voorwaarden', 1, text);
    const methods = [
      'textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references', 'textDocument/documentSymbol',
      'textDocument/codeAction', 'textDocument/rename', 'textDocument/prepareRename', 'textDocument/foldingRange', 'textDocument/documentLink',
      'textDocument/signatureHelp', 'textDocument/documentHighlight', 'textDocument/formatting', 'textDocument/semanticTokens/full',
      'textDocument/diagnostic', 'textDocument/inlayHint', 'workspace/symbol', 'clausule/preview', 'clausule/export', 'workspace/executeCommand',
      'completionItem/resolve', 'codeAction/resolve', 'documentLink/resolve',
    ];
    const positions: unknown[] = [
      { line: -1, character: -5 }, { line: 1e9, character: 1e9 }, { line: 2 ** 31, character: 0 }, { line: 1.5, character: 0.5 },
      { line: '1', character: null }, { line: 0, character: -1 }, { line: 3, character: 1e6 }, {}, null,
    ];
    const paramSets: unknown[] = [null, [], 'x', 42, {}, { textDocument: {} }, { textDocument: { uri: 7 } }];
    for (const uriVariant of ['file:///never/opened.av', uri, 'untitled:Untitled-1', 'not a uri', '']) {
      for (const position of positions) {
        paramSets.push({
          textDocument: { uri: uriVariant },
          uri: uriVariant,
          format: 'docx',
          position,
          range: { start: position, end: { line: 0, character: 0 } },
          context: { diagnostics: [], includeDeclaration: true, only: ['quickfix'], triggerKind: 1 },
          newName: 'Nieuw',
          query: '',
          command: 'clausule.renumber',
          arguments: [uriVariant, position],
        });
      }
    }
    const pending: Array<Promise<[string, unknown, Message]>> = [];
    for (const method of methods) for (const params of paramSets) pending.push(c.request(method, params, 30_000).then((m) => [method, params, m]));
    for (const [method, params, m] of await Promise.all(pending)) {
      assert.ok(isResponse(m), `${method} ${JSON.stringify(params)} -> ${JSON.stringify(m)}`);
      if (m.result) assertRangesInside(m.result, doc, `${method} ${JSON.stringify(params)}`);
    }
    assert.ok(c.alive);
    await assertHealthy(c);
  });

  it('didChange with a stale version, for a document never opened, and with ranges out of bounds: the server follows the text it was given and stays correct', async () => {
    const uri = 'file:///tmp/clausule-abuse/stale.av';
    const local = TextDocument.create(uri, 'voorwaarden', 5, SEEDS[0]);
    c.open(uri, SEEDS[0], 5);
    await c.diagnostics(uri, (p) => p.version === 5);
    c.change('file:///never/opened.av', 2, [{ text: 'x' }]);
    const edits = [
      { range: { start: { line: 1e6, character: 0 }, end: { line: 1e6 + 1, character: 5 } }, text: 'AAN HET EINDE dertig (31)' },
      { range: { start: { line: -3, character: -3 }, end: { line: 0, character: 2 } }, text: 'BEGIN ' },
      { range: { start: { line: 4, character: 1e6 }, end: { line: 2, character: 0 } }, text: '' }, // reversed
    ];
    c.change(uri, 3, edits); // stale: lower than the open version
    TextDocument.update(local, edits, 3);
    const pub = await c.diagnostics(uri, (p) => p.version === 3);
    assertRangesInside(pub.diagnostics, local, 'diagnostics after out-of-range edits');
    assert.ok(pub.diagnostics.some((d) => d.code === 'getal-woord' && d.range.start.line === local.positionAt(local.getText().indexOf('dertig (31)')).line), 'the appended text is analysed');
    c.change(uri, 9, [{ text: DRAFT }]);
    const fixed = await c.diagnostics(uri, (p) => p.version === 9);
    assert.ok(fixed.diagnostics.some((d) => d.code === 'getal-woord' && d.range.start.line === 1));
    await assertHealthy(c);
  });

  it('malformed notifications (didOpen without text, with a number as text, didClose of unknown documents) do not kill the server', async () => {
    c.notify('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/a.av', languageId: 'voorwaarden', version: 1 } });
    c.notify('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/b.av', languageId: 'voorwaarden', version: 1, text: 12345 } });
    c.notify('textDocument/didOpen', null);
    c.notify('textDocument/didChange', { textDocument: { uri: 'file:///tmp/b.av', version: 2 }, contentChanges: [{ text: null }] });
    c.notify('textDocument/didChange', { textDocument: { uri: 'file:///tmp/b.av', version: 3 }, contentChanges: 'x' });
    c.notify('textDocument/didClose', { textDocument: { uri: 'file:///never.av' } });
    c.notify('workspace/didChangeConfiguration', { settings: { clausule: { rules: 'not an object', doelgroep: 42, diagnostics: { debounceMs: -1 } } } });
    c.notify('workspace/didChangeWatchedFiles', { changes: 'x' });
    await new Promise((r) => setTimeout(r, 300));
    await assertHealthy(c);
  });

  it('a 10 MB didOpen is analysed (fast checks only) and the server keeps answering', async () => {
    const unit = SEEDS[0] + 'De partijen spreken af dat de levering plaatsvindt op de overeengekomen plaats en tijd. '.repeat(400) + '\n';
    const big = unit.repeat(Math.ceil(10_000_000 / unit.length));
    const uri = 'file:///tmp/clausule-abuse/big.av';
    c.open(uri, big, 1);
    const pub = await c.diagnostics(uri, (p) => p.version === 1, 50_000);
    assert.ok(pub.diagnostics.length > 0);
    assertRangesInside(pub.diagnostics.slice(0, 2000), TextDocument.create(uri, 'voorwaarden', 1, big), 'diagnostics of the 10 MB draft');
    await c.waitFor((m) => /^window\/showMessage/.test(m.method ?? '') && /groot|large/i.test(m.params.message), 5_000, 'the one-time notice about the large draft');
    await assertHealthy(c);
  });

  it('a flood of 1,000 didChange notifications: the last version is published, with the right findings', async () => {
    const uri = 'file:///tmp/clausule-abuse/flood.av';
    const local = TextDocument.create(uri, 'voorwaarden', 1, DRAFT);
    c.open(uri, DRAFT, 1);
    let version = 1;
    for (let i = 0; i < 1000; i++) {
      version++;
      const insert = i % 3 === 0 ? '\n' : String.fromCharCode(97 + (i % 26));
      const line = local.lineCount - 1;
      const change = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: insert };
      TextDocument.update(local, [change], version);
      c.change(uri, version, [change]);
    }
    const last = await c.diagnostics(uri, (p) => p.version === version, 30_000);
    assertRangesInside(last.diagnostics, local, 'diagnostics after the flood');
    assert.ok(last.diagnostics.some((d) => d.code === 'getal-woord' && d.range.start.line === 1));
    await assertHealthy(c);
  });

  it('with the default debounce, a flood of edits is analysed a few times, not once per edit', async () => {
    const d = new RawClient();
    try {
      await d.initialize({});
      const uri = 'file:///tmp/clausule-abuse/flood-debounced.av';
      d.open(uri, DRAFT, 1);
      for (let v = 2; v <= 1000; v++) d.change(uri, v, [{ text: DRAFT + 'x'.repeat(v % 50) }]);
      await d.diagnostics(uri, (p) => p.version === 1000, 30_000);
      const publishes = d.messages.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri).length;
      assert.ok(publishes <= 20, `edits are coalesced (${publishes} publishes for 1000 edits)`);
    } finally {
      await d.shutdown();
    }
  });

  it('malformed params of LSP requests get InvalidParams (-32602) naming what is wrong, not an internal TypeError', async () => {
    const uri = 'file:///tmp/clausule-abuse/params.av';
    c.open(uri, DRAFT, 1);
    await c.diagnostics(uri, (p) => p.version === 1);
    const cases: Array<[string, unknown, RegExp]> = [
      ['textDocument/codeAction', 'oops', /params must be an object/],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 } } }, /range must be/],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, /context\.diagnostics/],
      ['textDocument/hover', { textDocument: { uri } }, /position must be/],
      ['textDocument/hover', { textDocument: { uri: 7 }, position: { line: 0, character: 0 } }, /textDocument\.uri/],
      ['textDocument/rename', { textDocument: { uri }, position: { line: 1, character: 3 } }, /newName/],
      ['textDocument/documentSymbol', [], /params must be an object/],
      ['textDocument/selectionRange', { textDocument: { uri }, positions: [{ line: -1, character: 0 }] }, /positions must be/],
      ['workspace/executeCommand', { command: 'clausule.renumber', arguments: 'x' }, /arguments must be an array/],
      ['workspace/symbol', {}, /query/],
    ];
    for (const [method, params, why] of cases) {
      const r = await c.request(method, params);
      assert.equal(r.error?.code, -32602, `${method} ${JSON.stringify(params)} -> ${JSON.stringify(r)}`);
      assert.match(r.error.message, why);
      assert.doesNotMatch(r.error.message, /TypeError|Cannot read|undefined/);
    }
    // The same requests with the right shape are answered.
    const ok = await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } });
    assert.equal(ok.error, undefined, JSON.stringify(ok));
    await assertHealthy(c);
  });
});

describe('robustness: the LSP lifecycle is enforced', function () {
  this.timeout(suiteTimeout(30_000));

  it('requests before initialize get ServerNotInitialized (-32002); notifications then are dropped; initialize then works', async () => {
    const c = new RawClient();
    try {
      const r = await c.request('textDocument/hover', { textDocument: { uri: 'file:///x.av' }, position: { line: 0, character: 0 } });
      assert.equal(r.error?.code, -32002, JSON.stringify(r));
      const u = await c.request('clausule/noSuchRequest', {});
      assert.equal(u.error?.code, -32002, JSON.stringify(u));
      const early = 'file:///tmp/clausule-abuse/early.av';
      c.open(early, DRAFT, 1); // dropped: the server is not initialized
      await c.initialize();
      await assertHealthy(c);
      const symbols = await c.request('textDocument/documentSymbol', { textDocument: { uri: early } });
      assert.equal(symbols.result, null, 'the document opened before initialize was not kept');
    } finally {
      await c.shutdown();
    }
  });

  it('a second initialize fails with InvalidRequest (-32600) and changes nothing', async () => {
    const c = new RawClient();
    try {
      await c.initialize();
      const r = await c.request('initialize', { processId: null, rootUri: null, capabilities: {}, locale: 'en' });
      assert.equal(r.error?.code, -32600, JSON.stringify(r));
      await assertHealthy(c);
    } finally {
      await c.shutdown();
    }
  });

  it('after shutdown: requests get InvalidRequest (-32600), documents opened are not analysed, exit ends the process with 0', async () => {
    const c = new RawClient();
    await c.initialize();
    const uri = 'file:///tmp/clausule-abuse/late.av';
    const down = await c.request('shutdown', null);
    assert.equal(down.error, undefined);
    c.open(uri, DRAFT, 1);
    for (const method of ['textDocument/hover', 'textDocument/documentSymbol', 'shutdown', 'clausule/preview']) {
      const r = await c.request(method, { textDocument: { uri }, uri, position: { line: 1, character: 3 } });
      assert.equal(r.error?.code, -32600, `${method}: ${JSON.stringify(r)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
    assert.ok(!c.messages.some((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri), 'the document opened after shutdown was analysed');
    const exited = new Promise<number | null>((resolve) => c.proc.once('exit', (code) => resolve(code)));
    c.notify('exit', null);
    assert.equal(await exited, 0);
  });
});
