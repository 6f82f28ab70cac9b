// A clause that refers to itself: "de leden 2 en 3" written inside lid 3.
import type { DocumentRule } from '../kit/rule';
import type { StructureNode } from '../model/types';

const SAYS_ITSELF = /\b(?:[Dd]it|[Dd]eze|[Oo]nderhavige?)[ \t]{1,3}$/;

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'verwijzing-zelf',
    category: 'structuur',
    defaultSeverity: 'warning',
    title: { nl: 'Bepaling verwijst naar zichzelf', en: 'Clause refers to itself' },
    messages: {
      default: {
        nl: 'Deze verwijzing wijst naar de bepaling waarin zij staat ({label}). Waarschijnlijk is een ander onderdeel bedoeld.',
        en: 'This reference points to the clause it is written in ({label}). Another part is probably meant.',
      },
    },
  },
  check(model, ctx) {
    for (const r of model.references) {
      const t = r.target;
      if (!t || !r.from || (t.kind !== 'clause' && t.kind !== 'item')) continue;
      if (!contains(t, r.from)) continue;
      // "artikel 14" found at its first clause 14.1 (no article heading) names the article, not that clause.
      if (r.targetPath && t.path.length > r.targetPath.length) continue;
      // "in dit artikel 23", "deze paragraaf 4.2": the draft says it means itself.
      if (SAYS_ITSELF.test(model.text.slice(Math.max(0, r.span.start - 24), r.span.start))) continue;
      ctx.report({ span: r.span, args: { label: t.label } });
    }
  },
};

function contains(ancestor: StructureNode, n: StructureNode): boolean {
  for (let x: StructureNode | undefined = n; x; x = x.parent) if (x === ancestor) return true;
  return false;
}
