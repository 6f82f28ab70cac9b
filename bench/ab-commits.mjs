#!/usr/bin/env node
// Two versions of the core side by side in one process: the core as it is in this checkout against the
// core at an earlier commit (bundled from a `git archive` of that commit into bench/work/).
// Samples alternate between the two, so load from other work on the machine falls on both alike.
//   node bench/ab-commits.mjs BASE_COMMIT [RULE_ID]     (RULE_ID defaults to bepaling-dubbel)
// It prints, for the BCS draft (when ../shared/corpus has it) and the generated 1 MB draft:
//   - CPU ms inside the rule's check during a full analysis with every rule, and after a one-letter edit;
//   - CPU ms of the full analysis;
//   - whether the findings of both versions are equal, on a fresh analysis and after every edit of a
//     sequence of random edits (letters, lines copied elsewhere and reworded, lines removed).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDraft, middleEditOffset } from './drafts.mjs';
import { bundleAndLoad, loadCoreBundle } from './bundle.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [base, ruleId = 'bepaling-dubbel'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node bench/ab-commits.mjs BASE_COMMIT [RULE_ID]');
  process.exit(2);
}

// The base commit's sources, bundled as bench/bundle.mjs bundles the current ones.
const work = join(ROOT, 'bench', 'work', 'ab-base');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
execFileSync('sh', ['-c', `git -C "${ROOT}" archive "${base}" | tar -x -C "${work}"`]);
const baseCore = await bundleAndLoad(join(work, 'bench', 'core-entry.ts'), join(work, 'core.cjs'), { nodePaths: [join(ROOT, 'node_modules')] });
const versions = [
  { name: `base ${base.slice(0, 10)}`, core: baseCore },
  { name: 'this checkout', core: await loadCoreBundle('core-entry', 'ab-head') },
];
const dictionary = versions[1].core.dictionaryDir(join(ROOT, 'dist'));
for (const v of versions) v.core.installDictionary(await v.core.loadDutch(dictionary));

const bcsPath = resolve(ROOT, '..', 'shared', 'corpus', 'bcs-algemene-voorwaarden-2018.txt');
const docs = [];
if (existsSync(bcsPath)) docs.push({ name: 'BCS', text: readFileSync(bcsPath, 'utf8'), full: 41, edits: 61 });
docs.push({ name: 'generated 1 MB', text: buildDraft(1024 * 1024), full: +(process.env.AB_FULL ?? 11), edits: 41 });

const cpuOf = (fn) => {
  const u0 = process.cpuUsage();
  fn();
  const u = process.cpuUsage(u0);
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (x) => x.toFixed(2).padStart(8);

// Each version's rules, with the rule's check timed.
for (const v of versions) {
  v.inRule = 0;
  v.rules = v.core.allRules.map((r) =>
    r.meta.id !== ruleId
      ? r
      : {
          ...r,
          check(model, ctx) {
            const u0 = process.cpuUsage();
            try {
              return r.check(model, ctx);
            } finally {
              const u = process.cpuUsage(u0);
              v.inRule += (u.user + u.system) / 1000;
            }
          },
        },
  );
}
const findings = (result) => JSON.stringify(result.findings);

let seed = 7;
const random = (n) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
/** A random edit: a letter changed or deleted, a line break added, a line copied elsewhere (reworded or not), a line removed. */
function edit(text) {
  const at = random(text.length);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  const kind = random(6);
  if (kind === 0) return text.slice(0, at) + 'e' + text.slice(at + 1);
  if (kind === 1) return text.slice(0, at) + text.slice(at + 1);
  if (kind === 2) return text.slice(0, at) + '\n' + text.slice(at);
  if (kind === 5) return text.slice(0, lineStart) + text.slice(Math.min(text.length, lineEnd + 1));
  let line = text.slice(lineStart, lineEnd);
  const space = line.indexOf(' ', random(Math.max(1, line.length)));
  if (kind === 3 && space > 0) line = line.slice(0, space) + ' ook' + line.slice(space);
  const to = text.indexOf('\n', random(text.length));
  return to < 0 ? `${text}\n${line}` : `${text.slice(0, to + 1)}${line}\n${text.slice(to + 1)}`;
}

for (const doc of docs) {
  const inRule = versions.map(() => []);
  const whole = versions.map(() => []);
  let same = true;
  for (let k = 0; k < doc.full; k++)
    versions.forEach((v, j) => {
      v.inRule = 0;
      let result;
      const t = cpuOf(() => (result = new v.core.Analyzer(v.rules).analyze(doc.text)));
      v.last = findings(result);
      // The first run of each warms the engine up.
      if (k) {
        inRule[j].push(v.inRule);
        whole[j].push(t);
      }
    });
  same &&= versions[0].last === versions[1].last;
  // Edits near the middle (the bench's own), after the memos are made.
  const analyzers = versions.map((v) => new v.core.Analyzer(v.rules));
  analyzers.forEach((a) => (a.analyze(doc.text), a.analyze(`${doc.text} `)));
  const inEdit = versions.map(() => []);
  const mid = middleEditOffset(doc.text);
  let current = doc.text;
  for (let k = 0; k < doc.edits; k++) {
    const at = mid + (k % 16);
    current = current.slice(0, at) + (current[at] === 'e' ? 'a' : 'e') + current.slice(at + 1);
    versions.forEach((v, j) => {
      v.inRule = 0;
      analyzers[j].analyze(current);
      if (k > 2) inEdit[j].push(v.inRule);
    });
  }
  // Random edits: the same findings from both, after every one.
  let edited = doc.text;
  let compared = 0;
  const checkers = versions.map((v) => new v.core.Analyzer(v.rules));
  for (let k = 0; k < (doc.text.length > 200000 ? 8 : 40); k++) {
    if (k) edited = edit(edited);
    const [a, b] = checkers.map((c) => findings(c.analyze(edited)));
    compared++;
    if (a !== b) {
      same = false;
      console.log(`${doc.name}: findings differ after edit ${k}`);
    }
  }
  console.log(`\n${doc.name}: CPU ms, median (${ruleId} alone is timed inside a full analysis with every rule)`);
  console.log(`| | ${versions.map((v) => v.name).join(' | ')} |`);
  console.log('| --- | ---: | ---: |');
  console.log(`| ${ruleId}, full analysis (n=${inRule[0].length}) | ${inRule.map((x) => fmt(median(x))).join(' | ')} |`);
  console.log(`| ${ruleId}, after a one-letter edit (n=${inEdit[0].length}) | ${inEdit.map((x) => fmt(median(x))).join(' | ')} |`);
  console.log(`| full analysis, every rule (n=${whole[0].length}) | ${whole.map((x) => fmt(median(x))).join(' | ')} |`);
  console.log(`findings equal: ${same ? 'yes' : 'NO'} (fresh analyses, and ${compared} analyses along random edits)`);
}
