// Dutch names a thing by its compound once and by the compound's last part after that: "na de fotoshoot ...
// de kosten van de shoot", "het trainingsprogramma ... het programma". A last part the dictionary lacks on
// its own (often a loanword) is then no typo: the article itself writes it as the tail of a known compound
// whose first part is a known word ("foto" + "shoot"). The rest of a word broken at a line end ("verplich-"
// + "tingen") does not pass: its first part is no word.
import type { Speller } from './dictionary';

// Linking sounds between head and tail ("vergunning-s-aanvraag").
const LINKS = ['s', 'en', 'e'];

/**
 * Whether `text` holds a known compound ending in the unknown `word` after a known first part of three or
 * more letters. Only called for unknown words: most words never get here.
 */
export function knownCompoundTail(text: string, word: string, speller: Speller): boolean {
  if (word.length < 4) return false;
  const lower = word.toLowerCase();
  const escaped = lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}-])([\\p{L}\\p{M}]{3,})${escaped}(?![\\p{L}\\p{M}])`, 'giu');
  for (const m of text.matchAll(pattern)) {
    const head = m[1].toLowerCase();
    const whole = head + lower;
    if (!speller.isWord(whole) && !speller.isWord(m[0])) continue;
    if (speller.isWord(head) || LINKS.some((l) => head.length - l.length >= 3 && head.endsWith(l) && speller.isWord(head.slice(0, -l.length)))) return true;
  }
  return false;
}
