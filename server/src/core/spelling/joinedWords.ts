// A possessive or object pronoun written together with the participle after it: "alle haargegeven
// opdrachten" for "haar gegeven". The dictionary's compounding passes it ("haar" is also a noun, and
// "gegeven" one too), so typefout is silent; but a pronoun and a participle make no compound. Only
// participles the dictionary confirms through their verb: "ge" + stem + d/t (+e) with the verb in -en
// ("geleverd", "geleverde" from "leveren"), or "ge" + a verb in -en ("gegeven" from "geven").
import type { Speller } from './dictionary';
import { triggeredMatches } from '../text/scan';

export interface JoinedWords {
  start: number;
  end: number;
  found: string;
  right: string;
}

const JOINED = /(?<![\p{L}\p{N}])([hH]aar|[hH]un|[zZ]ijn|[uU]w|[jJ]ouw|[oO]ns)(ge\p{Ll}{3,})(?![\p{L}\p{N}])/u;
// Where JOINED can match (the same words, small or capital first letter), found with a plain pattern first;
// the Unicode one is tried only there.
const CANDIDATE = /(?:[hH]aar|[hH]un|[zZ]ijn|[uU]w|[jJ]ouw|[oO]ns)ge/g;

function isParticiple(word: string, speller: Speller): boolean {
  if (!speller.isWord(word)) return false;
  const rest = word.slice(2);
  if (rest.endsWith('en') && speller.isWord(rest)) return true;
  const stem = /^(.*?)(?:d|t|de|te|den|ten)$/.exec(rest)?.[1];
  return !!stem && stem.length >= 2 && speller.isWord(`${stem}en`);
}

export function joinedWords(text: string, speller: Speller): JoinedWords[] {
  const out: JoinedWords[] = [];
  for (const m of triggeredMatches(text, JOINED, CANDIDATE)) {
    const [found, pronoun, participle] = m;
    // Only where the dictionary accepts the whole as a compound: otherwise typefout reports it already.
    if (!speller.isWord(found) || !isParticiple(participle.toLowerCase(), speller)) continue;
    out.push({ start: m.index, end: m.index + found.length, found, right: `${pronoun} ${participle}` });
  }
  return out;
}
