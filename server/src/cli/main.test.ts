import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from './main';

// A consumer-facing clause that is fine between businesses: tacit renewal for a fixed term (6:236 sub j).
const DRAFT = '## Artikel 4 – Duur\n4.1 Het abonnement wordt telkens stilzwijgend verlengd met twaalf (12) maanden.\n';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, (s) => (out += s + '\n'), (s) => (err += s + '\n'));
  return { code, out, err };
}

describe('cli: clausule check', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-cli-'));
    file = path.join(dir, 'concept.av');
    fs.writeFileSync(file, DRAFT);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const codes = (out: string) => (JSON.parse(out).findings as Array<{ code: string; severity: string }>).map((f) => `${f.code}:${f.severity}`);

  it('--doelgroep b2c applies consumer law and exits 1 on errors', () => {
    const r = run(['check', file, '--doelgroep', 'b2c', '--format', 'json']);
    assert.deepEqual(codes(r.out), ['consument-zwarte-lijst:error']);
    assert.equal(r.code, 1);
  });

  it('--doelgroep b2b leaves consumer law out and exits 0', () => {
    const r = run(['check', file, '--doelgroep', 'b2b', '--format', 'json']);
    assert.deepEqual(codes(r.out), []);
    assert.equal(r.code, 0);
  });

  it('auto decides from the draft', () => {
    fs.writeFileSync(file, DRAFT.replace('Het abonnement', 'Het abonnement van de consument'));
    assert.deepEqual(codes(run(['check', file, '--format', 'json']).out), ['consument-zwarte-lijst:error']);
    fs.writeFileSync(file, `<!-- clausule: doelgroep=b2b -->\n${DRAFT.replace('Het abonnement', 'Het abonnement van de consument')}`);
    assert.deepEqual(codes(run(['check', file, '--format', 'json']).out), []);
  });

  it('reads the same .clausule.json as the editor, and the flag wins over it', () => {
    const cfg = path.join(dir, '.clausule.json');
    fs.writeFileSync(cfg, JSON.stringify({ doelgroep: 'b2c', rules: { 'consument-zwarte-lijst': 'warning' } }));
    const r = run(['check', file, '--config', cfg, '--format', 'json']);
    assert.deepEqual(codes(r.out), ['consument-zwarte-lijst:warning']);
    assert.equal(r.code, 0);
    assert.deepEqual(codes(run(['check', file, '--config', cfg, '--doelgroep', 'b2b', '--format', 'json']).out), []);
  });

  it('reports problems in the configuration and uses the valid part', () => {
    const cfg = path.join(dir, '.clausule.json');
    fs.writeFileSync(cfg, JSON.stringify({ doelgroep: 'b2c', rules: { 'geen-regel': 'off' } }));
    const r = run(['check', file, '--config', cfg, '--format', 'json']);
    assert.match(r.err, /Onbekende regel "geen-regel"/);
    assert.deepEqual(codes(r.out), ['consument-zwarte-lijst:error']);
  });

  it('refuses an unknown audience with exit code 2', () => {
    const r = run(['check', file, '--doelgroep', 'b2x']);
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown audience "b2x"/);
  });

  it('prints messages in English with --taal en, and human output with a code frame', () => {
    const r = run(['check', file, '--doelgroep', 'b2c', '--taal', 'en', '--no-color']);
    assert.match(r.out, /Article 6:236\(j\) BW/);
    assert.match(r.out, /stilzwijgend verlengd/);
  });
});
