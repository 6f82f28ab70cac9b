// Deciding whether a draft addresses consumers (b2c) when the user chose "auto".
import type { Audience, AudienceSetting } from '../types';
import type { DocumentModel } from '../model/types';

/** 'undecided': "auto" found nothing either way; the consumer rules then run as hints. */
export type AudienceSource = 'comment' | 'setting' | 'detected' | 'undecided';

const CONSUMER = /\bconsument(?:en)?\b/gi;
// "niet van toepassing op consumenten", "geen consument", "uitsluitend zakelijke klanten"
const NEGATION = /\b(?:niet|geen|uitsluitend[ \t]+(?:bestemd[ \t]+)?voor[ \t]+(?:bedrijven|zakelijke))\b/i;

export function decideAudience(model: DocumentModel, setting: AudienceSetting | undefined): { audience: Audience; source: AudienceSource } {
  if (model.declaredAudience) return { audience: model.declaredAudience, source: 'comment' };
  if (setting === 'b2b' || setting === 'b2c') return { audience: setting, source: 'setting' };
  const detected = detectAudience(model.text);
  return detected ? { audience: detected, source: 'detected' } : { audience: 'b2b', source: 'undecided' };
}

// The statutory description of a consumer (6:236 BW, 7:408 lid 3 BW) counts as naming one.
const NATURAL_PERSON = /\bnatuurlijk(?:e)?[ \t\n]{1,4}perso(?:o|ne)n?[ \t\n]{1,4}die[ \t\n]{1,4}niet[ \t\n]{1,4}handel(?:t|en)[ \t\n]{1,4}in[ \t\n]{1,4}de[ \t\n]{1,4}uitoefening/gi;
// "particulier", "particuliere klanten", "particulieren".
const PRIVATE_PERSON = /\bparticulier(?:e|en)?\b/gi;
// What a draft gives only to consumers: a right of withdrawal ("herroepingsrecht") and a cooling-off
// period ("bedenktijd").
const CONSUMER_RIGHT = /\b(?:herroepingsrecht|herroepingstermijn|bedenktijd)\b/gi;
// A business counterparty: "rechtspersoon", "handelend in de uitoefening van (zijn) beroep of bedrijf",
// "zakelijke klant". Read only when nothing speaks of a consumer.
const BUSINESS = /\b(?:rechtspersoon|rechtspersonen|handelend[ \t\n]{1,4}in[ \t\n]{1,4}de[ \t\n]{1,4}uitoefening|zakelijke[ \t\n]{1,4}(?:klant|klanten|afnemer|afnemers|wederpartij|gebruikers?)|bedrijfsmatige?)\b/i;

/** 'b2c' when some sentence speaks of a consumer without excluding consumers, 'b2b' when only a business counterparty is named, else undefined. */
export function detectAudience(text: string): Audience | undefined {
  if (addressesConsumers(text)) return 'b2c';
  CONSUMER.lastIndex = PRIVATE_PERSON.lastIndex = 0;
  // Consumers named but excluded, or a business counterparty named: a draft between businesses.
  if (CONSUMER.test(text) || PRIVATE_PERSON.test(text) || BUSINESS.test(text)) return 'b2b';
  return undefined;
}

/** True when some sentence speaks of a consument, or of what only a consumer has, without excluding consumers. */
export function addressesConsumers(text: string): boolean {
  return (
    mentionedWithoutNegation(text, CONSUMER) ||
    mentionedWithoutNegation(text, NATURAL_PERSON) ||
    mentionedWithoutNegation(text, PRIVATE_PERSON) ||
    mentionedWithoutNegation(text, CONSUMER_RIGHT)
  );
}

function mentionedWithoutNegation(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Only the 300 characters before the mention are read, so many mentions in a long text stay linear.
    const window = text.slice(Math.max(0, m.index - 300), m.index);
    const sentence = window.slice(Math.max(window.lastIndexOf('.'), window.lastIndexOf('\n')) + 1);
    if (!NEGATION.test(sentence)) return true;
  }
  return false;
}
