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

/**
 * Every match of CONSUMER, NATURAL_PERSON, PRIVATE_PERSON and CONSUMER_RIGHT starts with one of these words
 * (read with the same /i, and no word can start inside another): one scan finds where they are, and the
 * patterns are tried only there. A draft that names no consumer, as most drafts between businesses, then
 * costs one scan instead of six, on every analysis and so on every edit; a consumer draft stops at its first mention.
 */
const MENTION_WORDS = /consument|natuurlijk|particulier|herroeping|bedenktijd/gi;
const MENTIONS = [CONSUMER, NATURAL_PERSON, PRIVATE_PERSON, CONSUMER_RIGHT].map((re) => new RegExp(re.source, 'iy'));
/** The patterns whose mere presence (even excluded) names a consumer: CONSUMER and PRIVATE_PERSON. */
const NAMES_CONSUMER = [true, false, true, false];

/** 'b2c' when some sentence speaks of a consumer without excluding consumers, 'b2b' when only a business counterparty is named, else undefined. */
export function detectAudience(text: string): Audience | undefined {
  const { addresses, named } = readMentions(text);
  if (addresses) return 'b2c';
  // Consumers named but excluded, or a business counterparty named: a draft between businesses.
  if (named || BUSINESS.test(text)) return 'b2b';
  return undefined;
}

/** True when some sentence speaks of a consument, or of what only a consumer has, without excluding consumers. */
export function addressesConsumers(text: string): boolean {
  return readMentions(text).addresses;
}

/**
 * Whether a mention (a match of one of MENTIONS) stands in no sentence that excludes consumers, and whether
 * CONSUMER or PRIVATE_PERSON matches at all (read in full only when nothing addresses a consumer). Each
 * pattern's matches are those of a plain exec loop: after one, the pattern goes on past its end.
 */
function readMentions(text: string): { addresses: boolean; named: boolean } {
  const next = [0, 0, 0, 0];
  let named = false;
  MENTION_WORDS.lastIndex = 0;
  for (let w = MENTION_WORDS.exec(text); w; w = MENTION_WORDS.exec(text)) {
    const p = w.index;
    for (let k = 0; k < MENTIONS.length; k++) {
      if (p < next[k]) continue;
      const re = MENTIONS[k];
      re.lastIndex = p;
      const m = re.exec(text);
      if (!m) continue;
      if (NAMES_CONSUMER[k]) named = true;
      if (!excluded(text, p)) return { addresses: true, named };
      next[k] = p + m[0].length;
    }
  }
  return { addresses: false, named };
}

/** Whether the sentence before a mention at `at` excludes consumers; only the 300 characters before it are read. */
function excluded(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 300), at);
  const sentence = window.slice(Math.max(window.lastIndexOf('.'), window.lastIndexOf('\n')) + 1);
  return NEGATION.test(sentence);
}
