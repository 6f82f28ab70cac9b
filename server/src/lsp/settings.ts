// Settings from the editor (clausule.*), validated as data and merged with .clausule.json.
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { LineIndex, mergeOptions, type AnalysisOptions, type ConfigProblem, type Lang, validateOptions } from '../core';
import { knownRuleIds, problemLocation, type WorkspaceConfig } from '../node/workspaceConfig';

export { findWorkspaceConfig } from '../node/workspaceConfig';

/** clausule.* as the editor sends it: the English keys, and the Dutch keys of earlier versions (the English key wins). */
export interface EditorSettings {
  audience?: string;
  doelgroep?: string;
  rules?: Record<string, string>;
  language?: string;
  taal?: string;
  diagnostics?: { debounceMs?: number };
  largeDocumentThreshold?: number;
  /** The user's own words (clausule.words; clausule.woorden before). */
  words?: string[];
  woorden?: string[];
}

/** clausule.language, or clausule.taal as earlier versions called it. */
export function languageSetting(s: EditorSettings | undefined): string | undefined {
  return s?.language ?? s?.taal;
}

export const DEFAULT_DEBOUNCE_MS = 250;

export function optionsFromEditor(s: EditorSettings | undefined): { options: AnalysisOptions; problems: ConfigProblem[] } {
  if (!s) return { options: {}, problems: [] };
  const raw: Record<string, unknown> = {};
  const audience = s.audience ?? s.doelgroep;
  const words = s.words ?? s.woorden;
  if (audience !== undefined) raw.doelgroep = audience;
  if (s.rules && Object.keys(s.rules).length) raw.rules = s.rules;
  if (s.largeDocumentThreshold !== undefined) raw.largeDocumentThreshold = s.largeDocumentThreshold;
  if (words !== undefined && !(Array.isArray(words) && words.length === 0)) raw.woorden = words;
  return validateOptions(raw, knownRuleIds);
}

/** The team's .clausule.json wins over personal editor settings: the draft is checked alike everywhere. */
export function effectiveOptions(workspace: WorkspaceConfig | undefined, editor: AnalysisOptions): AnalysisOptions {
  return mergeOptions(editor, workspace?.options);
}

/**
 * Diagnostics for the .clausule.json file itself: a parse error (then none of it is used) or the entries
 * that were dropped. An empty list for a valid file, so publishing it clears earlier problems.
 */
export function configDiagnostics(cfg: WorkspaceConfig, lang: Lang): { uri: string; diagnostics: Diagnostic[] } {
  const uri = pathToFileURL(cfg.file).toString();
  const lines = new LineIndex(cfg.text ?? '');
  const range = (span: { start: number; end: number }) => ({ start: lines.positionAt(span.start), end: lines.positionAt(span.end) });
  const diagnostics: Diagnostic[] = [];
  if (cfg.readError !== undefined) {
    diagnostics.push({
      range: range({ start: 0, end: 0 }),
      severity: DiagnosticSeverity.Error,
      source: 'clausule',
      code: 'configuratie',
      message:
        lang === 'nl'
          ? `Clausule leest dit bestand niet: het moet een gewoon bestand van hooguit 1 MB zijn (${cfg.readError}). De standaardinstellingen gelden.`
          : `Clausule does not read this file: it must be a regular file of at most 1 MB (${cfg.readError}). The default settings apply.`,
    });
  }
  if (cfg.parseError !== undefined) {
    diagnostics.push({
      range: range(problemLocation(cfg, undefined)),
      severity: DiagnosticSeverity.Error,
      source: 'clausule',
      code: 'configuratie',
      message:
        lang === 'nl'
          ? `Dit bestand is geen geldige JSON (${cfg.parseError}). Clausule negeert het en gebruikt de standaardinstellingen.`
          : `This file is not valid JSON (${cfg.parseError}). Clausule ignores it and uses the default settings.`,
    });
  }
  for (const p of cfg.problems) {
    diagnostics.push({
      range: range(problemLocation(cfg, p.path)),
      severity: DiagnosticSeverity.Warning,
      source: 'clausule',
      code: 'configuratie',
      message: `${p.message[lang]} ${lang === 'nl' ? 'Deze instelling wordt genegeerd.' : 'This setting is ignored.'}`,
    });
  }
  return { uri, diagnostics };
}
