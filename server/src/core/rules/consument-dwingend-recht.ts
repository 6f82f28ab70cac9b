import type { BlockRule } from '../kit/rule';
import { gateSentenceChecks, runSentenceChecks, type SentenceCheck } from '../engine/sentenceChecks';
import { periodsIn, type Period } from '../text/periods';
import { type Piece } from '../text/pieces';

// Mandatory consumer law outside the black and grey lists that a clause can be seen to contradict: the
// withdrawal period (6:230o lid 1), the commercial guarantee that must leave the statutory rights intact
// (7:6a lid 4, 7:6 lid 1), a charge for a means of payment (6:230k lid 1), and the consumer's right to end an
// opdracht at any time (7:408 lid 1 with 7:413 lid 2).

interface Facts {
  b2c: boolean;
}
type Check = SentenceCheck<Facts>;

const BUSINESS = /rechtspersoon|uitoefening[ \t\n]{1,4}van[ \t\n]{1,4}(?:een[ \t\n]{1,4}|zijn[ \t\n]{1,4}|haar[ \t\n]{1,4})?beroep|zakelijke[ \t\n]{1,4}(?:klant|afnemer|opdrachtgever|wederpartij)/i;
const NOT_BUSINESS = /niet[ \t\n]{1,4}handel(?:t|en)[ \t\n]{1,4}in[ \t\n]{1,4}de[ \t\n]{1,4}uitoefening/i;
/** The sentence is meant for business customers only ("Is de Klant een rechtspersoon, ..."). */
const businessOnly = (text: string) => BUSINESS.test(text) && !NOT_BUSINESS.test(text);
// The clause speaks of a consumer: toward a business no withdrawal right exists by law.
const CONSUMER_HERE = /consument|natuurlijk[ \t\n]{1,4}persoon[ \t\n]{1,4}(?:is[ \t\n]{1,4})?die[ \t\n]{1,4}niet[ \t\n]{1,4}handelt|particulier|herroep|bedenktijd/i;
const WITHDRAW = /ontbinden|ontbinding|herroep|annuleren|af[ \t\n]{1,4}te[ \t\n]{1,4}zien|afzien|bedenktijd/i;
// A period that belongs to the user's refund or the return of goods is not the withdrawal period.
const OTHER_TERM = /(?<![\p{L}])(?:betalen|betaalt|terug)(?![\p{L}])|terugbetal|terug[ \t\n]{1,4}te[ \t\n]{1,4}betalen|terugstort|vergoed|retourne|terugsturen|terug[ \t\n]{1,4}te[ \t\n]{1,4}sturen|terugzenden|terug[ \t\n]{1,4}te[ \t\n]{1,4}zenden/iu;
const FOURTEEN_DAYS = 14 / 30.4;

/** The first withdrawal period in the sentence that is shorter than fourteen days or counted in working days. */
function shortWithdrawal(s: Piece): Period | undefined {
  for (const p of periodsIn(s.text)) {
    const near = s.text.slice(Math.max(0, p.start - 60), Math.min(s.text.length, p.end + 30));
    if (OTHER_TERM.test(near)) continue;
    if (/werkdag/i.test(p.text) || p.months < FOURTEEN_DAYS - 1e-9) return p;
  }
  return undefined;
}

export const CHECKS: Check[] = gateSentenceChecks(
  [
    {
      // A right of withdrawal of fewer than fourteen days, or of fourteen working days.
      sub: 'herroeping',
      words: ['herroep', 'bedenktijd', 'opgave', 'opgaaf'],
      find: /(?<![\p{L}])(?:herroep\p{L}{0,12}|bedenktijd)|zonder[ \t\n]{1,4}opga(?:ve|af)[ \t\n]{1,4}van[ \t\n]{1,4}redenen?/giu,
      keep: (s, _p, _at, facts) => (facts.b2c || CONSUMER_HERE.test(s.text)) && WITHDRAW.test(s.text) && !businessOnly(s.text) && shortWithdrawal(s) !== undefined,
      spanIn: (s) => shortWithdrawal(s),
    },
  ],
  'common',
);

/** Checks that only a consumer draft needs: their words are looked for only there. */
export const CONSUMER_CHECKS: Check[] = gateSentenceChecks(
  [
    {
      // A commercial guarantee with a period, in an article that never mentions the statutory rights.
      sub: 'garantie',
      words: ['garantie'],
      find: /garantie(?:termijn|periode)?(?![\p{L}])/giu,
      keep: (s, para, _at, facts) => facts.b2c && periodsIn(s.text).length > 0 && !/geen[ \t\n]{1,4}garantie/i.test(s.text) && !STATUTORY_RIGHTS.test(para.text),
    },
    {
      // A charge for the means of payment.
      sub: 'betaalmiddel',
      words: ['betaalkosten', 'transactiekosten', 'betaalmiddel', 'betaalwijze', 'betaalmethode', 'creditcard'],
      find: /betaalkosten|transactiekosten|(?:toeslag|opslag|kosten)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?(?:betaalmiddel|betaalwijze|betaalmethode|creditcard)|(?:betaalmiddel|betaalwijze|betaalmethode|creditcard)\p{L}{0,3}[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?(?:toeslag|opslag|kosten)/giu,
      keep: (s, _p, _at, facts) =>
        facts.b2c &&
        /aangerekend|in[ \t\n]{1,4}rekening|berekend|doorberekend|verschuldigd|betaal[dt]|betalen|toeslag/i.test(s.text) &&
        !/(?:geen|zonder)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?(?:toeslag|kosten|betaalkosten|transactiekosten)|kosteloos|gratis/iu.test(s.text),
    },
    {
      // The consumer's right to end an opdracht at any time, made conditional: the client may end the
      // treatment "beëindigen, mits" the practitioner was told two days before the next appointment.
      sub: 'opzeggingOpdracht',
      words: ['mits', 'voorwaarde', 'slechts', 'alleen', 'uitsluitend'],
      find: /(?:beëindigen|opzeggen|op[ \t\n]{1,4}te[ \t\n]{1,4}zeggen|te[ \t\n]{1,4}beëindigen)[ \t\n]{0,4},?[ \t\n]{0,4}(?:mits|onder[ \t\n]{1,4}(?:de[ \t\n]{1,4})?voorwaarde[ \t\n]{1,4}dat|op[ \t\n]{1,4}voorwaarde[ \t\n]{1,4}dat|(?:slechts|alleen|uitsluitend)[ \t\n]{1,4}(?:indien|als|wanneer|nadat))(?![\p{L}])/giu,
      keep: (s, para, at, facts) => facts.b2c && OPDRACHT.test(para.text) && clientEnds(s.text, at) && !businessOnly(s.text),
    },
  ],
  'b2c',
);

// An opdracht (7:400 BW): a consultation, treatment, coaching, advice, lessons or an appointment for them.
const OPDRACHT = /opdracht|consult|behandel|begeleid|coach|advies|advisering|afspraak|sessie|training|cursus|(?<![\p{L}])les(?:sen)?(?![\p{L}])/iu;
// The client is who ends it: named before the verb ("de cliënt mag de behandeling altijd beëindigen").
const CLIENT_ENDS = /(?<![\p{L}])(?:opdrachtgever|klant|consument|cliënt|client|patiënt|deelnemer|cursist|je|jij|u)(?![\p{L}])[^.;]{0,80}$/iu;
const USER_NAMED = /(?<![\p{L}])(?:opdrachtnemer|ik|wij|we)(?![\p{L}])[^.;]{0,40}$/iu;
function clientEnds(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 120), at);
  return CLIENT_ENDS.test(before) && !USER_NAMED.test(before);
}

// The statutory rights named beside the guarantee: then the guarantee does not pretend to replace them.
const STATUTORY_RIGHTS = /wettelijk|onverminderd|onverlet|conformiteit|beantwoord\p{L}{0,3}[ \t\n]{1,4}aan[ \t\n]{1,4}de[ \t\n]{1,4}overeenkomst|7:17|7:6a|volgens[ \t\n]{1,4}de[ \t\n]{1,4}wet|garantiebepalingen/iu;

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'consument-dwingend-recht',
    category: 'consument',
    defaultSeverity: 'warning',
    title: { nl: 'Dwingend consumentenrecht', en: 'Mandatory consumer law' },
    messages: {
      herroeping: {
        nl: 'De consument kan een overeenkomst op afstand of buiten de verkoopruimte zonder opgave van redenen ontbinden tot een termijn van veertien dagen is verstreken (artikel 6:230o lid 1 BW). Dit beding geeft hem minder: een kortere termijn, of werkdagen waar de wet van dagen spreekt. Gaat het om zo\'n overeenkomst, noem dan veertien dagen.',
        en: 'The consumer may rescind a distance or off-premises contract without giving reasons until a period of fourteen days has passed (article 6:230o(1) BW). This clause gives less: a shorter period, or working days where the statute speaks of days. If the contract is of that kind, state fourteen days.',
      },
      garantie: {
        nl: 'Een commerciële garantie komt naast de rechten die de wet de koper geeft, niet in de plaats daarvan: het garantiebewijs vermeldt dat de koper zijn wettelijke rechten houdt (artikel 7:6a lid 4 BW). Een zaak moet aan de overeenkomst beantwoorden (artikel 7:17 BW), en bij een consumentenkoop kunnen de rechten van de koper bij een tekortkoming niet worden beperkt of uitgesloten (artikel 7:6 lid 1 BW). Een garantietermijn zonder die vermelding wekt de indruk dat de koper na die termijn niets meer kan. Vermeld dat de garantie geldt onverminderd de wettelijke rechten.',
        en: 'A commercial guarantee comes in addition to the rights the law gives the buyer, not in their place: the guarantee states that the buyer keeps his statutory rights (article 7:6a(4) BW). Goods must conform to the contract (article 7:17 BW), and in a consumer sale the buyer\'s rights for a failure to perform cannot be limited or excluded (article 7:6(1) BW). A guarantee period without that statement suggests the buyer has no claim after it. State that the guarantee applies without prejudice to the statutory rights.',
      },
      opzeggingOpdracht: {
        nl: 'De opdrachtgever kan de overeenkomst van opdracht te allen tijde opzeggen (artikel 7:408 lid 1 BW), en daarvan kan niet worden afgeweken ten nadele van een opdrachtgever die een natuurlijk persoon is en de opdracht niet in de uitoefening van een beroep of bedrijf verstrekt (artikel 7:413 lid 2 BW, met artikel 7:408 lid 3 BW). Dit beding maakt de opzegging afhankelijk van een voorwaarde. Laat de opzegging onvoorwaardelijk, en regel een termijn of vergoeding voor het afzeggen van een afspraak afzonderlijk.',
        en: 'The client may terminate a contract for services (opdracht) at any time (article 7:408(1) BW), and that cannot be departed from to the detriment of a client who is a natural person not acting in the course of a profession or business (article 7:413(2) BW, with article 7:408(3) BW). This clause makes termination subject to a condition. Leave termination unconditional, and regulate a period or fee for cancelling an appointment separately.',
      },
      betaalmiddel: {
        nl: 'De vergoeding die de handelaar de consument vraagt voor het gebruik van een bepaald betaalmiddel, bedraagt ten hoogste de kosten die dat betaalmiddel de handelaar zelf kost (artikel 6:230k lid 1 BW, in de tekst die Clausule meedraagt; dat artikel is later gewijzigd, controleer de geldende tekst). Noem per betaalmiddel welk bedrag geldt en houd het binnen die kosten, of reken niets.',
        en: 'The fee a trader charges a consumer for using a particular means of payment may not exceed what that means of payment costs the trader (article 6:230k(1) BW, in the text Clausule carries; the article was amended later, check the text in force). State the amount per means of payment and keep it within that cost, or charge nothing.',
      },
    },
  },
  check(block, ctx) {
    const facts: Facts = { b2c: ctx.audience === 'b2c' };
    const report = (span: { start: number; end: number }, sub: string) => ctx.report({ span, messageId: sub });
    runSentenceChecks(block, CHECKS, facts, report);
    if (facts.b2c) runSentenceChecks(block, CONSUMER_CHECKS, facts, report);
  },
};
