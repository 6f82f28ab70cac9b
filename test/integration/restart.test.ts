import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAll, code, diagnosticsFor, openDraft, waitFor } from './helpers';

/** Language server processes forked by this extension host (the suite runs inside it). */
function serverPids(client: unknown): number[] {
  if (!fs.existsSync('/proc/self/stat')) {
    // Without /proc (macOS, Windows under test-electron): the client's own handle on the process.
    const proc = (client as { _serverProcess?: { pid?: number; exitCode: number | null } })._serverProcess;
    return proc?.pid && proc.exitCode === null ? [proc.pid] : [];
  }
  const pids: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (cmd.some((a) => /[\\/]dist[\\/]server\.js$/.test(a))) pids.push(Number(name));
    } catch {
      /* the process ended meanwhile */
    }
  }
  return pids;
}

describe('server restart', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAll();
  });

  it('restarts the language server after it is killed, and checks drafts again', async () => {
    const { doc, editor } = await openDraft('gebreken.av');
    await diagnosticsFor(doc.uri, (d) => d.some((x) => code(x) === 'getal-woord'));
    const client = (vscode.extensions.getExtension(EXTENSION_ID)!.exports as { client: { isRunning(): boolean } }).client;
    const [pid, ...others] = serverPids(client);
    assert.ok(pid, 'the language server runs as a child of the extension host');
    assert.deepEqual(others, [], 'one server');
    process.kill(pid, 'SIGKILL');
    const [restarted] = await waitFor('a new server process', () => {
      const now = serverPids(client).filter((p) => p !== pid);
      return now.length ? now : undefined;
    });
    assert.notEqual(restarted, pid);
    await waitFor('the client to run again', () => client.isRunning());
    // The new server analyses the open draft again: an edit gets a fresh diagnostic.
    const at = doc.getText().indexOf('dertig (14)');
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 11)), 'dertig (30)'));
    const after = await diagnosticsFor(doc.uri, (d) => d.length > 0 && !d.some((x) => code(x) === 'getal-woord'));
    assert.deepEqual(after.map(code), ['spelling']);
    assert.deepEqual(serverPids(client), [restarted], 'still one server, the new one');
  });
});
