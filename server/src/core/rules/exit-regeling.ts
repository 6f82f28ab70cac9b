import type { DocumentRule } from '../kit/rule';
import { variantFor } from '../library/clauses';
import { appendClauseFixes, fixAudience, isFullDraft, lastArticleNumber, titleOf } from './bepaling-ontbreekt';
import type { Block, DocumentModel } from '../model/types';
import { matchesNear, triggerWords } from '../text/triggerWords';
import { blocksStartLines, windowHasTrigger } from '../engine/seams';

// Signals that the draft is about a hosted or data service. Strong: one is enough; weak: two different ones.
const STRONG = /(?<![\p{L}])(?:SaaS|software[ \t-]{1,3}as[ \t-]{1,3}a[ \t-]{1,3}service|cloud\p{L}{0,20}|hosting(?:dienst|contract|overeenkomst|pakket|abonnement)?\p{L}{0,2}|gehoste?|online[ \t\n]{1,4}(?:dienst|omgeving|platform|applicatie|administratie)\p{L}{0,10}|webapplicatie\p{L}{0,3}|(?:platform|portaal)[ \t\n]{1,4}van[ \t\n]{1,4}Leverancier)(?![\p{L}])/giu;
const WEAK = /(?<![\p{L}])(?:klantportaal|portaal|databestanden|back-?ups?|persoonsgegevens|(?:opslag|opslaan|bewaren|verwerken|verwerking)[ \t\n]{1,4}van[ \t\n]{1,4}(?:de[ \t\n]{1,4})?(?:gegevens|data|bestanden)|via[ \t\n]{1,4}(?:het[ \t\n]{1,4})?internet|salarisadministratie|administratie)(?![\p{L}])/giu;
// An exit clause: data + end of the contract + giving it back / export / transfer.
const DATA = /gegevens|data|bestanden|content|documenten/i;
// A hosted website or webshop is the customer's data as much as its files are ("staat de opdrachtgever zelf
// in voor de transfer van de website bij beëindiging"), but only a sentence that moves it is about the exit:
// the supplier's own "Website" is often where something is "beschikbaar".
const SITE = /website|webshop/i;
const MOVE = /overdr|overgedragen|transfer|verhuis|verhuiz|migrat|meenemen|export|kopie/i;
// The data words and the site words, where denialIn starts to read a sentence.
const DATA_G = new RegExp(`${DATA.source}|${SITE.source}`, 'gi');
const END = /einde|beëindig|afloop|eindigt|exit|na[ \t\n]{1,4}(?:opzegging|ontbinding)/i;
const RETURN = /terug|export|kopie|overdr|overgedragen|retour|beschikbaar|meenemen|migrat|transfer|verhuis|verhuiz|download|opvolgende[ \t\n]{1,4}dienstverlener/i;
const RETURN_G = new RegExp(RETURN.source, 'gi');
const CONFIDENTIALITY = /geheim|vertrouwelijk/i;
// A sentence that says the supplier need not give the data back, or that the customer must see to it
// himself, is the opposite of an exit clause; a copy that is destroyed is not handed over.
const NO_EXIT = /niet[ \t\n]{1,4}(?:verplicht|gehouden)|zelf[ \t\n-]{0,3}verantwoordelijk|zelf[ \t\n]{1,4}(?:zorg|in[ \t\n]{1,4}voor)|geen[ \t\n]{1,4}toegang/i;
const DESTROY = /verwijder|vernietig|wissen|gewist/i;
const RETURN_NOT_COPY = new RegExp(RETURN.source.replace('kopie|', ''), 'i');
// The same patterns for the seam windows (seamBits), with a bound on the length of any of their
// matches (UTF-16 code units; a \p{L} may take two).
const STRONG_ONE = new RegExp(STRONG.source, 'iu');
const WEAK_ONE = new RegExp(WEAK.source, 'iu');
const RETURN_ONE = new RegExp(RETURN.source, 'i');
const MAX_MATCH = 64;
// Literal gates (docrules.gates.test.ts: every match holds one of its words, starting at most BACK
// units into the match): the patterns are tried only where a word occurs, and a seam window without one
// is not tested.
export const STRONG_WORDS = ['saas', 'software', 'cloud', 'hosting', 'gehost', 'online', 'webapplicatie', 'platform', 'portaal'];
export const WEAK_WORDS = ['portaal', 'databestanden', 'back', 'persoonsgegevens', 'opsla', 'bewaren', 'verwerk', 'via', 'administratie'];
/** "klantportaal", "salarisadministratie": the weak pattern's words start up to 8 units into a match. */
export const WEAK_BACK = 8;
export const RETURN_WORDS = ['terug', 'export', 'kopie', 'overdr', 'overgedragen', 'retour', 'beschikbaar', 'meenemen', 'migrat', 'transfer', 'verhuis', 'verhuiz', 'download', 'opvolgende'];
const STRONG_GATE = triggerWords(STRONG_WORDS);
const WEAK_GATE = triggerWords(WEAK_WORDS);
const RETURN_GATE = triggerWords(RETURN_WORDS);
// A seam follows a \n, so a return match can run across it only when it holds a line break, and only
// the "opvolgende ... dienstverlener" alternative can: its word gates the return pattern's seam windows.
const RETURN_SEAM_GATE = triggerWords(['opvolgende']);
export { STRONG, WEAK, RETURN_G };

interface Hit {
  index: number;
  0: string;
}

/** What the rule reads in one article, remembered per article text when there is a memo: one lookup per article after an edit. */
interface ArticleScan {
  cr: boolean;
  strong: Hit[];
  weak: Hit[];
  exitLine: boolean;
  /** The seam before this article, by the text of the article before it (see seamBits). */
  seam?: { prev: string; bits: number };
}

function scanArticle(b: Block): ArticleScan {
  return {
    cr: b.text.includes('\r'),
    strong: matchesNear(b, STRONG, STRONG_GATE, 0),
    weak: matchesNear(b, WEAK, WEAK_GATE, WEAK_BACK),
    exitLine: exitLineIn(b),
  };
}

const PATTERNS: Array<[RegExp, number, boolean, number[]]> = [
  [STRONG_ONE, 1, true, STRONG_GATE],
  [WEAK_ONE, 2, true, WEAK_GATE],
  [RETURN_ONE, 4, false, RETURN_SEAM_GATE],
];

/**
 * Which patterns (bits 1 strong, 2 weak, 4 return) have a match within MAX_MATCH + 1 code units of a seam
 * between two articles, in the draft or in either article alone, for the three at once, each
 * seam remembered on the later article's entry (checked against the earlier article's text). A window
 * without one of a pattern's gate words is not tested (for the return pattern: without "opvolgende").
 */
function seamBits(model: DocumentModel, articles: ArticleScan[]): number {
  const { text, blocks } = model;
  const w = MAX_MATCH + 1;
  let out = 0;
  for (let i = 1; i < blocks.length && out !== 7; i++) {
    const prev = blocks[i - 1];
    const cur = blocks[i];
    const p = cur.span.start;
    const keyed = p - prev.span.start >= w && cur.span.end - p >= w;
    // Kept on the later article's entry: no lookup of its own.
    const e = keyed ? articles[i].seam : undefined;
    let bits = e !== undefined && e.prev === prev.text ? e.bits : -1;
    if (bits < 0) {
      bits = 0;
      const from = Math.max(0, p - w);
      const to = Math.min(text.length, p + w);
      // A remembered seam gets all three bits; otherwise only those not known yet are tested. Lookarounds
      // (strong, weak) can make a match in a half that the window does not have: the halves are tested too.
      for (const [re, bit, halves, gate] of PATTERNS) {
        if (!keyed && out & bit) continue;
        if (!windowHasTrigger(blocks, i, from, to, gate)) continue;
        const window = text.slice(from, to);
        if (re.test(window) || (halves && (re.test(window.slice(0, p - from)) || re.test(window.slice(p - from))))) bits |= bit;
      }
      if (keyed) articles[i].seam = { prev: prev.text, bits };
    }
    out |= bits;
  }
  return out;
}

// "Voorbeeld Cloud B.V.": a word in a party's name says nothing about the service.
const LEGAL_FORM_AFTER = /^[ \t]{0,3}(?:[\p{L}&-]{1,20}[ \t]{1,3}){0,3}(?:B\.?V\.?|N\.?V\.?|V\.O\.F\.|GmbH|Ltd\.?|Inc\.?)(?![\p{L}])/u;

function isCompanyName(text: string, end: number): boolean {
  return LEGAL_FORM_AFTER.test(text.slice(end, end + 80));
}

// "de online platforms die wij gebruiken om te communiceren": a tool the user works with, not the service it
// provides to the customer.
const TOOL_AFTER = /^[ \t\n]{1,4}(?:die|dat)[ \t\n]{1,4}(?:wij|we|ik)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?(?:gebruiken|gebruik|hanteren|hanteer)(?![\p{L}])/iu;

// "storingen bij hosting- of netwerkleveranciers": the first part of a compound whose head is a supplier of the
// user ("hosting- en cloudproviders"), not the service it provides.
const SUPPLIER_COMPOUND = /^-[ \t\n]{1,4}(?:of|en|en\/of)[ \t\n]{1,4}\p{L}{0,30}?(?:leverancier|provider|aanbieder|partner|partij|dienstverlener)s?(?![\p{L}])/iu;

/** Whether the signal that ends at `end` names a party, a supplier or a tool of the user rather than the service. */
function notTheService(text: string, end: number): boolean {
  return isCompanyName(text, end) || TOOL_AFTER.test(text.slice(end, end + 80)) || SUPPLIER_COMPOUND.test(text.slice(end, end + 80));
}

// Software the licensee installs itself ("op locatie installeert", "on-premise"): the licensor holds no data
// of the customer, even where the licence also allows the software to be run as a hosted service by
// someone else. Only a licence that names its own SaaS or "software as a service" still holds data.
const INSTALLED = /installeert|installeren|geïnstalleerd|installatie|on[ \t-]?premises?(?![\p{L}])|op[ \t\n]{1,4}(?:uw|eigen|de[ \t\n]{1,4}eigen)[ \t\n]{1,4}(?:locatie|servers?|systemen|apparatuur)/iu;
const OWN_SAAS = /^(?:SaaS|software[ \t-]{1,3}as[ \t-]{1,3}a[ \t-]{1,3}service)$/i;

/** Whether the draft licenses software the customer installs, and the service signal found is no SaaS of the licensor. */
function installedLicence(model: DocumentModel, found: string): boolean {
  return model.documentKind?.kind === 'licentie' && !OWN_SAAS.test(found) && INSTALLED.test(model.text);
}

/**
 * The first sentence that lets the supplier keep, wipe or withhold the data at the end ("is niet verplicht
 * een kopie te verschaffen", "mag alle gegevens wissen", "is Klant zelf verantwoordelijk voor de export"):
 * where the draft touches the exit and denies it, the finding belongs there. Read only when the rule reports.
 */
function denialIn(text: string): { start: number; end: number } | undefined {
  // The sentences (runs of text between full stops, semicolons and line breaks, with the stop) that speak of
  // data or a site, found from those words: a sentence without one is never read.
  DATA_G.lastIndex = 0;
  for (let d = DATA_G.exec(text); d; d = DATA_G.exec(text)) {
    let from = d.index;
    while (from > 0 && !isSentenceStop(text.charCodeAt(from - 1))) from--;
    let to = d.index;
    while (to < text.length && !isSentenceStop(text.charCodeAt(to))) to++;
    if (to < text.length && text.charCodeAt(to) !== 10) to++;
    const s = text.slice(from, to);
    if (END.test(s) && !CONFIDENTIALITY.test(s) && (NO_EXIT.test(s) || (DESTROY.test(s) && !RETURN_NOT_COPY.test(s)))) {
      const lead = /^\s*/.exec(s)![0].length;
      return { start: from + lead, end: from + s.trimEnd().length };
    }
    DATA_G.lastIndex = to;
  }
  return undefined;
}

// The title of the article on duration and termination, where an exit clause belongs ("Duur en beëindiging",
// "Einde van de overeenkomst", "Opzegging"); one on duration alone ("Duur van de Opdracht") only where there is none.
const TERMINATION_TITLE = /beëindig|(?<![\p{L}])einde(?![\p{L}])|opzeg|ontbind/iu;
const DURATION_TITLE = /(?<![\p{L}])(?:duur|looptijd)(?![\p{L}])/iu;

/** The title of the first article (or clause) on termination, or else on duration, where a draft without an exit clause is best told so. */
function terminationTitle(model: DocumentModel): { start: number; end: number } | undefined {
  let duration: { start: number; end: number } | undefined;
  for (const n of model.nodes) {
    if (n.kind !== 'article' && n.kind !== 'clause') continue;
    const title = titleOf(model, n);
    if (!title) continue;
    if (TERMINATION_TITLE.test(title.text)) return { start: title.start, end: title.end };
    if (!duration && DURATION_TITLE.test(title.text)) duration = { start: title.start, end: title.end };
  }
  return duration;
}

/** A full stop, semicolon or line break: where denialIn's sentences end. */
function isSentenceStop(c: number): boolean {
  return c === 46 || c === 59 || c === 10;
}

/** The end of the line of `text` at `at`, and whether that line also speaks of data and the end. */
function exitLineAt(text: string, at: number): [boolean, number] {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  const line = text.slice(from, to);
  if (!END.test(line) || CONFIDENTIALITY.test(line)) return [false, to];
  // Sentence by sentence: data and a return word in one sentence that does not deny the exit.
  const found = line
    .split(/(?<=[.;])[ \t]+/)
    .some((s) => (DATA.test(s) || (SITE.test(s) && MOVE.test(s))) && !NO_EXIT.test(s) && (DESTROY.test(s) ? RETURN_NOT_COPY.test(s) : RETURN.test(s)));
  return [found, to];
}

/** Whether a line of `text` holding the start of a return/export word also speaks of data and the end. */
export function hasExitLine(text: string): boolean {
  // Only the lines with a return/export word are read, so a keystroke costs one scan, not a split of the draft.
  RETURN_G.lastIndex = 0;
  for (let m = RETURN_G.exec(text); m; m = RETURN_G.exec(text)) {
    const [found, to] = exitLineAt(text, m.index);
    if (found) return true;
    RETURN_G.lastIndex = to;
  }
  return false;
}

/**
 * hasExitLine(block.text), trying the return pattern only at its words. Each line is read once, at its
 * first match. A match that runs on past its line (only "opvolgende ... dienstverlener" can) holds no
 * other return word in that tail, so the lines with a match are those hasExitLine reads.
 */
export function exitLineIn(block: Block): boolean {
  const text = block.text;
  let read = 0;
  for (const m of matchesNear(block, RETURN_G, RETURN_GATE, 0)) {
    if (m.index < read) continue;
    const [found, to] = exitLineAt(text, m.index);
    if (found) return true;
    read = to;
  }
  return false;
}

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'exit-regeling',
    category: 'praktijk',
    defaultSeverity: 'warning',
    title: { nl: 'Geen exitregeling voor gegevens', en: 'No exit arrangement for data' },
    messages: {
      denied: {
        nl: 'Deze voorwaarden gaan over een dienst waarin gegevens van de klant worden opgeslagen of verwerkt ("{found}"). Deze bepaling laat de leverancier de gegevens bij het einde wissen of achterhouden, of laat de klant er zelf voor zorgen, en nergens regelen de voorwaarden teruggave of export. De wet kent daarvoor geen regel: zonder exitbepaling mag de leverancier de dienst bij het einde stoppen. Neem een exitregeling op: export in een gangbaar formaat, een termijn na het einde waarin de gegevens nog beschikbaar zijn, hulp bij overdracht en pas daarna de verwijdering.',
        en: 'These terms cover a service that stores or processes the customer\'s data ("{found}"). This clause lets the supplier wipe or withhold the data at the end, or leaves it to the customer, and nowhere do the terms provide for return or export. The law has no rule for it: without an exit clause the supplier may simply stop. Add an exit clause: export in a common format, a period after the end in which the data stays available, help with migration, and only then deletion.',
      },
      default: {
        nl: 'Deze voorwaarden gaan over een dienst waarin gegevens van de klant worden opgeslagen of verwerkt ("{found}"), maar regelen niet wat er met die gegevens gebeurt als de overeenkomst eindigt. De wet kent daarvoor geen regel: zonder exitbepaling mag de leverancier de dienst bij het einde stoppen, en ontstaat juist dan ruzie. Neem een exitregeling op: export in een gangbaar formaat, een termijn na het einde waarin de gegevens nog beschikbaar zijn, hulp bij overdracht en de verwijdering daarna.',
        en: 'These terms cover a service that stores or processes the customer\'s data ("{found}") but do not say what happens to that data when the agreement ends. The law has no rule for it: without an exit clause the supplier may simply stop, and that is exactly when disputes arise. Add an exit clause: export in a common format, a period after the end in which the data stays available, help with migration, and deletion afterwards.',
      },
    },
  },
  check(model, ctx) {
    if (!isFullDraft(model)) return;
    const text = model.text;
    const { blocks } = model;
    // Article by article (remembered per article text when there is a memo), when that gives what the
    // scans of the whole draft give: every article starts a line and lines end at \n only, and (per
    // pattern) no match crosses or touches a seam between articles. The patterns' lookarounds only test
    // for letters and their matches end in a letter, so an article read alone matches as it does inside
    // the draft.
    let articles: ArticleScan[] | undefined;
    let seams = 7;
    if (blocks.length >= 2 && blocksStartLines(text, blocks)) {
      const memo = ctx.memo?.<ArticleScan>('exit-regeling:articles');
      articles = memo ? blocks.map((b) => memo.getOrCreate(b.text, () => scanArticle(b))) : blocks.map(scanArticle);
      if (articles.some((a) => a.cr)) articles = undefined;
      else seams = seamBits(model, articles);
    }
    // The matches of a pattern in the whole draft, in order, article by article when the seams allow it,
    // each handed to `visit` (at its offset in the draft) until it returns true.
    const scan = (re: RegExp, strong: boolean, bit: number, visit: (index: number, found: string) => boolean): void => {
      if (!articles || seams & bit) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) if (visit(m.index, m[0])) return;
        return;
      }
      for (let i = 0; i < blocks.length; i++) {
        const base = blocks[i].span.start;
        for (const h of strong ? articles[i].strong : articles[i].weak) if (visit(base + h.index, h[0])) return;
      }
    };
    let signal: Hit | undefined;
    scan(STRONG, true, 1, (index, found) => {
      if (notTheService(text, index + found.length)) return false;
      signal = { index, 0: found };
      return true;
    });
    if (!signal) {
      const kinds = new Map<string, Hit>();
      scan(WEAK, false, 2, (index, found) => {
        if (notTheService(text, index + found.length)) return false;
        const k = found.toLowerCase().replace(/[ \t\n]+/g, ' ');
        if (!kinds.has(k)) kinds.set(k, { index, 0: found });
        return kinds.size >= 2;
      });
      if (kinds.size < 2) return;
      signal = [...kinds.values()][0];
    }
    if (articles && !(seams & 4)) {
      if (articles.some((a) => a.exitLine)) return;
    } else if (hasExitLine(text)) return;
    if (installedLicence(model, signal[0])) return;
    const clause = variantFor('av-exit', fixAudience(ctx));
    const denial = denialIn(text);
    ctx.report({
      span: denial ?? terminationTitle(model) ?? { start: signal.index, end: signal.index + signal[0].length },
      messageId: denial ? 'denied' : 'default',
      args: { found: signal[0] },
      fixes: clause ? appendClauseFixes(model, clause, lastArticleNumber(model) + 1) : undefined,
    });
  },
};
