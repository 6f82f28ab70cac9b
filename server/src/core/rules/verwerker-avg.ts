// A processing agreement (or a processing clause) that lets the processor do what article 28 AVG forbids it:
// engage a sub-processor without the controller's prior written consent ("mag gebruik maken van een derde
// partij, zonder voorafgaande toestemming van Klant"), or use the personal data for its own purposes; or that
// lets it keep a breach to itself unless the breach passes a threshold it judges (article 33 lid 2 AVG).
import type { DocumentRule, RuleContext } from '../kit/rule';
import type { Block } from '../model/types';
import { matchesIn, triggerWords } from '../text/triggerWords';
import { pieceAt, sentencesOf } from '../text/pieces';

const G = '[ \\t\\n]{1,4}';
const W = '\\p{L}{1,20}';
// Outside a processing agreement, only where the article is about processing personal data.
const PROCESSING = /persoonsgegevens|verwerker|bewerker|verwerking[ \t\n]{1,4}van[ \t\n]{1,4}(?:de[ \t\n]{1,4})?gegevens/i;
// "zonder (voorafgaande) (schriftelijke) toestemming", "zonder dat daarvoor toestemming nodig is".
export const WITHOUT_CONSENT = new RegExp(
  `zonder${G}(?:(?:de|daartoe|daarvoor|enige|nadere|voorafgaande|voorafgaand|specifieke|uitdrukkelijke|schriftelijke|${W}s)${G}){0,4}?(?:toestemming|goedkeuring|instemming)|zonder${G}dat${G}(?:${W}${G}){0,4}?(?:toestemming|goedkeuring|instemming)${G}(?:${W}${G}){0,2}?(?:nodig|vereist)`,
  'giu',
);
export const WITHOUT_CONSENT_WORDS = ['zonder'];
// Another processor engaged: "een derde (partij)", "(sub)verwerkers", "andere verwerker", "derden inschakelen".
const SUBPROCESSOR = new RegExp(
  `(?:sub-?verwerkers?|subbewerkers?|andere${G}verwerkers?|derde${G}partij|derde${G}partijen|derden|een${G}derde)(?![\\p{L}])[^.;]{0,80}?(?:inschakel|in${G}te${G}schakelen|gebruik${G}(?:te${G})?maken|in${G}dienst|inzetten|in${G}te${G}zetten|uitbested|uit${G}te${G}besteden)|(?:inschakel|in${G}te${G}schakelen|gebruik${G}(?:te${G})?maken${G}van|in${G}dienst${G}(?:te${G})?nemen|inzetten|in${G}te${G}zetten|uitbested|uit${G}te${G}besteden)${G}(?:${W}${G}){0,3}?(?:sub-?verwerkers?|subbewerkers?|andere${G}verwerkers?|derde${G}partij(?:en)?|derden|een${G}derde)(?![\\p{L}])`,
  'iu',
);
// The processor may (not "mag geen ... zonder toestemming", which is the statutory rule itself).
const PERMITTED = /(?<![\p{L}])(?:mag|mogen|kan|kunnen|is[ \t\n]{1,4}(?:gerechtigd|bevoegd|vrij)|zijn[ \t\n]{1,4}(?:gerechtigd|bevoegd|vrij)|behoudt[ \t\n]{1,4}zich)(?![\p{L}])/iu;
const DENIED = /(?<![\p{L}])(?:geen|niet|nooit|nimmer|uitsluitend[ \t\n]{1,4}met|slechts[ \t\n]{1,4}met|alleen[ \t\n]{1,4}met|verboden)(?![\p{L}])/iu;
// Use for the processor's own purposes.
export const OWN_PURPOSES = new RegExp(`(?:voor|ten${G}behoeve${G}van)${G}(?:haar${G}|zijn${G}|hun${G})?eigen${G}(?:${W}${G}){0,2}?(?:doeleinden|doelen|doeleinde|doel|gebruik)(?![\\p{L}])`, 'giu');
export const OWN_PURPOSES_WORDS = ['eigen'];
const OWN_DENIED = new RegExp(
  `(?:niet|nooit|nimmer|geen)${G}(?:${W}${G}){0,3}?(?:voor|ten${G}behoeve${G}van)${G}(?:haar${G}|zijn${G}|hun${G})?eigen|(?:niet|geen)${G}(?:toegestaan|gerechtigd|bevoegd|toestemming)|verboden|onthoudt|uitsluitend${G}(?:voor|ten${G}behoeve${G}van|in${G}opdracht)`,
  'iu',
);
// The controller's own purposes are its own business: "Verwerkingsverantwoordelijke mag ... voor eigen doeleinden".
const CONTROLLER = /(?<![\p{L}])(?:verwerkingsverantwoordelijke|verantwoordelijke|opdrachtgever|klant|cliënt|afnemer)(?![\p{L}])/iu;
/**
 * The subject of a permission: the words before the verb and the two after it ("Tevens mag Klant"). Undefined
 * when the sentence (up to `to`) gives no permission.
 */
function permittedSubject(sentence: string, to: number): string | undefined {
  const head = sentence.slice(0, to);
  const v = PERMITTED.exec(head);
  if (!v) return undefined;
  const end = v.index + v[0].length;
  const next = /^(?:[ \t\n]{1,4}\p{L}{1,40}){0,2}/u.exec(sentence.slice(end))?.[0] ?? '';
  return sentence.slice(0, end) + next;
}
// A notice of a breach narrowed to some breaches: "alleen bij belangrijke voorvallen met grote gevolgen",
// "slechts indien het incident ernstige gevolgen heeft", "naar eigen oordeel".
export const NARROWED = new RegExp(
  `(?:alleen|slechts|uitsluitend|enkel)${G}(?:${W}${G}){0,6}?(?:relevant|ernstig|aanzienlijk|significant|wezenlijk|substanti[eë]l|materi[eë]l|belangrijk|grote${G}(?:impact|gevolgen)|groot${G}risico)(?![\\p{L}]{2})|naar${G}(?:eigen|haar|zijn)${G}(?:oordeel|inschatting|goeddunken)(?![\\p{L}])`,
  'giu',
);
export const NARROWED_WORDS = ['alleen', 'slechts', 'uitsluitend', 'enkel', 'naar'];
const NOTICE = /meld|informe(?:er|ert|ren)|inlicht|in[ \t\n]{1,4}te[ \t\n]{1,4}lichten|op[ \t\n]{1,4}de[ \t\n]{1,4}hoogte|in[ \t\n]{1,4}kennis/iu;
const BREACH = /datalek|beveiligingslek|beveiligingsincident|(?:inbreuk|incident)(?:en)?[ \t\n]{1,4}(?:in[ \t\n]{1,4}verband[ \t\n]{1,4}met|met[ \t\n]{1,4}betrekking[ \t\n]{1,4}tot|op[ \t\n]{1,4}de[ \t\n]{1,4}beveiliging)|lek(?:ken)?[ \t\n]{1,4}(?:van|in)[ \t\n]{1,4}(?:de[ \t\n]{1,4})?(?:persoons)?gegevens/iu;
// A notice to the supervisory authority or to the data subjects has the statutory threshold of article 33
// lid 1 (and is the controller's): not this check.
const AUTHORITY = /autoriteit|toezichthoud|betrokkenen?(?![\p{L}])|(?<![\p{L}])AP(?![\p{L}])/u;
const CONSENT_GATE = triggerWords(WITHOUT_CONSENT_WORDS);
const NARROWED_GATE = triggerWords(NARROWED_WORDS);
const OWN_GATE = triggerWords(OWN_PURPOSES_WORDS);

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'verwerker-avg',
    category: 'wet',
    defaultSeverity: 'warning',
    title: { nl: 'Verwerker buiten artikel 28 AVG', en: 'Processor outside article 28 GDPR' },
    messages: {
      subprocessor: {
        nl: 'Dit beding laat de verwerker een andere verwerker inschakelen zonder voorafgaande toestemming van de verwerkingsverantwoordelijke. Artikel 28 lid 2 AVG: "De verwerker neemt geen andere verwerker in dienst zonder voorafgaande specifieke of algemene schriftelijke toestemming van de verwerkingsverantwoordelijke." Vraag die toestemming vooraf, specifiek of algemeen; bij algemene toestemming meldt de verwerker elke nieuwe of vervangende subverwerker vooraf, zodat de verwerkingsverantwoordelijke bezwaar kan maken.',
        en: 'This clause lets the processor engage another processor without the controller\'s prior consent. Article 28(2) GDPR: the processor shall not engage another processor without prior specific or general written authorisation of the controller. Obtain that authorisation in advance; under a general authorisation, announce each added or replaced sub-processor in advance so that the controller can object.',
      },
      ownPurposes: {
        nl: 'Dit beding laat de verwerker de gegevens voor eigen doeleinden gebruiken. Een verwerkersovereenkomst moet bepalen dat de verwerker de persoonsgegevens "uitsluitend verwerkt op basis van schriftelijke instructies van de verwerkingsverantwoordelijke" (artikel 28 lid 3 sub a AVG). Schrap het eigen gebruik, of beperk het tot gegevens die geen persoonsgegevens meer zijn (geanonimiseerd) en zeg dat met zoveel woorden.',
        en: 'This clause lets the processor use the data for its own purposes. A processing agreement must stipulate that the processor processes the personal data only on documented instructions from the controller (article 28(3)(a) GDPR). Delete the own use, or limit it expressly to data that are no longer personal data (anonymised).',
      },
      breachThreshold: {
        nl: 'Dit beding laat de verwerker alleen bepaalde inbreuken melden. Artikel 33 lid 2 AVG kent geen drempel: "De verwerker informeert de verwerkingsverantwoordelijke zonder onredelijke vertraging zodra hij kennis heeft genomen van een inbreuk in verband met persoonsgegevens." Of een inbreuk bij de toezichthouder gemeld moet worden, beoordeelt de verwerkingsverantwoordelijke (artikel 33 lid 1 AVG); dat kan hij alleen als hij van elke inbreuk hoort. Laat de verwerker elke inbreuk melden, binnen een vaste termijn (bijvoorbeeld 24 of 48 uur na ontdekking), met wat hij op dat moment weet.',
        en: 'This clause has the processor report only some breaches. Article 33(2) GDPR has no threshold: the processor shall notify the controller without undue delay after becoming aware of a personal data breach. Whether a breach must be notified to the supervisory authority is for the controller to assess (article 33(1) GDPR), which it can only do if it hears of every breach. Have the processor report every breach within a fixed time (for example 24 or 48 hours after discovery), with what it knows at that moment.',
      },
    },
  },
  check(model, ctx) {
    const agreement = model.documentKind?.kind === 'verwerkersovereenkomst';
    for (const block of model.blocks) if (agreement || PROCESSING.test(block.text)) checkBlock(block, ctx);
  },
};

/** The two checks in one article; spans in document offsets. */
function checkBlock(block: Block, ctx: RuleContext): void {
  const text = block.text;
  const base = block.span.start;
  let sents: ReturnType<typeof sentencesOf> | undefined;
  const reported = new Set<number>();
  for (const m of matchesIn(block, WITHOUT_CONSENT, CONSENT_GATE)) {
    const s = pieceAt((sents ??= sentencesOf(block)), m.index);
    if (!s || reported.has(s.start)) continue;
    const at = m.index - s.start;
    const subject = permittedSubject(s.text, at);
    if (subject === undefined || !SUBPROCESSOR.test(s.text) || DENIED.test(s.text.slice(0, at)) || CONTROLLER.test(subject)) continue;
    reported.add(s.start);
    ctx.report({ span: { start: base + m.index, end: base + m.index + m[0].length }, messageId: 'subprocessor' });
  }
  for (const m of matchesIn(block, OWN_PURPOSES, OWN_GATE)) {
    const s = pieceAt((sents ??= sentencesOf(block)), m.index);
    if (!s || reported.has(s.start)) continue;
    const subject = permittedSubject(s.text, s.text.length);
    if (subject === undefined || OWN_DENIED.test(s.text) || !/gegevens|data/i.test(s.text) || CONTROLLER.test(subject)) continue;
    reported.add(s.start);
    ctx.report({ span: { start: base + m.index, end: base + m.index + m[0].length }, messageId: 'ownPurposes' });
  }
  for (const m of matchesIn(block, NARROWED, NARROWED_GATE)) {
    const s = pieceAt((sents ??= sentencesOf(block)), m.index);
    if (!s || reported.has(s.start) || !NOTICE.test(s.text) || AUTHORITY.test(s.text)) continue;
    // The breach is named in this sentence or earlier in the article ("1. Bij een datalek informeert
    // Verwerker Klant. 2. Een melding volgt alleen bij ernstige gevolgen.").
    if (!BREACH.test(text.slice(0, s.end))) continue;
    // "naar eigen oordeel" of the controller itself is its own business.
    if (/^naar/i.test(m[0]) && CONTROLLER.test(/^(?:\P{L}*\p{L}+){0,2}/u.exec(s.text)?.[0] ?? '')) continue;
    reported.add(s.start);
    ctx.report({ span: { start: base + m.index, end: base + m.index + m[0].length }, messageId: 'breachThreshold' });
  }
}
