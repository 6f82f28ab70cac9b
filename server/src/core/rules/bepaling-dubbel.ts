import type { DocumentRule } from '../kit/rule';
import type { Block, StructureNode } from '../model/types';
import { codePointLength, letterAt } from '../text/letters';
import type { DocumentModel } from '../model/types';
import type { Localized } from '../types';
import { nearDuplicates } from './nearDuplicates';
import { refersBack } from '../text/backReference';
import { childAt, inOtherScopes, scopeFinder } from './partScope';

// Clauses shorter than this are boilerplate-sized ("Partijen: ..."), where repetition is normal.
const MIN_WORDS = 8;

/**
 * Text of a clause reduced to what a reader compares: words, lower case, no numbers or punctuation.
 * The runs of letters of the lower-cased text joined by single spaces (one pass, no \p{L} regex:
 * this runs over every clause of the draft).
 */
export function normaliseClause(text: string): string {
  return clauseKey(text).key;
}

interface ClauseKey {
  key: string;
  /** Runs of letters in the key (its words), counted while it is built rather than by a scan after. */
  words: number;
}

function clauseKey(text: string): ClauseKey {
  const lower = text.toLowerCase();
  let out = '';
  let words = 0;
  let start = -1;
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i);
    // Lower-cased ASCII: a-z are the only letters; the rest of ASCII is not.
    const w = c < 128 ? (c >= 97 && c <= 122 ? 1 : 0) : letterAt(lower, i);
    if (w) {
      if (start < 0) start = i;
      i += w;
      continue;
    }
    if (start >= 0) {
      out += out ? ' ' + lower.slice(start, i) : lower.slice(start, i);
      words++;
      start = -1;
    }
    i += c < 128 ? 1 : codePointLength(lower, i);
  }
  if (start >= 0) {
    out += out ? ' ' + lower.slice(start) : lower.slice(start);
    words++;
  }
  return { key: out, words };
}

/** A clause's key in short: a 32-bit hash of it and its number of words. Equal keys, equal signatures. */
export interface ClauseSig {
  hash: number;
  words: number;
}

// As an int32 (the same bits): a hash that starts as a double stays one through the loop, three times slower.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** The hash of a key string, code unit by code unit (FNV-1a): what `clauseSig` computes without the key. */
export function hashKey(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/**
 * One code unit of the key as the exact path reads it: its lower case when it is a letter, -1 for any
 * other Latin-1 or punctuation unit, -2 for a unit only the exact path through the key handles.
 */
function keyUnitOf(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    return c >= 97 && c <= 122 ? c : -1;
  }
  if (c < 256) {
    if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
    return (c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba) ? c : -1;
  }
  return (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf) ? -1 : -2;
}

// `keyUnitOf` as a table up to the end of the punctuation it knows: one read instead of a chain of
// comparisons per code unit (the branches, not the hashing, are what a clause scan costs).
const KEY_UNITS = Int16Array.from({ length: 0x20d0 }, (_, c) => keyUnitOf(c));

function keyUnit(c: number): number {
  return c < 0x20d0 ? KEY_UNITS[c] : -2;
}

/**
 * The signature of `text.slice(start, end)`'s key, read in place: no lower-cased copy, no key string.
 * Latin-1 and general punctuation are lower-cased and classified here (one code unit each, no special
 * casing); any other character takes the exact path through the key.
 */
export function clauseSig(text: string, start: number, end: number): ClauseSig {
  let h = FNV_OFFSET;
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const u = keyUnit(text.charCodeAt(i));
    if (u >= 0) {
      if (!inWord) {
        if (words > 0) h = Math.imul(h ^ 32, FNV_PRIME);
        words++;
        inWord = true;
      }
      h = Math.imul(h ^ u, FNV_PRIME);
    } else if (u === -1) inWord = false;
    else {
      const k = clauseKey(text.slice(start, end));
      return { hash: hashKey(k.key), words: k.words };
    }
  }
  return { hash: h >>> 0, words };
}

/**
 * Whether `text.slice(start, end)`'s key has at least `n` words, read in place and only as far as its
 * n-th word; undefined where a unit `keyUnit` does not handle comes first (the caller reads the key).
 */
export function hasWords(text: string, start: number, end: number, n: number): boolean | undefined {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const u = keyUnit(text.charCodeAt(i));
    if (u >= 0) {
      if (!inWord) {
        if (++words >= n) return true;
        inWord = true;
      }
    } else if (u === -1) inWord = false;
    else return undefined;
  }
  return words >= n;
}

/**
 * Key characters read at each end of a clause for its edge signature: enough to tell almost every two
 * different clauses apart, a fraction of an average clause.
 */
const EDGE = 40;

/**
 * The edge signature of a key: a hash of its first EDGE characters and then of its last EDGE read
 * backwards (the whole key twice when it is shorter). Equal keys have equal edge signatures, so a clause
 * whose edge signature no other clause shares cannot be a duplicate.
 */
export function edgeSigOfKey(key: string): number {
  const n = Math.min(EDGE, key.length);
  let h = FNV_OFFSET;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  for (let i = key.length - 1; i >= key.length - n; i--) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/**
 * `edgeSigOfKey` of `text.slice(start, end)`'s key, read in place from both ends: about 2 * EDGE
 * characters of the clause instead of all of them. A unit `keyUnit` does not handle, where it is read,
 * takes the exact path through the key (lower-casing is per unit elsewhere, so the ends of the key do
 * not depend on what lies between them).
 */
export function edgeSig(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  // Forward: the first EDGE characters of the key, a space before every word but the first.
  let n = 0;
  let inWord = false;
  let words = 0;
  for (let i = start; i < end && n < EDGE; i++) {
    const u = keyUnit(text.charCodeAt(i));
    if (u >= 0) {
      if (!inWord) {
        inWord = true;
        if (words++ > 0) {
          h = Math.imul(h ^ 32, FNV_PRIME);
          if (++n === EDGE) break;
        }
      }
      h = Math.imul(h ^ u, FNV_PRIME);
      n++;
    } else if (u === -1) inWord = false;
    else return edgeSigOfKey(clauseKey(text.slice(start, end)).key);
  }
  // Backward: the last n characters of the key (n is EDGE, or the whole key when it is shorter).
  let m = 0;
  inWord = false;
  let seen = false;
  for (let i = end - 1; i >= start && m < n; i--) {
    const u = keyUnit(text.charCodeAt(i));
    if (u >= 0) {
      if (!inWord) {
        inWord = true;
        if (seen) {
          h = Math.imul(h ^ 32, FNV_PRIME);
          if (++m === n) break;
        }
        seen = true;
      }
      h = Math.imul(h ^ u, FNV_PRIME);
      m++;
    } else if (u === -1) inWord = false;
    else return edgeSigOfKey(clauseKey(text.slice(start, end)).key);
  }
  return h >>> 0;
}

/** The signatures of one article's clauses, in node order, at offsets within the article. */
interface BlockSigs {
  starts: number[];
  ends: number[];
  hashes: number[];
  words: number[];
}

function isClause(node: StructureNode): boolean {
  return node.kind === 'clause' || node.kind === 'item' || (node.kind === 'article' && node.children.length === 0);
}

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'bepaling-dubbel',
    category: 'structuur',
    defaultSeverity: 'warning',
    title: { nl: 'Dubbele bepaling', en: 'Duplicated clause' },
    messages: {
      default: {
        nl: 'Deze bepaling staat al in {other}. Een dubbele bepaling leidt tot uitlegvragen; verwijder er een of verwijs ernaar.',
        en: 'This clause already appears in {other}. A duplicate invites questions of interpretation; remove one or refer to it.',
      },
      near: {
        nl: 'Deze zin herhaalt, (vrijwel) letterlijk, een zin uit {other}. Twee versies van één regel leiden tot uitlegvragen, zeker waar ze in de woorden verschillen: houd er één over of verwijs ernaar.',
        en: 'This sentence repeats, (almost) word for word, a sentence in {other}. Two versions of one rule invite questions of interpretation, the more so where their wording differs: keep one, or refer to it.',
      },
      heading: {
        nl: 'Dit artikel heeft dezelfde kop als {other} ("{heading}"). Geef elk artikel een kop die zijn eigen inhoud noemt; anders zoekt de lezer op de verkeerde plaats.',
        en: 'This article has the same heading as {other} ("{heading}"). Give every article a heading that names its own content; otherwise the reader looks in the wrong place.',
      },
      item: {
        nl: 'Deze opsomming noemt "{item}" twee keer (ook in {other}). Schrap de herhaling, of maak duidelijk waarin de twee verschillen.',
        en: 'This list names "{item}" twice (also in {other}). Delete the repetition, or make clear how the two differ.',
      },
    },
  },
  check(model, ctx) {
    const { text, blocks } = model;
    // Clauses by the hash of their key; the keys themselves are built only when two hashes meet.
    const byHash = new Map<number, StructureNode>();
    let byKey: Map<string, StructureNode> | undefined;
    const keyOf = (n: StructureNode) => {
      const raw = text.slice(n.textSpan.start, n.textSpan.end);
      return `${clauseKey(raw).key}#${(raw.match(/\d+/g) ?? []).join(' ')}`;
    };
    // Signatures by article text, kept by the Analyzer: after an edit only the edited article's clauses
    // are read again (the article's string is found by identity while it is unchanged).
    const memo = ctx.memo?.<BlockSigs>('bepaling-dubbel:sigs');
    let b = 0;
    let block: Block | undefined;
    let sigs: BlockSigs | undefined;
    let k = 0;
    const clauses = model.nodes.filter(isClause);
    const reported: Array<{ start: number; end: number }> = [];
    const scopeOf = scopeFinder(model);
    // A one-off analysis (no memo) first reads only the ends of each clause: a clause whose edge
    // signature no other clause shares has no duplicate, and its key is never hashed in full.
    const lone = memo ? undefined : loneClauses(text, clauses);
    for (let ci = 0; ci < clauses.length; ci++) {
      if (lone && lone[ci]) continue;
      const node = clauses[ci];
      const { start, end } = node.textSpan;
      let hash: number;
      let words: number;
      if (memo) {
        while (b < blocks.length && blocks[b].span.end < end) b++;
        if (blocks[b] !== block) {
          block = blocks[b];
          sigs = block && memo.getOrCreate(block.text, () => ({ starts: [], ends: [], hashes: [], words: [] }));
          k = 0;
        }
      }
      if (sigs && block && block.span.start <= start && start <= end && end <= block.span.end) {
        const ls = start - block.span.start;
        const le = end - block.span.start;
        if (k < sigs.starts.length && sigs.starts[k] === ls && sigs.ends[k] === le) {
          hash = sigs.hashes[k];
          words = sigs.words[k];
        } else {
          ({ hash, words } = clauseSig(text, start, end));
          sigs.starts.length = sigs.ends.length = sigs.hashes.length = sigs.words.length = k;
          sigs.starts.push(ls);
          sigs.ends.push(le);
          sigs.hashes.push(hash);
          sigs.words.push(words);
        }
        k++;
      } else ({ hash, words } = clauseSig(text, start, end));
      if (words < MIN_WORDS) continue;
      // 30 bits: a small integer to the engine, not a heap number that each map lookup must hash.
      const firstWithHash = byHash.get(hash & 0x3fffffff);
      if (!firstWithHash) {
        byHash.set(hash & 0x3fffffff, node);
        continue;
      }
      // Rare: the same hash. Equal words and numbers make a duplicate; a collision, or the same words with
      // other numbers (a scale of periods or amounts), is kept apart by its key.
      byKey ??= new Map();
      const firstKey = keyOf(firstWithHash);
      if (!byKey.has(firstKey)) byKey.set(firstKey, firstWithHash);
      const key = keyOf(node);
      const first = byKey.get(key);
      if (!first) {
        byKey.set(key, node);
        continue;
      }
      // A clause that takes its subject from the clause before it ("Dit geldt ook voor ...") is a repeat
      // only with that clause: the sentence pass compares the two in context.
      if (refersBack(text.slice(start, end))) continue;
      // The same rule in two modules that each say what they govern is each module's own rule.
      if (inOtherScopes(scopeOf, start, first.textSpan.start)) continue;
      reported.push(node.textSpan);
      ctx.report({
        span: node.textSpan,
        args: { other: describe(first) },
        related: [{ span: first.textSpan, message: { nl: 'Eerste vermelding', en: 'First occurrence' } }],
      });
    }
    // Sentences of one paragraph that repeat, in order, sentences of one earlier paragraph are one repeated
    // passage: one finding over the run, not one per sentence.
    let run: { later: { start: number; end: number }; earlier: { start: number; end: number } } | undefined;
    const flush = () => {
      if (!run) return;
      ctx.report({
        span: run.later,
        messageId: 'near',
        args: { other: describeAt(model, run.earlier.start) },
        related: [{ span: run.earlier, message: { nl: 'Eerdere versie', en: 'Earlier version' } }],
      });
      run = undefined;
    };
    // The line index first: the text between two far-apart sentences is not sliced.
    const sameLine = (from: number, to: number) =>
      from <= to && model.lines.positionAt(from).line === model.lines.positionAt(to).line && !/[\r\n]/.test(text.slice(from, to));
    // Both in document order (the clauses' own texts do not overlap): one sweep skips the sentences of
    // clauses reported whole.
    let r = 0;
    for (const pair of nearDuplicates(blocks, ctx)) {
      while (r < reported.length && reported[r].end <= pair.later.start) r++;
      if (r < reported.length && reported[r].start < pair.later.end) continue;
      if (inOtherScopes(scopeOf, pair.later.start, pair.earlier.start)) continue;
      if (run && sameLine(run.later.end, pair.later.start) && sameLine(run.earlier.end, pair.earlier.start)) {
        run = { later: { start: run.later.start, end: pair.later.end }, earlier: { start: run.earlier.start, end: pair.earlier.end } };
        continue;
      }
      flush();
      run = { later: pair.later, earlier: pair.earlier };
    }
    flush();
    sameHeadings(model, ctx);
    repeatedItems(model, ctx);
  },
};

const FIRST = { nl: 'Eerste vermelding', en: 'First occurrence' };

/** Articles whose headings say the same, numbers and case aside. */
function sameHeadings(model: DocumentModel, ctx: Parameters<DocumentRule['check']>[1]): void {
  const seen = new Map<string, StructureNode>();
  for (const n of model.nodes) {
    if ((n.kind !== 'article' && n.kind !== 'part') || !n.heading || !n.headingSpan) continue;
    const heading = n.heading.replace(/^[#\s]*(?:artikel|art\.)?\s*[\dIVXivx.]*\s*[.:)–—-]?\s*/u, '');
    const key = normaliseClause(heading);
    if (!key) continue;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, n);
      continue;
    }
    ctx.report({ span: n.headingSpan, messageId: 'heading', args: { other: describe(first), heading: heading.trim() }, related: [{ span: first.headingSpan!, message: FIRST }] });
  }
}

/** A list (letters or bullets) that names the same short item twice; long ones are the exact pass's. */
function repeatedItems(model: DocumentModel, ctx: Parameters<DocumentRule['check']>[1]): void {
  // Keys by item text, kept by the Analyzer: after an edit only new items are read again.
  const memo = ctx.memo?.<string>('bepaling-dubbel:items');
  for (const parent of model.nodes) {
    if (parent.children.length < 2) continue;
    let seen: Map<string, StructureNode> | undefined;
    for (const c of parent.children) {
      if (c.kind !== 'item' || c.children.length) continue;
      // A long item is the exact pass's: told by its first words, before its text is sliced and looked up.
      if (hasWords(model.text, c.textSpan.start, c.textSpan.end, MIN_WORDS)) continue;
      const text = model.text.slice(c.textSpan.start, c.textSpan.end);
      const key = memo ? memo.getOrCreate(text, itemKey) : itemKey(text);
      if (!key) continue;
      seen ??= new Map();
      const first = seen.get(key);
      if (!first) {
        seen.set(key, c);
        continue;
      }
      const item = withoutTrailingStops(text.trim());
      ctx.report({ span: c.textSpan, messageId: 'item', args: { item, other: describe(first) }, related: [{ span: first.textSpan, message: FIRST }] });
    }
  }
}

/** What a list item is compared by, or '' for an item too long (or without words) to compare. */
function itemKey(text: string): string {
  const raw = withoutTrailingStops(text.trim());
  const words = normaliseClause(raw);
  if (!words || words.split(' ').length >= MIN_WORDS) return '';
  // Amounts and percentages tell items apart ("10% over de volgende € 2.500"): only case and spacing go.
  return raw.toLowerCase().replace(/\s+/g, ' ');
}

/** The text without the list punctuation at its end ("zijn naam;" → "zijn naam"), in one pass back. */
function withoutTrailingStops(text: string): string {
  let end = text.length;
  while (end > 0 && ';,.'.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/** The place of an offset as a reader names it: the deepest numbered node there, else its line. */
function describeAt(model: DocumentModel, offset: number): string | Localized {
  // Down the tree (a node's span holds its children's): the nodes around an offset are one chain.
  let best: StructureNode | undefined;
  let level = model.roots;
  for (;;) {
    const n = childAt(level, offset);
    if (!n) break;
    if (n.label) best = n;
    level = n.children;
  }
  if (best) return describe(best);
  const line = model.lines.positionAt(offset).line + 1;
  return { nl: `regel ${line}`, en: `line ${line}` };
}

/** Per clause, 1 when its edge signature is its own. */
function loneClauses(text: string, clauses: StructureNode[]): Uint8Array {
  const sigs = new Uint32Array(clauses.length);
  const count = new Map<number, number>();
  for (let i = 0; i < clauses.length; i++) {
    const { start, end } = clauses[i].textSpan;
    // 30 bits: a small integer to the engine, not a heap number that each map lookup must hash.
    const sig = edgeSig(text, start, end) & 0x3fffffff;
    sigs[i] = sig;
    count.set(sig, (count.get(sig) ?? 0) + 1);
  }
  const lone = new Uint8Array(clauses.length);
  for (let i = 0; i < clauses.length; i++) if (count.get(sigs[i]) === 1) lone[i] = 1;
  return lone;
}

function describe(n: StructureNode): string {
  if (n.kind === 'part' && n.label.length > 60) return `"${n.label.slice(0, 57).trimEnd()}…"`;
  return n.kind === 'article' ? `artikel ${n.label}` : n.label;
}
