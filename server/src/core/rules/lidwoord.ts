import type { BlockRule } from '../kit/rule';
import data from './data/lidwoorden.json';

const DE = new Set(data.de);
const HET = new Set(data.het);
const WITHOUT_ARTICLE = new Set(data.zonderLidwoord);
// A compound takes the gender of its last part ("Verwerkersovereenkomst" is a de-word); only long heads
// count, so that a short word cannot match the end of an unrelated one.
const MIN_HEAD = 6;
const MIN_PREFIX = 3;

// "het" or "de" as a whole word, blanks, then a whole word of letters not joined to more by a hyphen,
// an apostrophe or a slash ("het overeenkomst-nummer", "de werk- en rusttijden").
export const PAIR = /(?<![\p{L}\p{N}'’-])(het|de)[ \t]+(\p{L}+)(?![\p{L}\p{N}'’/-])/giu;
// PAIR without its groups, for test(): every "de" and "het" of the draft is a match, and an array with two
// captured strings for each was most of what the rule allocated. A match ends at lastIndex; its parts are
// read back from there (pairBefore).
const PAIR_END = /(?<![\p{L}\p{N}'’-])(?:het|de)[ \t]+\p{L}+(?![\p{L}\p{N}'’/-])/giu;

export interface ArticlePair {
  index: number;
  /** Where the noun starts; it ends at the end of the match. */
  nounAt: number;
  het: boolean;
}

/**
 * The PAIR match that ends at `end`: the noun is all letters, after the last blank; before the blanks stands
 * "het" or "de", told apart by their last letter (/iu folds no other character to "t" or "e").
 */
export function pairBefore(text: string, end: number): ArticlePair {
  let nounAt = end;
  while (nounAt > 0 && !isBlank(text.charCodeAt(nounAt - 1))) nounAt--;
  let articleEnd = nounAt;
  while (isBlank(text.charCodeAt(articleEnd - 1))) articleEnd--;
  const het = (text.charCodeAt(articleEnd - 1) | 32) === 116;
  return { index: articleEnd - (het ? 3 : 2), nounAt, het };
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** The PAIR matches of `text` as pairBefore reads them (lidwoord.test.ts holds them to PAIR's). */
export function articlePairs(text: string): Array<ArticlePair & { end: number }> {
  const out: Array<ArticlePair & { end: number }> = [];
  PAIR_END.lastIndex = 0;
  while (PAIR_END.test(text)) {
    const end = PAIR_END.lastIndex;
    out.push({ ...pairBefore(text, end), end });
  }
  return out;
}
// "voor zover het schade betreft": here "het" is a pronoun and the noun stands without article.
// A capitalised word right after the noun, on the same line.
const NEXT_CAPITAL = /^[ \t]+(\p{Lu}\p{L}*)/u;
// After the second word of a name: more of it, a capitalised word or one joined by "en", "van", "voor", "&".
const NAME_GOES_ON = /^(?:[ \t]+(?:(?:en|van|voor|der|de|&)[ \t]+)?\p{Lu}|-)/u;
// A Dutch plural ending ("Persoonsgegevens", "Diensten"): such a word takes "de", whatever its singular.
const DUTCH_PLURAL = /(?:en|ens|ers|els)$/;
// A lower-case word right after the noun, one blank away, not joined to more.
const NEXT_LOWER = /^ (\p{Ll}+)(?![\p{L}\p{N}'’/-])/u;
// Vowels that a joined compound would read as one sound get a hyphen between its parts ("zee-egel").
const CLASH = /^(?:aa|ae|ai|au|ee|ei|eu|ie|oe|oi|oo|ou|ui|uu)$/;
const CLAUSE_ABOUT = /^[^.;:!?]*?\b(?:betreft|betreffen|aangaat|aangaan)\b/iu;

// Every "de"/"het" of a draft asks for the word after it, mostly the same few hundred words: each is
// looked up once (the lists are fixed), not lower-cased and cut into heads again at every use.
const GENDERS = new Map<string, 'de' | 'het' | null>();

/** The gender a noun is known to have, by the word itself or by its last part. */
export function genderOf(word: string): 'de' | 'het' | undefined {
  let gender = GENDERS.get(word);
  if (gender === undefined) {
    if (GENDERS.size >= 50_000) GENDERS.clear();
    GENDERS.set(word, (gender = lookUpGender(word) ?? null));
  }
  return gender ?? undefined;
}

function lookUpGender(word: string): 'de' | 'het' | undefined {
  const lower = word.toLowerCase();
  if (DE.has(lower)) return 'de';
  if (HET.has(lower)) return 'het';
  for (let cut = MIN_PREFIX; lower.length - cut >= MIN_HEAD; cut++) {
    const head = lower.slice(cut);
    if (DE.has(head)) return 'de';
    if (HET.has(head)) return 'het';
  }
  return undefined;
}

/**
 * A definite article that does not fit the gender of the noun right after it: "het Overeenkomst",
 * "de contract". Only nouns of one certain gender (rules/data/lidwoorden.json) and only the article
 * directly before the noun, so an adjective in between or a pronoun "het" is no finding.
 */
export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'lidwoord',
    category: 'taal',
    defaultSeverity: 'information',
    title: { nl: 'Verkeerd lidwoord', en: 'Wrong article' },
    // The same wrong article before the same noun is one habit.
    habit: { key: 'words' },
    messages: {
      default: {
        nl: '"{noun}" is een {gender}-woord: schrijf "{right} {noun}", niet "{found} {noun}".',
        en: '"{noun}" takes the article "{gender}": write "{right} {noun}", not "{found} {noun}".',
      },
      splitCompound: {
        nl: '"{noun} {head}" is één samenstelling en krijgt het lidwoord van "{head}": schrijf "{found} {joined}".',
        en: '"{noun} {head}" is one compound and takes the article of "{head}": write "{found} {joined}".',
      },
    },
  },
  check(block, ctx) {
    const text = block.text;
    // A test() loop: every "de" and "het" of the draft is a match (see PAIR_END).
    PAIR_END.lastIndex = 0;
    while (PAIR_END.test(text)) {
      const matchEnd = PAIR_END.lastIndex;
      const { index, nounAt, het } = pairBefore(text, matchEnd);
      const noun = text.slice(nounAt, matchEnd);
      const lowerArticle = het ? 'het' : 'de';
      const gender = genderOf(noun);
      if (!gender || gender === lowerArticle) continue;
      const article = text.slice(index, index + lowerArticle.length);
      // "De Project Overeenkomst": a name of two capitalised nouns whose second one takes the article found
      // (its head); "het Autoriteit Persoonsgegevens" still counts, as "Persoonsgegevens" decides nothing.
      const next = NEXT_CAPITAL.exec(text.slice(nounAt + noun.length, nounAt + noun.length + 64));
      if (/^\p{Lu}/u.test(noun) && next && genderOf(next[1]) === lowerArticle) continue;
      // "het Overmacht Event": a name of two capitalised words whose second one, of a gender the list does not
      // know (a loanword), may be its head and take the article found. A longer name ("het Autoriteit Consument
      // en Markt") has its head in front, and a plural second word takes "de" and so cannot explain "het".
      if (/^\p{Lu}/u.test(noun) && next && genderOf(next[1]) === undefined && !(lowerArticle === 'het' && DUTCH_PLURAL.test(next[1]))) {
        const rest = text.slice(nounAt + noun.length + next[0].length, nounAt + noun.length + next[0].length + 64);
        if (!NAME_GOES_ON.test(rest)) continue;
      }
      if (lowerArticle === 'het') {
        if (WITHOUT_ARTICLE.has(noun.toLowerCase()) && CLAUSE_ABOUT.test(text.slice(nounAt, nounAt + 200))) continue;
      } else if (/^\p{Lu}/u.test(noun) && /\bvan[ \t]+$/iu.test(text.slice(Math.max(0, index - 8), index))) {
        continue; // a surname: "Van de Water"
      }
      // "het factuur bedrag": the article belongs to the last noun of a compound written apart, which needs
      // joining, not another article.
      const after = NEXT_LOWER.exec(text.slice(nounAt + noun.length, nounAt + noun.length + 64));
      if (after && genderOf(after[1]) === lowerArticle) {
        const head = after[1];
        const joined = noun + (CLASH.test(noun.slice(-1) + head[0]) ? '-' : '') + head;
        const end = nounAt + noun.length + 1 + head.length;
        ctx.report({
          span: { start: index, end },
          messageId: 'splitCompound',
          args: { noun, head, joined, found: article },
          fixes: [
            {
              title: { nl: `Schrijf "${joined}"`, en: `Write "${joined}"` },
              edits: [{ span: { start: nounAt, end }, newText: joined }],
              preferred: true,
            },
          ],
        });
        continue;
      }
      const right = /^\p{Lu}/u.test(article) ? gender[0].toUpperCase() + gender.slice(1) : gender;
      const span = { start: index, end: nounAt + noun.length };
      ctx.report({
        span,
        args: { noun, gender, right, found: article },
        fixes: [
          {
            title: { nl: `Vervang "${article}" door "${right}"`, en: `Replace "${article}" with "${right}"` },
            edits: [{ span: { start: index, end: index + article.length }, newText: right }],
            preferred: true,
          },
        ],
      });
    }
  },
};
