// Runs the extension-host integration suite (test/integration, real `vscode` API) inside code-server's
// Node extension host, the same way @vscode/test-web does: the workbench is told where the development
// extension and the test runner are, runs the tests, and reports the result through
// window.codeAutomationExit(code), which we expose from the page. Our exit code is the suite's.
//
//   node test/e2e/it.js --route vsix   the packaged clausule.vsix, installed with `code-server --install-extension`
//   node test/e2e/it.js --route dev    the extension loaded from the repository folder (extensionDevelopmentPath)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const lib = require('./lib');

const route = process.argv.includes('--route') ? process.argv[process.argv.indexOf('--route') + 1] : 'dev';
if (route !== 'vsix' && route !== 'dev') {
  console.error(`unknown --route ${route} (vsix or dev)`);
  process.exit(2);
}
const RUN = path.join(lib.WORK, `run-it-${route}`);
const TESTS = path.join(lib.WORK, 'integration-out/index'); // built by test/integration/build.mjs
const LIMIT_MS = +(process.env.CLAUSULE_IT_TIMEOUT_MS || 300_000);
fs.rmSync(RUN, { recursive: true, force: true });
fs.mkdirSync(path.join(RUN, 'tmp'), { recursive: true });
process.env.TMPDIR = path.join(RUN, 'tmp'); // playwright's own temporary files

(async () => {
  if (!fs.existsSync(`${TESTS}.js`)) throw new Error(`${TESTS}.js missing: run node test/integration/build.mjs`);
  const ws = lib.freshWorkspace(path.join(RUN, 'workspace'));
  const extensionsDir = path.join(RUN, 'extensions');
  let devPath;
  if (route === 'vsix') {
    lib.installVsix(path.join(lib.ROOT, 'clausule.vsix'), RUN, extensionsDir);
    // The extension host only runs a test runner for a development extension; a harness without
    // contributions plays that part, so the extension under test is the installed one.
    devPath = path.join(RUN, 'harness');
    fs.mkdirSync(devPath, { recursive: true });
    fs.writeFileSync(path.join(devPath, 'package.json'), JSON.stringify({ name: 'clausule-it-harness', publisher: 'clausule-test', version: '0.0.0', engines: { vscode: '^1.91.0' } }));
  } else {
    devPath = lib.ROOT;
    if (!fs.existsSync(path.join(lib.ROOT, 'dist/client.js'))) throw new Error('dist/client.js missing: build first');
  }
  const results = path.join(RUN, 'results.json');
  const cs = await lib.startCodeServer({
    runDir: RUN,
    extensionsDir,
    // The extension host inherits code-server's environment: the suite reads which route it is on.
    env: { CLAUSULE_IT_ROUTE: route, CLAUSULE_IT_RESULTS: results, CLAUSULE_IT_EXTENSIONS_DIR: extensionsDir },
  });
  let ctx;
  let code = 1;
  try {
    ctx = await lib.launchChromium(RUN);
    const page = ctx.pages()[0] || (await ctx.newPage());
    const consoleLog = fs.createWriteStream(path.join(RUN, 'browser-console.log'));
    page.on('console', (m) => {
      const text = m.text().replace(/%c/g, '');
      consoleLog.write(`[${m.type()}] ${text}\n`);
      if (/\[clausule-it\]/.test(text)) console.log('  ' + text.replace(/^.*?\[clausule-it\]/, '').slice(0, 2000));
    });
    const finished = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (c) => resolve(c)));
    const authority = new URL(cs.url).host;
    // VS Code 1.100 honours the `payload` URL parameter; newer built workbenches only the workbench
    // configuration, so we set both (the configuration is patched before workbench.js reads it).
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${devPath}`],
      ['extensionTestsPath', `vscode-remote://${authority}${TESTS}`],
    ];
    await page.addInitScript(({ authority, dev, tests }) => {
      const patch = (el) => {
        const cfg = JSON.parse(el.getAttribute('data-settings'));
        cfg.developmentOptions = {
          ...(cfg.developmentOptions || {}),
          extensions: [{ scheme: 'vscode-remote', authority, path: dev }],
          extensionTestsPath: { scheme: 'vscode-remote', authority, path: tests },
        };
        el.setAttribute('data-settings', JSON.stringify(cfg));
      };
      const obs = new MutationObserver(() => {
        const el = document.getElementById('vscode-workbench-web-configuration');
        if (el) {
          obs.disconnect();
          patch(el);
        }
      });
      obs.observe(document, { childList: true, subtree: true });
    }, { authority, dev: devPath, tests: TESTS });
    const url = `${cs.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    lib.log(`route ${route}: opening the workbench; the suite runs in the extension host`);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    let timer;
    code = await Promise.race([
      finished,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no result from the extension host within ${LIMIT_MS} ms`)), LIMIT_MS))),
    ]);
    clearTimeout(timer);
    if (fs.existsSync(results)) {
      const r = JSON.parse(fs.readFileSync(results, 'utf8'));
      lib.log(`route ${route}: ${r.passed} passed, ${r.failed} failed (VS Code ${r.vscodeVersion}, extension from ${r.extensionPath})`);
      if (r.failed === 0 && r.passed === 0) code = code || 1; // a suite that ran nothing proves nothing
    } else {
      lib.log('no results file: the test runner did not load; see', path.join(RUN, 'browser-console.log'));
      code = code || 1;
    }
    if (code !== 0) await page.screenshot({ path: path.join(RUN, 'failure.png') }).catch(() => {});
  } catch (e) {
    console.error(`integration (${route}) driver error: ${e.message}`);
    code = 1;
  } finally {
    if (ctx) await ctx.close().catch(() => {});
    await cs.stop();
  }
  lib.log(`integration tests (${route}) exit ${code}`);
  process.exit(code);
})().catch((e) => {
  console.error(`integration (${route}) driver error: ${e.stack || e.message}`);
  process.exit(1);
});
