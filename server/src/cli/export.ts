// `clausule export --format docx|html FILE [-o OUT] [--force]`: publish a draft as Word or as one HTML file.
import * as path from 'node:path';
import { parseOneFileCommand } from './oneFileCommand';
import type { Lang } from '../core';
import { printable } from './decode';
import { readDraft } from './files';
import { docxTooLarge } from '../export/limits';
import { defaultOutputPath, exportDraft, writeOutput, type ExportFormat } from '../export/write';

export const EXPORT_USAGE = `Usage: clausule export --format docx|html FILE [-o OUT] [--force]

Exports a draft to Word (.docx: heading styles, automatic multilevel numbering, bookmarks and
internal links for cross-references and definitions, a table of contents) or to one standalone
HTML file (embedded CSS, an anchor per article and clause, print-friendly).

Options:
  --format docx|html   output format (default: from the extension of -o)
  -o, --output FILE    where to write (default: beside the draft, e.g. voorwaarden.docx)
  --force              overwrite an existing file
  --taal nl|en         language of the generated headings (default: nl)
  -h, --help           this help

Exit codes: 0 written, 2 usage error, unreadable draft, or output exists without --force.`;

type Out = (s: string) => void;

/** Numbering differences listed one by one; past this many, a count (a draft without numbering has thousands). */
const MAX_WARNINGS = 20;

export async function exportMain(
  argv: string[],
  out: Out = (s) => process.stdout.write(s + '\n'),
  err: Out = (s) => process.stderr.write(printable(s) + '\n'),
): Promise<number> {
  const args = parseOneFileCommand('export', 'draft to export', EXPORT_USAGE, argv, { format: { type: 'string' } }, out, err);
  if (typeof args === 'number') return args;
  const { file, lang } = args;
  let format = args.values.format as string | undefined;
  if (format === undefined && args.output) format = path.extname(args.output).slice(1).toLowerCase().replace(/^htm$/, 'html');
  if (format !== 'docx' && format !== 'html') {
    err(format === undefined ? `clausule export: choose a format with --format docx or --format html.` : `clausule export: unknown format "${format}"; use docx or html.`);
    return 2;
  }
  const { text, error, note } = readDraft(file);
  if (text === undefined) {
    err(`clausule export: cannot read "${file}": ${error}.`);
    return 2;
  }
  if (note) err(`clausule export: "${file}": ${note}.`);
  const target = args.output ?? defaultOutputPath(file, format as ExportFormat);
  if (path.resolve(target) === path.resolve(file)) {
    err(`clausule export: the output "${target}" is the draft itself; choose another name with -o.`);
    return 2;
  }
  const tooLarge = format === 'docx' ? docxTooLarge(text.length) : undefined;
  if (tooLarge) {
    err(`clausule export: cannot export "${file}": ${tooLarge}.`);
    return 2;
  }
  let result: Awaited<ReturnType<typeof exportDraft>>;
  try {
    result = await exportDraft(text, format, lang);
  } catch (e) {
    // A limit of the runtime (memory, stack) on a very large draft: say so plainly, write nothing.
    err(`clausule export: cannot export "${file}" (${text.length.toLocaleString('en')} characters): ${(e as Error)?.message ?? String(e)}.`);
    return 2;
  }
  let status: 'written' | 'exists';
  try {
    status = writeOutput(target, result.data, args.force!);
  } catch (e) {
    err(`clausule export: cannot write "${target}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
    return 2;
  }
  if (status === 'exists') {
    err(`clausule export: "${target}" already exists; use --force to overwrite it.`);
    return 2;
  }
  for (const w of result.warnings.slice(0, MAX_WARNINGS)) err(`clausule export: Word numbers ${w} (the draft's numbering has a gap or duplicate; renumber the draft first).`);
  if (result.warnings.length > MAX_WARNINGS) err(`clausule export: … and ${result.warnings.length - MAX_WARNINGS} more numbers that Word shows differently.`);
  out(`clausule export: wrote ${target} (${result.articleCount} ${result.articleCount === 1 ? 'article' : 'articles'}, ${result.data.byteLength} bytes).`);
  return 0;
}
