import type { BlockRule } from '../kit/rule';
import { exemptionsTowardConsumer } from './consumerExemptions';
import { matchesIn, triggerWords } from '../text/triggerWords';
import { BUSINESS_ONLY, CLIENT_LOWER, lowerRoleBefore, partyAt, partyBefore, subjectOf } from '../text/parties';
import { periodsIn } from '../text/periods';
import { paragraphsOf, pieceAt, sentencesOf, type Piece } from '../text/pieces';
import { gateSentenceChecks, runSentenceChecks, type SentenceCheck } from '../engine/sentenceChecks';

/** Facts about the whole article: a right to end the contract anywhere in it (for a change of terms, the
 * cure usually sits in the next lid). */
interface GreyFacts {
  cureInArticle: boolean;
  /** The article is about building a work (aanneming van werk, 7:750 BW): "het werk", "oplevering". */
  work: boolean;
}
type Check = SentenceCheck<GreyFacts>;

const isClient = (s: Piece, at: number) => partyAt(s.text, at) === 'client';
const isUser = (s: Piece, at: number) => partyAt(s.text, at) === 'user';
/** A statement the consumer makes: the client is named before it, or no party and the user is not the subject ("Een klacht moet per aangetekende brief"). */
const statementOfClient = (s: Piece, at: number) => {
  const p = partyBefore(s.text, at);
  return p === 'client' || (p === undefined && subjectOf(s.text) !== 'user');
};
// The drafter by what it is, in lower case: "het gastouderbureau", "de rijschool", "het pension".
const DRAFTER_NOUN = /(?<![\p{L}])(?:het|de)[ \t\n]{1,4}\p{L}{0,20}(?:bureau|bedrijf|school|pension|salon|studio|praktijk|organisatie|verhuurder|opdrachtnemer|ondernemer)(?![\p{L}])/iu;
/** The user speaks at `at`: named by its role or name, else (no party named at all) by its role in lower case or by what it is. */
const userSpeaks = (s: Piece, at: number) => {
  const p = partyAt(s.text, at);
  if (p !== undefined) return p === 'user';
  const lower = lowerRoleBefore(s.text, at, 120);
  return lower === 'user' || (lower === undefined && DRAFTER_NOUN.test(s.text.slice(Math.max(0, at - 120), at)));
};
// "mag de salon de afspraak annuleren en ... in rekening brengen": the user cancels (the consumer came late), which
// is no termination by the consumer. A modal, then the one who cancels: not a client role nor the thing cancelled.
const USER_CANCELS = /(?:mag|kan|mogen|kunnen|is[ \t\n]{1,4}gerechtigd|is[ \t\n]{1,4}bevoegd)[ \t\n]{1,4}(?:de|het)[ \t\n]{1,4}(\p{L}{1,30})[ \t\n]{1,4}(?:\p{L}{1,30}[ \t\n]{1,4}){0,3}$/iu;
const CANCELLED_THING = /^(?:afspraak|reservering|boeking|les|rijles|overeenkomst|opdracht|cursus|deelname|behandeling|order|bestelling|workshop|training)$/i;
const userCancels = (before: string) => {
  const m = USER_CANCELS.exec(before);
  return !!m && !CLIENT_LOWER.test(m[1]) && !CANCELLED_THING.test(m[1]);
};
// The charge itself in a cancellation clause: a share or an amount.
const CHARGE = /(?<![\d,.])\d{1,3}(?:[,.]\d{1,2})?[ \t\n]{0,4}(?:%|procent)|(?:€|EUR|euro)[ \t\n]{0,4}\d{1,7}(?:[,.]\d{1,2}|,-)?/iu;
const USER_NOTICE_BEFORE = /(?:aanmaning|ingebrekestelling|sommatie|herinnering)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}$/iu;
const NEG = /(?:niet|geen)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?(?:bevoegd|gerechtigd|recht|toegestaan)|uitgesloten|(?:mag|kan)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?niet/iu;
const MOVE_DENIED = /(?<![\p{L}])(?:niet|geen|nooit|nimmer)(?![\p{L}])/iu;
const NOTICE = /opzegtermijn[ \t\n]{1,4}van[ \t\n]{1,4}(?:ten[ \t\n]{1,4}minste[ \t\n]{1,4}|minimaal[ \t\n]{1,4})?/giu;
const NOTICE_GATE = triggerWords(['opzegtermijn'], 'b2c');
const ARTICLE_SIZED = 4000;
// "gerechtigd de overeenkomst op te zeggen": the verb split by "te" is a right to end it all the same.
const CURE_TERMINATION = /ontbind|opzeg|op[ \t\n]{1,4}te[ \t\n]{1,4}zeggen|beëindig|kosteloos/i;
// "zonder dat de consument de overeenkomst kan ontbinden": the words of the cure, denied.
const CURE_DENIED = /zonder[ \t\n]{1,4}dat[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,6}?(?:ontbind|opzeg|op[ \t\n]{1,4}te[ \t\n]{1,4}zeggen|beëindig)|(?:niet|geen)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:recht|bevoegd|gerechtigd)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?(?:ontbind|opzeg|op[ \t\n]{1,4}te[ \t\n]{1,4}zeggen|beëindig)/iu;
/** A right to end the contract in the clause, and not one the clause denies. */
function curedIn(para: string): boolean {
  return CURE_TERMINATION.test(para) && !CURE_DENIED.test(para);
}
const GOODS_OR_ADVICE = /retourne|retourzending|pakket|zending|poststuk|adviseer|raden[ \t\n]{1,4}(?:je|u|jou)[ \t\n]{1,4}aan/i;
// A moment after which something is too late: "na ontvangst", "later dan", "buiten de termijn", "na verloop van".
const LATE = /(?<![\p{L}])(?:na|later|buiten|verstrijken|verloop)(?![\p{L}])|te[ \t\n]{1,4}laat|niet[ \t\n]{1,4}binnen/iu;
const COMPLAINT = /klacht|reclam|melden|meldt|gemeld|melding/i;


// Kinds of damage a list of exclusions must never take from a consumer without a word: death and personal
// injury, and (as the usual wide catch) consequential and indirect damage.
const HEAVY_DAMAGE = /letsel|lichamelijk|gezondheid|gehoor|gezichtsvermogen|overlijden|gevolgschade|indirecte/i;
// A list item: "a.", "b)", "1.", "iv.", "-", "•" at the start of a line.
const LIST_ITEM = /^[ \t]{0,8}(?:[a-z]{1,2}[.)]|\d{1,2}[.)]|[ivx]{1,5}[.)]|[-•–*])[ \t]+/;

export const CHECKS: Check[] = gateSentenceChecks([
  {
    // The consumer is bound to a notice period longer than a month.
    sub: 'o',
    words: ['opzegtermijn', 'uiterlijk'],
    find: /opzegtermijn[ \t\n]{1,4}van[ \t\n]{1,4}(?:ten[ \t\n]{1,4}minste[ \t\n]{1,4}|minimaal[ \t\n]{1,4})?|uiterlijk[ \t\n]{1,4}(?=(?:\p{L}{1,20}|\d{1,3})[ \t\n]{0,4}(?:\([^)]{1,20}\)[ \t\n]{1,4})?(?:maanden|weken|dagen|maand)[ \t\n]{1,4}(?:voor|vóór))/giu,
    keep: (s, _p, at) => {
      if (!/opzeg|opgezegd|beëindig/i.test(s.text) || isUser(s, at) || BUSINESS_ONLY.test(s.text)) return false;
      const after = periodsIn(s.text, at, Math.min(s.text.length, at + 60));
      return after.length > 0 && after[0].months > 1 + 1e-9;
    },
    spanIn: (s, at) => periodsIn(s.text, at, Math.min(s.text.length, at + 60))[0],
  },
  {
    // The user may set off or the consumer may not.
    sub: 'g',
    words: ['verreken'],
    find: /(?:verrekening|verrekenen|te[ \t\n]{1,4}verrekenen)(?![\p{L}])/giu,
    keep: (s, _p, at) => NEG.test(s.text) && isClient(s, at) && !BUSINESS_ONLY.test(s.text),
  },
  {
    // Payment "zonder opschorting of verrekening", "zonder aftrek of verrekening": set-off taken from the consumer.
    sub: 'g',
    words: ['verreken'],
    find: /(?<![\p{L}])zonder[ \t\n]{1,4}(?:(?:enige|aftrek|korting|inhouding|opschorting|of|en|,)[ \t\n,]{1,4}){0,6}?verrekening(?![\p{L}])/giu,
    keep: (s) => /betaa?l|voldo|factu|(?<![\p{L}])nota(?![\p{L}])/iu.test(s.text) && !BUSINESS_ONLY.test(s.text),
  },
  {
    // The user may deliver something materially different without a right to rescind.
    sub: 'c',
    words: ['wijzig', 'aanpas', 'vervang', 'bestelde', 'overeengekomen', 'gekochte', 'geboekte'],
    find: /(?:behoudt|behouden)[ \t\n]{1,4}zich[ \t\n]{1,4}(?:het[ \t\n]{1,4})?recht[ \t\n]{1,4}voor[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,6}?(?:wijzigen|wijzigingen|aanpassen|aanpassingen)|(?:mag|kan|is[ \t\n]{1,4}gerechtigd)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:de[ \t\n]{1,4})?(?:Dienst|Diensten|dienstverlening|inhoud|functionaliteit|functionaliteiten|producten|product|prestatie|programma|samenstelling|reisprogramma|reisschema)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,6}?(?:wijzigen|aanpassen)|(?:behoudt[ \t\n]{1,4}zich[ \t\n]{1,4}(?:het[ \t\n]{1,4})?recht[ \t\n]{1,4}voor|mag|kan|is[ \t\n]{1,4}(?:gerechtigd|bevoegd))[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,6}?(?:te[ \t\n]{1,4})?vervangen[ \t\n]{1,4}door|(?:gerechtigd|bevoegd|mag|kan)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?een[ \t\n]{1,4}ander(?:e|s)?[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?dan[ \t\n]{1,4}(?:het|de)[ \t\n]{1,4}(?:bestelde|overeengekomen|gekochte|geboekte)/giu,
    keep: (s, para, at) => isUser(s, at) && !curedIn(para.text) && !/prijs|prijzen|tarie|voorwaarden/i.test(s.text),
  },
  {
    // The user may change its terms at will, without a right for the consumer to end the contract.
    sub: 'cv',
    words: ['voorwaarden'],
    // "voorwaarden" is at most 195 units in ("behoudt zich het recht voor ... deze algemene voorwaarden"; a
    // letter outside the BMP is two units; gates.proof.test.ts derives the bound from the pattern).
    back: 195,
    // "Verkoper heeft het recht de voorwaarden eenzijdig te wijzigen" too.
    find: /(?:gerechtigd|bevoegd|behoudt[ \t\n]{1,4}zich[ \t\n]{1,4}(?:het[ \t\n]{1,4})?recht[ \t\n]{1,4}voor|(?:heeft|hebben)[ \t\n]{1,4}het[ \t\n]{1,4}recht|mag|kan)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:deze[ \t\n]{1,4}|de[ \t\n]{1,4}|haar[ \t\n]{1,4}|zijn[ \t\n]{1,4})?(?:algemene[ \t\n]{1,4})?voorwaarden[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:te[ \t\n]{1,4})?(?:wijzigen|aanpassen|aan[ \t\n]{1,4}te[ \t\n]{1,4}passen)/giu,
    keep: (s, para, at, facts) => !isClient(s, at) && subjectOf(s.text) !== 'client' && !facts.cureInArticle && !CURE_TERMINATION.test(para.text) && !BUSINESS_ONLY.test(s.text),
  },
  {
    // The same power in the passive: "Deze voorwaarden kunnen op elk moment door de studio worden
    // gewijzigd", "De voorwaarden kunnen eenzijdig worden gewijzigd". Not a change the parties agree on, nor one
    // for new contracts only.
    sub: 'cv',
    words: ['voorwaarden'],
    back: 13,
    find: /(?:algemene[ \t\n]{1,4})?voorwaarden[ \t\n]{1,4}(?:kunnen|mogen)[ \t\n]{1,4}(?:[^.;:\n]{0,80}?[ \t\n]{1,4})?(?:worden[ \t\n]{1,4})?(?:gewijzigd|aangepast)(?![\p{L}])/giu,
    keep: (s, para, _at, facts) =>
      !/overleg|instemming|goedvinden|akkoord|(?:beide|door)[ \t\n]{1,4}partijen|overeengekomen|nieuwe[ \t\n]{1,4}overeenkomst/i.test(s.text) &&
      !facts.cureInArticle &&
      !CURE_TERMINATION.test(para.text) &&
      !BUSINESS_ONLY.test(s.text),
  },
  {
    // "Altijd geldt de nieuwste versie": the newest version of the terms governs running
    // contracts too, which lets the user change them at will. Not where only the version that applied when the
    // contract was made governs it, or only new contracts.
    sub: 'cv',
    words: ['versie'],
    // "versie" is at most 129 units in: "telkens de meest recente", two letters, two words of up to 20 code
    // points (40 units) with their gaps (gates.proof.test.ts derives the bound from the pattern).
    back: 129,
    find: /(?<![\p{L}])(?:steeds|altijd|telkens)[ \t\n]{1,4}(?:de[ \t\n]{1,4})?(?:laatst|meest[ \t\n]{1,4}recente|actuele|recentste|nieuwste)\p{L}{0,2}[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?versie(?![\p{L}])/giu,
    keep: (s, para, at, facts) =>
      /van[ \t\n]{1,4}toepassing|geldt|gelden|toepasselijk/i.test(s.text) &&
      !/ten[ \t\n]{1,4}tijde[ \t\n]{1,4}van|nieuwe[ \t\n]{1,4}overeenkomst|na[ \t\n]{1,4}(?:de[ \t\n]{1,4})?(?:inwerkingtreding|bekendmaking)/i.test(s.text) &&
      !isClient(s, at) &&
      !facts.cureInArticle &&
      !CURE_TERMINATION.test(para.text) &&
      !BUSINESS_ONLY.test(s.text),
  },
  {
    // The user may end the contract at will.
    sub: 'd',
    words: ['reden', 'tijde', 'moment', 'tijdstip', 'aanleiding', 'inzicht', 'goeddunken', 'believen', 'mening', 'nodig', 'noodzakelijk', 'wenselijk', 'gewenst'],
    // "reden" is at most 27 units in ("zonder\t\t\t\topgave ... van    redenen"), "tijdstip" 28 ("op ieder gewenst"),
    // "aanleiding" 72 ("wanneer de <word of 20 letters, 40 units> daartoe"), "mening" 95 ("wanneer het <word of 30
    // letters, 60 units> van de"); gates.proof.test.ts checks the bound.
    back: 95,
    // Also the misspelt "ten allen tijde", "ten alle tijden", and the user's own opinion as the ground ("indien het
    // bureau van mening is dat", "wanneer zij dat nodig acht").
    find: /(?:zonder[ \t\n]{1,4}opga(?:ve|af)[ \t\n]{1,4}van[ \t\n]{1,4}redenen?|om[ \t\n]{1,4}welke[ \t\n]{1,4}reden[ \t\n]{1,4}(?:dan[ \t\n]{1,4})?ook|ten?[ \t\n]{1,4}all(?:en|e|er)[ \t\n]{1,4}tijden?|(?:indien|wanneer|als|zodra)[ \t\n]{1,4}(?:zij|hij|het|wij|we|(?:het|de)[ \t\n]{1,4}\p{L}{1,30})[ \t\n]{1,4}(?:van[ \t\n]{1,4}(?:de[ \t\n]{1,4})?mening[ \t\n]{1,4}is|(?:dit|dat|het)[ \t\n]{1,4}(?:nodig|noodzakelijk|wenselijk|gewenst)[ \t\n]{1,4}(?:acht|vindt))|op[ \t\n]{1,4}(?:elk|ieder)[ \t\n]{1,4}(?:gewenst[ \t\n]{1,4})?(?:moment|tijdstip)|(?:indien|wanneer|als|zodra)[ \t\n]{1,4}(?:zij|hij|wij|het|de[ \t\n]{1,4}\p{L}{1,20})[ \t\n]{1,4}(?:daartoe|daar)?[ \t\n]{0,4}aanleiding[ \t\n]{1,4}(?:toe[ \t\n]{1,4})?(?:ziet|zien)|naar[ \t\n]{1,4}(?:eigen|haar|zijn)[ \t\n]{1,4}(?:inzicht|goeddunken|believen))/giu,
    keep: (s, _p, at) => /opzeggen|ontbinden|beëindigen|annuleren|op[ \t\n]{1,4}te[ \t\n]{1,4}zeggen|te[ \t\n]{1,4}beëindigen|te[ \t\n]{1,4}ontbinden/i.test(s.text) && userSpeaks(s, at) && !/overmacht/i.test(s.text),
  },
  {
    // The user may move the performance (a date, a place) at its discretion, without a right to rescind.
    sub: 'c',
    words: ['verschuiv', 'verplaats', 'verzett'],
    // Room for a party's name of two words: "kan Foto Noord de sessie naar een andere dag verzetten".
    find: /(?:gerechtigd|bevoegd|mag|kan|behoudt[ \t\n]{1,4}zich[ \t\n]{1,4}(?:het[ \t\n]{1,4})?recht[ \t\n]{1,4}voor)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,8}?(?:te[ \t\n]{1,4})?(?:verschuiven|verplaatsen|verzetten)(?![\p{L}])/giu,
    // Not the consumer's own move, written with the role in lower case ("De opdrachtgever kan de afspraak verzetten"),
    // and not a power denied ("kan de opdracht niet verzetten").
    keep: (s, para, at) =>
      !isClient(s, at) &&
      lowerRoleBefore(s.text, at, 60) !== 'client' &&
      !MOVE_DENIED.test(s.text.slice(at, at + 200).split(/verschuiven|verplaatsen|verzetten/i)[0]) &&
      !CURE_TERMINATION.test(para.text) &&
      !BUSINESS_ONLY.test(s.text),
  },
  {
    // Building a work is an obligation of result (7:750 BW); a clause that makes it one of effort cuts
    // down what the consumer may expect.
    sub: 'b',
    words: ['inspanningsverplicht', 'inspanningsverbint'],
    find: /inspanningsverplichting\p{L}{0,2}|inspanningsverbintenis\p{L}{0,2}/giu,
    keep: (s, _p, at, facts) => facts.work && !isClient(s, at) && !BUSINESS_ONLY.test(s.text),
  },
  {
    // An unusually long or undetermined time for performance.
    sub: 'e',
    words: ['indicatief', 'fata', 'benadering', 'vrijblijvend', 'gebonden'],
    find: /(?:leveringstermijn|levertermijn|levertijd|termijnen|opgegeven[ \t\n]{1,4}termijn)[^.;]{0,80}?(?:indicatief|(?:nimmer|nooit|geen)[ \t\n]{1,4}fata{1,2}le?|bij[ \t\n]{1,4}benadering|vrijblijvend)|(?:niet|nimmer|nooit)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?aan[ \t\n]{1,4}(?:een|enige|de|een[ \t\n]{1,4}bepaalde)[ \t\n]{1,4}(?:lever)?(?:termijn|levertijd|datum)[ \t\n]{1,4}gebonden/giu,
  },
  {
    // Loss of the consumer's rights as a sanction.
    sub: 'h',
    words: ['verval', 'behandeling', 'geaccepteerd', 'aanvaard', 'ontvankelijk'],
    // Also "Geen klachten worden aanvaard tenzij ... binnen acht dagen na de factuur".
    find: /(?<![\p{L}])geen[ \t\n]{1,4}(?:klachten|reclames|reclamaties)[ \t\n]{1,4}(?:meer[ \t\n]{1,4})?(?:worden|zullen[ \t\n]{1,4}worden)[ \t\n]{1,4}(?:in[ \t\n]{1,4}behandeling[ \t\n]{1,4}genomen|aanvaard|geaccepteerd)|vervalt[ \t\n]{1,4}(?:elk|ieder|het|alle)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?recht|vervallen[ \t\n]{1,4}(?:alle|de)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?rechten|(?:niet|nimmer|nooit|geen)[ \t\n]{1,4}(?:meer[ \t\n]{1,4})?(?:in[ \t\n]{1,4}behandeling[ \t\n]{1,4}(?:genomen|nemen)|(?:geaccepteerd|aanvaard|ontvankelijk))/giu,
    // A forfeiture tied to a complaint is this sub; a short limitation period for claims is 6:236 sub g.
    keep: (s, _p, at) => {
      if (BUSINESS_ONLY.test(s.text)) return false;
      // "Klachten na ... worden niet meer in behandeling genomen": a complaint refused after a moment.
      if (!/^verval/i.test(s.text.slice(at))) return COMPLAINT.test(s.text) && LATE.test(s.text);
      return COMPLAINT.test(s.text) || !periodsIn(s.text).some((p) => p.months < 12 - 1e-9);
    },
  },
  {
    // A fee on termination for reasons other than the consumer's breach.
    sub: 'i',
    words: ['annulering', 'opzegvergoeding', 'afkoopsom', 'resterende', 'tussentijds', 'voortijdig'],
    find: /(?:annuleringskosten|annuleringsvergoeding|opzegvergoeding|afkoopsom|(?:alle|de)[ \t\n]{1,4}resterende[ \t\n]{1,4}(?:termijnen|maandtermijnen|abonnementsgelden|vergoedingen)|(?:tussentijds|voortijdig)\p{L}{0,3}[ \t\n]{1,4}[^.;]{0,250}?(?:schadevergoeding|vergoeding|boete)[^.;]{0,40}?(?:verschuldigd|betalen|betaalt))/giu,
    keep: (s) => !BUSINESS_ONLY.test(s.text) && !/redelijke[ \t\n]{1,4}vergoeding|geleden[ \t\n]{1,4}verlies|geen[ \t\n]{1,4}(?:annuleringskosten|kosten)/i.test(s.text),
  },
  {
    // The full price owed on cancellation, whatever the user saves or earns elsewhere.
    sub: 'i',
    words: ['volledige', 'gehele', 'totale', 'volle'],
    find: /(?:volledige|gehele|totale|volle)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,1}?(?:prijs|bedrag|reissom|som|vergoeding|cursusgeld|lesgeld|abonnementsgeld|inschrijfgeld|huurprijs|contributie|factuurbedrag)[^.;]{0,60}?(?:verschuldigd|betalen|betaalt|in[ \t\n]{1,4}rekening)/giu,
    keep: (s, _p, at) => /annul|opzeg|opgezegd|beëindig|afzeg|afmeld|niet[ \t\n]{1,4}verschijn/i.test(s.text) && !isUser(s, at) && !BUSINESS_ONLY.test(s.text) && !/redelijke[ \t\n]{1,4}vergoeding|geleden[ \t\n]{1,4}verlies|bespaar/i.test(s.text),
  },
  {
    // A contract for regular deliveries or services (6:236 sub j) for more than a year, without a right to
    // cancel at any time after the first year with at most a month's notice.
    sub: 'k',
    words: ['periode', 'duur', 'looptijd', 'termijn'],
    // A word of its own: "garantietermijn", "opzegtermijn", "proefperiode" are other periods.
    find: /(?<![\p{L}])(?:periode|duur|looptijd|termijn|contractduur|contractperiode|contracttermijn)[ \t\n]{1,4}van[ \t\n]{1,4}(?:ten[ \t\n]{1,4}minste[ \t\n]{1,4}|minimaal[ \t\n]{1,4})?/giu,
    keep: (s, para, at) => {
      if (!/abonnement|lidmaatschap|geregeld|periodiek/i.test(para.text) || BUSINESS_ONLY.test(s.text)) return false;
      const [p] = periodsIn(s.text, at, Math.min(s.text.length, at + 60));
      if (!p || p.months <= 12 + 1e-9) return false;
      return !/(?:te[ \t\n]{1,4}allen[ \t\n]{1,4}tijde|op[ \t\n]{1,4}(?:elk|ieder)[ \t\n]{1,4}moment|maandelijks)[^.;]{0,80}?opze|opzeg[^.;]{0,80}?(?:te[ \t\n]{1,4}allen[ \t\n]{1,4}tijde|op[ \t\n]{1,4}(?:elk|ieder)[ \t\n]{1,4}moment|maandelijks)/i.test(para.text);
    },
    spanIn: (s, at) => periodsIn(s.text, at, Math.min(s.text.length, at + 60))[0],
  },
  {
    // A form stricter than a signed document for the consumer's statements (other than cancellation).
    sub: 'm',
    words: ['aangetekend', 'notari'],
    find: /aangetekend(?:e)?[ \t\n]{1,4}(?:brief|schrijven|post)|aangetekend|notariële[ \t\n]{1,4}akte/giu,
    // Sending goods back by registered post, or advice to do so, is no form for a statement.
    // Nor the user's own reminder or notice of default ("na een aangetekende aanmaning van de gebruiker").
    keep: (s, _p, at) => !/opzeg|opgezegd|beëindig/i.test(s.text) && !GOODS_OR_ADVICE.test(s.text) && !USER_NOTICE_BEFORE.test(s.text.slice(Math.max(0, at - 40), at)) && statementOfClient(s, at) && !BUSINESS_ONLY.test(s.text),
  },
  {
    sub: 'n',
    words: ['volmacht'],
    find: /onherroepelijke?[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?volmacht|volmacht[^.;]{0,80}?onherroepelijk/giu,
  },
  {
    // A waiver deemed from the consumer's silence or absence: "Wordt het dier niet binnen veertien dagen opgehaald,
    // dan wordt de eigenaar geacht er afstand van te hebben gedaan". Not the user's own waiver.
    sub: 'h',
    words: ['afstand'],
    find: /(?:geacht|te[ \t\n]{1,4}kennen)[^.;]{0,80}?afstand[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?te[ \t\n]{1,4}(?:hebben[ \t\n]{1,4})?(?:gedaan|doen)(?![\p{L}])/giu,
    keep: (s, _p, at) => !BUSINESS_ONLY.test(s.text) && !isUser(s, at) && lowerRoleBefore(s.text, at, 120) !== 'user',
  },
  {
    // The user ends the course or the lesson and keeps what the consumer paid: "mag de rijschool de opleiding direct
    // beëindigen zonder enige restitutie van lesgeld". Not the consumer's own termination.
    sub: 'h',
    words: ['restitutie', 'terugbetaling', 'teruggave'],
    find: /(?<![\p{L}])zonder[ \t\n]{1,4}(?:enige[ \t\n]{1,4})?(?:restitutie|terugbetaling|teruggave)(?![\p{L}])/giu,
    keep: (s, _p, at) => /beëindig|afbre|ontbind|opzeg|annuleer|annuleren|weiger|verwijder/i.test(s.text) && userSpeaks(s, at) && !BUSINESS_ONLY.test(s.text),
  },
  {
    // A cancellation charge as a share or an amount: "Bij annulering binnen 30 dagen is 50% van de reserveringssom
    // verschuldigd", "annuleert de klant later, dan brengen wij € 95 in rekening".
    sub: 'i',
    words: ['annul', 'afzeg', 'afgezegd', 'afmeld', 'ongedaan'],
    find: /(?<![\p{L}])(?:annul\p{L}{0,8}|afzeg\p{L}{0,4}|afgezegd|afmeld\p{L}{0,4}|ongedaan)[^.;]{0,200}?(?:(?<![\d,.])\d{1,3}(?:[,.]\d{1,2})?[ \t\n]{0,4}(?:%|procent)|(?:€|EUR|euro)[ \t\n]{0,4}\d)/giu,
    keep: (s, _p, at) => {
      const rest = s.text.slice(at);
      return /verschuldigd|in[ \t\n]{1,4}rekening|doorbereken|betalen|berekend|gefactureerd/i.test(rest) &&
        !/(?:annul\p{L}{0,8}|afzeg\p{L}{0,4})[ \t\n]{1,4}(?:door|van)[ \t\n]{1,4}(?:ons|wij|ons[ \t\n]{1,4}\p{L}{1,20}|de[ \t\n]{1,4}(?:verhuurder|ondernemer|opdrachtnemer|organisator|organisatie))/iu.test(rest) &&
        partyBefore(s.text, at) !== 'user' && lowerRoleBefore(s.text, at, 60) !== 'user' && !userCancels(s.text.slice(Math.max(0, at - 80), at)) && !BUSINESS_ONLY.test(s.text) && !/redelijke[ \t\n]{1,4}vergoeding|geleden[ \t\n]{1,4}verlies|bespaar/i.test(s.text) &&
        // The checks above already read these words.
        !/annuleringskosten|annuleringsvergoeding|opzegvergoeding|afkoopsom|(?:volledige|gehele|totale|volle)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4})?(?:prijs|bedrag|som|vergoeding|\p{L}{1,12}geld|huurprijs)/iu.test(s.text);
    },
    spanIn: (s, at) => {
      const m = CHARGE.exec(s.text.slice(at));
      return m ? { start: at + m.index, end: at + m.index + m[0].length } : undefined;
    },
  },
  {
    // A reserved right to deliver an alternative instead ("behoudt zich het recht om bij leverproblemen een
    // gelijkwaardig alternatief te leveren"), without a right to rescind. A reservation is the user's unless the
    // consumer is named before it.
    sub: 'c',
    words: ['behoud'],
    find: /(?<![\p{L}])(?:behoudt|behouden)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:zich|ons)[ \t\n]{1,4}(?:het[ \t\n]{1,4})?recht[ \t\n]{1,4}(?:voor[ \t\n]{1,4})?[^.;]{0,120}?(?:gelijkwaardig|vergelijkbaar|vervangend|ander)\p{L}{0,2}[ \t\n]{1,4}(?:alternatief|product|artikel|model|merk|exemplaar|zaak)(?![\p{L}])/giu,
    // "vervangen door" is read by the first sub c check.
    keep: (s, para, at) => !isClient(s, at) && lowerRoleBefore(s.text, at, 60) !== 'client' && !/vervang/i.test(s.text) && !curedIn(para.text) && !BUSINESS_ONLY.test(s.text),
  },
], 'b2c');

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'consument-grijze-lijst',
    category: 'consument',
    defaultSeverity: 'warning',
    audience: 'b2c',
    title: { nl: 'Grijze lijst (artikel 6:237 BW)', en: 'Grey list (article 6:237 BW)' },
    messages: {
      f: {
        nl: 'Artikel 6:237 sub f BW: een beding dat de gebruiker geheel of gedeeltelijk bevrijdt van een wettelijke plicht tot schadevergoeding, wordt tegenover een consument vermoed onredelijk bezwarend te zijn. Beperk het tot wat redelijk is, sluit nooit schade door dood of letsel, opzet of bewuste roekeloosheid uit, en overweeg de wettelijke aansprakelijkheid tegenover consumenten onverlet te laten. Bij een consumentenkoop kunnen de rechten van de koper wegens een tekortkoming van de verkoper bovendien niet worden beperkt of uitgesloten (artikel 7:6 lid 1 BW).',
        en: 'Article 6:237(f) BW: a clause that releases the user wholly or partly from a statutory duty to pay damages is presumed unreasonably onerous toward a consumer. Keep it to what is reasonable, never exclude death or injury, intent or recklessness, and consider leaving statutory liability toward consumers intact. In a consumer sale the buyer\'s rights for the seller\'s failure to perform cannot be limited or excluded at all (article 7:6(1) BW).',
      },
      o: {
        nl: 'Artikel 6:237 sub o BW: een opzegtermijn van meer dan een maand voor de consument wordt vermoed onredelijk bezwarend te zijn (bij een stilzwijgend verlengde overeenkomst is het zelfs zwarte lijst, 6:236 sub j). Maak de opzegtermijn ten hoogste een maand.',
        en: 'Article 6:237(o) BW: a notice period of more than one month for the consumer is presumed unreasonably onerous (for a tacitly renewed contract it is black-listed, 6:236(j)). Use at most one month.',
      },
      l: {
        nl: 'Artikel 6:237 sub l BW: een opzegtermijn voor de consument die langer is dan die voor de gebruiker, wordt vermoed onredelijk bezwarend te zijn. Maak de opzegtermijn van de consument niet langer dan die van de gebruiker.',
        en: 'Article 6:237(l) BW: a notice period for the consumer longer than the user\'s is presumed unreasonably onerous. Make the consumer\'s notice period no longer than the user\'s.',
      },
      g: {
        nl: 'Artikel 6:237 sub g BW: een beding dat de wettelijke bevoegdheid van de consument tot verrekening uitsluit of beperkt, wordt vermoed onredelijk bezwarend te zijn.',
        en: 'Article 6:237(g) BW: a clause that excludes or limits the consumer\'s statutory right of set-off is presumed unreasonably onerous.',
      },
      b: {
        nl: 'Artikel 6:237 sub b BW: een beding dat de verplichtingen van de gebruiker wezenlijk beperkt ten opzichte van wat de consument, mede gelet op de wettelijke regels, mocht verwachten, wordt vermoed onredelijk bezwarend te zijn. Bij aanneming van werk verbindt de aannemer zich een werk van stoffelijke aard tot stand te brengen en op te leveren (artikel 7:750 lid 1 BW): een resultaat, geen inspanning. Schrap de inspanningsverplichting of beperk haar tot wat werkelijk onzeker is.',
        en: 'Article 6:237(b) BW: a clause that substantially limits the user\'s obligations compared with what the consumer, also in view of the statutory rules, could expect is presumed unreasonably onerous. In a building contract the contractor undertakes to build and deliver a material work (article 7:750(1) BW): a result, not an effort. Delete the obligation of effort or confine it to what is truly uncertain.',
      },
      c: {
        nl: 'Artikel 6:237 sub c BW: een bevoegdheid om een prestatie te leveren die wezenlijk afwijkt van wat is toegezegd, wordt vermoed onredelijk bezwarend te zijn, tenzij de consument dan mag ontbinden. Geef de consument bij een wezenlijke wijziging het recht de overeenkomst kosteloos te beëindigen.',
        en: 'Article 6:237(c) BW: a right to deliver something materially different from what was promised is presumed unreasonably onerous unless the consumer may then rescind. Give the consumer a free right to terminate on a material change.',
      },
      cv: {
        nl: 'Artikel 6:237 sub c BW: een bevoegdheid om de voorwaarden eenzijdig te wijzigen, wordt tegenover een consument vermoed onredelijk bezwarend te zijn voor zover de wijziging de toegezegde prestatie wezenlijk verandert en de consument dan niet mag ontbinden. Geef de consument bij een wijziging in zijn nadeel het recht de overeenkomst kosteloos te beëindigen, en kondig de wijziging vooraf aan.',
        en: 'Article 6:237(c) BW: a right to change the terms unilaterally is presumed unreasonably onerous toward a consumer in so far as the change materially alters the promised performance and the consumer may not then rescind. Give the consumer a free right to terminate on a change to his detriment, and announce changes in advance.',
      },
      d: {
        nl: 'Artikel 6:237 sub d BW: een beding dat de gebruiker zich van de overeenkomst laat bevrijden anders dan op in de overeenkomst genoemde, zwaarwegende gronden, wordt vermoed onredelijk bezwarend te zijn. Noem de gronden waarop de gebruiker mag opzeggen of ontbinden.',
        en: 'Article 6:237(d) BW: a clause letting the user walk away other than on weighty grounds stated in the contract is presumed unreasonably onerous. State the grounds on which the user may terminate.',
      },
      e: {
        nl: 'Artikel 6:237 sub e BW: een ongebruikelijk lange of onvoldoende bepaalde termijn voor de nakoming door de gebruiker wordt vermoed onredelijk bezwarend te zijn. Noem een uiterste termijn.',
        en: 'Article 6:237(e) BW: an unusually long or insufficiently determined time for the user\'s performance is presumed unreasonably onerous. State a final deadline.',
      },
      h: {
        nl: 'Artikel 6:237 sub h BW: verval van rechten van de consument als sanctie op een gedraging wordt vermoed onredelijk bezwarend te zijn, tenzij de gedraging dat verval rechtvaardigt.',
        en: 'Article 6:237(h) BW: forfeiture of the consumer\'s rights as a sanction is presumed unreasonably onerous unless the conduct justifies it.',
      },
      k: {
        nl: 'Artikel 6:237 sub k BW: een beding dat een overeenkomst tot geregelde levering van zaken of geregelde dienstverlening (zoals een abonnement of lidmaatschap) aangaat voor meer dan een jaar, wordt tegenover een consument vermoed onredelijk bezwarend te zijn, tenzij de consument na een jaar de overeenkomst te allen tijde kan opzeggen met een opzegtermijn van ten hoogste een maand. Beperk de eerste looptijd tot een jaar, of geef dat opzegrecht na het eerste jaar.',
        en: 'Article 6:237(k) BW: a clause fixing a term of more than a year for a contract for regular deliveries or services (such as a subscription or membership) is presumed unreasonably onerous toward a consumer, unless the consumer may cancel at any time after one year with at most a month\'s notice. Limit the first term to a year, or grant that right after the first year.',
      },
      i: {
        nl: 'Artikel 6:237 sub i BW: een geldsom die de consument bij beëindiging moet betalen (anders dan wegens zijn eigen tekortkoming) wordt vermoed onredelijk bezwarend te zijn, behalve een redelijke vergoeding voor geleden verlies of gederfde winst.',
        en: 'Article 6:237(i) BW: a sum the consumer must pay on termination (other than for its own breach) is presumed unreasonably onerous, except reasonable compensation for loss or lost profit.',
      },
      m: {
        nl: 'Artikel 6:237 sub m BW: een strengere vorm dan het vereiste van een onderhandse akte (een ondertekend geschrift) voor verklaringen van de consument, zoals een aangetekende brief, wordt vermoed onredelijk bezwarend te zijn.',
        en: 'Article 6:237(m) BW: a form stricter than the requirement of a private deed (a signed writing) for the consumer\'s statements, such as a registered letter, is presumed unreasonably onerous.',
      },
      n: {
        nl: 'Artikel 6:237 sub n BW: een onherroepelijke volmacht van de consument wordt vermoed onredelijk bezwarend te zijn (behalve voor de levering van een registergoed).',
        en: 'Article 6:237(n) BW: an irrevocable power of attorney from the consumer is presumed unreasonably onerous (except for transfer of registered property).',
      },
    },
  },
  check(block, ctx) {
    const text = block.text;
    const sents = sentencesOf(block);
    // Sub l: the consumer's notice period is longer than the user's (both stated in this article).
    let clientLongest: { months: number; start: number; end: number } | undefined;
    let userShortest: number | undefined;
    // Every match holds "opzegtermijn" (the gate's word); most articles have none.
    for (const m of matchesIn(block, NOTICE, NOTICE_GATE)) {
      const s = pieceAt(sents, m.index);
      if (!s || BUSINESS_ONLY.test(s.text)) continue;
      const at = m.index - s.start;
      const [p] = periodsIn(s.text, at, Math.min(s.text.length, at + 60));
      if (!p) continue;
      if (isUser(s, at)) userShortest = Math.min(userShortest ?? Infinity, p.months);
      else if (!clientLongest || p.months > clientLongest.months) clientLongest = { months: p.months, start: s.start + p.start, end: s.start + p.end };
    }
    if (clientLongest && userShortest !== undefined && clientLongest.months > userShortest + 1e-9 && clientLongest.months <= 1 + 1e-9) {
      // Above a month, sub o already reports it.
      ctx.report({ span: { start: clientLongest.start, end: clientLongest.end }, messageId: 'l' });
    }
    // A block far longer than an article is a draft whose articles were not recognised: there the cure
    // must be in the paragraph itself, not anywhere in the draft.
    let work: boolean | undefined;
    const facts: GreyFacts = {
      cureInArticle: block.text.length <= ARTICLE_SIZED && CURE_TERMINATION.test(block.text),
      get work() {
        return (work ??= /(?<![\p{L}])(?:het|een|dit)[ \t\n]{1,4}werk(?![\p{L}])|aanneming|oplevering|opgeleverd/iu.test(text));
      },
    };
    const exonerated = new Set<number>();
    // One finding per clause (paragraph): a cap and its fallback ("... beperkt tot het honorarium. Is geen
    // honorarium overeengekomen, dan is de aansprakelijkheid beperkt tot ...") are one question for the drafter.
    const exoneratedParagraphs = new Set<number>();
    let paras: Piece[] | undefined;
    const exoneration = (span: { start: number; end: number }, sentence: { start: number; end: number; text: string }) => {
      if (exonerated.has(sentence.start)) return;
      exonerated.add(sentence.start);
      const para = pieceAt((paras ??= paragraphsOf(block)), sentence.start);
      if (!para || !exoneratedParagraphs.has(para.start)) ctx.report({ span, messageId: 'f' });
      if (para) exoneratedParagraphs.add(para.start);
      // "… is in ieder geval uitgesloten voor:" and a list: the items that take personal injury or
      // consequential damage from the consumer are each an exclusion of their own.
      if (!/:[ \t]*$/.test(sentence.text.trimEnd()) && text[sentence.end] !== ':') return;
      let at = text.indexOf('\n', sentence.end - 1);
      for (let n = 0; at >= 0 && n < 30; n++) {
        const next = text.indexOf('\n', at + 1);
        const line = text.slice(at + 1, next < 0 ? text.length : next);
        if (!line.trim()) { at = next; continue; }
        if (!LIST_ITEM.test(line)) break;
        const heavy = HEAVY_DAMAGE.exec(line);
        if (heavy) {
          const s = pieceAt(sents, at + 1 + heavy.index);
          if (s) exonerated.add(s.start);
          ctx.report({ span: { start: at + 1 + line.length - line.trimStart().length, end: at + 1 + line.trimEnd().length }, messageId: 'f' });
        }
        at = next;
      }
    };
    for (const { span, sentence } of exemptionsTowardConsumer(block)) exoneration(span, sentence);
    runSentenceChecks(block, CHECKS, facts, (span, sub) => ctx.report({ span, messageId: sub }));
  },
};
