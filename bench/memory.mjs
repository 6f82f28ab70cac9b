#!/usr/bin/env node
// What the language server holds with the generated 1 MB draft open: RSS, V8 heap (live after a full
// collection, and what was garbage not yet collected) and memory outside the heap (the dictionary's
// WebAssembly memory), after opening it, after 20 keystrokes in one place (as `npm run bench` types) and after
// 20 more spread over the draft's articles. Each row's probe collects the whole heap, so the rows after the
// first start from a collected heap. Run after `npm run build`; not part of `npm test`.
//   node bench/memory.mjs [path/to/server.js]
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDraft } from './drafts.mjs';
import { BenchClient } from './lsp.mjs';

const serverPath = process.argv[2] ?? fileURLToPath(new URL('../dist/server.js', import.meta.url));
const out = join(tmpdir(), `clausule-memory-${process.pid}.jsonl`);
process.env.CLAUSULE_MEMORY_PROBE = out;
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --require ${fileURLToPath(new URL('./memoryProbe.cjs', import.meta.url))}`;
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);

const uri = 'file:///bench/memory.av.md';
let text = buildDraft(1024 * 1024);
let version = 1;
const server = new BenchClient(serverPath);
await server.initialize({ diagnostics: { debounceMs: 0 } });
server.open(uri, text, version);
await server.waitFor(uri, version, 120000);
await server.waitForDictionary(uri, 120000);
await new Promise((r) => setTimeout(r, 1500));

const rows = [];
async function probe(label) {
  const rss = server.rssMb();
  const peak = server.rssMb(true);
  const seen = existsSync(out) ? readFileSync(out, 'utf8').length : 0;
  server.proc.kill('SIGUSR2');
  for (let i = 0; i < 300 && !(existsSync(out) && readFileSync(out, 'utf8').length > seen); i++) await new Promise((r) => setTimeout(r, 100));
  const { before, after } = JSON.parse(readFileSync(out, 'utf8').trim().split('\n').at(-1));
  rows.push([label, rss, peak, mb(before.heapUsed), mb(after.heapUsed), mb(after.external)]);
}
async function type(at) {
  const line = text.slice(0, at).split('\n').length - 1;
  const character = at - (text.lastIndexOf('\n', at - 1) + 1);
  text = text.slice(0, at) + 'x' + text.slice(at);
  server.edit(uri, ++version, { start: { line, character }, end: { line, character } }, 'x');
  await server.waitFor(uri, version, 120000);
}

await probe('1 MB draft open');
const middle = text.indexOf('\n', text.length >> 1);
for (let k = 0; k < 20; k++) await type(middle + k);
await probe('+20 edits in one place');
for (let k = 1; k <= 20; k++) {
  const words = [...text.matchAll(/[a-z]{4,}/g)];
  await type(words[Math.floor(((k * 0.6180339887) % 1) * words.length)].index + 2);
}
await probe('+20 edits across articles');
await server.shutdown();
rmSync(out, { force: true });

console.log('| after | RSS (MB) | peak RSS | heap used | heap live (after full GC) | outside the heap (dictionary) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
