// The participle of a separable verb written in two words: "is uit gevoerd" for "uitgevoerd", "zal worden door
// gefactureerd" for "doorgefactureerd". Each word is right on its own, so typefout is silent. Only next to an
// auxiliary ("is", "wordt", "heeft" …), where the participle is a verb form and not an adjective before a noun
// ("in gesloten enveloppen"), only where the whole is a word the dictionary lists, and not where "er", "daar",
// "waar" or "hier" in the clause may own the preposition ("er is niet op gereageerd").
import type { Speller } from './dictionary';

export interface SplitParticiple {
  start: number;
  end: number;
  found: string;
  right: string;
}

const AUX = 'is|zijn|wordt|worden|werd|werden|was|waren|heeft|hebben|had|hadden|ben|bent|geworden';
const PARTICLE = 'aan|af|bij|door|in|mee|na|om|op|terug|toe|uit|voor|vast|weg|samen|tegen|achter|neer|los|vrij|binnen|buiten';
const PARTICIPLE = '(?:ge|be|ver|ont|her|er)\\p{Ll}{2,}(?:d|t|en)';
// The auxiliary before the two words, or right after them ("dat het werk uit gevoerd is").
const BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${AUX})[ \\t]+(${PARTICLE})[ \\t]+(${PARTICIPLE})(?![\\p{L}\\p{N}'’-])`, 'dgiu');
const AFTER = new RegExp(`(?<![\\p{L}\\p{N}'’-])(${PARTICLE})[ \\t]+(${PARTICIPLE})[ \\t]+(?:${AUX})(?![\\p{L}\\p{N}])`, 'dgiu');
// What may follow the participle after an auxiliary: the clause ends, or a preposition, conjunction or verb.
const FOLLOWER = /^(?:\s*(?:[,.;:!?)]|$)|[ \t]+(?:door|naar|aan|bij|met|in|op|voor|te|en|of|dan|zijn|worden|is|wordt|kan|kunnen|zal|zullen|moet|moeten|wanneer|indien|als|nadat|zodra|omdat|tenzij|binnen|na|tot|totdat|zoals|volgens)(?![\p{L}]))/iu;
const STRANDING = /(?<![\p{L}])(?:er|daar|waar|hier)(?![\p{L}])/iu;

export function splitParticiples(text: string, speller: Speller): SplitParticiple[] {
  const out: SplitParticiple[] = [];
  const seen = new Set<number>();
  for (const [pattern, needsFollower] of [[BEFORE, true], [AFTER, false]] as const) {
    for (const m of text.matchAll(pattern)) {
      const [, particle, participle] = m;
      const [start] = m.indices?.[1] ?? [m.index];
      const end = m.indices?.[2]?.[1] ?? m.index + m[0].length;
      if (seen.has(start)) continue;
      const right = (particle + participle).toLowerCase();
      if (particle !== particle.toLowerCase() || !(speller.isListed(right) || separableVerb(particle, participle.toLowerCase(), speller))) continue;
      if (needsFollower && !FOLLOWER.test(text.slice(end, end + 20))) continue;
      const clause = text.slice(Math.max(0, start - 100), start);
      const from = Math.max(clause.search(/[.!?;:\n][^.!?;:\n]*$/) + 1, 0);
      if (STRANDING.test(clause.slice(from))) continue;
      seen.add(start);
      out.push({ start, end, found: text.slice(start, end), right });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The dictionary lacks many participles of separable verbs but lists their infinitive: "doorgefactureerd" from
 * "doorfactureren". Only the regular "ge" + stem + d/t; a long vowel before the stem's last consonant is
 * written single before "-en" ("factureer" → "factureren").
 */
function separableVerb(particle: string, participle: string, speller: Speller): boolean {
  const stem = /^ge(\p{Ll}{2,})[dt]$/u.exec(participle)?.[1];
  if (!stem) return false;
  const single = stem.replace(/([aeou])\1([^aeiou])$/, '$1$2');
  return speller.isListed(`${particle}${stem}en`) || (single !== stem && speller.isListed(`${particle}${single}en`));
}
