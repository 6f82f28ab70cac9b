// Privacy: drafts never leave the machine. Two kinds of evidence:
// 1. Static: the built bundles contain no networking module (http, https, http2, dns, tls, dgram, undici) and
//    no network API (fetch, WebSocket, XMLHttpRequest, EventSource, sendBeacon); `net` appears only inside the
//    JSON-RPC library, for its pipe/socket transports; every non-literal require is accounted for.
// 2. Runtime: the server and the CLI run a full session with every outbound route trapped (netTrap.cjs,
//    preloaded with --require); nothing is attempted, and no telemetry/event is sent.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { RawClient } from './rawClient';
import { repoDrafts, ROOT, SEEDS, suiteTimeout } from './harness';

const TRAP = path.join(ROOT, 'test', 'robustness', 'netTrap.cjs');
const BUNDLES = ['server.js', 'server-core.js', 'client.js', 'cli.js', 'export.js', 'import.js'];
const FORBIDDEN_MODULES = /^(?:node:)?(?:http|https|http2|dns|dns\/promises|tls|dgram|undici|inspector)$/;
/** `net` is what the JSON-RPC library needs for --pipe/--socket transports; nowhere else. */
const NET_ALLOWED_IN = /(?:^|\/)vscode-jsonrpc\/lib\/node\/main\.js$/;
/**
 * Non-literal requires we know about: the server entry loads the core bundled beside it, and the preview
 * feature loads the Word exporter bundled beside the server, the client the Word importer beside it, the
 * spelling loader dist/spelling.js (Hunspell in WebAssembly, inlined as a data URI: its emscripten fetch
 * path is for browsers only).
 */
const DYNAMIC_REQUIRE_ALLOWED_IN = new Set(['server/src/main.ts', 'server/src/lsp/features/preview.ts', 'client/src/importDocx.ts', 'server/src/node/spellingLoader.ts']);

interface Occurrence {
  bundle: string;
  module: string; // the source file the bundle says the code came from
  text: string;
}

const TARGETS: Record<string, { entry: string; external?: string[] }> = {
  'client.js': { entry: 'client/src/extension.ts', external: ['vscode'] },
  'server.js': { entry: 'server/src/main.ts' },
  // The core bundle takes the LSP library from server.js (esbuild.mjs, sharedLspLibrary).
  'server-core.js': { entry: 'server/src/lsp/server.ts', external: ['vscode-languageserver/node'] },
  'cli.js': { entry: 'server/src/cli/main.ts' },
  'export.js': { entry: 'server/src/export/index.ts' },
  'import.js': { entry: 'server/src/import/index.ts' },
};
const texts = new Map<string, string>();

/**
 * The bundle's text as `npm run build` writes it. A minified dist/ (after `npm run package`) has no module
 * markers to attribute code by; then the same entry point is bundled again, unminified, into a temp dir.
 */
function bundleText(bundle: string): string {
  let text = texts.get(bundle);
  if (text !== undefined) return text;
  text = fs.readFileSync(path.join(ROOT, 'dist', bundle), 'utf8');
  if (!/^\/\/ (?:node_modules|server|client)\//m.test(text) && bundle !== 'export.js') {
    const esbuild = createRequire(path.join(ROOT, 'package.json'))('esbuild') as { buildSync(o: object): unknown };
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-bundle-')), bundle);
    const t = TARGETS[bundle];
    esbuild.buildSync({ absWorkingDir: ROOT, entryPoints: [t.entry], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: t.external ?? [], define: { SERVER_VERSION: '"0"' }, logLevel: 'silent', legalComments: 'none', preserveSymlinks: true });
    text = fs.readFileSync(out, 'utf8');
  }
  texts.set(bundle, text);
  return text;
}

/** Attributes each match to the `// path/of/source.js` comment esbuild writes above every module. */
function occurrences(bundle: string, re: RegExp): Occurrence[] {
  const text = bundleText(bundle);
  const markers: Array<{ at: number; module: string }> = [];
  for (const m of text.matchAll(/^\/\/ ((?:node_modules|server|client|test)\/[^\s]+)$/gm)) markers.push({ at: m.index!, module: m[1] });
  const out: Occurrence[] = [];
  for (const m of text.matchAll(re)) {
    let module = '(bundle prelude)';
    for (const k of markers) {
      if (k.at > m.index!) break;
      module = k.module;
    }
    out.push({ bundle, module, text: m[0] });
  }
  return out;
}

function bundlesPresent(): string[] {
  const present = BUNDLES.filter((b) => fs.existsSync(path.join(ROOT, 'dist', b)));
  assert.ok(present.includes('server.js') && present.includes('client.js') && present.includes('cli.js'), `bundles in dist/: ${present.join(', ')}`);
  return present;
}

describe('robustness: privacy, nothing leaves the machine', function () {
  this.timeout(suiteTimeout(60_000));

  describe('the bundles', () => {
    it('carry module markers, so every finding below can be attributed (the checks are not vacuous)', () => {
      for (const b of bundlesPresent()) {
        if (b === 'export.js') continue;
        assert.ok(occurrences(b, /require\("[^"]+"\)/g).length > 0, `${b} has requires`);
      }
      const net = occurrences('server.js', /\brequire\("(?:node:)?net"\)/g);
      assert.equal(net.length, 1, 'the server bundle requires net exactly once (the LSP transports)');
      assert.match(net[0].module, NET_ALLOWED_IN);
    });

    it('require no networking module (http, https, http2, dns, tls, dgram, undici, inspector)', () => {
      const bad = bundlesPresent().flatMap((b) => occurrences(b, /\b(?:require|import)\(\s*["'`]([^"'`]+)["'`]\s*\)|\bfrom\s*["']([^"']+)["']/g).filter((o) => FORBIDDEN_MODULES.test(/["'`]([^"'`]+)["'`]/.exec(o.text)![1])));
      assert.deepEqual(bad, []);
    });

    it('require `net` only inside the JSON-RPC library', () => {
      const net = bundlesPresent().flatMap((b) => occurrences(b, /\b(?:require|import)\(\s*["'](?:node:)?net["']\s*\)/g));
      assert.deepEqual(net.filter((o) => !NET_ALLOWED_IN.test(o.module)), []);
    });

    it('use no network API (fetch, WebSocket, XMLHttpRequest, EventSource, sendBeacon)', () => {
      const bad = bundlesPresent().flatMap((b) => occurrences(b, /(?<![\w$.'"])(?:fetch|WebSocket|XMLHttpRequest|EventSource)\s*\(|\bnew\s+(?:WebSocket|XMLHttpRequest|EventSource)\b|\bsendBeacon\b|globalThis\.fetch\b/g));
      assert.deepEqual(bad, []);
    });

    it('have no require() of a computed name except the known exporter loader', () => {
      const dyn = bundlesPresent().flatMap((b) => occurrences(b, /(?<![\w$.])require\(\s*(?!["'`)])[^)]{0,60}\)/g));
      assert.deepEqual(dyn.filter((o) => !DYNAMIC_REQUIRE_ALLOWED_IN.has(o.module)), []);
    });
  });

  describe('at run time, with every outbound route trapped', () => {
    it('the trap itself records every kind of attempt (self-test) while stdio keeps working', async () => {
      const c = new RawClient({ nodeArgs: ['--require', TRAP], env: { ...process.env, CLAUSULE_NET_TRAP_SELFTEST: '1' } });
      try {
        const init = await c.initialize();
        assert.equal(init.result?.serverInfo?.name, 'clausule');
      } finally {
        await c.shutdown();
      }
      const log = c.stderr.join('');
      for (const what of ['globalThis.fetch', 'https.get', 'http.request', 'dns.lookup', 'net.connect', 'net.Socket.connect', 'tls.connect', 'dgram.createSocket', 'http2.connect']) {
        assert.ok(log.includes(`CLAUSULE-NET-TRAP ${what} `), `the trap saw ${what}: ${log.slice(0, 2000)}`);
      }
    });

    it('a full language-server session opens no socket, resolves no name, and sends no telemetry', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-privacy-'));
      fs.writeFileSync(path.join(dir, '.clausule.json'), JSON.stringify({ doelgroep: 'b2c', rules: { 'heldere-taal': 'hint' } }));
      const c = new RawClient({ nodeArgs: ['--require', TRAP] });
      try {
        const init = await c.initialize();
        const caps = init.result.capabilities;
        const drafts = [...SEEDS.filter((s) => s.length), ...repoDrafts().map((d) => d.text)];
        for (let i = 0; i < drafts.length; i++) {
          const uri = 'file://' + path.join(dir, `concept-${i}.av`);
          c.open(uri, drafts[i], 1);
          await c.diagnostics(uri, (p) => p.version === 1);
          const lines = drafts[i].split(/\r\n|\r|\n/).length;
          const position = { line: Math.min(3, lines - 1), character: 4 };
          const whole = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
          const requests: Array<[string, unknown]> = [
            ['textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [] } }],
            ['clausule/preview', { uri }],
            ['clausule/export', { uri, format: 'html' }],
            ['clausule/export', { uri, format: 'docx' }],
            ['textDocument/hover', { textDocument: { uri }, position }],
            ['textDocument/completion', { textDocument: { uri }, position }],
            ['textDocument/definition', { textDocument: { uri }, position }],
            ['textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }],
            ['textDocument/documentSymbol', { textDocument: { uri } }],
            ['textDocument/foldingRange', { textDocument: { uri } }],
            ['textDocument/documentLink', { textDocument: { uri } }],
            ['textDocument/prepareRename', { textDocument: { uri }, position }],
          ];
          for (const command of caps.executeCommandProvider?.commands ?? []) requests.push(['workspace/executeCommand', { command, arguments: [uri] }]);
          for (const [method, params] of requests) {
            const r = await c.request(method, params);
            // The paths that turn a draft into bytes must really have run.
            if (method.startsWith('clausule/')) assert.ok(r.result && !r.error, `${method} ${JSON.stringify(params)}: ${JSON.stringify(r.error)}`);
          }
          c.change(uri, 2, [{ text: drafts[i] + '\nArtikel 99 Slot\nDit geldt ten allen tijde.\n' }]);
          await c.diagnostics(uri, (p) => p.version === 2);
        }
        c.notify('workspace/didChangeConfiguration', { settings: { clausule: { doelgroep: 'b2b' } } });
        c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file://' + path.join(dir, '.clausule.json'), type: 2 }] });
        await new Promise((r) => setTimeout(r, 300));
        assert.ok(c.alive);
      } finally {
        assert.equal(await c.shutdown(), 0);
        fs.rmSync(dir, { recursive: true, force: true });
      }
      assert.deepEqual(c.stderr.join('').split('\n').filter((l) => l.startsWith('CLAUSULE-NET-TRAP')), []);
      assert.deepEqual(c.messages.filter((m) => m.method === 'telemetry/event'), []);
    });

    it('the CLI checks drafts in every output format with the same trap and attempts nothing', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-privacy-cli-'));
      try {
        SEEDS.forEach((s, i) => fs.writeFileSync(path.join(dir, `concept-${i}.av`), s));
        for (const format of ['json', 'sarif']) {
          const args = ['--require', TRAP, path.join(ROOT, 'dist', 'cli.js'), 'check', dir, '--format', format];
          const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 30_000 });
          assert.ok(r.status === 0 || r.status === 1, `cli exit ${r.status}: ${r.stderr}`);
          assert.ok(r.stdout.length > 0, 'the CLI reported');
          assert.deepEqual(r.stderr.split('\n').filter((l) => l.startsWith('CLAUSULE-NET-TRAP')), [], `format ${format}`);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
