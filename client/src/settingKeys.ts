// Setting keys are English (`clausule.language`), as in other extensions; the Dutch keys of earlier versions
// (`clausule.taal`) are still read where the English key is not set. The server keeps reading the Dutch
// names: the client hands it the resolved values under both names, so other editors' setups keep working.
// No vscode import: the unit tests load this file (language.ts reads the settings).

/** English key → the Dutch key it replaces (both relative to `clausule.`). */
export const RENAMED_SETTINGS = {
  language: 'taal',
  audience: 'doelgroep',
  words: 'woorden',
  'files.markdown': 'bestanden.markdown',
  'files.plainText': 'bestanden.plattetekst',
} as const;

export type RenamedSetting = keyof typeof RENAMED_SETTINGS;

/** The parts of WorkspaceConfiguration.inspect() that decide a value. */
export interface Inspected<T> {
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

/**
 * The value in force: the most specific scope that sets either key wins (folder, then workspace, then user);
 * within one scope the English key wins; else the English key's default.
 */
export function resolveRenamed<T>(english: Inspected<T> | undefined, dutch: Inspected<T> | undefined): T | undefined {
  for (const scope of ['workspaceFolderValue', 'workspaceValue', 'globalValue'] as const) {
    if (english?.[scope] !== undefined) return english[scope];
    if (dutch?.[scope] !== undefined) return dutch[scope];
  }
  return english?.defaultValue;
}

/** Sets a nested key ("files.markdown") in a plain settings object. */
function put(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let o = target;
  for (const p of parts.slice(0, -1)) {
    if (typeof o[p] !== 'object' || o[p] === null) o[p] = {};
    o = o[p] as Record<string, unknown>;
  }
  o[parts[parts.length - 1]] = value;
}

/** The `clausule` section as the server reads it: every renamed setting resolved, under both names. */
export function withResolvedSettings(section: unknown, resolve: (key: RenamedSetting) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = typeof section === 'object' && section !== null ? structuredClone(section as Record<string, unknown>) : {};
  for (const [english, dutch] of Object.entries(RENAMED_SETTINGS) as Array<[RenamedSetting, string]>) {
    const v = resolve(english);
    if (v === undefined) continue;
    put(out, english, v);
    put(out, dutch, v);
  }
  return out;
}
