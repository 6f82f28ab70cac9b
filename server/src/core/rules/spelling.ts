import type { BlockRule } from './rule';
import data from './data/spelling.json';

interface Entry {
  wrong: string;
  right: string;
  why: { nl: string; en: string };
}

const entries = data.entries as Entry[];
const byWrong = new Map(entries.map((e) => [e.wrong.toLowerCase(), e]));
// One alternation of literal phrases: linear, and one pass over the block for the whole list.
const ALTERNATION = entries.map((e) => e.wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+')).join('|');
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALTERNATION})(?![\\p{L}\\p{N}])`, 'giu');

const CANDIDATE = new RegExp(`(?:${ALTERNATION})`, 'iu');

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
    // Most articles have none of the phrases: the alternation without the boundary look-arounds is
    // several times faster and matches wherever PATTERN does, so it decides whether to look closer.
    if (!CANDIDATE.test(block.text)) return;
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(block.text); m; m = PATTERN.exec(block.text)) {
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
