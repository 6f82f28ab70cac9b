// How many runs a fast-check property gets. The seed is fixed for the whole suite by test/fastCheckSeed.cjs
// (so `npm test` gives the same result every time); `npm run test:deep` sets CLAUSULE_FUZZ_RUNS=1000 and a
// random seed to hunt for new counterexamples.

/** n runs, scaled by CLAUSULE_FUZZ_RUNS (a percentage, default 100; never fewer than n). */
export const runs = (n: number): number => Math.max(n, Math.round((n * (Number(process.env.CLAUSULE_FUZZ_RUNS) || 100)) / 100));
