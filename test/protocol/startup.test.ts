// The entry bundle answers `initialize` on its own and loads the core after; an install that lacks the
// core bundle must say so, once, not die with a bare stack trace.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SERVER } from './lspClient';

function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** The JSON-RPC messages in a captured stdout. */
function messages(out: string): Array<Record<string, any>> {
  const found: Array<Record<string, any>> = [];
  let rest = out;
  for (let m = /Content-Length: (\d+)\r\n\r\n/.exec(rest); m; m = /Content-Length: (\d+)\r\n\r\n/.exec(rest)) {
    const start = m.index + m[0].length;
    const body = Buffer.from(rest.slice(start)).subarray(0, Number(m[1])).toString();
    found.push(JSON.parse(body));
    rest = rest.slice(start + body.length);
  }
  return found;
}

describe('protocol: startup', function () {
  this.timeout(20_000);

  it('without dist/server-core.js it answers initialize, then says once why it stops and exits with 1', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-nocore-'));
    fs.copyFileSync(SERVER, path.join(dir, 'server.js'));
    const proc = spawn(process.execPath, [path.join(dir, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      let out = '';
      let err = '';
      proc.stdout.on('data', (d) => (out += d));
      proc.stderr.on('data', (d) => (err += d));
      const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
      proc.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
      // `initialized` right away as well: the core is then asked for twice, and must fail (and say so) once.
      proc.stdin.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000));
      assert.equal(await Promise.race([exited, timeout]), 1);
      const msgs = messages(out);
      assert.ok(msgs.find((m) => m.id === 1)?.result?.capabilities, 'initialize was answered');
      const logs = msgs.filter((m) => m.method === 'window/logMessage' && /server-core\.js kan niet worden geladen \/ cannot be loaded/.test(m.params.message));
      assert.equal(logs.length, 1);
      assert.equal(err.match(/Installeer de extensie opnieuw \/ reinstall the extension/g)?.length, 1);
    } finally {
      proc.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
