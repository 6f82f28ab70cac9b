// Output formats of `clausule check`: human (with code frames), json, sarif.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules, LineIndex, type Finding, type Lang, type Span } from '../core';
import { describeOrigin, type WordOrigin } from '../import/draft';
import { printable } from './decode';

export interface FileReport {
  file: string;
  text: string;
  findings: Finding[];
  audience: string;
  /** For a Word document: where each line of `text` (the import) stands in Word. */
  origins?: WordOrigin[];
  /** The draft's own language (its `taal` comment), before the language of the run. */
  lang?: Lang;
}

/** A place's origin in the Word document, for a report on a .docx. */
function wordOrigin(r: FileReport, lines: LineIndex, f: { span: Span }): WordOrigin | undefined {
  return r.origins?.[lines.positionAt(f.span.start).line];
}

type JsonRange = { start: { line: number; character: number }; end: { line: number; character: number } };

function rangeOf(lines: LineIndex, span: Span): JsonRange {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

/** The JSON schema version: bump when a field changes meaning. */
export const JSON_SCHEMA_VERSION = 1;

type JsonWord = { article?: string; clause?: string; words: string; location: string };

export interface JsonFinding {
  file: string;
  range: JsonRange;
  severity: Finding['severity'];
  code: string;
  message: string;
  /** For a Word document: the article, clause and first words of the paragraph (the range is in the import). */
  word?: JsonWord;
  /** The other places of the same defect, when the draft repeats it (the finding stands at the first). */
  occurrences?: Array<{ range: JsonRange; word?: JsonWord }>;
}

export function toJson(reports: FileReport[], lang: Lang): string {
  const findings: JsonFinding[] = [];
  for (const r of reports) {
    const lines = new LineIndex(r.text);
    const l = r.lang ?? lang;
    const word = (place: { span: Span }): JsonWord | undefined => {
      const o = wordOrigin(r, lines, place);
      return o && { article: o.article, clause: o.clause, words: o.words, location: describeOrigin(o, l) };
    };
    for (const f of r.findings) {
      const out: JsonFinding = { file: r.file, range: rangeOf(lines, f.span), severity: f.severity, code: f.ruleId, message: f.message[l] };
      const w = word(f);
      if (w) out.word = w;
      if (f.occurrences?.length) {
        out.occurrences = f.occurrences.map((o) => {
          const ow = word(o);
          return ow ? { range: rangeOf(lines, o.span), word: ow } : { range: rangeOf(lines, o.span) };
        });
      }
      findings.push(out);
    }
  }
  return JSON.stringify({ version: JSON_SCHEMA_VERSION, findings }, null, 2);
}

/** SARIF counts lines and columns from 1; columns in UTF-16 code units as the run declares. */
function region(lines: LineIndex, span: Span) {
  const s = lines.positionAt(span.start);
  const e = lines.positionAt(span.end);
  return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

const SARIF_LEVEL: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(reports: FileReport[], lang: Lang, version: string): string {
  const results = [];
  for (const r of reports) {
    const lines = new LineIndex(r.text);
    const l = r.lang ?? lang;
    for (const f of r.findings) {
      const o = wordOrigin(r, lines, f);
      if (o) {
        // A line and column mean nothing in a .docx: name the article and clause instead.
        const where = describeOrigin(o, l);
        results.push({
          ruleId: f.ruleId,
          level: SARIF_LEVEL[f.severity],
          message: { text: `${f.message[l]} (${where})` },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri: pathToFileURL(path.resolve(r.file)).toString() } },
              logicalLocations: [{ name: o.clause ?? o.article ?? o.words, fullyQualifiedName: where, kind: 'section' }],
            },
          ],
          ...(f.occurrences?.length && {
            relatedLocations: f.occurrences.map((x, id) => {
              const xo = wordOrigin(r, lines, x);
              const at = xo ? describeOrigin(xo, l) : where;
              return {
                id,
                message: { text: x.message[l] },
                physicalLocation: { artifactLocation: { uri: pathToFileURL(path.resolve(r.file)).toString() } },
                logicalLocations: [{ name: xo ? (xo.clause ?? xo.article ?? xo.words) : at, fullyQualifiedName: at, kind: 'section' }],
              };
            }),
          }),
        });
        continue;
      }
      results.push({
        ruleId: f.ruleId,
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message[l] },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: pathToFileURL(path.resolve(r.file)).toString() },
              region: region(lines, f.span),
            },
          },
        ],
        // The other places of a repeated defect (SARIF result.relatedLocations).
        ...(f.occurrences?.length && {
          relatedLocations: f.occurrences.map((x, id) => ({
            id,
            message: { text: x.message[l] },
            physicalLocation: { artifactLocation: { uri: pathToFileURL(path.resolve(r.file)).toString() }, region: region(lines, x.span) },
          })),
        }),
      });
    }
  }
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'clausule',
              version,
              informationUri: 'https://example.invalid/clausule',
              rules: allRules.map((rule) => ({
                id: rule.meta.id,
                name: rule.meta.id,
                shortDescription: { text: rule.meta.title[lang] },
                defaultConfiguration: { level: SARIF_LEVEL[rule.meta.defaultSeverity], enabled: rule.meta.enabledByDefault !== false },
              })),
            },
          },
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    },
    null,
    2,
  );
}

const SEVERITY_LABEL: Record<Lang, Record<Finding['severity'], string>> = {
  nl: { error: 'fout', warning: 'waarschuwing', information: 'info', hint: 'hint' },
  en: { error: 'error', warning: 'warning', information: 'info', hint: 'hint' },
};

export function toHuman(reports: FileReport[], lang: Lang, color: boolean): string {
  const c = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const out: string[] = [];
  let counts = { error: 0, warning: 0, other: 0 };
  for (const r of reports) {
    const lines = new LineIndex(r.text);
    const l = r.lang ?? lang;
    for (const f of r.findings) {
      const p = lines.positionAt(f.span.start);
      const sev = SEVERITY_LABEL[l][f.severity];
      const sevColored = f.severity === 'error' ? c('31;1', sev) : f.severity === 'warning' ? c('33;1', sev) : c('36', sev);
      if (f.severity === 'error') counts.error++;
      else if (f.severity === 'warning') counts.warning++;
      else counts.other++;
      const o = wordOrigin(r, lines, f);
      // Draft text (in the frame and quoted in messages) may hold control characters: never raw to a terminal.
      const where = o ? `${printable(r.file)} (${printable(describeOrigin(o, l))})` : `${printable(r.file)}:${p.line + 1}:${p.character + 1}`;
      out.push(`${c('1', where)} ${sevColored} ${printable(f.message[l])} ${c('2', `[${f.ruleId}]`)}`);
      out.push(codeFrame(lines, f, c));
    }
  }
  const files = reports.length;
  const summary =
    lang === 'nl'
      ? `${files} ${files === 1 ? 'bestand' : 'bestanden'} gecontroleerd: ${counts.error} ${counts.error === 1 ? 'fout' : 'fouten'}, ${counts.warning} ${counts.warning === 1 ? 'waarschuwing' : 'waarschuwingen'}, ${counts.other} overige meldingen.`
      : `${files} ${files === 1 ? 'file' : 'files'} checked: ${counts.error} ${counts.error === 1 ? 'error' : 'errors'}, ${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}, ${counts.other} other findings.`;
  out.push(summary);
  return out.join('\n');
}

function codeFrame(lines: LineIndex, f: Finding, c: (code: string, s: string) => string): string {
  const start = lines.positionAt(f.span.start);
  const end = lines.positionAt(f.span.end);
  const frame: string[] = [];
  const width = String(start.line + 2).length;
  for (let l = Math.max(0, start.line - 1); l <= Math.min(lines.lineCount - 1, start.line + 1); l++) {
    const raw = lines.lineText(l);
    // Very long lines are clipped around the finding so the frame stays readable.
    const from = raw.length > 160 && l === start.line ? Math.max(0, start.character - 60) : 0;
    const shown = printable(raw.slice(from, from + 160).replace(/\t/g, ' '));
    const marker = l === start.line ? c('31', '>') : ' ';
    frame.push(`${marker} ${String(l + 1).padStart(width)} | ${shown}`);
    if (l === start.line) {
      const col = start.character - from;
      const len = Math.max(1, Math.min(shown.length - col, end.line === start.line ? end.character - start.character : shown.length - col));
      frame.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, col))}${c('31', '^'.repeat(Math.max(1, len)))}`);
    }
  }
  return frame.join('\n') + '\n';
}
