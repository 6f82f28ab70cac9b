// The language of everything Clausule shows about a draft (messages, hovers, preview, exports, status).
// Dutch unless the user chooses English: Microsoft ships no Dutch language pack for VS Code, so following
// the display language would give nearly every Dutch lawyer English text about a Dutch contract.
import * as vscode from 'vscode';
import { RENAMED_SETTINGS, resolveRenamed, type RenamedSetting } from './settingKeys';

export type Lang = 'nl' | 'en';

/** A `clausule.*` setting by its English key, reading the Dutch key it replaced (`clausule.taal`). */
export function setting<T>(key: RenamedSetting, scope?: vscode.ConfigurationScope): T | undefined {
  const cfg = vscode.workspace.getConfiguration('clausule', scope);
  return resolveRenamed(cfg.inspect<T>(key), cfg.inspect<T>(RENAMED_SETTINGS[key]));
}

/** `clausule.language`: nl (default) or en; `auto` follows VS Code's display language. */
export function draftLanguage(): Lang {
  const value = setting<string>('language');
  if (value === 'en') return 'en';
  if (value === 'auto') return vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  return 'nl';
}

/** The Dutch or the English text, in the draft's language. */
export const t = (dutch: string, english: string): string => (draftLanguage() === 'nl' ? dutch : english);
