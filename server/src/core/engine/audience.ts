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

/** True when some sentence speaks of a consument without excluding consumers. */
export function addressesConsumers(text: string): boolean {
  CONSUMER.lastIndex = 0;
  for (let m = CONSUMER.exec(text); m; m = CONSUMER.exec(text)) {
    const from = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('\n', m.index), m.index - 300);
    const sentence = text.slice(from + 1, m.index);
    if (!NEGATION.test(sentence)) return true;
  }
  return false;
}
