// Applies the draft's disable comments to the findings and reports comments that disable nothing.
import type { Finding, Severity } from '../types';
import type { Directive, DocumentModel } from '../model/types';
import { fill } from '../rules/rule';
import { rule as unusedRule } from '../rules/uitschakeling-ongebruikt';

export const UNUSED_DIRECTIVE_RULE = unusedRule.meta.id;
const MESSAGES = unusedRule.meta.messages;

interface Scope {
  directive: Directive;
  fromLine: number;
  toLine: number; // inclusive
  used: boolean;
}

/**
 * `unused` is the severity for comments that suppress nothing (the rule uitschakeling-ongebruikt),
 * or null when the user switched that rule off.
 */
export function applyDirectives(
  model: DocumentModel,
  findings: Finding[],
  knownRules: Set<string>,
  unused: Severity | null = unusedRule.meta.defaultSeverity,
  /** The rules that ran; a comment naming a rule that did not run (off, other audience, large draft) is not judged. */
  ran?: Set<string>,
): Finding[] {
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
          severity: unused ?? 'warning',
          span: d.span,
          message: { nl: fill(MESSAGES.unknown.nl, { id }, 'nl'), en: fill(MESSAGES.unknown.en, { id }, 'en') },
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
    // A comment that only silences uitschakeling-ongebruikt is used by the reports it silences, not by rule findings.
    if (s.directive.rules.length === 1 && s.directive.rules[0] === UNUSED_DIRECTIVE_RULE) continue;
    if (ran && s.directive.rules.some((id) => knownRules.has(id) && id !== UNUSED_DIRECTIVE_RULE && !ran.has(id))) continue;
    extra.push({
      ruleId: UNUSED_DIRECTIVE_RULE,
      severity: unused ?? 'warning',
      span: s.directive.span,
      tags: ['unnecessary'],
      message: { nl: MESSAGES.default.nl, en: MESSAGES.default.en },
      fixes: [{ title: { nl: 'Opmerking verwijderen', en: 'Remove the comment' }, edits: [{ span: s.directive.span, newText: '' }] }],
    });
  }
  if (unused === null) return kept;
  // The reports about comments can themselves be silenced, but only by naming the rule explicitly.
  const silenced = (f: Finding) => {
    const line = model.lines.lineAt(f.span.start);
    return scopes.some((s) => line >= s.fromLine && line <= s.toLine && s.directive.rules.includes(UNUSED_DIRECTIVE_RULE) && s.directive !== directiveAt(f));
  };
  const directiveAt = (f: Finding) => scopes.find((s) => s.directive.span.start === f.span.start)?.directive;
  return kept.concat(extra.filter((f) => !silenced(f)));
}
