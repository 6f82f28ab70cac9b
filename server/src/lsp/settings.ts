// Settings from the editor (clausule.*), validated as data and merged with .clausule.json.
import { mergeOptions, type AnalysisOptions, type ConfigProblem, validateOptions } from '../core';
import { knownRuleIds, type WorkspaceConfig } from '../node/workspaceConfig';

export { findWorkspaceConfig } from '../node/workspaceConfig';

export interface EditorSettings {
  doelgroep?: string;
  rules?: Record<string, string>;
  taal?: string;
  diagnostics?: { debounceMs?: number };
  largeDocumentThreshold?: number;
}

export const DEFAULT_DEBOUNCE_MS = 250;

export function optionsFromEditor(s: EditorSettings | undefined): { options: AnalysisOptions; problems: ConfigProblem[] } {
  if (!s) return { options: {}, problems: [] };
  const raw: Record<string, unknown> = {};
  if (s.doelgroep !== undefined) raw.doelgroep = s.doelgroep;
  if (s.rules && Object.keys(s.rules).length) raw.rules = s.rules;
  if (s.largeDocumentThreshold !== undefined) raw.largeDocumentThreshold = s.largeDocumentThreshold;
  return validateOptions(raw, knownRuleIds);
}

/** The team's .clausule.json wins over personal editor settings: the draft is checked alike everywhere. */
export function effectiveOptions(workspace: WorkspaceConfig | undefined, editor: AnalysisOptions): AnalysisOptions {
  return mergeOptions(editor, workspace?.options);
}
