import type { BlockRule } from '../kit/rule';
import { BUSINESS_ONLY, CLIENT_LOWER, lowerRoleBefore, partyBefore, subjectOf, USER_LOWER } from '../text/parties';
import { periodsIn } from '../text/periods';
import { gateSentenceChecks, runSentenceChecks, type SentenceCheck } from '../engine/sentenceChecks';
import { type Piece } from '../text/pieces';

// Each check looks at one sentence; `para` is the numbered clause around it, for the cures that drafts
// usually put in the next sentence. Patterns are bounded and linear.
type Check = SentenceCheck<BlockFacts>;

/** Facts about the whole article, computed once. */
interface BlockFacts {
  /** The 6:236 sub n cure: the consumer gets a month to choose the competent court. */
  monthToChoose: boolean;
}

/** The consumer acts: the party named before `at`, else the sentence's subject, else the role in lower case before it. */
function clientActs(sentence: string, at: number): boolean {
  const p = partyBefore(sentence, at);
  if (p !== undefined) return p === 'client';
  return subjectOf(sentence) === 'client' || lowerRoleBefore(sentence, at, 160) === 'client';
}
const CLIENT_ONLY = (s: Piece, _p: Piece, at: number) => clientActs(s.text, at);
// "geen recht op ontbinding", "niet bevoegd de overeenkomst te beëindigen", "geeft geen grond tot opzegging".
const NO_RESCISSION = /(?:geen|niet)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:recht|bevoegd\p{L}{0,3}|grond)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?(?:ontbind|opzeg|beëindig)/iu;
const REQUESTED_CHANGE = /meerwerk|(?:door|op[ \t\n]{1,4}verzoek[ \t\n]{1,4}van)[ \t\n]{1,4}(?:de[ \t\n]{1,4})?(?:opdrachtgever|klant|consument|koper|deelnemer)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?(?:gewenst|gevraagd|verzocht)/iu;
const THREE_MONTHS = /(?:drie|3)[ \t\n]{1,4}(?:\(3\)[ \t\n]{1,4})?maanden/i;
// Words of a consumer ending the contract himself: a refund refused then is no limit on his right to rescind.
const CLIENT_CANCELS = /(?:je|jij|u|consument|klant|deelnemer|cursist|bezoeker|lid|koper|opdrachtgever)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:annuleert|annuleren|opzegt|opzeggen|afmeldt|afzegt|niet[ \t\n]{1,4}verschijnt|beëindigt)/iu;
// The user does not perform (closure, maintenance, outage, cancellation on its side).
const USER_FAILS = /sluiting|gesloten|sluiten|onderhoud|storing|onderbrek|uitval|niet[ \t\n]{1,4}(?:door(?:gaan|gaat)|beschikbaar|bereikbaar|geleverd|leveren)|overmacht|ziek|onbeschikbaar|verhinderd/i;
const REFUND = /geld[ \t\n]{1,4}terug|restitutie|terugbetal|terug[ \t\n]{1,4}te[ \t\n]{1,4}krijgen/i;

// The consumer's right denied: "niet gerechtigd", "kan zich nimmer beroepen op", "doet afstand van", "is uitgesloten".
const DENIED = /(?:niet|geen|nimmer|nooit)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?(?:bevoegd|gerechtigd|recht|toegestaan)|uitgesloten|(?:mag|kan|mogen|kunnen)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?(?:niet|nimmer|nooit)(?![\p{L}])|afstand[ \t\n]{1,4}van/iu;
/**
 * The consumer is the one denied: the party named before the denial ("De Klant heeft geen recht de overeenkomst
 * wegens een tekortkoming van Leverancier te ontbinden"), else the party before the match.
 */
function clientDenied(s: Piece, para: Piece, at: number): boolean {
  const d = DENIED.exec(s.text);
  if (d && d.index < at) {
    const p = partyBefore(s.text, d.index);
    if (p !== undefined) return p === 'client';
  }
  return CLIENT_ONLY(s, para, at);
}
// An indemnity limited to what the consumer himself caused or used: "door (toedoen van) de klant", "als gevolg van
// het gebruik door de klant", "die aan de klant zijn toe te rekenen".
const OWN_CAUSE = /(?:door|van)[ \t\n]{1,4}(?:(?:het[ \t\n]{1,4})?(?:toedoen|handelen|nalaten|gebruik|schuld)[ \t\n]{1,4}(?:van[ \t\n]{1,4})?)?(?:de[ \t\n]{1,4})?(?:klant|consument|koper|huurder|deelnemer|opdrachtgever|afnemer|abonnee|cliënt|u|je|jou|jij)(?![\p{L}])|(?:klant|consument|koper|huurder|deelnemer|opdrachtgever|afnemer|u|je)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:toe[ \t\n]{1,4}te[ \t\n]{1,4}rekenen|heeft[ \t\n]{1,4}veroorzaakt|veroorzaakt)|opzet|schuld[ \t\n]{1,4}van/iu;
// Evidence to the contrary shut out: "tegenbewijs is niet toegestaan", "zonder mogelijkheid van tegenbewijs".
const NO_COUNTER_EVIDENCE = /tegenbewijs[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:uitgesloten|niet[ \t\n]{1,4}(?:toegestaan|toegelaten|mogelijk))|(?:geen|zonder|uitsluiting[ \t\n]{1,4}van)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?tegenbewijs/iu;

// The consumer transferring its own rights or obligations (which the user may forbid): not sub e.
const CLIENT_TRANSFERS = /(?:je|jij|u|consument|klant|koper|huurder|deelnemer|opdrachtgever|afnemer|abonnee|lid)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:mag|kan|is)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,8}?(?:niet|slechts|alleen|uitsluitend)/iu;
/** The user passes the contract on: it is named last before the transfer, or no party is and consent is given. */
function transferBy(sentence: string, at: number): boolean {
  const p = partyBefore(sentence, at);
  if (p !== undefined) return p === 'user';
  // Roles in lower case ("heeft de opdrachtgever geen toestemming om ... over te dragen"): the last one named.
  const before = sentence.slice(Math.max(0, at - 160), at);
  const last = (re: RegExp) => Math.max(-1, ...[...before.matchAll(re)].map((m) => m.index));
  const client = last(CLIENT_LOWER_ALL);
  const user = last(USER_LOWER_ALL);
  if (client >= 0 || user >= 0) return user > client;
  return /bij[ \t\n]{1,4}voorbaat|toestemming/i.test(sentence);
}
// 6:236 sub n strikes a clause that takes the dispute from the court competent by law. A clause that leaves
// that court open is not one: the ordinary court named, with a choice kept for the party ("kan er ook voor
// kiezen ... de bevoegde rechter") or a reserve ("laat het recht op een rechterlijke uitspraak onverlet",
// "zal dat recht nimmer beperken"). "rechtelijke" is a common slip for "rechterlijke".
const ORDINARY_COURT = /(?:bevoegde|gewone|burgerlijke|overheids|Nederlandse)[ \t\n]{1,4}rechter(?![\p{L}])|rechte?r?lijke[ \t\n]{1,4}(?:uitspraak|beslissing|oordeel|procedure)|rechter[ \t\n]{1,4}die[ \t\n]{1,4}volgens[ \t\n]{1,4}de[ \t\n]{1,4}wet/iu;
const COURT_CHOICE = /(?<![\p{L}])(?:kan|kunnen|mag|mogen|blijft|blijven|staat)[ \t\n]{1,4}((?:\p{L}{1,20}[ \t\n]{1,4}){0,8}?)(?:kiezen|kiest|vrij|bevoegd|wenden|voorleggen|voor[ \t\n]{1,4}te[ \t\n]{1,4}leggen)(?![\p{L}])/iu;
const NEGATION = /(?<![\p{L}])(?:niet|geen|nimmer|nooit)(?![\p{L}])/iu;
const COURT_RESERVED = /onverlet|onverminderd|(?<![\p{L}])(?:niet|nimmer|nooit)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:beperk\p{L}{0,4}|aantast\p{L}{0,4}|uitsluiten|uitsluit)(?![\p{L}])/iu;

/** The choice of the court is the user's alone ("Leverancier kan ... de bevoegde rechter kiezen"): no cure. */
function userChooses(text: string, at: number): boolean {
  return partyBefore(text, at, 40) === 'user' || lowerRoleBefore(text, at, 40) === 'user';
}

/** The passage leaves the dispute open to the ordinary court (choice kept, or the right to it reserved). */
function courtLeftOpen(text: string): boolean {
  if (!ORDINARY_COURT.test(text)) return false;
  const choice = COURT_CHOICE.exec(text);
  if (choice && !NEGATION.test(choice[1] ?? '') && !userChooses(text, choice.index)) return true;
  return COURT_RESERVED.test(text);
}

const COMPLAINT_OR_DEFECT = /klacht|bezwa|reclam|geschil|gebrek|tekortkom|betwist|ondeugdelijk|niet[ \t\n]{1,4}(?:naar[ \t\n]{1,4}tevredenheid|conform)/i;
/** The user is the one that does not suspend ("Leverancier schort zijn prestatie niet op"): no denial to the consumer. */
function userSuspends(text: string, at: number): boolean {
  return partyBefore(text, at, 40) === 'user' || lowerRoleBefore(text, at, 40) === 'user';
}

const CLIENT_LOWER_ALL = new RegExp(CLIENT_LOWER.source, 'giu');
const USER_LOWER_ALL = new RegExp(USER_LOWER.source, 'giu');

export const CHECKS: Check[] = gateSentenceChecks([
  {
    // Tacit renewal for a fixed term, or tacit continuation without a monthly right to cancel.
    sub: 'j',
    words: ['stilzwijgend', 'automatisch', 'loopt', 'lopen'],
    oncePerBlock: true,
    find: /stilzwijgend[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?(?:verlengd|verlenging|verlengen|vernieuwd|vernieuwing|voortgezet|voortzetting)|(?:verlengd|vernieuwd|voortgezet)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?stilzwijgend|automatisch[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?(?:verlengd|vernieuwd)|(?:loopt|lopen)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?door[ \t\n]{1,4}(?:voor|met)[ \t\n]{1,4}(?:telkens[ \t\n]{1,4})?(?:een[ \t\n]{1,4})?(?:nieuwe|volgende|gelijke|zelfde|dezelfde)[ \t\n]{1,4}(?:periode|termijn|looptijd)/giu,
    keep: (s, para) => {
      const t = para.text;
      const indefinite = /onbepaalde[ \t\n]{1,4}(?:tijd|duur)/i.test(t);
      const anyTime = /te[ \t\n]{1,4}allen[ \t\n]{1,4}tijde|op[ \t\n]{1,4}elk[ \t\n]{1,4}moment|dagelijks|elke[ \t\n]{1,4}dag/i.test(t);
      const month = /opzegtermijn[ \t\n]{1,4}van[ \t\n]{1,4}(?:ten[ \t\n]{1,4}hoogste[ \t\n]{1,4})?(?:een|één|1)[ \t\n]{1,4}(?:\(1\)[ \t\n]{1,4})?maand/i.test(t);
      return !(indefinite && anyTime && month);
    },
  },
  {
    // A forum or arbitration clause with no month for the consumer to choose the competent court.
    sub: 'n',
    // A court's name is taken whole, hyphens and all ("Midden-Nederland", "'s-Hertogenbosch"); also "de bevoegde
    // rechter in het arrondissement Utrecht", which names the court by its district.
    // "rechter" in "kantonrechter" is 6 units in, "vestiging" in "plaats van vestiging" at most 17.
    words: ['rechtbank', 'rechter', 'scheidsgerecht', 'arrondissement', 'vestiging', 'arbit', 'bindend'],
    back: 17,
    find: /(?:rechtbank|kantonrechter|rechter)[ \t\n]{1,4}(?:te|in|van|(?:(?:in|binnen|van)[ \t\n]{1,4})?het[ \t\n]{1,4}arrondissement)?[ \t\n]{0,4}(?:de[ \t\n]{1,4})?(?:['’]s-)?\p{Lu}\p{L}{2,30}(?:-\p{L}{1,30}){0,3}|(?:arrondissement|vestigingsplaats|plaats[ \t\n]{1,4}van[ \t\n]{1,4}vestiging)[ \t\n]{1,4}(?:waar|van)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?(?:Leverancier|Opdrachtnemer|Verkoper|Ondernemer|Dienstverlener|Aanbieder|Gebruiker|wij|ons|\p{Lu}{2,6})(?![\p{L}])|arbitrage|scheidsgerecht|arbiter|bindend[ \t\n]{1,4}advies/gu,
    keep: (s, para, _at, block) => {
      if (!/geschil/i.test(s.text)) return false;
      if (/volgens[ \t\n]{1,4}de[ \t\n]{1,4}wet[ \t\n]{1,4}bevoegd|wettelijk[ \t\n]{1,4}bevoegde/i.test(s.text)) return false;
      // The cure often follows in the next sentence of the same clause.
      if (courtLeftOpen(s.text) || courtLeftOpen(para.text)) return false;
      return !block.monthToChoose && !BUSINESS_ONLY.test(s.text);
    },
  },
  {
    // A limitation or forfeiture period for the consumer's claims of less than a year.
    sub: 'g',
    words: ['verval', 'verja'],
    find: /(?:vervalt|vervallen|verjaart|verjaren|verjaring|vervaltermijn|verjaringstermijn)(?![\p{L}])/giu,
    keep: (s) => {
      // Forfeiture for a late complaint is judged under 6:237 sub h (consument-grijze-lijst).
      if (/klacht|melden|meldt|gemeld|melding|reclam/i.test(s.text)) return false;
      if (BUSINESS_ONLY.test(s.text)) return false;
      if (!/vordering|recht(?:en)?[ \t\n]{1,4}(?:op|van|tot)|aanspra/i.test(s.text)) return false;
      const periods = periodsIn(s.text);
      return periods.some((p) => p.months < 12 - 1e-9);
    },
  },
  {
    // A refund the consumer must claim within a term shorter than a year, or lose: "restitutie vindt
    // uitsluitend plaats op verzoek ..., binnen 14 dagen na ...".
    sub: 'g',
    words: ['restitutie', 'terugbetaling'],
    back: 0,
    find: /(?:restitutie|terugbetaling)[^.;]{0,200}?(?:verzoek|aanvraag|aangevraagd|aanspraak)[^.;]{0,200}?binnen[ \t\n]{1,4}/giu,
    keep: (s, _p, at) => {
      if (!/uitsluitend|alleen|slechts|mits|onder[ \t\n]{1,4}voorwaarde/i.test(s.text) || BUSINESS_ONLY.test(s.text)) return false;
      const claim = /(?:verzoek|aanvraag|aangevraagd|aanspraak)[^.;]{0,200}?binnen[ \t\n]{1,4}/iy;
      const from = s.text.slice(at).search(/verzoek|aanvraag|aangevraagd|aanspraak/i);
      claim.lastIndex = at + from;
      const m = from >= 0 ? claim.exec(s.text) : null;
      if (!m || /na[ \t\n]{1,4}ontvangst/i.test(m[0])) return false;
      const end = m.index + m[0].length;
      const [p] = periodsIn(s.text, end, Math.min(s.text.length, end + 40));
      return p !== undefined && p.start === end && p.months < 12 - 1e-9;
    },
  },
  {
    // The consumer may not suspend performance.
    sub: 'c',
    words: ['schort'],
    find: /(?:opschorting|opschorten|op[ \t\n]{1,4}te[ \t\n]{1,4}schorten)(?![\p{L}])/giu,
    keep: (s, _p, at) => DENIED.test(s.text) && clientDenied(s, _p, at) && !BUSINESS_ONLY.test(s.text),
  },
  {
    // Payment "zonder opschorting of verrekening", "zonder enige korting of opschorting": the consumer's suspension
    // taken away in the payment clause itself.
    sub: 'c',
    words: ['opschort'],
    find: /(?<![\p{L}])zonder[ \t\n]{1,4}(?:(?:enige|aftrek|korting|inhouding|verrekening|of|en|,)[ \t\n,]{1,4}){0,6}?opschorting(?![\p{L}])/giu,
    keep: (s) => /betaa?l|voldo|factu|(?<![\p{L}])nota(?![\p{L}])/iu.test(s.text) && !BUSINESS_ONLY.test(s.text),
  },
  {
    // The verb split around its denial: "Een klacht schort de betalingsverplichting niet op", "Bezwaren schorten de
    // betaling nimmer op". It takes from the consumer the suspension the law gives him against a defective
    // performance (6:262 BW).
    sub: 'c',
    words: ['schort'],
    find: /(?<![\p{L}])schort(?:en)?[ \t\n]{1,4}(?:\p{L}{1,30}[ \t\n]{1,4}){0,5}?(?:niet|nimmer|nooit)[ \t\n]{1,4}op(?![\p{L}])/giu,
    // Only where what does not suspend is the consumer's complaint about the performance; an insurer that does
    // not reimburse, or a late subsidy, is no failure of the user that the law would let him suspend for.
    keep: (s, _p, at) => /betal|verplichting/i.test(s.text) && COMPLAINT_OR_DEFECT.test(s.text) && !userSuspends(s.text, at) && !BUSINESS_ONLY.test(s.text),
  },
  {
    // The consumer may not rescind for breach.
    sub: 'b',
    words: ['ontbind'],
    find: /(?:ontbinding|ontbinden)(?![\p{L}])/giu,
    keep: (s, _p, at) => DENIED.test(s.text) && clientDenied(s, _p, at) && !/overmacht/i.test(s.text),
  },
  {
    // The user's act "zonder dat dit leidt tot ... ontbinding / restitutie": rescission or a (partial) refund
    // excluded in one breath.
    sub: 'b',
    words: ['zonder'],
    back: 0,
    find: /zonder[ \t\n]{1,4}dat[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,8}?(?:ontbinding|ontbinden|restitutie|terugbetaling|prijsvermindering|vermindering)(?![\p{L}])/giu,
    keep: (s, _p, at) => partyBefore(s.text, at) !== 'client' && !BUSINESS_ONLY.test(s.text) && /(?:recht|leiden|leidt|aanspraak|grond)/i.test(s.text.slice(at, at + 160)),
  },
  {
    // No refund when the user does not perform (closure, maintenance, illness): the consumer's right to
    // (partial) rescission, afdeling 5 of titel 5, cut off.
    sub: 'b',
    words: ['restitutie', 'terugbetaling', 'vermindering', 'compensatie'],
    find: /(?:geen|niet)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?(?:recht|aanspraak)[ \t\n]{1,4}op[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?(?:restitutie|terugbetaling|prijsvermindering|vermindering|compensatie)(?![\p{L}])/giu,
    keep: (s, para) => USER_FAILS.test(para.text) && !CLIENT_CANCELS.test(para.text) && !BUSINESS_ONLY.test(s.text),
  },
  {
    // The user may refuse, at its discretion, the refund that follows rescission when it cannot perform.
    sub: 'b',
    words: ['weiger'],
    find: /(?:recht|bevoegd|gerechtigd)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,8}?(?:te[ \t\n]{1,4})?weigeren(?![\p{L}])/giu,
    keep: (s, para, at) => partyBefore(s.text, at) !== 'client' && REFUND.test(para.text) && USER_FAILS.test(para.text) && !CLIENT_CANCELS.test(para.text),
  },
  {
    // The consumer's notice takes effect only once the user confirms it, not on receipt (3:37 lid 3).
    sub: 'l',
    words: ['bevestig', 'terug'],
    find: /(?:opzegging|annulering|ontbinding|herroeping)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:is|wordt|geldt|treedt)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?(?:wanneer|nadat|zodra|als|indien|na)[ \t\n]{1,4}[^.;]{0,80}?(?:bevestig\p{L}{0,10}|terug[ \t\n]{1,4}(?:hebt|heeft|hebben)?[ \t\n]{0,4}ontvangen|ontvangen[ \t\n]{1,4}terug)/giu,
    keep: (s) => !BUSINESS_ONLY.test(s.text),
  },
  {
    // A price increase within three months of the contract without a right to rescind.
    sub: 'i',
    words: ['prij', 'tarie'],
    find: /(?:prijzen|prijs|tarieven|tarief)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,10}?(?:verhogen|aanpassen|wijzigen|indexeren|aan[ \t\n]{1,4}te[ \t\n]{1,4}passen|te[ \t\n]{1,4}verhogen|te[ \t\n]{1,4}wijzigen)|(?:prijsverhoging|prijswijziging|prijsaanpassing|tariefswijziging|tariefsaanpassing|tariefsverhoging)\p{L}{0,2}/giu,
    keep: (s, para, at) => {
      if (partyBefore(s.text, at) === 'client') return false;
      // A higher price for extra work the consumer asks for (meerwerk) is a price for more, not a rise.
      if (REQUESTED_CHANGE.test(s.text)) return false;
      // A sentence that itself denies the right to rescind is not cured by a right elsewhere in the clause,
      // unless it makes its own exception for the first three months.
      if (NO_RESCISSION.test(s.text)) return !THREE_MONTHS.test(s.text) && /mag|mogen|kan|kunnen|is[ \t\n]{1,4}gerechtigd|behoudt|bevoegd|worden[ \t\n]{1,4}(?:doorgevoerd|doorberekend)/i.test(s.text);
      if (/ontbind|opzeg|beëindig/i.test(para.text)) return false;
      if (THREE_MONTHS.test(para.text)) return false;
      // "is gerechtigd", also inverted: "is opdrachtnemer gerechtigd het tarief aan te passen"; not the consumer's right.
      if (lowerRoleBefore(s.text, at, 160) === 'client') return false;
      // "Prijswijzigingen mogen worden doorberekend": the plural, and the passing on of a rise.
      return /mag|mogen|kan|kunnen|gerechtigd|behoudt|bevoegd|recht[ \t\n]{1,4}(?:voor|om)|worden[ \t\n]{1,4}(?:doorgevoerd|doorberekend)/i.test(s.text);
    },
  },
  {
    // The consumer's evidence is cut off: the user's records are conclusive.
    sub: 'k',
    words: ['bewijs', 'beslissend', 'bindend', 'doorslaggevend', 'bewijz', 'aanton', 'tonen'],
    // Also: the consumer must prove that the user is liable ("moet kunnen bewijzen dat ... aansprakelijk"),
    // and the user's records are binding ("de administratieve gegevens van de praktijk bindend").
    find: /(?:moet|moeten|dient|dienen)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:bewijzen|aantonen|aan[ \t\n]{1,4}te[ \t\n]{1,4}tonen|te[ \t\n]{1,4}bewijzen)|(?:administratie|registratie)\p{L}{0,4}[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,5}?(?:bindend|beslissend|doorslaggevend)|(?:volledig|dwingend|beslissend|afdoend)[ \t\n]{1,4}bewijs|(?:administratie|registratie|gegevens|opgave|meetgegevens)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:is|zijn|geldt|gelden|strekt|strekken)[ \t\n]{1,4}(?:als[ \t\n]{1,4})?(?:beslissend|bindend|doorslaggevend)/giu,
    keep: (s, _p, at) => {
      if (/tegenbewijs/i.test(s.text)) return NO_COUNTER_EVIDENCE.test(s.text);
      // Proving the user's breach or fault is the consumer's task under the law only where the law says so:
      // a clause that puts it on him is sub k; proving his own claim (a payment, a delivery) is not.
      if (/bewijz|aanton|aan[ \t\n]{1,4}te[ \t\n]{1,4}tonen/i.test(s.text.slice(at, at + 60))) {
        return CLIENT_ONLY(s, _p, at) && /aansprakelijk|toerekenbaar|toe[ \t\n]{1,4}te[ \t\n]{1,4}rekenen|schuld|nalatig|tekortkoming|tekortgeschoten/i.test(s.text);
      }
      return true;
    },
  },
  {
    // The user may pass its obligations (or the contract) to a third party without the consumer's consent
    // at the time, with none of the three cures of sub e.
    sub: 'e',
    words: ['dragen', 'overdracht'],
    find: /(?:verplichtingen|overeenkomst|rechten[ \t\n]{1,4}en[ \t\n]{1,4}(?:plichten|verplichtingen))[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,6}?(?:over[ \t\n]{1,4}te[ \t\n]{1,4}dragen|overdragen)|overdracht[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:verplichtingen|overeenkomst)/giu,
    keep: (s, para, at) =>
      transferBy(s.text, at) &&
      !CLIENT_TRANSFERS.test(s.text) &&
      !/ontbind|aansprakelijk|onderneming|bedrijf/i.test(para.text) &&
      !BUSINESS_ONLY.test(s.text),
  },
  {
    // The consumer may never claim performance.
    sub: 'a',
    words: ['nakoming'],
    find: /nakoming[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?(?:vorderen|te[ \t\n]{1,4}vorderen|eisen|te[ \t\n]{1,4}eisen|opeisen|op[ \t\n]{1,4}te[ \t\n]{1,4}eisen)(?![\p{L}])/giu,
    keep: (s, para, at) => {
      // The denial comes before the claim ("kan nimmer nakoming vorderen"), not after it in a condition.
      const d = DENIED.exec(s.text);
      return d !== null && d.index + d[0].length <= at && clientDenied(s, para, at) && !/overmacht|onmogelijk/i.test(s.text) && !BUSINESS_ONLY.test(s.text);
    },
  },
  {
    // The consumer must first sue a third party (a manufacturer, a supplier) before his rights against the user.
    sub: 'd',
    words: ['eerst'],
    back: 0,
    find: /eerst[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,6}?(?:in[ \t\n]{1,4}rechte[ \t\n]{1,4})?(?:aangesproken|aan[ \t\n]{1,4}te[ \t\n]{1,4}spreken|aanspreken|aanspreekt)(?![\p{L}])/giu,
    keep: (s, _p, at) =>
      /fabrikant|producent|leverancier[ \t\n]{1,4}van|toeleverancier|derde|importeur/i.test(s.text) &&
      !/(?:niet|geen|hoeft)[ \t\n]{1,4}$/i.test(s.text.slice(Math.max(0, at - 12), at)) &&
      subjectOf(s.text) !== 'user' &&
      !BUSINESS_ONLY.test(s.text),
  },
  {
    // The consumer indemnifies the user against third parties' claims, not only for the damage he caused himself.
    sub: 'h',
    words: ['vrijwa', 'schadeloos'],
    find: /(?:vrijwaart|vrijwaren|vrijwaring|schadeloos[ \t\n]{1,4}(?:te[ \t\n]{1,4})?(?:stellen|stelt))(?![\p{L}])/giu,
    keep: (s, _p, at) =>
      clientActs(s.text, at) &&
      /derden|derde/i.test(s.text) &&
      !OWN_CAUSE.test(s.text) &&
      !BUSINESS_ONLY.test(s.text),
  },
  {
    // The consumer declares in advance that what he received was sound: a statement on the quality of the
    // performance owed to him.
    sub: 'k',
    words: ['verklaart', 'verklaren', 'erkent', 'erkennen'],
    find: /(?:verklaart|verklaren|erkent|erkennen)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,8}?(?:in[ \t\n]{1,4}goede[ \t\n]{1,4}staat|zonder[ \t\n]{1,4}(?:zichtbare[ \t\n]{1,4})?(?:gebreken|schade|beschadigingen)|conform[ \t\n]{1,4}(?:de[ \t\n]{1,4})?(?:bestelling|overeenkomst)|naar[ \t\n]{1,4}(?:volle[ \t\n]{1,4})?tevredenheid|deugdelijk)/giu,
    keep: (s, para, at) => clientDenied(s, para, at) && !/tegenbewijs/i.test(s.text) && !BUSINESS_ONLY.test(s.text),
  },
  {
    // A statement of the user counts as received when sent: against 3:37 lid 3 BW (it works once it reaches
    // the consumer). The address clause that sub l allows is another thing.
    sub: 'lVerzending',
    words: ['verzend', 'verzonden', 'verstuurd', 'afgezonden', 'postdatum'],
    find: /(?:geldt|gelden|wordt[ \t\n]{1,4}geacht|worden[ \t\n]{1,4}geacht)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:als[ \t\n]{1,4})?(?:ontvangen|te[ \t\n]{1,4}zijn[ \t\n]{1,4}ontvangen|bereikt|te[ \t\n]{1,4}hebben[ \t\n]{1,4}bereikt)[^.;]{0,60}?(?:verzending|verzonden|verstuurd|afgezonden|postdatum)/giu,
    keep: (s) => !BUSINESS_ONLY.test(s.text) && !/opgegeven[ \t\n]{1,4}adres|laatst[ \t\n]{1,4}bekende[ \t\n]{1,4}adres/i.test(s.text),
  },
  {
    sub: 'm',
    words: ['woonplaats'],
    find: /(?:kiest|kiezen)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?woonplaats|woonplaats[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?gekozen/giu,
  },
  {
    // Cancellation only by registered letter, where the contract can be made in another way.
    sub: 'o',
    words: ['aangetekend'],
    find: /aangetekend(?:e)?[ \t\n]{1,4}(?:brief|schrijven|post)|aangetekend/giu,
    keep: (s, _p, at) => /opzeg|opgezegd|beëindig/i.test(s.text) && partyBefore(s.text, at) !== 'user' && !BUSINESS_ONLY.test(s.text),
  },
  {
    // Cancellation only by post or letter, where the contract can be made online or by phone.
    sub: 'o',
    words: ['uitsluitend', 'alleen', 'slechts', 'enkel'],
    find: /(?:uitsluitend|alleen|slechts|enkel)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?(?:per[ \t\n]{1,4}(?:gewone[ \t\n]{1,4})?(?:post|brief)|(?:bij|door|met)[ \t\n]{1,4}(?:middel[ \t\n]{1,4}van[ \t\n]{1,4})?(?:een[ \t\n]{1,4})?(?:ondertekende[ \t\n]{1,4})?brief|(?:op|in)[ \t\n]{1,4}(?:de[ \t\n]{1,4})?(?:vestiging|winkel|balie|receptie))(?![\p{L}])/giu,
    keep: (s, _p, at) => /opzeg|opgezegd|beëindig/i.test(s.text) && partyBefore(s.text, at) !== 'user' && !BUSINESS_ONLY.test(s.text),
  },
  {
    // The consumer must give notice at a particular moment ("uiterlijk vóór de 3e van de maand").
    sub: 'r',
    words: ['maand'],
    // "maand" ends the match: at most 60 units in ("vóór de laatste dag van iedere kalendermaand").
    back: 64,
    find: /(?:vóór|voor|op)[ \t\n]{1,4}de[ \t\n]{1,4}(?:\d{1,2}|eerste|laatste)(?:e|ste|de)?[ \t\n]{1,4}(?:dag[ \t\n]{1,4})?van[ \t\n]{1,4}(?:de|iedere|elke|een)[ \t\n]{1,4}(?:kalender)?maand/giu,
    keep: (s, para, at) => /opzeg|opgezegd|beëindig/i.test(para.text) && partyBefore(s.text, at) !== 'user' && !BUSINESS_ONLY.test(s.text),
  },
  {
    // The consumer may give notice in one named month only.
    sub: 'r',
    words: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    find: /(?:alleen|uitsluitend|slechts|enkel)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:in|vóór|voor|per|gedurende)[ \t\n]{1,4}(?:de[ \t\n]{1,4}maand[ \t\n]{1,4})?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?![\p{L}])/giu,
    keep: (s, para, at) => /opzeg|opgezegd|beëindig/i.test(para.text) && partyBefore(s.text, at) !== 'user' && !BUSINESS_ONLY.test(s.text),
  },
  {
    sub: 't',
    words: ['cadeau', 'tegoedbon', 'waardebon'],
    find: /(?:cadeaubon|cadeaubonnen|cadeaukaart|tegoedbon|waardebon)(?![\p{L}])/giu,
    keep: (s) => /geldig/i.test(s.text) && periodsIn(s.text).some((p) => p.months < 24 - 1e-9),
  },
  {
    // The user's own finding of a fact binds the consumer: "De telling door de verhuurder is bindend",
    // "De waardebepaling geschiedt door de verhuurder en is voor de huurder bindend", "De huurder is gebonden aan de
    // bevindingen van de verhuurder". The consumer may not prove otherwise; not where counter-evidence stays open.
    sub: 'k',
    words: ['bindend', 'gebonden'],
    find: /(?<![\p{L}])(?:telling|controle|waardebepaling|vaststelling|bevindingen|meting|weging|taxatie)(?![\p{L}])[^.;:\n]{0,80}?(?<![\p{L}])(?:is|zijn|geldt|gelden)[ \t\n]{1,4}(?:(?:voor|jegens)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){1,2})?(?:als[ \t\n]{1,4})?bindend|gebonden[ \t\n]{1,4}aan[ \t\n]{1,4}(?:de[ \t\n]{1,4})?(?:bevindingen|vaststelling|telling|waardebepaling|taxatie)(?![\p{L}])/giu,
    keep: (s) => !/tegenbewijs/i.test(s.text) && !BUSINESS_ONLY.test(s.text) && !/partijen[ \t\n]{1,4}(?:gezamenlijk|samen)|in[ \t\n]{1,4}overleg|onafhankelijke?[ \t\n]{1,4}(?:deskundige|expert)/i.test(s.text),
  },
], 'b2c');

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'consument-zwarte-lijst',
    category: 'consument',
    defaultSeverity: 'error',
    audience: 'b2c',
    title: { nl: 'Zwarte lijst (artikel 6:236 BW)', en: 'Black list (article 6:236 BW)' },
    messages: {
      j: {
        nl: 'Artikel 6:236 sub j BW: een beding dat leidt tot stilzwijgende verlenging voor een bepaalde duur, of tot voortzetting zonder dat de consument daarna op elk moment kan opzeggen met een opzegtermijn van ten hoogste een maand, is tegenover een consument onredelijk bezwarend. Laat de overeenkomst na de eerste periode doorlopen voor onbepaalde tijd, op elk moment opzegbaar met een maand opzegtermijn. Voor dag-, nieuws- en weekbladen en tijdschriften geldt sub j niet, maar sub p en q (verlenging met ten hoogste drie maanden).',
        en: 'Article 6:236(j) BW: a clause that renews a consumer contract tacitly for a fixed term, or continues it without a right to cancel at any time with at most one month\'s notice, is unreasonably onerous. Let the contract continue for an indefinite period, cancellable at any time with one month\'s notice. Newspapers and magazines fall under (p) and (q) instead (renewal for at most three months).',
      },
      n: {
        nl: 'Artikel 6:236 sub n BW: een beding dat geschillen voorlegt aan een ander dan de rechter die volgens de wet bevoegd is (een gekozen rechtbank, arbitrage of bindend advies), is tegenover een consument onredelijk bezwarend, tenzij de consument na een beroep op het beding een maand krijgt om voor de wettelijk bevoegde rechter te kiezen.',
        en: 'Article 6:236(n) BW: a clause that refers disputes to anyone other than the court competent by law (a chosen court, arbitration, binding advice) is unreasonably onerous toward a consumer, unless the consumer gets a month after the user invokes it to choose the competent court.',
      },
      g: {
        nl: 'Artikel 6:236 sub g BW: een beding dat een wettelijke verjarings- of vervaltermijn voor de consument verkort tot minder dan een jaar, is tegenover een consument onredelijk bezwarend. Kies een termijn van ten minste een jaar.',
        en: 'Article 6:236(g) BW: a clause that shortens a statutory limitation or forfeiture period for the consumer to less than a year is unreasonably onerous. Use at least one year.',
      },
      c: {
        nl: 'Artikel 6:236 sub c BW: een beding dat het wettelijke opschortingsrecht van de consument uitsluit of beperkt, is tegenover een consument onredelijk bezwarend.',
        en: 'Article 6:236(c) BW: a clause that excludes or limits the consumer\'s statutory right to suspend performance is unreasonably onerous.',
      },
      b: {
        nl: 'Artikel 6:236 sub b BW: een beding dat de wettelijke bevoegdheid van de consument tot ontbinding uitsluit of beperkt, is tegenover een consument onredelijk bezwarend. Die bevoegdheid omvat ook gedeeltelijke ontbinding (artikel 6:265 lid 1 BW): wie zijn prestatie niet of niet geheel levert, kan terugbetaling of prijsvermindering niet bij voorbaat uitsluiten.',
        en: 'Article 6:236(b) BW: a clause that excludes or limits the consumer\'s statutory right to rescind is unreasonably onerous. That right includes partial rescission (article 6:265(1) BW): a user who does not perform, or not fully, cannot exclude a refund or a price reduction in advance.',
      },
      i: {
        nl: 'Artikel 6:236 sub i BW: een bevoegdheid om de prijs binnen drie maanden na het sluiten van de overeenkomst te verhogen is tegenover een consument onredelijk bezwarend, tenzij de consument dan mag ontbinden. Sluit verhogingen in de eerste drie maanden uit of geef de consument het recht de overeenkomst te ontbinden.',
        en: 'Article 6:236(i) BW: a right to raise the price within three months of the contract is unreasonably onerous toward a consumer unless the consumer may then rescind. Exclude increases in the first three months or give a right to rescind.',
      },
      k: {
        nl: 'Artikel 6:236 sub k BW: een beding dat de bewijsmogelijkheden van de consument beperkt of de bewijslast ten nadele van de consument verschuift (bijvoorbeeld: de administratie van de gebruiker is beslissend), is tegenover een consument onredelijk bezwarend. Voeg "behoudens tegenbewijs" toe.',
        en: 'Article 6:236(k) BW: a clause that limits the consumer\'s evidence or shifts the burden of proof (e.g. the user\'s records are conclusive) is unreasonably onerous. Add "subject to evidence to the contrary".',
      },
      a: {
        nl: 'Artikel 6:236 sub a BW: een beding dat de consument geheel en onvoorwaardelijk het recht ontneemt de door de gebruiker toegezegde prestatie op te eisen, is tegenover een consument onredelijk bezwarend. Schrap het, of beperk het tot omstandigheden waarin nakoming niet kan worden verlangd.',
        en: 'Article 6:236(a) BW: a clause that wholly and unconditionally deprives the consumer of the right to claim the performance the user promised is unreasonably onerous. Delete it, or limit it to circumstances in which performance cannot be required.',
      },
      d: {
        nl: 'Artikel 6:236 sub d BW: een beding dat de rechten van de consument wegens een tekortkoming van de gebruiker afhankelijk stelt van de voorwaarde dat hij eerst een derde in rechte heeft aangesproken, is tegenover een consument onredelijk bezwarend. Laat de consument de gebruiker rechtstreeks aanspreken.',
        en: 'Article 6:236(d) BW: a clause that makes the consumer\'s rights for the user\'s failure to perform depend on first suing a third party is unreasonably onerous. Let the consumer claim against the user directly.',
      },
      h: {
        nl: 'Artikel 6:236 sub h BW: een beding dat de consument verplicht schade die de gebruiker, of een persoon of zaak waarvoor deze aansprakelijk is, bij de uitvoering van de overeenkomst aan een derde toebrengt, aan die derde te vergoeden of in hun onderlinge verhouding voor een groter deel te dragen dan de wet hem oplegt, is tegenover een consument onredelijk bezwarend. Beperk de vrijwaring tot schade die de consument zelf heeft veroorzaakt.',
        en: 'Article 6:236(h) BW: a clause obliging the consumer to compensate a third party for damage the user (or a person or thing it is liable for) caused in performing the contract, or to bear a greater share of it than the law requires, is unreasonably onerous. Limit the indemnity to damage the consumer caused himself.',
      },
      e: {
        nl: 'Artikel 6:236 sub e BW: een beding waarbij de consument bij voorbaat toestemming geeft dat de gebruiker zijn verplichtingen uit de overeenkomst op een derde laat overgaan, is tegenover een consument onredelijk bezwarend, tenzij de consument dan te allen tijde mag ontbinden, de gebruiker aansprakelijk blijft voor de nakoming door de derde, of de overgang plaatsvindt bij de overdracht van de onderneming. Neem een van die drie voorwaarden op.',
        en: 'Article 6:236(e) BW: a clause by which the consumer consents in advance to the user passing its obligations under the contract to a third party is unreasonably onerous, unless the consumer may then rescind at any time, the user remains liable for the third party\'s performance, or the transfer comes with the transfer of the business. Include one of those three conditions.',
      },
      m: {
        nl: 'Artikel 6:236 sub m BW: een beding waarbij de consument een andere woonplaats kiest dan zijn werkelijke woonplaats, is tegenover een consument onredelijk bezwarend.',
        en: 'Article 6:236(m) BW: a clause by which the consumer elects a domicile other than his actual one is unreasonably onerous.',
      },
      o: {
        nl: 'Artikel 6:236 sub o BW: de consument moet de overeenkomst kunnen opzeggen op de manier waarop hij haar heeft gesloten (mondeling, schriftelijk of elektronisch). Een aangetekende brief eisen, of opzegging alleen per post of in de vestiging toestaan, beperkt dat; zie ook artikel 6:237 sub m BW.',
        en: 'Article 6:236(o) BW: the consumer must be able to cancel the way the contract was made (orally, in writing or electronically). Requiring a registered letter, or allowing cancellation only by post or at the premises, limits that; see also article 6:237(m) BW.',
      },
      r: {
        nl: 'Artikel 6:236 sub r BW: een beding dat de consument verplicht een duurovereenkomst (als bedoeld onder j) op een bepaald moment op te zeggen, is onredelijk bezwarend. Laat de consument op elk moment opzeggen, met een opzegtermijn van ten hoogste een maand.',
        en: 'Article 6:236(r) BW: a clause requiring the consumer to give notice of a continuing contract (as in (j)) at a particular moment is unreasonably onerous. Let the consumer give notice at any time, with a notice period of at most one month.',
      },
      l: {
        nl: 'Artikel 6:236 sub l BW: een beding dat ten nadele van de consument afwijkt van artikel 3:37 BW, is onredelijk bezwarend. Een verklaring werkt zodra zij de ontvanger heeft bereikt (artikel 3:37 lid 3 BW); een opzegging die pas telt nadat de gebruiker haar heeft bevestigd, wijkt daarvan af. Laat de opzegging werken vanaf de ontvangst en bevestig haar daarna.',
        en: 'Article 6:236(l) BW: a clause that departs from article 3:37 BW to the consumer\'s detriment is unreasonably onerous. A statement takes effect once it reaches the addressee (article 3:37(3) BW); a notice that counts only after the user confirms it departs from that. Let the notice take effect on receipt and confirm it afterwards.',
      },
      lVerzending: {
        nl: 'Artikel 6:236 sub l BW: een beding dat ten nadele van de consument afwijkt van artikel 3:37 BW, is onredelijk bezwarend. Een verklaring werkt pas zodra zij de ontvanger heeft bereikt (artikel 3:37 lid 3 BW); een mededeling van de gebruiker die al bij verzending als ontvangen geldt, wijkt daarvan af. Laat de mededeling werken vanaf de ontvangst.',
        en: 'Article 6:236(l) BW: a clause that departs from article 3:37 BW to the consumer\'s detriment is unreasonably onerous. A statement takes effect only once it reaches the addressee (article 3:37(3) BW); a notice of the user that counts as received when sent departs from that. Let the notice take effect on receipt.',
      },
      t: {
        nl: 'Artikel 6:236 sub t BW: een cadeaubon moet ten minste twee jaar geldig zijn.',
        en: 'Article 6:236(t) BW: a gift voucher must be valid for at least two years.',
      },
    },
  },
  check(block, ctx) {
    const text = block.text;
    // Only a forum clause asks (sub n), so the article is read for it only then, once.
    let month: boolean | undefined;
    const facts: BlockFacts = {
      get monthToChoose() {
        return (month ??= /(?:een|één|1)[ \t\n]{1,4}(?:\(1\)[ \t\n]{1,4})?maand/i.test(text) && /kiez|keuze|kiest/i.test(text));
      },
    };
    runSentenceChecks(block, CHECKS, facts, (span, sub) => ctx.report({ span, messageId: sub }));
  },
};
