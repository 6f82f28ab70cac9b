#!/usr/bin/env node
// Where the heap goes with the generated 1 MB draft open, in process (no server): what one analysis leaves
// behind when nothing is kept, what an Analyzer holds after an edit (its memos, name by name, and the model,
// field by field) and what its result adds. Each figure is the heap used after full collections, before and
// after letting go of one part. A part shared with a later one is counted where it is let go last, so read the
// memo rows as "at least" (the Wordings of bepaling-dubbel's near-duplicate search, for one, are shared by three
// of its memos); a figure near zero may come out slightly negative. Not part of `npm test` or `npm run bench`.
//   node bench/heap.mjs
import { spawnSync } from 'node:child_process';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDraft, middleEditOffset } from './drafts.mjs';
import { loadCoreBundle } from './bundle.mjs';

if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const core = await loadCoreBundle('core-entry', 'heap');
core.installDictionary(await core.loadDutch(core.dictionaryDir(join(ROOT, 'dist'))));

const heapMb = () => {
  for (let k = 0; k < 3; k++) globalThis.gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const rows = [];
const row = (what, mb) => rows.push([what, mb.toFixed(1)]);

const text = buildDraft(1024 * 1024);
const at = middleEditOffset(text);
const edited = text.slice(0, at) + 'x' + text.slice(at + 1);
const loaded = heapMb();
new core.Analyzer().analyze(text);
const afterOne = heapMb();
row('left by one analysis, nothing kept (law data, compiled patterns, word caches)', afterOne - loaded);

let analyzer = new core.Analyzer();
analyzer.analyze(text);
let result = analyzer.analyze(edited);
let prev = heapMb();
row('an Analyzer after an edit, with its result', prev - afterOne);
const drop = (what, fn) => {
  fn();
  const now = heapMb();
  row(what, prev - now);
  prev = now;
};
drop('  the result beside the model (findings, positions)', () => {
  const { model } = result;
  result = { model };
});
const memos = analyzer.memos?.memos;
if (memos instanceof Map) {
  const before = prev;
  for (const [name, memo] of memos) drop(`  memo ${name} (${memo.entries?.size ?? '?'} entries)`, () => (memo.entries = new Map()));
  rows.push(['  all memos together', (before - prev).toFixed(1)]);
}
drop('  kept reports and block findings', () => {
  analyzer.kept = new Map();
  analyzer.cache = new Map();
});
const model = result.model;
result = undefined;
for (const k of ['blocks', 'nodes', 'roots', 'byLabel', 'definitions', 'uses', 'references', 'citations', 'directives', 'lines']) {
  drop(`  model.${k}`, () => (model[k] = undefined));
}
drop('  the rest (model text, parser state)', () => (analyzer = undefined));

console.log(`heap used after loading the core and the dictionary: ${loaded.toFixed(1)} MB (the dictionary's WebAssembly memory is outside the heap)`);
console.log('| part | MB |');
console.log('| --- | ---: |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
