// Shared plumbing for the real-editor drivers: paths, a code-server on 127.0.0.1 in its own process
// group with every folder it writes inside the work folder, and Debian's Chromium through playwright-core.
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');
const os = require('node:os');

const ROOT = path.resolve(__dirname, '../..');
const WORK = process.env.CLAUSULE_E2E_WORK || path.join(ROOT, 'test/e2e/work');
const TOOLS = path.join(WORK, 'tools');
const CODE_SERVER = path.join(TOOLS, 'code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.CLAUSULE_E2E_CHROMIUM || '/usr/bin/chromium';
const WORKSPACE_FIXTURE = path.join(ROOT, 'test/e2e/workspace');
const PGID_DIR = path.join(WORK, 'pgids');

const T0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - T0) / 1000).toFixed(1)}s]`, ...a);

function requireTool(name) {
  const dir = path.join(TOOLS, name === 'playwright-core' ? 'playwright' : name, 'node_modules', name);
  if (!fs.existsSync(dir)) throw new Error(`${name} is not installed in ${TOOLS}: run test/e2e/setup.sh first`);
  return require(dir);
}

/** Environment that keeps a process's config, caches and temporary files inside `dir`. */
function isolatedEnv(dir, extra = {}) {
  for (const d of ['tmp', 'xdg/config', 'xdg/data', 'xdg/cache']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  return {
    ...process.env,
    TMPDIR: path.join(dir, 'tmp'),
    XDG_CONFIG_HOME: path.join(dir, 'xdg/config'),
    XDG_DATA_HOME: path.join(dir, 'xdg/data'),
    XDG_CACHE_HOME: path.join(dir, 'xdg/cache'),
    ...extra,
  };
}

/** A fresh copy of the fixture workspace: tests may change files and settings in it. */
function freshWorkspace(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(WORKSPACE_FIXTURE, dir, { recursive: true });
  return dir;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (r) => {
      r.resume();
      resolve(r.statusCode < 500);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(false);
    });
  });
}

/** Kills a process group we started, and forgets it. */
function killGroup(pid, signal = 'SIGTERM') {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.hover.delay': 150,
  'editor.minimap.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
  'window.zoomLevel': 0,
};

/** Installs a .vsix into an extensions folder with code-server's own CLI. */
function installVsix(vsix, runDir, extensionsDir) {
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const out = execFileSync(CODE_SERVER, ['--user-data-dir', path.join(runDir, 'user-data'), '--extensions-dir', extensionsDir, '--force', '--install-extension', vsix], {
    env: isolatedEnv(runDir),
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  log('install:', out.trim().split('\n').pop());
  const installed = fs.readdirSync(extensionsDir).filter((n) => n.startsWith('clausule.clausule-'));
  if (installed.length !== 1) throw new Error(`expected one clausule.clausule-* in ${extensionsDir}, found ${JSON.stringify(fs.readdirSync(extensionsDir))}`);
}

/**
 * Starts code-server on a free 127.0.0.1 port, in its own process group (it forks a server, the
 * extension host, file watchers and our language server: all must go when we stop it).
 */
async function startCodeServer({ runDir, extensionsDir, userSettings = {}, env = {} }) {
  fs.mkdirSync(path.join(runDir, 'user-data/User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(runDir, 'user-data/User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...userSettings }, null, 2));
  const port = await freePort();
  fs.writeFileSync(path.join(runDir, 'code-server.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const child = spawn(
    CODE_SERVER,
    [
      '--config', path.join(runDir, 'code-server.yaml'),
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--user-data-dir', path.join(runDir, 'user-data'),
      '--extensions-dir', extensionsDir,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened', '--disable-proxy',
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: isolatedEnv(runDir, env) },
  );
  fs.mkdirSync(PGID_DIR, { recursive: true });
  const pgidFile = path.join(PGID_DIR, String(child.pid));
  fs.writeFileSync(pgidFile, String(child.pid)); // the run script's trap kills what is left here
  const logStream = fs.createWriteStream(path.join(runDir, 'code-server.log'));
  child.stdout.pipe(logStream);
  child.stderr.pipe(logStream);
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  const t = Date.now();
  while (!(await httpOk(`${url}/healthz`))) {
    if (exited) throw new Error(`code-server exited at start; see ${path.join(runDir, 'code-server.log')}`);
    if (Date.now() - t > 60_000) throw new Error('code-server did not answer /healthz within 60 s');
    await new Promise((r) => setTimeout(r, 150));
  }
  log(`code-server up on ${url} in ${Date.now() - t} ms`);
  return {
    url,
    port,
    async stop() {
      killGroup(child.pid, 'SIGTERM');
      const end = Date.now() + 3000;
      while (!exited && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
      killGroup(child.pid, 'SIGKILL');
      fs.rmSync(pgidFile, { force: true });
    },
  };
}

async function launchChromium(runDir, viewport = { width: 1280, height: 800 }) {
  const { chromium } = requireTool('playwright-core');
  // Chromium keeps a Unix socket in its profile and temporary folder, and a socket path is limited to about
  // 100 bytes: in a deep checkout the run folder is too long for it. Both live in a short folder of their own.
  const short = fs.mkdtempSync(path.join(os.tmpdir().length < 40 ? os.tmpdir() : '/tmp', 'clausule-cr-'));
  process.on('exit', () => fs.rmSync(short, { recursive: true, force: true }));
  const profile = path.join(short, 'profile');
  // Playwright passes the profile folder itself; chromium's crash and dconf data go to the XDG folders.
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    viewport,
    deviceScaleFactor: 1,
    env: { ...isolatedEnv(runDir), TMPDIR: short },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--lang=en-US'],
  });
}

module.exports = { ROOT, WORK, TOOLS, CODE_SERVER, WORKSPACE_FIXTURE, log, requireTool, isolatedEnv, freshWorkspace, installVsix, startCodeServer, launchChromium, killGroup };
