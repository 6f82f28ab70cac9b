#!/usr/bin/env node
// The test suite with a fresh fast-check seed and 10x the runs of every property, to hunt for
// counterexamples that `npm test` (fixed seed) cannot find. A failure prints its seed: replay it with
// FC_SEED=<seed> npm test (or FC_SEED=<seed> npm run test:deep), then keep the counterexample as a fixed
// test beside its property.
import { spawnSync } from 'node:child_process';

const run = (args, env = process.env) => {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(['esbuild.mjs']);
run(['esbuild.mjs', '--tests']);
run(['scripts/test-run.mjs', '--timeout', '0'], {
  ...process.env,
  FC_SEED: process.env.FC_SEED || 'random',
  CLAUSULE_FUZZ_RUNS: process.env.CLAUSULE_FUZZ_RUNS || '1000',
});
