import type { BlockRule } from '../kit/rule';
import { matchesIn, matchesNear, triggerWords } from '../text/triggerWords';
import { pieceAt, sentencesOf } from '../text/pieces';
import { subjectOf } from '../text/parties';
import { inDrafterNote } from '../text/drafterNotes';

// "99% uptime", "99,9% beschikbaar", "een beschikbaarheid van 99,5%", "uptime van minimaal 99%".
export const AVAILABILITY =
  /(?<![\p{L}\p{N}])\d{2}(?:[,.]\d{1,3})?[ \t]{0,2}(?:%|procent)[ \t\n]{1,4}(?:(?:van[ \t\n]{1,4}de[ \t\n]{1,4}tijd|uptime|beschikbaar|beschikbaarheid|bereikbaar|bereikbaarheid)(?![\p{L}]))|(?:uptime|beschikbaarheid|bereikbaarheid)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?\d{2}(?:[,.]\d{1,3})?[ \t]{0,2}(?:%|procent)/giu;
// A measuring period for the percentage, anywhere in the article.
const PERIOD = /per[ \t\n]{1,4}(?:kalender)?(?:maand|kwartaal|jaar|week|dag)|gemeten[ \t\n]{1,4}over|meetperiode|op[ \t\n]{1,4}(?:maand|jaar|kwartaal)basis|maandelijks|per[ \t\n]{1,4}meetperiode|in[ \t\n]{1,4}(?:een|elke|iedere)[ \t\n]{1,4}(?:kalender)?(?:maand|kwartaal|jaar)/i;
export const ROUND_THE_CLOCK = /(?<![\p{N}])24[ \t]{0,2}\/[ \t]{0,2}7(?![\p{N}])|24[ \t\n]{1,4}uur[ \t\n]{1,4}per[ \t\n]{1,4}dag(?:,?[ \t\n]{1,4}(?:7|zeven)[ \t\n]{1,4}dagen[ \t\n]{1,4}per[ \t\n]{1,4}week)?|dag[ \t\n]{1,4}en[ \t\n]{1,4}nacht/giu;
// What makes round-the-clock concrete: a channel, a priority, a response time.
const ROUND_SCOPE = /reageert[ \t\n]{1,4}binnen|reactietijd|reactie[ \t\n]{1,4}binnen|binnen[ \t\n]{1,4}\p{L}{0,20}[ \t\n]{0,4}\(?\d{1,3}\)?[ \t\n]{1,4}(?:minuten|uur)|prioriteit|storingsnummer|telefoonnummer/iu;
export const ASAP = /zo[ \t\n]{1,4}(?:spoedig|snel|vlot|goed|professioneel|zorgvuldig|adequaat|optimaal|accuraat)[ \t\n]{1,4}(?:als[ \t\n]{1,4})?mogelijk|op[ \t\n]{1,4}de[ \t\n]{1,4}kortst[ \t\n]{1,4}mogelijke[ \t\n]{1,4}termijn|binnen[ \t\n]{1,4}(?:een[ \t\n]{1,4})?redelijke[ \t\n]{1,4}(?:termijn|tijd(?![\p{L}]))|binnen[ \t\n]{1,4}afzienbare[ \t\n]{1,4}tijd(?![\p{L}])|op[ \t\n]{1,4}korte[ \t\n]{1,4}termijn|met[ \t\n]{1,4}(?:de[ \t\n]{1,4})?(?:nodige[ \t\n]{1,4}|gepaste[ \t\n]{1,4})?spoed(?![\p{L}])|zo[ \t\n]{1,4}(?:spoedig|snel)[ \t\n]{1,4}als[ \t\n]{1,4}redelijkerwijs[ \t\n]{1,4}mogelijk/giu;
// A termination "met inachtneming van een redelijke (opzeg)termijn": no notice period at all.
export const REASONABLE_NOTICE = /met[ \t\n]{1,4}inachtneming[ \t\n]{1,4}van[ \t\n]{1,4}een[ \t\n]{1,4}redelijke[ \t\n]{1,4}(?:opzeg)?termijn|met[ \t\n]{1,4}een[ \t\n]{1,4}redelijke[ \t\n]{1,4}opzegtermijn|tegen[ \t\n]{1,4}een[ \t\n]{1,4}redelijke[ \t\n]{1,4}(?:opzeg)?termijn/giu;
export const REASONABLE_NOTICE_WORDS = ['redelijke'];
// "met inachtneming van een redelijke": "redelijke" starts at most four words (3 + 12 + 3 + 3) and four gaps of 4 in.
export const REASONABLE_NOTICE_BACK = 3 + 12 + 3 + 3 + 4 * 4;
const REASONABLE_NOTICE_GATE = triggerWords(REASONABLE_NOTICE_WORDS);
const TERMINATION = /opzeg|opgezegd|beëindig|ontbind|ontbonden/i;
// Service-level context: the sentence is about restoring, answering, fixing or delivering the service.
const SERVICE_CONTEXT = /herstel|oplossen|oplossing|lost[ \t\n]{1,4}\p{L}{0,20}[ \t\n]{0,4}op|verhelp|reageren|reageert|reactie|storing|fout|incident|melding|beschikbaar|ondersteuning|support|helpdesk|lever|uitvoer|uitvoeren|installe|updates?|begeleid|op[ \t\n]{1,4}de[ \t\n]{1,4}hoogte|informe|in[ \t\n]{1,4}kennis|start/iu;
// A hard deadline after the vague one ("zo spoedig mogelijk, doch uiterlijk binnen 3 maanden").
const DEFAULT_MECHANISM = /uiterste[ \t\n]{1,4}termijn|fatale?[ \t\n]{1,4}termijn|in[ \t\n]{1,4}gebreke|ingebrekestelling|verzuim/i;
const DEFAULT_NOTICE = /in[ \t\n]{1,4}gebreke|ingebrekestelling|aanmaning|sommatie|zuivering/i;
const HARD_CAP = /(?:doch|maar|en|of)[ \t\n]{1,4}(?:in[ \t\n]{1,4}(?:ieder|elk)[ \t\n]{1,4}geval[ \t\n]{1,4})?(?:uiterlijk|binnen|ten[ \t\n]{1,4}laatste)/i;

// Words the patterns cannot match without, and how far into a match they can start (vage-norm.test.ts
// proves both): the patterns are tried only in articles, or only at places, that have them.
export const AVAILABILITY_WORDS = ['%', 'procent'];
export const ROUND_THE_CLOCK_WORDS = ['24', 'nacht'];
export const ROUND_THE_CLOCK_BACK = 14;
export const ASAP_WORDS = ['mogelijk', 'redelijke', 'afzienbare', 'korte', 'spoed'];
export const ASAP_BACK = 32;
// A promise of effort only ("zal zich (naar beste kunnen) inspannen", "spant zich in", "doet zijn uiterste best",
// "er alles aan doen", "doet al het mogelijke", "stelt alles in het werk"), a disclaimer of availability
// ("garandeert niet dat de Dienst ... beschikbaar is", "garandeert geen ..."), a target that binds nobody
// ("streeftijd"), "tijdig" with no term, and a data breach report with no term. Gated per article by their
// words (vage-norm.test.ts proves every match holds one).
export const EFFORT = /(?:zal|zullen)[ \t\n]{1,4}zich[ \t\n]{1,4}(?:er[ \t\n]{1,4})?(?:voor[ \t\n]{1,4})?(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?inspannen|spant[ \t\n]{1,4}zich[ \t\n]{1,4}(?:er[ \t\n]{1,4})?(?:voor[ \t\n]{1,4})?(?:naar[ \t\n]{1,4}beste[ \t\n]{1,4}(?:vermogen|kunnen)[ \t\n]{1,4}|maximaal[ \t\n]{1,4}|redelijkerwijs[ \t\n]{1,4})?in(?![\p{L}])|(?:doe|doet|doen)[ \t\n]{1,4}(?:ons|zijn|haar|mijn|hun|het)[ \t\n]{1,4}(?:uiterste[ \t\n]{1,4})?best(?![\p{L}])|er[ \t\n]{1,4}alles[ \t\n]{1,4}aan[ \t\n]{1,4}doen|(?:doe|doet|doen)[ \t\n]{1,4}al[ \t\n]{1,4}het[ \t\n]{1,4}mogelijke|(?:(?:stel|stelt|stellen)[ \t\n]{1,4})?alles[ \t\n]{1,4}in[ \t\n]{1,4}het[ \t\n]{1,4}werk(?:[ \t\n]{1,4}stellen)?|garandeert?[ \t\n]{1,4}(?:niet[ \t\n]{1,4}dat|geen(?![\p{L}]))/giu;
export const EFFORT_WORDS = ['inspannen', 'spant', 'best', 'alles', 'mogelijke', 'garandeer'];
export const TARGET = /streef(?:tijd|termijn|datum)\p{L}{0,2}|geen[ \t\n]{1,4}bindende?[ \t\n]{1,4}(?:termijn|tijdskader|deadline)/giu;
export const TARGET_WORDS = ['streef', 'bindend'];
export const TIMELY = /(?<![\p{L}])tijdig(?![\p{L}])/giu;
export const TIMELY_WORDS = ['tijdig'];
export const BREACH = /(?:data|beveiligings)lek\p{L}{0,2}|beveiligingsincident\p{L}{0,2}|inbreuk[ \t\n]{1,4}in[ \t\n]{1,4}verband[ \t\n]{1,4}met[ \t\n]{1,4}persoonsgegevens/giu;
export const BREACH_WORDS = ['lek', 'beveiligingsincident', 'inbreuk'];
// Maintenance the user may carry out on the service, with no window: "mag onderhoud uitvoeren wanneer dat
// nodig is", "is gerechtigd de Dienst voor onderhoud buiten gebruik te stellen".
export const MAINTENANCE = /(?<![\p{L}])onderhoud(?:s?werkzaamheden)?(?![\p{L}])/giu;
export const MAINTENANCE_WORDS = ['onderhoud'];
const MAINTENANCE_LEAVE = /(?:mag|mogen|kan|kunnen|gerechtigd|bevoegd|behoudt[ \t\n]{1,4}zich)(?![\p{L}])/iu;
const MAINTENANCE_OUTAGE = /buiten[ \t\n]{1,4}gebruik|onderbr|onbeschikba|niet[ \t\n]{1,4}(?:beschikbaar|bereikbaar)|uit[ \t\n]{1,4}te[ \t\n]{1,4}voeren|uitvoeren|verrichten|plegen|stil[ \t\n]{1,4}te[ \t\n]{1,4}leggen|(?:af|uit)[ \t\n]{1,4}te[ \t\n]{1,4}sluiten/iu;
const MAINTENANCE_OBJECT = /dienst|systeem|systemen|platform|website|webshop|server|hosting|applicatie|software|programmatuur|netwerk|omgeving|portal/iu;
// When, how long or with what notice: a time of day, a day, a window, an announcement.
const MAINTENANCE_WINDOW = /\d{1,2}[.:]\d{2}|\d{1,2}[ \t\n]{1,4}uur|nacht|weekend|zaterdag|zondag|kantoortijd|kantooruren|werktijd|venster|aangekondigd|aankondig|vooraf|van[ \t\n]{1,4}tevoren|tevoren|per[ \t\n]{1,4}(?:kalender)?(?:maand|week|jaar)/iu;
const MAINTENANCE_GATE = triggerWords(MAINTENANCE_WORDS);
// What an effort promise is about when it is a service level: availability, repair, response, the
// performance itself, complaints.
const AVAILABILITY_OBJECT = /beschikba|bereikba|toegang|toegankelijk|ononderbroken|onderbreking|storingsvrij|uptime/iu;
const EFFORT_OBJECT = /herstel|verhelp|reageer|reageren|reactie|storing|lever|plaatsvind|doorgang|van[ \t\n]{1,4}dienst|klacht|begeleid|ondersteun|support|helpdesk|oplos|uitvoer/iu;
const EFFORT_OBJECTS = new RegExp(EFFORT_OBJECT.source, 'giu');
/** What a sentence speaks of, by EFFORT_OBJECT's words ("klacht", "herstel"); "lever" in a party's name ("Leverancier") is none. */
function objectsOf(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(EFFORT_OBJECTS)) {
    if (/^lever/i.test(m[0]) && /^ancier/i.test(sentence.slice(m.index + m[0].length))) continue;
    out.push(m[0].toLowerCase());
  }
  return out;
}
// A measurable level or term in the same sentence.
const MEASURE = /\d{1,3}(?:[,.]\d{1,3})?[ \t]{0,2}(?:%|procent)|\(?\d{1,3}\)?[ \t\n]{1,4}(?:minuten|uur|uren|werkdagen|dagen|weken|kalenderdagen)|uiterlijk|onverwijld|onmiddellijk|zonder[ \t\n]{1,4}(?:onredelijke[ \t\n]{1,4})?vertraging|terstond|(?<![\p{L}])direct(?![\p{L}])/iu;
// A period written out: "één kalendermaand", "twee weken", "48 uur".
const PERIOD_WORDS = /(?<![\p{L}])(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|veertien|dertig|\d{1,3})[ \t\n]{1,4}(?:kalender|werk)?(?:maand|maanden|weken|week|dagen|dag|uur|uren)(?![\p{L}])/iu;
const NOTICE_CONTEXT = /op[ \t\n]{1,4}de[ \t\n]{1,4}hoogte|informeer|informeert|informeren|in[ \t\n]{1,4}kennis|bericht|laat[ \t\n]{1,4}weten|meldt|melden|lever(?!ancier)/iu;
// "Ik zal er alles aan doen om je ...": the first person early in a sentence is its subject, the user.
const FIRST_PERSON = /^[^.;:]{0,40}?(?<![\p{L}])(?:ik|wij|we)(?![\p{L}])/iu;
function subjectOfPromise(s: string): ReturnType<typeof subjectOf> {
  return FIRST_PERSON.test(s) ? 'user' : subjectOf(s);
}
// A sentence whose grammatical subject is the client ("Klant is verplicht ... bij te staan").
// The warning of cost-raising circumstances in a contract for work (aanneming van werk): 7:753 lid 3 BW
// itself asks the contractor to warn "zo spoedig mogelijk", as the condition of its own price increase.
const STATUTORY_WARNING = /kostenverhogende[ \t\n]{1,4}omstandigheden|noodzaak[ \t\n]{1,4}van[ \t\n]{1,4}een[ \t\n]{1,4}prijsverhoging/i;
// A period the article names: "binnen een maand", "binnen veertien (14) dagen", "binnen 5 werkdagen".
const PERIOD_NAMED =
  /binnen[ \t\n]{1,4}(?:een|één|\(?\d{1,3}\)?|twee|drie|vier|vijf|zes|zeven|acht|tien|veertien|dertig)[ \t\n]{1,4}(?:\(\d{1,3}\)[ \t\n]{1,4})?(?:werkdagen|werkdag|kalenderdagen|dagen|dag|weken|week|maanden|maand|uren|uur)(?![\p{L}])/iu;
// After the number or bullet of its list item: "a) ", "2.1 ", "• ".
const CLIENT_FIRST = /^[ \t\n]*(?:\p{L}\)[ \t]+|\d{1,3}(?:\.\d{1,3}){0,3}\.?[ \t]+|[•·▪◦*–-][ \t]+)?(?:de[ \t\n]{1,4}|het[ \t\n]{1,4})?(?:Klant|Opdrachtgever|Afnemer|Consument|Cliënt|Verwerkingsverantwoordelijke|u|je|jij)(?![\p{L}])/iu;
const EFFORT_GATE = triggerWords(EFFORT_WORDS);
const TARGET_GATE = triggerWords(TARGET_WORDS);
const TIMELY_GATE = triggerWords(TIMELY_WORDS);
const BREACH_GATE = triggerWords(BREACH_WORDS);
/** Where an ASAP match can start: at "z", "o", "b" or "m" in either case (no other unit folds to them under /iu). */
export function asapCanStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 32;
  return c === 122 || c === 111 || c === 98 || c === 109;
}
// "zo zorgvuldig mogelijk", "zo goed mogelijk": a promise of care or quality, not of speed; no period makes it measurable.
const CARE_WORD = /^zo[ \t\n]{1,4}(?:goed|professioneel|zorgvuldig|adequaat|optimaal|accuraat)(?![\p{L}])/iu;
// What "zo goed mogelijk" may be about that is a time after all: keeping a term, a date, a planning.
const TIME_OBJECT = /termijn|levertijd|leverdatum|opleverdatum|opleverdata|deadline|tijdstip|planning|datum|data(?![\p{L}])/iu;
// An effort whose only object is the performance itself ("zich inspannen de opdracht naar beste kunnen uit te
// voeren"): its measure is a result or standard, not a response time.
const EFFORT_TIMED_OBJECT = /herstel|verhelp|reageer|reageren|reactie|storing|klacht|oplos|helpdesk|support|ondersteun|lever(?!ancier)/iu;
const AVAILABILITY_GATE = triggerWords(AVAILABILITY_WORDS);
const ROUND_THE_CLOCK_GATE = triggerWords(ROUND_THE_CLOCK_WORDS);
const ASAP_GATE = triggerWords(ASAP_WORDS);

// Text that talks about a promise rather than making one: a quoted example, a question, a heading in capitals.
// An opening quote with no closing one and no sentence end between it and the match.
const QUOTE_BEFORE = /[‘“"'«][^‘’“”"'«».!?]{0,40}$/u;
// Advice to the reader ("bel bij klachten het beste zo spoedig mogelijk uw eigen arts") is no promise.
const ADVICE = /het[ \t\n]{1,4}beste|(?:raden|raad|adviseren|adviseer)[ \t\n]{1,4}(?:je|u|jou|jullie|wij|we|ik)|aan[ \t\n]{1,4}te[ \t\n]{1,4}raden|verstandig/i;
function mentionNotPromise(text: string, at: number, sentence: string): boolean {
  if (QUOTE_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return true;
  if (/\?\s*$/.test(sentence) || ADVICE.test(sentence)) return true;
  return !/\p{Ll}/u.test(sentence);
}

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'vage-norm',
    category: 'praktijk',
    defaultSeverity: 'warning',
    title: { nl: 'Vage norm zonder meetbare inhoud', en: 'Vague standard with no measurable meaning' },
    messages: {
      percentage: {
        nl: '"{found}" zegt niet over welke periode de beschikbaarheid wordt gemeten: 99% per jaar staat meer dan drie en een halve dag storing toe, 99% per maand ruim zeven uur. Maak het meetbaar, bijvoorbeeld: "De Dienst is per kalendermaand ten minste 99,5% van de tijd beschikbaar; gepland onderhoud binnen een aangekondigd onderhoudsvenster telt niet mee." Noem ook wat er gemeten wordt en wat het gevolg is als het niveau niet wordt gehaald.',
        en: '"{found}" does not say over which period availability is measured: 99% per year allows more than three and a half days of downtime, 99% per month over seven hours. Make it measurable, e.g. "The Service is available at least 99.5% of the time per calendar month; planned maintenance in an announced window does not count." Also state what is measured and what follows if the level is missed.',
      },
      roundTheClock: {
        nl: '"{found}" zegt niet wat er dag en nacht beschikbaar is: alleen de Dienst, of ook de helpdesk, en voor welke meldingen? Maak het concreet, bijvoorbeeld: "Storingen met prioriteit 1 kan Opdrachtgever dag en nacht telefonisch melden; Leverancier reageert daarop binnen een uur."',
        en: '"{found}" does not say what is available round the clock: only the Service, or support too, and for which reports? Make it concrete, e.g. "Priority 1 incidents can be reported by phone at any time; the Supplier responds within one hour."',
      },
      availability: {
        nl: '"{found}" belooft voor de beschikbaarheid alleen een inspanning, of sluit elke belofte uit: er is geen niveau, geen meetperiode, en niet gezegd wat als storing telt of wanneer onderhoud mag. Maak het meetbaar, bijvoorbeeld: "De Dienst is per kalendermaand ten minste 99,5% van de tijd beschikbaar. Onbeschikbaar is de Dienst wanneer Opdrachtgever niet kan inloggen of geen gegevens kan opslaan. Gepland onderhoud vindt plaats op werkdagen tussen 22.00 en 06.00 uur, ten minste vijf (5) Werkdagen vooraf aangekondigd, en telt niet mee."',
        en: '"{found}" promises only an effort for availability, or excludes any promise: there is no level, no measuring period, and nothing on what counts as downtime or when maintenance may take place. Make it measurable, e.g. "The Service is available at least 99.5% of the time per calendar month. It is unavailable when the Client cannot log in or cannot store data. Planned maintenance takes place on working days between 22:00 and 06:00, announced at least five (5) Working Days ahead, and does not count."',
      },
      effort: {
        nl: '"{found}" belooft alleen een inspanning: achteraf is niet vast te stellen of die is geleverd. Noem waartoe de gebruiker zich wel verbindt, met een termijn of niveau, bijvoorbeeld: "Wij reageren binnen twee (2) Werkdagen op een klacht en lossen een gegronde klacht binnen veertien (14) dagen op."',
        en: '"{found}" promises only an effort: afterwards no one can tell whether it was made. State what is actually promised, with a period or level, e.g. "We respond to a complaint within two (2) Working Days and resolve a justified complaint within fourteen (14) days."',
      },
      target: {
        nl: '"{found}": een termijn die niemand bindt, is geen termijn. Noem een termijn waaraan de gebruiker zich verbindt, bijvoorbeeld: "Wij beantwoorden een klacht binnen veertien (14) dagen na ontvangst", en zo nodig wat er gebeurt als die niet wordt gehaald.',
        en: '"{found}": a period that binds nobody is no period. Name a period the user commits to, e.g. "We answer a complaint within fourteen (14) days of receipt", and if needed what follows when it is missed.',
      },
      timely: {
        nl: '"{found}" zegt niet hoe lang van tevoren: wat de een tijdig vindt, is voor de ander te laat. Noem een termijn, bijvoorbeeld: "ten minste vierentwintig (24) uur van tevoren" of "binnen vijf (5) Werkdagen".',
        en: '"{found}" does not say how far ahead: what one party calls timely, the other calls too late. Name a period, e.g. "at least twenty-four (24) hours in advance" or "within five (5) Working Days".',
      },
      breach: {
        nl: 'Deze melding van een {found} heeft geen termijn: niet vast te stellen is of op tijd is gemeld, en de verwerkingsverantwoordelijke heeft de melding nodig om zelf te kunnen handelen. Noem een termijn, bijvoorbeeld: "Verwerker meldt een inbreuk in verband met persoonsgegevens zonder onredelijke vertraging, en in ieder geval binnen vierentwintig (24) uur nadat hij die heeft ontdekt."',
        en: 'This report of a {found} has no period: no one can tell whether it was made in time, and the controller needs it to act itself. Name a period, e.g. "The Processor reports a personal data breach without undue delay, and in any event within twenty-four (24) hours of discovering it."',
      },
      maintenance: {
        nl: 'Dit beding staat onderhoud toe zonder te zeggen wanneer, hoe lang en met welke aankondiging de dienst daarvoor onbeschikbaar mag zijn. Spreek een onderhoudsvenster af, bijvoorbeeld: "Gepland onderhoud vindt plaats op werkdagen tussen 22.00 en 06.00 uur, wordt ten minste vijf (5) Werkdagen vooraf aangekondigd en duurt ten hoogste vier (4) uur per kalendermaand; ander onderhoud telt als onbeschikbaarheid."',
        en: 'This clause allows maintenance without saying when, for how long and with what notice the service may be unavailable for it. Agree a maintenance window, e.g. "Planned maintenance takes place on working days between 22:00 and 06:00, is announced at least five (5) Working Days ahead and lasts at most four (4) hours per calendar month; other maintenance counts as downtime."',
      },
      notice: {
        nl: '"{found}" noemt geen opzegtermijn: wat redelijk is, staat pas vast als partijen het erover eens zijn of de rechter heeft beslist. Noem een termijn, bijvoorbeeld: "met inachtneming van een opzegtermijn van één (1) maand".',
        en: '"{found}" names no notice period: what is reasonable is settled only once the parties agree or a court has decided. Name a period, e.g. "with a notice period of one (1) month".',
      },
      care: {
        nl: '"{found}" is geen toetsbare maatstaf: achteraf is niet vast te stellen of het werk goed genoeg was, en een termijn verandert daar niets aan. Noem waaraan het resultaat moet voldoen en hoe dat wordt vastgesteld (een norm, een omschreven resultaat of een acceptatietest), bijvoorbeeld: "Het opgeleverde voldoet aan de Specificaties in Bijlage 1. Opdrachtgever test het binnen tien (10) Werkdagen na oplevering; gebreken die daarbij blijken, herstelt Leverancier kosteloos binnen vijf (5) Werkdagen."',
        en: '"{found}" is no standard anyone can test: afterwards no one can tell whether the work was good enough, and a deadline does not change that. State what the result must meet and how that is established (a standard, a described result or an acceptance test), e.g. "The deliverables meet the Specifications in Annex 1. The Client tests them within ten (10) Working Days of delivery; the Supplier repairs defects found in that test free of charge within five (5) Working Days."',
      },
      effortCare: {
        nl: '"{found}" belooft alleen een inspanning: achteraf is niet vast te stellen of die is geleverd. Noem waaraan de uitvoering of het resultaat moet voldoen en hoe dat wordt vastgesteld, bijvoorbeeld: "Het opgeleverde voldoet aan de Specificaties in Bijlage 1. Opdrachtgever test het binnen tien (10) Werkdagen na oplevering; gebreken die daarbij blijken, herstelt Leverancier kosteloos binnen vijf (5) Werkdagen."',
        en: '"{found}" promises only an effort: afterwards no one can tell whether it was made. State what the performance or its result must meet and how that is established, e.g. "The deliverables meet the Specifications in Annex 1. The Client tests them within ten (10) Working Days of delivery; the Supplier repairs defects found in that test free of charge within five (5) Working Days."',
      },
      asap: {
        nl: '"{found}" is geen meetbare termijn: achteraf is niet vast te stellen of de belofte is nagekomen. Noem een termijn, bijvoorbeeld: "Leverancier reageert binnen vier (4) uur op een melding en lost een Storing binnen twee (2) Werkdagen op of biedt binnen die tijd een tijdelijke oplossing."',
        en: '"{found}" is not a measurable period: afterwards no one can tell whether the promise was kept. Name a period, e.g. "The Supplier responds to a report within four (4) hours and resolves an Incident within two (2) Working Days or provides a workaround within that time."',
      },
    },
  },
  check(block, ctx) {
    const text = block.text;
    // Text of a drafter's note still to be filled in ("[bijv. 24/7 ...]") promises nothing yet; the
    // placeholder rule reports the note itself.
    const report: typeof ctx.report = (r) => {
      if (!inDrafterNote(text, r.span.start)) ctx.report(r);
    };
    const sents = sentencesOf(block);
    // "... laat het lid dit tijdig weten. Een wijziging gaat een maand na de aankondiging in",
    // "... meldt hij dit tijdig. Een afmelding moet uiterlijk 24 uur voor de les binnen zijn": the next
    // sentence (or lid) names the period that "tijdig" stands for.
    const periodNext = (at: number): boolean => {
      const i = sents.findIndex((x) => x.start <= at && at < x.end);
      // A lid number on its own ("4.") is no sentence.
      const next = i >= 0 ? sents.slice(i + 1).find((x) => /\p{L}{3}/u.test(x.text)) : undefined;
      return !!next && (MEASURE.test(next.text) || PERIOD_WORDS.test(next.text));
    };
    const levels = matchesIn(block, AVAILABILITY, AVAILABILITY_GATE);
    // The measuring period is looked for only once there is a percentage to measure: most "%" are prices.
    if (levels.length && !PERIOD.test(text)) {
      for (const m of levels) {
        const s = pieceAt(sents, m.index);
        if (s && mentionNotPromise(text, m.index, s.text)) continue;
        report({ span: { start: m.index, end: m.index + m[0].length }, messageId: 'percentage', args: { found: m[0] } });
      }
    }
    const scoped = new Map<number, boolean>();
    for (const m of matchesNear(block, ROUND_THE_CLOCK, ROUND_THE_CLOCK_GATE, ROUND_THE_CLOCK_BACK)) {
      const s = pieceAt(sents, m.index);
      if (!s) continue;
      if (!scoped.has(s.start)) scoped.set(s.start, ROUND_SCOPE.test(s.text));
      if (scoped.get(s.start) || mentionNotPromise(text, m.index, s.text)) continue;
      report({ span: { start: m.index, end: m.index + m[0].length }, messageId: 'roundTheClock', args: { found: m[0] } });
    }
    const service = new Map<number, boolean>();
    // Sentences already reported as vague: one finding says it.
    const vague = new Set<number>();
    for (const m of matchesNear(block, ASAP, ASAP_GATE, ASAP_BACK, asapCanStart)) {
      const s = pieceAt(sents, m.index);
      if (!s) continue;
      if (!service.has(s.start)) service.set(s.start, SERVICE_CONTEXT.test(s.text));
      if (!service.get(s.start) || mentionNotPromise(text, m.index, s.text)) continue;
      // A duty of the client ("Opdrachtgever meldt ... zo spoedig mogelijk") is no service level, and the
      // reasonable period of a notice of default (6:82 BW) is a legal standard, not a vague promise.
      if (subjectOfPromise(s.text) === 'client' || CLIENT_FIRST.test(s.text) || DEFAULT_NOTICE.test(s.text)) continue;
      if (STATUTORY_WARNING.test(s.text)) continue;
      const after = text.slice(m.index + m[0].length, Math.min(s.end, m.index + m[0].length + 40));
      if (HARD_CAP.test(after)) continue;
      report({ span: { start: m.index, end: m.index + m[0].length }, messageId: CARE_WORD.test(m[0]) && !TIME_OBJECT.test(s.text) ? 'care' : 'asap', args: { found: m[0] } });
      vague.add(s.start);
    }
    for (const m of matchesNear(block, REASONABLE_NOTICE, REASONABLE_NOTICE_GATE, REASONABLE_NOTICE_BACK)) {
      const s = pieceAt(sents, m.index);
      if (!s || vague.has(s.start) || !TERMINATION.test(s.text) || mentionNotPromise(text, m.index, s.text)) continue;
      report({ span: { start: m.index, end: m.index + m[0].length }, messageId: 'notice', args: { found: m[0] } });
      vague.add(s.start);
    }
    // Each of the rest: its pattern over the article when one of its words is there, then the sentence.
    const inSentences = (gate: number[], re: RegExp, visit: (m: RegExpExecArray, s: string) => string | undefined) => {
      for (const m of matchesIn(block, re, gate)) {
        const s = pieceAt(sents, m.index);
        if (!s || vague.has(s.start) || mentionNotPromise(text, m.index, s.text)) continue;
        const messageId = visit(m, s.text);
        if (!messageId) continue;
        vague.add(s.start);
        report({ span: { start: m.index, end: m.index + m[0].length }, messageId, args: { found: m[0] } });
      }
    };
    const hasLevel = levels.length > 0;
    const periodNamed = (own: string) => {
      if (!PERIOD_NAMED.test(text)) return false;
      const objects = objectsOf(own);
      return sents.some((x) => x.text !== own && PERIOD_NAMED.test(x.text) && objectsOf(x.text).some((o) => objects.includes(o)));
    };
    // An article headed as the complaints article ("Artikel 10: Klachten"): an effort promised there is about handling
    // complaints, even where the sentence also speaks of access ("iedereen van dienst te zijn en toegang te geven").
    const complaintsArticle = /^[^\n]{0,80}klacht/iu.test(text.trimStart());
    inSentences(EFFORT_GATE, EFFORT, (m, s) => {
      if (subjectOfPromise(s) === 'client' || /^\s*partijen/i.test(s) || MEASURE.test(s)) return undefined;
      if (AVAILABILITY_OBJECT.test(s) && !complaintsArticle) return hasLevel ? undefined : 'availability';
      // A disclaimer of anything but availability is an exoneration, not a service level.
      if (/^garande/i.test(m[0]) || !EFFORT_OBJECT.test(s)) return undefined;
      // "Ik wil er alles aan doen dat je klacht wordt opgelost. Ik behandel een klacht binnen veertien dagen.": the
      // article names the period for the same matter, which is what binds (or is reported itself).
      if (periodNamed(s)) return undefined;
      return complaintsArticle || EFFORT_TIMED_OBJECT.test(s) ? 'effort' : 'effortCare';
    });
    // "Termijnen zijn streeftermijnen, tenzij als uiterste termijn afgesproken; verzuim na ingebrekestelling":
    // the usual mechanism of default (6:82 BW), which says what binds.
    inSentences(TARGET_GATE, TARGET, (_m, s) => (DEFAULT_MECHANISM.test(s) ? undefined : 'target'));
    // "niet tijdig presteert" describes a failure, it promises nothing.
    inSentences(TIMELY_GATE, TIMELY, (m, s) =>
      subjectOfPromise(s) !== 'client' && !/niet[ \t\n]{1,4}$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) && NOTICE_CONTEXT.test(s) && !MEASURE.test(s) && !periodNext(m.index)
        ? 'timely'
        : undefined,
    );
    // Once per article: the window, when there is one, is usually in another sentence of it.
    let windowNamed: boolean | undefined;
    inSentences(MAINTENANCE_GATE, MAINTENANCE, (_m, s) => {
      if (!MAINTENANCE_LEAVE.test(s) || !MAINTENANCE_OUTAGE.test(s) || !MAINTENANCE_OBJECT.test(s)) return undefined;
      if (subjectOfPromise(s) === 'client' || CLIENT_FIRST.test(s)) return undefined;
      windowNamed ??= MAINTENANCE_WINDOW.test(text);
      return windowNamed ? undefined : 'maintenance';
    });
    inSentences(BREACH_GATE, BREACH, (_m, s) => (!CLIENT_FIRST.test(s) && NOTICE_CONTEXT.test(s) && !MEASURE.test(s) && !/binnen/i.test(s) ? 'breach' : undefined));
  },
};
