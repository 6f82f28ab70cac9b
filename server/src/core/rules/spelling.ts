import type { BlockRule } from '../kit/rule';
import { outsideFrontMatter } from '../spelling/frontMatter';
import data from './data/spelling.json';
import { matchesNear, phraseStartWords, triggerWords } from '../text/triggerWords';
import { doubledLegalForms, doubledStops, doubledWords, repeatedCoordinations } from '../spelling/doubled';
import { verbEndings, wordWithoutT } from '../spelling/verbEndings';
import { missingInfinitives } from '../spelling/infinitive';
import { letterRunsOf } from '../text/letterRuns';
import { stateVerbs } from '../spelling/stateVerb';
import { droppedAuxiliaries } from '../spelling/droppedAuxiliary';
import { joinedWords } from '../spelling/joinedWords';
import { splitParticiples } from '../spelling/splitParticiple';

interface Entry {
  wrong: string;
  right: string;
  why: { nl: string; en: string };
  /** Preceding words after which the phrase is correct ("een plaats vinden"). */
  unlessAfter?: string[];
  /** The phrase is wrong only after one of these words or before one of `onlyBefore` (either suffices). */
  onlyAfter?: string[];
  onlyBefore?: string[];
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
export const START_WORDS = phraseStartWords(entries.map((e) => e.wrong));
const START = triggerWords(START_WORDS);

/**
 * The entries with more words whose first word ("te", "ten") is no entry of its own, with the second
 * words that may follow it; only plain a-z words, which /iu folds simply (see foldsTo).
 */
const FOLLOWERS: Array<{ first: string; seconds: string[] }> = [];
{
  const single = new Set(entries.map((e) => e.wrong.toLowerCase()).filter((w) => !w.includes(' ')));
  const seconds = new Map<string, string[]>();
  for (const e of entries) {
    const [first, second] = e.wrong.toLowerCase().split(' ');
    if (second !== undefined) seconds.set(first, [...(seconds.get(first) ?? []), second]);
  }
  for (const [first, list] of seconds) {
    if (!single.has(first) && /^[a-z]+$/.test(first) && list.every((w) => /^[a-z]+$/.test(w))) FOLLOWERS.push({ first, seconds: list });
  }
}

/** Whether text at `at` holds the a-z word as /iu reads it: a letter or its capital, K for "k", long s for "s". */
function foldsTo(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(at + i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x212a) c = 107;
    else if (c === 0x17f) c = 115;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * A necessary condition for a PATTERN match at `at`, cheap to test: no ASCII letter or digit right
 * before it (the look-behind), and after a first word such as "te" or "ten" one of its second words
 * ("alle", "allen"). "te" and "ten" are frequent words: without this the pattern was tried at each
 * (spelling.test.ts proves that nothing is missed).
 */
export function mayStartAt(text: string, at: number): boolean {
  if (at > 0) {
    const c = text.charCodeAt(at - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return false;
  }
  for (const { first, seconds } of FOLLOWERS) {
    let j = at + first.length;
    if (j >= text.length || !isBlank(text.charCodeAt(j)) || !foldsTo(text, at, first)) continue;
    while (j < text.length && isBlank(text.charCodeAt(j))) j++;
    for (const w of seconds) if (foldsTo(text, j, w)) return true;
    return false;
  }
  return true;
}

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'spelling',
    category: 'taal',
    defaultSeverity: 'warning',
    title: { nl: 'Spelfout in juridisch Nederlands', en: 'Misspelling in legal Dutch' },
    // One misspelling is one habit, wherever it recurs: the same wrong words, whatever their case.
    habit: { key: 'words' },
    messages: {
      default: {
        nl: '"{found}" schrijf je als "{right}". {why}',
        en: '"{found}" should be written "{right}". {why}',
      },
      doubled: {
        nl: '"{word}" staat hier twee keer achter elkaar.',
        en: '"{word}" appears twice in a row.',
      },
      stop: {
        nl: 'Hier staan twee punten achter elkaar.',
        en: 'Two full stops in a row.',
      },
      infinitive: {
        nl: 'Na "te kunnen" volgt een werkwoord: "{right}", niet "{found}".',
        en: 'After "te kunnen" a verb follows: "{right}", not "{found}".',
      },
      decomposed: {
        nl: 'De letter "{composed}" staat hier als losse letter met los teken (ontlede Unicode); zoeken naar "{composed}" vindt haar niet.',
        en: 'The letter "{composed}" is stored here as a letter plus a separate mark (decomposed Unicode); a search for "{composed}" does not find it.',
      },
      decomposedMore: {
        nl: 'De letter "{composed}" staat hier als losse letter met los teken (ontlede Unicode), en dat komt in dit artikel nog {others} keer voor; zoeken naar "{composed}" vindt deze plaatsen niet.',
        en: 'The letter "{composed}" is stored here as a letter plus a separate mark (decomposed Unicode); this article has {others} more of these, and a search for "{composed}" does not find them.',
      },
      lookalike: {
        nl: 'Hier staat niet "{composed}" maar een teken dat er alleen op lijkt ({code}); zoeken naar "{composed}" vindt het niet. Vervang het door "{composed}".',
        en: 'This is not "{composed}" but a character that only looks like it ({code}); a search for "{composed}" does not find it. Replace it with "{composed}".',
      },
      lookalikeMore: {
        nl: 'Hier staat niet "{composed}" maar een teken dat er alleen op lijkt ({code}), en dat komt in dit artikel nog {others} keer voor; zoeken naar "{composed}" vindt deze plaatsen niet. Vervang ze door het gewone teken.',
        en: 'This is not "{composed}" but a character that only looks like it ({code}); this article has {others} more of these, and a search for "{composed}" does not find them. Replace them with the ordinary character.',
      },
      coordination: {
        nl: '"{phrase}" verbindt twee keer hetzelfde woord; waarschijnlijk is een van beide een ander woord.',
        en: '"{phrase}" joins the same word twice; one of them is probably meant to be another word.',
      },
      verb: {
        nl: 'Na "{subject}" schrijf je de persoonsvorm "{right}", niet "{found}" (stam + t).',
        en: 'After "{subject}" the finite verb is "{right}", not "{found}" (stem + t).',
      },
      wordt: {
        nl: 'Hier hoort bij "word" geen "ik": de persoonsvorm is "wordt" (stam + t).',
        en: 'No "ik" goes with "word" here: the finite verb is "wordt" (stem + t).',
      },
      woord: {
        nl: 'Na "{article}" is "word" een zelfstandig naamwoord, geen persoonsvorm: schrijf "woord".',
        en: 'After "{article}", "word" is a noun, not a verb: write "woord" (Dutch for "word").',
      },
      stateVerb: {
        nl: 'Hier is "verkeerd" de persoonsvorm van "verkeren" (in een toestand verkeren): schrijf "verkeert" (stam + t), of "verkeren" bij een meervoudig onderwerp.',
        en: 'Here "verkeerd" is the finite verb of "verkeren" (to be in a state): write "verkeert" (stem + t), or "verkeren" after a plural subject.',
      },
      auxiliary: {
        nl: 'Deze zin mist zijn persoonsvorm: na "{subject}" volgen "al" en een infinitief. Waarschijnlijk is "{right}" bedoeld.',
        en: 'This sentence lacks its finite verb: "{subject}" is followed by "al" and an infinitive. "{right}" is probably meant.',
      },
      particle: {
        nl: '"{found}" is het voltooid deelwoord van een scheidbaar werkwoord; dat schrijf je aaneen: "{right}".',
        en: '"{found}" is the past participle of a separable verb, written as one word: "{right}".',
      },
      joined: {
        nl: '"{found}" zijn twee woorden: "{right}".',
        en: '"{found}" is two words: "{right}".',
      },
    },
  },
  check(block, draftCtx) {
    // Front matter is the file's metadata, not text of the draft.
    const ctx = outsideFrontMatter(block, draftCtx);
    for (const m of matchesNear(block, PATTERN, START, 0, mayStartAt)) {
      const found = m[0];
      const entry = byWrong.get(found.toLowerCase().replace(/[ \t]+/g, ' '));
      if (!entry || !fitsContext(entry, block.text, m.index, m.index + found.length)) continue;
      const right = /^\p{Lu}/u.test(found) ? entry.right[0].toUpperCase() + entry.right.slice(1) : entry.right;
      const span = { start: m.index, end: m.index + found.length };
      ctx.report({
        span,
        args: { found, right, why: entry.why },
        fixes: [{ title: { nl: `Vervang door "${right}"`, en: `Replace with "${right}"` }, edits: [{ span, newText: right }], preferred: true }],
      });
    }
    for (const d of doubledWords(block.text, letterRunsOf(block))) {
      const span = { start: d.start, end: d.end };
      ctx.report({
        span,
        messageId: 'doubled',
        args: { word: d.word },
        fixes: [{ title: { nl: `Verwijder het tweede "${d.word}"`, en: `Remove the second "${d.word}"` }, edits: [{ span: { start: d.removeFrom, end: d.end }, newText: '' }], preferred: true }],
      });
    }
    for (const d of doubledLegalForms(block.text)) {
      ctx.report({
        span: { start: d.start, end: d.end },
        messageId: 'doubled',
        args: { word: d.word },
        fixes: [{ title: { nl: `Verwijder het tweede "${d.word}"`, en: `Remove the second "${d.word}"` }, edits: [{ span: { start: d.removeFrom, end: d.removeTo }, newText: '' }], preferred: true }],
      });
    }
    for (const d of doubledStops(block.text)) {
      ctx.report({
        span: { start: d.start, end: d.end },
        messageId: 'stop',
        fixes: [{ title: { nl: 'Verwijder de tweede punt', en: 'Remove the second full stop' }, edits: [{ span: { start: d.removeFrom, end: d.removeTo }, newText: '' }], preferred: true }],
      });
    }
    // A converted draft may hold hundreds: one finding per article, whose fix composes them all.
    // The engine analyses the composed text (text/nfc.ts) and names the letters it composed.
    // Not in a comment, which block.text holds as spaces; the fix replaces the letters alone.
    // A single character that NFC replaces by another (U+037E by ";", the Kelvin sign by "K") is no decomposed
    // letter but a look-alike: reported apart, with its code point.
    const changed = (ctx.decomposed ?? []).filter((d) => /\S/.test(block.text.slice(d.start, d.end)));
    for (const [pieces, one, more] of [
      [changed.filter((d) => !isLookalike(d.original)), 'decomposed', 'decomposedMore'],
      [changed.filter((d) => isLookalike(d.original)), 'lookalike', 'lookalikeMore'],
    ] as const) {
      if (!pieces.length) continue;
      const [d] = pieces;
      const composed = block.text.slice(d.start, d.end);
      ctx.report({
        span: { start: d.start, end: d.end },
        messageId: pieces.length > 1 ? more : one,
        args: { composed, others: pieces.length - 1, code: codePoints(d.original) },
        fixes: [
          {
            title: one === 'decomposed' ? { nl: 'Schrijf als samengestelde letters', en: 'Write as composed letters' } : { nl: `Vervang door "${composed}"`, en: `Replace with "${composed}"` },
            edits: pieces.map((x) => ({ span: { start: x.start, end: x.end }, newText: block.text.slice(x.start, x.end) })),
            preferred: true,
          },
        ],
      });
    }
    for (const c of repeatedCoordinations(block.text)) {
      ctx.report({ span: { start: c.start, end: c.end }, messageId: 'coordination', args: { phrase: block.text.slice(c.start, c.end) } });
    }
    // The sentence forms: each finding's quick fixes replace the words by the right ones (the first preferred).
    const replace = (at: { start: number; end: number }, messageId: string, args: Record<string, string>, rights: string[]) => {
      const span = { start: at.start, end: at.end };
      ctx.report({
        span,
        messageId,
        args,
        fixes: rights.map((right, i) => ({ title: { nl: `Vervang door "${right}"`, en: `Replace with "${right}"` }, edits: [{ span, newText: right }], preferred: i === 0 })),
      });
    };
    for (const v of stateVerbs(block.text)) replace(v, 'stateVerb', {}, ['verkeert', 'verkeren']);
    for (const w of wordWithoutT(block.text)) {
      if (w.article) replace(w, 'woord', { article: w.article }, ['woord']);
      else replace(w, 'wordt', {}, ['wordt']);
    }
    if (ctx.speller) {
      for (const v of droppedAuxiliaries(block.text, ctx.speller)) replace(v, 'auxiliary', { subject: v.subject, right: v.right }, [v.right]);
      for (const j of joinedWords(block.text, ctx.speller)) replace(j, 'joined', { found: j.found, right: j.right }, [j.right]);
      for (const p of splitParticiples(block.text, letterRunsOf(block), ctx.speller)) replace(p, 'particle', { found: p.found, right: p.right }, [p.right]);
      for (const v of verbEndings(block.text, ctx.speller)) replace(v, 'verb', { found: v.found, right: v.right, subject: v.subject }, [v.right]);
      for (const v of missingInfinitives(block, ctx.speller)) replace(v, 'infinitive', { found: v.found, right: v.right }, [v.right]);
    }
  },
};

/** The words before and after a match, for the entries that are wrong only in some contexts. */
function fitsContext(entry: Entry, text: string, start: number, end: number): boolean {
  if (!entry.unlessAfter && !entry.onlyAfter && !entry.onlyBefore) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  const prev = /(\p{L}+)[^\p{L}]*$/u.exec(before);
  const prevWord = prev?.[1].toLowerCase();
  if (prevWord && entry.unlessAfter?.includes(prevWord)) return false;
  if (!entry.onlyAfter && !entry.onlyBefore) return true;
  const after = text.slice(end, end + 40);
  const next = /^([^\p{L}\p{N}]*)([\p{L}\p{N}]+)/u.exec(after);
  const gap = next?.[1] ?? after;
  const nextWord = next?.[2];
  const afterOk = entry.onlyAfter?.some((w) => (w === '#hyphen' ? /\p{L}-[ \t]*$/u.test(before) : w === prevWord)) ?? false;
  const beforeOk =
    entry.onlyBefore?.some((w) => {
      if (w === '#comma') return /^\s*,/.test(after);
      if (w === '#punct') return /^\s*[,.;:!?)]/.test(after);
      if (!nextWord || !/^[ \t]*$/.test(gap)) return false;
      if (w === '#digit') return /^\p{N}/u.test(nextWord);
      if (w === '#Capital') return /^\p{Lu}/u.test(nextWord);
      return w === nextWord.toLowerCase();
    }) ?? false;
  return afterOk || beforeOk;
}

/** One character with no combining mark that NFC replaces (U+037E, U+0387, U+212A, U+212B …): a look-alike. */
function isLookalike(original: string): boolean {
  const cps = [...original];
  return cps.length === 1 && !/\p{M}/u.test(original);
}

/** "U+037E": the code points of a piece of text. */
function codePoints(s: string): string {
  return [...s].map((c) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(' ');
}
