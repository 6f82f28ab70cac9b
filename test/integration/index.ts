// The test runner the VS Code extension host loads (extensionTestsPath): runs every *.test.js beside it
// with mocha, in the extension host, against the real `vscode` API. Used by both routes: code-server
// (test/e2e/it.js) and @vscode/test-electron (runTest.mjs). Resolves when all pass, rejects otherwise.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

// Suites run in this order; anything not listed runs after them, and the server restart test runs last
// because it kills the language server on purpose.
const ORDER = ['activation', 'diagnostics', 'hover', 'completion', 'navigation', 'codeActions', 'commands', 'settings', 'statusMenu', 'ruleDocs', 'importDocx', 'restart'];

export async function run(): Promise<void> {
  // mocha 12 is an ES module; import() works in every extension host (require(esm) does not in all).
  const { default: Mocha } = (await import('mocha')) as { default: typeof import('mocha') };
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, slow: 5_000 });
  if (process.env.CLAUSULE_IT_GREP) mocha.grep(process.env.CLAUSULE_IT_GREP);
  const rank = (f: string) => {
    const i = ORDER.indexOf(f.replace(/\.test\.js$/, ''));
    return i < 0 ? ORDER.length - 0.5 : i;
  };
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  // Load the test files ourselves (as mocha's loadFiles does), so CommonJS `require('vscode')` is used.
  for (const f of files) {
    const file = path.join(__dirname, f);
    mocha.suite.emit('pre-require', globalThis, file, mocha);
    mocha.suite.emit('require', require(file), file, mocha);
    mocha.suite.emit('post-require', globalThis, file, mocha);
  }
  const ext = vscode.extensions.getExtension('clausule.clausule');
  const results = { vscodeVersion: vscode.version, extensionPath: ext?.extensionPath, passed: 0, failed: 0, tests: [] as Array<{ title: string; state: string; ms?: number; error?: string }> };
  // Console output of the extension host reaches the driver (browser console or the test-electron terminal).
  const say = (s: string) => console.log(`[clausule-it] ${s}`);
  say(`VS Code ${vscode.version}; extension from ${ext?.extensionPath}; ${files.length} files`);
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const out = process.env.CLAUSULE_IT_RESULTS;
      if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
      say(`${results.passed} passing, ${results.failed} failing`);
      failures ? reject(new Error(`${failures} integration test(s) failed`)) : resolve();
    });
    runner.on('pass', (t) => {
      results.passed++;
      results.tests.push({ title: t.fullTitle(), state: 'passed', ms: t.duration });
      say(`  ✓ ${t.fullTitle()} (${t.duration} ms)`);
    });
    runner.on('fail', (t, err: Error) => {
      results.failed++;
      results.tests.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) });
      say(`  ✗ ${t.fullTitle()}\n${String(err?.message ?? err)}`);
    });
  });
}
