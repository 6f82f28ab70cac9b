// Optional: when LibreOffice and pdftotext are installed, the .docx is converted to PDF and read back, to
// check that a real word processor lays it out with the numbering. Skipped (not failed) without them.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exportDraft } from '../../server/src/export/write';

const FIXTURE = path.resolve(__dirname, '../../../../test/fixtures/export/webwinkel-diensten.av.md');

function has(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('export: .docx through LibreOffice (optional)', function () {
  this.timeout(120_000);
  it('converts to a PDF with the numbered articles and leden', async function () {
    if (!has('soffice') || !has('pdftotext') || process.env.CLAUSULE_SKIP_LIBREOFFICE) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-lo-'));
    try {
      const { data } = await exportDraft(fs.readFileSync(FIXTURE, 'utf8'), 'docx');
      const docx = path.join(dir, 'av.docx');
      fs.writeFileSync(docx, data);
      // A private profile keeps a user's running LibreOffice (and its lock) out of the way.
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 100_000 });
      const pdf = path.join(dir, 'av.pdf');
      assert.ok(fs.existsSync(pdf), 'PDF written');
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((p) => p.trim()).length;
      assert.ok(pages >= 1 && pages <= 4, `pages: ${pages}`);
      assert.match(text, /Artikel 5\s+Aansprakelijkheid/);
      assert.match(text, /5\.2\s+De beperking in lid 1 geldt niet bij opzet/);
      assert.match(text, /b\.\s+indirecte schade/);
      assert.match(text, /Versie 2\.3 · 14 februari 2026/);
      assert.match(text, new RegExp(`pagina 1 van ${pages}`), 'footer with page numbers');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
