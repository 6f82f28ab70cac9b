// The language of everything Clausule shows about a draft (messages, hovers, preview, exports, status).
// Dutch unless the user chooses English: Microsoft ships no Dutch language pack for VS Code, so following
// the display language would give nearly every Dutch lawyer English text about a Dutch contract.
import * as vscode from 'vscode';

export type Lang = 'nl' | 'en';

/** `clausule.taal`: nl (default) or en; `auto` follows VS Code's display language. */
export function draftLanguage(): Lang {
  const setting = vscode.workspace.getConfiguration('clausule').get<string>('taal');
  if (setting === 'en') return 'en';
  if (setting === 'auto') return vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  return 'nl';
}

/** The Dutch or the English text, in the draft's language. */
export const t = (dutch: string, english: string): string => (draftLanguage() === 'nl' ? dutch : english);
