// "Disable this rule for this line" must do exactly that: after the quick fix's comment is inserted above a
// finding's line, that finding is gone, no finding lies inside the comment, and the comment is not reported
// as unused. A comment is not draft text: it used to join the unnumbered paragraph below it, so a rule read
// "clausule-disable-next-line …" as the paragraph's first words and its finding vanished or moved.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, LineIndex, type Finding } from '../../server/src/core';
import { disableNextLineComment } from '../../server/src/lsp/features/codeActions';
import { repoDrafts, ROOT, SEEDS, suiteTimeout } from './harness';

/** Inserts the quick fix's comment above `f`'s line; returns the new text and what the analysis then says. */
function disable(text: string, f: Finding) {
  const lines = new LineIndex(text);
  const line = lines.lineAt(f.span.start);
  const at = lines.offsetAt({ line, character: 0 });
  const indent = /^[ \t]*/.exec(lines.lineText(line))![0];
  const comment = disableNextLineComment(indent, f.ruleId, '\n');
  const fixed = text.slice(0, at) + comment + text.slice(at);
  const shift = (o: number) => (o >= at ? o + comment.length : o);
  const after = analyze(fixed, {}).findings;
  return {
    still: after.some((g) => g.ruleId === f.ruleId && g.span.start === shift(f.span.start) && g.span.end === shift(f.span.end)),
    inComment: after.filter((g) => g.span.start < at + comment.length && g.span.end > at).map((g) => `${g.ruleId}: ${JSON.stringify(fixed.slice(g.span.start, g.span.end))}`),
  };
}

function assertDisables(text: string, f: Finding, where: string) {
  const r = disable(text, f);
  assert.ok(!r.still, `${where}: ${f.ruleId} is still reported after its disable comment`);
  assert.deepEqual(r.inComment, [], `${where}: findings inside the disable comment for ${f.ruleId}`);
}

/** The real drafts in ../shared/corpus (measured in place, never copied), when this checkout has them. */
function corpusDrafts(): Array<{ name: string; text: string }> {
  const dir = path.resolve(ROOT, '..', 'shared', 'corpus', 'real', 'docs');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => /\.(av|md|txt)$/.test(n))
    .sort()
    .map((n) => ({ name: `corpus/${n}`, text: fs.readFileSync(path.join(dir, n), 'utf8') }))
    .filter((d) => d.text.length < 300_000);
}

describe('robustness: "disable this rule for this line" disables exactly that finding', function () {
  this.timeout(suiteTimeout(120_000));

  it('on an unnumbered paragraph after another one (the comment does not join the paragraph below it)', () => {
    const text = '## Artikel 7 – Betaling\nOpdrachtgever betaalt per automatische incasso.\nBetaalt Opdrachtgever niet, dan is Leverancier gerechtigd de uitvoering op te schorten.\n';
    const f = analyze(text, {}).findings.find((g) => g.ruleId === 'opschorting');
    assert.ok(f, 'the rule fires on the paragraph (the test is not vacuous)');
    assertDisables(text, f, 'unnumbered paragraph');
  });

  it('a one-line comment holds no finding, also when it names words a rule looks for', () => {
    const text = '## Artikel 2 – Betaling\n<!-- ten allen tijde binnen dertig (14) dagen -->\nOpdrachtgever betaalt binnen dertig (14) dagen.\n';
    const findings = analyze(text, {}).findings;
    const comment = { start: text.indexOf('<!--'), end: text.indexOf('-->') + 3 };
    assert.ok(findings.some((g) => g.ruleId === 'getal-woord' && g.span.start > comment.end), 'the clause itself is checked');
    assert.deepEqual(findings.filter((g) => g.span.start < comment.end && g.span.end > comment.start && g.ruleId !== 'uitschakeling-ongebruikt'), []);
  });

  it('for every finding (up to 40 lines per draft) of every example, fixture, seed and real draft', () => {
    const drafts = [...repoDrafts(), ...SEEDS.map((text, i) => ({ name: `seed ${i}`, text })), ...corpusDrafts()];
    let tried = 0;
    for (const { name, text } of drafts) {
      const lines = new LineIndex(text);
      const seen = new Set<string>();
      for (const f of analyze(text, {}).findings) {
        const key = `${lines.lineAt(f.span.start)}:${f.ruleId}`;
        if (f.ruleId === 'uitschakeling-ongebruikt' || seen.has(key) || seen.size >= 40) continue;
        seen.add(key);
        assertDisables(text, f, `${name} line ${lines.lineAt(f.span.start) + 1}`);
        tried++;
      }
    }
    assert.ok(tried > 50, `${tried} findings tried in ${drafts.length} drafts`);
  });
});
