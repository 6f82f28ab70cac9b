// A defined term that the draft never uses.
import type { DocumentRule } from './rule';
import { pluralsOf } from '../model/definitions';
import type { Definition } from '../model/types';

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'definitie-ongebruikt',
    category: 'definities',
    defaultSeverity: 'information',
    title: { nl: 'Gedefinieerd begrip wordt niet gebruikt', en: 'Defined term is never used' },
    messages: {
      default: {
        nl: '"{term}" wordt gedefinieerd maar nergens in het concept gebruikt. Verwijder de definitie, of gebruik het begrip waar het bedoeld is.',
        en: '"{term}" is defined but never used in the draft. Remove the definition, or use the term where it is meant.',
      },
      pluralOnly: {
        nl: '"{term}" wordt alleen in het meervoud gebruikt ("{plural}"), en het concept bepaalt niet dat het enkelvoud ook het meervoud omvat. Voeg die bepaling toe aan de definities, of definieer het meervoud.',
        en: '"{term}" is only used in the plural ("{plural}"), and the draft does not say that the singular includes the plural. Add that provision to the definitions, or define the plural.',
      },
    },
  },
  check(model, ctx) {
    // Only whether each defined term is used matters: the uses are read until every term has been seen.
    const wanted = new Set<string>();
    for (const d of model.definitions) wanted.add(d.term);
    const used = new Set<string>();
    for (const u of model.uses) {
      if (!wanted.has(u.term)) continue;
      used.add(u.term);
      if (used.size === wanted.size) break;
    }
    // One definition of several terms ("Offerte en/of Aanbieding") is used when any of them is.
    const groupUsed = new Set<number>();
    for (const d of model.definitions) if (d.group !== undefined && used.has(d.term)) groupUsed.add(d.group);
    const reported = new Set<number>();
    for (const d of model.definitions) {
      if (used.has(d.term) || d.style === 'extern') continue; // a term taken from another document is used where it is named
      if (d.group !== undefined) {
        if (groupUsed.has(d.group) || reported.has(d.group)) continue;
        reported.add(d.group);
      }
      // Defined twice: the uses are counted for the first definition; definitie-dubbel reports the second.
      if (model.definitions.some((o) => o !== d && o.term === d.term)) continue;
      const plural = model.pluralCovered ? undefined : pluralUse(model.text, d);
      const span = d.group !== undefined ? groupSpan(model.definitions, d) : d.span;
      if (plural) ctx.report({ span, messageId: 'pluralOnly', args: { term: d.label ?? d.term, plural } });
      else ctx.report({ span, args: { term: d.label ?? d.term }, tags: ['unnecessary'] });
    }
  },
};

function groupSpan(defs: Definition[], d: Definition) {
  const members = defs.filter((o) => o.group === d.group);
  return { start: members[0].span.start, end: members[members.length - 1].span.end };
}

function pluralUse(text: string, d: Definition): string | undefined {
  for (const p of pluralsOf(d.term)) {
    let at = text.indexOf(p);
    while (at >= 0) {
      const before = at > 0 ? text[at - 1] : ' ';
      const after = text[at + p.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return p;
      at = text.indexOf(p, at + 1);
    }
  }
  return undefined;
}
