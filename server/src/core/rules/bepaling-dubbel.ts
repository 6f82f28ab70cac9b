import type { DocumentRule } from './rule';
import type { StructureNode } from '../model/types';
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
    const seen = new Map<string, StructureNode>();
    // Keys by clause text, kept by the Analyzer: after an edit only the edited clause is normalised again.
    // Looked up through the clause's article (block text, found by identity when the article is
    // unchanged, and the clause's place in it), so an edit does not slice and hash every clause again.
    const memo = ctx.memo?.<ClauseKey>('bepaling-dubbel');
    const byBlock = ctx.memo?.<Map<string, ClauseKey>>('bepaling-dubbel:block');
    const blocks = model.blocks;
    let b = 0;
    let inBlock: Map<string, ClauseKey> | undefined;
    for (const node of model.nodes) {
      if (node.kind !== 'clause' && node.kind !== 'item' && !(node.kind === 'article' && node.children.length === 0)) continue;
      const { start, end } = node.textSpan;
      let ck: ClauseKey | undefined;
      if (byBlock) {
        while (b < blocks.length && blocks[b].span.end < end) {
          b++;
          inBlock = undefined;
        }
        const block = blocks[b];
        if (block && block.span.start <= start && start <= end && end <= block.span.end) {
          inBlock ??= byBlock.getOrCreate(block.text, () => new Map());
          const local = `${start - block.span.start}:${end - block.span.start}`;
          ck = inBlock.get(local);
          if (!ck) {
            ck = clauseKey(block.text.slice(start - block.span.start, end - block.span.start));
            inBlock.set(local, ck);
          }
        }
      }
      if (!ck) {
        const raw = model.text.slice(start, end);
        ck = memo ? memo.getOrCreate(raw, clauseKey) : clauseKey(raw);
      }
      const { key, words } = ck;
      if (words < MIN_WORDS) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, node);
        continue;
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
