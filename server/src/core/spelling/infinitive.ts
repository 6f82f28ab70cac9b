// After "te kunnen" only an infinitive can follow in the same clause ("om de software te kunnen
// gebruiken"). A known noun there whose -en form is a verb is a slip for that verb: "te kunnen
// gebruiker" -> "gebruiken", "te kunnen levering" -> "leveren". The dictionary decides both words.
import type { Speller } from './dictionary';
import type { Block } from '../model/types';
import { matchesIn, triggerWords } from '../text/triggerWords';

export interface MissingInfinitive {
  found: string;
  right: string;
  start: number;
  end: number;
}

export const AFTER_TE_KUNNEN = /(?<![\p{L}\p{N}])te[ \t]+kunnen[ \t]+(\p{Ll}{3,}(?:er|ing))(?![\p{L}\p{N}\-'’/])/giu;
// Looked for only in articles with "kunnen" (rules/gates.proof.test.ts proves that every match holds it).
const KUNNEN = triggerWords(['kunnen']);

export function missingInfinitives(block: Block, speller: Speller): MissingInfinitive[] {
  const out: MissingInfinitive[] = [];
  for (const m of matchesIn(block, AFTER_TE_KUNNEN, KUNNEN)) {
    const found = m[1];
    const right = found.endsWith('ing') ? found.slice(0, -3) + 'en' : found.slice(0, -1) + 'n';
    if (!speller.isWord(found) || !speller.isWord(right)) continue;
    const start = m.index + m[0].length - found.length;
    out.push({ found, right, start, end: start + found.length });
  }
  return out;
}
