// Who a sentence speaks of: the user of the terms or its counterparty, by the words drafts use for them.
// The counterparty of the user of the terms, in the words drafts use for it.
const CLIENT_WORDS = /(?<![\p{L}\p{N}])(?:Opdrachtgever|Opdrachtgevers|Klant|Klanten|Afnemer|Afnemers|Consument|Consumenten|Koper|Kopers|Wederpartij|Cliënt|Client|Abonnee|Abonnees|Deelnemer|Deelnemers|Huurder|Gebruiker van de Dienst|u|U|je|Je|jij|Jij)(?![\p{L}\p{N}])/gu;
// The user of the terms: known role names and short all-capital company names (BCS, ABC).
const USER_WORDS = /(?<![\p{L}\p{N}])(?:Leverancier|Opdrachtnemer|Ondernemer|Verkoper|Dienstverlener|Aanbieder|Verhuurder|Gebruiker|Wij|wij|We|we|Ons|ons|[A-Z]{2,6})(?![\p{L}\p{N}])/gu;

export type Party = 'client' | 'user' | undefined;

/**
 * A sentence that speaks only of a business counterparty ("rechtspersoon", "in de uitoefening van zijn beroep",
 * "zakelijke klant"): the consumer lists (6:236, 6:237 BW) do not read it.
 */
export const BUSINESS_ONLY = /rechtspersoon|uitoefening[ \t\n]{1,4}van[ \t\n]{1,4}(?:een|zijn|haar)[ \t\n]{1,4}beroep|zakelijke[ \t\n]{1,4}(?:klant|afnemer|opdrachtgever|wederpartij)/i;
export { CLIENT_WORDS, USER_WORDS };

// All capitals that name no party.
const NOT_PARTIES = new Set(['BW', 'AVG', 'CBS', 'SLA', 'BTW', 'EUR', 'KVK']);
// Sticky copies, tried only where a match can start: every alternative of CLIENT_WORDS begins with a
// capital A-Z, "u" or "j"; of USER_WORDS with a capital, "w" or "o" (no /i flag); and the look-behind
// fails right after an ASCII letter or digit. Much cheaper than trying both at every position.
const CLIENT_AT = new RegExp(CLIENT_WORDS.source, 'uy');
const USER_AT = new RegExp(USER_WORDS.source, 'uy');

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The index of the first (`first`) or last match of the sticky pattern in text, as a global scan finds
 * them (left to right, each search after the previous match); -1 if none. With `skipCodes`, matches in
 * NOT_PARTIES do not count.
 */
function partyMatch(re: RegExp, text: string, lowA: number, lowB: number, first: boolean, skipCodes: boolean): number {
  let found = -1;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || c === lowA || c === lowB)) continue;
    if (i > 0 && isAsciiAlnum(text.charCodeAt(i - 1))) continue;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    i += m[0].length - 1;
    if (skipCodes && NOT_PARTIES.has(m[0])) continue;
    found = i + 1 - m[0].length;
    if (first) break;
  }
  return found;
}

// Lower-case letters that start a party word: u, j (client), w, o (user).
const LOW_U = 117;
const LOW_J = 106;
const LOW_W = 119;
const LOW_O = 111;

/** Who the words before `at` in `text` (a sentence) speak of: the last party named before it. */
export function partyBefore(text: string, at: number, window = 160): Party {
  const from = Math.max(0, at - window);
  const slice = text.slice(from, at);
  const lastClient = partyMatch(CLIENT_AT, slice, LOW_U, LOW_J, false, false);
  const lastUser = partyMatch(USER_AT, slice, LOW_W, LOW_O, false, true);
  if (lastClient < 0 && lastUser < 0) return undefined;
  return lastClient > lastUser ? 'client' : 'user';
}

/** Who speaks at `at` in a sentence: the last party named before it, else the sentence's subject. */
export function partyAt(text: string, at: number): Party {
  return partyBefore(text, at) ?? subjectOf(text);
}

// Drafts that write the roles in lower case ("dan mag de opdrachtgever niet ...", "de koper blijft
// aansprakelijk") name them too; the capitalised words above do not read them.
export const CLIENT_LOWER = /(?<![\p{L}])(?:opdrachtgever|klant|consument|koper|afnemer|cliënt|wederpartij|deelnemer|abonnee|huurder)s?(?![\p{L}])/iu;
export const USER_LOWER = /(?<![\p{L}])(?:opdrachtnemer|leverancier|ondernemer|verkoper|aannemer|gebruiker|dienstverlener|verhuurder)s?(?![\p{L}])/iu;

/** The one role written in lower case in the `window` units before `at`; undefined where none or both are. */
export function lowerRoleBefore(text: string, at: number, window: number): Party {
  const before = text.slice(Math.max(0, at - window), at);
  const client = CLIENT_LOWER.test(before);
  if (client === USER_LOWER.test(before)) return undefined;
  return client ? 'client' : 'user';
}

/** The first party named in a sentence: usually its subject. */
export function subjectOf(text: string): Party {
  const c = partyMatch(CLIENT_AT, text, LOW_U, LOW_J, true, false);
  const u = partyMatch(USER_AT, text, LOW_W, LOW_O, true, true);
  if (c < 0 && u < 0) return undefined;
  if (c >= 0 && (u < 0 || c < u)) return 'client';
  return 'user';
}
