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

// A self-employed contractor ("zzp'er", "zelfstandige zonder personeel") is a business by what the word says;
// so is a party that works "in de uitoefening van een bedrijf" or "in de zelfstandige uitoefening van een beroep".
// The negated statutory form ("die niet handelt in de uitoefening") is read as a consumer above, first.
const SELF_EMPLOYED = /\b(?:zzp(?:['’]?ers?)?|zelfstandigen?[ \t\n]{1,4}zonder[ \t\n]{1,4}personeel)\b|\bin[ \t\n]{1,4}de[ \t\n]{1,4}(?:zelfstandige[ \t\n]{1,4})?uitoefening[ \t\n]{1,4}van[ \t\n]{1,4}(?:zijn[ \t\n]{1,4}|haar[ \t\n]{1,4}|een[ \t\n]{1,4}|hun[ \t\n]{1,4})?(?:beroep|bedrijf)\b/gi;

// The consumer-law name of the one who sells ("Ondernemer: wie in de uitoefening van een bedrijf aanbiedt"): its
// business says nothing of the other side.
const TRADER = /\b(?:ondernemer|handelaar)\b/i;

/** 'b2c' when some sentence speaks of a consumer without excluding consumers, 'b2b' when only a business counterparty is named, else undefined. */
export function detectAudience(text: string): Audience | undefined {
  if (addressesConsumers(text)) return 'b2c';
  CONSUMER.lastIndex = PRIVATE_PERSON.lastIndex = 0;
  // Consumers named but excluded, or a business counterparty named: a draft between businesses.
  if (CONSUMER.test(text) || PRIVATE_PERSON.test(text) || BUSINESS.test(text)) return 'b2b';
  if (mentionedWithoutNegation(text, SELF_EMPLOYED, TRADER) || businessParties(text) >= 2) return 'b2b';
  return undefined;
}

// The names drafts give their parties. A business identity tied to one of them (its Chamber of Commerce or VAT
// number, or a legal form followed by "hierna te noemen <role>") says that party is a business; one such party is
// the drafter itself (a consumer draft names the trader's KvK number), two are both sides of the contract.
const ROLES = 'opdrachtgever|opdrachtnemer|klant|afnemer|leverancier|koper|verkoper|huurder|verhuurder|aannemer|onderaannemer|dienstverlener|licentiegever|licentienemer|wederpartij';
const ROLE = new RegExp(`\\b(?:${ROLES})\\b`, 'gi');
const IS_ROLE = new RegExp(`^(?:${ROLES})$`, 'i');
const REGISTRATION = /\b(?:kvk(?:[- \t]?nummer)?|kamer[ \t]+van[ \t]+koophandel|handelsregister|btw[- \t]?(?:identificatie)?nummer|btw-id|vat[- \t]?(?:number|nummer))/gi;
// "X B.V., gevestigd te …, hierna te noemen: 'Opdrachtgever'". Case-sensitive: "c.v." is a boiler.
const LEGAL_FORM_AS_ROLE = /(?<![\p{L}.])(?:B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|VOF)(?![\p{L}])[^]{0,240}?\bhierna[ \t\n]{1,4}(?:te[ \t\n]{1,4}noemen|genoemd|ook)?[ \t\n:]*['‘’"“”]?(\p{L}+)/gu;

/** How many of the draft's party roles carry a business identity. */
export function businessParties(text: string): number {
  const roles = new Set<string>();
  REGISTRATION.lastIndex = 0;
  for (let m = REGISTRATION.exec(text); m; m = REGISTRATION.exec(text)) {
    const role = nearestRole(text, m.index, m.index + m[0].length);
    if (role) roles.add(role);
  }
  LEGAL_FORM_AS_ROLE.lastIndex = 0;
  for (let m = LEGAL_FORM_AS_ROLE.exec(text); m; m = LEGAL_FORM_AS_ROLE.exec(text)) {
    if (IS_ROLE.test(m[1])) roles.add(m[1].toLowerCase());
  }
  return roles.size;
}

// The role named on the same line within 40 characters of a registration ("KvK-nummer Opdrachtnemer",
// "inschrijving van Opdrachtnemer bij de Kamer van Koophandel").
function nearestRole(text: string, start: number, end: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const from = Math.max(lineStart, start - 40);
  const window = text.slice(from, Math.min(lineEnd < 0 ? text.length : lineEnd, end + 40));
  let best: string | undefined;
  let bestDistance = Infinity;
  ROLE.lastIndex = 0;
  for (let m = ROLE.exec(window); m; m = ROLE.exec(window)) {
    const at = from + m.index;
    const distance = at < start ? start - (at + m[0].length) : at - end;
    // On a tie the role after it wins: "het KvK-nummer van de Leverancier".
    if (distance < bestDistance || (distance === bestDistance && at > start)) [best, bestDistance] = [m[0].toLowerCase(), distance];
  }
  return best;
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

function mentionedWithoutNegation(text: string, re: RegExp, alsoNot?: RegExp): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Only the 300 characters before the mention are read, so many mentions in a long text stay linear.
    const window = text.slice(Math.max(0, m.index - 300), m.index);
    const sentence = window.slice(Math.max(window.lastIndexOf('.'), window.lastIndexOf('\n')) + 1);
    if (!NEGATION.test(sentence) && !alsoNot?.test(sentence)) return true;
  }
  return false;
}
