import * as assert from 'node:assert/strict';
import { analyze } from '../analyzer';
import type { Finding, Fix } from '../types';
import { fixEverywhere } from './fixEverywhere';

const apply = (text: string, fix: Fix): string => {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
};

const DRAFT = [
  '## Artikel 1 Aanbod',
  '1.1 Het aanbod geldt dertig dagen, danwel tot de opdracht is gegeven.',
  '',
  '## Artikel 2 Betaling',
  '2.1 De opdrachtgever betaalt binnen veertien dagen danwel binnen de termijn op de factuur.',
  '2.2 Danwel: de opdrachtgever betaalt vooraf.',
  '',
  '## Artikel 3 Levering',
  '3.1 De levering vindt plaats op het adres van de opdrachtgever, danwel op een ander adres. De de levering is gratis.',
  '',
].join('\n');

describe('spelling: one correction everywhere', () => {
  const spelling = (text: string): Finding[] => analyze(text).findings.filter((f) => f.ruleId === 'spelling');

  it('keeps a finding at each place and offers on each a fix for all places with the same words', () => {
    const found = spelling(DRAFT).filter((f) => DRAFT.slice(f.span.start, f.span.end) === 'danwel');
    assert.equal(found.length, 3);
    for (const f of found) {
      const all = fixEverywhere(DRAFT, spelling(DRAFT), f);
      assert.ok(all);
      assert.equal(all.edits.length, 3);
      assert.match(all.title.nl, /dan wel.*overal in dit concept \(3 keer\)/);
      assert.match(all.title.en, /everywhere in this draft \(3 times\)/);
      const fixed = apply(DRAFT, all);
      // Every lower-case "danwel" is corrected, the capitalised one (its own fix, "Dan wel") is left to its own finding.
      assert.deepEqual(spelling(fixed).map((x) => fixed.slice(x.span.start, x.span.end)), ['Danwel', 'de']);
    }
  });

  it('offers nothing more for a misspelling that occurs once, or for findings of other words', () => {
    const findings = spelling(DRAFT);
    const capital = findings.find((f) => DRAFT.slice(f.span.start, f.span.end) === 'Danwel')!;
    const doubled = findings.find((f) => DRAFT.slice(f.span.start, f.span.end) === 'de')!;
    assert.equal(fixEverywhere(DRAFT, findings, capital), undefined);
    assert.equal(fixEverywhere(DRAFT, findings, doubled), undefined);
  });

  it('combines doubled words with their own removals, and leaves rules that are no corrections alone', () => {
    const text = '## Artikel 1 Levering\n1.1 De de levering en de de installatie zijn gratis.\n';
    const findings = analyze(text).findings;
    const doubled = findings.filter((f) => f.ruleId === 'spelling');
    assert.equal(doubled.length, 2);
    const all = fixEverywhere(text, findings, doubled[1])!;
    assert.equal(apply(text, all), '## Artikel 1 Levering\n1.1 De levering en de installatie zijn gratis.\n');
    const other: Finding = { ...doubled[0], ruleId: 'vage-norm' };
    assert.equal(fixEverywhere(text, [other, { ...doubled[1], ruleId: 'vage-norm' }], other), undefined);
  });
});
