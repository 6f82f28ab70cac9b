import type { DocumentRule } from './rule';
import { variantFor } from '../library/clauses';
import { appendClauseFix, lastArticleNumber } from './bepaling-ontbreekt';
import type { DocumentModel } from '../model/types';

// Signals that the draft is about a hosted or data service. Strong: one is enough; weak: two different ones.
const STRONG = /(?<![\p{L}])(?:SaaS|software[ \t-]{1,3}as[ \t-]{1,3}a[ \t-]{1,3}service|cloud\p{L}{0,20}|hosting|gehoste?|online[ \t\n]{1,4}(?:dienst|omgeving|platform|applicatie|administratie)\p{L}{0,10}|webapplicatie\p{L}{0,3}|(?:platform|portaal)[ \t\n]{1,4}van[ \t\n]{1,4}Leverancier)(?![\p{L}])/giu;
const WEAK = /(?<![\p{L}])(?:klantportaal|portaal|databestanden|back-?ups?|persoonsgegevens|(?:opslag|opslaan|bewaren|verwerken|verwerking)[ \t\n]{1,4}van[ \t\n]{1,4}(?:de[ \t\n]{1,4})?(?:gegevens|data|bestanden)|via[ \t\n]{1,4}(?:het[ \t\n]{1,4})?internet|salarisadministratie|administratie)(?![\p{L}])/giu;
// An exit clause: data + end of the contract + giving it back / export / transfer.
const DATA = /gegevens|data|bestanden|content|documenten/i;
const END = /einde|beëindig|afloop|eindigt|exit|na[ \t\n]{1,4}(?:opzegging|ontbinding)/i;
const RETURN = /terug|export|kopie|overdr|overgedragen|retour|beschikbaar|meenemen|migrat|download|opvolgende[ \t\n]{1,4}dienstverlener/i;
const RETURN_G = new RegExp(RETURN.source, 'gi');
const CONFIDENTIALITY = /geheim|vertrouwelijk/i;
const MIN_ARTICLES = 5;
// The same patterns for seamsClear, with a bound on the length of any of their matches (UTF-16 code
// units; a \p{L} may take two).
const STRONG_ONE = new RegExp(STRONG.source, 'iu');
const WEAK_ONE = new RegExp(WEAK.source, 'iu');
const RETURN_ONE = new RegExp(RETURN.source, 'i');
const MAX_MATCH = 64;

interface Hit {
  index: number;
  0: string;
}

/** What the rule reads in one article, remembered per article text: one lookup per article after an edit. */
interface ArticleScan {
  cr: boolean;
  strong: Hit[];
  weak: Hit[];
  exitLine: boolean;
  /** The seam before this article, by the text of the article before it (see seamBits). */
  seam?: { prev: string; bits: number };
}

function scanArticle(t: string): ArticleScan {
  return { cr: t.includes('\r'), strong: matchesIn(t, STRONG), weak: matchesIn(t, WEAK), exitLine: hasExitLine(t) };
}

const PATTERNS: Array<[RegExp, number, boolean]> = [
  [STRONG_ONE, 1, true],
  [WEAK_ONE, 2, true],
  [RETURN_ONE, 4, false],
];

/**
 * Which patterns (bits 1 strong, 2 weak, 4 return) have a match within MAX_MATCH + 1 code units of a seam
 * between two articles, in the draft or in either article alone: `seamsClear` for the three at once, each
 * seam remembered on the later article's entry (checked against the earlier article's text).
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
      const window = text.slice(from, Math.min(text.length, p + w));
      const at = p - from;
      // A remembered seam gets all three bits; otherwise only those not known yet are tested. Lookarounds
      // (strong, weak) can make a match in a half that the window does not have: the halves are tested too.
      for (const [re, bit, halves] of PATTERNS) {
        if (!keyed && out & bit) continue;
        if (re.test(window) || (halves && (re.test(window.slice(0, at)) || re.test(window.slice(at))))) bits |= bit;
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

/** All matches of a global pattern in one text, in order. */
function matchesIn(text: string, re: RegExp): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ index: m.index, 0: m[0] });
  return out;
}

/** Whether a line of `text` holding the start of a return/export word also speaks of data and the end. */
function hasExitLine(text: string): boolean {
  // Only the lines with a return/export word are read, so a keystroke costs one scan, not a split of the draft.
  RETURN_G.lastIndex = 0;
  for (let m = RETURN_G.exec(text); m; m = RETURN_G.exec(text)) {
    const from = text.lastIndexOf('\n', m.index) + 1;
    let to = text.indexOf('\n', m.index);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    if (DATA.test(line) && END.test(line) && !CONFIDENTIALITY.test(line)) return true;
    RETURN_G.lastIndex = to;
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
      default: {
        nl: 'Deze voorwaarden gaan over een dienst waarin gegevens van de klant worden opgeslagen of verwerkt ("{found}"), maar regelen niet wat er met die gegevens gebeurt als de overeenkomst eindigt. De wet kent daarvoor geen regel: zonder exitbepaling mag de leverancier de dienst bij het einde stoppen, en ontstaat juist dan ruzie. Neem een exitregeling op: export in een gangbaar formaat, een termijn na het einde waarin de gegevens nog beschikbaar zijn, hulp bij overdracht en de verwijdering daarna.',
        en: 'These terms cover a service that stores or processes the customer\'s data ("{found}") but do not say what happens to that data when the agreement ends. The law has no rule for it: without an exit clause the supplier may simply stop, and that is exactly when disputes arise. Add an exit clause: export in a common format, a period after the end in which the data stays available, help with migration, and deletion afterwards.',
      },
    },
  },
  check(model, ctx) {
    const articleCount = model.nodes.filter((n) => n.kind === 'article').length;
    if (articleCount < MIN_ARTICLES) return;
    const text = model.text;
    const { blocks } = model;
    // Article by article, remembered per article text, when that gives what the scans of the whole draft
    // give: every article starts a line and lines end at \n only, and (per pattern) no match crosses or
    // touches a seam between articles. The patterns' lookarounds only test for letters and their matches
    // end in a letter, so an article read alone matches as it does inside the draft.
    let articles: ArticleScan[] | undefined;
    let seams = 7;
    if (ctx.memo && blocks.length >= 2) {
      let ok = true;
      for (let i = 1; ok && i < blocks.length; i++) if (text.charCodeAt(blocks[i].span.start - 1) !== 10) ok = false;
      if (ok) {
        const memo = ctx.memo<ArticleScan>('exit-regeling:articles');
        articles = blocks.map((b) => memo.getOrCreate(b.text, scanArticle));
        if (articles.some((a) => a.cr)) articles = undefined;
        else seams = seamBits(model, articles);
      }
    }
    // Matches of a pattern in the whole draft, article by article when the seams allow it.
    const scan = function* (re: RegExp, pick: (a: ArticleScan) => Hit[], bit: number): Generator<Hit> {
      if (!articles || seams & bit) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) yield m;
        return;
      }
      for (let i = 0; i < blocks.length; i++) {
        const base = blocks[i].span.start;
        for (const h of pick(articles[i])) yield { index: base + h.index, 0: h[0] };
      }
    };
    let signal: Hit | undefined;
    for (const m of scan(STRONG, (a) => a.strong, 1)) {
      if (isCompanyName(text, m.index + m[0].length)) continue;
      signal = m;
      break;
    }
    if (!signal) {
      const kinds = new Map<string, Hit>();
      for (const m of scan(WEAK, (a) => a.weak, 2)) {
        if (isCompanyName(text, m.index + m[0].length)) continue;
        const k = m[0].toLowerCase().replace(/[ \t\n]+/g, ' ');
        if (!kinds.has(k)) kinds.set(k, m);
        if (kinds.size >= 2) break;
      }
      if (kinds.size < 2) return;
      signal = [...kinds.values()][0];
    }
    if (articles && !(seams & 4)) {
      if (articles.some((a) => a.exitLine)) return;
    } else if (hasExitLine(text)) return;
    const clause = variantFor('av-exit', ctx.audience);
    ctx.report({
      span: { start: signal.index, end: signal.index + signal[0].length },
      args: { found: signal[0] },
      fixes: clause ? [appendClauseFix(text, clause, lastArticleNumber(model) + 1)] : undefined,
    });
  },
};
