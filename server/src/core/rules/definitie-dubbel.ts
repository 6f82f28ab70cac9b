// A term defined twice.
import type { DocumentRule } from '../kit/rule';
import type { Definition } from '../model/types';

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'definitie-dubbel',
    category: 'definities',
    defaultSeverity: 'error',
    title: { nl: 'Begrip twee keer gedefinieerd', en: 'Term defined twice' },
    messages: {
      default: {
        nl: '"{term}" is al eerder gedefinieerd, met een andere omschrijving. Welke definitie geldt, is dan voor uitleg vatbaar; houd er één over.',
        en: '"{term}" is already defined earlier, with a different meaning. Which definition applies is then open to interpretation; keep one.',
      },
      same: {
        nl: '"{term}" is al eerder gedefinieerd, met dezelfde omschrijving. Verwijder de herhaling.',
        en: '"{term}" is already defined earlier, with the same meaning. Remove the repetition.',
      },
    },
  },
  check(model, ctx) {
    const first = new Map<string, Definition>();
    for (const d of model.definitions) {
      const key = d.term.toLowerCase();
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, d);
        continue;
      }
      const same = normalise(earlier.text) === normalise(d.text);
      ctx.report({
        span: d.span,
        messageId: same ? 'same' : 'default',
        args: { term: d.term },
        related: [{ span: earlier.span, message: { nl: 'Eerste definitie', en: 'First definition' } }],
      });
    }
  },
};

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
