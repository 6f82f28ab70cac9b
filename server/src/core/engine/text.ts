// Text helpers shared by the content rules: paragraphs, sentences and who a sentence is about.
// All scans are linear; results are memoised per Block object, so the rules of one analysis that
// look at the same article split it once.
import type { Block } from '../model/types';
import { isLetterUnit, isSpaceUnit } from '../text/letters';
import { citationsWithin, findCitations, type Citation } from '../model/citations';
import { WordAutomaton } from '../text/wordAutomaton';
import { firstAtLeast } from '../text/search';
import { gatesOpen } from '../text/gates';

/**
 * A paragraph or sentence: text[start, end) of its block. Rules read the text of the few pieces a
 * match falls in (pieceAt), so it is cut on first use, not for every piece.
 */
export class Piece {
  readonly #source: string;
  #text: string | undefined;
  constructor(
    source: string,
    readonly start: number,
    readonly end: number,
  ) {
    this.#source = source;
  }
  get text(): string {
    return (this.#text ??= this.#source.slice(this.start, this.end));
  }
}

// A new paragraph starts at a blank line, a heading, a comment, or a line that opens with a clause
// number ("3.1", "1.", "a.", "b)", "(c)", "-"). Wrapped lines of one clause stay together. Sticky, tried
// at each line start in the whole text: none of its classes matches a line break, so it reads exactly
// what it would read in the line alone.
const PARAGRAPH_START = /[ \t]{0,12}(?:#{1,6}[ \t]|<!--|(?:artikel|art\.)[ \t]{0,4}\d|\d{1,4}(?:\.\d{1,4}){0,5}\.?[ \t]|\(?[a-z]{1,2}[.)][ \t]|[*+•-][ \t])/iy;

const paragraphCache = new WeakMap<Block, Piece[]>();
const sentenceCache = new WeakMap<Block, Piece[]>();
const lowerCache = new WeakMap<Block, string>();

export function paragraphsOf(block: Block): Piece[] {
  let out = paragraphCache.get(block);
  if (!out) {
    out = paragraphs(block.text);
    paragraphCache.set(block, out);
  }
  return out;
}

export function sentencesOf(block: Block): Piece[] {
  let out = sentenceCache.get(block);
  if (!out) {
    out = [];
    for (const p of paragraphsOf(block)) sentencesInto(out, block.text, p.start, p.end);
    sentenceCache.set(block, out);
  }
  return out;
}

/**
 * The block's text in lower case, for literal gates: `lowerOf(b).includes('opschort')` before a /i
 * pattern that needs that word. Long s (U+017F) becomes "s", as /iu case folding sees it (the Kelvin
 * sign already lower-cases to "k"). Offsets may differ from the text's (U+0130 lower-cases to two
 * units), so use it to decide whether to look, never where.
 */
function lowerOf(block: Block): string {
  let out = lowerCache.get(block);
  if (out === undefined) {
    out = lowerForGates(block.text);
    lowerCache.set(block, out);
  }
  return out;
}

export function lowerForGates(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017f') ? lower.replace(/\u017f/g, 's') : lower;
}

/**
 * Rules test a whole sentence or paragraph for each match inside it. Real ones are short; a megabyte
 * without a full stop is not, and would make those tests quadratic. So pieces are cut at white space
 * into parts of at most this length, which keeps every rule linear.
 */
export const MAX_PIECE = 1500;

function pushBounded(out: Piece[], text: string, start: number, end: number) {
  while (end - start > MAX_PIECE) {
    let cut = start + MAX_PIECE;
    const space = text.lastIndexOf(' ', cut);
    if (space > start + MAX_PIECE / 2) cut = space + 1;
    out.push(new Piece(text, start, cut));
    start = cut;
  }
  if (end > start) out.push(new Piece(text, start, end));
}

/** Paragraphs of text: one pass over its lines, no per-line strings. */
export function paragraphs(text: string): Piece[] {
  const out: Piece[] = [];
  let start = -1;
  let end = -1;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const lineEnd = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (isBlank(text, pos, lineEnd)) {
      if (start >= 0) pushBounded(out, text, start, end);
      start = -1;
    } else {
      PARAGRAPH_START.lastIndex = pos;
      if (start >= 0 && PARAGRAPH_START.test(text)) {
        pushBounded(out, text, start, end);
        start = -1;
      }
      if (start < 0) start = pos;
      end = lineEnd;
    }
    pos = nl + 1;
  }
  if (start >= 0) pushBounded(out, text, start, end);
  return out;
}

/** Whether text[from, to) is white space only, as String.prototype.trim sees it. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceUnit(text.charCodeAt(i))) return false;
  return true;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'art', 'artt', 'nr', 'nrs', 'lid', 'bijv', 'bv', 'nv', 'jo', 'resp', 'ca', 'etc', 'enz', 'o', 'a', 'i', 'e', 'b', 'v', 'n', 'c', 'q',
  'm', 't', 'z', 's', 'd', 'w', 'h', 'p', 'sub', 'min', 'max', 'incl', 'excl', 'evt', 'vgl', 'zgn', 'ong', 'mr', 'dhr', 'mevr', 'st', 'stb', 'stcrt',
]);
// Lower-casing never shortens a string, so a longer word cannot be one of them.
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Sentences of text[from, to): split after . ! ? followed by white space and a capital, digit or quote. */
export function sentences(text: string, from = 0, to = text.length): Piece[] {
  const out: Piece[] = [];
  sentencesInto(out, text, from, to);
  return out;
}

// Candidate ends: a stop and a space. A plain (not /u) class scan is much faster than a JS loop over
// every character; the rest of the look-ahead is checked in sentenceStartFollows.
const STOP_SPACE = /[.!?][ \t\r\n\u00a0]/g;

// One pass; the abbreviation check looks back at most eight letters.
function sentencesInto(out: Piece[], text: string, from: number, to: number): void {
  let start = from;
  while (start < to && isSpace(text.charCodeAt(start))) start++;
  // Scanned in the range only (a slice shares the text's characters), so the scan cannot run on past it.
  const range = from === 0 && to === text.length ? text : text.slice(from, to);
  STOP_SPACE.lastIndex = start - from;
  while (STOP_SPACE.test(range)) {
    // Every match is two units long; test() builds no match object.
    const at = STOP_SPACE.lastIndex - 2;
    const i = at + from;
    // The stop's own space is looked at again as the start of the run.
    STOP_SPACE.lastIndex = at + 1;
    if (!sentenceStartFollows(text, i + 1, to)) continue;
    if (text.charCodeAt(i) === 46) {
      let k = i;
      while (k > start && i - k < 8 && isLetterUnit(text.charCodeAt(k - 1))) k--;
      if (i - k <= LONGEST_ABBREVIATION) {
        const word = text.slice(k, i).toLowerCase();
        if (ABBREVIATIONS.has(word)) continue;
        // "B.V." and "o.a.": an abbreviation with inner full stops.
        if (k > start && text.charCodeAt(k - 1) === 46 && word.length <= 2) continue;
      }
    }
    pushBounded(out, text, start, i + 1);
    start = i + 1;
    while (start < to && isSpace(text.charCodeAt(start))) start++;
  }
  if (start < to) {
    let end = to;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) pushBounded(out, text, start, end);
  }
}

const CAPITAL = /^\p{Lu}$/u;

/**
 * What /(?=[ \t\r\n\u00a0]{1,40}[\p{Lu}\d"'‘“(])/u sees at j in text[0, to): one to forty spaces, then a
 * capital (a code point, as /u reads it), digit, quote or opening parenthesis.
 */
function sentenceStartFollows(text: string, j: number, to: number): boolean {
  let p = j;
  while (p < to && p - j <= 40 && isSpace(text.charCodeAt(p))) p++;
  const run = p - j;
  if (run < 1 || run > 40 || p >= to) return false;
  const c = text.charCodeAt(p);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40;
  if (c === 0x2018 || c === 0x201c) return true;
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < to) {
    const d = text.charCodeAt(p + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return CAPITAL.test(text.slice(p, p + 2));
  }
  return c >= 0xd800 && c <= 0xdfff ? false : CAPITAL.test(String.fromCharCode(c));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** The piece that contains offset, if any (pieces sorted by start). */
export function pieceAt(pieces: Piece[], offset: number): Piece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid];
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}

// The counterparty of the user of the terms, in the words drafts use for it.
const CLIENT_WORDS = /(?<![\p{L}\p{N}])(?:Opdrachtgever|Opdrachtgevers|Klant|Klanten|Afnemer|Afnemers|Consument|Consumenten|Koper|Kopers|Wederpartij|Cliënt|Client|Abonnee|Abonnees|Deelnemer|Deelnemers|Huurder|Gebruiker van de Dienst|u|U|je|Je|jij|Jij)(?![\p{L}\p{N}])/gu;
// The user of the terms: known role names and short all-capital company names (BCS, ABC).
const USER_WORDS = /(?<![\p{L}\p{N}])(?:Leverancier|Opdrachtnemer|Ondernemer|Verkoper|Dienstverlener|Aanbieder|Verhuurder|Gebruiker|Wij|wij|We|we|Ons|ons|[A-Z]{2,6})(?![\p{L}\p{N}])/gu;

export type Party = 'client' | 'user' | undefined;
export { CLIENT_WORDS, USER_WORDS };

// All capitals that name no party.
const NOT_PARTIES = new Set(['BW', 'AVG', 'CBS', 'SLA', 'BTW', 'EUR', 'KVK']);
// Sticky copies, tried only where a match can start: every alternative of CLIENT_WORDS begins with a
// capital A-Z, "u" or "j"; of USER_WORDS with a capital, "w" or "o" (no /i flag); and the look-behind
// fails right after an ASCII letter or digit. Much cheaper than trying both at every position.
const CLIENT_AT = new RegExp(CLIENT_WORDS.source, 'uy');
const USER_AT = new RegExp(USER_WORDS.source, 'uy');

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The index of the first (`first`) or last match of the sticky pattern in text, as a global scan finds
 * them (left to right, each search after the previous match); -1 if none. With `skipCodes`, matches in
 * NOT_PARTIES do not count.
 */
function partyMatch(re: RegExp, text: string, lowA: number, lowB: number, first: boolean, skipCodes: boolean): number {
  let found = -1;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || c === lowA || c === lowB)) continue;
    if (i > 0 && isAsciiAlnum(text.charCodeAt(i - 1))) continue;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    i += m[0].length - 1;
    if (skipCodes && NOT_PARTIES.has(m[0])) continue;
    found = i + 1 - m[0].length;
    if (first) break;
  }
  return found;
}

// Lower-case letters that start a party word: u, j (client), w, o (user).
const LOW_U = 117;
const LOW_J = 106;
const LOW_W = 119;
const LOW_O = 111;

/** Who the words before `at` in `text` (a sentence) speak of: the last party named before it. */
export function partyBefore(text: string, at: number, window = 160): Party {
  const from = Math.max(0, at - window);
  const slice = text.slice(from, at);
  const lastClient = partyMatch(CLIENT_AT, slice, LOW_U, LOW_J, false, false);
  const lastUser = partyMatch(USER_AT, slice, LOW_W, LOW_O, false, true);
  if (lastClient < 0 && lastUser < 0) return undefined;
  return lastClient > lastUser ? 'client' : 'user';
}

/** The first party named in a sentence: usually its subject. */
export function subjectOf(text: string): Party {
  const c = partyMatch(CLIENT_AT, text, LOW_U, LOW_J, true, false);
  const u = partyMatch(USER_AT, text, LOW_W, LOW_O, true, true);
  if (c < 0 && u < 0) return undefined;
  if (c >= 0 && (u < 0 || c < u)) return 'client';
  return 'user';
}

/** Months in "zes (6) maanden", "3 maanden", "twee jaar", "14 dagen", "vier weken"; undefined if none. */
export function durationInMonths(amount: number, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('jaar') || u.startsWith('jaren')) return amount * 12;
  if (u.startsWith('maand')) return amount;
  if (u.startsWith('week') || u.startsWith('weken')) return (amount * 7) / 30.4;
  if (u.startsWith('werkdag')) return (amount * 1.4) / 30.4;
  return amount / 30.4; // dagen
}

import { wordToNumber } from '../rules/numberWords';

// "zes (6) maanden", "6 (zes) maanden", "(6) zes maanden", "zes maanden", "6 maanden", "één jaar".
const PERIOD = /(?<![\p{L}\p{N}])(?:(\d{1,4})|([\p{L}]{2,30}))(?:[ \t]{0,3}\((?:\d{1,4}|[\p{L}]{2,30})\))?[ \t]{1,3}(jaren|jaar|maanden|maand|weken|week|werkdagen|werkdag|dagen|dag|kalendermaanden|kalendermaand)(?![\p{L}])/giu;

export interface Period {
  start: number;
  end: number;
  months: number;
  text: string;
}

/** Every period named in text[from, to), converted to months. */
export function periodsIn(text: string, from = 0, to = text.length): Period[] {
  const out: Period[] = [];
  const slice = text.slice(from, to);
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(slice); m; m = PERIOD.exec(slice)) {
    let n: number | undefined;
    if (m[1]) n = Number(m[1]);
    else {
      const w = m[2].toLowerCase();
      n = w === 'een' || w === 'één' ? 1 : wordToNumber(w);
    }
    if (n === undefined) continue;
    const unit = m[3].replace(/^kalender/i, '');
    out.push({ start: from + m.index, end: from + m.index + m[0].length, months: durationInMonths(n, unit), text: m[0] });
  }
  return out;
}

const G = '[ \\t\\r\\n]{1,4}';
const W = '\\p{L}{1,20}';
// Exclusions and limitations of liability. Every gap is bounded, so each pattern is linear.
const EXONERATION = new RegExp(
  [
    `(?:niet|nooit|nimmer|in${G}geen${G}geval|op${G}geen${G}enkele${G}wijze)${G}(?:${W}${G}){0,2}?aansprakelijk(?!heid)`,
    `niet${G}verantwoordelijk${G}(?:en\\/of|of|en)${G}aansprakelijk(?!heid)`,
    `(?:geen|generlei)${G}(?:enkele${G})?aansprakelijkheid`,
    `(?:nimmer|nooit|niet)${G}tot${G}(?:enige${G})?aansprakelijkheid`,
    `aansprakelijkheid[^.;:]{0,200}?(?:is|wordt|worden|zijn|blijft)${G}(?:${W}${G}){0,3}?(?:uitgesloten|beperkt|gemaximeerd|begrensd|gelimiteerd)`,
    `aansprakelijkheid[^.;:]{0,200}?(?:gaat|reikt|strekt${G}zich)${G}(?:nooit|niet|nimmer)${G}(?:${W}${G}){0,2}?verder${G}dan`,
    `(?:sluit|sluiten)${G}(?:${W}${G}){0,3}?aansprakelijkheid${G}(?:${W}${G}){0,3}?uit`,
  ].join('|'),
  'giu',
);
export { EXONERATION };
// Every EXONERATION match holds "aansprakelijk" at most this many units after its start: "sluiten", a
// gap, three words of up to 20 code points (40 units) with their gaps (text.test.ts proves it).
export const EXONERATION_BACK = 7 + 4 + 3 * (40 + 4);
// Every EXONERATION match also holds one of these words at most EXONERATION_LEAD units after its start
// ("geen" in "op geen enkele wijze"; the others start it). text.test.ts proves it.
export const EXONERATION_LEADS = ['niet', 'nooit', 'nimmer', 'geen', 'generlei', 'sluit', 'aansprakelijk'];
export const EXONERATION_LEAD = 6;
const FORCE_MAJEURE = /overmacht/i;
const CARVE_OUT_INTENT = /(?<![\p{L}])opzet(?![\p{L}])|opzettelijk/iu;
const CARVE_OUT_RECKLESS = /roekeloos|grove[ \t\n]{1,4}(?:schuld|nalatigheid)/i;

export interface Exoneration {
  /** The matched words, e.g. "is niet aansprakelijk". */
  start: number;
  end: number;
  sentence: Piece;
}

/** Liability exclusions and limitations in a block, one per sentence (force majeure clauses left out). */
export function exonerationsOf(block: Block): Exoneration[] {
  const out: Exoneration[] = [];
  let lastSentence = -1;
  // Tried only before each "aansprakelijk", not at every position of the article.
  for (const m of exonerationMatches(block)) {
    const s = pieceAt(sentencesOf(block), m.index);
    if (!s || s.start === lastSentence) continue;
    lastSentence = s.start;
    if (FORCE_MAJEURE.test(s.text)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, sentence: s });
  }
  return out;
}

// "tenzij er sprake is van schuld", "behoudens schuld": an exemption that holds only where the user is not at
// fault leaves intent and recklessness out by itself. Not the other party's fault ("schuld van Opdrachtgever").
const CARVE_OUT_FAULT =
  /(?<![\p{L}])(?:tenzij|behoudens)[ \t\n]{1,4}(?:er[ \t\n]{1,4})?(?:sprake[ \t\n]{1,4}is[ \t\n]{1,4}van[ \t\n]{1,4})?(?:opzet[ \t\n]{1,4}of[ \t\n]{1,4})?(?:grove[ \t\n]{1,4})?schuld(?![\p{L}])(?![ \t\n]{1,4}(?:van|aan[ \t\n]{1,4}de[ \t\n]{1,4}zijde[ \t\n]{1,4}van)[ \t\n]{1,4}(?:de[ \t\n]{1,4})?(?:opdrachtgever|klant|afnemer|consument|wederpartij|koper|huurder|deelnemer|cliënt|abonnee))/iu;

/** 'full' when text carves out intent and deliberate recklessness (or gross negligence, or any fault), 'intent' when only intent. */
export function carveOutIn(text: string): 'full' | 'intent' | undefined {
  if (CARVE_OUT_FAULT.test(text)) return 'full';
  if (!CARVE_OUT_INTENT.test(text)) return undefined;
  return CARVE_OUT_RECKLESS.test(text) ? 'full' : 'intent';
}

/** A consumer-list check: one pattern, judged sentence by sentence. */
export interface SentenceCheck<F = undefined> {
  sub: string;
  find: RegExp;
  /** Returns false to drop a match (cure present, wrong party, ...). */
  keep?: (s: Piece, para: Piece, matchInSentence: number, facts: F) => boolean;
  /** Where to put the finding, relative to the sentence, when not on the match itself. */
  spanIn?: (s: Piece, at: number) => { start: number; end: number } | undefined;
  /** One finding per article: later sentences usually refer back to the same clause. */
  oncePerBlock?: boolean;
  /** Lower-case words every match of `find` holds (a gate, proved by the list's test); see gateSentenceChecks. */
  words?: string[];
  /**
   * With `words`: every match holds one of them starting at most this many code units after the match's
   * start (proved by the list's test), so `find` is tried only there (matchesNear), not at every position.
   */
  back?: number;
}

const checkGates = new WeakMap<object, number[]>();

/**
 * Registers the checks' gate words in a trigger group (call at module load; see triggerWords): a check
 * runs only in articles that have one.
 */
export function gateSentenceChecks<C extends SentenceCheck<never> | SentenceCheck<undefined> | SentenceCheck<unknown>>(checks: C[], group: string): C[] {
  for (const c of checks) if (c.words) checkGates.set(c, triggerWords(c.words, group));
  return checks;
}

/**
 * Runs sentence checks over one article: at most one finding per sentence, and at most three matches
 * judged per sentence, which keeps long text linear.
 */
export function runSentenceChecks<F>(
  block: Block,
  checks: Array<SentenceCheck<F>>,
  facts: F,
  report: (span: { start: number; end: number }, sub: string) => void,
): void {
  const text = block.text;
  const sents = sentencesOf(block);
  const paras = paragraphsOf(block);
  for (const c of checks) {
    const gate = checkGates.get(c);
    if (gate && !hasTrigger(block, gate)) continue;
    let lastSentence = -1;
    const tries = new Map<number, number>();
    const near = gate && c.back !== undefined ? matchesNear(block, c.find, gate, c.back) : undefined;
    let k = 0;
    if (!near) c.find.lastIndex = 0;
    for (let m = near ? near[k++] : c.find.exec(text); m; m = near ? near[k++] : c.find.exec(text)) {
      const s = pieceAt(sents, m.index);
      if (!s || s.start === lastSentence) continue;
      const n = (tries.get(s.start) ?? 0) + 1;
      tries.set(s.start, n);
      if (n > 3) continue;
      if (c.oncePerBlock && lastSentence >= 0) break;
      const para = pieceAt(paras, m.index) ?? s;
      if (c.keep && !c.keep(s, para, m.index - s.start, facts)) continue;
      lastSentence = s.start;
      const local = c.spanIn?.(s, m.index - s.start);
      report(local ? { start: s.start + local.start, end: s.start + local.end } : { start: m.index, end: m.index + m[0].length }, c.sub);
    }
  }
}

// ---- Literal gates -------------------------------------------------------------------------------
// Rules register the lower-case words their patterns cannot match without (`triggerWords`). One
// pass per block finds every registered word, case-insensitively (text/wordAutomaton.ts: an
// Aho-Corasick automaton over code units that folds case itself), and a rule then runs its patterns
// only in blocks, or only at places, where one of its words occurs. Each rule's test proves that its
// patterns imply its words.
//
// Words come in groups, one pass per group, made on a block when a rule first asks about one of the
// group's words. Rules that run for one audience only put their words in a group of their own (the
// consumer lists: 'b2c'), so an analysis for the other audience never scans for them.

/** The group of the words of rules that run for every audience. */
export const COMMON_TRIGGERS = 'common';

interface TriggerGroup {
  name: string;
  words: string[];
  /** Word → id (from triggerWords). */
  ids: Map<string, number>;
  automaton?: WordAutomaton;
}

const groups: TriggerGroup[] = [];
/** For each id from triggerWords: the index of its group, and its index among the group's words. */
const groupOfId: number[] = [];
const wordOfId: number[] = [];

function groupIndex(name: string): number {
  let g = groups.findIndex((x) => x.name === name);
  if (g < 0) g = groups.push({ name, words: [], ids: new Map() }) - 1;
  return g;
}

/** Registers lower-case words (no white space) for gates, in a group; returns their ids. Call at module load. */
export function triggerWords(words: string[], group = COMMON_TRIGGERS): number[] {
  const g = groupIndex(group);
  const grp = groups[g];
  return words.map((w) => {
    let id = grp.ids.get(w);
    if (id === undefined) {
      if (!w || w !== lowerForGates(w)) throw new Error(`trigger word must be lower case: ${JSON.stringify(w)}`);
      id = groupOfId.length;
      groupOfId.push(g);
      wordOfId.push(grp.words.length);
      grp.ids.set(w, id);
      grp.words.push(w);
      grp.automaton = undefined;
    }
    return id;
  });
}

/** The words registered in a group, by their index there (for tests and measurements). */
export function registeredTriggerWords(group = COMMON_TRIGGERS): readonly string[] {
  return groups.find((x) => x.name === group)?.words ?? [];
}

export interface BlockTriggers {
  /** Positions of each word of the group (by index there), ascending; offsets in the block's text when `exact`. */
  hits: number[][];
  /** False when lower-casing changed the text's length: positions are then unusable, gates still hold. */
  exact: boolean;
  words: number;
}

const triggerCache = new WeakMap<Block, Array<BlockTriggers | undefined>>();

/**
 * Every occurrence of every word of the group in the block, as a search in lowerOf(block) finds them
 * (overlaps included). The automaton reads the text itself unless it holds a unit whose lower case
 * is not one unit of its own (U+0130, and capital sigma when a word needs a sigma); then it reads
 * the lower-cased text, whose offsets may differ (`exact`).
 */
export function triggersOf(block: Block, group: string | number = COMMON_TRIGGERS): BlockTriggers {
  const g = typeof group === 'number' ? group : groupIndex(group);
  let perGroup = triggerCache.get(block);
  if (!perGroup) triggerCache.set(block, (perGroup = []));
  const grp = groups[g];
  let out = perGroup[g];
  if (!out || out.words !== grp.words.length) {
    const automaton = (grp.automaton ??= new WordAutomaton(grp.words.slice()));
    const text = block.text;
    let hits = automaton.find(text);
    let exact = true;
    if (!hits) {
      const lower = lowerOf(block);
      hits = automaton.find(lower, true)!;
      exact = lower.length === text.length;
    }
    out = { hits, exact, words: grp.words.length };
    perGroup[g] = out;
  }
  return out;
}

/** The groups whose pass has been made on the block (for tests). */
export function scannedTriggerGroups(block: Block): string[] {
  const perGroup = triggerCache.get(block) ?? [];
  return groups.filter((_, g) => perGroup[g]).map((x) => x.name);
}

/** The positions of the word with this id (from triggerWords) in the block. */
function hitsOf(block: Block, id: number): { at: number[]; exact: boolean } {
  const t = triggersOf(block, groupOfId[id]);
  return { at: t.hits[wordOfId[id]], exact: t.exact };
}

/** Whether any of the words (ids from triggerWords) occurs in the block, case-insensitively. */
export function hasTrigger(block: Block, ids: number[]): boolean {
  if (gatesOpen()) return true;
  let g = -1;
  let t: BlockTriggers | undefined;
  for (const id of ids) {
    // One cache lookup per group, not per word (ids of one rule are nearly always in one group).
    if (groupOfId[id] !== g) t = triggersOf(block, (g = groupOfId[id]));
    if (t!.hits[wordOfId[id]].length) return true;
  }
  return false;
}

/**
 * Whether any of the words (ids from triggerWords) may occur in block.text[from, to): false only when
 * none starts there. When lower-casing changed the block's length, positions are unusable: true.
 */
export function hasTriggerIn(block: Block, ids: number[], from: number, to: number): boolean {
  if (gatesOpen()) return true;
  let g = -1;
  let t: BlockTriggers | undefined;
  for (const id of ids) {
    if (groupOfId[id] !== g) t = triggersOf(block, (g = groupOfId[id]));
    const at = t!.hits[wordOfId[id]];
    if (!at.length) continue;
    if (!t!.exact) return true;
    const k = firstAtLeast(at, from);
    if (k < at.length && at[k] < to) return true;
  }
  return false;
}

/** The first `limit` matches of the global regex `re` in text, as a plain exec loop finds them. */
function plainMatches(text: string, re: RegExp, limit: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
    out.push(m);
    if (!m[0].length) re.lastIndex++;
  }
  return out;
}

const stickyCopies = new WeakMap<RegExp, RegExp>();
function stickyCopy(re: RegExp): RegExp {
  let s = stickyCopies.get(re);
  if (!s) stickyCopies.set(re, (s = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'y')));
  return s;
}

/**
 * Every match of the global regex `re` in the block's text, the same and in the same order as
 * `for (m = re.exec(text); m; m = re.exec(text))`, provided that every match holds one of the words
 * (ids) starting at most `back` code units after the match's start. Tries `re` only at those places,
 * and, with `canStart`, only where that cheap test (a necessary condition for a match to start at
 * `at`, e.g. the pattern's look-behind) passes. Stops after `limit` matches (the first ones).
 */
export function matchesNear(
  block: Block,
  re: RegExp,
  ids: number[],
  back: number,
  canStart?: (text: string, at: number) => boolean,
  limit = Infinity,
): RegExpExecArray[] {
  if (gatesOpen()) return plainMatches(block.text, re, limit);
  const out: RegExpExecArray[] = [];
  // The positions of the words that occur, one cache lookup per group (not an object per word).
  const found: number[][] = [];
  let exact = true;
  let g = -1;
  let t: BlockTriggers | undefined;
  for (const id of ids) {
    if (groupOfId[id] !== g) t = triggersOf(block, (g = groupOfId[id]));
    const at = t!.hits[wordOfId[id]];
    if (at.length) {
      found.push(at);
      // Lower-casing changes the length of the whole text or of none of it, for every group alike.
      exact = t!.exact;
    }
  }
  if (!found.length) return out;
  const text = block.text;
  if (!exact) return plainMatches(text, re, limit);
  const sticky = stickyCopy(re);
  let next = 0; // first position not tried yet (or past the last match)
  // The words' positions in ascending order: a merge of the sorted lists (a few words, each with few
  // hits), cheaper than concatenating them and sorting with a comparator.
  const heads = found.length > 1 ? new Array<number>(found.length).fill(0) : undefined;
  for (let k = 0; ; ) {
    let h: number;
    if (!heads) {
      if (k === found[0].length) break;
      h = found[0][k++];
    } else {
      let best = -1;
      h = 0;
      for (let f = 0; f < found.length; f++) {
        const i = heads[f];
        if (i < found[f].length && (best < 0 || found[f][i] < h)) {
          h = found[f][i];
          best = f;
        }
      }
      if (best < 0) break;
      heads[best]++;
    }
    for (let s = Math.max(next, h - back); s <= h; s++) {
      if (canStart && !canStart(text, s)) {
        next = s + 1;
        continue;
      }
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m) {
        if (out.push(m) >= limit) return out;
        next = m[0].length ? s + m[0].length : s + 1;
        break;
      }
      next = s + 1;
    }
  }
  return out;
}

const citationCache = new WeakMap<Block, Citation[]>();

/** The statute citations in a block (findCitations), found once for all the rules that read them. */
export function citationsOf(block: Block): Citation[] {
  let out = citationCache.get(block);
  if (!out) citationCache.set(block, (out = findCitations(block.text)));
  return out;
}

/** Gives citationsOf(block) the parser's citations of the draft instead of a second search (citationsWithin says why they agree). */
export function seedCitations(block: Block, draftCitations: Citation[]): void {
  if (!citationCache.has(block)) citationCache.set(block, citationsWithin(draftCitations, block.span.start, block.span.end));
}

// Registered here, below the trigger groups it needs (exonerationsOf runs only after module load).
const EXONERATION_GATE = triggerWords(['aansprakelijk']);
const EXONERATION_LEAD_GATE = triggerWords(EXONERATION_LEADS);

/**
 * matchesNear(block, EXONERATION, EXONERATION_GATE, EXONERATION_BACK), the pattern tried only where a
 * match can start on both counts: at most EXONERATION_LEAD units before a lead word, and at most
 * EXONERATION_BACK units before "aansprakelijk". Positions are tried in ascending order from the end of
 * the last match, as a global scan moves, so the matches are those of a global scan.
 */
export function exonerationMatches(block: Block): RegExpExecArray[] {
  const anchors = hitsOf(block, EXONERATION_GATE[0]);
  const at = anchors.at;
  if (!at.length || !anchors.exact) return matchesNear(block, EXONERATION, EXONERATION_GATE, EXONERATION_BACK);
  const places: number[] = [];
  for (const id of EXONERATION_LEAD_GATE) for (const p of hitsOf(block, id).at) places.push(p);
  places.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  const sticky = stickyCopy(EXONERATION);
  const text = block.text;
  let next = 0; // first position not tried yet (or past the last match)
  let k = 0; // first anchor at or after the position tried (positions only grow)
  for (const h of places) {
    for (let s = Math.max(next, h - EXONERATION_LEAD); s <= h; s++) {
      while (k < at.length && at[k] < s) k++;
      if (k === at.length) return out;
      next = s + 1;
      if (at[k] - s > EXONERATION_BACK) continue;
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m) {
        out.push(m);
        next = s + Math.max(1, m[0].length);
        break;
      }
    }
  }
  return out;
}
