import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { newMain } from './newDraft';
import { analyze } from '../core';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = newMain(args, (s) => (out += s), (s) => (err += s + '\n'), new Date(2026, 11, 7));
  return { code, out, err };
}

describe('cli: clausule nieuw', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-nieuw-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes consumer terms with the name and place given, dated today, to standard output', () => {
    const r = run(['--doelgroep', 'b2c', '--gebruiker', 'Proef B.V.', '--plaats', 'Zwolle']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^# Algemene voorwaarden Proef B\.V\./);
    assert.match(r.out, /<!-- clausule: doelgroep=b2c -->/);
    assert.match(r.out, /gevestigd te Zwolle/);
    assert.match(r.out, /Versie van 7 december 2026/);
  });

  it('leaves what was not given as placeholders, which the check reports, and invents nothing', () => {
    const r = run(['--doelgroep', 'b2b', '--dienst', 'advies']);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /12345678|Utrecht|voorbeeldcloud/);
    const findings = analyze(r.out, { audience: 'b2b' }).findings;
    const errors = findings.filter((f) => f.severity === 'error');
    assert.ok(errors.length > 0, 'the placeholders are reported');
    assert.deepEqual([...new Set(errors.map((f) => f.ruleId))], ['placeholder'], 'no error but the placeholders');
  });

  it('writes a file, and never overwrites one without --force', () => {
    const file = path.join(dir, 'nieuw.av.md');
    assert.equal(run(['--doelgroep', 'b2b', '-o', file]).code, 0);
    const first = fs.readFileSync(file, 'utf8');
    assert.match(first, /## Artikel 1 – Definities/);
    fs.writeFileSync(file, 'eigen tekst');
    const again = run(['--doelgroep', 'b2b', '-o', file]);
    assert.equal(again.code, 2);
    assert.match(again.err, /bestaat al; gebruik --force/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'eigen tekst');
    assert.equal(run(['--doelgroep', 'b2b', '-o', file, '--force']).code, 0);
    assert.equal(fs.readFileSync(file, 'utf8'), first);
  });

  it('refuses a missing or unknown audience or kind of service with a clear message and exit 2', () => {
    assert.match(run([]).err, /Kies de doelgroep: b2b \(bedrijven\) of b2c \(consumenten\)/);
    assert.equal(run(['--doelgroep', 'iedereen']).code, 2);
    const r = run(['--doelgroep', 'b2b', '--dienst', 'hosting', '--taal', 'en']);
    assert.equal(r.code, 2);
    assert.match(r.err, /Unknown kind of service "hosting"; choose from saas, it-dienstverlening, advies/);
    assert.equal(run(['--doelgroep', 'b2b', '--onbekend']).code, 2);
  });
});
