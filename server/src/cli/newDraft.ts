// `clausule nieuw`: a new draft of terms and conditions from the clause library, written to a file or stdout.
import { parseArgs } from 'node:util';
import { dutchDate, newDraft } from '../core/library';
import { writeOutput } from '../export/write';

type Out = (s: string) => void;

export const NEW_USAGE = `Usage: clausule nieuw --doelgroep b2b|b2c [options] [-o OUT] [--force]

Writes new terms and conditions from Clausule's clause library. What you leave out stays a placeholder
([NAAM GEBRUIKER], [PLAATS], ...) that \`clausule check\` reports until it is filled in.

Options:
  --doelgroep b2b|b2c   audience: businesses or consumers (required)
  --dienst KIND         saas (default), it-dienstverlening or advies
  --gebruiker NAME      the user of the terms, e.g. "Voorbeeld B.V."
  --plaats PLACE        its place of business
  --kvk NUMBER          its Handelsregister number
  --website ADDRESS     its website (privacy statement, complaints)
  -o, --output FILE     write to FILE (default: standard output)
  --force               overwrite an existing file
  --taal nl|en          language of the messages (default: nl)
  -h, --help            this help

Exit codes: 0 written, 2 usage error or output exists without --force.`;

export function newMain(argv: string[], out: Out = (s) => process.stdout.write(s), err: Out = (s) => process.stderr.write(s + '\n'), today = new Date()): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        doelgroep: { type: 'string' },
        dienst: { type: 'string' },
        gebruiker: { type: 'string' },
        plaats: { type: 'string' },
        kvk: { type: 'string' },
        website: { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
        taal: { type: 'string', default: 'nl' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    err(`clausule nieuw: ${(e as Error).message}\n\n${NEW_USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    out(NEW_USAGE + '\n');
    return 0;
  }
  const lang = v.taal === 'en' ? 'en' : 'nl';
  if (v.taal !== 'nl' && v.taal !== 'en') {
    err(`clausule nieuw: unknown language "${String(v.taal)}"; use nl or en.`);
    return 2;
  }
  const result = newDraft({ audience: v.doelgroep, serviceType: v.dienst, supplier: v.gebruiker, city: v.plaats, kvk: v.kvk, website: v.website, date: dutchDate(today) });
  if ('error' in result) {
    err(`clausule nieuw: ${result.error[lang]}\n\n${NEW_USAGE}`);
    return 2;
  }
  if (!v.output || v.output === '-') {
    out(result.text);
    return 0;
  }
  let status: 'written' | 'exists';
  try {
    status = writeOutput(v.output, new TextEncoder().encode(result.text), v.force === true);
  } catch (e) {
    err(`clausule nieuw: ${lang === 'nl' ? 'kan niet schrijven naar' : 'cannot write'} "${v.output}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
    return 2;
  }
  if (status === 'exists') {
    err(lang === 'nl' ? `clausule nieuw: "${v.output}" bestaat al; gebruik --force om het te overschrijven.` : `clausule nieuw: "${v.output}" already exists; use --force to overwrite it.`);
    return 2;
  }
  err(lang === 'nl' ? `clausule nieuw: ${v.output} geschreven.` : `clausule nieuw: wrote ${v.output}.`);
  return 0;
}
