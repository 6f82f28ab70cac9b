// Applies the draft's disable comments to the findings and reports comments that disable nothing.
import type { Finding } from '../types';
import type { Directive, DocumentModel } from '../model/types';

export const UNUSED_DIRECTIVE_RULE = 'uitschakeling-ongebruikt';

interface Scope {
  directive: Directive;
  fromLine: number;
  toLine: number; // inclusive
  used: boolean;
}

export function applyDirectives(model: DocumentModel, findings: Finding[], knownRules: Set<string>): Finding[] {
  if (model.directives.length === 0) return findings;
  const lastLine = model.lines.lineCount - 1;
  const scopes: Scope[] = [];
  const open = new Map<string, Scope>(); // rule id ('*' = all) -> open range
  const extra: Finding[] = [];
  for (const d of model.directives) {
    for (const id of d.rules) {
      if (!knownRules.has(id)) {
        extra.push({
          ruleId: UNUSED_DIRECTIVE_RULE,
          severity: 'warning',
          span: d.span,
          message: { nl: `Onbekende regel "${id}" in deze uitschakelopmerking.`, en: `Unknown rule "${id}" in this disable comment.` },
        });
      }
    }
    switch (d.kind) {
      case 'disable-next-line':
        scopes.push({ directive: d, fromLine: d.line + 1, toLine: d.line + 1, used: false });
        break;
      case 'disable-line':
        scopes.push({ directive: d, fromLine: d.line, toLine: d.line, used: false });
        break;
      case 'disable-file':
        scopes.push({ directive: d, fromLine: 0, toLine: lastLine, used: false });
        break;
      case 'disable': {
        const s: Scope = { directive: d, fromLine: d.line, toLine: lastLine, used: false };
        scopes.push(s);
        for (const id of d.rules.length ? d.rules : ['*']) open.set(id, s);
        break;
      }
      case 'enable':
        for (const id of d.rules.length ? d.rules : [...open.keys()]) {
          const s = open.get(id);
          if (s) {
            s.toLine = d.line;
            open.delete(id);
          }
        }
        break;
    }
  }
  const kept: Finding[] = [];
  for (const f of findings) {
    const line = model.lines.lineAt(f.span.start);
    let suppressed = false;
    for (const s of scopes) {
      if (line < s.fromLine || line > s.toLine) continue;
      if (s.directive.rules.length && !s.directive.rules.includes(f.ruleId)) continue;
      s.used = true;
      suppressed = true;
    }
    if (!suppressed) kept.push(f);
  }
  for (const s of scopes) {
    if (s.used) continue;
    extra.push({
      ruleId: UNUSED_DIRECTIVE_RULE,
      severity: 'warning',
      span: s.directive.span,
      tags: ['unnecessary'],
      message: {
        nl: 'Deze uitschakelopmerking onderdrukt geen enkele melding; verwijder haar.',
        en: 'This disable comment suppresses no finding; remove it.',
      },
      fixes: [{ title: { nl: 'Opmerking verwijderen', en: 'Remove the comment' }, edits: [{ span: s.directive.span, newText: '' }] }],
    });
  }
  return kept.concat(extra);
}
