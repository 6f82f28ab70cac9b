// Quick-fix suggestions for a typefout finding, looked up on request (Hunspell's suggest is slow).
//
// Hunspell knows the language, not the draft: a word the draft itself writes correctly elsewhere, close to
// the typing error, is the likeliest intent, and goes before Hunspell's suggestions that are no closer.
// Hunspell's own order decides among the rest, after some clean-up: the case of the original, no proper
// name for a common word, no split into a fragment.
import type { Finding, Fix, Span } from '../types';
import { dictionary, type Speller } from './dictionary';
import { draftWords } from './draftWords';
import { joinLineBreak } from './words';
import { editDistance, repeatedRun } from '../text/editDistance';

/** At most this many suggestions are offered. */
const OFFERED = 3;
// How often the draft must use a word two edits from the error that Hunspell does not offer.
const OFTEN = 4;
// Hunspell's suggestions read: more than are offered, as some are left out below.
const READ = 8;
// Short words that may stand on their own in a split ("opdrachtgeverde" → "opdrachtgever de"); a shorter
// part of four letters or fewer that is not one of these is a fragment ("hoefte" → "hoe fte").
const SHORT_WORDS = new Set(
  'de het een en of in op te ten ter van voor met door aan bij uit om tot na als dan die dat wat wie is zijn was wordt kan mag moet zal niet geen ook nog wel er hij zij wij ze we je u men hoe waar nu zo al toe af mee over onder naar per'.split(' '),
);

/**
 * "de aanvangsen slottijden": a first part with its linking s and "en" run together, where the hyphen and
 * the blank of "aanvangs- en slottijden" were lost. Hunspell offers "aanvangen"; the shortened compound
 * before "en" is what was meant, when its word is known and a word follows.
 */
function cutOffCompound(word: string, after: string, speller: Speller): string | undefined {
  const m = /^(\p{Ll}{3,}?)(s?)en$/u.exec(word);
  const next = /^[ \t]+(\p{Ll}{5,})/u.exec(after)?.[1];
  if (!m || !next || !speller.isWord(m[1])) return undefined;
  // The next word is a compound whose second part also fits the first word: "slot-tijden", "aanvangs-tijden".
  const head = m[1] + m[2];
  for (let i = 2; i <= next.length - 3; i++) if (speller.isWord(head + next.slice(i))) return `${head}- en`;
  return undefined;
}

/**
 * Whether the word starts a sentence: first on its line (after a list number or bullet, if any), or
 * after a full stop, question or exclamation mark.
 */
export function atSentenceStart(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 80), start);
  const head = before.trim();
  if (!head || /^(?:[-*•–#>]+|\(?\d+(?:\.\d+)*[.)]?|\(?(?:[a-z]|[ivx]+)[.)])$/iu.test(head)) return true;
  const end = before.trimEnd();
  return end.length < before.length && /[.!?]["'”’)]?$/u.test(end);
}

/**
 * The classic confusion of a lower-case l and a capital I at the start of a word, which look alike in
 * many fonts: "lndien" for "Indien", "Ieverancier" for "leverancier". The letter takes the case the
 * place asks for.
 */
function confusedInitial(word: string, sentenceStart: boolean, speller: Speller): string | undefined {
  const rest = word.slice(1);
  if (!/^\p{Ll}/u.test(rest)) return undefined;
  const swapped = word[0] === 'l' ? 'i' : word[0] === 'I' ? 'l' : undefined;
  if (!swapped || !speller.isWord(swapped + rest)) return undefined;
  return (sentenceStart ? swapped.toUpperCase() : swapped) + rest;
}

const base = (c: string): string => c.normalize('NFD')[0];

/**
 * Whether a candidate keeps the error's first letter: typing errors seldom replace it. A first letter
 * left out ("nline" for "online") or added ("skenmerken" for "kenmerken") counts as kept.
 */
function keepsStart(typo: string, word: string): boolean {
  const t = base(typo[0]);
  const w = base(word[0]);
  return t === w || (typo.length > 1 && base(typo[1]) === w) || (word.length > 1 && t === base(word[1]));
}

/** How far a candidate is from the error: edits, a repeated run as one, one more for a changed first letter. */
function costOf(typo: string, word: string): number {
  return (repeatedRun(typo, word) ? 1 : editDistance(typo, word, 3)) + (keepsStart(typo, word) ? 0 : 1);
}

/** A split suggestion whose parts all stand on their own as words. */
function wholeParts(s: string, used: ReadonlyMap<string, unknown>): boolean {
  return s.split(' ').every((p) => p.length > 4 || SHORT_WORDS.has(p.toLowerCase()) || used.has(p.toLowerCase()));
}

/** The case of the original: a capital where it has one, capitals throughout where it is all capitals. */
function inCaseOf(original: string, s: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return s.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return s[0].toUpperCase() + s.slice(1);
  return s;
}

/**
 * A hyphenated word with one misspelt part ("bizzelwerk-dienst"): that part's suggestions, in the whole.
 * Hunspell offers none for such a word.
 */
function partFixes(text: string, span: Span, speller: Speller, termWords: ReadonlySet<string>, terms: readonly string[]): string[] {
  const raw = text.slice(span.start, span.end);
  if (!raw.includes('-')) return [];
  const parts = raw.split('-');
  const wrong = parts.flatMap((p, i) => (p.length > 1 && !termWords.has(p.normalize('NFC').toLowerCase()) && !speller.isWord(p.normalize('NFC')) ? [i] : []));
  if (wrong.length !== 1) return [];
  const i = wrong[0];
  const start = span.start + parts.slice(0, i).join('-').length + (i > 0 ? 1 : 0);
  return typoSuggestions(text, { start, end: start + parts[i].length }, terms).map((s) => parts.map((p, k) => (k === i ? s : p.normalize('NFC'))).join('-'));
}

/**
 * Up to three replacements for the typing error at `span` of `text`, best first. `terms`: the draft's
 * defined terms, which count as its words even where the dictionary does not know them.
 */
export function typoSuggestions(text: string, span: Span, terms: readonly string[] = []): string[] {
  const speller = dictionary();
  if (!speller) return [];
  // The dictionary holds composed letters; the finding's span may cover decomposed ones (text/nfc.ts).
  // A word broken at a line end is corrected as the one word it is.
  const word = joinLineBreak(text.slice(span.start, span.end)).normalize('NFC');
  const lower = word.toLowerCase();
  const sentenceStart = atSentenceStart(text, span.start);
  const used = draftWords(text);
  const termWords = new Set(terms.flatMap((t) => t.normalize('NFC').toLowerCase().match(/\p{L}+/gu) ?? []));
  const hunspell = speller.suggestions(word, READ);

  const first: string[] = [];
  const cut = cutOffCompound(word, text.slice(span.end, span.end + 40), speller);
  if (cut) first.push(cut);
  const confused = confusedInitial(word, sentenceStart, speller);
  if (confused) first.push(confused);
  first.push(...partFixes(text, span, speller, termWords, terms));

  // Words of the draft near the error: the closer first, then the more often used. One Hunspell does
  // not offer must be one edit away, or two and used often: a word used once or twice two edits away is
  // as likely a chance neighbour ("hoefte" is not "hoogte").
  const drafted: Array<{ s: string; cost: number; order: number; count: number }> = [];
  const offer = (key: string, order: number): void => {
    const known = used.get(key);
    if (!known || key === lower || drafted.some((d) => d.s.toLowerCase() === key)) return;
    const cost = costOf(lower, key);
    if (order === Infinity && cost > 1 && known.count < OFTEN) return;
    // Lower case where the dictionary knows the word so (a defined term's capital is another rule's matter).
    const s = known.form !== key && speller.isWord(key) ? key : known.form;
    drafted.push({ s, cost, order, count: known.count });
  };
  hunspell.forEach((h, i) => offer(h.toLowerCase(), i));
  // Two edits apart only between long words: "gevens" is "gegevens", not "geen".
  if (lower.length >= 4 && !lower.includes('-')) {
    for (const key of used.keys()) {
      const near = Math.min(key.length, lower.length) >= 6 ? 2 : 1;
      if (!keepsStart(lower, key)) continue;
      if ((Math.abs(key.length - lower.length) > near || editDistance(lower, key, near) > near) && !repeatedRun(lower, key)) continue;
      // Not a typing error of the draft itself.
      if (termWords.has(key) || speller.isWord(key)) offer(key, Infinity);
    }
  }
  drafted.sort((a, b) => a.cost - b.cost || b.count - a.count || a.order - b.order);

  // Hunspell's others in its order, those that keep the first letter first; no fragment splits, and no
  // proper name for a common word in mid-sentence unless nothing else is left.
  const far = Math.max(2, Math.floor(lower.length / 3));
  const names: string[] = [];
  const distant: string[] = [];
  const kept: string[] = [];
  const changed: string[] = [];
  for (const h of hunspell) {
    if (h.includes(' ') && !wholeParts(h, used)) continue;
    if (/^\p{Ll}/u.test(word) && /^\p{Lu}/u.test(h) && !sentenceStart) names.push(h);
    else if (editDistance(lower, h.toLowerCase(), far) > far) distant.push(h);
    else (keepsStart(lower, h.toLowerCase()) ? kept : changed).push(h);
  }

  // The draft's words go before Hunspell's others that are not closer to the error.
  const others = [...kept, ...changed].map((h) => ({ s: h, cost: costOf(lower, h.toLowerCase()) }));
  const ranked = [...first];
  for (let i = 0, j = 0; i < drafted.length || j < others.length; ) {
    ranked.push(inCaseOf(word, j >= others.length || (i < drafted.length && drafted[i].cost <= others[j].cost) ? drafted[i++].s : others[j++].s));
  }
  if (!ranked.length) ranked.push(...distant.map((h) => inCaseOf(word, h)), ...names);
  const out: string[] = [];
  for (const s of ranked) if (s !== word && !out.some((o) => o.toLowerCase() === s.toLowerCase())) out.push(s);
  return out.slice(0, OFFERED);
}

/** Up to three replacements for the word a typefout finding covers in `text`, as fixes. */
export function typoFixes(text: string, f: Finding, terms: readonly string[] = []): Fix[] {
  if (f.ruleId !== 'typefout') return [];
  // A name in lower case carries its one right form from the analysis; nothing to look up.
  if (f.fixes?.length) return f.fixes;
  const span = { start: f.span.start, end: f.span.end };
  return typoSuggestions(text, span, terms).map((s, i) => ({
    title: { nl: `Vervang door "${s}"`, en: `Replace with "${s}"` },
    edits: [{ span, newText: s }],
    preferred: i === 0,
  }));
}
