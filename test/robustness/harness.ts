// Shared pieces of the robustness suites: invariants every analysis must satisfy, seed drafts written
// for these tests, and fast-check generators of hostile text (mutated drafts, odd Unicode, odd line ends).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { Analyzer, ruleFailures, type AnalysisOptions, type AnalysisResult, type Finding, type Span } from '../../server/src/core';
import { runs } from '../../server/src/core/testing/fuzz';

export { runs };
import { blockText } from '../../server/src/core/model/blockText';

/** Repository root, from the bundled test in out/test/test/robustness or from the source tree. */
export const ROOT = (() => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'server', 'src'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
})();

/** A suite's time limit, grown with the number of cases: the long run has more of them to get through. */
export function suiteTimeout(inTestMs: number): number {
  const n = Number(process.env.CLAUSULE_FUZZ_RUNS);
  return Number.isFinite(n) && n > 100 ? Math.round((inTestMs * n) / 100) : inTestMs;
}

/** fast-check parameters: the run count, scaled for the long runs (the seed is set for the whole suite: test/fastCheckSeed.cjs). */
export function fcParams(numRuns: number): fc.Parameters<unknown> {
  return { numRuns: runs(numRuns) };
}

// ---------------------------------------------------------------------------------------------
// Invariants

function checkSpan(text: string, s: Span | undefined, what: string): void {
  assert.ok(s && typeof s === 'object', `${what}: missing span`);
  const { start, end } = s;
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: non-integer span ${JSON.stringify(s)}`);
  assert.ok(start >= 0 && start <= end && end <= text.length, `${what}: span ${start}..${end} outside 0..${text.length} or reversed`);
}

/** A span boundary between the two halves of a surrogate pair would cut a character (an emoji) in two. */
function checkWhole(text: string, s: Span, what: string): void {
  for (const o of [s.start, s.end]) {
    const hi = text.charCodeAt(o - 1);
    const lo = text.charCodeAt(o);
    assert.ok(!(hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff), `${what}: span ${s.start}..${s.end} splits a surrogate pair at ${o}`);
  }
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);

export function checkFinding(text: string, f: Finding, knownRules?: Set<string>): void {
  const what = `finding ${f.ruleId}`;
  if (knownRules) assert.ok(knownRules.has(f.ruleId), `${what}: unknown rule id`);
  assert.ok(SEVERITIES.has(f.severity), `${what}: severity ${f.severity}`);
  checkSpan(text, f.span, what);
  checkWhole(text, f.span, what);
  assert.ok(typeof f.message?.nl === 'string' && f.message.nl.length > 0, `${what}: Dutch message`);
  assert.ok(typeof f.message?.en === 'string' && f.message.en.length > 0, `${what}: English message`);
  for (const r of f.related ?? []) checkSpan(text, r.span, `${what} related`);
  for (const fix of f.fixes ?? []) {
    assert.ok(fix.title?.nl && fix.title?.en, `${what}: fix title`);
    const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
    for (let i = 0; i < edits.length; i++) {
      checkSpan(text, edits[i].span, `${what} fix edit`);
      checkWhole(text, edits[i].span, `${what} fix edit`);
      assert.equal(typeof edits[i].newText, 'string', `${what}: fix newText`);
      if (i > 0) assert.ok(edits[i - 1].span.end <= edits[i].span.start, `${what}: overlapping fix edits`);
    }
  }
}

/** Every span of the result lies inside the text, start <= end, in UTF-16 code units. */
export function checkResult(text: string, r: AnalysisResult, knownRules?: Set<string>): void {
  const m = r.model;
  // The model is of the text in NFC (core/text/nfc.ts); the findings are offsets in the text as given.
  assert.equal(r.text, text, 'result text is the analysed text');
  assert.equal(r.lines.text, text, 'line index of the findings');
  for (const f of r.findings) checkFinding(text, f, knownRules);
  const given = text;
  text = text.normalize('NFC');
  assert.equal(m.text, text, 'model text is the analysed text in NFC');
  assert.equal(m.lines.text, text, 'line index text');
  if (text === given) assert.equal(r.positions, m.lines, 'an NFC text needs no offset map');
  for (const n of m.nodes) {
    const what = `node ${n.label}@${n.line}`;
    checkSpan(text, n.span, what);
    checkSpan(text, n.numberSpan, `${what} number`);
    checkSpan(text, n.textSpan, `${what} text`);
    assert.ok(n.line >= 0 && n.line < m.lines.lineCount, `${what}: line ${n.line}`);
  }
  for (const d of m.definitions) {
    checkSpan(text, d.span, `definition ${d.term}`);
    checkSpan(text, d.textSpan, `definition ${d.term} text`);
    assert.equal(text.slice(d.span.start, d.span.end), d.term, 'definition span holds the term');
  }
  for (const u of m.uses) {
    checkSpan(text, u.span, `use ${u.term}`);
    assert.equal(text.slice(u.span.start, u.span.end), u.form, 'use span holds the form');
  }
  for (const ref of m.references) {
    checkSpan(text, ref.span, `reference ${ref.text}`);
    assert.equal(text.slice(ref.span.start, ref.span.end), ref.text, 'reference span holds its text');
  }
  for (const c of m.citations) {
    checkSpan(text, c.span, `citation ${c.text}`);
    assert.equal(text.slice(c.span.start, c.span.end), c.text, 'citation span holds its text');
  }
  for (const d of m.directives) {
    checkSpan(text, d.span, `directive ${d.kind}`);
    assert.ok(d.line >= 0 && d.line < m.lines.lineCount, 'directive line');
  }
  let prevEnd = 0;
  for (const b of m.blocks) {
    checkSpan(text, b.span, 'block');
    // The draft's slice with one-line comments blanked (model/blockText.ts): same length, same line breaks.
    assert.equal(b.text, blockText(text, b.span.start, b.span.end), 'block text');
    assert.equal(b.text.length, b.span.end - b.span.start, 'block text keeps the offsets');
    assert.ok(b.span.start >= prevEnd, 'blocks do not overlap');
    prevEnd = b.span.end;
  }
}

/** A rule that throws is swallowed by the engine; for these tests that is still a crash. */
export function takeRuleFailures(): string[] {
  return ruleFailures.splice(0).map((f) => `${f.ruleId}: ${f.error}`);
}

/** Analyses with a fresh Analyzer, checks every invariant, and fails on swallowed rule crashes. */
export function analyseChecked(text: string, options: AnalysisOptions = {}, analyzer = new Analyzer()): AnalysisResult {
  takeRuleFailures();
  const r = analyzer.analyze(text, options);
  assert.deepEqual(takeRuleFailures(), [], 'no rule may throw');
  checkResult(text, r);
  return r;
}

/** What two analyses must agree on: findings and the model's derived data, without object identity. */
export function summary(r: AnalysisResult): unknown {
  const m = r.model;
  return {
    findings: r.findings,
    audience: r.audience,
    limited: r.limited,
    nodes: m.nodes.map((n) => [n.kind, n.style, n.label, n.span, n.numberSpan, n.textSpan, n.line, n.depth, n.heading, n.parent ? m.nodes.indexOf(n.parent) : -1]),
    definitions: m.definitions.map((d) => [d.term, d.span, d.textSpan, d.forms]),
    uses: m.uses,
    references: m.references.map((x) => [x.span, x.text, x.targetPath, x.target ? m.nodes.indexOf(x.target) : -1, x.relative]),
    citations: m.citations,
    directives: m.directives,
    blocks: m.blocks.map((b) => b.span),
  };
}

// ---------------------------------------------------------------------------------------------
// Seeds: our own drafts, one per style the parser reads, with something for every rule to find.

export const SEEDS: string[] = [
  [
    '# Algemene voorwaarden Proefbedrijf B.V.',
    '<!-- clausule: doelgroep=b2b -->',
    '',
    '## Artikel 1 – Definities',
    '1.1 In deze voorwaarden wordt verstaan onder:',
    'a. **Afnemer**: de rechtspersoon die met Proefbedrijf een Overeenkomst sluit;',
    'b. **Overeenkomst**: iedere afspraak tussen partijen over de Dienst;',
    'c. "Dienst": het beheer van de software van Afnemer;',
    '1.2 Begrippen in het enkelvoud omvatten ook het meervoud.',
    '',
    '## Artikel 2 – Duur',
    '2.1 De Overeenkomst geldt voor twaalf (12) maanden en daarna telkens voor drie (4) maanden.',
    '2.2 Opzegging gebeurt schriftelijk; lid 1 van dit artikel en artikel 3.2 blijven gelden.',
    '2.3 Het vorige lid geldt ten allen tijde, danwel tot het einde van de Overeenkomst.',
    '',
    '## Artikel 3 – Aansprakelijkheid',
    '3.1 Artikel 7:408 lid 1 BW en de artikelen 7:407 lid 2 BW, 7:404 BW en 7:409 BW zijn niet van toepassing.',
    '3.2 De aansprakelijkheid van Proefbedrijf is beperkt tot het bedrag dat de Afnemer in zes (6) maanden betaalt.',
    '3.3 De leden 1 en 2 gelden niet bij opzet, zie artikel 9 en art. 2 lid 7 sub c.',
    '<!-- clausule-disable-next-line getal-woord -->',
    '3.4 Binnen vijf (7) dagen.',
    '3.5 Dit lid verwijst naar de leden 3 en 5 en naar artikel 6:236 sub a BW.',
    '3.6 De aansprakelijkheid van Proefbedrijf is beperkt tot het bedrag dat de Afnemer in zes (6) maanden betaalt.',
    '',
  ].join('\n'),
  [
    'ALGEMENE VOORWAARDEN',
    '',
    'Artikel 1 Toepasselijkheid',
    'Deze voorwaarden gelden voor alle aanbiedingen aan de consument. Onder Klant wordt verstaan de consument die koopt.',
    '',
    'Artikel 2 Betaling',
    '1. De Klant betaalt binnen veertien (14) dagen.',
    '2. Bij te late betaling is de Klant de wettelijke rente verschuldigd, zie artikel 6:119a BW en artikel 11.7 Telecommunicatiewet.',
    '   a. incassokosten volgens artikel 6:96 lid 2 sub c BW;',
    '   b) rente (zie het vorige lid).',
    '',
    'Artikel 2 Klachten',
    'Klachten meldt de Klant binnen (2) twee maanden. Zie artikel 408 lid 1 van Boek 7 BW.',
    '<!-- clausule-disable spelling -->',
    'Teneinde danwel middels.',
    '<!-- clausule-enable spelling -->',
    '',
  ].join('\r\n'),
  [
    '1. ALGEMEEN',
    '    1. Definities',
    '        1. Opdrachtgever: de partij die de opdracht geeft.',
    '        2. Opdrachtnemer: de partij die de opdracht aanneemt.',
    '    2. Toepasselijkheid',
    '        1. Deze voorwaarden gelden voor elke opdracht van Opdrachtgever, als bedoeld in 1.2.6 en 1.1.2.',
    '            1. Het bepaalde in 1.1.1 geldt ook hier.',
    '2. UITVOERING',
    '    1. Opdrachtnemer voert de opdracht uit naar beste kunnen, binnen dertig (30) dagen.',
    '\t2. Een tab-ingesprongen lid met een emoji 😀 en combinerende tekens e\u0301 en RTL \u200Fmarkering.',
    '',
  ].join('\n'),
  '\uFEFF## 1. Eerste\r# 2. Tweede\r2.1 Zie artikel 2.1 en artikel 1 lid 1.\r2.1 Dubbel nummer.\r2.3 Gat.\r',
  '',
];

/** Drafts from the repository (examples/ and test/fixtures/), read at run time. */
export function repoDrafts(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  // CLAUSULE_FUZZ_CORPUS (directories, separated by the path delimiter) adds local drafts under `npm run fuzz`,
  // read in place: third-party texts are measured on, never copied into the repository.
  const extra = (process.env.CLAUSULE_FUZZ_CORPUS ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of ['examples', 'test/fixtures', ...extra]) {
    const abs = path.resolve(ROOT, dir);
    if (!fs.existsSync(abs)) continue;
    const walk = (d: string) => {
      for (const name of fs.readdirSync(d).sort()) {
        const p = path.join(d, name);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (/\.(av|voorwaarden|md|txt)$/.test(name) && fs.statSync(p).size < 2_000_000) out.push({ name: path.relative(ROOT, p), text: fs.readFileSync(p, 'utf8') });
      }
    };
    walk(abs);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Generators

/** Fragments that steer the parser and the rules into their special cases. */
const TOKENS = [
  'Artikel ', 'artikel ', 'art. ', '## ', '# ', '### Artikel 3 – ', '1.', '1. ', '2.1 ', '1.2.3 ', '1.1.1.1.1.1.1 ', 'a. ', 'b) ', '(c) ',
  'lid 2', ' lid ', 'de leden 1 en 2', 'het vorige lid', 'sub b', ' van dit artikel', 'in 1.2.6', '7:404 BW', '7:408 lid 1 BW',
  '6:236 sub a BW', 'artikel 11.7 Telecommunicatiewet', 'van Boek 7', ', eerste lid,', 'BW', ' en ', ', ',
  'dertig (30)', 'drie (4)', '(twaalf) 12', '(', ')', '**', '__', '"', '“', '”', ': ', ';', '.', '-', '–',
  'Opdrachtgever', 'Opdrachtgevers', 'opdrachtgever', 'onder Dienst wordt verstaan ', 'Definities', 'enkelvoud meervoud ',
  'ten allen tijde', 'danwel', 'consument', 'niet ', 'geen ', '<!-- ', '-->', '<!-- clausule-disable ', '<!-- clausule-enable ',
  '<!-- clausule-disable-next-line spelling -->', '<!-- clausule-disable-line getal-woord -->', '<!-- clausule: doelgroep=b2c -->', '<!-- clausule: taal=en -->',
  ' ', '  ', '    ', '\t', '\n', '\n', '\r\n', '\r', '\n\n', '\uFEFF', '\u0000', '😀', '👩‍⚖️', 'e\u0301', '\u200F', '\u202E', '\u0645\u0627',
  '\uD800', '\uDC00', '\uDBFF\uDFFF', '\uFFFD', '\u2028', '\u00A0', 'ß', 'İ', 'ﬁ', 'Ǳ',
];

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Strings of any UTF-16 code units, lone surrogates and NUL included. */
export const rawString = (maxLength = 40) => fc.string({ unit: anyUnit, maxLength });
const piece = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: rawString(8) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }, { weight: 1, arbitrary: fc.nat(9999).map(String) });

/** Random text assembled from meaningful fragments and raw code units. */
export const tokenText = (maxPieces = 80) => fc.array(piece, { maxLength: maxPieces }).map((p) => p.join(''));

const LINE_ENDS = ['\n', '\r\n', '\r'];

type Mutation = (lines: string[], r: () => number) => void;
const pick = <T>(xs: T[], r: () => number): T => xs[Math.floor(r() * xs.length) % xs.length];
const MUTATIONS: Mutation[] = [
  (ls, r) => ls.length && ls.splice(Math.floor(r() * ls.length), 1), // delete a line
  (ls, r) => ls.length && ls.splice(Math.floor(r() * ls.length), 0, pick(ls, r)), // duplicate a line
  (ls, r) => {
    // swap two lines
    if (ls.length < 2) return;
    const i = Math.floor(r() * ls.length);
    const j = Math.floor(r() * ls.length);
    [ls[i], ls[j]] = [ls[j], ls[i]];
  },
  (ls, r) => {
    // shuffle a window of lines
    const i = Math.floor(r() * ls.length);
    const w = ls.slice(i, i + 6);
    for (let k = w.length - 1; k > 0; k--) {
      const j = Math.floor(r() * (k + 1));
      [w[k], w[j]] = [w[j], w[k]];
    }
    ls.splice(i, w.length, ...w);
  },
  (ls, r) => {
    // insert a fragment inside a line
    if (!ls.length) return void ls.push(pick(TOKENS, r));
    const i = Math.floor(r() * ls.length);
    const at = Math.floor(r() * (ls[i].length + 1));
    ls[i] = ls[i].slice(0, at) + pick(TOKENS, r) + ls[i].slice(at);
  },
  (ls, r) => {
    // cut a line in two at a random code unit (may split a surrogate pair)
    if (!ls.length) return;
    const i = Math.floor(r() * ls.length);
    const at = Math.floor(r() * (ls[i].length + 1));
    ls.splice(i, 1, ls[i].slice(0, at), ls[i].slice(at));
  },
  (ls, r) => {
    // indent or dedent
    if (!ls.length) return;
    const i = Math.floor(r() * ls.length);
    ls[i] = r() < 0.5 ? ' '.repeat(1 + Math.floor(r() * 12)) + ls[i] : ls[i].trimStart();
  },
  (ls, r) => {
    // replace one code unit with any other
    if (!ls.length) return;
    const i = Math.floor(r() * ls.length);
    if (!ls[i].length) return;
    const at = Math.floor(r() * ls[i].length);
    ls[i] = ls[i].slice(0, at) + String.fromCharCode(Math.floor(r() * 0x10000)) + ls[i].slice(at + 1);
  },
];

/** Joins lines with one line-ending style, or a random mix, optionally behind a BOM. */
function joinLines(lines: string[], r: () => number): string {
  const style = r();
  const fixed = pick(LINE_ENDS, r);
  let out = r() < 0.15 ? '\uFEFF' : '';
  for (let i = 0; i < lines.length; i++) {
    out += lines[i];
    if (i < lines.length - 1 || r() < 0.7) out += style < 0.6 ? fixed : pick(LINE_ENDS, r);
  }
  return out;
}

/** A seed draft (ours or the repository's) after a handful of random mutations. */
export function mutatedDraft(seeds: string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...seeds), fc.nat(12), fc.infiniteStream(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }))).map(([seed, n, stream]) => {
    const it = stream[Symbol.iterator]();
    const r = () => it.next().value as number;
    const lines = seed.split(/\r\n|\r|\n/);
    for (let k = 0; k < n; k++) pick(MUTATIONS, r)(lines, r);
    return joinLines(lines, r);
  });
}

/** Any document the property suites try: mutated drafts, token soup, raw code units. */
export function anyDocument(seeds: string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 5, arbitrary: mutatedDraft(seeds) }, { weight: 3, arbitrary: tokenText() }, { weight: 1, arbitrary: rawString(200) });
}

/** One text edit as an editor sends it: replace [start, end) of the current text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export const editArb = fc.record({ a: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.nat(40), text: fc.oneof(tokenText(4), rawString(6)) });

export function applyRandomEdit(text: string, e: { a: number; len: number; text: string }): { text: string; edit: Edit } {
  const start = Math.min(text.length, Math.floor(e.a * (text.length + 1)));
  const end = Math.min(text.length, start + e.len);
  return { text: text.slice(0, start) + e.text + text.slice(end), edit: { start, end, text: e.text } };
}

/** Applies non-overlapping edits (any order) to text. */
export function applyEdits(text: string, edits: Array<{ span: Span; newText: string }>): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
