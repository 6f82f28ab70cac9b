import type { BlockRule } from '../kit/rule';
import { checkableWordSpans, joinLineBreak, lineBreakHeadStart, wordAt } from '../spelling/words';
import { WordTable } from '../spelling/wordTable';
import { letterRunsOf } from '../text/letterRuns';
import type { Speller } from '../spelling/dictionary';
import { inEnglishSentence, inQuotedGloss } from '../spelling/foreign';
import { outsideFrontMatter } from '../spelling/frontMatter';
import { knownCompoundTail } from '../spelling/compoundTail';
import phrases from './data/spelling.json';
import brands from './data/merknamen.json';
import { wordBefore } from '../model/definitions';

// The spelling rule already reports these one-word forms ("danwel"), with its own explanation.
const LISTED = new Set(phrases.entries.map((e) => e.wrong.toLowerCase()).filter((w) => !w.includes(' ')));
// English function words: where they stand, the text is English (a quoted licence term, a product name).
const ENGLISH = new Set(['the', 'and', 'for', 'of', 'with', 'from', 'to', 'your', 'you', 'this', 'that', 'are', 'not', 'any', 'our', 'its', 'by', 'or', 'be', 'as', 'at', 'on', 'all']);

// A platform's or company's name by its lower-case form ("linkedin" → "LinkedIn").
const BRANDS = new Map(brands.names.map((n) => [n.toLowerCase(), n]));
// "ik whatsapp", "je googlet": after a subject the word is a verb made of the name, written in lower case.
const SUBJECTS = new Set(['ik', 'je', 'jij', 'u', 'we', 'wij', 'ze', 'zij', 'hij', 'men', 'jullie']);

// What the dictionary says of a word, before the user's own words are asked.
const KNOWN = 0;
const ENGLISH_WORD = 1;
const UNKNOWN = 2;
// A well-known name written in lower case: a slip whatever the dictionary says of it.
const BRAND = 3;
type Verdict = typeof KNOWN | typeof ENGLISH_WORD | typeof UNKNOWN | typeof BRAND;

// What the dictionary says of each unique word, kept across analyses: a draft repeats its words, and an
// edit re-reads only the edited article, whose words are nearly all here already. The table is asked with
// the word's span, so a known word costs no copy.
let cache: { speller: Speller; verdicts: WordTable } | undefined;

function verdictsOf(speller: Speller): WordTable {
  if (cache?.speller !== speller) cache = { speller, verdicts: new WordTable() };
  return cache.verdicts;
}

// Reused by every check (checks run one at a time): the words of the article, flat (checkableWordSpans),
// and the indexes and verdicts of those that are not known Dutch words.
const spans: number[] = [];
const marked: number[] = [];
const markedVerdicts: number[] = [];

function verdictOf(word: string, speller: Speller): Verdict {
  const lower = word.toLowerCase();
  if (ENGLISH.has(lower)) return ENGLISH_WORD;
  // Checked words start in lower case (capitalised ones are names already): "linkedin", "youTube" is not one.
  if (word === lower && BRANDS.has(lower)) return BRAND;
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
    // The same unknown word is one question (a typo repeated, or a word to add to the list), wherever it stands.
    habit: { key: 'words' },
    messages: {
      default: {
        nl: '"{word}" staat niet in het woordenboek: is dit een typefout? Staat het woord goed, voeg het dan toe aan de woordenlijst.',
        en: '"{word}" is not in the Dutch dictionary: is it a typing error? If the word is right, add it to the word list.',
      },
      brand: {
        nl: '"{word}" is de naam {name} en wordt geschreven zoals de eigenaar die schrijft: "{name}".',
        en: '"{word}" is the name {name} and is written as its owner writes it: "{name}".',
      },
    },
  },
  check(block, draftCtx) {
    // Front matter is the file's metadata, not text of the draft.
    const ctx = outsideFrontMatter(block, draftCtx);
    const speller = ctx.speller;
    if (!speller) return;
    const own = ctx.words;
    const verdicts = verdictsOf(speller);
    // The user's words count on their own and as parts of a hyphenated word ("Bizzlewerk-factuur").
    const ownWord = (w: string): boolean =>
      !!own && (own.has(w.toLowerCase()) || (w.includes('-') && w.split('-').every((p) => p.length < 2 || own.has(p.toLowerCase()) || speller.isWord(p))));
    const text = block.text;
    const count = checkableWordSpans(text, letterRunsOf(block), spans);
    marked.length = 0;
    markedVerdicts.length = 0;
    for (let k = 0; k < count; k += 3) {
      let v = verdicts.find(text, spans[k], spans[k + 1], spans[k + 2]);
      if (v === KNOWN) continue;
      if (v < 0) {
        const word = wordAt(text, spans[k], spans[k + 1]);
        v = verdictOf(word, speller);
        verdicts.add(word, spans[k + 2], v);
        if (v === KNOWN) continue;
      }
      if ((v === UNKNOWN || v === BRAND) && ownWord(wordAt(text, spans[k], spans[k + 1]))) continue;
      marked.push(k / 3);
      markedVerdicts.push(v);
    }
    // The article in lower case, made once and only where a word gets as far as the last test.
    let lowerText: string | undefined;
    for (let j = 0; j < marked.length; j++) {
      if (markedVerdicts[j] === ENGLISH_WORD) continue;
      const i = marked[j];
      const start = spans[3 * i];
      const end = spans[3 * i + 1];
      if (markedVerdicts[j] === BRAND) {
        if (SUBJECTS.has(wordBefore(text, start) ?? '')) continue;
        // A name in lower case is a slip in an English phrase too, and beside another unknown word.
        const word = wordAt(text, start, end);
        const name = BRANDS.get(word) as string;
        const title = { nl: `"${name}" schrijven`, en: `Write "${name}"` };
        ctx.report({ span: { start, end }, messageId: 'brand', args: { word, name }, fixes: [{ title, edits: [{ span: { start, end }, newText: name }], preferred: true }] });
        continue;
      }
      // The rest of a word broken at a line end ("verplich-" / "tingen"): the whole word is judged, joined,
      // or hyphenated where the break is the word's own hyphen ("e-" / "mail"); a finding covers both parts.
      const headStart = lineBreakHeadStart(text, start);
      let from = start;
      let word = wordAt(text, start, end);
      if (headStart >= 0) {
        const broken = wordAt(text, headStart, end);
        const joined = joinLineBreak(broken);
        const hyphenated = broken.replace(/-\r?\n[ \t]*/, '-');
        if (speller.isWord(joined) || ownWord(joined) || speller.isWord(hyphenated)) continue;
        from = headStart;
        word = joined;
      }
      // Read around an unknown word only: most words are known.
      if (inEnglishSentence(text, start, end) || inQuotedGloss(text, start, end)) continue;
      // Two unknown words in a row: an English phrase, a name in lower case, a title; not a typo.
      const prevClose = j > 0 && marked[j - 1] === i - 1 && /^[\s,]*$/.test(text.slice(spans[3 * i - 2], start));
      const nextClose = j + 1 < marked.length && marked[j + 1] === i + 1 && /^[\s,]*$/.test(text.slice(end, spans[3 * i + 3]));
      if (prevClose || nextClose || foreignNameBeside(text, start, end, speller)) continue;
      // "De fotoshoot ... de shoot": the last part of a known compound of the article, standing alone.
      if (headStart < 0 && knownCompoundTail(text, word, speller)) continue;
      if (nameInCapitals(text, (lowerText ??= text.toLowerCase()), word)) continue;
      ctx.report({ span: { start: from, end }, args: { word } });
    }
  },
};

/**
 * "BIZZLEWERK (bizzlewerk)": a word the article also writes in capitals, or with a capital inside it
 * ("BizzleWerk"), is a name; in lower case it is the same name (a handle, an address), not a typo. `hay` is `text`
 * in lower case, made once per article by the caller.
 */
export function nameInCapitals(text: string, hay: string, word: string): boolean {
  const lower = word.toLowerCase();
  for (let at = hay.indexOf(lower); at >= 0; at = hay.indexOf(lower, at + 1)) {
    const end = at + lower.length;
    if ((at > 0 && /[\p{L}\p{M}]/u.test(text[at - 1])) || (end < text.length && /[\p{L}\p{M}]/u.test(text[end]))) continue;
    if (/\p{Lu}/u.test(text.slice(at + 1, end))) return true;
  }
  return false;
}

// "Change of control", "Customer experience": beside a capitalised word that is no Dutch word either, an
// unknown word is part of a foreign term, not a typo. Capitalised words are not checked themselves (names).
const CAPITAL_BEFORE = /(\p{Lu}[\p{Ll}\p{M}]+)(?:[ \t]+(?:of|and|&|for|the))?[ \t]+$/u;
const CAPITAL_AFTER = /^[ \t]+(?:(?:of|and|&|for|the)[ \t]+)?(\p{Lu}[\p{Ll}\p{M}]+)/u;

export function foreignNameBeside(text: string, start: number, end: number, speller: Speller): boolean {
  const before = CAPITAL_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = CAPITAL_AFTER.exec(text.slice(end, end + 40))?.[1];
  return [before, after].some((w) => !!w && !speller.isWord(w) && !speller.isWord(w.toLowerCase()));
}
