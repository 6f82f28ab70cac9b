import type { BlockRule } from './rule';
import { hasTrigger, matchesNear, pieceAt, sentencesOf, subjectOf, triggerWords } from '../engine/text';

// "99% uptime", "99,9% beschikbaar", "een beschikbaarheid van 99,5%", "uptime van minimaal 99%".
export const AVAILABILITY =
  /(?<![\p{L}\p{N}])\d{2}(?:[,.]\d{1,3})?[ \t]{0,2}(?:%|procent)[ \t\n]{1,4}(?:(?:van[ \t\n]{1,4}de[ \t\n]{1,4}tijd|uptime|beschikbaar|beschikbaarheid|bereikbaar|bereikbaarheid)(?![\p{L}]))|(?:uptime|beschikbaarheid|bereikbaarheid)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?\d{2}(?:[,.]\d{1,3})?[ \t]{0,2}(?:%|procent)/giu;
// A measuring period for the percentage, anywhere in the article.
const PERIOD = /per[ \t\n]{1,4}(?:kalender)?(?:maand|kwartaal|jaar|week|dag)|gemeten[ \t\n]{1,4}over|meetperiode|op[ \t\n]{1,4}(?:maand|jaar|kwartaal)basis|maandelijks|per[ \t\n]{1,4}meetperiode|in[ \t\n]{1,4}(?:een|elke|iedere)[ \t\n]{1,4}(?:kalender)?(?:maand|kwartaal|jaar)/i;
export const ROUND_THE_CLOCK = /(?<![\p{N}])24[ \t]{0,2}\/[ \t]{0,2}7(?![\p{N}])|24[ \t\n]{1,4}uur[ \t\n]{1,4}per[ \t\n]{1,4}dag,?[ \t\n]{1,4}(?:7|zeven)[ \t\n]{1,4}dagen[ \t\n]{1,4}per[ \t\n]{1,4}week|dag[ \t\n]{1,4}en[ \t\n]{1,4}nacht/giu;
// What makes round-the-clock concrete: a channel, a priority, a response time.
const ROUND_SCOPE = /reageert[ \t\n]{1,4}binnen|reactietijd|reactie[ \t\n]{1,4}binnen|binnen[ \t\n]{1,4}\p{L}{0,20}[ \t\n]{0,4}\(?\d{1,3}\)?[ \t\n]{1,4}(?:minuten|uur)|prioriteit|storingsnummer|telefoonnummer/iu;
export const ASAP = /zo[ \t\n]{1,4}(?:spoedig|snel|vlot)[ \t\n]{1,4}(?:als[ \t\n]{1,4})?mogelijk|op[ \t\n]{1,4}de[ \t\n]{1,4}kortst[ \t\n]{1,4}mogelijke[ \t\n]{1,4}termijn|binnen[ \t\n]{1,4}(?:een[ \t\n]{1,4})?redelijke[ \t\n]{1,4}termijn|zo[ \t\n]{1,4}(?:spoedig|snel)[ \t\n]{1,4}als[ \t\n]{1,4}redelijkerwijs[ \t\n]{1,4}mogelijk/giu;
// Service-level context: the sentence is about restoring, answering, fixing or delivering the service.
const SERVICE_CONTEXT = /herstel|oplossen|oplossing|lost[ \t\n]{1,4}\p{L}{0,20}[ \t\n]{0,4}op|verhelp|reageren|reageert|reactie|storing|fout|incident|melding|beschikbaar|ondersteuning|support|helpdesk|lever|uitvoer|uitvoeren|installe|updates?/iu;
// A hard deadline after the vague one ("zo spoedig mogelijk, doch uiterlijk binnen 3 maanden").
const DEFAULT_NOTICE = /in[ \t\n]{1,4}gebreke|ingebrekestelling|aanmaning|sommatie|zuivering/i;
const HARD_CAP = /(?:doch|maar|en|of)[ \t\n]{1,4}(?:in[ \t\n]{1,4}(?:ieder|elk)[ \t\n]{1,4}geval[ \t\n]{1,4})?(?:uiterlijk|binnen|ten[ \t\n]{1,4}laatste)/i;

// Words the patterns cannot match without, and how far into a match they can start (vage-norm.test.ts
// proves both): the patterns are tried only in articles, or only at places, that have them.
export const AVAILABILITY_WORDS = ['%', 'procent'];
export const ROUND_THE_CLOCK_WORDS = ['24', 'nacht'];
export const ROUND_THE_CLOCK_BACK = 14;
export const ASAP_WORDS = ['mogelijk', 'redelijke'];
export const ASAP_BACK = 24;
/** Where an ASAP match can start: at "z", "o" or "b" in either case (no other unit folds to them under /iu). */
export function asapCanStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 32;
  return c === 122 || c === 111 || c === 98;
}
const AVAILABILITY_GATE = triggerWords(AVAILABILITY_WORDS);
const ROUND_THE_CLOCK_GATE = triggerWords(ROUND_THE_CLOCK_WORDS);
const ASAP_GATE = triggerWords(ASAP_WORDS);

// Text that talks about a promise rather than making one: a quoted example, a question, a heading in capitals.
const QUOTE_BEFORE = /[‘“"'«][^‘’“”"'«»]{0,40}$/u;
function mentionNotPromise(text: string, at: number, sentence: string): boolean {
  if (QUOTE_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return true;
  if (/\?\s*$/.test(sentence)) return true;
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
      asap: {
        nl: '"{found}" is geen meetbare termijn: achteraf is niet vast te stellen of de belofte is nagekomen. Noem een termijn, bijvoorbeeld: "Leverancier reageert binnen vier (4) uur op een melding en lost een Storing binnen twee (2) Werkdagen op of biedt binnen die tijd een tijdelijke oplossing."',
        en: '"{found}" is not a measurable period: afterwards no one can tell whether the promise was kept. Name a period, e.g. "The Supplier responds to a report within four (4) hours and resolves an Incident within two (2) Working Days or provides a workaround within that time."',
      },
    },
  },
  check(block, ctx) {
    const text = block.text;
    const sents = sentencesOf(block);
    if (hasTrigger(block, AVAILABILITY_GATE)) {
      AVAILABILITY.lastIndex = 0;
      // The measuring period is looked for only once there is a percentage to measure: most "%" are prices.
      let m = AVAILABILITY.exec(text);
      if (m && PERIOD.test(text)) m = null;
      for (; m; m = AVAILABILITY.exec(text)) {
        const s = pieceAt(sents, m.index);
        if (s && mentionNotPromise(text, m.index, s.text)) continue;
        ctx.report({ span: { start: m.index, end: m.index + m[0].length }, messageId: 'percentage', args: { found: m[0] } });
      }
    }
    const scoped = new Map<number, boolean>();
    for (const m of matchesNear(block, ROUND_THE_CLOCK, ROUND_THE_CLOCK_GATE, ROUND_THE_CLOCK_BACK)) {
      const s = pieceAt(sents, m.index);
      if (!s) continue;
      if (!scoped.has(s.start)) scoped.set(s.start, ROUND_SCOPE.test(s.text));
      if (scoped.get(s.start) || mentionNotPromise(text, m.index, s.text)) continue;
      ctx.report({ span: { start: m.index, end: m.index + m[0].length }, messageId: 'roundTheClock', args: { found: m[0] } });
    }
    const service = new Map<number, boolean>();
    for (const m of matchesNear(block, ASAP, ASAP_GATE, ASAP_BACK, asapCanStart)) {
      const s = pieceAt(sents, m.index);
      if (!s) continue;
      if (!service.has(s.start)) service.set(s.start, SERVICE_CONTEXT.test(s.text));
      if (!service.get(s.start) || mentionNotPromise(text, m.index, s.text)) continue;
      // A duty of the client ("Opdrachtgever meldt ... zo spoedig mogelijk") is no service level, and the
      // reasonable period of a notice of default (6:82 BW) is a legal standard, not a vague promise.
      if (subjectOf(s.text) === 'client' || DEFAULT_NOTICE.test(s.text)) continue;
      const after = text.slice(m.index + m[0].length, Math.min(s.end, m.index + m[0].length + 40));
      if (HARD_CAP.test(after)) continue;
      ctx.report({ span: { start: m.index, end: m.index + m[0].length }, messageId: 'asap', args: { found: m[0] } });
    }
  },
};
