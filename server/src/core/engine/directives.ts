// Applies the draft's disable comments to the findings and tells which comments did nothing; the rule
// that judges the comments (a DirectiveRule, e.g. uitschakeling-ongebruikt) reports that in its own words.
import type { Finding } from '../types';
import type { Directive, DocumentModel } from '../model/types';
import type { DirectiveOutcome } from '../kit/rule';

interface Scope {
  directive: Directive;
  fromLine: number;
  toLine: number; // inclusive
  used: boolean;
}

export interface AppliedDirectives extends DirectiveOutcome {
  /** The findings no comment suppresses. */
  kept: Finding[];
  /** A finding of a directive rule is silenced only by a comment that names its rule, never by the comment it is about. */
  silenced(f: Finding): boolean;
}

const NOTHING: Omit<AppliedDirectives, 'kept'> = { unused: [], unknown: [], silenced: () => false };

/**
 * `directiveRules` are the rules that judge the comments: they run afterwards, so a comment that names
 * only them is used by the reports it silences, not by the findings here.
 */
export function applyDirectives(
  model: DocumentModel,
  findings: Finding[],
  knownRules: ReadonlySet<string>,
  directiveRules: ReadonlySet<string>,
  /** The rules that ran; a comment naming a rule that did not run (off, other audience, large draft) is not judged. */
  ran?: ReadonlySet<string>,
): AppliedDirectives {
  if (model.directives.length === 0) return { kept: findings, ...NOTHING };
  const lastLine = model.lines.lineCount - 1;
  const scopes: Scope[] = [];
  const open = new Map<string, Scope>(); // rule id ('*' = all) -> open range
  const unknown: Array<{ directive: Directive; id: string }> = [];
  for (const d of model.directives) {
    for (const id of d.rules) if (!knownRules.has(id)) unknown.push({ directive: d, id });
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
  const unused: Directive[] = [];
  for (const s of scopes) {
    if (s.used) continue;
    if (s.directive.rules.length && s.directive.rules.every((id) => directiveRules.has(id))) continue;
    if (ran && s.directive.rules.some((id) => knownRules.has(id) && !directiveRules.has(id) && !ran.has(id))) continue;
    unused.push(s.directive);
  }
  const directiveAt = (f: Finding) => scopes.find((s) => s.directive.span.start === f.span.start)?.directive;
  const silenced = (f: Finding) => {
    const line = model.lines.lineAt(f.span.start);
    return scopes.some((s) => line >= s.fromLine && line <= s.toLine && s.directive.rules.includes(f.ruleId) && s.directive !== directiveAt(f));
  };
  return { kept, unused, unknown, silenced };
}
