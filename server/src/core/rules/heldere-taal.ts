import type { BlockRule } from '../kit/rule';
import data from './data/heldere-taal.json';
import { matchesNear, phraseStartWords, triggerWords } from '../text/triggerWords';

interface Entry {
  word: string;
  plain: string[];
}

const entries = data.entries as Entry[];
const byWord = new Map(entries.map((e) => [e.word.toLowerCase(), e]));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// One alternation of literal phrases (longest first), tried only where a phrase's first word occurs.
export const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${[...entries]
    .sort((a, b) => b.word.length - a.word.length)
    .map((e) => escape(e.word).replace(/ /g, '[ \\t]+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

export const START_WORDS = phraseStartWords(entries.map((e) => e.word));
// A group of its own: the rule is off by default, and an analysis without it does not look for these words.
const START = triggerWords(START_WORDS, 'heldere-taal');

function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word[0].toUpperCase() + word.slice(1) : word;
}

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'heldere-taal',
    category: 'taal',
    defaultSeverity: 'information',
    enabledByDefault: false,
    title: { nl: 'Stijf juridisch taalgebruik', en: 'Stiff legalese' },
    messages: {
      default: {
        nl: '"{found}" is ouderwets juridisch taalgebruik; schrijf "{plain}". Heldere taal maakt voorwaarden beter leesbaar, en tegenover een consument moeten bedingen duidelijk en begrijpelijk zijn (artikel 6:238 lid 2 BW).',
        en: '"{found}" is old-fashioned legalese; write "{plain}". Plain language makes terms easier to read, and toward a consumer clauses must be clear and intelligible (article 6:238(2) BW).',
      },
    },
  },
  check(block, ctx) {
    for (const m of matchesNear(block, PATTERN, START, 0)) {
      const found = m[0];
      const entry = byWord.get(found.toLowerCase().replace(/[ \t]+/g, ' '));
      if (!entry) continue;
      const span = { start: m.index, end: m.index + found.length };
      const options = entry.plain.map((p) => matchCase(p, found));
      ctx.report({
        span,
        args: { found, plain: options.join('" of "') },
        fixes: options.map((o, i) => ({
          title: { nl: `Vervang door "${o}"`, en: `Replace with "${o}"` },
          edits: [{ span, newText: o }],
          preferred: i === 0 && options.length === 1,
        })),
      });
    }
  },
};
