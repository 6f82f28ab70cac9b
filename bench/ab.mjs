#!/usr/bin/env node
// Before/after figures of each optimisation, side by side in one run on the generated 1 MB draft:
// the code as it was (reproduced here) against the code as it is. CPU time, median of repeated runs.
// Usage: node bench/ab.mjs   (writes bench/ab-results.json and prints a table)
import { writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDraft, middleEditOffset } from './drafts.mjs';
import { loadCoreBundle } from './bundle.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const c = await loadCoreBundle('ab-entry', 'ab');
const text = buildDraft(1024 * 1024);
const bcsPath = resolve(ROOT, '..', 'shared', 'corpus', 'bcs-algemene-voorwaarden-2018.txt');
let bcs;
try {
  bcs = readFileSync(bcsPath, 'utf8');
} catch {
  bcs = undefined;
}

/** Median CPU ms of `fn` over `n` runs (after one warm-up). */
function cpu(fn, n = 9) {
  fn();
  const xs = [];
  for (let k = 0; k < n; k++) {
    const u0 = process.cpuUsage();
    fn();
    const u = process.cpuUsage(u0);
    xs.push((u.user + u.system) / 1000);
  }
  xs.sort((a, b) => a - b);
  return Math.round(xs[n >> 1] * 100) / 100;
}

const rows = [];
const row = (name, before, after, what) => rows.push({ name, what, beforeMs: before, afterMs: after, speedup: Math.round((before / after) * 10) / 10 });

// 1. bepaling-dubbel: clause normalisation (every clause of the draft).
const model = c.parseDocument(text);
const raws = model.nodes.filter((n) => n.kind === 'clause' || n.kind === 'item').map((n) => text.slice(n.textSpan.start, n.textSpan.end));
const oldNormalise = (t) => t.toLowerCase().replace(/[^\p{L}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
row('bepaling-dubbel: normalise every clause', cpu(() => raws.forEach((r) => oldNormalise(r).split(' ').length)), cpu(() => raws.forEach((r) => c.normaliseClause(r))), `${raws.length} clauses, one pass without \\p{L} regexes`);

// 2. getal-woord: the word before every "(30)".
const parens = [];
for (let i = text.indexOf('('); i !== -1; i = text.indexOf('(', i + 1)) parens.push(i);
const WORD_BEFORE = /([\p{L}-]{2,40})[ \t]*$/u;
row('getal-woord: word before each parenthesis', cpu(() => parens.forEach((o) => WORD_BEFORE.exec(text.slice(Math.max(0, o - 45), o)))), cpu(() => parens.forEach((o) => c.wordBefore(text, Math.max(0, o - 45), o))), `${parens.length} parentheses, backward scan instead of an end-anchored regex`);

// 3. spelling: one block-wide pattern with look-arounds against a candidate test first.
const spellingData = JSON.parse(readFileSync(join(ROOT, 'server/src/core/rules/data/spelling.json'), 'utf8'));
const alt = spellingData.entries.map((e) => e.wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+')).join('|');
const SPELL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'giu');
const CAND = new RegExp(`(?:${alt})`, 'iu');
const blocks = model.blocks.map((b) => b.text);
const spellScan = (b) => {
  SPELL.lastIndex = 0;
  while (SPELL.exec(b));
};
row('spelling: all articles', cpu(() => blocks.forEach(spellScan)), cpu(() => blocks.forEach((b) => CAND.test(b) && spellScan(b))), 'candidate test without look-arounds decides whether to scan');

// 4. placeholder: global scan against a scan tried only at the possible first characters.
const PH = new RegExp(c.PLACEHOLDER.source, c.PLACEHOLDER.flags);
row(
  'placeholder: all articles',
  cpu(() =>
    blocks.forEach((b) => {
      PH.lastIndex = 0;
      while (PH.exec(b));
    }),
  ),
  cpu(() => blocks.forEach((b) => [...c.triggeredMatches(b, c.PLACEHOLDER, c.PLACEHOLDER_START)])),
  'sticky pattern tried only where a placeholder can start',
);

// 5. Parsing after a one-letter edit: full parse against the incremental parser.
// One-letter edits at letters of the middle clause's line (each run edits the previous run's text).
const mid = middleEditOffset(text);
const lineEnd = text.indexOf('\n', mid);
const spots = [];
for (let i = mid; i < lineEnd && spots.length < 16; i++) if (/[a-z]/.test(text[i])) spots.push(i);
let current = text;
const edited = (k) => {
  const at = spots[k % spots.length];
  current = current.slice(0, at) + (current[at] === 'e' ? 'a' : 'e') + current.slice(at + 1);
  return current;
};
let k = 0;
const parser = new c.IncrementalParser();
parser.parse(text);
row('parse after a one-letter edit (1 MB)', cpu(() => c.parseDocument(edited(k++))), cpu(() => parser.parse(edited(k++))), 'model moved and patched instead of rebuilt');
const parserStats = { ...parser.stats };

// 6. The whole analysis after an edit: before (full parse, no memos) and after (everything on).
const noMemoRules = c.allRules.map((r) => (r.scope === 'document' ? { ...r, check: (m, ctx) => r.check(m, { ...ctx, memo: undefined }) } : r));
const before = new c.Analyzer(noMemoRules);
before.parser.parse = (t) => c.parseDocument(t);
before.analyze(text);
const after = new c.Analyzer();
after.analyze(text);
row('analysis after a one-letter edit (1 MB)', cpu(() => before.analyze(edited(k++))), cpu(() => after.analyze(edited(k++))), 'per-article block cache in both; incremental parse and document-rule memos only after');
if (bcs) {
  const b1 = new c.Analyzer(noMemoRules);
  b1.parser.parse = (t) => c.parseDocument(t);
  b1.analyze(bcs);
  const b2 = new c.Analyzer();
  b2.analyze(bcs);
  const bm = middleEditOffset(bcs);
  let bcur = bcs;
  const bedit = (j) => {
    const at = bm + (j % 8);
    bcur = bcur.slice(0, at) + (bcur[at] === 'e' ? 'a' : 'e') + bcur.slice(at + 1);
    return bcur;
  };
  row('analysis after a one-letter edit (BCS draft)', cpu(() => b1.analyze(bedit(k++)), 31), cpu(() => b2.analyze(bedit(k++)), 31), 'same, on the 38 KB corpus draft');
}

writeFileSync(join(ROOT, 'bench', 'ab-results.json'), JSON.stringify({ generatedAt: new Date().toISOString(), unit: 'CPU ms, median', parserStats, rows }, null, 2) + '\n');
const out = ['| optimisation | before | after | speed-up | how |', '| --- | ---: | ---: | ---: | --- |'];
for (const r of rows) out.push(`| ${r.name} | ${r.beforeMs} | ${r.afterMs} | ${r.speedup}x | ${r.what} |`);
process.stdout.write(out.join('\n') + '\n');
