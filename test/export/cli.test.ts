// `clausule export`: files beside the draft, never overwritten without --force, clear exit codes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exportMain } from '../../server/src/cli/export';
import { defaultOutputPath } from '../../server/src/export/write';
import { unzip } from './unzip';

const FIXTURE = path.resolve(__dirname, '../../../../test/fixtures/export/webwinkel-diensten.av.md');

describe('cli: clausule export', () => {
  let dir: string;
  let draft: string;
  let out: string[];
  let err: string[];
  const run = (...args: string[]) => exportMain(args, (s) => out.push(s), (s) => err.push(s));
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-export-'));
    draft = path.join(dir, 'voorwaarden.av.md');
    fs.copyFileSync(FIXTURE, draft);
    out = [];
    err = [];
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a .docx beside the draft', async () => {
    assert.equal(await run('--format', 'docx', draft), 0);
    const file = path.join(dir, 'voorwaarden.docx');
    assert.ok(unzip(fs.readFileSync(file)).has('word/document.xml'));
    assert.match(out.join('\n'), /wrote .*voorwaarden\.docx \(7 articles/);
    assert.deepEqual(err, []);
  });

  it('refuses to overwrite without --force (exit 2, file untouched), and overwrites with it', async () => {
    const file = path.join(dir, 'voorwaarden.html');
    fs.writeFileSync(file, 'keep me');
    assert.equal(await run('--format', 'html', draft), 2);
    assert.match(err.join('\n'), /already exists; use --force/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'keep me');
    assert.equal(await run('--format', 'html', '--force', draft), 0);
    assert.match(fs.readFileSync(file, 'utf8'), /^<!DOCTYPE html>/);
  });

  it('writes standalone HTML to -o with anchors and links', async () => {
    const file = path.join(dir, 'site', 'av.html');
    fs.mkdirSync(path.dirname(file));
    assert.equal(await run('-o', file, draft), 0, err.join('\n'));
    const html = fs.readFileSync(file, 'utf8');
    for (let k = 1; k <= 7; k++) assert.match(html, new RegExp(`id="art-${k}"`));
    assert.match(html, /<a class="xref" href="#art-5-2">artikel 5\.2<\/a>/);
    assert.match(html, /<a class="law" href="https:\/\/wetten\.overheid\.nl\/[^"]+Artikel404"/);
    assert.match(html, /<style>[\s\S]*@media print[\s\S]*<\/style>/);
  });

  it('writes composed letters where the draft stores a letter and its accent apart', async () => {
    fs.writeFileSync(draft, 'Voorwaarden\n\nArtikel 1. Bee\u0308indiging\n1. Elke partij mag de opdracht bee\u0308indigen.\n');
    const file = path.join(dir, 'voorwaarden.html');
    assert.equal(await run('--format', 'html', draft), 0, err.join('\n'));
    const html = fs.readFileSync(file, 'utf8');
    assert.match(html, /be\u00ebindigen/);
    assert.doesNotMatch(html, /\u0308/);
    assert.equal(await run('--format', 'docx', draft), 0, err.join('\n'));
    const xml = unzip(fs.readFileSync(path.join(dir, 'voorwaarden.docx'))).get('word/document.xml')!.toString('utf8');
    assert.match(xml, /be\u00ebindigen/);
    assert.doesNotMatch(xml, /\u0308/);
  });

  it('reports usage errors with exit code 2', async () => {
    assert.equal(await run(draft), 2);
    assert.match(err.pop()!, /choose a format/);
    assert.equal(await run('--format', 'pdf', draft), 2);
    assert.match(err.pop()!, /unknown format "pdf"/);
    assert.equal(await run('--format', 'docx'), 2);
    assert.match(err.pop()!, /exactly one draft/);
    assert.equal(await run('--format', 'docx', path.join(dir, 'missing.av')), 2);
    assert.match(err.pop()!, /cannot read/);
    assert.equal(await run('--format', 'html', '-o', draft, draft), 2);
    assert.match(err.pop()!, /is the draft itself/);
    assert.equal(await run('--bogus', draft), 2);
    assert.deepEqual(fs.readdirSync(dir), ['voorwaarden.av.md'], 'nothing written on a usage error');
  });

  it('names the output after the draft', () => {
    assert.equal(defaultOutputPath('/a/b/voorwaarden.av.md', 'docx'), path.join('/a/b', 'voorwaarden.docx'));
    assert.equal(defaultOutputPath('/a/x.voorwaarden', 'html'), path.join('/a', 'x.html'));
    assert.equal(defaultOutputPath('/a/x.av', 'docx'), path.join('/a', 'x.docx'));
    assert.equal(defaultOutputPath('/a/x.txt', 'docx'), path.join('/a', 'x.docx'));
  });
});
