// A minimal LSP client over stdio for protocol tests: spawns the bundled server (dist/server.js).
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  message: string;
  relatedInformation?: Array<{ location: { uri: string; range: Range }; message: string }>;
  codeDescription?: { href: string };
}

export const SERVER = path.resolve(__dirname, '../../../../dist/server.js');

export class LspClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly stderr: string[] = [];
  private diagnostics = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  private waiters: Array<() => void> = [];
  readonly notifications: Array<{ method: string; params: unknown }> = [];

  constructor(args: string[] = ['--stdio'], env: NodeJS.ProcessEnv = process.env) {
    this.proc = spawn(process.execPath, [SERVER, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.proc.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, { version: p.version, diagnostics: p.diagnostics });
      for (const w of this.waiters.splice(0)) w();
    });
    this.conn.onNotification((method: string, params: unknown) => {
      this.notifications.push({ method, params });
    });
    // The server asks for configuration; answer with nothing so defaults apply.
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.listen();
  }

  async initialize(initializationOptions: unknown = { diagnostics: { debounceMs: 0 } }, locale = 'nl'): Promise<any> {
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions,
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1): void {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'voorwaarden', version, text } });
  }

  change(uri: string, version: number, text: string): void {
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  /** Resolves with the diagnostics of `uri` once a publish satisfies `pred` (default: any publish for that version). */
  async diagnosticsFor(uri: string, pred: (d: { version?: number; diagnostics: Diagnostic[] }) => boolean = () => true, timeoutMs = 10000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const d = this.diagnostics.get(uri);
      if (d && pred(d)) return d.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms (last: ${JSON.stringify(d)}); stderr: ${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  clearDiagnostics(uri: string) {
    this.diagnostics.delete(uri);
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.proc.once('exit', (code) => resolve(code)));
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      this.proc.kill();
    }
    const code = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 3000))]);
    this.conn.dispose();
    if (this.proc.exitCode === null) this.proc.kill('SIGKILL');
    return code;
  }
}

/**
 * Mocha hooks for a suite in which each test gets a fresh, initialised server with one document open;
 * `session.client` is that test's client.
 */
export function withOpenDocument(uri: string, text: string): { readonly client: LspClient } {
  let current: LspClient | undefined;
  beforeEach(async () => {
    current = new LspClient();
    await current.initialize();
    current.open(uri, text);
  });
  afterEach(async () => {
    await current?.shutdown();
    current = undefined;
  });
  return {
    get client(): LspClient {
      if (!current) throw new Error('withOpenDocument: no client outside a test');
      return current;
    },
  };
}
