#!/usr/bin/env node
// The long run of the robustness suites (test/robustness): the same properties as `npm test`, with many more
// generated cases, larger hostile inputs and larger regex probes, repeated with fresh seeds until time is up.
//
//   npm run fuzz                          # 10 minutes, 50x the cases of npm test
//   npm run fuzz -- --minutes 60 --scale 200
//   npm run fuzz -- --seed 12345          # replay one fast-check seed (printed on failure)
//   CLAUSULE_FUZZ_CORPUS=../shared/corpus npm run fuzz   # also mutate local drafts (read in place, never copied)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const minutes = Number(arg('minutes', 10));
const scale = Number(arg('scale', 50)); // times the case counts of npm test
const seed = arg('seed', undefined);
const only = arg('grep', undefined);

const run = (cmd, args, env = process.env) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run(process.execPath, ['esbuild.mjs']);
run(process.execPath, ['esbuild.mjs', '--tests']);
const files = readdirSync('out/test/test/robustness').filter((f) => f.endsWith('.test.js')).map((f) => `out/test/test/robustness/${f}`);
const deadline = Date.now() + minutes * 60_000;
let round = 0;
do {
  round++;
  // CLAUSULE_FUZZ_RUNS is a percentage of the npm test case counts: 5000 = 50x.
  const env = { ...process.env, CLAUSULE_FUZZ_RUNS: String(scale * 100) };
  env.FC_SEED = seed ?? 'random';
  console.log(`\n== clausule fuzz round ${round} (${scale}x the cases of npm test)${seed ? `, seed ${seed}` : ''}`);
  const args = ['node_modules/mocha/bin/mocha.js', '--no-config', '--require', 'test/fastCheckSeed.cjs', '--timeout', '0', '--reporter', 'dot', ...(only ? ['--grep', only] : []), ...files];
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`\nfuzz round ${round} failed; rerun with the seed fast-check printed: npm run fuzz -- --seed <seed> --minutes 0`);
    process.exit(r.status ?? 1);
  }
} while (!seed && Date.now() < deadline);
console.log(`\nclausule fuzz: ${round} round(s) passed`);
