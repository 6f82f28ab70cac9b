// A byte-level LSP client for abuse tests: it frames messages itself, so it can also send what a correct
// client never would (bad JSON, wrong Content-Length, garbage), and it reads every frame the server sends.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './harness';

export const SERVER = path.join(ROOT, 'dist', 'server.js');

export interface Message {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string };
}

export class RawClient {
  readonly proc: ChildProcess;
  readonly messages: Message[] = [];
  readonly stderr: string[] = [];
  exited: { code: number | null; signal: string | null } | undefined;
  private buf = Buffer.alloc(0);
  private waiters: Array<() => void> = [];
  private nextId = 1000;

  constructor(options: { args?: string[]; nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}) {
    this.proc = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, ...(options.args ?? ['--stdio'])], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
    this.proc.stdout!.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.proc.on('exit', (code, signal) => {
      this.exited = { code, signal };
      this.wake();
    });
    this.proc.stdin!.on('error', () => undefined); // writing to a dead server is what some tests check
  }

  private wake() {
    for (const w of this.waiters.splice(0)) w();
  }

  private onData(d: Buffer) {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const headerEnd = this.buf.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buf.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length: *(\d+)/i.exec(header);
      if (!m) throw new Error(`server sent a frame without Content-Length: ${header}`);
      const len = Number(m[1]);
      if (this.buf.length < headerEnd + 4 + len) return;
      const body = this.buf.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      this.buf = this.buf.subarray(headerEnd + 4 + len);
      const msg = JSON.parse(body) as Message;
      this.messages.push(msg);
      // Server-to-client requests get a neutral answer, as an editor with no settings would give.
      if (msg.method && msg.id !== undefined) {
        const result = msg.method === 'workspace/configuration' ? (msg.params?.items ?? []).map(() => null) : null;
        this.send({ jsonrpc: '2.0', id: msg.id, result });
      }
      this.wake();
    }
  }

  /** Writes raw bytes, exactly as given. */
  writeRaw(data: string | Buffer): void {
    if (!this.proc.stdin!.writable) return;
    this.proc.stdin!.write(data);
  }

  /** Frames `body` with a Content-Length header; `length` overrides the header's value. */
  writeFrame(body: string, length = Buffer.byteLength(body, 'utf8')): void {
    this.writeRaw(`Content-Length: ${length}\r\n\r\n`);
    this.writeRaw(body);
  }

  send(msg: Message): void {
    this.writeFrame(JSON.stringify(msg));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Sends a request and resolves with its response (result or error). */
  async request(method: string, params: unknown, timeoutMs = 15_000): Promise<Message> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return this.waitFor((m) => m.id === id && m.method === undefined, timeoutMs, `response to ${method}`);
  }

  /** Resolves with the first message (from `from` on) that satisfies `pred`. */
  async waitFor(pred: (m: Message) => boolean, timeoutMs = 15_000, what = 'a message', from = 0): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.slice(from).find(pred);
      if (found) return found;
      if (this.exited) throw new Error(`server exited (${JSON.stringify(this.exited)}) while waiting for ${what}; stderr: ${this.stderr.join('').slice(-2000)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${what} within ${timeoutMs} ms; stderr: ${this.stderr.join('').slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** The last diagnostics published for `uri` that satisfy `pred`. */
  async diagnostics(uri: string, pred: (p: { version?: number; diagnostics: any[] }) => boolean = () => true, timeoutMs = 15_000): Promise<{ version?: number; diagnostics: any[] }> {
    const matches = (m: Message) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const all = this.messages.filter(matches);
      const last = all[all.length - 1];
      if (last && pred(last.params)) return last.params;
      const n = this.messages.length;
      await this.waitFor((m) => matches(m), Math.max(1, deadline - Date.now()), `diagnostics for ${uri}`, n).catch((e) => {
        throw new Error(`${(e as Error).message}; last: ${JSON.stringify(last?.params)?.slice(0, 500)}`);
      });
    }
  }

  async initialize(initializationOptions: unknown = { diagnostics: { debounceMs: 0 } }): Promise<Message> {
    const r = await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: 'nl',
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions,
    });
    const from = this.messages.length;
    this.notify('initialized', {});
    // The server asks for the settings right after `initialized`; our answer must be on the wire before a
    // test starts writing partial frames, or it would land inside them.
    await this.waitFor((m) => m.method === 'workspace/configuration', 5_000, 'the settings request', from).catch(() => undefined);
    return r;
  }

  open(uri: string, text: string, version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'voorwaarden', version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown[]): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  get alive(): boolean {
    return this.exited === undefined && this.proc.exitCode === null;
  }

  async shutdown(): Promise<number | null> {
    if (!this.alive) return this.exited?.code ?? null;
    const exited = new Promise<number | null>((resolve) => this.proc.once('exit', (code) => resolve(code)));
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit', null);
    } catch {
      this.proc.kill();
    }
    const code = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 3000))]);
    if (this.proc.exitCode === null) this.proc.kill('SIGKILL');
    return code;
  }
}
