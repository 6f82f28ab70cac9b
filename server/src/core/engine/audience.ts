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
 * (read with the same /i, and no word can start inside another): one scan finds where they are, and each
 * pattern is tried only there. A draft that names no consumer, as most drafts between businesses, then costs
 * one scan instead of six, on every analysis and so on every edit.
 */
const MENTION_WORDS = /consument|natuurlijk|particulier|herroeping|bedenktijd/gi;

/** 'b2c' when some sentence speaks of a consumer without excluding consumers, 'b2b' when only a business counterparty is named, else undefined. */
export function detectAudience(text: string): Audience | undefined {
  const at = mentionStarts(text);
  if (addressesConsumersAt(text, at)) return 'b2c';
  // Consumers named but excluded, or a business counterparty named: a draft between businesses.
  if (firstMatch(text, CONSUMER, at) || firstMatch(text, PRIVATE_PERSON, at) || BUSINESS.test(text)) return 'b2b';
  return undefined;
}

/** True when some sentence speaks of a consument, or of what only a consumer has, without excluding consumers. */
export function addressesConsumers(text: string): boolean {
  return addressesConsumersAt(text, mentionStarts(text));
}

function addressesConsumersAt(text: string, at: number[]): boolean {
  if (!at.length) return false;
  return (
    mentionedWithoutNegation(text, CONSUMER, at) ||
    mentionedWithoutNegation(text, NATURAL_PERSON, at) ||
    mentionedWithoutNegation(text, PRIVATE_PERSON, at) ||
    mentionedWithoutNegation(text, CONSUMER_RIGHT, at)
  );
}

/** Where the MENTION_WORDS occur, ascending. */
function mentionStarts(text: string): number[] {
  const at: number[] = [];
  MENTION_WORDS.lastIndex = 0;
  for (let m = MENTION_WORDS.exec(text); m; m = MENTION_WORDS.exec(text)) at.push(m.index);
  return at;
}

const stickies = new Map<RegExp, RegExp>();

/**
 * The first match of the global pattern `re` that `accept` takes, in the order a plain exec loop finds them,
 * tried only at `at` (every match starts at one of them): after a match, the loop goes on past its end.
 */
function firstMatch(text: string, re: RegExp, at: number[], accept: (m: RegExpExecArray) => boolean = () => true): RegExpExecArray | undefined {
  let sticky = stickies.get(re);
  if (!sticky) stickies.set(re, (sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  let next = 0;
  for (const p of at) {
    if (p < next) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m) continue;
    if (accept(m)) return m;
    next = p + Math.max(1, m[0].length);
  }
  return undefined;
}

function mentionedWithoutNegation(text: string, re: RegExp, at: number[]): boolean {
  return !!firstMatch(text, re, at, (m) => {
    // Only the 300 characters before the mention are read, so many mentions in a long text stay linear.
    const window = text.slice(Math.max(0, m.index - 300), m.index);
    const sentence = window.slice(Math.max(window.lastIndexOf('.'), window.lastIndexOf('\n')) + 1);
    return !NEGATION.test(sentence);
  });
}
