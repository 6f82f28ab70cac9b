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

  describe('encodings and terminal safety', () => {
    // "één" and curly quotes: what separates Windows-1252 from UTF-8 in an old Dutch draft.
    const ACCENTED = DRAFT.replace('Het abonnement', '“Het abonnement” van één consument');
    const jsonFindings = (r: { out: string }) => JSON.parse(r.out).findings;
    const utf8Findings = () => {
      fs.writeFileSync(file, ACCENTED);
      const r = run(['check', file, '--format', 'json']);
      assert.equal(r.err, '');
      return jsonFindings(r);
    };

    it('a Windows-1252 draft is decoded as such and says so; its findings equal those of the UTF-8 draft', () => {
      const expected = utf8Findings();
      assert.ok(expected.length > 0);
      fs.writeFileSync(file, Buffer.from(new Uint8Array([...ACCENTED].map((ch) => ({ '“': 0x93, '”': 0x94, 'é': 0xe9, '–': 0x96 } as Record<string, number>)[ch] ?? ch.charCodeAt(0)))));
      const r = run(['check', file, '--format', 'json']);
      assert.match(r.err, /concept\.av": not valid UTF-8; read as Windows-1252 \(Latin-1\)\./);
      assert.deepEqual(jsonFindings(r), expected);
    });

    it('UTF-8 with a few broken bytes stays UTF-8, and the replaced bytes are counted', () => {
      fs.writeFileSync(file, Buffer.concat([Buffer.from(ACCENTED), Buffer.from([0xff, 0x0a, 0xc3]), Buffer.from('\n')]));
      const r = run(['check', file, '--format', 'json']);
      assert.match(r.err, /not valid UTF-8: 2 invalid byte sequences were replaced by U\+FFFD\./);
      assert.deepEqual(jsonFindings(r), utf8Findings());
    });

    for (const [name, bom, encode] of [
      ['little', [0xff, 0xfe], (s: string) => Buffer.from(s, 'utf16le')],
      ['big', [0xfe, 0xff], (s: string) => Buffer.from(s, 'utf16le').swap16()],
    ] as const) {
      it(`a UTF-16 draft (${name}-endian, with byte order mark, as Word's "Unicode text") is read`, () => {
        const expected = utf8Findings();
        fs.writeFileSync(file, Buffer.concat([Buffer.from(bom), encode(ACCENTED)]));
        const r = run(['check', file, '--format', 'json']);
        assert.match(r.err, new RegExp(`read as UTF-16 \\(${name}-endian`));
        assert.deepEqual(jsonFindings(r), expected);
      });
    }

    it('UTF-16 without a byte order mark is refused with a reason that says how to fix it', () => {
      fs.writeFileSync(file, Buffer.from(ACCENTED, 'utf16le'));
      const r = run(['check', file]);
      assert.equal(r.code, 2);
      assert.match(r.err, /binary file \(contains NUL bytes\).*byte order mark/);
    });

    it('control characters in the draft reach the terminal as visible stand-ins, not as escape sequences', () => {
      fs.writeFileSync(file, DRAFT.replace('Het abonnement', 'Het \x1b]0;titel\x07\x1b[2Jabonnement\x9b'));
      const r = run(['check', file, '--doelgroep', 'b2c', '--no-color']);
      assert.match(r.out, /consument-zwarte-lijst/);
      assert.doesNotMatch(r.out, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
      assert.match(r.out, /Het \u241b\]0;titel\u2407\u241b\[2Jabonnement\ufffd/);
      // The caret still sits under the finding: stand-ins keep the column widths.
      const lines = r.out.split('\n');
      const at = lines.findIndex((l) => l.startsWith('>'));
      const caret = lines[at + 1].indexOf('^');
      assert.equal(lines[at].slice(caret, caret + 'stilzwijgend'.length), 'stilzwijgend');
    });
  });

  it('prints messages in English with --taal en, and human output with a code frame', () => {
    const r = run(['check', file, '--doelgroep', 'b2c', '--taal', 'en', '--no-color']);
    assert.match(r.out, /Article 6:236\(j\) BW/);
    assert.match(r.out, /stilzwijgend verlengd/);
  });

  it("a draft's own language comment comes before --taal, per file, in every format", () => {
    const english = path.join(dir, 'english.av');
    fs.writeFileSync(english, `<!-- clausule: taal=en -->\n${DRAFT}`);
    const json = JSON.parse(run(['check', file, english, '--doelgroep', 'b2c', '--format', 'json']).out).findings as Array<{ file: string; code: string; message: string }>;
    const renewal = (name: string) => json.find((f) => f.file.endsWith(name) && f.code === 'consument-zwarte-lijst')!.message;
    assert.match(renewal('english.av'), /Article 6:236\(j\) BW/);
    assert.match(renewal('concept.av'), /Artikel 6:236 sub j BW/);
    // --taal applies to the drafts without a comment of their own, never over one.
    const dutch = path.join(dir, 'dutch.av');
    fs.writeFileSync(dutch, `<!-- clausule: taal=nl -->\n${DRAFT}`);
    const human = run(['check', file, dutch, '--doelgroep', 'b2c', '--taal', 'en', '--no-color']).out;
    const lineOf = (name: string) => human.split('\n').find((l) => l.includes(name) && /6:236/.test(l)) ?? '';
    assert.match(lineOf('concept.av'), /Article 6:236\(j\) BW/);
    assert.match(lineOf('dutch.av'), /waarschuwing|fout/);
    assert.match(lineOf('dutch.av'), /Artikel 6:236 sub j BW/);
    const sarif = JSON.parse(run(['check', english, '--doelgroep', 'b2c', '--taal', 'nl', '--format', 'sarif']).out);
    assert.ok(sarif.runs[0].results.some((x: { message: { text: string } }) => /Article 6:236\(j\) BW/.test(x.message.text)));
    assert.ok(!sarif.runs[0].results.some((x: { message: { text: string } }) => /Artikel 6:236 sub j BW/.test(x.message.text)));
  });

  it('reports a repeated misspelling once with its count, and carries its other places in json and sarif', () => {
    fs.writeFileSync(file, '## Artikel 1 – Levering\n1.1 Wij leveren danwel vervangen.\n\n## Artikel 2 – Herstel\n2.1 Wij herstellen danwel vergoeden.\n2.2 Wij betalen, danwel verrekenen.\n');
    const human = run(['check', file, '--doelgroep', 'b2b', '--format', 'human']).out;
    const lines = human.split('\n').filter((l) => /\[spelling\]/.test(l));
    assert.equal(lines.length, 1, human);
    assert.match(lines[0], /concept\.av:2:17 .*"danwel".* Komt nog 2 keer voor: 2\.1 en 2\.2\. \[spelling\]$/);
    const json = JSON.parse(run(['check', file, '--doelgroep', 'b2b', '--format', 'json']).out).findings.filter((f: { code: string }) => f.code === 'spelling');
    assert.equal(json.length, 1);
    assert.deepEqual(json[0].range.start, { line: 1, character: 16 });
    assert.deepEqual(
      json[0].occurrences.map((o: { range: { start: unknown } }) => o.range.start),
      [
        { line: 4, character: 19 },
        { line: 5, character: 17 },
      ],
    );
    const sarif = JSON.parse(run(['check', file, '--doelgroep', 'b2b', '--format', 'sarif', '--taal', 'en']).out).runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'spelling');
    assert.equal(sarif.length, 1);
    assert.match(sarif[0].message.text, /Occurs 2 more times: 2\.1 and 2\.2\.$/);
    assert.deepEqual(
      sarif[0].relatedLocations.map((l: { id: number; physicalLocation: { region: { startLine: number; startColumn: number } }; message: { text: string } }) => [l.id, l.physicalLocation.region.startLine, l.physicalLocation.region.startColumn, /^See 1\.1 \(line 2\)/.test(l.message.text)]),
      [
        [0, 5, 20, true],
        [1, 6, 18, true],
      ],
    );
    // A misspelling that occurs once has no other places.
    fs.writeFileSync(file, '## Artikel 1 – Levering\n1.1 Wij leveren danwel vervangen.\n');
    const single = JSON.parse(run(['check', file, '--doelgroep', 'b2b', '--format', 'json']).out).findings;
    assert.equal(single.length, 1);
    assert.equal(single[0].occurrences, undefined);
    assert.doesNotMatch(single[0].message, /Komt nog/);
  });
});
