// The bundled CLI (dist/cli.js) on hostile files and folders: pipes, devices, huge files, unreadable folders,
// a reader that goes away, a draft too large for the Word writer. Each case must end within its timeout with
// a clear one-line message and exit 2 (never a hang, a stack trace or Node's dump of minified source).
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './harness';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const DRAFT = '## Artikel 1 – Betaling\n1.1 Opdrachtgever betaalt binnen dertig (14) dagen na de factuurdatum.\n';
const isRoot = process.getuid?.() === 0;
const posix = process.platform !== 'win32';

function cli(args: string[], options: SpawnSyncOptions = {}): { code: number | null; out: string; err: string; signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000, ...options });
  return { code: r.status, out: String(r.stdout ?? ''), err: String(r.stderr ?? ''), signal: r.signal };
}

/** No stack frame, no source excerpt: what a user sees is our own messages only. */
function assertCleanStderr(err: string): void {
  assert.doesNotMatch(err, /^\s+at /m, `a stack trace on stderr:\n${err.slice(0, 2000)}`);
  assert.doesNotMatch(err, /Error:|Node\.js v/, `an uncaught error on stderr:\n${err.slice(0, 2000)}`);
  for (const line of err.split('\n')) assert.ok(line.length < 600, `a long line (source dump?) on stderr: ${line.slice(0, 200)}…`);
}

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

describe('robustness: the CLI on hostile files', function () {
  this.timeout(60_000);
  let dir: string;
  before(function () {
    if (!fs.existsSync(CLI)) this.skip();
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-cli-hostile-'));
  });
  afterEach(() => {
    for (const d of fs.readdirSync(dir)) {
      try {
        fs.chmodSync(path.join(dir, d), 0o755);
      } catch {
        // a dangling link or a pipe: nothing to restore
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a draft that is a FIFO is refused at once, not waited on', function () {
    if (!posix) this.skip();
    const fifo = path.join(dir, 'pijp.av');
    mkfifo(fifo);
    const r = cli(['check', fifo]);
    assert.equal(r.signal, null, 'the CLI did not hang on the FIFO');
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot check ".*pijp\.av": is a named pipe \(FIFO\), not a regular file\./);
    assertCleanStderr(r.err);
  });

  for (const device of ['/dev/zero', '/dev/urandom']) {
    it(`a draft that is a link to ${device} is refused without reading it`, function () {
      if (!posix || !fs.existsSync(device)) this.skip();
      const link = path.join(dir, 'oneindig.av');
      fs.symlinkSync(device, link);
      const r = cli(['check', link], { timeout: 10_000 });
      assert.equal(r.signal, null, 'the CLI did not keep reading the device');
      assert.equal(r.code, 2);
      assert.match(r.err, /is a character device, not a regular file/);
      assertCleanStderr(r.err);
    });
  }

  it('a folder with a FIFO, a device link and a real draft: the draft is checked, the others are named, exit 2', function () {
    if (!posix) this.skip();
    mkfifo(path.join(dir, 'a-pijp.av'));
    fs.symlinkSync('/dev/zero', path.join(dir, 'b-nul.voorwaarden'));
    fs.writeFileSync(path.join(dir, 'c-concept.av'), DRAFT);
    const r = cli(['check', dir, '--format', 'json']);
    assert.equal(r.signal, null);
    assert.equal(r.code, 2);
    const findings = JSON.parse(r.out).findings as Array<{ file: string; code: string }>;
    assert.ok(findings.some((f) => f.file.endsWith('c-concept.av') && f.code === 'getal-woord'), r.out);
    assert.match(r.err, /a-pijp\.av": is a named pipe/);
    assert.match(r.err, /b-nul\.voorwaarden": is a character device/);
    assertCleanStderr(r.err);
  });

  it('a draft larger than the limit is refused by its size, not read', () => {
    const big = path.join(dir, 'groot.av');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 65 * 1024 * 1024); // sparse: no disk space used
    const r = cli(['check', big]);
    assert.equal(r.code, 2);
    assert.match(r.err, /groot\.av": is larger than 64 MB \(65 MB\)\./);
    assertCleanStderr(r.err);
  });

  it('a .clausule.json that is a FIFO or a link to /dev/zero: a clear message, exit 2', function () {
    if (!posix) this.skip();
    const draft = path.join(dir, 'concept.av');
    fs.writeFileSync(draft, DRAFT);
    const fifo = path.join(dir, 'fifo.json');
    mkfifo(fifo);
    let r = cli(['check', draft, '--config', fifo]);
    assert.equal(r.signal, null);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read ".*fifo\.json": is a named pipe \(FIFO\), not a regular file\./);
    fs.symlinkSync('/dev/zero', path.join(dir, '.clausule.json'));
    r = cli(['check', 'concept.av'], { cwd: dir, timeout: 10_000 });
    assert.equal(r.signal, null);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read "\.clausule\.json": is a character device/);
    assertCleanStderr(r.err);
  });

  it('an unreadable subfolder: named on stderr, exit 2, the readable drafts still checked', function () {
    if (!posix) this.skip();
    fs.writeFileSync(path.join(dir, 'concept.av'), DRAFT);
    const closed = path.join(dir, 'gesloten');
    fs.mkdirSync(closed);
    fs.writeFileSync(path.join(closed, 'geheim.av'), DRAFT);
    fs.chmodSync(closed, 0o000);
    // root reads any folder: run the CLI as an unprivileged user then, with the folders open to it.
    const asUser: SpawnSyncOptions = isRoot ? { uid: 65534, gid: 65534 } : {};
    if (isRoot) {
      fs.chmodSync(dir, 0o755);
      fs.chmodSync(path.join(dir, 'concept.av'), 0o644);
    }
    const r = cli(['check', dir, '--format', 'json'], asUser);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /cannot read the folder ".*gesloten": permission denied; its drafts are not checked\./);
    const files = (JSON.parse(r.out).findings as Array<{ file: string }>).map((f) => path.basename(f.file));
    assert.ok(files.includes('concept.av') && !files.includes('geheim.av'), files.join(', '));
    assertCleanStderr(r.err);
  });

  it('output piped into a reader that stops early (`| head -1`): no EPIPE trace', function () {
    if (!posix) this.skip();
    const many = path.join(dir, 'lang.av');
    fs.writeFileSync(many, DRAFT + Array.from({ length: 3000 }, (_, i) => `1.${i + 2} De prijs geldt voor dertig (14) dagen.`).join('\n'));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" check "${many}" --no-color | head -1`], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.signal, null);
    assert.match(r.stdout, /lang\.av:\d+:\d+/);
    assert.doesNotMatch(r.stderr, /EPIPE|Error/, r.stderr.slice(0, 2000));
  });

  it('export --format docx of a draft too large for the memory this process may use: a clear message, exit 2, nothing written', () => {
    const draft = path.join(dir, 'groot.av');
    const unit = '## Artikel 1 – Levering\n1.1 De levering vindt plaats op het overeengekomen adres en tijdstip.\n';
    fs.writeFileSync(draft, unit.repeat(Math.ceil(400_000 / unit.length)));
    // A 64 MB heap: the Word writer needs far more for 400 KB of draft (about 300 bytes per character).
    const r = cli(['export', '--format', 'docx', draft, '-o', path.join(dir, 'uit.docx')], { env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=64' } });
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /cannot export ".*groot\.av": a Word export of this draft needs about 0\.1 GB of memory and this process may use 0\.\d GB; export it as HTML/);
    assert.ok(!fs.existsSync(path.join(dir, 'uit.docx')));
    assertCleanStderr(r.err);
  });

  it('export --format docx of a draft with many clauses is written (no call stack overflow on the paragraph list)', () => {
    const draft = path.join(dir, 'veel.av');
    const lines = ['## Artikel 1 – Levering'];
    for (let i = 1; i <= 12000; i++) lines.push(`1.${i} Levering vindt plaats op het adres.`);
    fs.writeFileSync(draft, lines.join('\n') + '\n');
    // A small stack makes the old `push(...paragraphs)` overflow at a few thousand paragraphs.
    const r = spawnSync(process.execPath, ['--stack-size=56', CLI, 'export', '--format', 'docx', draft, '-o', path.join(dir, 'veel.docx')], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr.slice(0, 2000));
    assert.ok(fs.statSync(path.join(dir, 'veel.docx')).size > 10_000);
  });
});
