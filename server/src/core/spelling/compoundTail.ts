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
  const hay = text.toLowerCase();
  // Found by plain search, not a pattern built from the word: the occurrences ending a longer word.
  for (let at = hay.indexOf(lower, 1); at > 0; at = hay.indexOf(lower, at + 1)) {
    const after = at + lower.length;
    if (after < hay.length && /[\p{L}\p{M}]/u.test(hay[after])) continue;
    let from = at;
    while (from > 0 && /[\p{L}\p{M}]/u.test(hay[from - 1])) from--;
    if (at - from < 3 || (from > 0 && hay[from - 1] === '-')) continue;
    const head = hay.slice(from, at);
    if (!speller.isWord(head + lower)) continue;
    if (speller.isWord(head) || LINKS.some((l) => head.length - l.length >= 3 && head.endsWith(l) && speller.isWord(head.slice(0, -l.length)))) return true;
  }
  return false;
}
