// Timing helpers: repeat until the sample is large enough or the time budget is spent.
import { performance } from 'node:perf_hooks';

export function summarise(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  const r = (x) => Math.round(x * 1000) / 1000;
  return { median: r(q(0.5)), p95: r(q(0.95)), runs: s.length };
}

/**
 * Runs `fn` `warmup` times unmeasured, then at least `minRuns` and at most `maxRuns` times, stopping
 * once `budgetMs` of measured time is spent. `fn` may return a number of ms to use instead of its
 * own wall time (for measurements that exclude setup).
 */
export function measure(fn, { warmup = 3, minRuns = 10, maxRuns = 200, budgetMs = 3000 } = {}) {
  for (let k = 0; k < warmup; k++) fn(k);
  const samples = [];
  let spent = 0;
  for (let k = 0; samples.length < maxRuns && (samples.length < minRuns || spent < budgetMs); k++) {
    const t0 = performance.now();
    const own = fn(k);
    const dt = typeof own === 'number' ? own : performance.now() - t0;
    samples.push(dt);
    spent += performance.now() - t0;
  }
  return summarise(samples);
}

export async function measureAsync(fn, { warmup = 3, minRuns = 10, maxRuns = 200, budgetMs = 3000 } = {}) {
  for (let k = 0; k < warmup; k++) await fn(k);
  const samples = [];
  let spent = 0;
  for (let k = 0; samples.length < maxRuns && (samples.length < minRuns || spent < budgetMs); k++) {
    const t0 = performance.now();
    const own = await fn(k);
    const dt = typeof own === 'number' ? own : performance.now() - t0;
    samples.push(dt);
    spent += performance.now() - t0;
  }
  return summarise(samples);
}
