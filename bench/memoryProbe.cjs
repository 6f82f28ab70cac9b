// Preloaded into the server by bench/memory.mjs (never shipped): on SIGUSR2 it appends what the process
// holds to $CLAUSULE_MEMORY_PROBE, as one JSON line, before and after a full collection.
'use strict';
const fs = require('node:fs');
const v8 = require('node:v8');
const vm = require('node:vm');
process.on('SIGUSR2', () => {
  const before = process.memoryUsage();
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  gc();
  gc();
  const after = process.memoryUsage();
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]));
  fs.appendFileSync(process.env.CLAUSULE_MEMORY_PROBE, JSON.stringify({ before, after, spaces }) + '\n');
});
