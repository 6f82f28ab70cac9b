import type { DocumentRule } from './rule';
import { carveOutIn, exonerationsOf, type Exoneration } from '../text/exonerations';
import { hasTrigger, triggerWords } from '../text/triggerWords';
import { sentences } from '../text/pieces';
import type { Block } from '../model/types';
import type { GenerationalMemo } from '../engine/incrementalMemo';

// A carve-out meant for every limitation in the draft: "de beperkingen in deze voorwaarden gelden niet bij opzet ...".
// A carve-out covers every limitation in the draft only when it says so: "deze voorwaarden", "alle
// beperkingen". One that names "de overeenkomst" is usually one exemption's own carve-out, and one
// scoped to "dit artikel" or "de vorige leden" covers that article only (which inBlock reads).
const GENERAL_SCOPE = /deze[ \t\n]{1,4}(?:algemene[ \t\n]{1,4})?voorwaarden|de[ \t\n]{1,4}voorwaarden|(?:iedere|elke|alle)[ \t\n]{1,4}(?:beperking|uitsluiting|beperkingen|uitsluitingen)/i;
const ARTICLE_SCOPE = /dit[ \t\n]{1,4}(?:artikel|lid)|(?:vorige|voorgaande|bovenstaande)[ \t\n]{1,4}leden/i;
const PARTY = /(?<![\p{L}])(Leverancier|Opdrachtnemer|Ondernemer|Verkoper|Dienstverlener|Aanbieder|Verhuurder|Gebruiker|[A-Z]{2,6})(?![\p{L}])/u;
const NOT_A_PARTY = new Set(['BW', 'AVG', 'CBS', 'SLA', 'BTW', 'EUR', 'KVK']);

type CarveOut = 'full' | 'intent' | undefined;

// A carve-out for intent holds "opzet" (CARVE_OUT_INTENT in text/exonerations.ts): an article without it has none.
const OPZET_GATE = triggerWords(['opzet']);

/** What the rule reads in one article: its exemption clauses, its general carve-out, its own carve-out. */
interface ArticleExonerations {
  found: Exoneration[];
  /** The strongest carve-out meant for the whole draft in this article's sentences. */
  general: CarveOut;
  /** carveOutIn of the whole article, read only when it has an exemption clause. */
  inBlock: CarveOut;
}

function readArticle(block: Block): ArticleExonerations {
  const found = exonerationsOf(block);
  let general: CarveOut;
  if (hasTrigger(block, OPZET_GATE)) {
    for (const s of sentences(block.text)) {
      const c = carveOutIn(s.text);
      if (c && GENERAL_SCOPE.test(s.text) && !ARTICLE_SCOPE.test(s.text)) general = general === 'full' ? 'full' : c;
    }
  }
  return { found, general, inBlock: found.length ? carveOutIn(block.text) : undefined };
}

// Per-article results by text, so an edit re-reads only the changed article (this is a document rule
// because one general carve-out covers all articles). The Analyzer's memo when there is one (it drops
// entries of articles that are gone); otherwise no caching.
function cachedArticle(block: Block, memo: GenerationalMemo<ArticleExonerations> | undefined): ArticleExonerations {
  let found = memo?.get(block.text);
  if (!found) {
    found = readArticle(block);
    memo?.set(block.text, found);
  }
  return found;
}

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'exoneratie-opzet',
    category: 'wet',
    defaultSeverity: 'warning',
    title: { nl: 'Exoneratie zonder uitzondering voor opzet en bewuste roekeloosheid', en: 'Exemption clause without a carve-out for intent and recklessness' },
    messages: {
      default: {
        nl: 'Deze uitsluiting of beperking van aansprakelijkheid maakt geen uitzondering voor opzet of bewuste roekeloosheid. Daarvoor kan een gebruiker zich niet exonereren, ook niet voor opzet of bewuste roekeloosheid van zijn leidinggevenden (vaste rechtspraak van de Hoge Raad over artikel 6:248 lid 2 BW). Neem de uitzondering op, dan blijft de rest van het beding beter overeind.',
        en: 'This exclusion or limitation of liability makes no exception for intent or deliberate recklessness. A user cannot exclude liability for those, including those of its senior staff (Dutch Supreme Court case law; article 6:248(2) BW). Add the carve-out so that the rest of the clause is more likely to stand.',
      },
      partial: {
        nl: 'Deze uitsluiting of beperking van aansprakelijkheid maakt wel een uitzondering voor opzet, maar niet voor bewuste roekeloosheid. Ook voor bewuste roekeloosheid van de gebruiker of zijn leidinggevenden kan niet worden geëxonereerd.',
        en: 'This exclusion or limitation of liability carves out intent but not deliberate recklessness. Liability for deliberate recklessness of the user or its senior staff cannot be excluded either.',
      },
    },
  },
  check(model, ctx) {
    if (!/aansprakelijk/i.test(model.text)) return;
    const memo = ctx.memo?.<ArticleExonerations>('exoneratie-opzet:articles');
    const perBlock = model.blocks.map((b) => ({ block: b, read: cachedArticle(b, memo) }));
    if (!perBlock.some((x) => x.read.found.length)) return;
    // One general carve-out covers the whole draft: the strongest found in any article.
    let general: CarveOut;
    for (const { read } of perBlock) if (read.general) general = general === 'full' ? 'full' : read.general === 'full' ? 'full' : 'intent';
    if (general === 'full') return;
    for (const { block, read } of perBlock) {
      const { found, inBlock } = read;
      if (!found.length) continue;
      if (inBlock === 'full') continue;
      for (const e of found) {
        const base = block.span.start;
        const partial = inBlock === 'intent' || general === 'intent' || carveOutIn(e.sentence.text) === 'intent';
        const s = e.sentence;
        const m = PARTY.exec(s.text);
        // A mutual exclusion ("Partijen zijn niet aansprakelijk ...") carves out for whichever party it is.
        const mutual = /(?<![\p{L}])(?:partijen|een[ \t]+partij|geen[ \t]+van[ \t]+(?:beide[ \t]+)?partijen)(?![\p{L}])/iu.test(s.text.slice(0, e.start - s.start));
        const party = mutual ? 'de betrokken partij' : m && !NOT_A_PARTY.has(m[1]) ? m[1] : '[Leverancier]';
        const insertAt = base + (/[.;]$/.test(s.text) ? s.end - 1 : s.end);
        const addition = `, behoudens opzet of bewuste roekeloosheid van ${party} of zijn leidinggevenden`;
        ctx.report({
          span: { start: base + e.start, end: base + e.end },
          messageId: partial ? 'partial' : 'default',
          fixes: partial
            ? undefined
            : [
                {
                  title: { nl: 'Uitzondering voor opzet en bewuste roekeloosheid toevoegen', en: 'Add the carve-out for intent and deliberate recklessness' },
                  edits: [{ span: { start: insertAt, end: insertAt }, newText: addition }],
                  preferred: true,
                },
              ],
        });
      }
    }
  },
};
