// The workspace file .clausule.json, shared by the language server and the CLI. Data only: validated, never executed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules, validateOptions, type AnalysisOptions, type ConfigProblem } from '../core';

export const knownRuleIds = new Set(allRules.map((r) => r.meta.id));

export interface WorkspaceConfig {
  file: string;
  options: AnalysisOptions;
  problems: ConfigProblem[];
  /** Set when the file is not valid JSON. */
  parseError?: string;
}

/** Finds .clausule.json in the document's folder or a parent, up to the filesystem root. */
export function findWorkspaceConfig(documentUri: string): WorkspaceConfig | undefined {
  if (!documentUri.startsWith('file:')) return undefined;
  let dir: string;
  try {
    dir = path.dirname(fileURLToPath(documentUri));
  } catch {
    return undefined;
  }
  for (let i = 0; i < 30; i++) {
    const file = path.join(dir, '.clausule.json');
    if (fs.existsSync(file)) return readWorkspaceConfig(file);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

export function readWorkspaceConfig(file: string): WorkspaceConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return { file, options: {}, problems: [], parseError: e instanceof Error ? e.message : String(e) };
  }
  const { options, problems } = validateOptions(raw, knownRuleIds);
  return { file, options, problems };
}

