import type { BlockRule } from './rule';
import data from './data/spelling.json';
import { matchesNear, triggerWords } from '../engine/text';

interface Entry {
  wrong: string;
  right: string;
  why: { nl: string; en: string };
}

const entries = data.entries as Entry[];
const byWrong = new Map(entries.map((e) => [e.wrong.toLowerCase(), e]));
// One alternation of literal phrases: linear, and one pass over the block for the whole list.
const ALTERNATION = entries.map((e) => e.wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+')).join('|');
export const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALTERNATION})(?![\\p{L}\\p{N}])`, 'giu');

/**
 * Every match starts with an entry's first word, followed by a blank when the entry has more words:
 * PATTERN is tried only where one of those occurs (spelling.test.ts proves it).
 */
export const START_WORDS = [
  ...new Set(
    entries.flatMap((e) => {
      const [first, ...rest] = e.wrong.toLowerCase().split(' ');
      return rest.length ? [`${first} `, `${first}\t`] : [first];
    }),
  ),
];
const START = triggerWords(START_WORDS);

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'spelling',
    category: 'taal',
    defaultSeverity: 'warning',
    title: { nl: 'Spelfout in juridisch Nederlands', en: 'Misspelling in legal Dutch' },
    messages: {
      default: {
        nl: '"{found}" schrijf je als "{right}". {why}',
        en: '"{found}" should be written "{right}". {why}',
      },
    },
  },
  check(block, ctx) {
    for (const m of matchesNear(block, PATTERN, START, 0)) {
      const found = m[0];
      const entry = byWrong.get(found.toLowerCase().replace(/[ \t]+/g, ' '));
      if (!entry) continue;
      const right = /^\p{Lu}/u.test(found) ? entry.right[0].toUpperCase() + entry.right.slice(1) : entry.right;
      const span = { start: m.index, end: m.index + found.length };
      ctx.report({
        span,
        args: { found, right, why: entry.why },
        fixes: [{ title: { nl: `Vervang door "${right}"`, en: `Replace with "${right}"` }, edits: [{ span, newText: right }], preferred: true }],
      });
    }
  },
};
