// One property over every rule: gated analysis equals ungated analysis. Rules try their patterns only
// where a gate word occurs (text/triggerWords.ts); a pattern that gains a phrase its gate words do not cover
// would stop matching that phrase without any rule test noticing, unless that test happens to use the
// phrase. Here every rule runs twice on the same drafts, once with its gates and once with every gate
// open (text/gates.ts), and the findings must be the same: on our fixtures and examples, on drafts made
// of their lines in random order and case, and (when ../shared is present) on the corpus drafts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { Analyzer } from '../analyzer';
import { withGatesOpen } from '../text/gates';
import { hasTrigger, triggerWords } from '../text/triggerWords';
import type { AnalysisOptions } from '../engine/config';
import type { Finding } from '../types';
import type { BlockRule, Rule } from '../kit/rule';
import { allRules } from '.';
import { runs } from '../testing/fuzz';

const ROOT = (() => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'server', 'src'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
})();

function draftsIn(dir: string, depth = 3): string[] {
  if (!fs.existsSync(dir) || depth < 0) return [];
  const out: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = fs.statSync(p);
    if (st.isDirectory()) out.push(...draftsIn(p, depth - 1));
    else if (/\.(av|voorwaarden|md|txt)$/i.test(name) && !/^(README|INDEX|SOURCES)\.md$/i.test(name) && st.size < 400_000) out.push(p);
  }
  return out;
}

const ours = [...draftsIn(path.join(ROOT, 'examples')), ...draftsIn(path.join(ROOT, 'test', 'fixtures'))];
// Third-party drafts: read in place to measure, never copied.
const corpus = draftsIn(path.join(ROOT, '..', 'shared', 'corpus'));
const read = (f: string) => fs.readFileSync(f, 'utf8');

const AUDIENCES: AnalysisOptions[] = [{ audience: 'b2b' }, { audience: 'b2c' }];

const brief = (f: Finding) => `${f.ruleId} ${f.span.start}-${f.span.end} ${f.severity} ${f.message.nl}`;

/** The findings of `rules` on text, for each audience, gated (a fresh Analyzer, as the CLI runs) and with every gate open. */
function compare(text: string, rules: Rule[] = allRules): { gated: string[]; open: string[] } {
  const gated: string[] = [];
  const open: string[] = [];
  for (const options of AUDIENCES) {
    gated.push(...new Analyzer(rules).analyze(text, options).findings.map(brief));
    open.push(...withGatesOpen(() => new Analyzer(rules).analyze(text, options).findings.map(brief)));
  }
  return { gated, open };
}

function assertSame(text: string, label: string): void {
  const { gated, open } = compare(text);
  if (gated.join('\n') === open.join('\n')) return;
  const missed = open.filter((x) => !gated.includes(x));
  const extra = gated.filter((x) => !open.includes(x));
  assert.fail(`${label}: gates change the findings.\nfound only with every gate open (a gate hides a match):\n  ${missed.join('\n  ')}\nfound only with gates:\n  ${extra.join('\n  ')}`);
}

describe('gates: every rule finds the same with its gates as with every gate open', function () {
  this.timeout(120_000);

  it('has drafts of our own to run on', () => assert.ok(ours.length >= 5, ours.join(', ')));

  for (const f of ours) it(`on ${path.relative(ROOT, f)}`, () => assertSame(read(f), f));

  (corpus.length ? it : it.skip)(`on the ${corpus.length} drafts in ../shared/corpus (read in place)`, () => {
    for (const f of corpus) assertSame(read(f), path.basename(f));
  });

  it('on drafts made of those lines in random order, with case and spacing varied', () => {
    const lines = [...new Set([...ours, ...corpus].flatMap((f) => read(f).split(/\r?\n/)))].filter((l) => l.trim());
    const vary = fc.constantFrom<(s: string) => string>(
      (s) => s,
      (s) => s,
      (s) => s.toUpperCase(),
      (s) => s.toLowerCase(),
      (s) => s.replace(/ /g, '  '),
      (s) => s.replace(/ /g, '\n'),
    );
    const line = fc.tuple(fc.constantFrom(...lines), vary).map(([l, f]) => f(l));
    const draft = fc.array(line, { minLength: 1, maxLength: 25 }).map((ls) => ls.join('\n'));
    fc.assert(fc.property(draft, (t) => assertSame(t, JSON.stringify(t.slice(0, 200)))), { numRuns: runs(150) });
  });

  it('is not vacuous: a rule whose gate misses a phrase of its pattern is caught', () => {
    const PATTERN = /\bverval(?:t|len)\b/giu;
    const GATE = triggerWords(['vervalt']); // "vervallen" is missing: a broken gate
    const broken: BlockRule = {
      scope: 'block',
      meta: { id: 'spelling', category: 'taal', defaultSeverity: 'warning', title: { nl: 't', en: 't' }, messages: { m: { nl: 'vervalt', en: 'lapses' } } },
      check(block, ctx) {
        if (!hasTrigger(block, GATE)) return;
        PATTERN.lastIndex = 0;
        for (let m = PATTERN.exec(block.text); m; m = PATTERN.exec(block.text)) ctx.report({ span: { start: m.index, end: m.index + m[0].length }, messageId: 'm' });
      },
    } as BlockRule;
    const both = compare('## Artikel 1 Duur\n1.1 Het recht vervalt na een jaar.\n', [broken]);
    assert.deepEqual(both.gated, both.open, 'the gate word is present: same findings');
    const missing = compare('## Artikel 1 Duur\n1.1 De rechten vervallen na een jaar.\n', [broken]);
    assert.equal(missing.open.length, 2, 'with the gate open the rule finds "vervallen" (once per audience)');
    assert.equal(missing.gated.length, 0, 'with its gate the rule misses it: compare() shows the difference');
  });
});
