// A small LSP client over stdio for the benchmark: spawns the bundled server and times round trips.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The V8 flags the VS Code client starts the server with (client/src/extension.ts). */
const SERVER_NODE_FLAGS = JSON.parse(readFileSync(new URL('../server/src/node/serverNodeFlags.json', import.meta.url), 'utf8'));
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

export class BenchClient {
  constructor(serverPath, settings = null) {
    this.spawnedAt = performance.now();
    this.proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = [];
    this.proc.stderr.on('data', (d) => this.stderr.push(String(d)));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.published = new Map(); // uri -> { version, at, count }
    this.waiters = [];
    this.messages = []; // window/showMessage and showMessageRequest
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      this.published.set(p.uri, { version: p.version, at: performance.now(), count: p.diagnostics.length });
      for (const w of this.waiters.splice(0)) w();
    });
    this.conn.onNotification('window/showMessage', (p) => this.messages.push(p));
    this.logs = []; // window/logMessage
    this.logTimes = [];
    this.conn.onNotification('window/logMessage', (p) => {
      this.logs.push(p.message);
      this.logTimes.push(performance.now());
      for (const w of this.waiters.splice(0)) w();
    });
    this.conn.onRequest('window/showMessageRequest', (p) => {
      this.messages.push(p);
      return null;
    });
    this.conn.onNotification(() => {});
    this.conn.onRequest('workspace/configuration', (p) => p.items.map((it) => (it.section === 'clausule' ? settings : null)));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.listen();
  }

  async initialize(initializationOptions = { diagnostics: { debounceMs: 0 } }) {
    const t0 = performance.now();
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: 'nl',
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: { relatedInformation: true }, hover: { contentFormat: ['markdown', 'plaintext'] } },
        window: { workDoneProgress: false },
      },
      initializationOptions,
    });
    const t1 = performance.now();
    await this.conn.sendNotification('initialized', {});
    this.capabilities = result.capabilities;
    return { requestMs: t1 - t0, sinceSpawnMs: t1 - this.spawnedAt, result };
  }

  open(uri, text, version = 1) {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'voorwaarden', version, text } });
  }

  /** Incremental change, as an editor sends for one keystroke. */
  edit(uri, version, range, text) {
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  /** Resolves with what `found` returns once it is not undefined, re-checked on each message; `expired()` after `timeoutMs`. */
  async until(found, timeoutMs, expired) {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const hit = found();
      if (hit !== undefined) return hit;
      const left = deadline - performance.now();
      if (left <= 0) return expired();
      await new Promise((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  waitFor(uri, version, timeoutMs = 30000) {
    return this.until(
      () => {
        const p = this.published.get(uri);
        return p && p.version === version ? p : undefined;
      },
      timeoutMs,
      () => {
        throw new Error(`no diagnostics for ${uri} v${version} in ${timeoutMs} ms; stderr: ${this.stderr.join('').slice(0, 2000)}`);
      },
    );
  }

  /** The first log line matching `re` (the server logs when the dictionary has loaded), or null. */
  waitForLog(re, timeoutMs = 30000) {
    return this.until(() => this.logs.find((l) => re.test(l)), timeoutMs, () => null);
  }

  /**
   * Until the dictionary has loaded (or failed to) and `uri` has been published again after it: the server
   * checks every open document once more then, and a measurement taken before that republish would catch
   * the server mid-analysis. Returns the log line, or null.
   */
  async waitForDictionary(uri, timeoutMs = 60000) {
    const started = performance.now();
    const hit = await this.waitForLog(/Dutch dictionary loaded|spelling is not checked/, timeoutMs);
    if (!hit) return null;
    const loggedAt = this.logTimes[this.logs.indexOf(hit)];
    return this.until(
      () => ((this.published.get(uri)?.at ?? 0) > loggedAt ? hit : undefined),
      timeoutMs - (performance.now() - started),
      () => {
        throw new Error(`${uri} was not published again after the dictionary loaded`);
      },
    );
  }

  request(method, params) {
    return this.conn.sendRequest(method, params);
  }

  /** Resident memory now, or its peak so far (`peak`: the kernel's high-water mark, VmHWM). */
  rssMb(peak = false) {
    try {
      const m = (peak ? /VmHWM:\s+(\d+) kB/ : /VmRSS:\s+(\d+) kB/).exec(readFileSync(`/proc/${this.proc.pid}/status`, 'utf8'));
      return m ? Math.round((Number(m[1]) / 1024) * 10) / 10 : null;
    } catch {
      return null;
    }
  }

  async shutdown() {
    const exited = new Promise((resolve) => this.proc.once('exit', resolve));
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      /* the process may already be gone */
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    this.conn.dispose();
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
  }
}

/** Offset -> LSP position (UTF-16, as JS strings count). */
export function positionAt(text, offset) {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}
