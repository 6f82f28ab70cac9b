// A draft under another law than Dutch law: said once, because the Dutch BW checks do not run on it.
import type { DocumentRule } from '../kit/rule';
import { foreignLaw, LAW_NAMES } from '../model/documentKind';

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'recht-buitenlands',
    category: 'wet',
    defaultSeverity: 'information',
    title: { nl: 'Concept valt onder buitenlands recht', en: 'Draft is governed by foreign law' },
    messages: {
      default: {
        nl: 'Dit concept kiest voor {law}. Clausule toetst aan Nederlands recht; de controles op het Burgerlijk Wetboek en de zwarte en grijze lijst zijn daarom niet uitgevoerd. Laat het concept toetsen aan {law}.',
        en: 'This draft chooses {lawEn}. Clausule checks against Dutch law, so the checks against the Dutch Civil Code and the black and grey lists did not run. Have the draft checked against {lawEn}.',
      },
      implied: {
        nl: 'Dit concept lijkt onder {law} te vallen (het verwijst naar buitenlandse wetgeving of instanties). Clausule toetst aan Nederlands recht; de controles op het Burgerlijk Wetboek en de zwarte en grijze lijst zijn daarom niet uitgevoerd.',
        en: 'This draft appears to be governed by {lawEn} (it refers to foreign legislation or bodies). Clausule checks against Dutch law, so the checks against the Dutch Civil Code and the black and grey lists did not run.',
      },
    },
  },
  check(model, ctx) {
    const k = model.documentKind;
    if (!k || !foreignLaw(k) || !k.lawSpan) return;
    const name = LAW_NAMES[k.law!] ?? { nl: 'buitenlands recht', en: 'foreign law' };
    ctx.report({ span: k.lawSpan, messageId: k.lawSource === 'implied' ? 'implied' : 'default', args: { law: name.nl, lawEn: name.en } });
  },
};
