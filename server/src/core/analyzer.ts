// The core's entry point: the engine with the rule registry. The engine itself takes its rules as a
// parameter (engine/runner.ts), so it does not import rules/.
import { Analyzer as RuleRunner, enabledRules as enabledAmong, type AnalysisResult } from './engine/runner';
import type { AnalysisOptions } from './engine/config';
import { allRules } from './rules';
import type { Rule } from './kit/rule';

export { ruleFailures, type AnalysisResult } from './engine/runner';

/** One Analyzer per open document: keeps per-article findings and the previous model between edits. */
export class Analyzer extends RuleRunner {
  constructor(rules: readonly Rule[] = allRules) {
    super(rules);
  }
}

/** The rules `options` turn on, with their severities. */
export function enabledRules(options: AnalysisOptions, rules: readonly Rule[] = allRules): ReturnType<typeof enabledAmong> {
  return enabledAmong(options, rules);
}

/** Convenience for one-off analysis (CLI, tests). */
export function analyze(text: string, options: AnalysisOptions = {}): AnalysisResult {
  return new Analyzer().analyze(text, options);
}
