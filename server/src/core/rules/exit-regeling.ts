import type { DocumentRule } from './rule';
import { variantFor } from '../library/clauses';
import { appendClauseFix, lastArticleNumber } from './bepaling-ontbreekt';

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
    STRONG.lastIndex = 0;
    let signal = STRONG.exec(text);
    if (!signal) {
      const kinds = new Map<string, RegExpExecArray>();
      WEAK.lastIndex = 0;
      for (let m = WEAK.exec(text); m && kinds.size < 2; m = WEAK.exec(text)) {
        const k = m[0].toLowerCase().replace(/[ \t\n]+/g, ' ');
        if (!kinds.has(k)) kinds.set(k, m);
      }
      if (kinds.size < 2) return;
      signal = [...kinds.values()][0];
    }
    // Only the lines with a return/export word are read, so a keystroke costs one scan, not a split of the draft.
    RETURN_G.lastIndex = 0;
    for (let m = RETURN_G.exec(text); m; m = RETURN_G.exec(text)) {
      const from = text.lastIndexOf('\n', m.index) + 1;
      let to = text.indexOf('\n', m.index);
      if (to < 0) to = text.length;
      const line = text.slice(from, to);
      if (DATA.test(line) && END.test(line) && !CONFIDENTIALITY.test(line)) return;
      RETURN_G.lastIndex = to;
    }
    const clause = variantFor('av-exit', ctx.audience);
    ctx.report({
      span: { start: signal.index, end: signal.index + signal[0].length },
      args: { found: signal[0] },
      fixes: clause ? [appendClauseFix(text, clause, lastArticleNumber(model) + 1)] : undefined,
    });
  },
};
