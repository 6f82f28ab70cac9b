// Deciding whether a draft addresses consumers (b2c) when the user chose "auto".
import type { Audience, AudienceSetting } from '../types';
import type { DocumentModel } from '../model/types';

export type AudienceSource = 'comment' | 'setting' | 'detected';

const CONSUMER = /\bconsument(?:en)?\b/gi;
// "niet van toepassing op consumenten", "geen consument", "uitsluitend zakelijke klanten"
const NEGATION = /\b(?:niet|geen|uitsluitend[ \t]+(?:bestemd[ \t]+)?voor[ \t]+(?:bedrijven|zakelijke))\b/i;

export function decideAudience(model: DocumentModel, setting: AudienceSetting | undefined): { audience: Audience; source: AudienceSource } {
  if (model.declaredAudience) return { audience: model.declaredAudience, source: 'comment' };
  if (setting === 'b2b' || setting === 'b2c') return { audience: setting, source: 'setting' };
  return { audience: addressesConsumers(model.text) ? 'b2c' : 'b2b', source: 'detected' };
}

// The statutory description of a consumer (6:236 BW, 7:408 lid 3 BW) counts as naming one.
const NATURAL_PERSON = /\bnatuurlijk(?:e)?[ \t\n]{1,4}perso(?:o|ne)n?[ \t\n]{1,4}die[ \t\n]{1,4}niet[ \t\n]{1,4}handel(?:t|en)[ \t\n]{1,4}in[ \t\n]{1,4}de[ \t\n]{1,4}uitoefening/gi;

/** True when some sentence speaks of a consument without excluding consumers. */
export function addressesConsumers(text: string): boolean {
  return mentionedWithoutNegation(text, CONSUMER) || mentionedWithoutNegation(text, NATURAL_PERSON);
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
