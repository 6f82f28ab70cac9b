import type { DirectiveRule } from '../kit/rule';

/**
 * Reports disable comments that suppress nothing or name an unknown rule. The engine applies the
 * comments after every other rule has run (engine/directives.ts) and hands this rule what they did.
 */
export const rule: DirectiveRule = {
  scope: 'directives',
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
  check({ unused, unknown }, ctx) {
    for (const { directive, id } of unknown) ctx.report({ span: directive.span, messageId: 'unknown', args: { id } });
    for (const directive of unused) {
      ctx.report({
        span: directive.span,
        tags: ['unnecessary'],
        fixes: [{ title: { nl: 'Opmerking verwijderen', en: 'Remove the comment' }, edits: [{ span: directive.span, newText: '' }] }],
      });
    }
  },
};
