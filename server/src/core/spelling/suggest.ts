// Quick-fix suggestions for a typefout finding, looked up on request (Hunspell's suggest is slow).
import type { Finding, Fix } from '../types';
import { dictionary, type Speller } from './dictionary';

/**
 * "de aanvangsen slottijden": a first part with its linking s and "en" run together, where the hyphen and
 * the blank of "aanvangs- en slottijden" were lost. Hunspell offers "aanvangen"; the shortened compound
 * before "en" is what was meant, when its word is known and a word follows.
 */
function cutOffCompound(word: string, after: string, speller: Speller): string | undefined {
  const m = /^(\p{Ll}{3,}?)(s?)en$/u.exec(word);
  const next = /^[ \t]+(\p{Ll}{5,})/u.exec(after)?.[1];
  if (!m || !next || !speller.isWord(m[1])) return undefined;
  // The next word is a compound whose second part also fits the first word: "slot-tijden", "aanvangs-tijden".
  const head = m[1] + m[2];
  for (let i = 2; i <= next.length - 3; i++) if (speller.isWord(head + next.slice(i))) return `${head}- en`;
  return undefined;
}

/** Up to three replacements for the word a typefout finding covers in `text`, as fixes. */
export function typoFixes(text: string, f: Finding): Fix[] {
  const speller = dictionary();
  if (!speller || f.ruleId !== 'typefout') return [];
  const span = { start: f.span.start, end: f.span.end };
  // The dictionary holds composed letters; the finding's span may cover decomposed ones (text/nfc.ts).
  const word = text.slice(span.start, span.end).normalize('NFC');
  const cut = cutOffCompound(word, text.slice(span.end, span.end + 40), speller);
  const suggestions = [...new Set([...(cut ? [cut] : []), ...speller.suggestions(word, 3)])].slice(0, 3);
  return suggestions.map((s, i) => ({
    title: { nl: `Vervang door "${s}"`, en: `Replace with "${s}"` },
    edits: [{ span, newText: s }],
    preferred: i === 0,
  }));
}
