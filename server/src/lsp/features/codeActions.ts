// Quick fixes: the fixes the rules attach to their findings, suggestions and "Voeg toe aan woordenlijst"
// for typing errors, and "disable this rule for this line"; at every place of a repeated defect, the fixes of
// that place and the ones for all places.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { featureCapabilities } from '../capabilities';
import type { Feature } from '../context';
import { revealRange, toDiagnostics, toSpan, toTextEdit } from '../convert';
import { fixAtEveryPlace, LineIndex, placesOf, typoFixes, type Finding, type Fix, type Span } from '../../core';
import { addWordChange } from '../../node/wordList';

/** The client command that selects and shows a range of a document (after a fix inserted it). */
export const REVEAL_COMMAND = 'clausule.reveal';

/** The line "disable this rule for this line" inserts above the finding's line. */
export function disableNextLineComment(indent: string, ruleId: string, eol: string): string {
  return `${indent}<!-- clausule-disable-next-line ${ruleId} -->${eol}`;
}

/**
 * The places of the findings within `want`: a repeated defect has one at each occurrence (its diagnostic a
 * hint that points to the first), with that place's own fixes, and `f` the finding as if it stood there.
 */
function placesIn(findings: readonly Finding[], want: Span, diagnosticsOf: (f: Finding) => Diagnostic[]) {
  const out: Array<{ found: Finding; f: Finding; own: Fix[]; diagnostic: Diagnostic }> = [];
  const near = (s: Span) => s.end >= want.start && s.start <= want.end;
  for (const found of findings) {
    const places = placesOf(found);
    if (!places.some((p) => near(p.span))) continue;
    const diagnostics = diagnosticsOf(found);
    places.forEach((p, i) => {
      if (near(p.span)) out.push({ found, f: i === 0 ? found : { ...found, span: p.span }, own: p.fixes, diagnostic: diagnostics[i] });
    });
  }
  return out;
}

export const codeActions: Feature = {
  capabilities: featureCapabilities.codeActions,
  register({ connection, analysisFor, lang }) {
    connection.onCodeAction((params, token) => {
      const result = analysisFor(params.textDocument.uri, token);
      if (!result) return null;
      // Findings are offsets in the text as the editor holds it (result.text), also where it was not NFC.
      const { lines, text } = result;
      const want = toSpan(lines, params.range);
      const l = lang(result);
      const uri = params.textDocument.uri;
      const actions: CodeAction[] = [];
      const disabledLines = new Set<string>();
      const disabledFile = new Set<string>();
      // Suggestions cost up to a second each: for the few typing errors at the cursor, not a whole draft.
      let suggestionsLeft = 3;
      // The draft's defined terms count as its words for the suggestions, also where no dictionary knows them.
      const terms = result.model.definitions.map((d) => d.term);
      if (params.context.only && !params.context.only.some((k) => k.startsWith(CodeActionKind.QuickFix))) return actions;
      for (const { found, f, own, diagnostic } of placesIn(result.findings, want, (found) => toDiagnostics(lines, uri, found, l))) {
        // Typing errors get their suggestions here, on request: Hunspell's suggest is too slow for every analysis.
        const fixes: Fix[] = f.ruleId !== 'typefout' ? [...own] : suggestionsLeft-- > 0 ? typoFixes(text, f, terms) : [];
        // A repeated defect: the fixes of this place, then the ones for every place ("change all").
        if (f.ruleId !== 'typefout') fixes.push(...(found.fixes ?? []).filter((x) => x.everywhere));
        else fixes.push(...fixes.flatMap((x) => fixAtEveryPlace(text, found, x) ?? []));
        for (const fix of fixes) {
          // A fix that inserts something takes the editor there (the client's clausule.reveal selects it).
          const reveal = revealRange(text, fix);
          actions.push({
            title: fix.title[l],
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fix.preferred,
            edit: { changes: { [uri]: fix.edits.map((e) => toTextEdit(lines, e)) } },
            ...(reveal && { command: { title: fix.title[l], command: REVEAL_COMMAND, arguments: [uri, reveal] } }),
          });
        }
        if (f.ruleId === 'typefout') {
          const word = text.slice(f.span.start, f.span.end).normalize('NFC');
          const change = addWordChange(uri, word);
          if (change) {
            const end = new LineIndex(change.oldText).positionAt(change.oldText.length);
            const editing = { textDocument: { uri: change.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end }, newText: change.newText }] };
            actions.push({
              title: l === 'nl' ? `Voeg "${word}" toe aan woordenlijst` : `Add "${word}" to the word list`,
              kind: CodeActionKind.QuickFix,
              diagnostics: [diagnostic],
              edit: { documentChanges: change.create ? [{ kind: 'create', uri: change.uri, options: { ignoreIfExists: true } }, editing] : [editing] },
            });
          }
        }
        const line = lines.lineAt(f.span.start);
        const key = `${line}:${f.ruleId}`;
        if (disabledLines.has(key)) continue;
        disabledLines.add(key);
        // The draft's own comment syntax, on its own line above, indented like the line it silences.
        const lineText = lines.lineText(line);
        const indent = /^[ \t]*/.exec(lineText)![0];
        const eol = /\r\n/.test(text) ? '\r\n' : '\n';
        actions.push({
          title: l === 'nl' ? `Regel ${f.ruleId} uitschakelen voor deze regel` : `Disable ${f.ruleId} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: {
            changes: {
              [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: disableNextLineComment(indent, f.ruleId, eol) }],
            },
          },
        });
        if (disabledFile.has(f.ruleId) || f.ruleId === 'uitschakeling-ongebruikt') continue;
        disabledFile.add(f.ruleId);
        // For a rule that does not fit this draft at all (e.g. exit-regeling in an advisory draft).
        actions.push({
          title: l === 'nl' ? `Regel ${f.ruleId} uitschakelen voor dit bestand` : `Disable ${f.ruleId} for this file`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: {
            changes: {
              [uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `<!-- clausule-disable-file ${f.ruleId} -->${eol}` }],
            },
          },
        });
      }
      return actions;
    });
  },
};
