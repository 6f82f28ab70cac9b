// A server busy with long work stays responsive: analyses of other drafts run one per turn of the event loop
// (a hover is answered between two of them, not after all), the document last touched goes first, and a
// long request (a preview) honours $/cancelRequest, as do requests still waiting in the queue.
import * as assert from 'node:assert/strict';
import { RawClient } from './rawClient';
import { SEEDS, suiteTimeout } from './harness';

const BIG = (SEEDS[0] + '\n').repeat(Math.ceil(150_000 / SEEDS[0].length));
const SMALL = '## Artikel 1 – Betaling\n1.1 Opdrachtgever betaalt binnen dertig (14) dagen.\n';
const uri = (name: string) => `file:///tmp/clausule-scheduling/${name}.av`;

describe('robustness: long work does not block the server', function () {
  this.timeout(suiteTimeout(90_000));
  let c: RawClient;
  afterEach(async () => {
    await c.shutdown();
  });

  it('a hover is answered between the analyses of 20 other drafts, not after all of them', async () => {
    c = new RawClient();
    await c.initialize({ diagnostics: { debounceMs: 0 } });
    c.open(uri('small'), SMALL, 1);
    await c.diagnostics(uri('small'), (p) => p.version === 1);
    for (let i = 0; i < 20; i++) c.open(uri(`big-${i}`), BIG, 1);
    const hover = await c.request('textDocument/hover', { textDocument: { uri: uri('small') }, position: { line: 1, character: 4 } }, 60_000);
    assert.equal(hover.error, undefined, JSON.stringify(hover));
    const publishedBefore = new Set(c.messages.slice(0, c.messages.indexOf(hover)).filter((m) => m.method === 'textDocument/publishDiagnostics').map((m) => m.params.uri));
    const bigBefore = [...publishedBefore].filter((u) => u.includes('big-')).length;
    assert.ok(bigBefore < 20, `the hover waited for all ${bigBefore} analyses`);
    for (let i = 0; i < 20; i++) await c.diagnostics(uri(`big-${i}`), (p) => p.version === 1, 60_000);
  });

  it('the document the user works in is analysed before the others that wait', async () => {
    c = new RawClient();
    await c.initialize({ diagnostics: { debounceMs: 300 } });
    for (let i = 0; i < 10; i++) c.open(uri(`wait-${i}`), BIG, 1);
    c.open(uri('mine'), SMALL, 1);
    for (let i = 0; i < 10; i++) await c.diagnostics(uri(`wait-${i}`), (p) => p.version === 1, 60_000);
    await c.diagnostics(uri('mine'), (p) => p.version === 1, 60_000);
    // The user looks at "mine" (a hover), then a settings change makes all eleven due at the same moment.
    await c.request('textDocument/hover', { textDocument: { uri: uri('mine') }, position: { line: 1, character: 4 } });
    const from = c.messages.length;
    c.notify('workspace/didChangeConfiguration', { settings: {} });
    await c.diagnostics(uri('mine'), () => c.messages.slice(from).some((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri('mine')), 60_000);
    const order = c.messages.slice(from).filter((m) => m.method === 'textDocument/publishDiagnostics').map((m) => m.params.uri);
    // Without priority it would be last: it was opened last.
    assert.equal(order[0], uri('mine'), `published in the order ${order.map((u) => u.replace(/.*\//, '')).join(', ')}`);
    const published = () => c.messages.slice(from).filter((m) => m.method === 'textDocument/publishDiagnostics').length;
    await c.waitFor(() => published() >= 11, 60_000, 'all eleven published again');
  });

  it('a preview of a large draft honours $/cancelRequest, and requests queued behind it can be cancelled too', async () => {
    c = new RawClient();
    // A long debounce: no analysis runs before the preview asks for one.
    await c.initialize({ diagnostics: { debounceMs: 10_000 } });
    const big = uri('preview');
    c.open(big, BIG.repeat(4), 1);
    const id = 777;
    c.send({ jsonrpc: '2.0', id, method: 'clausule/preview', params: { uri: big } });
    c.send({ jsonrpc: '2.0', id: 778, method: 'textDocument/documentSymbol', params: { textDocument: { uri: big } } });
    c.notify('$/cancelRequest', { id });
    c.notify('$/cancelRequest', { id: 778 });
    const r = await c.waitFor((m) => m.id === id && m.method === undefined, 60_000, 'the preview answer');
    assert.equal(r.error?.code, -32800, `the preview ran to the end: ${JSON.stringify(r).slice(0, 200)}`);
    const q = await c.waitFor((m) => m.id === 778 && m.method === undefined, 60_000, 'the queued request');
    assert.equal(q.error?.code, -32800, JSON.stringify(q).slice(0, 200));
    // Not cancelled: answered in full.
    const ok = await c.request('clausule/preview', { uri: big }, 60_000);
    assert.ok(ok.result?.html.length > 1000, JSON.stringify(ok).slice(0, 200));
  });
});
