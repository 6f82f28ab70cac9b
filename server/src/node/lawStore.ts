// The user's law updates: official BWB XML exports read by `clausule wet bijwerken FILE` (or the VS Code
// command), checked (law/bwbImport.ts) and kept as JSON in the user's Clausule data folder. From then on
// the analysis uses that version. Nothing is fetched: the user downloads the export.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { importBwbXml, BOOK_OF_BWB } from '../core/law/bwbImport';
import { useImportedBooks, type RawBook } from '../core/law';
import type { Localized } from '../core/types';

/** The user's Clausule data folder: CLAUSULE_DATA_DIR, else the platform's place for application data. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CLAUSULE_DATA_DIR) return env.CLAUSULE_DATA_DIR;
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Clausule');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Clausule');
  return path.join(env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share'), 'clausule');
}

const lawDir = (dir: string) => path.join(dir, 'wet');

export type StoreResult = { ok: true; message: Localized; book: number; version: string } | { ok: false; message: Localized };

/** Reads, checks and keeps an export; a malformed or foreign file changes nothing. */
export function importLawFile(file: string, dir = dataDir()): StoreResult {
  let xml: string;
  try {
    xml = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, message: { nl: `Kan ${file} niet lezen: ${(e as Error).message}`, en: `Cannot read ${file}: ${(e as Error).message}` } };
  }
  const r = importBwbXml(xml);
  if (!r.ok) return { ok: false, message: r.error };
  const target = lawDir(dir);
  try {
    fs.mkdirSync(target, { recursive: true });
    const out = path.join(target, `${r.book.bwb}.json`);
    const tmp = `${out}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(r.book));
    fs.renameSync(tmp, out); // all or nothing: a half-written file is never read
  } catch (e) {
    return { ok: false, message: { nl: `Kan de wettekst niet bewaren in ${target}: ${(e as Error).message}`, en: `Cannot store the statute in ${target}: ${(e as Error).message}` } };
  }
  loadImportedLaw(dir);
  const { book, version } = r.book;
  return {
    ok: true,
    book,
    version,
    message: {
      nl: `Boek ${book} BW (${r.book.bwb}), versie geldend op ${version}, ingelezen: ${r.articles} artikelen. Clausule gebruikt voortaan deze tekst (bewaard in ${target}).`,
      en: `Book ${book} BW (${r.book.bwb}), version in force on ${version}, imported: ${r.articles} articles. Clausule now uses this text (kept in ${target}).`,
    },
  };
}

/** Uses the books kept in the data folder (a file that does not read as a book is skipped). */
export function loadImportedLaw(dir = dataDir()): RawBook[] {
  const books: RawBook[] = [];
  let names: string[] = [];
  try {
    names = fs.readdirSync(lawDir(dir)).filter((n) => /^BWBR\d{7}\.json$/.test(n));
  } catch {
    names = [];
  }
  for (const n of names) {
    try {
      const b = JSON.parse(fs.readFileSync(path.join(lawDir(dir), n), 'utf8')) as RawBook;
      if (BOOK_OF_BWB[b.bwb] === b.book && Array.isArray(b.articles) && Array.isArray(b.sections) && /^\d{4}-\d\d-\d\d$/.test(b.version)) books.push(b);
    } catch {
      // unreadable: the bundled text stays in use for that book
    }
  }
  useImportedBooks(books);
  return books;
}
