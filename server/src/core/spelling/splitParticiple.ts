// The participle of a separable verb written in two words: "is uit gevoerd" for "uitgevoerd", "zal worden door
// gefactureerd" for "doorgefactureerd". Each word is right on its own, so typefout is silent. Only next to an
// auxiliary ("is", "wordt", "heeft" …), where the participle is a verb form and not an adjective before a noun
// ("in gesloten enveloppen"), only where the dictionary lists the whole or its verb ("doorfactureren"), and not where "er", "daar",
// "waar" or "hier" in the clause may own the preposition ("er is niet op gereageerd").
import type { Speller } from './dictionary';
import type { LetterRuns } from '../text/letterRuns';
import { SEPARABLE_PARTICLES } from '../text/separableParticles';

export interface SplitParticiple {
  start: number;
  end: number;
  found: string;
  right: string;
}

const AUX = new Set(['is', 'zijn', 'wordt', 'worden', 'werd', 'werden', 'was', 'waren', 'heeft', 'hebben', 'had', 'hadden', 'ben', 'bent', 'geworden']);
const PARTICLES = new Set(SEPARABLE_PARTICLES);
const PARTICIPLE = /^(?:ge|be|ver|ont|her|er)\p{Ll}{2,}(?:d|t|en)$/u;
// What may follow the participle after an auxiliary: the clause ends, or a preposition, conjunction or verb.
const FOLLOWER = /^(?:\s*(?:[,.;:!?)]|$)|[ \t]+(?:door|naar|aan|bij|met|in|op|voor|te|en|of|dan|zijn|worden|is|wordt|kan|kunnen|zal|zullen|moet|moeten|wanneer|indien|als|nadat|zodra|omdat|tenzij|binnen|na|tot|totdat|zoals|volgens)(?![\p{L}]))/iu;
const STRANDING = /(?<![\p{L}])(?:er|daar|waar|hier)(?![\p{L}])/iu;

/** The two words in `runs` (the text's letter runs, text/letterRuns): walked once, a word sliced only where the next one has a participle's shape. */
export function splitParticiples(text: string, runs: LetterRuns, speller: Speller): SplitParticiple[] {
  const out: SplitParticiple[] = [];
  for (let k = 2; k < runs.length; k += 2) {
    const start = runs[k - 2];
    const end = runs[k + 1];
    if (!participleStart(text, runs[k], end) || runs[k - 1] - start > 6 || !blanksOnly(text, runs[k - 1], runs[k]) || joined(text, start - 1) || joined(text, end)) continue;
    const particle = text.slice(start, runs[k - 1]);
    const participle = text.slice(runs[k], end);
    if (!PARTICLES.has(particle) || !PARTICIPLE.test(participle)) continue;
    // An auxiliary right before the two words (then the clause ends or goes on with no noun: "is uit gevoerd."),
    // or right after them ("dat het werk uit gevoerd is").
    const auxBefore = k >= 4 && blanksOnly(text, runs[k - 3], start) && AUX.has(text.slice(runs[k - 4], runs[k - 3]).toLowerCase()) && !joined(text, runs[k - 4] - 1);
    const auxAfter = k + 3 < runs.length && blanksOnly(text, end, runs[k + 2]) && AUX.has(text.slice(runs[k + 2], runs[k + 3]).toLowerCase()) && !joined(text, runs[k + 3]);
    if (!(auxBefore && FOLLOWER.test(text.slice(end, end + 20))) && !auxAfter) continue;
    const right = particle + participle;
    if (!speller.isListed(right) && !separableVerb(particle, participle, speller)) continue;
    const clause = text.slice(Math.max(0, start - 100), start);
    if (STRANDING.test(clause.slice(Math.max(clause.search(/[.!?;:\n][^.!?;:\n]*$/) + 1, 0)))) continue;
    out.push({ start, end, found: text.slice(start, end), right });
  }
  return out;
}

/** Whether [from, to) starts as a participle: ge, be, ver, ont, her or er, lower case (checked before any slice). */
function participleStart(text: string, from: number, to: number): boolean {
  if (to - from < 5) return false;
  const a = text.charCodeAt(from);
  const b = text.charCodeAt(from + 1);
  const c = text.charCodeAt(from + 2);
  if (b === 101) return a === 103 || a === 98 || (c === 114 && (a === 118 || a === 104)); // ge, be, ver, her
  return (a === 111 && b === 110 && c === 116) || (a === 101 && b === 114); // ont, er
}

function blanksOnly(text: string, from: number, to: number): boolean {
  if (from === to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Whether the unit at `i` joins the word to more (a digit, hyphen or apostrophe): then it is no word of its own. */
function joined(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || c === 45 || c === 39 || c === 0x2019;
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
