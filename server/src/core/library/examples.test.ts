// The bundled examples stay what examples/README.md says they are: the planted defects are found by
// the rule named there, the notes are informational, and the clean consumer draft has no findings.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analyzer';

const dir = join(process.cwd(), 'examples');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

/** [rule, exact text of the finding's span (its start is enough for long spans)]. */
const PLANTED: Array<[string, string]> = [
  ['getal-woord', 'dertig (14)'],
  ['spelling', 'ten allen tijde'],
  ['bepaling-dubbel', 'Leverancier neemt passende technische'],
  ['verwijzing-onbekend', 'artikel 8.6'],
  ['definitie-onbekend', 'Klantportaal'],
  ['definitie-ongebruikt', 'Onderhoudsvenster'],
  ['exoneratie-opzet', 'is haar aansprakelijkheid beperkt'],
  ['exoneratie-opzet', 'niet aansprakelijk'],
  ['vage-norm', '99% beschikbaar'],
];

describe('examples', () => {
  it('voorbeeld-it-leverancier: every planted defect is found by its rule, and nothing else but the notes', () => {
    const text = read('voorbeeld-it-leverancier.av.md');
    const result = analyze(text);
    assert.equal(result.audience, 'b2b');
    // Every place of a finding counts: one defect repeated is one finding with the others as its occurrences.
    const found = result.findings.flatMap((f) =>
      [f.span, ...(f.occurrences ?? []).map((o) => o.span)].map((span) => ({ rule: f.ruleId, text: text.slice(span.start, span.end), severity: f.severity })),
    );
    for (const [rule, snippet] of PLANTED) {
      assert.ok(found.some((f) => f.rule === rule && f.text.startsWith(snippet)), `${rule} on "${snippet}" not found`);
    }
    const unexpected = found.filter(
      (f) => !PLANTED.some(([rule]) => rule === f.rule) && !(f.rule === 'bw-afwijking' && f.severity === 'information'),
    );
    assert.deepEqual(unexpected, []);
  });

  it('examples/README.md names every planted defect with its rule', () => {
    const readme = read('README.md');
    for (const [rule] of PLANTED) assert.ok(readme.includes(`\`${rule}\``), rule);
  });

  it('schoon-b2c: a consumer draft with no findings', () => {
    const text = read('schoon-b2c.av.md');
    const result = analyze(text);
    assert.equal(result.audience, 'b2c');
    assert.deepEqual(result.findings.map((f) => `${f.ruleId}: ${text.slice(f.span.start, f.span.end)}`), []);
  });
});
