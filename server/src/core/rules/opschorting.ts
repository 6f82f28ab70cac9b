import type { BlockRule } from '../kit/rule';
import { asciiStarts, hasTrigger, matchesNear, triggerWords } from '../text/triggerWords';
import { partyBefore, subjectOf } from '../text/parties';
import { leadInOf, pieceAt, paragraphsOf, sentencesOf, type Piece } from '../text/pieces';

export const SUSPEND = /(?<![\p{L}])(?:opschorten|op[ \t\n]{1,4}te[ \t\n]{1,4}schorten|opschorting|schort(?:t|en)?[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,6}?op|opgeschort|(?:te[ \t\n]{1,4})?schorsen|geschorst|uit[ \t\n]{1,4}te[ \t\n]{1,4}stellen|uitstellen|(?:de[ \t\n]{1,4})?toegang[ \t\n]{1,4}(?:[\p{L}\p{N}.-]{1,20}[ \t\n]{1,4}){0,14}?(?:blokkeren|afsluiten|ontzeggen|beperken)|stop(?:zetten|pen|gezet|[ \t\n]{1,4}te[ \t\n]{1,4}zetten)|stil(?:leggen|gelegd|[ \t\n]{1,4}te[ \t\n]{1,4}leggen)|staken|gestaakt|onderbreken|onderbroken|pauzeren|gepauzeerd|buiten[ \t\n]{1,4}gebruik[ \t\n]{1,4}(?:te[ \t\n]{1,4})?(?:stellen|gesteld|stelt)|offline[ \t\n]{1,4}(?:te[ \t\n]{1,4})?(?:halen|gehaald|haalt|zetten|gezet|zet)|blokkeren|geblokkeerd|blokkeert)(?![\p{L}])/giu;
// Every SUSPEND match holds one of these words at most SUSPEND_BACK units from its start (opschorting.test.ts).
export const SUSPEND_WORDS = ['schort', 'schors', 'stellen', 'toegang', 'stop', 'stil', 'staken', 'staak', 'onderbr', 'pauze', 'gebruik', 'offline', 'blokke'];
// ("uit te stellen" with the widest gaps: "stellen" starts 13 units in.)
export const SUSPEND_BACK = 13;
const SUSPEND_GATE = triggerWords(SUSPEND_WORDS);
// Where a SUSPEND match can start: "opschorten", "schorsen", "te schorsen", "geschorst", "uitstellen", "de toegang",
// "pauzeren", "buiten gebruik", "blokkeren" and the rest, not right after a letter (opschorting.test.ts: the same matches as a plain scan).
export const suspendCanStart = asciiStarts('ostgudpb');
// The rule's own gate: unlike SUSPEND (/iu) it does not fold long s or the Kelvin sign.
const SUSPEND_ANY = /schort|schors|stellen|toegang|stop|stil|staken|staak|onderbr|pauze|gebruik|offline|blokke/i;
// Stopping the performance ("stopzetten", "stilleggen", "staken", "onderbreken", "pauzeren") is a suspension
// only when it lasts until the other side performs (6:52 lid 1, 6:262 lid 1 BW): "totdat alle facturen zijn
// voldaan", "zolang Opdrachtgever niet heeft betaald". Without that tie, or with "definitief" next to it, it
// may be an end ("staakt de dienst definitief").
const STOP = /^(?:stop|stil|staken|gestaakt|onderbr|pauz|gepauz|buiten|offline|blokk|geblokk)/i;
// Taking a service out of use "tijdelijk" (also "(tijdelijk)"), or blocking it, because the other side does not
// perform is a suspension too; "tijdelijk buiten gebruik stellen ten behoeve van onderhoud" names no breach and is none.
const TEMPORARY = /(?<![\p{L}])tijdelijk(?![\p{L}])[ \t\n)]{0,4}$/iu;
const UNTIL_PERFORMED = /(?<![\p{L}])(?:totdat|tot[ \t\n]{1,4}dat|tot[ \t\n]{1,4}(?:op[ \t\n]{1,4})?het[ \t\n]{1,4}moment[ \t\n]{1,4}(?:dat|waarop))[ \t\n]{1,4}(?:[\p{L}\p{N}(),.-]{1,30}[ \t\n]{1,4}){0,10}?(?:[\p{L}-]{0,20}(?:betaal|betaling|voldaan|voldoet|voldoen|nagekomen|nakomt|nakoming|verplichting|factu|bedrag|achterstand))|(?<![\p{L}])zolang[ \t\n]{1,4}(?:[\p{L}\p{N}(),.-]{1,30}[ \t\n]{1,4}){0,10}?(?:niet|geen|onbetaald|openstaa)(?![\p{L}])/iu;
const FOR_GOOD = /definitief|blijvend|voorgoed|beëindig/i;
// A user announcing that it will stop until paid grants itself that power: "zal ik de begeleiding stopzetten".
const WILL = /(?<![\p{L}])(?:zal|zullen)(?![\p{L}])/iu;
// "uitstellen" suspends only what is owed: the work, the performance, the delivery (not "een beslissing uitstellen").
const POSTPONED = /(?:werkzaamheden|uitvoering|levering|leveringen|nakoming|dienstverlening|diensten|dienst|werk)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?$/iu;
// A paragraph about suspension.
const ABOUT_SUSPENSION = /schort|schors|stopzet|stop te zetten|stilleg|stil te leggen|stilgelegd|buiten gebruik|offline|blokke/i;
// A suspension power of the user: "mag ... opschorten", "is gerechtigd ... op te schorten", "behoudt zich het recht voor",
// also inverted ("behoudt Leverancier zich het recht voor", "behoudt Leverancier het recht").
const POWER = /(?<![\p{L}])(?:mag|mogen|kan|kunnen|(?:is|ben)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?(?:gerechtigd|bevoegd)|(?:heeft|heb)[ \t\n]{1,4}(?:\p{L}[\p{L}.-]{0,30}[ \t\n]{1,4}){0,2}?het[ \t\n]{1,4}recht|behoudt[ \t\n]{1,4}(?:\p{L}[\p{L}.-]{0,30}[ \t\n]{1,4}){0,2}?(?:zich|het[ \t\n]{1,4}recht)|behoud[ \t\n]{1,4}(?:ik[ \t\n]{1,4})?mij|recht[ \t\n]{1,4}om|staat[ \t\n]{1,4}het[ \t\n]{1,4}\S{1,30}[ \t\n]{1,4}vrij)(?![\p{L}])/iu;
const PROPORTIONAL = /voor[ \t\n]{1,4}zover|in[ \t\n]{1,4}verhouding|evenredig|proportione|rechtvaardigt|gerechtvaardigd|lichtste[ \t\n]{1,4}maatregel|niet[ \t\n]{1,4}verder[ \t\n]{1,4}dan/i;
// A (payment) reminder or a chance to cure first is notice too: "stuurt eerst een herinnering", "geeft de gelegenheid alsnog te betalen".
const NOTICE = /vooraf|voorafgaand|voordat|nadat|aankondig|in[ \t\n]{1,4}kennis|op[ \t\n]{1,4}de[ \t\n]{1,4}hoogte|waarschuw|aanmaning|herinnering|sommatie|gelegenheid|ingebrekestelling|in[ \t\n]{1,4}gebreke|mededeling|meldt|melden|termijn[ \t\n]{1,4}van/i;
const NO_NOTICE = /zonder[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?(?:aankondiging|ingebrekestelling|kennisgeving|mededeling|waarschuwing|aanmaning)|met[ \t\n]{1,4}onmiddellijke[ \t\n]{1,4}ingang|per[ \t\n]{1,4}direct|terstond/iu;
const NO_PROPORTION = /(?:geheel|volledig)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?op[ \t\n]{1,4}te[ \t\n]{1,4}schorten|alle[ \t\n]{1,4}verplichtingen/iu;

// The ground is that the other party withholds what the performance needs ("Indien de voor de uitvoering benodigde
// gegevens niet tijdig zijn verstrekt", "verleent Opdrachtgever de benodigde medewerking niet"): the creditor is then
// in default himself (6:58 BW) and the work waits for him; no warning or measure makes sense there. Not when the
// same ground also names payment or non-performance at large, or the clause suspends everything ("alle verplichtingen").
const INPUT_WITHHELD =
  /(?<![\p{L}])(?:gegevens|informatie|inlichtingen|materialen|materiaal|bescheiden|documenten|stukken|medewerking)(?![\p{L}])(?:[ \t\n]{1,4}[^\s.;:]{1,30}){0,10}?[ \t\n]{1,4}niet(?:[ \t\n,]{1,4}(?:tijdig|volledig|behoorlijk|juist|niet|of|dan[ \t\n]{1,4}wel|en\/of)){0,6}(?:[ \t\n]{1,4}[^\s.;:]{1,30}){0,4}?[ \t\n]{1,4}(?:verstrekt|verstrekken|verschaft|verschaffen|verleend|verleent|verlenen|aangeleverd|aanlevert|aanleveren|geleverd|levert|ter[ \t\n]{1,4}beschikking(?:[ \t\n]{1,4}[^\s.;:]{1,30}){0,3}?[ \t\n]{1,4}(?:gesteld|stelt|stellen|staan|staat))(?![\p{L}])/iu;
// The same with the verb first: "verleent Opdrachtgever de benodigde medewerking niet", "verstrekt de klant de gegevens niet tijdig".
const INPUT_WITHHELD_VERB_FIRST =
  /(?<![\p{L}])(?:verstrekt|verschaft|verleent|levert)(?:[ \t\n]{1,4}[^\s.;:]{1,30}){1,8}?[ \t\n]{1,4}(?:gegevens|informatie|inlichtingen|materialen|materiaal|bescheiden|documenten|stukken|medewerking)[ \t\n]{1,4}niet(?![\p{L}])/iu;
// Likewise a performance in phases that waits for the other party's approval of the previous phase: "kan Gebruiker
// de volgende fase opschorten totdat Opdrachtgever de resultaten van de voorafgaande fase heeft goedgekeurd".
const AWAITS_APPROVAL =
  /^[^.;]{0,200}?(?<![\p{L}])(?:totdat|tot[ \t\n]{1,4}dat|tot[ \t\n]{1,4}(?:op[ \t\n]{1,4})?het[ \t\n]{1,4}moment[ \t\n]{1,4}(?:dat|waarop)|zolang)(?:[ \t\n]{1,4}[^\s.;:]{1,30}){0,16}?[ \t\n]{1,4}(?:goedgekeurd|goedkeurt|goedkeuring|geaccordeerd|accordeert|akkoord)(?![\p{L}])/iu;
const EVERYTHING = /(?<![\p{L}])(?:al|alle)[ \t\n]{1,4}(?:(?:haar|zijn|hun|diens|onze|de)[ \t\n]{1,4})?(?:verplichtingen|werkzaamheden|diensten|prestaties)(?![\p{L}])/iu;
const OTHER_GROUND = /betaal|betaling|factu|achterstand|verplichting|nakom|nagekomen|nakoming|tekort[ \t\n]?schiet|gebreke|verzuim|faillis|surseance/i;

// A suspension because of force majeure ("In geval van overmacht mag Leverancier de uitvoering opschorten",
// "zolang de overmacht duurt") answers the user's own hindrance (6:75 BW), not the other party's breach: the
// measure of 6:262 BW has nothing to weigh there. Not when the same sentence also names payment or the other's breach.
const FORCE_MAJEURE = /overmacht|force[ \t\n]{1,4}majeure/i;
const BREACH_GROUND = /betaal|betaling|factu|achterstand|wanbetal|tekort[ \t\n]?schiet|gebreke|verzuim|faillis|surseance|nakomt|nagekomen|voldoet/i;

// A continuing service the other side relies on from day to day: cutting it off without a warning is what weighs
// under reasonableness (the notice message). The law asks no warning before a suspension (6:52, 6:262 BW), so
// where proportionality is settled and what is suspended is the performance at large ("de nakoming van de
// verplichtingen", "de werkzaamheden"), a missing warning is no defect of its own.
const CONTINUING_SERVICE =
  /dienst|toegang|account|website|webshop|hosting|applicatie|platform|software|programmatuur|systeem|server|domein|e-?mail|verbinding|aansluiting|abonnement|lidmaatschap|begeleiding|licentie/i;

const NO_RIGHT = /zonder[ \t\n]{1,4}(?:een[ \t\n]{1,4})?geldige?[ \t\n]{1,4}(?:lidmaatschap|abonnement|toegangsbewijs|ticket|pas|toegangspas|kaart|licentie)/i;

// Who holds the power, read from the words around it: "heeft Starred het recht", "is opdrachtnemer bevoegd",
// "LEVERANCIER is gerechtigd", "mag Leverancier". A client word there means the client's own right; a
// lower-case role name or a name of the user (a capitalised word that is no client word) means the user's.
const NAME = '(\\p{L}[\\p{L}.-]{1,30})';
const G = '[ \\t\\n]{1,4}';
// First person ("ben ik gerechtigd", "ik heb het recht", "behoud ik mij") is the user writing its own terms.
const HOLDER_AFTER = new RegExp(
  `(?<![\\p{L}])(?:(?:heeft|heb|is|ben|behoudt|behoud)${G}(?:de${G})?${NAME}${G}(?:(?:\\p{L}{1,20}${G})?(?:gerechtigd|bevoegd)|het${G}recht|zich|mij)|(?:mag|kan|mogen|kunnen)${G}${NAME})(?![\\p{L}])`,
  'giu',
);
const HOLDER_BEFORE = new RegExp(`(?<![\\p{L}])${NAME}${G}(?:(?:is|ben)${G}(?:\\p{L}{1,20}${G})?(?:gerechtigd|bevoegd)|mag|(?:heeft|heb)${G}het${G}recht|(?:behoudt|behoud)${G}(?:zich|mij))(?![\\p{L}])`, 'gu');
// Only for a stop tied to payment: "zal ik ... stopzetten", "Leverancier zal ... stilleggen".
const WILL_AFTER = new RegExp(`(?<![\\p{L}])(?:zal|zullen)${G}(?:de${G})?${NAME}(?![\\p{L}])`, 'giu');
const WILL_BEFORE = new RegExp(`(?<![\\p{L}])${NAME}${G}(?:zal|zullen)(?![\\p{L}])`, 'giu');
const CLIENT_NAME = /^(?:opdrachtgever|opdrachtgevers|klant|klanten|afnemer|afnemers|consument|consumenten|koper|kopers|wederpartij|cliënt|client|abonnee|abonnees|deelnemer|deelnemers|huurder|lid|leden|u|je|jij)$/i;
const USER_ROLE = /^(?:opdrachtnemer|leverancier|aannemer|ondernemer|verkoper|dienstverlener|aanbieder|verhuurder|gebruiker|wij|we|ik)$/i;
const NOT_A_NAME = /^(?:de|het|een|dan|deze|dit|die|er|zo|niet|ook|indien|als|partijen|partij)$/i;

/** Whether the ground before a suspension is only that the other party withholds what the performance needs. */
function withholdsInput(before: string): boolean {
  return (INPUT_WITHHELD.test(before) || INPUT_WITHHELD_VERB_FIRST.test(before)) && !OTHER_GROUND.test(before);
}

function holderOf(before: string, will: boolean): 'user' | 'client' | undefined {
  const tail = before.slice(-120);
  let name: string | undefined;
  let at = -1;
  for (const re of will ? [HOLDER_AFTER, HOLDER_BEFORE, WILL_AFTER, WILL_BEFORE] : [HOLDER_AFTER, HOLDER_BEFORE]) {
    re.lastIndex = 0;
    for (let m = re.exec(tail); m; m = re.exec(tail)) {
      if (m.index >= at) [at, name] = [m.index, m[1] ?? m[2]];
    }
  }
  if (!name || NOT_A_NAME.test(name)) return undefined;
  if (CLIENT_NAME.test(name)) return 'client';
  if (USER_ROLE.test(name) || /^\p{Lu}/u.test(name)) return 'user';
  return undefined;
}

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'opschorting',
    category: 'praktijk',
    defaultSeverity: 'warning',
    title: { nl: 'Opschorting zonder evenredigheid of aankondiging', en: 'Suspension without proportionality or notice' },
    messages: {
      both: {
        nl: 'Deze opschortingsbevoegdheid is niet begrensd tot wat de tekortkoming rechtvaardigt en vraagt geen voorafgaande waarschuwing. De wet staat opschorting bij gedeeltelijke tekortkoming alleen toe voor zover de tekortkoming haar rechtvaardigt (artikel 6:262 lid 2 BW), en een rechter toetst een plotselinge afsluiting van een dienst aan redelijkheid en billijkheid (artikel 6:248 lid 2 BW). Voeg toe: "voor zover de tekortkoming dat rechtvaardigt" en "nadat Leverancier Opdrachtgever Schriftelijk heeft gewaarschuwd en een termijn van veertien (14) dagen heeft gegeven".',
        en: 'This suspension right is not limited to what the breach justifies and requires no prior warning. The law allows suspension for partial breach only as far as the breach justifies it (article 6:262(2) BW), and a court tests a sudden cut-off against reasonableness (article 6:248(2) BW). Add "as far as the breach justifies it" and a written warning with fourteen days to cure.',
      },
      proportion: {
        nl: 'Deze opschortingsbevoegdheid is niet begrensd tot wat de tekortkoming rechtvaardigt (artikel 6:262 lid 2 BW). De wet geeft de bevoegdheid al wanneer de wederpartij haar verbintenis niet nakomt (artikel 6:262 lid 1 BW), maar bij gedeeltelijke of niet behoorlijke nakoming alleen voor zover de tekortkoming haar rechtvaardigt; een beding dat verder gaat, toetst de rechter aan redelijkheid en billijkheid (artikel 6:248 lid 2 BW). Voeg toe: "voor zover de tekortkoming dat rechtvaardigt", en overweeg eerst de lichtste maatregel (bijvoorbeeld nieuwe werkzaamheden stoppen voordat de toegang tot gegevens wordt geblokkeerd).',
        en: 'This suspension right is not limited to what the breach justifies (article 6:262(2) BW). The law already gives the right when the other party does not perform (article 6:262(1) BW), but for partial or improper performance only as far as the breach justifies it; a court tests a clause that goes further against reasonableness (article 6:248(2) BW). Add "as far as the breach justifies it", and consider the lightest measure first.',
      },
      proportionConsumer: {
        nl: 'Deze opschortingsbevoegdheid is niet begrensd tot wat de tekortkoming rechtvaardigt. De wet staat opschorting bij gedeeltelijke of niet behoorlijke nakoming alleen toe voor zover de tekortkoming haar rechtvaardigt (artikel 6:262 lid 2 BW), en een beding dat de gebruiker een verdergaande bevoegdheid tot opschorting verleent dan hem volgens de wet toekomt, is tegenover een consument onredelijk bezwarend en daarmee vernietigbaar (artikel 6:236 sub c BW). Voeg toe: "voor zover de tekortkoming dat rechtvaardigt".',
        en: 'This suspension right is not limited to what the breach justifies. The law allows suspension for partial or improper performance only as far as the breach justifies it (article 6:262(2) BW), and a clause giving the user a wider right to suspend than the law gives is unreasonably onerous towards a consumer, and so voidable (article 6:236(c) BW). Add "as far as the breach justifies it".',
      },
      bothConsumer: {
        nl: 'Deze opschortingsbevoegdheid is niet begrensd tot wat de tekortkoming rechtvaardigt en vraagt geen voorafgaande waarschuwing. De wet staat opschorting bij gedeeltelijke of niet behoorlijke nakoming alleen toe voor zover de tekortkoming haar rechtvaardigt (artikel 6:262 lid 2 BW), en een beding dat de gebruiker een verdergaande bevoegdheid tot opschorting verleent dan hem volgens de wet toekomt, is tegenover een consument onredelijk bezwarend en daarmee vernietigbaar (artikel 6:236 sub c BW). Voeg toe: "voor zover de tekortkoming dat rechtvaardigt", en kondig de opschorting vooraf schriftelijk aan met een termijn om de tekortkoming te herstellen.',
        en: 'This suspension right is not limited to what the breach justifies and requires no prior warning. The law allows suspension for partial or improper performance only as far as the breach justifies it (article 6:262(2) BW), and a clause giving the user a wider right to suspend than the law gives is unreasonably onerous towards a consumer, and so voidable (article 6:236(c) BW). Add "as far as the breach justifies it", and announce the suspension in writing with a period to cure.',
      },
      notice: {
        nl: 'Deze opschortingsbevoegdheid vraagt geen voorafgaande waarschuwing. Een dienst zonder aankondiging stilleggen weegt zwaar bij de toets aan redelijkheid en billijkheid (artikel 6:248 lid 2 BW). Voeg toe: "nadat Leverancier Opdrachtgever Schriftelijk heeft gewaarschuwd en een termijn van veertien (14) dagen heeft gegeven om de tekortkoming te herstellen".',
        en: 'This suspension right requires no prior warning. Cutting off a service without notice weighs heavily under the reasonableness test (article 6:248(2) BW). Add a written warning with fourteen days to cure.',
      },
    },
  },
  check(block, ctx) {
    const text = block.text;
    if (!hasTrigger(block, SUSPEND_GATE) || !SUSPEND_ANY.test(text)) return;
    // Cut once a suspension word is found: most articles that pass the gate ("stellen", "stop") hold none.
    let sentences: Piece[] | undefined;
    let paragraphs: Piece[] | undefined;
    const paras = () => (paragraphs ??= paragraphsOf(block));
    // The clauses of this article that deal with suspension, read together (proportionality in one lid, notice in the next).
    // Made only once a suspension power of the user is found: most articles that say "schort" hold none.
    let relatedText = '';
    let relatedStarts: Set<number> | undefined;
    const isRelated = (start: number) => {
      if (!relatedStarts) {
        // A long paragraph comes in parts: the part before a suspension part is the same paragraph.
        const about = paras().map((p) => ABOUT_SUSPENSION.test(p.text));
        const related = paras().filter((p, i) => about[i] || (p.continues && about[i + 1]));
        relatedText = related.map((p) => p.text).join('\n');
        relatedStarts = new Set(related.map((p) => p.start));
      }
      return relatedStarts.has(start);
    };
    // Judged once for the suspension clauses together, once per other paragraph: linear in the article.
    const judged = new Map<number, { notice: boolean; proportional: boolean }>();
    const judge = (key: number, t: string) => {
      let j = judged.get(key);
      if (!j) judged.set(key, (j = { notice: NOTICE.test(t), proportional: PROPORTIONAL.test(t) }));
      return j;
    };
    let lastSentence = -1;
    for (const m of matchesNear(block, SUSPEND, SUSPEND_GATE, SUSPEND_BACK, suspendCanStart)) {
      const s = pieceAt((sentences ??= sentencesOf(block)), m.index);
      if (!s || s.start === lastSentence) continue;
      const at = m.index - s.start;
      const stop = STOP.test(m[0]);
      // Blocking lasts until it is lifted: for a breach it suspends without saying "tijdelijk".
      const tied = () =>
        UNTIL_PERFORMED.test(s.text) || ((/^(?:blokk|geblokk)/i.test(m[0]) || TEMPORARY.test(s.text.slice(Math.max(0, at - 20), at))) && BREACH_GROUND.test(s.text));
      // A stop that is no suspension leaves the sentence to a suspension word later in it.
      if (stop && (!tied() || FOR_GOOD.test(s.text.slice(Math.max(0, at - 60), at + m[0].length + 30)))) continue;
      lastSentence = s.start;
      // A list item takes its power and its holder from the sentence that introduces the list: "Bij niet-tijdige
      // betaling is Leverancier gerechtigd: a) de uitvoering op te schorten;".
      const lead = leadInOf(sentences!, s);
      const before = (lead ? lead.text + ' ' : '') + s.text.slice(Math.max(0, at - 200), at);
      const power = POWER.test(before) || POWER.test(s.text.slice(at, at + 40));
      if (!power && !(stop && WILL.test(before))) continue;
      if (/^uit/i.test(m[0]) && !POSTPONED.test(before)) continue;
      // "Zonder geldig lidmaatschap kan ... de toegang ontzeggen": refusing someone who has no right is no suspension.
      if (NO_RIGHT.test(s.text)) continue;
      if (FORCE_MAJEURE.test(s.text) && !BREACH_GROUND.test(s.text)) continue;
      if (!/^toegang|^de[ \t\n]/i.test(m[0]) && !NO_PROPORTION.test(s.text) && !EVERYTHING.test(s.text)) {
        const after = s.text.slice(at, at + 400);
        if (withholdsInput(before) || (AWAITS_APPROVAL.test(after) && !OTHER_GROUND.test(after))) continue;
      }
      const party = holderOf(before, stop) ?? partyBefore(s.text, at) ?? subjectOf(s.text);
      if (party !== 'user') continue;
      // "Opdrachtgever mag opschorten" or "laat de bevoegdheid van Opdrachtgever onverlet".
      if (/onverlet|onverminderd/i.test(s.text) && /wet/i.test(s.text)) continue;
      const para = pieceAt(paras(), m.index) ?? s;
      const scope = isRelated(para.start) ? judge(-1, relatedText) : judge(para.start, para.text);
      const noNotice = NO_NOTICE.test(s.text) || !scope.notice;
      const noProportion = NO_PROPORTION.test(s.text) || !scope.proportional;
      if (!noNotice && !noProportion) continue;
      if (!noProportion && !CONTINUING_SERVICE.test(s.text)) continue;
      // Towards a consumer a wider power than the law gives is on the black list (6:236 sub c BW).
      const consumer = ctx.audience === 'b2c' && !ctx.audienceUndecided ? 'Consumer' : '';
      ctx.report({
        span: { start: m.index, end: m.index + m[0].length },
        messageId: noNotice && noProportion ? `both${consumer}` : noNotice ? 'notice' : `proportion${consumer}`,
      });
      break; // one finding per article is enough
    }
  },
};
