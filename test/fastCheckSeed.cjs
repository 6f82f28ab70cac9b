// Loaded by mocha before any test (.mocharc.json "require"): every fast-check property in the suite runs
// with one seed, so `npm test` gives the same result on every run and on every machine.
//   FC_SEED=<integer>  replays the run that printed that seed (fast-check also prints it on a failure)
//   FC_SEED=random     a fresh seed, for hunting (npm run test:deep)
// CLAUSULE_FUZZ_RUNS (a percentage) scales the number of runs; server/src/core/testing/fuzz.ts reads it too.
'use strict';
const fc = require('fast-check');

const FIXED_SEED = 20261207;
const raw = (process.env.FC_SEED ?? '').trim();
let seed;
if (raw === '') seed = FIXED_SEED;
else if (raw === 'random') seed = (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
else if (/^-?\d+$/.test(raw) && Number(raw) >= -0x80000000 && Number(raw) <= 0x7fffffff) seed = Number(raw);
else {
  console.error(`FC_SEED must be a 32-bit integer or "random", not ${JSON.stringify(raw)}`);
  process.exit(2);
}
const scale = Number(process.env.CLAUSULE_FUZZ_RUNS) || 100;
const numRuns = Math.max(100, Math.round(scale));
fc.configureGlobal({ seed, numRuns });
console.log(`fast-check: seed ${seed}${raw === '' ? ' (fixed)' : ''}, ${numRuns} runs by default; replay with FC_SEED=${seed}`);
