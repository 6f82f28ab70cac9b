// Word files in the CLI: `clausule check contract.docx` reads them through the importer, and
// `clausule import contract.docx [-o contract.av.md]` writes the draft.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseOneFileCommand } from './oneFileCommand';
import type { Lang } from '../core';
import { ImportError, importDocx, type ImportMessage, type WordOrigin } from '../import';
import { writeOutput } from '../export/write';
import { describeRefusal, readRegularFile } from '../node/readRegularFile';

/** .docx and .docm; Word's lock files ("~$name.docx") are not documents. */
export const WORD_PATTERN = /^(?!~\$).*\.doc[xm]$/i;
/** Old binary and other Word formats, named so the user is told to save as .docx. */
const OLD_WORD = /\.(doc|dot|rtf)$/i;

/** A .docx is a zip: far smaller than what it unpacks to (the importer caps that separately). */
const WORD_FILE_LIMIT = 64 * 1024 * 1024;

export const isWordFile = (file: string) => WORD_PATTERN.test(path.basename(file)) || OLD_WORD.test(file);

export interface WordDraft {
  text?: string;
  error?: string;
  origins?: WordOrigin[];
  notices?: ImportMessage[];
}

export function readWordDraft(file: string, lang: Lang): WordDraft {
  // Only a regular file of bounded size (a FIFO or a device named *.docx must not hang the CLI).
  const read = readRegularFile(file, WORD_FILE_LIMIT);
  if ('refused' in read) return { error: describeRefusal(read.refused) };
  const bytes = read.data;
  try {
    const r = importDocx(bytes);
    return { text: r.text, origins: r.origins, notices: r.notices };
  } catch (e) {
    if (e instanceof ImportError) return { error: e.text[lang] };
    return { error: (e as Error).message };
  }
}

/** "contract.docx" → "contract.av.md", beside it. */
export function importTarget(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file).replace(/\.doc[xm]?$/i, '')}.av.md`);
}

export const IMPORT_USAGE = `Usage: clausule import FILE.docx [-o OUT] [--force]

Turns a Word document into a Clausule draft (.av.md): Word's automatic numbering as it shows it,
headings, tables, content controls, fields, notes and accepted insertions.

Options:
  -o, --output FILE   where to write (default: beside the document, e.g. contract.av.md; - for stdout)
  --force             overwrite an existing file
  --taal nl|en        language of the messages (default: nl)
  -h, --help          this help

Exit codes: 0 written, 2 usage error, unreadable document, or output exists without --force.`;

type Out = (s: string) => void;

export function importMain(argv: string[], out: Out = (s) => process.stdout.write(s + '\n'), err: Out = (s) => process.stderr.write(s + '\n')): number {
  const args = parseOneFileCommand('import', 'Word document to import', IMPORT_USAGE, argv, {}, out, err);
  if (typeof args === 'number') return args;
  const { file, lang } = args;
  const draft = readWordDraft(file, lang);
  if (draft.text === undefined) {
    err(`clausule import: ${lang === 'nl' ? 'kan' : 'cannot read'} "${file}"${lang === 'nl' ? ' niet lezen' : ''}: ${draft.error}.`);
    return 2;
  }
  for (const n of draft.notices ?? []) err(`clausule import: ${n[lang]}.`);
  if (args.output === '-') {
    out(draft.text.replace(/\n$/, ''));
    return 0;
  }
  const target = args.output ?? importTarget(file);
  let status: 'written' | 'exists';
  try {
    status = writeOutput(target, new TextEncoder().encode(draft.text), args.force!);
  } catch (e) {
    err(`clausule import: cannot write "${target}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
    return 2;
  }
  if (status === 'exists') {
    err(`clausule import: "${target}" already exists; use --force to overwrite it.`);
    return 2;
  }
  const lines = draft.text.split('\n').length - 1;
  out(`clausule import: wrote ${target} (${lines} ${lines === 1 ? 'line' : 'lines'}).`);
  return 0;
}
