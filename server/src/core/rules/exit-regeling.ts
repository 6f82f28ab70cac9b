import type { DocumentRule } from './rule';
import { variantFor } from '../library/clauses';
import { appendClauseFix, lastArticleNumber } from './bepaling-ontbreekt';
import { seamsClear } from '../engine/incrementalScan';
import type { DocumentModel } from '../model/types';
import type { RuleContext } from './rule';

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

/**
 * Article by article, remembered per article text, when that gives what the scans of the whole draft
 * give: every article starts a line and lines end at \n only (and, per pattern, seamsClear: no match
 * crosses or touches a seam between articles). The patterns' lookarounds only test for letters and their
 * matches end in a letter, so an article read alone matches as it does inside the draft.
 */
function blockwise(model: DocumentModel, ctx: RuleContext): boolean {
  if (!ctx.memo || model.blocks.length < 2) return false;
  const { text, blocks } = model;
  for (let i = 1; i < blocks.length; i++) if (text.charCodeAt(blocks[i].span.start - 1) !== 10) return false;
  for (const b of blocks) if (ctx.memo<boolean>('exit-regeling:cr').getOrCreate(b.text, (t) => t.includes('\r'))) return false;
  return true;
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
    const articles = model.nodes.filter((n) => n.kind === 'article').length;
    if (articles < MIN_ARTICLES) return;
    const text = model.text;
    const byBlock = blockwise(model, ctx);
    const clear = (name: string, re: RegExp) => byBlock && seamsClear(model, ctx, `exit-${name}`, re, MAX_MATCH);
    // Matches of a pattern in the whole draft, article by article when the seams allow it.
    const scan = function* (re: RegExp, name: string, blockwiseOk: boolean): Generator<Hit> {
      if (!blockwiseOk) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) yield m;
        return;
      }
      const memo = ctx.memo!<Hit[]>(`exit-regeling:${name}`);
      for (const b of model.blocks) {
        for (const h of memo.getOrCreate(b.text, (t) => matchesIn(t, re))) yield { index: b.span.start + h.index, 0: h[0] };
      }
    };
    let signal: Hit | undefined;
    for (const m of scan(STRONG, 'strong', clear('strong', STRONG_ONE))) {
      if (isCompanyName(text, m.index + m[0].length)) continue;
      signal = m;
      break;
    }
    if (!signal) {
      const kinds = new Map<string, Hit>();
      for (const m of scan(WEAK, 'weak', clear('weak', WEAK_ONE))) {
        if (isCompanyName(text, m.index + m[0].length)) continue;
        const k = m[0].toLowerCase().replace(/[ \t\n]+/g, ' ');
        if (!kinds.has(k)) kinds.set(k, m);
        if (kinds.size >= 2) break;
      }
      if (kinds.size < 2) return;
      signal = [...kinds.values()][0];
    }
    if (clear('return', RETURN_ONE)) {
      const memo = ctx.memo!<boolean>('exit-regeling:return');
      for (const b of model.blocks) if (memo.getOrCreate(b.text, hasExitLine)) return;
    } else if (hasExitLine(text)) return;
    const clause = variantFor('av-exit', ctx.audience);
    ctx.report({
      span: { start: signal.index, end: signal.index + signal[0].length },
      args: { found: signal[0] },
      fixes: clause ? [appendClauseFix(text, clause, lastArticleNumber(model) + 1)] : undefined,
    });
  },
};
