import type { DocumentRule } from './rule';
import type { Block, StructureNode } from '../model/types';
import { codePointLength, letterAt } from '../text/letters';

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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** The hash of a key string, code unit by code unit (FNV-1a): what `clauseSig` computes without the key. */
export function hashKey(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
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
    let c = text.charCodeAt(i);
    let letter: boolean;
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        c += 32;
        letter = true;
      } else letter = c >= 97 && c <= 122;
    } else if (c < 256) {
      if (c >= 0xc0 && c <= 0xde && c !== 0xd7) c += 32;
      letter = c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba;
    } else if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf)) letter = false;
    else {
      const k = clauseKey(text.slice(start, end));
      return { hash: hashKey(k.key), words: k.words };
    }
    if (letter) {
      if (!inWord) {
        if (words > 0) h = Math.imul(h ^ 32, FNV_PRIME);
        words++;
        inWord = true;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
    } else inWord = false;
  }
  return { hash: h >>> 0, words };
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
    },
  },
  check(model, ctx) {
    const { text, blocks } = model;
    // Clauses by the hash of their key; the keys themselves are built only when two hashes meet.
    const byHash = new Map<number, StructureNode>();
    let byKey: Map<string, StructureNode> | undefined;
    const keyOf = (n: StructureNode) => clauseKey(text.slice(n.textSpan.start, n.textSpan.end)).key;
    // Signatures by article text, kept by the Analyzer: after an edit only the edited article's clauses
    // are read again (the article's string is found by identity while it is unchanged).
    const memo = ctx.memo?.<BlockSigs>('bepaling-dubbel:sigs');
    let b = 0;
    let block: Block | undefined;
    let sigs: BlockSigs | undefined;
    let k = 0;
    for (const node of model.nodes) {
      if (!isClause(node)) continue;
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
      let first = byHash.get(hash);
      if (!first) {
        byHash.set(hash, node);
        continue;
      }
      // Rare: the same hash. Equal keys make a duplicate; a mere collision is kept apart by its key.
      const key = keyOf(node);
      if (key !== keyOf(first)) {
        byKey ??= new Map();
        first = byKey.get(key);
        if (!first) {
          byKey.set(key, node);
          continue;
        }
      }
      ctx.report({
        span: node.textSpan,
        args: { other: describe(first) },
        related: [{ span: first.textSpan, message: { nl: 'Eerste vermelding', en: 'First occurrence' } }],
      });
    }
  },
};

function describe(n: StructureNode): string {
  return n.kind === 'article' ? `artikel ${n.label}` : n.label;
}
