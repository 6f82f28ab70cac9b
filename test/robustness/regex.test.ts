// Linear-time patterns: every regular expression under server/src is run against long runs of its own
// characters and must stay within a generous factor of one simple regex pass over the same input.
//
// Nothing is registered by hand. Regex literals are read from the source files with a small lexer; every
// `new RegExp(` call site is found in the source too, and the patterns it builds are recorded at run time
// (regexCapture.ts wraps the constructor; the bundle's source map attributes each construction to its
// file and line). A new pattern anywhere is therefore probed automatically, and a new `new RegExp(` site
// that the workload below never reaches fails the test until a trigger is added to WORKLOAD.
import { captured, NativeRegExp, stopCapturing } from './regexCapture';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Analyzer, allRules } from '../../server/src/core';
import { generateDraft, SERVICE_TYPES } from '../../server/src/core/library';
import { buildExportDocument } from '../../server/src/core/render/exportModel';
import { renderStandaloneHtml } from '../../server/src/core/render/html';
import { adversarialInputs, scanSource } from './regexSource';
import { registeredTriggerWords } from '../../server/src/core/text/triggerWords';
import { referenceHits } from '../../server/src/core/text/wordAutomaton.reference';
import { repoDrafts, ROOT, SEEDS, suiteTimeout } from './harness';

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

interface ProbeResult {
  where: string;
  ms: number;
  floorMs: number;
  ratio: number;
  input: string;
}

/** Allowed time relative to the scan floor (one `/[\s\S]/g` exec loop over the same input), plus slack. */
const FACTOR = 100;
const SLACK_MS = 4;
const SIZE = Number(process.env.CLAUSULE_REGEX_SIZE) || (process.env.CLAUSULE_FUZZ_RUNS ? 50_000 : 12_000);

// ---------------------------------------------------------------------------------------------
// The probe: runs in a worker so that a catastrophic pattern can be stopped and named.

function scan(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    n++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return n;
}

function timed(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function probe(patterns: Pattern[], size: number): void {
  stopCapturing();
  const floorRe = new NativeRegExp('[\\s\\S]', 'g');
  for (const p of patterns) {
    parentPort!.postMessage({ type: 'start', where: p.where });
    // Global, not sticky: the engine then tries the pattern at every position, the worst any caller can do.
    const re = new NativeRegExp(p.source, p.flags.replace(/[gy]/g, '') + 'g');
    let worst: ProbeResult = { where: p.where, ms: 0, floorMs: 0, ratio: 0, input: '' };
    // Small inputs first: a quadratic pattern shows at 12,000 code units, and is not left to run on 50,000.
    const inputs = [...new Set([Math.min(size, 12_000), size])].flatMap((n) => adversarialInputs(p.source, p.flags, n, process.env.CLAUSULE_FUZZ_RUNS ? 16 : 6, process.env.CLAUSULE_FUZZ_RUNS ? 64 : 32));
    for (const input of inputs) {
      let ms = timed(() => scan(re, input.text));
      if (ms < SLACK_MS) continue;
      // Slow enough to matter: measure again, and measure the floor on the same input.
      ms = Math.min(ms, timed(() => scan(re, input.text)), timed(() => scan(re, input.text)));
      let floorMs = Math.min(timed(() => scan(floorRe, input.text)), timed(() => scan(floorRe, input.text)), timed(() => scan(floorRe, input.text)));
      let ratio = (ms - SLACK_MS) / Math.max(floorMs, 0.05);
      // Over the limit: measure both again, interleaved, before believing it. Another process on a loaded machine
      // can slow every one of three back-to-back runs; a superlinear pattern stays over the limit however often
      // it runs, so this can only drop a false alarm.
      for (let again = 0; ratio > FACTOR && again < 5; again++) {
        ms = Math.min(ms, timed(() => scan(re, input.text)));
        floorMs = Math.min(floorMs, timed(() => scan(floorRe, input.text)));
        ratio = (ms - SLACK_MS) / Math.max(floorMs, 0.05);
      }
      if (ratio > worst.ratio) worst = { where: p.where, ms, floorMs, ratio, input: input.name };
      if (ratio > FACTOR) break; // one bad input is enough; a quadratic pattern would only waste time on the rest
    }
    parentPort!.postMessage({ type: 'done', result: worst });
  }
  parentPort!.postMessage({ type: 'end' });
}

if (!isMainThread && workerData?.regexProbe) probe(workerData.patterns as Pattern[], workerData.size as number);

// ---------------------------------------------------------------------------------------------
// Finding the patterns

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|mts|cts|js|mjs)$/.test(name) && !/\.test\.ts$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(path.join(ROOT, 'server', 'src'));
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(s: string): number[] {
  const out: number[] = [];
  let shift = 0;
  let value = 0;
  for (const ch of s) {
    const d = B64.indexOf(ch);
    value += (d & 31) * 2 ** shift;
    if (d & 32) shift += 5;
    else {
      out.push(value % 2 ? -Math.floor(value / 2) : value / 2);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Maps a position in this bundle to `file:line` in the source tree, with the bundle's inline source map. */
/** Sources as they were when this bundle was built (others may be editing the tree while the tests run). */
// Read once at load: the tree may be rebuilt by someone else while a long test run is under way.
const BUNDLE_TEXT = isMainThread ? fs.readFileSync(__filename, 'utf8') : '';

function bundledSources(): Map<string, string> {
  const text = BUNDLE_TEXT;
  const marker = '//# sourceMappingURL=data:application/json;base64,';
  const map = JSON.parse(Buffer.from(text.slice(text.lastIndexOf(marker) + marker.length).trim(), 'base64').toString('utf8')) as { sources: string[]; sourcesContent?: string[] };
  const out = new Map<string, string>();
  map.sources.forEach((s, i) => {
    const content = map.sourcesContent?.[i];
    if (content !== undefined) out.set(path.relative(ROOT, path.resolve(path.dirname(__filename), s)).split(path.sep).join('/'), content);
  });
  return out;
}

function sourceMapper(): (line: number, column: number) => { file: string; line: number } | undefined {
  const text = BUNDLE_TEXT;
  const marker = '//# sourceMappingURL=data:application/json;base64,';
  const at = text.lastIndexOf(marker);
  assert.ok(at > 0, 'the test bundle carries an inline source map');
  const map = JSON.parse(Buffer.from(text.slice(at + marker.length).trim(), 'base64').toString('utf8')) as { sources: string[]; mappings: string };
  const sources = map.sources.map((s) => path.relative(ROOT, path.resolve(path.dirname(__filename), s)).split(path.sep).join('/'));
  const lines: Array<Array<[number, number, number]>> = [];
  let src = 0;
  let srcLine = 0;
  let srcCol = 0;
  for (const line of map.mappings.split(';')) {
    let col = 0;
    const segs: Array<[number, number, number]> = [];
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const v = vlq(seg);
      col += v[0];
      if (v.length >= 4) {
        src += v[1];
        srcLine += v[2];
        srcCol += v[3];
        segs.push([col, src, srcLine]);
      }
    }
    lines.push(segs);
  }
  return (line, column) => {
    const segs = lines[line - 1];
    if (!segs?.length) return undefined;
    let best: [number, number, number] | undefined;
    for (const s of segs) if (s[0] <= column - 1) best = s;
    best ??= segs[0];
    return { file: sources[best[1]], line: best[2] + 1 };
  };
}

/** The file:line of the code that called `new RegExp`, from a captured stack. */
function callSite(stack: string, map: ReturnType<typeof sourceMapper>): string | undefined {
  for (const frame of stack.split('\n').slice(2)) {
    const m = /\(?([^()\s]+):(\d+):(\d+)\)?\s*$/.exec(frame);
    if (!m || path.resolve(m[1]) !== path.resolve(__filename)) continue;
    const pos = map(Number(m[2]), Number(m[3]));
    return pos && `${pos.file}:${pos.line}`;
  }
  return undefined;
}

/**
 * Code that reaches every run-time `new RegExp` in the server. A new call site that none of these reach
 * fails the test: add a call here that constructs it.
 */
function WORKLOAD(): void {
  const drafts = [...SEEDS, ...repoDrafts().map((d) => d.text)];
  const everyRule = Object.fromEntries(allRules.map((r) => [r.meta.id, 'hint' as const]));
  for (const text of drafts) {
    for (const audience of ['b2b', 'b2c'] as const) {
      const r = new Analyzer().analyze(text, { audience, rules: everyRule });
      // Fixes are built when read (the missing-clause fixes restyle a library clause): read them all.
      for (const f of r.findings) void f.fixes;
      const doc = buildExportDocument(r.model, { findings: r.findings });
      renderStandaloneHtml(doc);
    }
  }
  for (const serviceType of SERVICE_TYPES) {
    for (const audience of ['b2b', 'b2c'] as const) generateDraft({ audience, serviceType, supplier: 'Proef B.V.', city: 'Utrecht', kvk: '12345678', date: '1 januari 2026', website: 'proef.example' });
  }
  // Unfilled placeholders: the drafts above have none, and the placeholder rule scans only text that may.
  new Analyzer().analyze('Gevestigd te [PLAATS], betaling binnen XX dagen, bedrag € ... per maand.');
  // Cross-references the structure does not resolve: the rule looks for the number or annex written in the text.
  new Analyzer().analyze('Artikel 1 Duur\n1. Zie artikel 4.3, artikel 9 en bijlage 2.\n', { rules: everyRule });
  // Test support: the trie regex that the trigger-word automaton replaced, kept as its reference.
  referenceHits([...registeredTriggerWords()], drafts[0]);
}

if (isMainThread && typeof describe === 'function') {
  describe('robustness: every regular expression in the server is linear', function () {
    // Longer in the deep runs (npm run test:deep, npm run fuzz), which probe with larger inputs.
    this.timeout(suiteTimeout(300_000));
    const files = sourceFiles();
    const patterns: Pattern[] = [];
    const sites = new Map<string, Pattern[]>(); // "file:line" of each `new RegExp(` -> patterns built there

    before(() => {
      const bundled = bundledSources();
      for (const f of files) {
        const rel = path.relative(ROOT, f).split(path.sep).join('/');
        const { literals, constructorLines } = scanSource(bundled.get(rel) ?? fs.readFileSync(f, 'utf8'));
        for (const l of literals) patterns.push({ where: `${rel}:${l.line} /${l.source}/${l.flags}`, source: l.source, flags: l.flags });
        for (const line of constructorLines) sites.set(`${rel}:${line}`, []);
      }
      WORKLOAD();
      const map = sourceMapper();
      const seen = new Set<string>();
      for (const c of captured) {
        const site = callSite(c.stack, map);
        if (!site || !sites.has(site)) continue;
        const key = `${site} ${c.flags} ${c.source}`;
        if (seen.has(key) || sites.get(site)!.length >= 20) continue;
        seen.add(key);
        sites.get(site)!.push({ where: `${site} new RegExp(/${c.source.length > 80 ? c.source.slice(0, 80) + '…' : c.source}/${c.flags})`, source: c.source, flags: c.flags });
      }
      for (const list of sites.values()) patterns.push(...list);
    });

    it('finds the patterns in the source, and each one compiles as found', () => {
      const literals = patterns.filter((p) => !p.where.includes('new RegExp('));
      assert.ok(literals.length >= 50, `only ${literals.length} regex literals found`);
      assert.ok(sites.size >= 5, `only ${sites.size} new RegExp sites found`);
      // Known patterns are found, with their flags: the lexer is not guessing.
      assert.ok(literals.some((p) => p.where.startsWith('server/src/core/model/citations.ts') && p.flags === 'gu' && p.source.includes('(10|[1-9]):')), 'BW_TOKEN in citations.ts');
      assert.ok(literals.some((p) => p.where.startsWith('server/src/core/text/lineIndex.ts') === false));
      for (const p of literals) assert.doesNotThrow(() => new NativeRegExp(p.source, p.flags), p.where);
    });

    it('every `new RegExp(` call site is reached by the workload and its patterns recorded', () => {
      const missing = [...sites].filter(([, list]) => list.length === 0).map(([site]) => site);
      assert.deepEqual(missing, [], 'these call sites built no pattern during WORKLOAD() in test/robustness/regex.test.ts; add a call that reaches them');
    });

    it(`every pattern stays within ${FACTOR}x the scan floor on long runs of its own characters (${SIZE} code units)`, async () => {
      // Known quadratic patterns go through the same probe: the test must be able to fail.
      const canaries: Pattern[] = [
        { where: 'canary /\\s+$/', source: '\\s+$', flags: '' },
        { where: 'canary /\\p{L}+\\d/gu', source: '\\p{L}+\\d', flags: 'gu' },
        { where: 'canary /[ \\t]+(?:en|of)[ \\t]+/', source: '[ \\t]+(?:en|of)[ \\t]+', flags: '' },
      ];
      const results: ProbeResult[] = [];
      let current = '';
      await new Promise<void>((resolve, reject) => {
        const worker = new Worker(__filename, { workerData: { regexProbe: true, patterns: [...canaries, ...patterns], size: SIZE } });
        let watchdog: NodeJS.Timeout;
        const arm = () => {
          clearTimeout(watchdog);
          watchdog = setTimeout(() => {
            void worker.terminate();
            reject(new Error(`catastrophic backtracking: ${current} did not finish within 20 s on adversarial input`));
          }, 20_000);
        };
        arm();
        worker.on('message', (m: { type: string; where?: string; result?: ProbeResult }) => {
          arm();
          if (m.type === 'start') current = m.where!;
          else if (m.type === 'done') results.push(m.result!);
          else if (m.type === 'end') {
            clearTimeout(watchdog);
            void worker.terminate();
            resolve();
          }
        });
        worker.on('error', (e) => {
          clearTimeout(watchdog);
          reject(e);
        });
      });
      assert.equal(results.length, canaries.length + patterns.length, 'every pattern was probed');
      for (const c of canaries) {
        const r = results.find((x) => x.where === c.where)!;
        assert.ok(r.ratio > FACTOR, `the probe catches ${c.where} (only ${r.ratio.toFixed(1)}x the floor)`);
      }
      const slow = results.filter((r) => r.ratio > FACTOR && !r.where.startsWith('canary '));
      if (process.env.CLAUSULE_REGEX_REPORT) {
        for (const r of [...results].sort((a, b) => b.ratio - a.ratio).slice(0, 15)) console.log(`      ${r.ratio.toFixed(1)}x  ${r.ms.toFixed(1)} ms (floor ${r.floorMs.toFixed(2)} ms) on ${r.input}: ${r.where}`);
      }
      assert.deepEqual(
        slow.map((r) => `${r.where}: ${r.ms.toFixed(1)} ms, ${r.ratio.toFixed(0)}x the floor (${r.floorMs.toFixed(2)} ms) on ${r.input}`),
        [],
        'patterns that backtrack on long runs of their own characters',
      );
    });
  });
}
