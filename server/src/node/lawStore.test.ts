import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dataDir, importLawFile, loadImportedLaw } from './lawStore';
import { lawMain } from '../cli/law';
import { articleByKey, articlesOfBook, useImportedBooks } from '../core/law';

/** A small BW Boek 6 export in the official BWB toestand format, from the bundled text, dated later. */
function bookSixXml(date: string): string {
  const arts = articlesOfBook(6).filter((a) => !a.textless && a.leden.every((l) => l.text !== null)).slice(0, 80);
  const al = (t: string) => `<al>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</al>`;
  const parts = arts.map((a) => {
    const inner = a.leden.map((l) => (l.nr ? `<lid><lidnr>${l.nr}.</lidnr>${al(l.text!.split('\n')[0])}</lid>` : al(l.text!.split('\n')[0]))).join('');
    return `<artikel bwb-ng-variabel-deel="/${a.url.replace(/^.*\/0\//, '')}"><kop><label>Artikel</label><nr>${a.nr}</nr></kop>${inner}</artikel>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><toestand bwb-id="BWBR0005289" inwerkingtreding="${date}"><wetgeving><wet-besluit><wettekst>${parts.join('')}</wettekst></wet-besluit></wetgeving></toestand>`;
}

describe('node/lawStore and `clausule wet`', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-law-'));
  });
  afterEach(() => {
    useImportedBooks([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a checked export in the data folder; later loads use it', () => {
    const file = path.join(dir, 'boek6.xml');
    fs.writeFileSync(file, bookSixXml('2026-07-16'));
    const r = importLawFile(file, dir);
    assert.ok(r.ok, JSON.stringify(r.message));
    assert.match(r.message.nl, /Boek 6 BW \(BWBR0005289\), versie geldend op 2026-07-16, ingelezen/);
    assert.ok(fs.existsSync(path.join(dir, 'wet', 'BWBR0005289.json')));
    useImportedBooks([]);
    assert.equal(articleByKey('6:1')!.version, '2023-07-01');
    assert.equal(loadImportedLaw(dir).length, 1);
    assert.equal(articleByKey('6:1')!.version, '2026-07-16');
  });

  it('changes nothing for a malformed or foreign file', () => {
    const bad = path.join(dir, 'bad.xml');
    fs.writeFileSync(bad, '<toestand bwb-id="BWBR0040940" inwerkingtreding="2026-09-01"></toestand>');
    const r = importLawFile(bad, dir);
    assert.equal(r.ok, false);
    assert.match(r.message.nl, /BWBR0040940, niet van Boek 3, 6 of 7/);
    assert.equal(fs.existsSync(path.join(dir, 'wet')), false);
    assert.equal(importLawFile(path.join(dir, 'missing.xml'), dir).ok, false);
  });

  it('the CLI: `clausule wet bijwerken FILE` and `clausule wet status`', () => {
    const prev = process.env.CLAUSULE_DATA_DIR;
    process.env.CLAUSULE_DATA_DIR = dir;
    try {
      assert.equal(dataDir(), dir);
      const out: string[] = [];
      const err: string[] = [];
      const file = path.join(dir, 'boek6.xml');
      fs.writeFileSync(file, bookSixXml('2026-07-16'));
      assert.equal(lawMain(['bijwerken', file], (s) => out.push(s), (s) => err.push(s)), 0);
      assert.match(out.join('\n'), /versie geldend op 2026-07-16, ingelezen/);
      out.length = 0;
      assert.equal(lawMain(['status'], (s) => out.push(s), (s) => err.push(s)), 0);
      assert.match(out.join('\n'), /Boek 6 BW: versie geldend op 2026-07-16 \(door u ingelezen\)/);
      assert.match(out.join('\n'), /Boek 7 BW: versie geldend op 2023-07-01 \(meegeleverd\)/);
      fs.writeFileSync(file, 'geen xml');
      assert.equal(lawMain(['bijwerken', file, '--taal', 'en'], (s) => out.push(s), (s) => err.push(s)), 2);
      assert.match(err.join('\n'), /not an XML file.*Nothing was changed/);
      assert.equal(lawMain(['onzin'], (s) => out.push(s), (s) => err.push(s)), 2);
    } finally {
      if (prev === undefined) delete process.env.CLAUSULE_DATA_DIR;
      else process.env.CLAUSULE_DATA_DIR = prev;
    }
  });

  it('`clausule wet bijwerken` on a real official export of another statute: exit 2, a clear message, nothing kept', () => {
    const file = path.resolve('test/fixtures/bwb/uavg-BWBR0040940-2026-09-01.trimmed.xml');
    const errs: string[] = [];
    const prev = process.env.CLAUSULE_DATA_DIR;
    process.env.CLAUSULE_DATA_DIR = dir;
    try {
      assert.equal(lawMain(['bijwerken', file], () => undefined, (s) => errs.push(s)), 2);
    } finally {
      if (prev === undefined) delete process.env.CLAUSULE_DATA_DIR;
      else process.env.CLAUSULE_DATA_DIR = prev;
    }
    assert.match(errs.join('\n'), /BWBR0040940, niet van Boek 3, 6 of 7 .*Er is niets gewijzigd\./s);
    assert.deepEqual(fs.readdirSync(dir), []);
  });
});

