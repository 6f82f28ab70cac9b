// Property and fuzz tests of the analysis core: on any text, analysis never throws, every range lies inside
// the document, results are deterministic, and the incremental Analyzer (with its block cache) agrees with
// a fresh one. Bounded here; `npm run fuzz` runs the same properties with many more cases.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Analyzer, allRules, type AnalysisOptions } from '../../server/src/core';
import { analyseChecked, anyDocument, applyRandomEdit, checkResult, editArb, fcParams, repoDrafts, SEEDS, summary, takeRuleFailures, suiteTimeout } from './harness';

const seeds = [...SEEDS, ...repoDrafts().map((d) => d.text)];
const knownRules = new Set([...allRules.map((r) => r.meta.id), 'uitschakeling-ongebruikt']);

/** Every rule on, at a severity the user could set, in both audiences. */
const optionsArb: fc.Arbitrary<AnalysisOptions> = fc.record(
  {
    audience: fc.constantFrom('auto', 'b2b', 'b2c'),
    allRules: fc.boolean(),
    largeDocumentThreshold: fc.constantFrom(undefined, 1000, 50),
  },
  { requiredKeys: ['allRules'] },
).map(({ audience, allRules: all, largeDocumentThreshold }) => {
  const o: AnalysisOptions = {};
  if (audience) o.audience = audience as AnalysisOptions['audience'];
  if (all) o.rules = Object.fromEntries(allRules.map((r) => [r.meta.id, 'hint' as const]));
  if (largeDocumentThreshold) o.largeDocumentThreshold = largeDocumentThreshold;
  return o;
});

describe('robustness: analysis core on any text', function () {
  this.timeout(suiteTimeout(60_000));

  it('the seed drafts themselves satisfy every invariant', () => {
    for (const s of seeds) analyseChecked(s, { rules: Object.fromEntries(allRules.map((r) => [r.meta.id, 'hint'])) });
    // The invariants are not vacuous: the seeds produce findings with fixes, related spans and model data.
    const r = analyseChecked(SEEDS[0]);
    assert.ok(r.findings.some((f) => f.fixes?.length), 'a finding with a fix');
    assert.ok(r.findings.some((f) => f.related?.length), 'a finding with a related span');
    assert.ok(r.model.citations.length >= 4 && r.model.references.length >= 3 && r.model.definitions.length >= 3 && r.model.uses.length > 0);
  });

  it('never throws, and every span lies inside the document (findings, related, fixes, model)', () => {
    fc.assert(
      fc.property(anyDocument(seeds), optionsArb, (text, options) => {
        analyseChecked(text, options);
      }),
      fcParams(300),
    );
  });

  it('is deterministic: two fresh analyses of the same text are equal', () => {
    fc.assert(
      fc.property(anyDocument(seeds), optionsArb, (text, options) => {
        const a = summary(new Analyzer().analyze(text, options));
        const b = summary(new Analyzer().analyze(text, options));
        assert.deepEqual(a, b);
      }),
      fcParams(100),
    );
  });

  it('incremental analysis (one Analyzer reused across edits) equals a fresh analysis after every edit', () => {
    fc.assert(
      fc.property(anyDocument(seeds), fc.array(editArb, { minLength: 1, maxLength: 12 }), optionsArb, (start, edits, options) => {
        const reused = new Analyzer();
        let text = start;
        reused.analyze(text, options);
        for (const e of edits) {
          text = applyRandomEdit(text, e).text;
          const inc = reused.analyze(text, options);
          checkResult(text, inc);
          assert.deepEqual(summary(inc), summary(new Analyzer().analyze(text, options)));
        }
        assert.deepEqual(takeRuleFailures(), []);
      }),
      fcParams(60),
    );
  });

  it('typing at the very end of a draft with no final newline updates the last article (found by npm run fuzz)', () => {
    const base = SEEDS[0].replace(/\n+$/, '');
    for (const typed of ['\u0000', 'x', ' dertig (14)', '😀']) {
      const reused = new Analyzer();
      reused.analyze(base);
      const text = base + typed;
      const inc = reused.analyze(text);
      checkResult(text, inc);
      assert.deepEqual(summary(inc), summary(new Analyzer().analyze(text)));
    }
  });

  it('a reused Analyzer gives the same result when the options change between runs', () => {
    fc.assert(
      fc.property(anyDocument(seeds), fc.array(optionsArb, { minLength: 2, maxLength: 4 }), (text, optionList) => {
        const reused = new Analyzer();
        for (const o of optionList) assert.deepEqual(summary(reused.analyze(text, o)), summary(new Analyzer().analyze(text, o)));
      }),
      fcParams(40),
    );
  });

  describe('hostile shapes', () => {
    // Full size under `npm run fuzz`; a quarter in `npm test` except for two 1 MB lines, to keep the suite fast.
    const big = process.env.CLAUSULE_FUZZ_RUNS ? 1 << 20 : 1 << 18;
    const n = (k: number) => Math.ceil((k * big) / (1 << 20));
    const cases: Array<[string, () => string]> = [
      ['empty', () => ''],
      ['only a BOM', () => '\uFEFF'],
      ['only line ends, mixed', () => '\r\n\r\r\n\n\r'.repeat(1000)],
      ['NUL bytes', () => '\u0000'.repeat(10_000) + 'Artikel 1\u0000Test\n1.1\u0000 dertig (3\u00000)'],
      ['binary-looking', () => Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('')],
      ['lone surrogates around a citation and a fix', () => '\uD800artikel 7:404 BW\uDC00 ten allen tijde\uD83D dertig (14)\uDE00'],
      ['emoji inside terms and numbers', () => '## Artikel 1 – Definities😀\n**Klant😀**: x;\nKlant😀 betaalt 😀dertig (1😀4) dagen.\n'],
      ['combining marks and RTL', () => 'Artikel 1\u0301 Def\u200Finities\n1.1\u202E Opdrachtgever\u0308: x\n'.repeat(200)],
      ['a 1 MB line of letters', () => 'a'.repeat(1 << 20)],
      ['a long line of spaces', () => ' '.repeat(big)],
      ['a 1 MB line of citations', () => 'artikel 7:404 lid 1 sub a BW, '.repeat(35_000)],
      ['a long line of parentheses', () => '(dertig) ('.repeat(n(100_000))],
      ['a long line of capitals', () => 'Opdrachtgever '.repeat(n(75_000))],
      ['a long line of references', () => 'de leden 1, 2, 3 en 4 van artikel 1.2.3 lid 4 sub b '.repeat(n(20_000))],
      ['deep outline nesting by indentation', () => Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + '1. Nest').join('\n')],
      ['deep letter nesting by indentation', () => Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + 'a. nest').join('\n')],
      ['deep dotted numbering', () => Array.from({ length: n(5000) }, (_, i) => `${(i % 9) + 1}.${(i % 7) + 1}.${(i % 5) + 1}.1.1.1 lid`).join('\n')],
      ['many articles with the same number', () => '## Artikel 1 – X\n1.1 Zie artikel 1.1.\n'.repeat(n(5000))],
      ['many definitions', () => '## Artikel 1 – Definities\n' + Array.from({ length: n(3000) }, (_, i) => `**Term${String.fromCharCode(65 + (i % 26))}${i.toString(36).replace(/\d/g, 'x')}**: iets;`).join('\n') + '\nTermA en TermB.'],
      ['many directives', () => '<!-- clausule-disable spelling -->\n<!-- clausule-enable -->\n'.repeat(n(5000)) + 'ten allen tijde'],
    ];
    for (const [name, make] of cases) {
      it(name, () => {
        const text = make();
        // Every rule, consumer rules included, and no large-document guard: the most work the text can cause.
        analyseChecked(text, { audience: 'b2c', largeDocumentThreshold: 100_000_000, rules: Object.fromEntries(allRules.map((r) => [r.meta.id, 'hint'])) });
        if (text.length < 100_000) analyseChecked(text);
      });
    }

    it('a 10 MB document: every range inside it, and an edit in its middle analysed incrementally equals a fresh analysis', () => {
      const prose = 'De partijen spreken af dat de levering plaatsvindt op de overeengekomen plaats en tijd, en dat de afnemer tijdig meewerkt. ';
      const unit = SEEDS[0] + prose.repeat(800) + '\n';
      const text = unit.repeat(Math.ceil(10_000_000 / unit.length));
      assert.ok(text.length >= 10_000_000);
      const a = new Analyzer();
      const r = a.analyze(text);
      checkResult(text, r);
      assert.equal(r.limited, true, 'the large-document guard applies');
      assert.ok(r.findings.length > 0, 'the fast checks still report');
      const mid = text.indexOf('twaalf (12)', text.length >> 1);
      const edited = text.slice(0, mid) + 'twaalf (13)' + text.slice(mid + 11);
      const inc = a.analyze(edited);
      checkResult(edited, inc);
      assert.deepEqual(inc.findings, new Analyzer().analyze(edited).findings);
      assert.ok(inc.findings.some((f) => f.ruleId === 'getal-woord' && f.span.start <= mid && f.span.end >= mid), 'the edit is seen');
      assert.deepEqual(takeRuleFailures(), []);
    });
  });
});
