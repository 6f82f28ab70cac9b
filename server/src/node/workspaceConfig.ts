// The workspace file .clausule.json, shared by the language server and the CLI. Data only: validated, never executed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules, validateOptions, type AnalysisOptions, type ConfigProblem } from '../core';
import { describeRefusal, readRegularFile } from './readRegularFile';

/** A .clausule.json is a few hundred bytes; anything past this is not a configuration file. */
export const CONFIG_SIZE_LIMIT = 1024 * 1024;

export const knownRuleIds = new Set(allRules.map((r) => r.meta.id));

export interface WorkspaceConfig {
  file: string;
  options: AnalysisOptions;
  problems: ConfigProblem[];
  /** Set when the file is not valid JSON. */
  parseError?: string;
  /** Set when the file was not read: not a regular file, too large, or unreadable (nothing of it applies). */
  readError?: string;
  /** The file's text, to place diagnostics on it. */
  text?: string;
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
  // Only a regular file of bounded size: a workspace may ship a FIFO or a link to /dev/zero under this name.
  const read = readRegularFile(file, CONFIG_SIZE_LIMIT);
  if ('refused' in read) return { file, options: {}, problems: [], readError: describeRefusal(read.refused) };
  let text = read.data.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    // Invalid JSON: nothing of it is used; the defaults (and the editor settings) apply.
    return { file, options: {}, problems: [], parseError: e instanceof Error ? e.message : String(e), text };
  }
  const { options, problems } = validateOptions(raw, knownRuleIds);
  return { file, options, problems, text };
}

/**
 * Where in the file a problem is: the offset and length of the key its path names ("rules.foo" -> "foo"
 * inside "rules"), or of the position a JSON parse error reports. Falls back to the start of the file.
 */
export function problemLocation(cfg: WorkspaceConfig, path: string | undefined): { start: number; end: number } {
  const text = cfg.text ?? '';
  if (path === undefined) {
    const m = /position (\d+)/.exec(cfg.parseError ?? '');
    const at = m ? Math.min(Number(m[1]), text.length) : 0;
    return { start: at, end: Math.min(text.length, at + 1) };
  }
  let from = 0;
  let found: { start: number; end: number } | undefined;
  for (const key of path.split('.').filter(Boolean)) {
    const quoted = JSON.stringify(key);
    const at = text.indexOf(quoted, from);
    if (at < 0) break;
    found = { start: at, end: at + quoted.length };
    from = found.end;
  }
  return found ?? { start: 0, end: Math.min(text.length, 1) };
}

