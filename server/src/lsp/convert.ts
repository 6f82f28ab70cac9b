// The only place where core spans and findings become LSP types.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import { LineIndex as Lines, type Finding, type Fix, type Lang, type Positions, type Severity, type Span, type TextEdit as CoreEdit } from '../core';

/**
 * `lines`: the analysis's `lines` for findings, its `positions` for spans of the model (which is of the
 * NFC text: a span that ends inside a composed letter ends after all of the letter's original units).
 */
export function toRange(lines: Positions, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end, span.end > span.start) };
}

export function toSpan(lines: Positions, range: Range): Span {
  const a = lines.offsetAt(range.start);
  const b = lines.offsetAt(range.end);
  return a <= b ? { start: a, end: b } : { start: b, end: a };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const ruleDocUris = new Map<string, string>();

/**
 * Rule docs ship in dist/docs/rules beside the server bundle: links work offline. Remembered per rule id
 * (a fixed path): building a file URL for each diagnostic was half the cost of converting findings.
 */
export function ruleDocUri(ruleId: string): string {
  let uri = ruleDocUris.get(ruleId);
  if (uri === undefined) {
    uri = pathToFileURL(path.join(__dirname, 'docs', 'rules', `${ruleId}.md`)).toString();
    ruleDocUris.set(ruleId, uri);
  }
  return uri;
}

export function toDiagnostic(lines: Positions, uri: string, f: Finding, lang: Lang): Diagnostic {
  const d: Diagnostic = {
    range: toRange(lines, f.span),
    severity: SEVERITY[f.severity],
    source: 'clausule',
    code: f.ruleId,
    codeDescription: { href: ruleDocUri(f.ruleId) },
    message: f.message[lang],
  };
  if (f.related?.length) {
    d.relatedInformation = f.related.map((r) => ({ location: { uri, range: toRange(lines, r.span) }, message: r.message[lang] }));
  }
  if (f.occurrences?.length) {
    const also = ALSO_HERE[lang];
    d.relatedInformation = [...(d.relatedInformation ?? []), ...f.occurrences.map((o) => ({ location: { uri, range: toRange(lines, o.span) }, message: also }))];
  }
  if (f.tags?.length) {
    d.tags = f.tags.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  }
  return d;
}

const ALSO_HERE: Record<Lang, string> = { nl: 'Komt ook hier voor', en: 'Also here' };
const FIRST_HERE: Record<Lang, string> = { nl: 'Eerste vindplaats, met de melding', en: 'First place, with the finding' };

/**
 * The diagnostics of one finding: the finding at its first place and, for a repeated defect, a hint at
 * each other place that points to the first (editors show hints in the text, not in the problems list).
 */
export function toDiagnostics(lines: Positions, uri: string, f: Finding, lang: Lang): Diagnostic[] {
  const first = toDiagnostic(lines, uri, f, lang);
  if (!f.occurrences?.length) return [first];
  const out = [first];
  for (const o of f.occurrences) {
    out.push({
      range: toRange(lines, o.span),
      severity: DiagnosticSeverity.Hint,
      source: 'clausule',
      code: f.ruleId,
      codeDescription: first.codeDescription,
      message: o.message[lang],
      relatedInformation: [{ location: { uri, range: first.range }, message: FIRST_HERE[lang] }],
    });
  }
  return out;
}

export function toTextEdit(lines: Positions, e: CoreEdit): TextEdit {
  return { range: toRange(lines, e.span), newText: e.newText };
}

/** Where `fix.reveal` lies once the fix is applied to `text`: the range in the edited document. */
export function revealRange(text: string, fix: Fix): Range | undefined {
  const target = fix.reveal && fix.edits[fix.reveal.edit];
  if (!fix.reveal || !target) return undefined;
  const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let from = 0;
  let start = 0;
  for (const e of edits) {
    out += text.slice(from, e.span.start);
    if (e === target) start = out.length;
    out += e.newText;
    from = e.span.end;
  }
  out += text.slice(from);
  const lines = new Lines(out);
  return { start: lines.positionAt(start + fix.reveal.start), end: lines.positionAt(start + fix.reveal.end) };
}
