#!/usr/bin/env node
// Runs the compiled tests (out/test) in a few mocha processes, one per part of the tree, so that the caches
// the robustness suites fill (large generated drafts) do not slow down or crowd the unit tests: in one
// process the whole suite took three times as long and 6.6 GB. Every file runs in exactly one group; every
// group runs even when an earlier one fails. The regex linearity suite has a process of its own because it
// wraps the RegExp constructor before any server module loads.
//   node scripts/test-run.mjs [extra mocha arguments]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.test.js')) out.push(p.split('\\').join('/'));
  }
  return out;
}

const GROUPS = [
  (f) => f.startsWith('out/test/server/src/core/rules/'),
  (f) => f.startsWith('out/test/server/src/core/'),
  (f) => f.startsWith('out/test/server/') || f.startsWith('out/test/client/'),
  (f) => f === 'out/test/test/robustness/regex.test.js',
  (f) => f.startsWith('out/test/test/robustness/'),
  () => true,
];
const files = walk('out/test');
const groups = GROUPS.map(() => []);
for (const f of files) groups[GROUPS.findIndex((inGroup) => inGroup(f))].push(f);
let failed = 0;
for (const group of groups) {
  if (!group.length) continue;
  const r = spawnSync(process.execPath, ['node_modules/mocha/bin/mocha.js', '--config', '.mocharc.json', ...process.argv.slice(2), ...group], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
console.log(`\n${files.length} test files in ${groups.filter((g) => g.length).length} groups${failed ? `; ${failed} group(s) failed` : ''}`);
process.exit(failed ? 1 : 0);
