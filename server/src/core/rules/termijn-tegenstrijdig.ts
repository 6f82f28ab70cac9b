import type { DocumentRule, RuleContext } from '../kit/rule';
import type { DocumentModel, StructureNode } from '../model/types';
import type { Localized } from '../types';
import { perArticle } from '../engine/articleMemo';
import { detached } from '../text/detached';
import { paragraphs, sentences } from '../text/pieces';
import { periodsIn } from '../text/periods';
import { wordToNumber } from '../text/numberWords';
import { childAt, inOtherScopes, scopeFinder } from './partScope';

// One draft, two lengths for one period: the payment term, the complaint period, the notice period, the
// deletion (or return) of data after the end, the consumer's withdrawal period, and how long force majeure
// must last before the agreement may be ended. A sentence counts as stating such a period only where
// nothing in it makes it a special case: one subject, one period, no exception, condition, example or
// statute, no kind of service or invoice of its own. Precision first: a false contradiction costs more
// trust than a missed one.

type Subject = 'payment' | 'complaint' | 'notice' | 'deletion' | 'withdrawal' | 'forceMajeure';

/** A period one sentence of an article sets for a subject; offsets in the article. */
export interface PeriodStatement {
  subject: Subject;
  start: number;
  end: number;
  /** The period as written ("dertig (30) dagen"). */
  text: string;
  amount: number;
  unit: 'day' | 'workday' | 'month';
  /** 'after' ("14 dagen na factuurdatum"), 'before' ("een maand voor het einde"), or '' (unsaid). */
  relation: '' | 'after' | 'before';
  /** What the period runs from or to, by kind ('invoice', 'delivery', 'end' …), or '' (unsaid). */
  anchor: string;
  /** Words that name a kind of service, invoice or contract, in the sentence or the article's heading. */
  kinds: string;
  /** The party the sentence names first: 'client', 'user', 'both' ("partijen"), or '' (none). */
  parties: string;
  /** Which paragraph of the article (from 1): two periods of one paragraph are a rule and its case. */
  para: number;
}

// Each subject by the words that name it. A sentence with words of two subjects is left alone.
// Gaps of at most four blanks keep the patterns linear.
export const SUBJECTS: Array<[Subject, RegExp]> = [
  ['payment', /(?<!\p{L})(?:betalings?termijn|betaaltermijn|betaling|betalingen|betalen|betaald|voldaan|voldoen|voldoening)(?!\p{L})/iu],
  ['complaint', /(?<!\p{L})(?:klacht|klachten|klachttermijn|reclame|reclames|reclamatie|reclameren|gereclameerd)(?!\p{L})/iu],
  ['notice', /(?<!\p{L})(?:opzegtermijn|opzeggingstermijn|opzeggen|opgezegd|opzegging|opzegbaar)(?!\p{L})/iu],
  ['deletion', /(?<!\p{L})(?:verwijderen|verwijdert|verwijderd|vernietigen|vernietigt|vernietigd|wissen|wist|gewist|retourneren|retourneert|teruggeven|geeft[ \t\n]{1,4}\S{1,30}[ \t\n]{1,4}terug|terug[ \t\n]{1,4}te[ \t\n]{1,4}geven)(?!\p{L})/iu],
  ['withdrawal', /(?<!\p{L})(?:herroepingstermijn|herroepingsrecht|herroepen|herroeping|bedenktijd|bedenktermijn)(?!\p{L})/iu],
  ['forceMajeure', /(?<!\p{L})overmacht\p{L}{0,12}/iu],
];

// What every subject's words hold (a plain pattern of literals, which the engine runs fast): an article or
// sentence without any of them sets no period of these subjects; nor does a paragraph without the word of a
// unit (periods are in days, weeks, months or years). The test holds every subject word to the gate.
export const SUBJECT_GATE = /betal|betaa|volda|voldo|klacht|reclam|opzeg|opgezegd|verwijder|vernietig|wis|retourne|terug|herroep|bedenkt|overmacht/i;
const UNIT_WORD = /dag|week|weken|maand|jaar|jaren/i;

// Force majeure sets a period only where it ends the agreement: "langer dan 60 dagen ... ontbinden".
const ENDS = /(?<!\p{L})(?:beëindigen|beëindigd|beëindiging|be[eë]indigen|ontbinden|ontbonden|ontbinding|opzeggen|opgezegd|opzegging|op[ \t\n]{1,4}te[ \t\n]{1,4}zeggen)(?!\p{L})/iu;
const LONGER = /(?<!\p{L})(?:langer|meer)[ \t\n]{1,4}dan[ \t\n(]{1,4}$/iu;

// What a deletion period must be about: data, at the end of the contract.
const DATA = /(?<!\p{L})(?:gegevens|persoonsgegevens|data|bestanden|content|inhoud|informatie|back-ups?|e-mails?)(?!\p{L})/iu;
const AT_END = /(?<!\p{L})(?:einde|beëindiging|afloop|opzegging|ontbinding|be[eë]indigd|opgezegd|ontbonden|afgelopen)(?!\p{L})/iu;

// A sentence that is a special case, an example, or the law quoted: it sets no period of the draft's own.
const wordsPattern = (words: string[]) => new RegExp(`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`, 'iu');
const EXCEPTIONS = wordsPattern([
  'tenzij', 'afwijking', 'uitgesloten', 'uitsluiting', 'afwijkend', 'uitzondering', 'uitgezonderd', 'behoudens', 'echter', 'evenwel',
  'bijvoorbeeld', 'bijv', 'bv', 'zoals', 'voorbeeld', 'stel',
  'wet', 'wettelijk', 'wettelijke', 'wetboek', 'bw', 'richtlijn',
  'verlenging', 'verlengd', 'verlengt', 'stilzwijgend', 'stilzwijgende', 'eerste', 'initiële', 'oorspronkelijke', 'minimumduur', 'minimum', 'minimale', 'proefperiode', 'proeftijd',
  'uiterst', 'desgewenst', 'maximaal', 'hoogstens', 'hoogste', 'anders',
]);
// A condition makes a case of its own, except where the period is itself the condition (force majeure).
const CONDITIONS = wordsPattern([
  'indien', 'wanneer', 'mits', 'ingeval', 'zodra', 'voor[ \\t\\n]{1,4}zover', 'in[ \\t\\n]{1,4}geval',
  'als[ \\t\\n]{1,4}(?:je|jij|u|de|het|een|er|deze|dit|die|hij|zij|wij|we|ik)',
]);
const special = (subject: Subject, text: string) => EXCEPTIONS.test(text) || (subject !== 'forceMajeure' && CONDITIONS.test(text));

// "Voor workshops geldt ...": a period set for one kind of thing.
const FOR_KIND = /(?<!\p{L})voor[ \t\n]{1,4}(?:\S{1,30}[ \t\n]{1,4}){0,3}(?:geldt|gelden)(?!\p{L})/iu;

// Per subject, what makes it another period than the subject's own: the time to handle a complaint is not
// the time to make one; a reminder, a discount or an advance is not the payment term; an objection to an
// invoice is not a complaint about the work.
const OTHER_MATTER: Record<Subject, RegExp> = {
  payment: /(?<!\p{L})(?:herinnering|betalingsherinnering|aanmaning|sommatie|ingebrekestelling|korting|toeslag|rente|incasso|vooruit|vooruitbetaling|aanbetaling|voorschot|termijnfactuur|termijnfacturen|eindafrekening|deelbetaling|restant|bezwaar|bezwaren|klacht|klachten|reclam\p{L}{0,6}|betwist\p{L}{0,4}|terugbetaling|terugbetalen|terugbetaald|restitutie|retour|vergoeden|vergoed|borg|waarborgsom|opgeschort|opschorting|verzuim|vervalt|verval|verjaring|verjaart|opzegging|opzegtermijn|ontbinding|ontbinden|herroep\p{L}{0,8}|bedenktijd)(?!\p{L})/iu,
  complaint: /(?<!\p{L})(?:behandel\p{L}{0,4}|afgehandeld|afhandeling|afhandelen|reageren|reactie|antwoord|beantwoord\p{L}{0,2}|ontvangstbevestiging|oplossing|oplossen|factuur|facturen|factuurdatum|nota|declaratie|bezwaar|bezwaren|verjaring|verjaart|vordering|rechtsvordering|geschillencommissie|rechter)(?!\p{L})/iu,
  notice: /(?<!\p{L})(?:eerder[ \t\n]{1,4}dan|onmiddellijke|onmiddellijk|ontbinding|ontbinden|overmacht|opschorting|herroep\p{L}{0,8}|bedenktijd|prijsverhoging|prijswijziging|wijziging|wijzigingen)(?!\p{L})/iu,
  deletion: /(?<!\p{L})(?:bewaartermijn|bewaarplicht|fiscale|administratie|back-up|back-ups|logbestanden|bewaard|bewaren|bewaart)(?!\p{L})/iu,
  forceMajeure: /(?<!\p{L})(?:bewijs|aantonen|melden|meldt|kennisgeving)(?!\p{L})/iu,
  withdrawal: /(?<!\p{L})(?:terugbetaling|terugbetalen|terugbetaald|terugsturen|teruggestuurd|retourneren|retour|kosten|verlengd|verlengt|verstrijkt|twaalf)(?!\p{L})/iu,
};

// Kinds of service, invoice or contract: a period for one of them is its own rule, not a second version.
// Matched by stem ("onderhoudsovereenkomst" is "onderhoud"); the stem is the kind.
const KINDS = /(?<!\p{L})(domein|hosting|licentie|onderhoud|support|abonnement|lidmaatschap|training|cursus|workshop|maatwerk|meerwerk|product|traject|consult|afspra|evenement|reserver|zaken|goederen|dienst|software|programmatuur|apparatuur|hardware|onbepaalde[ \t\n]{1,4}tijd|bepaalde[ \t\n]{1,4}tijd|zichtba|onzichtba|verborgen|uiterlijk[ \t\n]{1,4}waarneembare|transport)\p{L}{0,16}/giu;

const BOTH = /(?<!\p{L})(?:beide[ \t\n]{1,4}partijen|partijen|elk[ \t\n]{1,4}der[ \t\n]{1,4}partijen|ieder[ \t\n]{1,4}der[ \t\n]{1,4}partijen|iedere[ \t\n]{1,4}partij|elke[ \t\n]{1,4}partij)(?!\p{L})/iu;
const CLIENT = /(?<!\p{L})(?:opdrachtgever|klant|afnemer|koper|wederpartij|cliënt|client|abonnee|deelnemer|huurder|u|je|jij|jou|jouw|uw)(?!\p{L})/iu;
const USER = /(?<!\p{L})(?:opdrachtnemer|leverancier|verkoper|ondernemer|dienstverlener|aanbieder|verhuurder|gebruiker|wij|we|ons|onze|ik|mij|mijn)(?!\p{L})/iu;
// Whom the period is for, where the draft says it: a period for consumers beside one for businesses is two rules.
const AUDIENCES: Array<[string, RegExp]> = [
  ['consumer', /(?<!\p{L})(?:consument|consumenten|particulier|particuliere|particulieren)(?!\p{L})/iu],
  ['business', /(?<!\p{L})(?:zakelijke|rechtspersoon|rechtspersonen|beroep[ \t\n]{1,4}of[ \t\n]{1,4}bedrijf)(?!\p{L})/iu],
];

// The word a period is tied to its subject by: "binnen 14 dagen", "een opzegtermijn van één maand".
const TIED = /(?:binnen|uiterlijk|termijn[ \t\n]{1,4}van|tijd[ \t\n]{1,4}van|termijn[ \t\n]{1,4}is|periode[ \t\n]{1,4}van|bedraagt|bedragen|met|ten[ \t\n]{1,4}minste|minimaal|minstens|verloop[ \t\n]{1,4}van|na|tot)[ \t\n(]{1,4}(?:de[ \t\n]{1,4}(?:termijn[ \t\n]{1,4}van[ \t\n]{1,4})?)?(?:ten[ \t\n]{1,4}minste[ \t\n]{1,4}|minimaal[ \t\n]{1,4}|minstens[ \t\n]{1,4}|een[ \t\n]{1,4}termijn[ \t\n]{1,4}van[ \t\n]{1,4})?$/iu;
const AFTER_WORD = /(?<!\p{L})(?:na|tot)[ \t\n(]{1,4}$/iu;
const NAMED_AFTER = /^[ \t\n)]{0,4}(?:bedenktijd|bedenktermijn|herroepingstermijn|opzegtermijn|opzeggingstermijn|betalingstermijn|betaaltermijn|klachttermijn)(?!\p{L})/iu;
const RELATION = /^[ \t\n)]{0,6}(na|nadat|vanaf|voor|vóór|voorafgaand|voorafgaande|voordat|van[ \t\n]{1,4}tevoren|tevoren)(?!\p{L})/iu;

// What a period runs from or to, by kind: "na factuurdatum" and "na ontvangst van de factuur" are one.
const ANCHORS: Array<[string, RegExp]> = [
  ['invoice', /factu|dagtekening|nota|declaratie|rekening/iu],
  ['discovery', /ontdek|constat|geconstateerd|bekend/iu],
  ['delivery', /levering|afgeleverd|geleverd|ontvangst|oplevering|aflevering|uitvoering|verrichting/iu],
  ['end', /einde|beëindig|beeindig|afloop|opzegging|ontbinding|vervaldag|expiratie|looptijd|contractperiode|periode/iu],
  ['conclusion', /sluiting|gesloten|totstandkoming|aanvaarding|bestelling|inschrijving/iu],
  ['start', /aanvang|begin|ingangsdatum/iu],
];

/** The kind of moment the words after "na" or "voor" name ("factuurdatum", "ontvangst van de factuur"). */
function anchorOf(after: string): string {
  const words = after
    .toLowerCase()
    .split(/[ \t\n]+/)
    .map((w) => w.replace(/[^\p{L}]/gu, ''))
    .filter(Boolean)
    .slice(0, 5);
  // "ontvangst van de factuur" is the invoice; "levering in rekening gebracht" the delivery.
  let fallback = '';
  for (const w of words) {
    if (w === 'de' || w === 'het' || w === 'een' || w === 'van') continue;
    const kind = ANCHORS.find(([, re]) => re.test(w))?.[0];
    if (GENERIC_MOMENT.test(w)) {
      fallback ||= kind ?? w;
      continue;
    }
    return kind ?? (fallback || w);
  }
  return fallback;
}

// A moment named by what it is of: "ontvangst", "datum", "verzending" (van de factuur).
const GENERIC_MOMENT = /^(?:ontvangst|verzending|verzenden|datum|dag)$/;

function unitOf(text: string): PeriodStatement['unit'] | undefined {
  const t = text.toLowerCase();
  if (/werkdag/.test(t)) return 'workday';
  if (/(?<!\p{L})(?:kalender)?(?:maand|maanden|jaar|jaren)$/u.test(t)) return 'month';
  if (/(?:dag|dagen|week|weken)$/u.test(t)) return 'day';
  return undefined;
}

// The amount in the period's own unit family: days (weeks are seven), working days, or months (years twelve).
function amountOf(text: string, unit: PeriodStatement['unit']): number | undefined {
  const m = /^(\d{1,4}|\p{L}{2,30})/u.exec(text);
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  const n = /^\d/.test(w) ? Number(w) : w === 'een' || w === 'één' ? 1 : wordToNumber(w);
  if (n === undefined) return undefined;
  const t = text.toLowerCase();
  if (unit === 'day' && /wek|week/.test(t)) return n * 7;
  if (unit === 'month' && /jaar|jaren/.test(t)) return n * 12;
  return n;
}

/** The party the sentence names first (usually the one who acts), 'both' for "partijen", or ''. */
function partiesOf(sentence: string): string {
  let first = '';
  let at = Infinity;
  for (const [name, re] of [['both', BOTH], ['client', CLIENT], ['user', USER]] as const) {
    const m = re.exec(sentence);
    if (m && m.index < at) {
      at = m.index;
      first = name;
    }
  }
  return first;
}

function kindsOf(text: string): string[] {
  const out: string[] = [];
  KINDS.lastIndex = 0;
  for (let m = KINDS.exec(text); m; m = KINDS.exec(text)) out.push(m[1].toLowerCase().replace(/[ \t\n]+/g, ' '));
  return out;
}

/** The periods an article's sentences set for the subjects above (offsets in the article's text). */
export function periodStatements(body: string, heading: string | undefined): PeriodStatement[] {
  const out: PeriodStatement[] = [];
  if (!UNIT_WORD.test(body) || !SUBJECT_GATE.test(body)) return out;
  // The heading line is the article's name, not a sentence of it.
  const firstBreak = body.indexOf('\n');
  const from = heading !== undefined && firstBreak >= 0 ? firstBreak + 1 : 0;
  const headingKinds = heading ? kindsOf(heading) : [];
  // A lead-in ("Voor workshops geldt het volgende:") governs the paragraphs after it in the article.
  let leadIn: { text: string; kinds: string[] } | undefined;
  let para = 0;
  let lineHeadingKinds: string[] = [];
  for (const p of paragraphs(body)) {
    if (p.end <= from) continue;
    para++;
    const paraText = p.text;
    // A heading on a line of its own ("Klachten", "4. Domeinnamen") in a draft without article headings:
    // what follows it is its own subject, and a lead-in before it governs no further.
    if (HEADING_LINE.test(paraText)) {
      lineHeadingKinds = kindsOf(paraText);
      leadIn = undefined;
      continue;
    }
    const outer = [...headingKinds, ...lineHeadingKinds, ...(leadIn?.kinds ?? [])];
    let kinds: string[] | undefined;
    const context = { special: false, leadIn: leadIn?.text ?? '', kinds: () => (kinds ??= [...outer, ...kindsOf(paraText)]) };
    if (UNIT_WORD.test(paraText)) for (const s of sentences(body, Math.max(from, p.start), p.end)) {
      const st = statementIn(s.text, context);
      if (st) out.push({ ...st, para, start: s.start + st.start, end: s.start + st.end });
      // "Bij een onderhoudsovereenkomst ...": what follows in the paragraph is that case's rule.
      if (CASE_OPENS.test(s.text) || FOR_KIND.test(s.text)) context.special = true;
    }
    if (/:[ \t\r\n]*$/.test(paraText)) leadIn = { text: detached(plain(paraText)), kinds: kindsOf(paraText) };
  }
  return out;
}

// A short line of at most six words that ends without a stop: a heading.
const HEADING_LINE = /^[ \t]{0,12}(?:#{1,6}[ \t]{1,4})?(?:\d{1,3}\.?[ \t]{1,4})?\p{L}[^\n.;:!?\d]{0,60}(?<![.;:!?,])[ \t\r]*\n?[ \t\r\n]*$/u;

// A sentence that opens a case of its own: "Bij een abonnement ...", "Voor maatwerk ...".
const CASE_OPENS = /^[ \t\n]{0,12}(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?[ \t]{1,4}|[a-z][.)][ \t]{1,4}|[-*•][ \t]{1,4})?(?:bij|voor)[ \t\n]{1,4}(?:een|de|het|alle)?(?!\p{L})/iu;
// "tenzij anders overeengekomen": a default the parties may set aside, not a case of its own.
const UNLESS_AGREED = /(?<!\p{L})(?:tenzij|behoudens)[ \t\n]{1,4}(?:(?:uitdrukkelijk|expliciet|schriftelijk|nadrukkelijk)[ \t\n]{1,4})?(?:anders|andersluidende)[ \t\n]{1,4}[^,.;]{0,60}/giu;

/** The sentence with the phrases blanked that only look like a case of their own. */
function plain(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return text.replace(UNLESS_AGREED, blank).replace(WITHOUT_DEDUCTION, blank).replace(AS_DESCRIBED, blank);
}

// "zoals beschreven in artikel 10": a reference, not an example.
const AS_DESCRIBED = /(?<!\p{L})zoals[ \t\n]{1,4}(?:beschreven|bedoeld|genoemd|omschreven|vermeld|bepaald|opgenomen|geregeld)(?!\p{L})/giu;

// "zonder korting of verrekening": how to pay, not a discount or a set-off of its own.
const WITHOUT_DEDUCTION = /(?<!\p{L})zonder[ \t\n]{1,4}(?:recht[ \t\n]{1,4}op[ \t\n]{1,4})?(?:enige[ \t\n]{1,4})?(?:korting|opschorting|verrekening|aftrek)(?:[ \t\n]{0,4}(?:,|en|of|en\/of)[ \t\n]{1,4}(?:korting|opschorting|verrekening|aftrek))*/giu;

/** The period one sentence sets, if it sets one (offsets in the sentence). */
function statementIn(sentence: string, context: { special: boolean; leadIn: string; kinds: () => string[] }): Omit<PeriodStatement, 'para'> | undefined {
  // A question, a heading line or a list lead-in sets no period.
  if (context.special || /[?:][ \t\r\n]*$/.test(sentence) || !SUBJECT_GATE.test(sentence)) return undefined;
  const periods = periodsIn(sentence);
  if (periods.length !== 1) return undefined;
  const found = SUBJECTS.filter(([, re]) => re.test(sentence)).map(([name]) => name);
  // Data deleted "after notice" is about the data, not the notice.
  const data = found.includes('deletion') && DATA.test(sentence) && AT_END.test(sentence);
  const subjects = data ? found.filter((n) => n !== 'notice') : found;
  if (subjects.length !== 1) return undefined;
  const subject = subjects[0];
  const text = plain(sentence);
  if (special(subject, text) || FOR_KIND.test(text) || OTHER_MATTER[subject].test(text)) return undefined;
  const { leadIn } = context;
  if (leadIn && (special(subject, leadIn) || FOR_KIND.test(leadIn) || CASE_OPENS.test(leadIn))) return undefined;
  if (subject === 'forceMajeure' && !ENDS.test(text) && !ENDS.test(leadIn)) return undefined;
  if (subject === 'deletion' && !data) return undefined;
  const p = periods[0];
  // The period tied to the sentence by a word that sets a time ("binnen", "termijn van", "uiterlijk"),
  // or named before the word for it ("veertien dagen bedenktijd").
  const before = text.slice(Math.max(0, p.start - 40), p.start);
  if (subject === 'forceMajeure' ? !LONGER.test(before) : !TIED.test(before) && !NAMED_AFTER.test(text.slice(p.end, p.end + 40))) return undefined;
  // "na een jaar opzeggen" is when notice may be given, not how long it is.
  if (subject === 'notice' && AFTER_WORD.test(before)) return undefined;
  const unit = unitOf(p.text);
  const amount = unit && amountOf(p.text, unit);
  if (!unit || amount === undefined) return undefined;
  const after = text.slice(p.end, p.end + 120);
  const rel = RELATION.exec(after);
  const relation = !rel ? '' : /^(?:na|nadat|vanaf)$/i.test(rel[1]) ? 'after' : 'before';
  const kinds = new Set(context.kinds());
  // The withdrawal period is the consumer's by law: naming him makes no other case.
  if (subject !== 'withdrawal') for (const [name, re] of AUDIENCES) if (re.test(text)) kinds.add(name);
  return {
    subject,
    start: p.start,
    end: p.end,
    // Kept with the article beyond this version of the draft: strings of their own.
    text: detached(p.text),
    amount,
    unit,
    relation,
    anchor: rel ? detached(anchorOf(after.slice(rel[0].length, rel[0].length + 60))) : '',
    kinds: detached([...kinds].sort().join(',')),
    parties: partiesOf(text),
  };
}

/** Two periods that differ: the same unit and another amount, or units apart by half at least. */
function differ(a: PeriodStatement, b: PeriodStatement): boolean {
  if (a.unit === b.unit) return a.amount !== b.amount;
  // "14 werkdagen" beside "14 dagen": the same number, another count.
  if (a.amount === b.amount) return true;
  const days = (s: PeriodStatement) => (s.unit === 'month' ? s.amount * 30.4 : s.unit === 'workday' ? s.amount * 1.4 : s.amount);
  const x = days(a);
  const y = days(b);
  // "30 dagen" and "een maand" are the same period in other words.
  return Math.max(x, y) >= 1.5 * Math.min(x, y);
}

/** Whether the two sentences could be about the same period at all. */
function comparable(a: PeriodStatement, b: PeriodStatement): boolean {
  if (a.subject !== b.subject || a.kinds !== b.kinds) return false;
  if (a.relation && b.relation && a.relation !== b.relation) return false;
  if (a.anchor && b.anchor && a.anchor !== b.anchor) return false;
  if (a.parties && b.parties && a.parties !== b.parties) return false;
  return true;
}

const SUBJECT_NAMES: Record<Subject, Localized> = {
  payment: { nl: 'De betaaltermijn', en: 'The payment term' },
  complaint: { nl: 'De termijn om te klagen', en: 'The period for complaints' },
  notice: { nl: 'De opzegtermijn', en: 'The notice period' },
  deletion: { nl: 'De termijn waarbinnen gegevens na het einde worden verwijderd of teruggegeven', en: 'The period for deleting or returning data after the end' },
  withdrawal: { nl: 'De bedenktijd', en: 'The withdrawal period' },
  forceMajeure: { nl: 'De duur van overmacht waarna de overeenkomst mag worden beëindigd', en: 'How long force majeure must last before the agreement may be ended' },
};

function placeOf(model: DocumentModel, offset: number): string | Localized {
  let best: StructureNode | undefined;
  let inArticle = false;
  let level = model.roots;
  for (;;) {
    const n = childAt(level, offset);
    if (!n) break;
    if (n.kind === 'article') inArticle = true;
    if (n.label && n.kind !== 'part') best = n;
    level = n.children;
  }
  // A clause numbered "2" under a plain heading is no article 2: then the line says where.
  if (best && inArticle) return { nl: `artikel ${best.label}`, en: `article ${best.label}` };
  const line = model.lines.positionAt(offset).line + 1;
  return { nl: `regel ${line}`, en: `line ${line}` };
}

/**
 * The statements of each article, read once while its text is unchanged; a draft without numbered articles
 * is read block by block (its headings, found by periodStatements, keep the cases apart).
 */
function statementsByUnit(model: DocumentModel, ctx: RuleContext): Array<{ unit: object; base: number; found: PeriodStatement[] }> {
  if (model.nodes.some((n) => n.kind === 'article')) {
    return perArticle(model, ctx, 'termijn-tegenstrijdig', periodStatements).map(({ article, found }) => ({ unit: article, base: article.span.start, found }));
  }
  const memo = ctx.memo?.<PeriodStatement[]>('termijn-tegenstrijdig:blocks');
  return model.blocks.map((b) => ({ unit: b, base: b.span.start, found: memo ? memo.getOrCreate(b.text, (t) => periodStatements(t, undefined)) : periodStatements(b.text, undefined) }));
}

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'termijn-tegenstrijdig',
    category: 'structuur',
    defaultSeverity: 'warning',
    title: { nl: 'Twee termijnen voor hetzelfde', en: 'Two periods for the same thing' },
    messages: {
      default: {
        nl: '{subject} is hier "{here}", maar in {other} "{there}". Twee termijnen voor hetzelfde laten open welke geldt; tegenover een consument gaat bij twijfel de voor hem gunstigste uitleg voor (artikel 6:238 lid 2 BW). Breng de termijnen in overeenstemming, of zeg waarin de gevallen verschillen.',
        en: '{subject} is "{here}" here, but "{there}" in {other}. Two periods for the same thing leave open which one applies; against a consumer, the interpretation most favourable to him prevails in case of doubt (article 6:238(2) Dutch Civil Code). Bring the periods into line, or say how the cases differ.',
      },
    },
  },
  check(model, ctx) {
    const all: Seen[] = [];
    const stated = new Map<string, number>();
    for (const { unit, base, found } of statementsByUnit(model, ctx)) {
      for (const s of found) {
        all.push({ s, at: base + s.start, end: base + s.end, unit });
        const key = `${s.subject}|${s.kinds}`;
        stated.set(key, (stated.get(key) ?? 0) + 1);
      }
    }
    // A subject stated once contradicts nothing: most drafts end here, without reading scopes.
    if (![...stated.values()].some((n) => n > 1)) return;
    const scopeOf = scopeFinder(model, ctx.memo?.<string>('termijn-tegenstrijdig:scopes'));
    // Earlier statements by subject and kinds, then by all else a comparison reads (the period, its relation,
    // anchor and party, the scope): statements alike in all of that compare alike, so each such group keeps
    // its first statement and the first from another paragraph (the one to use where the first shares the
    // new statement's paragraph). A draft that repeats a clause costs no more than one that states it once.
    const groups = new Map<string, Map<string, Seen[]>>();
    const scopeIds = new Map<object, number>();
    for (const { s, at, end, unit } of all) {
      const key = `${s.subject}|${s.kinds}`;
      if (stated.get(key)! < 2) continue;
      const scope = scopeOf(at)?.node;
      const scopeId = scope ? (scopeIds.get(scope) ?? scopeIds.set(scope, scopeIds.size).get(scope)!) : -1;
      const group = groups.get(key) ?? groups.set(key, new Map()).get(key)!;
      // Not within one paragraph: two periods there are mostly a rule and its case.
      const samePlace = (e: Seen) => e.unit === unit && e.s.para === s.para;
      const earlier: Seen[] = [];
      for (const alike of group.values()) {
        const e = alike.find((x) => !samePlace(x));
        if (e && comparable(e.s, s) && !inOtherScopes(scopeOf, e.at, at)) earlier.push(e);
      }
      // A period an earlier statement already gives is no new contradiction.
      const other = earlier.length && earlier.every((e) => differ(e.s, s)) ? earlier.reduce((a, b) => (b.at < a.at ? b : a)) : undefined;
      if (other) {
        ctx.report({
          span: { start: at, end },
          args: { subject: SUBJECT_NAMES[s.subject], here: s.text, there: other.s.text, other: placeOf(model, other.at) },
          related: [{ span: { start: other.at, end: other.end }, message: { nl: 'De andere termijn', en: 'The other period' } }],
        });
      }
      const sig = `${s.amount}|${s.unit}|${s.relation}|${s.anchor}|${s.parties}|${scopeId}`;
      const alike = group.get(sig);
      if (!alike) group.set(sig, [{ s, at, end, unit }]);
      else if (alike.length === 1 && (alike[0].unit !== unit || alike[0].s.para !== s.para)) alike.push({ s, at, end, unit });
    }
  },
};

interface Seen {
  s: PeriodStatement;
  at: number;
  end: number;
  unit: object;
}
