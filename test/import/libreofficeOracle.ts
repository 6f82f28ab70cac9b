// LibreOffice as an independent oracle: its plain-text rendering of a .docx shows list numbers as Word
// does. Every numbered line there (an article heading, a clause or item number, with its first word)
// must appear, in the same order, in our import.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const LABEL = /^\s*(?:#{1,6}\s+)?((?:artikel\s+)?\d{1,4}(?:\.\d{1,4})*\.?|\([ivxlcdm]{1,6}\)|[IVXLC]{1,6}\.|\(?[a-zA-Z][.)]|[•▪◦o–-])\s+(\S+)/i;

/** "label firstword" for every numbered line, in order; bullets all read as one symbol. */
export function numberedLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.replace(/^\ufeff/, '').split(/\r?\n/)) {
    const m = LABEL.exec(line);
    if (!m) continue;
    const label = /^[•▪◦o–-]$/.test(m[1]) ? '•' : m[1];
    out.push(`${label} ${m[2].replace(/[\u00ad]/g, '')}`);
  }
  return out;
}

/**
 * The oracle's numbered lines that our import lacks. Each is looked for after the last one found, as a
 * numbered line of ours; LibreOffice renders each paragraph of a table cell as a line of its own, where
 * the import joins a row into one line, so a label found nowhere else may stand inside a line of ours.
 */
export function missingFrom(oracle: string, ours: string): string[] {
  const mine = numberedLines(ours);
  const flat = ours.replace(/\s+/g, ' ');
  const missing: string[] = [];
  let at = 0;
  for (const want of numberedLines(oracle)) {
    const i = mine.indexOf(want, at);
    if (i >= 0) at = i + 1;
    else if (!flat.includes(` ${want}`)) missing.push(want);
  }
  return missing;
}

export function hasSoffice(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice's text rendering of a .docx (a private profile keeps a user's running LibreOffice out of the way). */
export function sofficeText(docx: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, docx], { stdio: 'ignore', timeout: 100_000 });
    return fs.readFileSync(path.join(dir, path.basename(docx).replace(/\.docx$/i, '.txt')), 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
