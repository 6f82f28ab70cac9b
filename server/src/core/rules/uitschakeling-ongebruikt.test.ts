import * as assert from 'node:assert/strict';
import { analyze } from '../analyzer';
import { applyFix } from '../testing/check';

const ids = (text: string, rules = {}) => analyze(text, { rules }).findings.map((f) => `${f.ruleId}@${text.slice(f.span.start, f.span.end)}`);
const BAD = 'binnen dertig (14) dagen';

describe('uitschakeling-ongebruikt and the disable comments', () => {
  it('disable-next-line silences the next line only, for the named rule', () => {
    const text = `<!-- clausule-disable-next-line getal-woord -->\n${BAD}\n${BAD}\n`;
    assert.deepEqual(ids(text), ['getal-woord@dertig (14)']);
    assert.equal(analyze(text).findings[0].span.start, text.lastIndexOf('dertig'));
  });

  it('disable-line silences its own line', () => {
    assert.deepEqual(ids(`${BAD} <!-- clausule-disable-line getal-woord -->\n`), []);
  });

  it('disable ... enable silences a range, and only the named rule', () => {
    const text = `<!-- clausule-disable getal-woord -->\n${BAD}\nten allen tijde\n<!-- clausule-enable getal-woord -->\n${BAD}\n`;
    assert.deepEqual(ids(text), ['spelling@ten allen tijde', 'getal-woord@dertig (14)']);
  });

  it('a disable without rule ids silences every rule until enable', () => {
    const text = `<!-- clausule-disable -->\n${BAD} ten allen tijde\n<!-- clausule-enable -->\n${BAD}\n`;
    assert.deepEqual(ids(text), ['getal-woord@dertig (14)']);
  });

  it('disable-file silences a rule in the whole file', () => {
    assert.deepEqual(ids(`${BAD}\n<!-- clausule-disable-file getal-woord -->\n${BAD}\n`), []);
  });

  it('reports a comment that silences nothing, with a fix that removes it', () => {
    const text = `<!-- clausule-disable-next-line getal-woord -->\nbinnen dertig (30) dagen\n`;
    const [f] = analyze(text).findings;
    assert.equal(f.ruleId, 'uitschakeling-ongebruikt');
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.tags, ['unnecessary']);
    assert.match(f.message.nl, /onderdrukt geen enkele melding/);
    assert.equal(applyFix(text, f), '\nbinnen dertig (30) dagen\n');
  });

  it('reports an unknown rule id', () => {
    const f = analyze(`<!-- clausule-disable-next-line getal-wood -->\n${BAD}\n`).findings.filter((x) => x.ruleId === 'uitschakeling-ongebruikt');
    assert.ok(f.some((x) => /Onbekende regel "getal-wood"/.test(x.message.nl)), JSON.stringify(f));
  });

  it('is configurable: a severity, or off', () => {
    const text = '<!-- clausule-disable-file spelling -->\nbinnen dertig (30) dagen\n';
    assert.equal(analyze(text, { rules: { 'uitschakeling-ongebruikt': 'hint' } }).findings[0].severity, 'hint');
    assert.deepEqual(ids(text, { 'uitschakeling-ongebruikt': 'off' }), []);
  });

  it('does not judge a comment for a rule that did not run (switched off, or for the other audience)', () => {
    const text = '<!-- clausule-disable-next-line consument-zwarte-lijst -->\nHet abonnement wordt stilzwijgend verlengd met een jaar.\n';
    assert.deepEqual(analyze(text, { audience: 'b2b' }).findings, []);
    assert.deepEqual(analyze(text, { audience: 'b2c' }).findings, []);
    assert.deepEqual(ids('<!-- clausule-disable-file spelling -->\nbinnen dertig (30) dagen\n', { spelling: 'off' }), []);
  });

  it('can itself be silenced by naming it', () => {
    const text = '<!-- clausule-disable-file uitschakeling-ongebruikt -->\n<!-- clausule-disable-next-line spelling -->\nbinnen dertig (30) dagen\n';
    assert.deepEqual(ids(text), []);
  });
});
