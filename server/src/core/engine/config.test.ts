import * as assert from 'node:assert/strict';
import { analyze, enabledRules } from '../analyzer';
import { mergeOptions, validateOptions } from './config';

const known = new Set(['spelling', 'getal-woord', 'placeholder']);

describe('engine: configuration', () => {
  it('keeps valid entries and reports each invalid one', () => {
    const { options, problems } = validateOptions({ doelgroep: 'b2q', rules: { spelling: 'off', bestaatniet: 'error', 'getal-woord': 'luid' }, largeDocumentThreshold: -1 }, known);
    assert.deepEqual(options, { rules: { spelling: 'off' } });
    assert.deepEqual(problems.map((p) => p.path), ['doelgroep', 'rules.bestaatniet', 'rules.getal-woord', 'largeDocumentThreshold']);
    assert.ok(problems.every((p) => p.message.nl && p.message.en));
    assert.equal(validateOptions([1, 2], known).problems.length, 1);
    assert.deepEqual(validateOptions(undefined, known), { options: {}, problems: [] });
  });

  it('later layers win, per rule', () => {
    const merged = mergeOptions({ audience: 'b2b', rules: { spelling: 'off', placeholder: 'hint' } }, { rules: { spelling: 'error' } }, { audience: 'b2c' });
    assert.deepEqual(merged, { audience: 'b2c', rules: { spelling: 'error', placeholder: 'hint' } });
  });

  it('a rule can be switched off, given another severity, or switched on when off by default', () => {
    const ids = (o: Parameters<typeof enabledRules>[0]) => enabledRules(o).map((e) => `${e.rule.meta.id}:${e.severity}`);
    assert.ok(!ids({}).some((x) => x.startsWith('heldere-taal')), 'heldere-taal is off by default');
    assert.ok(ids({ rules: { 'heldere-taal': 'hint' } }).includes('heldere-taal:hint'));
    assert.ok(!ids({ rules: { placeholder: 'off' } }).some((x) => x.startsWith('placeholder:')));
    assert.ok(ids({ rules: { placeholder: 'warning' } }).includes('placeholder:warning'));
    const text = 'Gevestigd te [PLAATS].';
    assert.deepEqual(analyze(text, { rules: { placeholder: 'hint' } }).findings.map((f) => f.severity), ['hint']);
    assert.deepEqual(analyze(text, { rules: { placeholder: 'off' } }).findings, []);
  });
});
