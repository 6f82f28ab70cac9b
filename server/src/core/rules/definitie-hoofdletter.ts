// A defined term written in lower case where the definition is meant: "de software" when Software is defined.
import type { DocumentRule } from './rule';
import type { Definition, DocumentModel } from '../model/types';
import { isDeterminer, isLatinLetter } from '../model/definitions';
import { WordsBefore } from '../text/wordsBefore';
import type { GenerationalMemo } from '../engine/incrementalMemo';

/** /[A-Za-zÀ-ÖØ-öø-ÿ0-9]/ on one code unit (NaN, past the end, is none). */
function isLetterOrDigit(c: number): boolean {
  return isLatinLetter(c) || (c >= 48 && c <= 57);
}

/** /[a-zß-öø-ÿ]/ on one code unit: what starts a lower-case word. */
function isLowerUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/**
 * Per code unit: -1 for a letter of a lower-case word ([a-zß-öø-ÿ]), -64 for an apostrophe (which a word
 * holds but cannot start with), else 0. The sign says "in a run"; the size counts a run's length, in which
 * an apostrophe weighs more than any key is long, so a run that holds one is always read again.
 */
const RUN_UNIT = new Int8Array(0x10000);
for (let c = 0; c < 0x100; c++) if (isLowerUnit(c)) RUN_UNIT[c] = -1;
RUN_UNIT[39] = RUN_UNIT[0x2019] = -64;

/** The hash of a run of word units as `lowerWordHits` computes it while it reads (int32 throughout). */
function runHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * The matches of /[a-zß-öø-ÿ][a-zß-öø-ÿ'’]{1,40}/g in `text` between `from` and `to` that are one of the
 * `keys`. Read in runs of word units ([a-zß-öø-ÿ'’]) without a branch per letter: the run's hash and
 * weighed length are kept by arithmetic, and at its end one read of the key filter says whether it can be
 * a key. A run without an apostrophe and at most 41 long is one match, itself; only such a run that the
 * filter lets through, or any other run, is read again by `lowerWordHitsPlain`. What the regex sees inside
 * one run does not depend on anything outside it: a run starts after a unit that is no word unit, or at
 * `from`.
 */
export function lowerWordHits(text: string, from: number, to: number, keys: KeyTable, push: (index: number, word: string) => void): void {
  const { filter } = keys;
  // Ends of the runs to read again, collected first: a call inside the loop would slow every step of it.
  const ends: number[] = [];
  let h = 0;
  let len = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const u = RUN_UNIT[c];
    const keep = u >> 7; // -1 in a run, 0 outside
    // 0 only where a run has just ended: the filter is read in its lower half, and a weighed length over
    // 41 counts as a hit. Elsewhere the read falls in the upper half, all zeros.
    const closed = (keep & 1) | ((len - 1) >>> 31);
    if ((filter[(h & FILTER_MASK) | (closed << FILTER_BITS)] | (((41 - len) >>> 31) & (closed ^ 1))) !== 0) ends.push(i);
    h = (Math.imul(h, 31) + c) & keep;
    // Capped far above any key, so that no run, however long, can overflow it.
    len = Math.min(len - u, 0x100000) & keep;
  }
  if (len > 0 && (filter[h & FILTER_MASK] | (len > 41 ? 1 : 0)) !== 0) ends.push(to);
  for (const end of ends) readRun(text, from, end, keys, push);
}

/** The run of word units that ends at `end` (and starts no earlier than `from`), read by the plain scanner. */
function readRun(text: string, from: number, end: number, keys: KeyTable, push: (index: number, word: string) => void): void {
  let start = end;
  while (start > from && RUN_UNIT[text.charCodeAt(start - 1)] !== 0) start--;
  lowerWordHitsPlain(text, start, end, keys, push);
}

const FILTER_BITS = 12;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** The matches of the same regex that are keys, read code unit by code unit: a substring only for a hit. */
export function lowerWordHitsPlain(text: string, from: number, to: number, keys: KeyTable, push: (index: number, word: string) => void): void {
  const { lists } = keys;
  let i = from;
  while (i < to - 1) {
    const c = text.charCodeAt(i);
    if (!isLowerUnit(c)) {
      i++;
      continue;
    }
    const lim = Math.min(to, i + 41);
    let j = i + 1;
    for (let d = text.charCodeAt(j); j < lim && (isLowerUnit(d) || d === 39 || d === 0x2019); d = text.charCodeAt(++j));
    if (j - i < 2) {
      i++;
      continue;
    }
    const code = c * 64 + (j - i);
    const list = lists.get(code);
    if (list) {
      for (const k of list) {
        if (text.startsWith(k, i)) {
          push(i, k);
          break;
        }
      }
    }
    i = j;
  }
}

export interface KeyTable {
  /** By first code unit * 64 + length (a small integer). Only runs the filter lets through are looked up. */
  lists: Map<number, string[]>;
  /**
   * By run hash & FILTER_MASK: 1 where a key made of letters only (no apostrophe) may be. The upper half
   * stays 0: `lowerWordHits` reads there inside a run.
   */
  filter: Uint8Array;
}

/** Keys by first code unit and length, for `lowerWordHits`: its words start below U+0100 and are at most 41 long. */
export function keyTable(keys: Iterable<string>): KeyTable {
  const lists = new Map<number, string[]>();
  const filter = new Uint8Array(2 << FILTER_BITS);
  for (const k of keys) {
    if (!k.length || k.length > 41 || k.charCodeAt(0) > 0xff) continue;
    const code = k.charCodeAt(0) * 64 + k.length;
    const list = lists.get(code);
    if (list) list.push(k);
    else lists.set(code, [k]);
    // A key with an apostrophe is found in the runs that hold one, which are all read again anyway; a
    // key with any other non-word unit is never a match.
    filter[runHash(k) & FILTER_MASK] = 1;
  }
  return { lists, filter };
}
// "software van derden", "voorwaarden van een derde": not the defined thing.
const QUALIFIED_AFTER = /^[ \t]{1,3}(?:van[ \t]{1,3}(?:(?:een|die|deze|de)[ \t]{1,3})?derden?|derden)\b/;
// Built once: a /u literal with \p{…} may be bundled as `new RegExp(…)`, made again at every use.
const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}/u;
const GENERIC_BEFORE = new Set(['een', 'geen', 'elke', 'iedere', 'ieder', 'andere', 'eigen', 'enige', 'welke', 'zulke', 'dergelijke', 'algemene', 'bijzondere', 'aanvullende', 'bedoelde']);

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'definitie-hoofdletter',
    category: 'definities',
    defaultSeverity: 'information',
    title: { nl: 'Gedefinieerd begrip zonder hoofdletter', en: 'Defined term without its capital' },
    messages: {
      default: {
        nl: '"{word}" staat met een kleine letter, maar hier lijkt het gedefinieerde begrip "{term}" bedoeld. Schrijf het met een hoofdletter, zodat de definitie onmiskenbaar geldt.',
        en: '"{word}" is in lower case, but the defined term "{term}" seems meant here. Capitalise it so that the definition clearly applies.',
      },
    },
  },
  check(model, ctx) {
    const { text } = model;
    if (!model.definitions.length) return;
    const defTexts = model.definitions.map((d) => d.textSpan).sort((a, b) => a.start - b.start);
    // Lowercase forms by first word; one scan over the text finds them all.
    const byFirst = new Map<string, Array<{ lower: string; form: string; def: Definition; nameLike: boolean }>>();
    const seen = new Set<string>();
    const words = new WordsBefore();
    const usage = usageCounts(model, ctx, words);
    for (const d of model.definitions) {
      if (seen.has(d.term) || !CAPITALISED.test(d.term) || ACRONYM.test(d.term)) continue;
      seen.add(d.term);
      const nameLike = isNameLike(usage.get(d.term));
      // d.forms is the term and, when the draft says so, its plurals (formsOf): what this rule looks for.
      for (const form of d.forms) {
        const lower = form[0].toLowerCase() + form.slice(1);
        const space = lower.indexOf(' ');
        const first = space < 0 ? lower : lower.slice(0, space);
        const list = byFirst.get(first) ?? [];
        list.push({ lower, form, def: d, nameLike });
        byFirst.set(first, list);
      }
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.lower.length - a.lower.length);
    // Scanned per article and remembered between analyses: after an edit only that article is read again.
    const table = keyTable(byFirst.keys());
    const lists = [...byFirst.values()];
    const listIndex = new Map<string, number>();
    for (const first of byFirst.keys()) listIndex.set(first, listIndex.size);
    // What a word's own line decides, as quadruples (offset, list, candidate, 1 after "de"/"het"): the
    // scan, the neighbours, the determiner before it and a qualification after it.
    const lineHits = (from: number, to: number, base: number, sink: number[]) =>
      lowerWordHits(text, from, to, table, (at, w) => {
        const cands = byFirst.get(w)!;
        if (at > 0) {
          const p = text.charCodeAt(at - 1);
          if (isLetterOrDigit(p) || p === 40 || p === 45) return; // a letter, digit, "(" or "-"
        }
        let ci = -1;
        for (let k = 0; k < cands.length; k++) {
          const x = cands[k];
          if (!text.startsWith(x.lower, at)) continue;
          const n = text.charCodeAt(at + x.lower.length);
          if (isLetterOrDigit(n) || n === 45 || n === 41 || n === 40) continue; // a letter, digit, "-", ")" or "("
          ci = k;
          break;
        }
        if (ci < 0) return;
        const end = at + cands[ci].lower.length;
        const before = words.at(text, at);
        if (before !== undefined && GENERIC_BEFORE.has(before)) return;
        // The pattern starts with a space or tab: read only then.
        const next = text.charCodeAt(end);
        if ((next === 32 || next === 9) && QUALIFIED_AFTER.test(text.slice(end, end + 30))) return;
        sink.push(at - base, listIndex.get(w)!, ci, before === 'de' || before === 'het' ? 1 : 0);
      });
    const report = (base: number, hits: number[]) => {
      for (let h = 0; h < hits.length; h += 4) {
        const at = base + hits[h];
        const c = lists[hits[h + 1]][hits[h + 2]];
        if (inside(defTexts, at)) continue;
        const meant = c.nameLike || hits[h + 3] === 1;
        if (!meant) continue;
        const end = at + c.lower.length;
        ctx.report({
          span: { start: at, end },
          args: { word: text.slice(at, end), term: c.def.term },
          fixes: [{ title: { nl: `Hoofdletter: ${c.form}`, en: `Capitalise: ${c.form}` }, edits: [{ span: { start: at, end: at + 1 }, newText: c.form[0] }], preferred: true }],
        });
      }
    };
    // Per article, remembered between analyses by article text and the forms looked for: after an edit
    // only that article is read again. Exact when every article starts a line (nothing read crosses one).
    const memo = ctx.memo?.<{ key: string; hits: number[] }>('definitie-hoofdletter:lines');
    const { blocks } = model;
    if (!memo || !blocks.every((b) => b.span.start === 0 || text.charCodeAt(b.span.start - 1) === 10 || text.charCodeAt(b.span.start - 1) === 13)) {
      const hits: number[] = [];
      lineHits(0, text.length, 0, hits);
      report(0, hits);
      return;
    }
    let formsKey = '';
    for (const [first, list] of byFirst) formsKey += `${first}:${list.map((x) => x.lower).join(',')}|`;
    // The key as the last analysis stored it, when equal: entries then compare by identity.
    formsKey = ctx.memo!<string>('definitie-hoofdletter:forms').getOrCreate(formsKey, (k) => k);
    for (const b of blocks) {
      let e = memo.get(b.text);
      if (!e || e.key !== formsKey) {
        e = { key: formsKey, hits: [] };
        lineHits(b.span.start, b.span.end, b.span.start, e.hits);
        memo.set(b.text, e);
      }
      report(b.span.start, e.hits);
    }
  },
};

type Usage = Map<string, { bare: number; total: number }>;

/** How often each term is used, and how often without an article before it: one pass over the uses. */
function countUses(text: string, uses: DocumentModel['uses'], from: number, to: number, base: number, out: Usage, words: WordsBefore): Usage {
  for (let i = from; i < to; i++) {
    const u = uses[i];
    const before = words.at(text, u.span.start - base);
    // After "en" or "of" the article of the first noun may carry over: no evidence either way.
    if (before === 'en' || before === 'of') continue;
    let c = out.get(u.term);
    if (!c) out.set(u.term, (c = { bare: 0, total: 0 }));
    c.total++;
    if (!isDeterminer(before)) c.bare++;
  }
  return out;
}

interface BlockUsage {
  starts: number[];
  terms: string[];
  counts: Usage;
}

/**
 * The counts, article by article and remembered per article text with the article's uses (offsets in
 * the article, terms), so an edit counts only the edited article again. Exact when every article starts
 * a line: the word before a use is then never read across an article's start.
 */
function usageCounts(model: DocumentModel, ctx: { memo?: <V>(name: string) => GenerationalMemo<V> }, words: WordsBefore): Usage {
  const { text, uses, blocks } = model;
  const memo = ctx.memo?.<BlockUsage>('definitie-hoofdletter:usage');
  let blockwise = memo !== undefined && blocks.length > 1;
  for (let i = 1; blockwise && i < blocks.length; i++) {
    const c = text.charCodeAt(blocks[i].span.start - 1);
    if (c !== 10 && c !== 13) blockwise = false;
  }
  for (let i = 1; blockwise && i < uses.length; i++) if (uses[i].span.start < uses[i - 1].span.start) blockwise = false;
  if (!blockwise || !memo) return countUses(text, uses, 0, uses.length, 0, new Map(), words);
  const out: Usage = new Map();
  let u = 0;
  for (const b of blocks) {
    const from = u;
    while (u < uses.length && uses[u].span.start < b.span.end) u++;
    let e = memo.get(b.text);
    if (!e || !sameUses(e, uses, from, u, b.span.start)) {
      e = { starts: [], terms: [], counts: countUses(b.text, uses, from, u, b.span.start, new Map(), words) };
      for (let i = from; i < u; i++) {
        e.starts.push(uses[i].span.start - b.span.start);
        e.terms.push(uses[i].term);
      }
      memo.set(b.text, e);
    }
    for (const [term, c] of e.counts) {
      const o = out.get(term);
      if (o) {
        o.bare += c.bare;
        o.total += c.total;
      } else out.set(term, { bare: c.bare, total: c.total });
    }
  }
  return u === uses.length ? out : countUses(text, uses, 0, uses.length, 0, new Map(), words);
}

function sameUses(e: BlockUsage, uses: DocumentModel['uses'], from: number, to: number, base: number): boolean {
  if (e.starts.length !== to - from) return false;
  for (let i = from; i < to; i++) if (e.starts[i - from] !== uses[i].span.start - base || e.terms[i - from] !== uses[i].term) return false;
  return true;
}

/** A term mostly used without an article ("Opdrachtgever betaalt", "door Leverancier") names a party. */
function isNameLike(c: { bare: number; total: number } | undefined): boolean {
  return !!c && c.total >= 5 && c.bare / c.total >= 0.7;
}

function inside(spans: Array<{ start: number; end: number }>, at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else if (spans[mid].start > at) hi = mid - 1;
    else return true;
  }
  return false;
}
