import type { DocumentRule } from './rule';
import type { StructureNode } from '../model/types';

// Clauses shorter than this are boilerplate-sized ("Partijen: ..."), where repetition is normal.
const MIN_WORDS = 8;

/** Text of a clause reduced to what a reader compares: words, lower case, no numbers or punctuation. */
export function normaliseClause(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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
    for (const node of model.nodes) {
      if (node.kind !== 'clause' && node.kind !== 'item' && !(node.kind === 'article' && node.children.length === 0)) continue;
      const raw = model.text.slice(node.textSpan.start, node.textSpan.end);
      const key = normaliseClause(raw);
      if (key.split(' ').length < MIN_WORDS) continue;
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
