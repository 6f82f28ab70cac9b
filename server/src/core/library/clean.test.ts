// Every library clause, filled with its defaults, must pass Clausule's own checks (PRODUCT.md §7).
// The loop runs over the whole library, so a new clause is covered without touching this file.
import * as assert from 'node:assert/strict';
import { analyze } from '../analyzer';
import type { Finding } from '../types';
import { clauseById, clauses, variantFor, type Clause } from './clauses';
import { fillClause } from './fill';
import { generateDraft, planDraft, pruneDefinitions, SERVICE_TYPES } from './generateDraft';

/**
 * Document-level rules about what a whole draft lacks. A draft of one clause lacks nearly everything,
 * so these are judged on the generated full drafts below, where nothing is excluded.
 */
const WHOLE_DRAFT_RULES = new Set(['bepaling-ontbreekt', 'exit-regeling']);

/**
 * Deliberate departures from optional (regelend) BW provisions, allowed toward businesses. `bw-afwijking`
 * explains them as information; that note is the intended behaviour, not a defect. Nothing else passes.
 */
const DELIBERATE_DEPARTURES: Record<string, string[]> = {
  'av-duur-b2b': ['7:408 lid 1'],
};

function isDeliberateNote(f: Finding, clauseIds: string[]): boolean {
  if (f.ruleId !== 'bw-afwijking' || f.severity !== 'information') return false;
  return clauseIds.some((id) => (DELIBERATE_DEPARTURES[id] ?? []).some((provision) => f.message.nl.includes(provision)));
}

function header(audience: 'b2b' | 'b2c'): string {
  return fillClause(clauseById('av-titel')!, { choices: { 2: audience } });
}

/** A minimal draft: header, the definitions the clause needs (article 1), the clause (article 2). */
function minimalDraft(clause: Clause, audience: 'b2b' | 'b2c'): { text: string; start: number; end: number } {
  const head = header(audience);
  if (clause.kind === 'header') return { text: head + '\n', start: 0, end: head.length };
  const isDefinitions = clause.baseId === 'av-definities';
  const body = fillClause(clause, { number: isDefinitions ? 1 : 2 });
  const parts = [head];
  if (!isDefinitions) {
    const defs = fillClause(variantFor('av-definities', audience)!, { number: 1 });
    parts.push(pruneDefinitions(defs, body));
  }
  const before = parts.join('\n\n') + '\n\n';
  return { text: before + body + '\n', start: before.length, end: before.length + body.length };
}

function describeFindings(text: string, findings: Finding[]): string {
  return findings.map((f) => `${f.ruleId} (${f.severity}) on ${JSON.stringify(text.slice(f.span.start, f.span.end).slice(0, 80))}: ${f.message.nl}`).join('\n');
}

describe('clause library: every clause passes the checks', () => {
  for (const clause of clauses) {
    const audiences: Array<'b2b' | 'b2c'> = clause.audience === 'both' ? ['b2b', 'b2c'] : [clause.audience];
    for (const audience of audiences) {
      it(`${clause.id} (${audience})`, () => {
        const { text, start, end } = minimalDraft(clause, audience);
        const result = analyze(text, { audience });
        assert.equal(result.audience, audience);
        const inClause = result.findings.filter(
          (f) =>
            !WHOLE_DRAFT_RULES.has(f.ruleId) &&
            f.span.start < end &&
            f.span.end > start &&
            // The definitions snippet on its own defines terms that only other clauses use.
            !(clause.baseId === 'av-definities' && f.ruleId === 'definitie-ongebruikt') &&
            !isDeliberateNote(f, [clause.id]),
        );
        assert.equal(inClause.length, 0, `\n${describeFindings(text, inClause)}`);
      });
    }
  }
});

/** A supplier name that fits the service ("Cloud" in an advice firm's name reads as a cloud service). */
const SUPPLIER = { saas: 'Voorbeeld Cloud B.V.', 'it-dienstverlening': 'Voorbeeld Beheer B.V.', advies: 'Voorbeeld Advies B.V.' } as const;

describe('clause library: generated drafts are clean', () => {
  for (const audience of ['b2b', 'b2c'] as const) {
    for (const serviceType of SERVICE_TYPES) {
      it(`${audience} ${serviceType}`, () => {
        const text = generateDraft({ audience, supplier: SUPPLIER[serviceType], serviceType });
        const result = analyze(text, { audience: 'auto' });
        assert.equal(result.audience, audience);
        const ids = planDraft({ audience, serviceType }).map((c) => c.id);
        const findings = result.findings.filter((f) => !isDeliberateNote(f, ids));
        assert.equal(findings.length, 0, `\n${describeFindings(text, findings)}`);
      });
    }
  }

  it('the cleanliness check can fail: a planted defect is found', () => {
    // Guards the loop above against a silently disabled engine: with the getal-woord rule present,
    // a number-word mismatch in a generated draft must be reported.
    const text = generateDraft({ audience: 'b2b', supplier: 'Voorbeeld Cloud B.V.', serviceType: 'saas' }).replace('dertig (30) dagen', 'dertig (14) dagen');
    const found = analyze(text).findings.map((f) => f.ruleId);
    assert.ok(found.includes('getal-woord'), found.join(', '));
  });
});
