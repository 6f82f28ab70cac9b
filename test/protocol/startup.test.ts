// The entry bundle answers `initialize` on its own and loads the core after; an install that lacks the
// core bundle must say so, not die silently.
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

describe('protocol: startup', function () {
  this.timeout(20_000);

  it('without dist/server-core.js it answers initialize, then tells why it stops and exits with 1', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-nocore-'));
    try {
      fs.copyFileSync(SERVER, path.join(dir, 'server.js'));
      const proc = spawn(process.execPath, [path.join(dir, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      proc.stdout.on('data', (d) => (out += d));
      proc.stderr.on('data', (d) => (err += d));
      const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
      proc.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
      const code = await exited;
      assert.equal(code, 1);
      assert.match(out, /"id":1,"result":\{"capabilities"/);
      assert.match(out, /window\/logMessage.*server-core\.js kan niet worden geladen \/ cannot be loaded/);
      assert.match(err, /Installeer de extensie opnieuw \/ reinstall the extension/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
