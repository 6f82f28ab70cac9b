// `npm run test:integration`: the extension-host suite in desktop VS Code, through @vscode/test-electron,
// for contributors whose machines can download VS Code. The same test files run in code-server through
// `npm run test:e2e` (test/e2e/it.js), which needs no download.
// When VS Code cannot be downloaded (no network, blocked host) this prints that it was skipped and why,
// and exits 0; once VS Code is there, a failing test fails the run.
// Env: CLAUSULE_VSCODE_VERSION (default: the version code-server embeds, see test/e2e/versions.sh).
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const work = process.env.CLAUSULE_E2E_WORK ?? join(root, 'test/e2e/work');
const run = join(work, 'run-electron');
const pinned = /VSCODE_VERSION=(\S+)/.exec(readFileSync(join(root, 'test/e2e/versions.sh'), 'utf8'))?.[1];
const version = process.env.CLAUSULE_VSCODE_VERSION ?? pinned ?? 'stable';

let vscodeExecutablePath;
try {
  vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath: join(work, 'vscode-test'), timeout: 60_000 });
} catch (e) {
  console.log(`test:integration SKIPPED: VS Code ${version} could not be downloaded (${e instanceof Error ? e.message : String(e)}).`);
  console.log('The same suite runs in code-server without a download: npm run test:e2e');
  process.exit(0);
}

const out = join(work, 'integration-out');
execFileSync(process.execPath, [join(here, 'build.mjs'), out], { stdio: 'inherit' });
rmSync(run, { recursive: true, force: true });
mkdirSync(run, { recursive: true });
const workspace = join(run, 'workspace');
cpSync(join(root, 'test/e2e/workspace'), workspace, { recursive: true });

try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(out, 'index'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
      '--user-data-dir', join(run, 'user-data'), '--extensions-dir', join(run, 'extensions')],
    extensionTestsEnv: { CLAUSULE_IT_ROUTE: 'dev', CLAUSULE_IT_REPO: root, CLAUSULE_IT_RESULTS: join(run, 'results.json') },
  });
  console.log(`test:integration passed in VS Code ${version}`);
} catch (e) {
  console.error(`test:integration FAILED in VS Code ${version}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
