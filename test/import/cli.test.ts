// `clausule check` on Word documents (every output format, a folder) and `clausule import`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';
import { importMain } from '../../server/src/cli/word';
import { buildDocx, list, para } from './docxBuilder';

function capture(fn: (out: (s: string) => void, err: (s: string) => void) => number) {
  let out = '';
  let err = '';
  const code = fn((s) => (out += s + '\n'), (s) => (err += s + '\n'));
  return { code, out, err };
}

const STYLES = '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style>';
/** A consumer draft in Word with a black-list clause (tacit renewal for a fixed term) in 4.2. */
function draftDocx(): Uint8Array {
  const l = list(0, 1, [['Artikel %1', 'decimal'], ['%1.%2', 'decimal']]);
  return buildDocx({
    styles: STYLES,
    numbering: l.abstract + l.num + '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>',
    body: [
      para('Duur', { style: 'Kop1', num: [2, 0] }),
      para('Het abonnement gaat in op de dag van aanmelding.', { num: [2, 1] }),
      para('Het abonnement wordt telkens stilzwijgend verlengd met twaalf (12) maanden.', { num: [2, 1] }),
    ].join(''),
  });
}

describe('cli: Word documents', () => {
  let dir: string;
  let docx: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-word-'));
    docx = path.join(dir, 'contract.docx');
    fs.writeFileSync(docx, draftDocx());
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('check, human: the finding names the article, the clause and the first words', () => {
    const r = capture((o, e) => main(['check', docx, '--doelgroep', 'b2c', '--no-color'], o, e));
    assert.equal(r.code, 1);
    assert.match(r.out, /contract\.docx \(artikel 4, 4\.2: “Het abonnement wordt telkens stilzwijgend verlengd …”\) fout .*\[consument-zwarte-lijst\]/);
    assert.doesNotMatch(r.out, /contract\.docx:\d+:\d+/, 'no line and column of the import');
  });

  it('check, JSON: the Word location beside the range', () => {
    const r = capture((o, e) => main(['check', docx, '--doelgroep', 'b2c', '--format', 'json', '--taal', 'en'], o, e));
    const f = JSON.parse(r.out).findings.find((x: { code: string }) => x.code === 'consument-zwarte-lijst');
    assert.deepEqual(f.word, { article: '4', clause: '4.2', words: 'Het abonnement wordt telkens stilzwijgend verlengd …', location: 'article 4, 4.2: “Het abonnement wordt telkens stilzwijgend verlengd …”' });
  });

  it('check, SARIF: a logical location (article and clause) instead of a line in the import', () => {
    const r = capture((o, e) => main(['check', docx, '--doelgroep', 'b2c', '--format', 'sarif'], o, e));
    const res = JSON.parse(r.out).runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'consument-zwarte-lijst');
    assert.equal(res.locations[0].physicalLocation.region, undefined);
    assert.match(res.locations[0].physicalLocation.artifactLocation.uri, /contract\.docx$/);
    assert.deepEqual(res.locations[0].logicalLocations, [{ name: '4.2', fullyQualifiedName: 'artikel 4, 4.2: “Het abonnement wordt telkens stilzwijgend verlengd …”', kind: 'section' }]);
    assert.match(res.message.text, /\(artikel 4, 4\.2: /);
  });

  it('check on a folder finds .docx beside drafts, but not Word lock files', () => {
    fs.writeFileSync(path.join(dir, 'concept.av.md'), '## Artikel 1 – Duur\n1.1 De overeenkomst duurt een jaar.\n');
    fs.writeFileSync(path.join(dir, '~$ntract.docx'), Buffer.from([0, 1, 2]));
    const r = capture((o, e) => main(['check', dir, '--format', 'json'], o, e));
    assert.equal(r.code, 0, r.err);
    const human = capture((o, e) => main(['check', dir, '--no-color'], o, e));
    assert.match(human.out, /^2 bestanden gecontroleerd/m);
  });

  it('check exits 2 with a clear message for an unreadable Word file, and still checks the others', () => {
    fs.writeFileSync(path.join(dir, 'oud.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    fs.writeFileSync(path.join(dir, 'kapot.docx'), 'geen zip');
    const r = capture((o, e) => main(['check', path.join(dir, 'oud.doc'), path.join(dir, 'kapot.docx'), docx, '--no-color'], o, e));
    assert.equal(r.code, 2);
    assert.match(r.err, /oud\.doc": dit is een oud Word-bestand \(\.doc\); open het in Word en sla het op als \.docx/);
    assert.match(r.err, /kapot\.docx": dit is geen Word-document \(\.docx\): het bestand is geen zip-archief/);
    assert.match(r.out, /^1 bestand gecontroleerd/m);
  });

  it('import writes contract.av.md beside the document, refuses to overwrite, and -o - prints it', () => {
    const r = capture((o, e) => importMain([docx], o, e));
    assert.equal(r.code, 0, r.err);
    const written = fs.readFileSync(path.join(dir, 'contract.av.md'), 'utf8');
    assert.equal(written, '## Artikel 4 Duur\n4.1 Het abonnement gaat in op de dag van aanmelding.\n4.2 Het abonnement wordt telkens stilzwijgend verlengd met twaalf (12) maanden.\n');
    const again = capture((o, e) => importMain([docx], o, e));
    assert.equal(again.code, 2);
    assert.match(again.err, /already exists; use --force/);
    assert.equal(capture((o, e) => importMain([docx, '--force'], o, e)).code, 0);
    const stdout = capture((o, e) => importMain([docx, '-o', '-'], o, e));
    assert.equal(stdout.out, written);
  });

  it('import: usage errors and an unreadable document exit 2', () => {
    assert.equal(capture((o, e) => importMain([], o, e)).code, 2);
    fs.writeFileSync(path.join(dir, 'leeg.docx'), '');
    const r = capture((o, e) => importMain([path.join(dir, 'leeg.docx'), '--taal', 'en'], o, e));
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read ".*leeg\.docx": this is not a Word document \(\.docx\): the file is not a zip archive\./);
    assert.equal(fs.existsSync(path.join(dir, 'leeg.av.md')), false, 'nothing written');
  });
});
