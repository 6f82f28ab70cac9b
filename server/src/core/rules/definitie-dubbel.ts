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
      namedAgain: {
        nl: '"{term}" is eerder in het concept al als benaming ingevoerd en wordt hier opnieuw ingevoerd. Controleer of beide keren dezelfde partij of zaak bedoeld is en schrap de herhaling; gaat het om iets anders, kies dan een andere benaming.',
        en: '"{term}" is already introduced as a name earlier in the draft and is introduced again here. Check that the same party or thing is meant both times and delete the repetition; if something else is meant, choose another name.',
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
      // Two names given in passing ("… B.V., hierna te noemen: Opdrachtgever" in the preamble and again in a recital):
      // their texts are the words before them, no descriptions to compare; most often the same party named twice.
      const named = !same && earlier.style === 'hierna' && d.style === 'hierna';
      ctx.report({
        span: d.span,
        messageId: same ? 'same' : named ? 'namedAgain' : 'default',
        severity: named ? 'warning' : undefined,
        args: { term: d.term },
        related: [{ span: earlier.span, message: { nl: 'Eerste definitie', en: 'First definition' } }],
      });
    }
  },
};

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
