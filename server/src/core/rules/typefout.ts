import type { BlockRule } from '../kit/rule';
import { checkableWords } from '../spelling/words';
import { letterRunsOf } from '../text/letterRuns';
import type { Speller } from '../spelling/dictionary';
import { inEnglishSentence, inQuotedGloss } from '../spelling/foreign';
import phrases from './data/spelling.json';

// The spelling rule already reports these one-word forms ("danwel"), with its own explanation.
const LISTED = new Set(phrases.entries.map((e) => e.wrong.toLowerCase()).filter((w) => !w.includes(' ')));
// English function words: where they stand, the text is English (a quoted licence term, a product name).
const ENGLISH = new Set(['the', 'and', 'for', 'of', 'with', 'from', 'to', 'your', 'you', 'this', 'that', 'are', 'not', 'any', 'our', 'its', 'by', 'or', 'be', 'as', 'at', 'on', 'all']);

// What the dictionary says of a word, before the user's own words are asked.
const KNOWN = 0;
const ENGLISH_WORD = 1;
const UNKNOWN = 2;
type Verdict = typeof KNOWN | typeof ENGLISH_WORD | typeof UNKNOWN;

// What the dictionary says of each unique word, kept across analyses: a draft repeats its words, and an
// edit re-reads only the edited article, whose words are nearly all here already.
let cache: { speller: Speller; verdicts: Map<string, Verdict> } | undefined;

function verdictsOf(speller: Speller): Map<string, Verdict> {
  if (cache?.speller !== speller) cache = { speller, verdicts: new Map() };
  return cache.verdicts;
}

function verdictOf(word: string, speller: Speller): Verdict {
  const lower = word.toLowerCase();
  if (ENGLISH.has(lower)) return ENGLISH_WORD;
  return LISTED.has(lower) || speller.isWord(word) ? KNOWN : UNKNOWN;
}

/**
 * Words the Dutch dictionary does not know. Runs once the host has loaded the dictionary (the server does
 * so lazily, off the keystroke path); a word next to another unknown word is taken for a foreign passage.
 * Suggestions are looked up when the user asks for quick fixes (typoSuggestions), not here: Hunspell's
 * suggestions cost far more than a membership test.
 */
export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'typefout',
    category: 'taal',
    defaultSeverity: 'information',
    title: { nl: 'Typefout', en: 'Typing error' },
    messages: {
      default: {
        nl: '"{word}" staat niet in het woordenboek: is dit een typefout? Staat het woord goed, voeg het dan toe aan de woordenlijst.',
        en: '"{word}" is not in the Dutch dictionary: is it a typing error? If the word is right, add it to the word list.',
      },
    },
  },
  check(block, ctx) {
    const speller = ctx.speller;
    if (!speller) return;
    const own = ctx.words;
    const verdicts = verdictsOf(speller);
    // The user's words count on their own and as parts of a hyphenated word ("Bizzlewerk-factuur").
    const ownWord = (w: string): boolean =>
      !!own && (own.has(w.toLowerCase()) || (w.includes('-') && w.split('-').every((p) => p.length < 2 || own.has(p.toLowerCase()) || speller.isWord(p))));
    const words = checkableWords(block.text, letterRunsOf(block));
    const kinds = words.map((w) => {
      let v = verdicts.get(w.word);
      if (v === undefined) {
        v = verdictOf(w.word, speller);
        if (verdicts.size > 200_000) verdicts.clear();
        verdicts.set(w.word, v);
      }
      return v;
    });
    const unknown = words.map((w, i) => kinds[i] === ENGLISH_WORD || (kinds[i] === UNKNOWN && !ownWord(w.word)));
    for (let i = 0; i < words.length; i++) {
      if (!unknown[i] || kinds[i] === ENGLISH_WORD) continue;
      // Read around an unknown word only: most words are known.
      if (inEnglishSentence(block.text, words[i].start, words[i].end) || inQuotedGloss(block.text, words[i].start, words[i].end)) continue;
      // Two unknown words in a row: an English phrase, a name in lower case, a title; not a typo.
      const prevClose = i > 0 && unknown[i - 1] && /^[\s,]*$/.test(block.text.slice(words[i - 1].end, words[i].start));
      const nextClose = i + 1 < words.length && unknown[i + 1] && /^[\s,]*$/.test(block.text.slice(words[i].end, words[i + 1].start));
      if (prevClose || nextClose) continue;
      const { word, start, end } = words[i];
      ctx.report({ span: { start, end }, args: { word } });
    }
  },
};
