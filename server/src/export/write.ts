// Node-side export: draft text in, .docx or .html bytes out, and a writer that never overwrites silently.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument, type Lang } from '../core';
import { buildExportDocument } from '../core/render/exportModel';
import { renderStandaloneHtml } from '../core/render/html';
import { renderDocx } from './docx';

export type ExportFormat = 'docx' | 'html';

export interface ExportOutput {
  data: Uint8Array;
  warnings: string[];
  articleCount: number;
}

/** "voorwaarden.av.md" → "voorwaarden.docx", beside the draft. */
export function defaultOutputPath(file: string, format: ExportFormat): string {
  const dir = path.dirname(file);
  const base = path.basename(file).replace(/(\.(av|voorwaarden))?(\.(md|txt))?$/i, '').replace(/\.(av|voorwaarden)$/i, '');
  return path.join(dir, `${base || 'voorwaarden'}.${format}`);
}

export async function exportDraft(text: string, format: ExportFormat, lang: Lang = 'nl'): Promise<ExportOutput> {
  // Composed letters (NFC), as the analysis reads them: Word and browsers do not all join "e" + U+0308 into "ë".
  const doc = buildExportDocument(parseDocument(text.normalize('NFC')), { lang });
  if (format === 'html') return { data: new TextEncoder().encode(renderStandaloneHtml(doc)), warnings: [], articleCount: doc.articleCount };
  const r = await renderDocx(doc);
  return { data: r.data, warnings: r.warnings, articleCount: doc.articleCount };
}

/** Writes `data` to `file`; refuses an existing file unless `force` ('wx' makes the check and the write one step). */
export function writeOutput(file: string, data: Uint8Array, force: boolean): 'written' | 'exists' {
  try {
    fs.writeFileSync(file, data, { flag: force ? 'w' : 'wx' });
    return 'written';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw e;
  }
}
