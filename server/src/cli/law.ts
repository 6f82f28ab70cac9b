// `clausule wet bijwerken FILE`: reads an official BWB XML export of BW Boek 3, 6 or 7 that the user
// downloaded from wetten.overheid.nl, checks it and keeps it in the user's Clausule data folder; from
// then on checks, hovers and links use that version. `clausule wet status` says which versions are in use.
import { parseArgs } from 'node:util';
import { importLawFile, loadImportedLaw, dataDir } from '../node/lawStore';
import { bookVersion } from '../core/law';

const USAGE = `Usage: clausule wet bijwerken FILE [--taal nl|en]
       clausule wet status [--taal nl|en]

bijwerken  Reads an official XML export of BW Boek 3, 6 or 7 (wetten.overheid.nl, "Download XML"),
           checks it and keeps it in the Clausule data folder (${dataDir()}).
           From then on Clausule uses that version. Nothing is downloaded.
status     Shows the version of each book that Clausule uses.

Exit codes: 0 done, 2 usage error or a file that is not an official export of one of these books.`;

export function lawMain(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { taal: { type: 'string', default: 'nl' }, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (e) {
    err(`clausule wet: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang = values.taal === 'en' ? 'en' : 'nl';
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const [sub, ...files] = positionals;
  if (sub === 'status') {
    const imported = loadImportedLaw();
    for (const book of [3, 6, 7]) {
      const own = imported.find((b) => b.book === book);
      out(lang === 'nl'
        ? `Boek ${book} BW: versie geldend op ${bookVersion(book)} (${own ? 'door u ingelezen' : 'meegeleverd'})`
        : `Book ${book} BW: version in force on ${bookVersion(book)} (${own ? 'imported by you' : 'bundled'})`);
    }
    return 0;
  }
  if (sub !== 'bijwerken' || files.length !== 1) {
    err(USAGE);
    return 2;
  }
  const r = importLawFile(files[0]);
  if (!r.ok) {
    err(`clausule wet: ${r.message[lang]} ${lang === 'nl' ? 'Er is niets gewijzigd.' : 'Nothing was changed.'}`);
    return 2;
  }
  out(r.message[lang]);
  return 0;
}
