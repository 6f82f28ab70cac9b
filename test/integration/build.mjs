// Bundles the extension-host suite: index.js (the runner the extension host loads) and one file per
// *.test.ts, into test/e2e/work/integration-out (or the folder given). `vscode` is provided by the
// extension host; mocha is loaded from the project's node_modules at run time.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
export const outdir = process.argv[2] ? resolve(process.argv[2]) : join(root, 'test/e2e/work/integration-out');

const entries = readdirSync(here).filter((f) => f === 'index.ts' || f.endsWith('.test.ts'));
await esbuild.build({
  entryPoints: entries.map((f) => join(here, f)),
  outdir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
  external: ['vscode', 'mocha'],
});
console.log(`integration suite: ${entries.length - 1} test files built into ${outdir}`);
