// "Voeg toe aan woordenlijst": the user's own words live in "woorden" of the nearest .clausule.json
// (or a new one beside the draft), so the whole team shares them.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findWorkspaceConfig } from './workspaceConfig';

export interface WordListChange {
  /** The .clausule.json to write. */
  uri: string;
  /** True when the file does not exist yet. */
  create: boolean;
  /** Its text now ('' when new) and after the change. */
  oldText: string;
  newText: string;
}

/** The configuration text with `word` added to "woorden" (sorted, no duplicates); undefined if the text is not a JSON object. */
export function withWord(text: string | undefined, word: string): string | undefined {
  let obj: Record<string, unknown> = {};
  if (text !== undefined && text.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
      obj = parsed as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }
  const current = Array.isArray(obj.woorden) ? obj.woorden.filter((w): w is string => typeof w === 'string') : [];
  if (obj.woorden !== undefined && !Array.isArray(obj.woorden)) return undefined;
  obj.woorden = [...new Set([...current, word])].sort((a, b) => a.localeCompare(b, 'nl'));
  return JSON.stringify(obj, null, 2) + '\n';
}

/** The change that adds `word` for the draft at `documentUri`; undefined for unsaved drafts or an unreadable file. */
export function addWordChange(documentUri: string, word: string): WordListChange | undefined {
  if (!documentUri.startsWith('file:')) return undefined;
  const existing = findWorkspaceConfig(documentUri);
  if (existing && existing.parseError !== undefined) return undefined;
  const file = existing?.file ?? path.join(path.dirname(fileURLToPath(documentUri)), '.clausule.json');
  const oldText = existing?.text ?? '';
  const newText = withWord(existing ? oldText : undefined, word);
  if (newText === undefined) return undefined;
  return { uri: pathToFileURL(file).toString(), create: !existing, oldText, newText };
}
