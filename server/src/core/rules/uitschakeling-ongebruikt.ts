import type { DocumentRule } from './rule';

/**
 * Reports disable comments that suppress nothing or name an unknown rule. The engine does the work
 * (engine/directives.ts) because it runs after every other rule; this entry makes it configurable
 * (severity or off) and documented like any other rule.
 */
export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'uitschakeling-ongebruikt',
    category: 'structuur',
    defaultSeverity: 'warning',
    title: { nl: 'Uitschakelopmerking zonder effect', en: 'Disable comment without effect' },
    messages: {
      default: {
        nl: 'Deze uitschakelopmerking onderdrukt geen enkele melding; verwijder haar.',
        en: 'This disable comment suppresses no finding; remove it.',
      },
      unknown: {
        nl: 'Onbekende regel "{id}" in deze uitschakelopmerking.',
        en: 'Unknown rule "{id}" in this disable comment.',
      },
    },
  },
  check() {
    // Intentionally empty: see engine/directives.ts.
  },
};
