// What kind of document a draft is, and which law governs it. Rules written for a standalone Dutch-law set
// of algemene voorwaarden read this: a service level agreement or processing agreement inside a contract set
// needs no choice of law of its own, and a draft under foreign law is not checked against the Dutch BW.
import type { Localized, Span } from '../types';
import { gatesOpen } from '../text/gates';
import { firstAtLeast } from '../text/search';
import type { Edit } from './edit';

export type DocumentKindId = 'algemene-voorwaarden' | 'sla' | 'verwerkersovereenkomst' | 'licentie' | 'platform' | 'familierecht' | 'regeling' | 'onbekend';

export interface DocumentKind {
  kind: DocumentKindId;
  /** The draft supplements another agreement (a contract set): it says it is part of, or an annex to, one. */
  partOfSet: boolean;
  /**
   * The draft says so in its own words ("is een bijlage bij de Overeenkomst", "maakt deel uit van", "vormt één
   * geheel met", a title "Bijlage 2"), rather than only naming a main or framework agreement.
   */
  setStatement?: boolean;
  /** Governing law as an ISO country code ("nl", "be", "de" …); undefined when the draft neither chooses nor implies one. */
  law?: string;
  /** How the law was found: a choice of law in the text, or signs of one country's law (Belgian statute citations). */
  lawSource?: 'choice' | 'implied';
  /** Where the choice of law, or the first sign of it, is written. */
  lawSpan?: Span;
}

/** Each kind's names in Dutch and English: in full for messages and the status bar's tooltip, short for the status bar itself. */
export const KIND_NAMES: Record<DocumentKindId, { full: Localized; short: Localized }> = {
  'algemene-voorwaarden': { full: { nl: 'algemene voorwaarden', en: 'general terms and conditions' }, short: { nl: 'voorwaarden', en: 'terms' } },
  sla: { full: { nl: 'service level agreement / dienstbeschrijving', en: 'service level agreement / service description' }, short: { nl: 'SLA', en: 'SLA' } },
  verwerkersovereenkomst: { full: { nl: 'verwerkersovereenkomst', en: 'data processing agreement' }, short: { nl: 'verwerkersovereenkomst', en: 'DPA' } },
  licentie: { full: { nl: 'licentievoorwaarden', en: 'licence terms' }, short: { nl: 'licentie', en: 'licence' } },
  platform: { full: { nl: 'gebruiksvoorwaarden van een platform', en: 'platform terms of use' }, short: { nl: 'gebruiksvoorwaarden', en: 'terms of use' } },
  familierecht: {
    full: { nl: 'familierechtelijke overeenkomst (ouderschapsplan, convenant, samenlevingsovereenkomst)', en: 'family-law agreement (parenting plan, divorce settlement, cohabitation agreement)' },
    short: { nl: 'familierecht', en: 'family law' },
  },
  regeling: {
    full: { nl: 'regeling of verklaring (klachtenregeling, privacy- of cookieverklaring)', en: 'procedure or statement (complaints procedure, privacy or cookie statement)' },
    short: { nl: 'regeling', en: 'procedure' },
  },
  onbekend: { full: { nl: 'soort document onbekend', en: 'kind of document unknown' }, short: { nl: 'concept', en: 'draft' } },
};

/** The law code of a choice that names no one country: "het recht van de staat of provincie waarin u woont". */
export const FOREIGN_RESIDENCE_LAW = 'buitenland';

/** Names of the law of a country ("Belgisch recht"), by code. */
export const LAW_NAMES: Record<string, { nl: string; en: string }> = {
  nl: { nl: 'Nederlands recht', en: 'Dutch law' },
  be: { nl: 'Belgisch recht', en: 'Belgian law' },
  de: { nl: 'Duits recht', en: 'German law' },
  fr: { nl: 'Frans recht', en: 'French law' },
  gb: { nl: 'Engels recht', en: 'English law' },
  ie: { nl: 'Iers recht', en: 'Irish law' },
  lu: { nl: 'Luxemburgs recht', en: 'Luxembourg law' },
  us: { nl: 'Amerikaans recht', en: 'US law' },
  ch: { nl: 'Zwitsers recht', en: 'Swiss law' },
  at: { nl: 'Oostenrijks recht', en: 'Austrian law' },
  [FOREIGN_RESIDENCE_LAW]: { nl: 'buitenlands recht (van de staat of het land waar de klant woont)', en: "foreign law (of the state or country where the customer lives)" },
};

const ADJECTIVE: Record<string, string> = {
  nederlands: 'nl', belgisch: 'be', duits: 'de', frans: 'fr', engels: 'gb', brits: 'gb', iers: 'ie', luxemburgs: 'lu', amerikaans: 'us', zwitsers: 'ch', oostenrijks: 'at',
};
const COUNTRY: Record<string, string> = {
  nederland: 'nl', belgië: 'be', belgie: 'be', duitsland: 'de', frankrijk: 'fr', engeland: 'gb', 'engeland en wales': 'gb', ierland: 'ie', luxemburg: 'lu', zwitserland: 'ch', oostenrijk: 'at',
};

// Agreements between (former) partners and parents: no commercial terms, whatever words they share with them
// ("huwelijkse voorwaarden"). "Ouderschapplan" without the s is how templates write it too.
const FAMILY = /\bouderschaps?plan\b|\b(?:echt)?scheidingsconvenant\b|\bconvenant[ \t]{1,4}(?:van[ \t]{1,4})?(?:echt)?scheiding\b|\bsamenlevings(?:overeenkomst|contract)\b|\bhuwelijkse[ \t]{1,4}voorwaarden\b|\bpartnerschapsvoorwaarden\b|\bparenting[ \t]{1,4}plan\b/i;

const REGELING = /\b(?:kantoor)?klachten(?:regeling|procedure|reglement)\b|\b(?:privacy|cookie)(?:verklaring|beleid|statement)\b|\b(?:privacy|cookie)[ \t]+(?:policy|statement)\b/i;

// The kind from the title (the first lines): the name a draft gives itself decides.
const TITLE_KINDS: Array<[RegExp, DocumentKindId]> = [
  [/\b(?:verwerkers|bewerkers|verwerkings)overeenkomst\b|\bdata[ \t]+processing[ \t]+agreement\b|\bDPA\b/i, 'verwerkersovereenkomst'],
  [/\bservice[ \t-]*level[ \t-]*(?:agreement|overeenkomst)\b|\bSLA\b|\b(?:dienst|diensten|service)(?:beschrijving|niveau)s?\b/i, 'sla'],
  [/licentie(?:voorwaarden|overeenkomst|bepalingen)?\b|\bEULA\b|\bgebruiksrechtovereenkomst\b/i, 'licentie'],
  [/\b(?:gebruiks|platform|website|app)voorwaarden\b|\bterms[ \t]+of[ \t]+(?:use|service)\b/i, 'platform'],
  [/\balgemene[ \t]+(?:\p{L}{1,20}[ \t-]+(?:en[ \t]+)?)?(?:voorwaarden|leveringsvoorwaarden|verkoopvoorwaarden)\b|\b(?:leverings|verkoop|betalings|inkoop)voorwaarden\b/iu, 'algemene-voorwaarden'],
  // A mediator's "Algemene voorwaarden" may name the parenting plans it drafts; a family agreement is no set of terms.
  [FAMILY, 'familierecht'],
  // A complaints procedure, a privacy or cookie statement: what the office or the site does, no terms of a contract.
  [REGELING, 'regeling'],
  // "Voorwaarden september 2015", "Onze voorwaarden": a set of terms without a closer name.
  [/\bvoorwaarden\b/i, 'algemene-voorwaarden'],
];

// The same names as the draft uses them for itself in its text ("deze verwerkersovereenkomst").
const SELF_NAME =
  /\b(?:deze|dit|onderhavige)[ \t]+(verwerkersovereenkomst|bewerkersovereenkomst|verwerkingsovereenkomst|service[ \t-]*level[ \t-]*agreement|SLA|dienstbeschrijving|licentievoorwaarden|licentieovereenkomst|gebruiksvoorwaarden|ouderschaps?plan|(?:echt)?scheidingsconvenant|samenlevingsovereenkomst|samenlevingscontract|algemene[ \t]+voorwaarden|leveringsvoorwaarden|voorwaarden|(?:kantoor)?klachtenregeling|privacyverklaring|cookieverklaring)\b/gi;

// It supplements a main agreement: "maakt deel uit van de Overeenkomst", "is een bijlage bij", "behorende bij",
// "vormt één geheel met".
const PART_OF_SET =
  /\b(?:maakt|maken|vormt|vormen)[ \t\n]{1,3}(?:een[ \t\n]{1,3})?(?:integraal[ \t\n]{1,3}|onlosmakelijk[ \t\n]{1,3})?(?:onder)?deel[ \t\n]{1,3}(?:uit[ \t\n]{1,3})?(?:van|uit)\b|\b(?:vormt|vormen)[ \t\n]{1,3}(?:een|één|1)[ \t\n]{1,3}(?:onlosmakelijk[ \t\n]{1,3}|ondeelbaar[ \t\n]{1,3})?geheel[ \t\n]{1,3}met\b|\bonlosmakelijk[ \t\n]{1,3}verbonden[ \t\n]{1,3}(?:met|aan)\b|\b(?:is|als)[ \t\n]{1,3}(?:een[ \t\n]{1,3})?bijlage[ \t\n]{1,3}(?:bij|van)\b|\bbehorend(?:e)?[ \t\n]{1,3}bij[ \t\n]{1,3}(?:de|het)\b|\bin[ \t\n]{1,3}aanvulling[ \t\n]{1,3}op[ \t\n]{1,3}(?:de|het)[ \t\n]{1,3}(?:\p{Lu}|hoofd|raam|dienstverlenings)/gu;
// Only the name of a main agreement: the draft refers to one without saying it belongs to it.
const MAIN_NAME = /\b(?:Hoofdovereenkomst|Raamovereenkomst)\b/u;
// What the draft's own annexes are part of is the draft itself ("De bijlagen maken deel uit van deze
// verwerkersovereenkomst", "Bijlage 1 behorende bij de Verwerkersovereenkomst"): no statement about a set.
const OWN_OBJECT =
  /^(?:[ \t\n]{1,3}(?:de|het))?[ \t\n]{1,3}(?:deze|dit|onderhavige|(?:verwerkers|bewerkers|verwerkings)overeenkomst|service[ \t-]*level|SLA\b|dienstbeschrijving)/i;
// A draft titled as an annex ("Bijlage 2 – Verwerkersovereenkomst") says it belongs to another document.
const ANNEX_TITLE = /^[\s#*_>-]*Bijlage\b/i;

/** How the draft places itself in a contract set: in its own words, by naming a main agreement only, or not at all. */
function setPlacement(text: string): 'statement' | 'mention' | undefined {
  if (ANNEX_TITLE.test(text.slice(0, TITLE_REACH))) return 'statement';
  const window = text.slice(0, SELF_REACH);
  PART_OF_SET.lastIndex = 0;
  for (let m = PART_OF_SET.exec(window); m; m = PART_OF_SET.exec(window)) {
    if (!OWN_OBJECT.test(window.slice(m.index + m[0].length, m.index + m[0].length + 60))) return 'statement';
  }
  return MAIN_NAME.test(window) ? 'mention' : undefined;
}

// A choice of law: "Op deze overeenkomst is Belgisch recht van toepassing", "beheerst door het recht van Ierland".
const CHOICE =
  /\b(?:(?<adj>Nederlands|Belgisch|Duits|Frans|Engels|Brits|Iers|Luxemburgs|Amerikaans|Zwitsers|Oostenrijks)e?[ \t\n]{1,3}(?:\p{Ll}{1,20}[ \t\n]{1,3})?recht|(?:het[ \t\n]{1,3})?recht[ \t\n]{1,3}van[ \t\n]{1,3}(?:het[ \t\n]{1,3}(?:Koninkrijk[ \t\n]{1,3}(?:der[ \t\n]{1,3})?)?)?(?<country>Nederland(?:en)?|België|Belgie|Duitsland|Frankrijk|Engeland(?:[ \t]en[ \t]Wales)?|Ierland|Luxemburg|Zwitserland|Oostenrijk))\b/giu;
const CHOICE_VERB = /van[ \t\n]{1,3}toepassing|beheerst|toepasselijk|onderworpen|geldt|gelden|uitsluitend/i;
// A choice of the law of the place where the customer lives or is established, which names no country:
// "het recht van de staat of provincie waarin u woont", "het recht van het land waar u gevestigd bent".
const RESIDENCE_LAW =
  /recht[ \t\n]{1,3}van[ \t\n]{1,3}(?:de[ \t\n]{1,3}staat|het[ \t\n]{1,3}land|de[ \t\n]{1,3}provincie)(?:[ \t\n]{1,3}(?:of|en|dan[ \t\n]{1,3}wel)[ \t\n]{1,3}(?:de[ \t\n]{1,3}|het[ \t\n]{1,3})?(?:staat|provincie|land))?[ \t\n]{1,3}(?:waarin|waar)[ \t\n]/giu;
// Consumer protection of the place of residence kept beside a choice of law ("onverminderd de dwingende
// bepalingen van het recht van het land waar de consument woont") is no choice. Read before the match only:
// a real choice may go on to list consumer-protection claims among those it governs.
const PROTECTION = /dwingend|onverminderd|bescherming/i;
const CONDITIONAL = /\b(?:indien|als|wanneer|tenzij|in[ \t]+strijd[ \t]+met)\b/i;

// Belgian law shows itself without a choice: its Civil Code cited by plain article numbers ("artikel 1153 BW"),
// its Code of Economic Law, its enterprise courts.
const BELGIAN = /\bWetboek[ \t\n]{1,3}(?:van[ \t\n]{1,3})?[Ee]conomisch[ \t\n]{1,3}[Rr]echt\b|\bondernemingsrechtbank\b|\brechtbank[ \t\n]{1,3}van[ \t\n]{1,3}koophandel\b|\b(?:art(?:ikel|\.)|artikelen)[ \t]{1,3}[12][0-9]{3}[a-z]?(?:[ \t]{1,3}(?:en|tot[ \t]{1,3}en[ \t]{1,3}met)[ \t]{1,3}\d{4})?[ \t,]{1,3}(?:B\.?W\.?|(?:van[ \t]{1,3}het[ \t]{1,3})?Burgerlijk[ \t]{1,3}Wetboek)\b/g;

const TITLE_REACH = 400;
const SELF_REACH = 6000;

export function detectDocumentKind(text: string): DocumentKind {
  const kind = kindOf(text);
  const placement = kind === 'sla' || kind === 'verwerkersovereenkomst' ? setPlacement(text) : undefined;
  const out: DocumentKind = { kind, partOfSet: placement !== undefined };
  if (placement === 'statement') out.setStatement = true;
  const law = lawOf(text);
  if (law) {
    out.law = law.law;
    out.lawSource = law.source;
    out.lawSpan = law.span;
  }
  return out;
}

function kindOf(text: string): DocumentKindId {
  // The title: the first non-empty lines.
  const head = text.slice(0, TITLE_REACH).replace(/^\s+/, '');
  const title = head.split(/\r?\n/).filter((l) => l.trim()).slice(0, 3).join('\n');
  for (const [re, kind] of TITLE_KINDS) if (re.test(title)) return kind;
  // Otherwise the name it most often gives itself near its start.
  const counts = new Map<DocumentKindId, number>();
  SELF_NAME.lastIndex = 0;
  const window = text.slice(0, SELF_REACH);
  for (let m = SELF_NAME.exec(window); m; m = SELF_NAME.exec(window)) {
    const k = selfNameKind(m[1].toLowerCase());
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: DocumentKindId = 'onbekend';
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

/** The kind a name the draft gives itself ("deze verwerkersovereenkomst") stands for; `name` in lower case. */
function selfNameKind(name: string): DocumentKindId {
  if (/ouderschap|scheiding|samenleving/.test(name)) return 'familierecht';
  if (/verwerk|bewerk/.test(name)) return 'verwerkersovereenkomst';
  if (/service|sla|dienst/.test(name)) return 'sla';
  if (/licentie/.test(name)) return 'licentie';
  if (/gebruiks/.test(name)) return 'platform';
  if (/klachten|privacy|cookie/.test(name)) return 'regeling';
  return 'algemene-voorwaarden';
}

// Every choice of law names "recht", every sign of Belgian law one of these words: the patterns run only around them
// (a whole-draft scan with the full patterns costs ~15 ms on 1 MB, on every edit).
export const RECHT = /recht/gi;
export const BELGIAN_WORDS = /Wetboek|wetboek|rechtbank|koophandel|B\.?W\b/g;

/**
 * The matches of a gate word, found as far as they are asked for and kept, with whether `admit` lets each start a
 * window: lawOf's searches all walk the same "recht"s, and the text is scanned for them once. `next` gives the
 * gate's matches in order (as a global scan of its literal alternation finds them), null after the last.
 */
class GateHits {
  readonly at: number[] = [];
  readonly end: number[] = [];
  readonly admitted: boolean[] = [];
  private readonly all = gatesOpen();
  private exhausted = false;

  constructor(
    private readonly text: string,
    private readonly next: () => readonly [number, number] | null,
    private readonly admit: (text: string, at: number) => boolean,
  ) {}

  /** Whether there is a k-th match (0-based), finding the matches up to it if they are not found yet. */
  has(k: number): boolean {
    while (this.at.length <= k && !this.exhausted) {
      const g = this.next();
      if (!g) this.exhausted = true;
      else {
        this.at.push(g[0]);
        this.end.push(g[1]);
        this.admitted.push(this.all || this.admit(this.text, g[0]));
      }
    }
    return k < this.at.length;
  }
}

// One pass finds the words of both gates but "BW": RECHT's "recht" in any case (an ASCII letter matches only ASCII
// letters under /i without /u), and BELGIAN_WORDS' "rechtbank" (a "recht"), "Wetboek", "wetboek" and "koophandel".
// None of these words can start inside another, so the pass misses none. "B.W"/"BW" is looked up by its capital.
const LAW_WORDS = /[Rr][Ee][Cc][Hh][Tt]|[Ww]etboek|koophandel/g;

/**
 * The gate words' matches in `text`, as global scans of RECHT and BELGIAN_WORDS find them, from one scan of
 * the text; each found as far as it is asked for.
 */
export function gateWords(text: string): { recht: () => readonly [number, number] | null; belgian: () => readonly [number, number] | null } {
  const re = new RegExp(LAW_WORDS.source, 'g');
  const found: number[] = []; // start and end of each LAW_WORDS match, in pairs
  let done = false;
  const ensure = (i: number): boolean => {
    while (found.length <= i && !done) {
      const m = re.exec(text);
      if (m) found.push(m.index, m.index + m[0].length);
      else done = true;
    }
    return i < found.length;
  };
  const isRecht = (i: number) => (text.charCodeAt(found[i]) | 32) === 114; /* r */
  let r = 0;
  const recht = (): readonly [number, number] | null => {
    while (ensure(r)) {
      const i = r;
      r += 2;
      if (isRecht(i)) return [found[i], found[i + 1]];
    }
    return null;
  };
  let b = 0;
  let bw: readonly [number, number] | null | undefined;
  let bFrom = 0;
  const nextBW = (): readonly [number, number] | null => {
    for (let q = text.indexOf('B', bFrom); q >= 0; q = text.indexOf('B', q + 1)) {
      const w = text.charCodeAt(q + 1) === 46 /* . */ ? q + 2 : q + 1;
      if (text.charCodeAt(w) === 87 /* W */ && !isAsciiWordChar(text.charCodeAt(w + 1))) {
        bFrom = w + 1;
        return [q, w + 1];
      }
    }
    bFrom = text.length;
    return null;
  };
  // Every occurrence of each word is a candidate; a global scan takes them in order, each from the end of the last
  // ("rechtbankoophandel" holds "rechtbank" only).
  let lastEnd = 0;
  const belgian = (): readonly [number, number] | null => {
    for (;;) {
      while (ensure(b) && isRecht(b) && !text.startsWith('rechtbank', found[b])) b += 2;
      if (bw === undefined) bw = nextBW();
      const word = b < found.length ? ([found[b], isRecht(b) ? found[b] + 9 : found[b + 1]] as const) : null;
      let hit: readonly [number, number] | null;
      if (word && (!bw || word[0] < bw[0])) {
        b += 2;
        hit = word;
      } else {
        hit = bw;
        bw = undefined;
      }
      if (!hit) return null;
      if (hit[0] < lastEnd) continue;
      lastEnd = hit[1];
      return hit;
    }
  };
  return { recht, belgian };
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * The first match of `re` (global) that contains a gate match starting at or after `from`, tried in a window
 * around each gate match that `admit` lets through. `admit` is a necessary condition for a match of `re`
 * around the gate match, read off the pattern: most gate words in a draft ("recht" in "gerechtigd", the BW in
 * "7:404 BW") start no window.
 */
function firstNear(text: string, hits: GateHits, re: RegExp, back: number, ahead: number, from = 0): RegExpExecArray | null {
  let done = from;
  let k = firstAtLeast(hits.at, from);
  while (k === hits.at.length && hits.has(k) && hits.at[k] < from) k++;
  for (; hits.has(k); k++) {
    const at = hits.at[k];
    if (hits.admitted[k]) {
      const start = Math.max(done, at - back);
      const end = Math.min(text.length, hits.end[k] + ahead);
      const win = text.slice(start, end);
      re.lastIndex = 0;
      for (let m = re.exec(win); m; m = re.exec(win)) {
        if (start + m.index > at) break;
        if (start + m.index + m[0].length >= hits.end[k]) {
          m.index += start;
          return m;
        }
      }
    }
    done = Math.max(done, at);
  }
  return null;
}

const ADJECTIVE_NEAR = new RegExp(Object.keys(ADJECTIVE).join('|'), 'i');

/**
 * A choice of law around "recht" at `at` (CHOICE, RESIDENCE_LAW) holds "recht van" there, or an adjective
 * ("Nederlandse recht") at most 40 characters before it (also where the gate word lies in the word between).
 */
function mayChooseLaw(text: string, at: number): boolean {
  let i = at + 5;
  while (i < at + 8 && isBreakOrBlank(text.charCodeAt(i))) i++;
  if (i > at + 5 && text.slice(i, i + 3).toLowerCase() === 'van') return true;
  return ADJECTIVE_NEAR.test(text.slice(Math.max(0, at - 45), at));
}

/** A Belgian sign around a gate word at `at`: "BW" only after a four-digit article number ("1382 BW", "1153a, BW"). */
function mayBeBelgian(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 66 /* B */) return true;
  let i = at;
  while (i > at - 3 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9 || text.charCodeAt(i - 1) === 44)) i--;
  if (i === at) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 97 && c <= 122) i--;
  for (let k = 1; k <= 4; k++) {
    const d = text.charCodeAt(i - k);
    if (!(d >= 48 && d <= 57)) return false;
  }
  return true;
}

function isBreakOrBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10;
}

/** The sentence around a match (back at most 300 characters, on at most `ahead`), and its part before the match. */
function sentenceAt(text: string, m: RegExpExecArray, ahead: number): { before: string; sentence: string } {
  const from = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('\n', m.index), m.index - 300) + 1;
  const dot = text.indexOf('.', m.index + m[0].length);
  const to = Math.min(dot < 0 ? text.length : dot, m.index + m[0].length + ahead);
  return { before: text.slice(from, m.index), sentence: text.slice(from, to) };
}

function lawOf(text: string): { law: string; source: 'choice' | 'implied'; span: Span } | undefined {
  const words = gateWords(text);
  const recht = new GateHits(text, words.recht, mayChooseLaw);
  for (let m = firstNear(text, recht, CHOICE, 40, 80); m; m = firstNear(text, recht, CHOICE, 40, 80, m.index + m[0].length)) {
    const g = m.groups!;
    const law = g.adj ? ADJECTIVE[g.adj.toLowerCase()] : COUNTRY[g.country.toLowerCase().replace(/[ \t]+/g, ' ')];
    if (!law) continue;
    // The sentence around it must choose the law, not mention it ("in strijd met Nederlands recht", "indien … van toepassing is").
    const { before, sentence } = sentenceAt(text, m, 200);
    if (!CHOICE_VERB.test(sentence) || CONDITIONAL.test(before)) continue;
    return { law, source: 'choice', span: { start: m.index, end: m.index + m[0].length } };
  }
  // No country chosen, but the law of the customer's state or country: a foreign-law draft (Dutch law is
  // chosen by name, so a draft that chooses it was returned above).
  for (let r = firstNear(text, recht, RESIDENCE_LAW, 0, 120); r; r = firstNear(text, recht, RESIDENCE_LAW, 0, 120, r.index + r[0].length)) {
    const { before, sentence } = sentenceAt(text, r, 400);
    if (PROTECTION.test(before) || !(CHOICE_VERB.test(sentence) || /(?:^|[^\p{L}])(?:is|geldt|gelden)[ \t\n]{1,3}het[ \t\n]{1,3}$/u.test(before))) continue;
    return { law: FOREIGN_RESIDENCE_LAW, source: 'choice', span: { start: r.index, end: r.index + r[0].length } };
  }
  const b = firstNear(text, new GateHits(text, words.belgian, mayBeBelgian), BELGIAN, 60, 40);
  if (b) return { law: 'be', source: 'implied', span: { start: b.index, end: b.index + b[0].length } };
  return undefined;
}

// How far from a gate word lawOf reads: the window around it (60 back, 120 on) and the sentence around a match
// in it (300 back, 400 on), with room to spare.
const LAW_REACH = 1000;

/**
 * The kind of `text`, which differs from `oldText` (whose kind is `old`) by `edit`: the old kind (its span
 * moved) when the edit lies past the title and the self-naming reach and no gate word that could start a
 * window of lawOf lies within reach of it, before or after; otherwise read again. Keeps the whole-draft
 * scans of lawOf off every keystroke.
 */
export function updateDocumentKind(old: DocumentKind | undefined, oldText: string, text: string, edit: Edit): DocumentKind {
  const { start, oldEnd, newEnd } = edit;
  if (!old || gatesOpen() || start < SELF_REACH || gateWithin(oldText, start, oldEnd) || gateWithin(text, start, newEnd)) return detectDocumentKind(text);
  if (!old.lawSpan || old.lawSpan.end <= start) return old;
  const delta = newEnd - oldEnd;
  return { ...old, lawSpan: { start: old.lawSpan.start + delta, end: old.lawSpan.end + delta } };
}

function gateWithin(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - LAW_REACH);
  const to = Math.min(text.length, end + LAW_REACH);
  return admittedIn(text, RECHT, mayChooseLaw, from, to) || admittedIn(text, BELGIAN_WORDS, mayBeBelgian, from, to);
}

/** Whether a gate word starting in [from, to) passes `admit` (which looks around it in the whole text). */
function admittedIn(text: string, gate: RegExp, admit: (text: string, at: number) => boolean, from: number, to: number): boolean {
  // A slice, so that no search runs on to the next gate word far away; long enough for a gate word that starts before `to`.
  const slice = text.slice(from, to + 12);
  gate.lastIndex = 0;
  for (let g = gate.exec(slice); g && g.index < to - from; g = gate.exec(slice)) if (admit(text, from + g.index)) return true;
  return false;
}

/** Rules that test a draft against Dutch law: not run on a draft under another law. */
export const DUTCH_LAW_RULES = new Set(['bw-artikel', 'bw-afwijking', 'consument-zwarte-lijst', 'consument-grijze-lijst', 'incassokosten', 'wet-verouderd']);

/** True when the draft is governed by a law other than Dutch law. */
export function foreignLaw(kind: DocumentKind | undefined): boolean {
  return kind?.law !== undefined && kind.law !== 'nl';
}

/** The status bar's words for a draft's kind and law, in both languages. */
export function describeKind(k: DocumentKind | undefined): { kind?: { nl: string; en: string }; shortKind?: { nl: string; en: string }; law?: { nl: string; en: string } } {
  if (!k) return {};
  const { full: name, short } = KIND_NAMES[k.kind];
  const kind = k.partOfSet ? { nl: `${name.nl}, deel van een contractenset`, en: `${name.en}, part of a contract set` } : name;
  const lawName = k.law ? (LAW_NAMES[k.law] ?? { nl: `recht: ${k.law}`, en: `law: ${k.law}` }) : undefined;
  const law = !lawName
    ? { nl: 'geen rechtskeuze gevonden', en: 'no choice of law found' }
    : k.lawSource === 'implied'
      ? { nl: `${lawName.nl} (afgeleid)`, en: `${lawName.en} (inferred)` }
      : lawName;
  return { kind, shortKind: short, law };
}
