// Every literal gate is proved from its pattern. A rule that tries a pattern only where one of its words
// occurs (engine/sentenceChecks.ts: gateSentenceChecks; text/triggerWords.ts: matchesNear) loses matches silently when the pattern
// gains a phrase without one of those words, or lets a word start further into a match than its `back`.
// gates.property.test.ts catches that on the drafts it runs; here the pattern's syntax tree shows it for
// every phrase the pattern can match (testing/literalProof.ts), whether or not any draft contains it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { Analyzer } from '../analyzer';
import { lowerForGates } from '../text/triggerWords';
import { sentenceCheckGates } from '../engine/sentenceChecks';
import { withGateRecording, type GateUse } from '../text/gates';
import { proveGate, requiredLiterals } from '../testing/literalProof';
import { allRules } from '.';
import { runs } from '../testing/fuzz';
import { findingsOf } from '../testing/check';

const ROOT = (() => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'server', 'src'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
})();

function draftsIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return draftsIn(p);
    return /\.(av|voorwaarden|md|txt)$/i.test(e.name) && !/^README\.md$/i.test(e.name) ? [p] : [];
  });
}

const describeUse = (u: GateUse) => `/${u.pattern.source.slice(0, 120)}/${u.pattern.flags} with ${JSON.stringify(u.words)}${u.back === undefined ? '' : ` within ${u.back}`}`;

function assertProved(u: GateUse): void {
  const proof = proveGate(u.pattern, [...u.words], u.back);
  assert.ok(
    proof.holds,
    `the gate of ${describeUse(u)} does not follow from the pattern: every match holds one of ${JSON.stringify(proof.required ?? 'no literal the proof can see')}`,
  );
}

/** Every match of re in text, with whether it holds one of the words within back of its start. */
function everyMatchHolds(re: RegExp, text: string, words: string[], back: number): boolean {
  const g = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const lowered = lowerForGates(m[0]);
    if (lowered.length === m[0].length && !words.some((w) => {
      const at = lowered.indexOf(w);
      return at >= 0 && at <= back;
    })) return false;
    if (!m[0].length) g.lastIndex++;
  }
  return true;
}

describe('gate proofs: the proof itself', () => {
  it('proves a gate word that every alternative holds, within the distance the pattern allows', () => {
    const asap = /zo (?:spoedig|snel) mogelijk/i;
    assert.equal(proveGate(asap, ['mogelijk']).holds, true);
    assert.equal(proveGate(asap, ['mogelijk'], 11).holds, true); // "zo spoedig " is 11 units
    assert.equal(proveGate(asap, ['mogelijk'], 10).holds, false);
    assert.deepEqual(requiredLiterals(asap), ['mogelijk']);
  });

  it('refuses a gate that one alternative can do without', () => {
    const proof = proveGate(/zo (?:spoedig|snel) mogelijk/i, ['spoedig']);
    assert.equal(proof.holds, false);
    // An optional letter makes two spellings, and a gate must cover both.
    assert.equal(proveGate(/garandeer?t/i, ['garandeert', 'garandeer']).holds, false);
    assert.equal(proveGate(/garandeer?t/i, ['garandee']).holds, true);
    assert.deepEqual(requiredLiterals(/garandeer?t/i), ['garandeert', 'garandeet']);
  });

  it('reads prefixes, look-arounds, optional parts and repetitions', () => {
    assert.equal(proveGate(/(?:data|beveiligings)lek/iu, ['lek'], 12).holds, true);
    assert.equal(proveGate(/(?:data|beveiligings)lek/iu, ['lek'], 11).holds, false);
    assert.equal(proveGate(/(?<![\p{L}])tijdig(?![\p{L}])/iu, ['tijdig'], 0).holds, true);
    assert.equal(proveGate(/a?bc/, ['bc'], 1).holds, true);
    assert.equal(proveGate(/a?bc/, ['bc'], 0).holds, false);
    assert.equal(proveGate(/(?:foo)*bar/, ['foo']).holds, false);
    assert.equal(proveGate(/(?:foo)*bar/, ['bar']).holds, true);
    assert.equal(proveGate(/(?:foo)*bar/, ['bar'], 1000).holds, false); // the prefix is unbounded
    assert.equal(proveGate(/[ \t]{1,4}bar/, ['bar'], 4).holds, true);
    assert.equal(proveGate(/[ \t]{1,4}bar/, ['bar'], 3).holds, false);
  });

  it('answers "not proved" where it cannot see the literal, never "holds"', () => {
    assert.equal(proveGate(/(ab)\1/, ['abab']).holds, false);
    assert.equal(proveGate(/\p{L}+heid/u, ['heid']).holds, true);
    assert.equal(proveGate(/[^x]heid/u, ['xheid']).holds, false);
  });

  it('is sound: when it proves a gate, every generated match holds a gate word within the distance', () => {
    const cases: Array<[RegExp, string[], number]> = [
      [/zo[ \t\n]{1,4}(?:spoedig|snel|vlot)[ \t\n]{1,4}(?:als[ \t\n]{1,4})?mogelijk/, ['mogelijk'], 32],
      [/(?:data|beveiligings)lek[a-z]{0,2}/, ['lek'], 12],
      [/streef(?:tijd|termijn|datum)|geen[ \t]{1,4}bindende?[ \t]{1,4}termijn/, ['streef', 'bindend'], 9],
      [/(?:zal|zullen)[ \t]{1,4}zich[ \t]{1,4}(?:er[ \t]{1,4})?inspannen/, ['inspannen'], 30],
      [/\d{2}(?:[,.]\d{1,3})?[ \t]{0,2}(?:%|procent)/, ['%', 'procent'], 9],
    ];
    for (const [re, words, back] of cases) {
      assert.equal(proveGate(re, words, back).holds, true, `${re} with ${words}`);
      fc.assert(
        fc.property(fc.stringMatching(re), (text) => everyMatchHolds(re, text, words, back)),
        { numRuns: runs(200) },
      );
    }
  });
});

describe('gate proofs: every gate of every rule follows from its pattern', function () {
  this.timeout(120_000);

  it('every gated sentence check', () => {
    const gates = sentenceCheckGates();
    assert.ok(gates.length >= 5, `only ${gates.length} gated sentence checks registered`);
    for (const u of gates) assertProved({ ...u, back: u.back ?? Infinity });
  });

  it('every pattern a rule tries only near its gate words (matchesNear), as the drafts of our own reach them', () => {
    const drafts = [...draftsIn(path.join(ROOT, 'examples')), ...draftsIn(path.join(ROOT, 'test', 'fixtures'))].map((f) => fs.readFileSync(f, 'utf8'));
    assert.ok(drafts.length >= 5, 'drafts of our own to run on');
    const every = Object.fromEntries(allRules.map((r) => [r.meta.id, 'hint' as const]));
    const uses = withGateRecording(() => {
      for (const text of drafts) for (const audience of ['b2b', 'b2c'] as const) new Analyzer().analyze(text, { audience, rules: every });
    });
    const distinct = new Map<string, GateUse>();
    for (const u of uses) distinct.set(`${u.pattern.source}/${u.pattern.flags} ${u.words.join('|')} ${u.back}`, u);
    assert.ok(distinct.size >= 5, `only ${distinct.size} gated patterns reached`);
    for (const u of distinct.values()) assertProved(u);
  });

  it('closes the gap the proof found: a consumer-list phrase whose filler words are letters outside the BMP', () => {
    // Each such letter is two code units; the hand-computed distance assumed one, and missed this.
    const wide = '\u{1D400}'.repeat(20);
    const text = `De organisator is gerechtigd ${wide} ${wide} ${wide} deze algemene voorwaarden te wijzigen.`;
    assert.equal(findingsOf('consument-grijze-lijst', text, { audience: 'b2c' }).length, 1);
  });
});
