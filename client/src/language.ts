// The language of everything Clausule shows about a draft (messages, hovers, preview, exports, status).
// Dutch unless the user chooses English: Microsoft ships no Dutch language pack for VS Code, so following
// the display language would give nearly every Dutch lawyer English text about a Dutch contract. A draft
// may choose for itself with `<!-- clausule: taal=en -->` near its top, as the server reads it.
import * as vscode from 'vscode';
import { declaredLanguage, REACH } from './audienceDirective';
import { RENAMED_SETTINGS, resolveRenamed, type RenamedSetting } from './settingKeys';

export type Lang = 'nl' | 'en';

/** A `clausule.*` setting by its English key, reading the Dutch key it replaced (`clausule.taal`). */
export function setting<T>(key: RenamedSetting, scope?: vscode.ConfigurationScope): T | undefined {
  const cfg = vscode.workspace.getConfiguration('clausule', scope);
  return resolveRenamed(cfg.inspect<T>(key), cfg.inspect<T>(RENAMED_SETTINGS[key]));
}

/** `clausule.language`: nl (default) or en; `auto` follows VS Code's display language. */
export function languageSetting(): Lang {
  const value = setting<string>('language');
  if (value === 'en') return 'en';
  if (value === 'auto') return vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  return 'nl';
}

/** The language comment of `doc` (only its top is read), if it has one. */
export function documentLanguage(doc: vscode.TextDocument | undefined): Lang | undefined {
  if (!doc) return undefined;
  return declaredLanguage(doc.getText(new vscode.Range(new vscode.Position(0, 0), doc.positionAt(REACH))));
}

/** The language of `doc` (the draft in the active editor by default): its own comment, else the setting. */
export function draftLanguage(doc: vscode.TextDocument | undefined = vscode.window.activeTextEditor?.document): Lang {
  return documentLanguage(doc) ?? languageSetting();
}

/** The Dutch or the English text, in the language of `doc` (the active draft by default). */
export const t = (dutch: string, english: string, doc?: vscode.TextDocument): string => (draftLanguage(doc) === 'nl' ? dutch : english);
