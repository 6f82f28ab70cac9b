// A clause that refers to itself: "de leden 2 en 3" written inside lid 3.
import type { DocumentRule } from './rule';
import type { StructureNode } from '../model/types';

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
      ctx.report({ span: r.span, args: { label: t.label } });
    }
  },
};

function contains(ancestor: StructureNode, n: StructureNode): boolean {
  for (let x: StructureNode | undefined = n; x; x = x.parent) if (x === ancestor) return true;
  return false;
}
