// Deciding whether a draft addresses consumers (b2c) when the user chose "auto".
import type { Audience, AudienceSetting } from '../types';
import type { DocumentModel } from '../model/types';

/** 'undecided': "auto" found nothing either way; the consumer rules then run as hints. */
export type AudienceSource = 'comment' | 'setting' | 'detected' | 'undecided';

const CONSUMER = /\bconsument(?:en)?\b/gi;
// "niet van toepassing op consumenten", "geen consument", "noch consumenten", "uitsluitend zakelijke klanten";
// read in the clause before the mention only ("nog geen betaling heeft plaatsgevonden, ... rente van consumenten").
const NEGATION = /\b(?:niet|geen|noch|uitsluitend[ \t]+(?:bestemd[ \t]+)?voor[ \t]+(?:bedrijven|zakelijke))\b/i;

export function decideAudience(model: DocumentModel, setting: AudienceSetting | undefined): { audience: Audience; source: AudienceSource } {
  if (model.declaredAudience) return { audience: model.declaredAudience, source: 'comment' };
  if (setting === 'b2b' || setting === 'b2c') return { audience: setting, source: 'setting' };
  const detected = detectAudience(model.text);
  if (detected) return { audience: detected, source: 'detected' };
  // A data processing agreement (by its title) binds a controller and its processor, organisations both: its
  // consumer-law reading would only be noise. A consumer it names still decides above.
  if (model.documentKind?.kind === 'verwerkersovereenkomst') return { audience: 'b2b', source: 'detected' };
  // So does a service level agreement that calls itself one in its title: uptime, credits and severities are
  // agreed between organisations. (The wider 'sla' kind also takes a "dienstbeschrijving", which a consumer
  // product may have: that is not enough.)
  if (model.documentKind?.kind === 'sla' && SLA_TITLE.test(model.text.slice(0, 400))) return { audience: 'b2b', source: 'detected' };
  return { audience: 'b2b', source: 'undecided' };
}

// The statutory description of a consumer (6:236 BW, 7:408 lid 3 BW) counts as naming one, also with the role
// before it: "de huurder die als natuurlijk persoon niet handelt in de uitoefening van een beroep of bedrijf".
const NATURAL_PERSON = /\bnatuurlijk(?:e)?[ \t\n]{1,4}perso(?:o|ne)n?[ \t\n]{1,4}(?:die[ \t\n]{1,4})?niet[ \t\n]{1,4}handel(?:t|en)[ \t\n]{1,4}in[ \t\n]{1,4}de[ \t\n]{1,4}uitoefening/gi;
// "particulier", "particuliere klanten", "particulieren".
const PRIVATE_PERSON = /\bparticulier(?:e|en)?\b/gi;
// What a draft gives only to consumers: a right of withdrawal ("herroepingsrecht") and a cooling-off
// period ("bedenktijd").
const CONSUMER_RIGHT = /\b(?:herroepingsrecht|herroepingstermijn|bedenktijd)\b/gi;
// A business counterparty: "rechtspersoon", "handelend in de uitoefening van (zijn) beroep of bedrijf",
// "zakelijke klant". Read only when nothing speaks of a consumer. "Iedere (natuurlijke) persoon of rechtspersoon"
// is anyone, consumers included: that says nothing either way.
const BUSINESS = /\b(?<!(?:persoon|natuurlijke)[ \t\n]{1,4}(?:of|en|dan[ \t\n]{1,4}wel)[ \t\n]{1,4})(?:rechtspersoon|rechtspersonen|handelend[ \t\n]{1,4}in[ \t\n]{1,4}de[ \t\n]{1,4}uitoefening|zakelijke[ \t\n]{1,4}(?:klant|klanten|afnemer|afnemers|wederpartij|gebruikers?)|bedrijfsmatige?)\b/i;

// A self-employed contractor ("zzp'er", "zelfstandige zonder personeel") is a business by what the word says;
// so is a party that works "in de uitoefening van een bedrijf" or "in de zelfstandige uitoefening van een beroep".
// The negated statutory form ("die niet handelt in de uitoefening") is read as a consumer above, first.
const SELF_EMPLOYED = /\b(?:zzp(?:['’]?ers?)?|zelfstandigen?[ \t\n]{1,4}zonder[ \t\n]{1,4}personeel)\b|\bin[ \t\n]{1,4}de[ \t\n]{1,4}(?:zelfstandige[ \t\n]{1,4})?uitoefening[ \t\n]{1,4}van[ \t\n]{1,4}(?:zijn[ \t\n]{1,4}|haar[ \t\n]{1,4}|een[ \t\n]{1,4}|hun[ \t\n]{1,4})?(?:beroep|bedrijf)\b/gi;

// What only a business counterparty has or is offered: its own purchase conditions ("inkoopvoorwaarden",
// "inkoop- en andere voorwaarden van de koper zijn niet van toepassing"), and prices stated without VAT as the
// rule ("alle tarieven zijn exclusief btw"; prices offered to consumers are stated with it).
const BUSINESS_TERMS =
  /\binkoop(?:voorwaarden|[ \t\n]{0,2}-[ \t\n]{1,4}(?:of|en|en\/of)[ \t\n]{1,4}(?:andere[ \t\n]{1,4})?\p{L}{0,20}voorwaarden)\b|\b(?:alle[ \t\n]{1,4})?(?:prijzen|tarieven|bedragen)[ \t\n]{1,4}(?:zijn|worden|luiden|gelden)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?exclusief[ \t\n]{1,4}(?:btw|BTW|omzetbelasting)\b/iu;

// The title's own name for a service level agreement, in its first lines.
const SLA_TITLE = /\bservice[ \t-]*level[ \t-]*(?:agreement|overeenkomst)\b|\bSLA\b/i;

// What only an organisation does with what it buys: uses it "voor interne (bedrijfs)doeleinden" or for its
// "interne/eigen bedrijfsvoering", or is the controller for whom the supplier processes personal data ("Klant:
// verwerkingsverantwoordelijke", "Leverancier treedt op als verwerker"). A consumer uses software for himself,
// and a trader's own privacy statement calls the trader, not the customer, the controller.
// Not "gebruiker": in terms and conditions that is the drafter (6:231 BW), who may well be the controller.
const CLIENT_ROLES = 'klant|opdrachtgever|afnemer|licentienemer|wederpartij';
const SUPPLIER_ROLES = 'leverancier|opdrachtnemer|dienstverlener|licentiegever';
const ORGANISATION_USE = new RegExp(
  [
    '\\b(?:voor|ten[ \\t\\n]{1,4}behoeve[ \\t\\n]{1,4}van)[ \\t\\n]{1,4}(?:de[ \\t\\n]{1,4}|zijn[ \\t\\n]{1,4}|haar[ \\t\\n]{1,4})?(?:eigen[ \\t\\n]{1,4})?(?:interne[ \\t\\n]{1,4}(?:bedrijfs)?doeleinden|(?:interne|eigen)[ \\t\\n]{1,4}bedrijfsvoering|interne[ \\t\\n]{1,4}bedrijfsdoeleinden)\\b',
    `\\b(?:${CLIENT_ROLES})\\b[ \\t]{0,3}(?::|is|treedt[ \\t]{1,4}op[ \\t]{1,4}als|geldt[ \\t]{1,4}als)[ \\t]{1,4}(?:de[ \\t]{1,4})?verwerkingsverantwoordelijke\\b`,
    `(?:\\b(?:${SUPPLIER_ROLES})\\b[ \\t]{0,3}(?::|is|treedt[ \\t]{1,4}op[ \\t]{1,4}als|geldt[ \\t]{1,4}als)|\\btreedt[ \\t]{1,4}(?:${SUPPLIER_ROLES})[ \\t]{1,4}op[ \\t]{1,4}als)[ \\t]{1,4}(?:de[ \\t]{1,4})?verwerker(?![\\p{L}])`,
  ].join('|'),
  'iu',
);

// The consumer-law name of the one who sells ("Ondernemer: wie in de uitoefening van een bedrijf aanbiedt"): its
// business says nothing of the other side.
const TRADER = /\b(?:ondernemer|handelaar)\b/i;

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

/**
 * 'b2c' when some sentence speaks of a consumer without excluding consumers, 'b2b' when only a business counterparty
 * is named, 'b2c' again when neither but the counterparty is plainly a person (PERSONAL_COUNTERPARTY), else undefined.
 */
export function detectAudience(text: string): Audience | undefined {
  const { addresses, named } = readMentions(text);
  if (addresses) return 'b2c';
  // Consumers named but excluded, or a business counterparty named: a draft between businesses.
  if (named || BUSINESS.test(text)) return 'b2b';
  if (selfEmployed(text) || businessParties(text) >= 2 || BUSINESS_TERMS.test(text) || ORGANISATION_USE.test(text)) return 'b2b';
  // Nothing names either side: a counterparty with an age, or a service only households buy, is a person.
  if (PERSONAL_COUNTERPARTY.test(text)) return 'b2c';
  return undefined;
}

// Weaker signs of a consumer, read only when nothing in the draft speaks of a business counterparty: the
// counterparty has an age ("meerderjarig", "18 jaar of ouder", "met toestemming van zijn ouders of voogd"),
// which a company has not, or the service is one households buy: childcare by a host parent, driving lessons,
// a pet's boarding, a holiday home, a wedding, a beauty treatment.
const PERSONAL_COUNTERPARTY =
  /(?<![\p{L}])(?:meerderjarig\p{L}{0,4}|minderjarig\p{L}{0,4}|ouders?[ \t\n]{1,4}(?:of|en\/of)[ \t\n]{1,4}voogd\p{L}{0,2}|(?:\d{2}|achttien|zestien)[ \t\n]{1,4}jaar[ \t\n]{1,4}of[ \t\n]{1,4}ouder|(?:gastouder|vraagouder|rijles|rijschool|gastdier|huisdier|dierenpension|hondenpension|kattenpension|vakantiewoning|vakantiehuis|vakantiehuisje|bruiloft|trouwdag|schoonheidssalon|schoonheidsspecialist|kapsalon)\p{L}{0,3}|gastouderopvang)(?![\p{L}])/iu;

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

/** Whether the sentence before a mention at `at` excludes consumers. */
function excluded(text: string, at: number): boolean {
  return NEGATION.test(sentenceBefore(text, at));
}

/**
 * The clause up to `at` (from the last full stop, line end, comma, semicolon or colon), or with `whole` the
 * sentence (from the last full stop or line end); only the 300 characters before it are read, so many mentions
 * in a long text stay linear.
 */
function sentenceBefore(text: string, at: number, whole = false): string {
  const window = text.slice(Math.max(0, at - 300), at);
  let from = -1;
  for (const c of whole ? '.\n' : '.\n,;:') from = Math.max(from, window.lastIndexOf(c));
  return window.slice(from + 1);
}

/** A self-employed party or one working in the course of a business, in a sentence that neither denies it nor speaks of the trader. */
function selfEmployed(text: string): boolean {
  SELF_EMPLOYED.lastIndex = 0;
  for (let m = SELF_EMPLOYED.exec(text); m; m = SELF_EMPLOYED.exec(text)) {
    // The trader's definition names him before its colon ("Ondernemer: wie in de uitoefening van een bedrijf ...").
    if (!NEGATION.test(sentenceBefore(text, m.index)) && !TRADER.test(sentenceBefore(text, m.index, true))) return true;
  }
  return false;
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
// "Opdrachtnemer staat in het Handelsregister onder nummer …").
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
