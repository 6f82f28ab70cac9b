// The core bundled for in-process runs, the way the server bundle is built (minified, Node 20), so
// the bench times the code that ships. Used by run.mjs and ab.mjs.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

/** Bundles an entry file into `outfile` the way the server bundle is built and loads it; `extra`: more esbuild options. */
export async function bundleAndLoad(entryPoint, outfile, extra = {}) {
  await require('esbuild').build({
    entryPoints: [entryPoint],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    logLevel: 'warning',
    define: { SERVER_VERSION: '"bench"' },
    ...extra,
  });
  return require(outfile);
}

/** Bundles bench/<entry>.ts into bench/work/<out>.cjs and loads it. */
export async function loadCoreBundle(entry, out) {
  const work = join(ROOT, 'bench', 'work');
  mkdirSync(work, { recursive: true });
  return bundleAndLoad(join(ROOT, 'bench', `${entry}.ts`), join(work, `${out}.cjs`));
}
