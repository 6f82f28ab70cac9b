// Loads the Dutch dictionary once, lazily, and installs it in the core. The server calls
// ensureDictionary() without awaiting it (analyses before it resolves run without spelling); the CLI
// awaits it before checking.
import * as path from 'node:path';
import { installDictionary } from '../core';
import type * as Loader from './dictionary';

export interface DictionaryLoad {
  ms: number;
  error?: string;
}

let loading: Promise<DictionaryLoad> | undefined;

function loader(): typeof Loader {
  // A computed path keeps esbuild from inlining hunspell-asm into the server and CLI bundles.
  return require(path.join(__dirname, 'spelling.js')) as typeof Loader;
}

export function ensureDictionary(load: () => typeof Loader = loader): Promise<DictionaryLoad> {
  loading ??= (async () => {
    const t0 = performance.now();
    try {
      const l = load();
      const dir = l.dictionaryDir(__dirname);
      if (!dir) return { ms: 0, error: 'dictionary files (dictionaries/nl/index.dic) not found' };
      installDictionary(await l.loadDutch(dir));
      return { ms: Math.round(performance.now() - t0) };
    } catch (e) {
      return { ms: 0, error: e instanceof Error ? e.message : String(e) };
    }
  })();
  return loading;
}
