// `clausule check FILES...`: the same analysis as the editor, for CI and the terminal.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureDictionary } from '../node/spellingLoader';
import { analyze, mergeOptions, type AnalysisOptions, type Lang } from '../core';
import { readWorkspaceConfig } from '../node/workspaceConfig';
import { printable } from './decode';
import { collectDrafts, readDraft } from './files';
import { toHuman, toJson, toSarif, type FileReport } from './format';
import * as fs from 'node:fs';
import { exportMain } from './export';
import { lawMain } from './law';
import { loadImportedLaw } from '../node/lawStore';
import { importMain, isWordFile, readWordDraft, type WordDraft } from './word';
import { newMain } from './newDraft';

const USAGE = `Usage: clausule check [options] FILE|DIR...
       clausule export --format docx|html FILE [-o OUT] [--force]   (see clausule export --help)
       clausule import FILE.docx [-o OUT] [--force]                 (see clausule import --help)
       clausule wet bijwerken FILE | clausule wet status            (see clausule wet --help)
       clausule nieuw --doelgroep b2b|b2c [-o OUT]                   (see clausule nieuw --help)

Checks Dutch terms and conditions (algemene voorwaarden). Directories are searched for
*.av, *.voorwaarden, *.av.md, *.voorwaarden.md and Word documents (*.docx).

Options:
  --format human|json|sarif   output format (default: human)
  --doelgroep b2b|b2c|auto    audience (default: .clausule.json, else auto)
  --taal nl|en                language of the messages (default: nl); a draft's own
                              comment <!-- clausule: taal=en --> comes first, as in the editor
  --config FILE               configuration file (default: .clausule.json in the current folder)
  --no-color                  plain output
  -h, --help                  this help
  --version                   print the version

Exit codes: 0 no errors, 1 errors found, 2 usage error or unreadable file.`;

// Messages on stderr quote file names and configuration text: no control character reaches the terminal raw.
const writeErr = (s: string) => void process.stderr.write(printable(s) + '\n');

export function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s + '\n'), err: (s: string) => void = writeErr): number {
  // `wet` has its own options (cli/law.ts).
  if (argv[0] === 'wet') return lawMain(argv.slice(1), out, err);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'human' },
        doelgroep: { type: 'string' },
        taal: { type: 'string' },
        config: { type: 'string' },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    err(`clausule: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (values.version) {
    out(SERVER_VERSION);
    return 0;
  }
  const [command, ...targets] = positionals;
  if (command !== 'check') {
    err(command ? `clausule: unknown command "${command}".\n\n${USAGE}` : USAGE);
    return 2;
  }
  if (targets.length === 0) {
    err(`clausule: name at least one file or directory to check.\n\n${USAGE}`);
    return 2;
  }
  const format = values.format!;
  if (!['human', 'json', 'sarif'].includes(format)) {
    err(`clausule: unknown format "${format}"; use human, json or sarif.`);
    return 2;
  }
  const lang: Lang = values.taal === 'en' ? 'en' : 'nl';
  if (values.taal !== undefined && values.taal !== 'en' && values.taal !== 'nl') {
    err(`clausule: unknown language "${values.taal}"; use nl or en.`);
    return 2;
  }
  let fileOptions: AnalysisOptions = {};
  const configPath = values.config ?? (fs.existsSync('.clausule.json') ? '.clausule.json' : undefined);
  if (configPath) {
    const cfg = readWorkspaceConfig(configPath);
    if (cfg.readError) {
      err(`clausule: cannot read "${configPath}": ${cfg.readError}.`);
      return 2;
    }
    if (cfg.parseError) {
      err(`clausule: ${configPath} is not valid JSON: ${cfg.parseError}`);
      return 2;
    }
    for (const p of cfg.problems) err(`clausule: ${configPath}: ${p.path ? p.path + ': ' : ''}${p.message[lang]}`);
    fileOptions = cfg.options;
  }
  const flags: AnalysisOptions = {};
  if (values.doelgroep !== undefined) {
    if (!['b2b', 'b2c', 'auto'].includes(values.doelgroep)) {
      err(`clausule: unknown audience "${values.doelgroep}"; use b2b, b2c or auto.`);
      return 2;
    }
    flags.audience = values.doelgroep as AnalysisOptions['audience'];
  }
  const options = mergeOptions(fileOptions, flags);

  const { files, missing, unreadable } = collectDrafts(targets);
  let status = 0;
  for (const m of missing) {
    err(`clausule: cannot read "${m}": no such file or directory.`);
    status = 2;
  }
  for (const u of unreadable) {
    err(`clausule: cannot read the folder "${u.dir}": ${u.reason}; its drafts are not checked.`);
    status = 2;
  }
  if (files.length === 0 && missing.length === 0 && unreadable.length === 0) {
    err(`clausule: no drafts (*.av, *.voorwaarden, *.av.md, *.voorwaarden.md, *.docx) found in ${targets.join(', ')}.`);
    return 2;
  }
  // Law updates the user imported (`clausule wet bijwerken`) replace the bundled text of their book.
  loadImportedLaw();
  const reports: FileReport[] = [];
  for (const file of files) {
    const { text, error, note, origins, notices }: WordDraft & { note?: string } = isWordFile(file) ? readWordDraft(file, lang) : readDraft(file);
    if (text === undefined) {
      err(`clausule: cannot check "${file}": ${error}.`);
      status = 2;
      continue;
    }
    for (const n of notices ?? []) err(`clausule: ${file}: ${n[lang]}.`);
    if (note) err(`clausule: "${file}": ${note}.`);
    const result = analyze(text, options);
    // The draft's own language comment comes before --taal, in the editor's order.
    const draftLang = result.model.declaredLanguage;
    reports.push({ file: path.relative(process.cwd(), file) || file, text, findings: result.findings, audience: result.audience, origins, lang: draftLang });
  }
  if (format === 'json') out(toJson(reports, lang));
  else if (format === 'sarif') out(toSarif(reports, lang, SERVER_VERSION));
  else out(toHuman(reports, lang, !values['no-color'] && !!process.stdout.isTTY && !process.env.NO_COLOR));
  if (status === 0 && reports.some((r) => r.findings.some((f) => f.severity === 'error'))) status = 1;
  return status;
}

declare const SERVER_VERSION: string;

/** A reader that goes away (`clausule check . | head`) ends the output, not in a stack trace. */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

if (require.main === module) {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  const argv = process.argv.slice(2);
  // An unexpected failure is one line on stderr and exit 2, never Node's dump of the (minified) source line.
  const fail = (e: unknown) => {
    writeErr(`clausule: internal error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  };
  // `export` is asynchronous (the Word writer), so it is dispatched before the synchronous `check`.
  if (argv[0] === 'export') exportMain(argv.slice(1)).then((code) => (process.exitCode = code), fail);
  // The Dutch dictionary is loaded before checking (once per run; `check` itself stays synchronous).
  else if (argv[0] === 'check')
    ensureDictionary().then((load) => {
      if (load.error) writeErr(`clausule: spelling is not checked: ${load.error}`);
      process.exitCode = main(argv);
    }, fail);
  else {
    try {
      process.exitCode = argv[0] === 'import' ? importMain(argv.slice(1)) : argv[0] === 'nieuw' ? newMain(argv.slice(1)) : main(argv);
    } catch (e) {
      fail(e);
    }
  }
}
