#!/usr/bin/env node
// Renders bench/results.json as Markdown tables (for the terminal and README's Performance section).
// Usage: node bench/table.mjs [bench/results.json]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ms = (m) => (m && m.median !== null && m.median !== undefined ? `${fmt(m.median)} / ${fmt(m.p95)}` : 'n/a');
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (b) => (b === null || b === undefined ? 'n/a' : b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MB` : `${(b / 1024).toFixed(0)} KB`);

export function renderTable(r) {
  const out = [];
  out.push('Times in ms, median / p95; samples back to back (the last column: with the whole heap collected before each sample).', '');
  out.push('| document | size | full analysis | after 1-char edit | edit / full | scan floor `/\\w+/g` | full / floor | full / per-char floor | full, after a forced GC |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const d of r.documents) {
    const perChar = d.ratioToPerCharFloor === undefined ? 'n/a' : `${d.ratioToPerCharFloor}x`;
    out.push(`| ${d.name} | ${kb(d.bytes)} | ${ms(d.fullAnalysisMs)} | ${ms(d.editAnalysisMs)} | ${d.editToFullRatio} | ${ms(d.scanFloorMs)} | ${d.ratioToFloor}x | ${perChar} | ${ms(d.fullAnalysisAfterGcMs)} |`);
  }
  if (r.costs?.rules?.length) {
    out.push('', `Where the time goes on ${r.costs.document} (mean ms per analysis):`, '');
    if (r.costs.rules.some((c) => c.run)) out.push('(b2c, on): a rule the draft\'s own analysis does not run, timed on the same draft addressed to consumers with the rule turned on.', '');
    out.push('| parse / rule | scope | full analysis | after 1-char edit |', '| --- | --- | ---: | ---: |');
    for (const c of r.costs.rules) out.push(`| ${c.id}${c.run ? ` (${c.run})` : ''} | ${c.scope} | ${fmt(c.fullMs)} | ${fmt(c.editMs)} |`);
  }
  if (r.protocol) {
    const p = r.protocol;
    out.push('', `Over stdio (production bundle, debounce 0; requests on ${p.document}):`, '');
    out.push('| measure | value |', '| --- | ---: |');
    out.push(`| initialize (from spawn) | ${ms(p.initializeMs)} |`);
    out.push(`| didChange → publishDiagnostics | ${ms(p.didChangeToDiagnosticsMs)} |`);
    out.push(`| hover | ${ms(p.hoverMs)} |`);
    out.push(`| completion | ${ms(p.completionMs)} |`);
    out.push(`| documentSymbol | ${ms(p.documentSymbolMs)} |`);
    out.push(`| definition | ${ms(p.definitionMs)} |`);
    out.push(`| server RSS with the 1 MB draft open | ${p.rssMbWith1MbDoc ?? 'n/a'} MB |`);
    if (p.rssMbAfter20Edits !== undefined) {
      out.push(`| peak RSS while opening it | ${p.rssPeakMbAfterOpen} MB |`);
      out.push(`| RSS after 20 edits of it / peak | ${p.rssMbAfter20Edits} / ${p.rssPeakMbAfter20Edits} MB |`);
    }
    if (p.largeDocumentGuard) out.push(`| large-document guard: user told (over ${p.largeDocumentGuard.analyses} analyses) | ${p.largeDocumentGuard.userToldTimes}x |`);
  }
  const a = r.artifacts;
  out.push('', '| artifact | size |', '| --- | ---: |');
  out.push(`| dist/server.js | ${kb(a.serverBundleBytes)} |`, ...(a.serverCoreBundleBytes ? [`| dist/server-core.js | ${kb(a.serverCoreBundleBytes)} |`] : []), `| dist/client.js | ${kb(a.clientBundleBytes)} |`, `| clausule.vsix | ${kb(a.vsixBytes)} |`);
  if (r.peers?.length) {
    out.push('', '| peer (same text, same run) | document | peer | Clausule | Clausule / peer |', '| --- | --- | ---: | ---: | ---: |');
    for (const p of r.peers) {
      for (const d of p.perDocument ?? [p]) {
        out.push(`| ${p.name} ${p.version} | ${d.document} | ${ms(d.fullAnalysisMs)} | ${ms(d.clausuleFullAnalysisMs)} | ${d.ratio} |`);
      }
    }
  }
  if (r.targets) {
    out.push('', '| target | value | limit | met |', '| --- | ---: | --- | --- |');
    for (const [name, t] of Object.entries(r.targets)) out.push(`| ${name} | ${t.value ?? 'n/a'} | ${t.limit} | ${t.met === null ? 'n/a' : t.met ? 'yes' : 'NO'} |`);
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2] ?? new URL('./results.json', import.meta.url);
  process.stdout.write(renderTable(JSON.parse(readFileSync(file, 'utf8'))) + '\n');
}
