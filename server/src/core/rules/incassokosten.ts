import type { BlockRule } from '../kit/rule';
import type { Block } from '../model/types';
import type { Localized } from '../types';
import { matchesIn, triggerWords } from '../text/triggerWords';
import { pieceAt, sentencesOf, paragraphsOf } from '../text/pieces';
import facts from '../law/data/facts.json';

interface Step {
  upTo: number | null;
  rate: number;
}
const STAFFEL = facts.incasso.staffel as Step[];
const MINIMUM = facts.incasso.minimum;
const MAXIMUM = facts.incasso.maximum;

/** The statutory fee for a principal (Besluit vergoeding voor buitengerechtelijke incassokosten). */
export function statutoryFee(principal: number): number {
  let fee = 0;
  let from = 0;
  for (const s of STAFFEL) {
    const to = s.upTo ?? Infinity;
    if (principal > from) fee += ((Math.min(principal, to) - from) * s.rate) / 100;
    from = to;
  }
  return Math.min(MAXIMUM, Math.max(MINIMUM, fee));
}

// Also the words of 6:96 lid 2 sub c BW ("kosten ter verkrijging van voldoening buiten rechte"), and the costs listed around the word: "alle kosten, zowel gerechtelijke als buitengerechtelijke, ..." (bounded gap).
export const COLLECTION = /incassokosten|incasso-kosten|invorderingskosten|kosten[ \t\n]{1,4}van[ \t\n]{1,4}(?:invordering|incasso)|buitengerechtelijke[ \t\n]{1,4}kosten|kosten[ \t\n]{1,4}ter[ \t\n]{1,4}verkrijging[ \t\n]{1,4}van[ \t\n]{1,4}voldoening[ \t\n]{1,4}buiten[ \t\n]{1,4}rechte|(?<![\p{L}])kosten[ \t\n,]{1,4}(?:[^.;:\n]{0,60}?[ \t\n,]{1,4})?(?:zowel[ \t\n]{1,4})?gerechtelijke[ \t\n]{1,4}(?:als|en|of)[ \t\n]{1,4}buitengerechtelijke(?![\p{L}])/giu;
// Every COLLECTION match holds one of these words (incassokosten.test.ts proves it).
export const COLLECTION_WORDS = ['incasso', 'invordering', 'buitengerechtelijke', 'voldoening'];
const COLLECTION_GATE = triggerWords(COLLECTION_WORDS);
const PERCENT = /(\d{1,3}(?:[,.]\d{1,2})?)[ \t]{0,2}(?:%|procent)/iu;
const MIN_AMOUNT = /minimum[ \t\n]{1,4}(?:van[ \t\n]{1,4})?(?:€|EUR|euro)?[ \t]{0,2}(\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?)(?:,-)?/iu;
const FLAT_AMOUNT = /(?:€|EUR)[ \t]{0,2}(\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?)|(\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?)[ \t]{0,2}euro/iu;
// The VAT uplift of Besluit art. 2 lid 3: "vermeerderd met btw", "exclusief omzetbelasting".
const VAT = /btw|b\.t\.w\.|omzetbelasting/i;
// The statute by its name too: "conform de Wet incassokosten (WIK)", "Wet normering buitengerechtelijke incassokosten".
const STATUTORY = /staffel|Besluit[ \t\n]{1,4}vergoeding|Wet[ \t\n]{1,4}(?:normering[ \t\n]{1,4})?(?:buitengerechtelijke[ \t\n]{1,4})?incassokosten|\(W[Ii][Kk]\)|wettelijke[ \t\n]{1,4}(?:regeling|maxim|tarie|staffel|incassokosten)|volgens[ \t\n]{1,4}de[ \t\n]{1,4}wet|wettelijk[ \t\n]{1,4}(?:toegestane|maximum)|6:96/i;
const NO_LETTER = /zonder[ \t\n]{1,4}(?:dat[ \t\n]{1,4}(?:daartoe[ \t\n]{1,4})?)?(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?(?:aanmaning|ingebrekestelling|sommatie|herinnering)|(?:direct|onmiddellijk|terstond)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?verschuldigd/iu;
// A report of the collection trade that the Besluit replaced as the measure ("Rapport Voorwerk II").
const VOORWERK = /(?:rapport[ \t\n]{1,4})?voorwerk[ \t\n]{1,4}(?:II|2)(?![\p{L}\p{N}])/iu;
// The fourteen-day letter of 6:96 lid 6 named in the clause.
const FOURTEEN_DAYS = /(?:veertien|14)[ \t\n]{1,4}(?:\((?:14|veertien)\)[ \t\n]{1,4})?dagen/i;
// The letter itself: fourteen days in a sentence that speaks of a reminder, not the payment term of the invoice
// ("binnen 14 dagen na factuurdatum").
const REMINDER = /aanmaning|herinnering|sommatie|ingebrekestelling|in[ \t\n]{1,4}gebreke|aangemaand|gemaand|brief/i;
const fourteenDayLetter = (block: Block) => sentencesOf(block).some((x) => FOURTEEN_DAYS.test(x.text) && REMINDER.test(x.text));
// A penalty for late payment: "verbeurt hij een boete van 15% over het nog verschuldigde bedrag".
const PENALTY = /boete[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:van[ \t\n]{1,4})?\d{1,3}(?:[,.]\d{1,2})?[ \t]{0,2}(?:%|procent)/giu;
const LATE_PAYMENT = /te[ \t\n]{1,4}late|tijdig|in[ \t\n]{1,4}gebreke|verzuim|betalingstermijn|vervaldag/i;
const PAYMENT = /geldsom|betaling|voldoening|betaal|factuur|verschuldigde[ \t\n]{1,4}bedrag|openstaande/i;
const PENALTY_GATE = triggerWords(['boete']);
const BUSINESS_ONLY = /rechtspersoon|uitoefening[ \t\n]{1,4}van[ \t\n]{1,4}(?:een|zijn|haar)[ \t\n]{1,4}beroep|zakelijke[ \t\n]{1,4}(?:klant|afnemer|opdrachtgever|wederpartij)|handelsovereenkomst/i;

const num = (s: string) => Number(s.replace(/\./g, '').replace(',', '.'));
// What n.toLocaleString('nl-NL', …) gives, with the two formatters built once instead of on every call.
const WHOLE = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const CENTS = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const euro = (n: number) => `€ ${(n % 1 ? CENTS : WHOLE).format(n)}`;

/** The first principal at which a flat rate (with an optional minimum) exceeds the statutory fee. */
function firstExcess(rate: number, minimum: number | undefined): { principal: number; asked: number; allowed: number } | undefined {
  const candidates = [1, 100, 250, 267, 500, 1000, 2500, 3000, 5000, 7500, 10000, 20000, 50000, 100000, 200000, 500000, 1000000, 2000000];
  for (const p of candidates) {
    const asked = Math.max(minimum ?? 0, (p * rate) / 100);
    const allowed = statutoryFee(p);
    if (asked > allowed + 0.005) return { principal: p, asked, allowed };
  }
  return undefined;
}

/** A flat rate above the scale, shown on a principal where the difference tells: € 100,000 if it exceeds there. */
function telling(rate: number, minimum: number | undefined): ReturnType<typeof firstExcess> {
  const asked = Math.max(minimum ?? 0, rate * 1000);
  const allowed = statutoryFee(100000);
  if (asked > allowed + 0.005) return { principal: 100000, asked, allowed };
  return firstExcess(rate, minimum);
}

/** The worked example of a message: principal, what the clause asks, what the scale gives, and the VAT note. */
function excessArgs(e: NonNullable<ReturnType<typeof firstExcess>>, sentence: string): Record<string, string | Localized> {
  return { principal: euro(e.principal), asked: euro(e.asked), allowed: euro(e.allowed), vat: vatNote(sentence) };
}

/** Where the clause adds VAT: the uplift of Besluit art. 2 lid 3 and its conditions. */
function vatNote(sentence: string): Localized {
  if (!VAT.test(sentence)) return { nl: '', en: '' };
  return {
    nl: ' De verhoging met btw mag alleen als de schuldeiser de btw over de incassodienst niet kan verrekenen en dat nadrukkelijk verklaart (Besluit, art. 2 lid 3).',
    en: ' The VAT uplift is allowed only where the creditor cannot deduct the VAT on the collection service and expressly declares so (Besluit, art. 2(3)).',
  };
}

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'incassokosten',
    category: 'wet',
    defaultSeverity: 'warning',
    title: { nl: 'Incassokosten boven wat de wet toestaat', en: 'Collection costs above what the law allows' },
    messages: {
      b2cAbove: {
        nl: 'Tegenover een consument zijn de incassokosten dwingend begrensd door de staffel van het Besluit vergoeding voor buitengerechtelijke incassokosten (BWBR0031432, art. 2; artikel 6:96 lid 5 BW): 15% over de eerste € 2.500, 10% over de volgende € 2.500, 5% over de volgende € 5.000, 1% tot € 200.000 en 0,5% daarboven, minimaal € 40 en maximaal € 6.775. Dit beding vraagt meer: bij een hoofdsom van {principal} is dat {asked}, terwijl de staffel {allowed} toestaat. Verwijs naar de wettelijke staffel.{vat}',
        en: 'Toward a consumer, collection costs are capped by the scale of the Besluit vergoeding voor buitengerechtelijke incassokosten (BWBR0031432, art. 2; article 6:96(5) BW): 15% of the first € 2,500, 10% of the next € 2,500, 5% of the next € 5,000, 1% up to € 200,000 and 0.5% above, at least € 40 and at most € 6,775. This clause asks more: on a principal of {principal} it comes to {asked} where the scale allows {allowed}. Refer to the statutory scale.{vat}',
      },
      b2cLetter: {
        nl: 'Een consument is incassokosten pas verschuldigd na een aanmaning die hem veertien dagen geeft om alsnog te betalen en die de gevolgen en de kosten noemt (artikel 6:96 lid 6 BW, de "veertiendagenbrief"). Dit beding maakt ze eerder of zonder aanmaning verschuldigd.',
        en: 'A consumer owes collection costs only after a reminder giving fourteen days to pay and stating the consequences and costs (article 6:96(6) BW). This clause makes them due earlier or without that reminder.',
      },
      b2bAboveScale: {
        nl: 'Tussen bedrijven bindt een bedongen vergoeding voor incassokosten in beginsel, maar de rechter kan haar als boete matigen (artikel 6:94 BW) en toetsen aan de redelijkheid en billijkheid (artikel 6:248 lid 2 BW). Zonder beding geldt ook tussen bedrijven de staffel van het Besluit vergoeding voor buitengerechtelijke incassokosten (BWBR0031432, art. 2). Dit beding vraagt meer: bij een hoofdsom van {principal} is dat {asked}, de staffel geeft {allowed}.{vat}',
        en: 'Between businesses a stipulated fee for collection costs binds in principle, but a court may reduce it as a penalty (article 6:94 BW) and test it against reasonableness and fairness (article 6:248(2) BW). Without a clause the scale of the Besluit vergoeding voor buitengerechtelijke incassokosten (BWBR0031432, art. 2) applies between businesses too. This clause asks more: on a principal of {principal} it comes to {asked}; the scale gives {allowed}.{vat}',
      },
      voorwerk: {
        nl: 'Sinds 1 juli 2012 regelt het Besluit vergoeding voor buitengerechtelijke incassokosten (Stb. 2012, 141; BWBR0031432), op grond van artikel 6:96 BW, de vergoeding voor incassokosten. Een berekening "volgens Rapport Voorwerk II" verwijst naar een maatstaf uit de praktijk die het Besluit niet noemt. Verwijs naar de staffel van het Besluit, of noem tussen bedrijven zelf een bedrag.',
        en: 'Since 1 July 2012 the Besluit vergoeding voor buitengerechtelijke incassokosten (Stb. 2012, 141; BWBR0031432), made under article 6:96 BW, governs the fee for collection costs. A calculation "according to Rapport Voorwerk II" refers to a measure from practice that the Besluit does not name. Refer to the scale of the Besluit, or between businesses state an amount.',
      },
      b2cUnbound: {
        nl: 'Tegenover een consument zijn incassokosten begrensd door de staffel van het Besluit vergoeding voor buitengerechtelijke incassokosten (artikel 6:96 lid 5 BW) en pas verschuldigd na een aanmaning die veertien dagen geeft om alsnog te betalen en de kosten noemt (artikel 6:96 lid 6 BW). Dit beding noemt geen van beide; vermeld ze, zodat de consument weet wat hij verschuldigd kan worden.',
        en: 'Toward a consumer, collection costs are capped by the scale of the Besluit vergoeding voor buitengerechtelijke incassokosten (article 6:96(5) BW) and due only after a reminder that gives fourteen days to pay and states the costs (article 6:96(6) BW). This clause mentions neither; state both, so the consumer knows what he may come to owe.',
      },
      penaltyB2c: {
        nl: 'Deze boete bij te late betaling is een boetebeding (artikel 6:91 BW) dat de rechter kan matigen (artikel 6:94 lid 1 BW). Voor zover zij de kosten van invordering dekt, mag zij tegenover een consument niet meer geven dan de staffel van het Besluit vergoeding voor buitengerechtelijke incassokosten, en pas na een aanmaning met een termijn van veertien dagen (artikel 6:96 leden 5 en 6 BW).',
        en: 'This penalty for late payment is a penalty clause (article 6:91 BW) that the court may reduce (article 6:94(1) BW). In so far as it covers the costs of collection, toward a consumer it may not give more than the scale of the Besluit vergoeding voor buitengerechtelijke incassokosten, and only after a reminder with a fourteen-day term (article 6:96(5) and (6) BW).',
      },
      penaltyB2b: {
        nl: 'Deze boete bij te late betaling is een boetebeding (artikel 6:91 BW): de rechter kan haar matigen als de billijkheid dat klaarblijkelijk eist (artikel 6:94 lid 1 BW). Een percentage van het openstaande bedrag komt naast de wettelijke rente en de incassokosten; bij een handelsovereenkomst is zonder beding al ten minste € 40 aan incassokosten verschuldigd (artikel 6:96 lid 4 BW). Overweeg of de boete nodig is, en zo ja, noem een maximum.',
        en: 'This penalty for late payment is a penalty clause (article 6:91 BW): the court may reduce it where fairness clearly requires (article 6:94(1) BW). A percentage of the amount outstanding comes on top of statutory interest and collection costs; in a commercial contract at least € 40 of collection costs is due without any clause (article 6:96(4) BW). Consider whether the penalty is needed and, if so, state a maximum.',
      },
      b2bMinimum: {
        nl: 'Bij een handelsovereenkomst bedraagt de vergoeding voor incassokosten ten minste € 40, zonder aanmaning, en daarvan kan niet ten nadele van de schuldeiser worden afgeweken (artikel 6:96 lid 4 BW). Een lager minimum of bedrag kan de schuldeiser dus niet worden tegengeworpen (artikel 3:40 lid 2 BW).',
        en: 'In a commercial contract the fee for collection costs is at least € 40, without a reminder, and this cannot be departed from to the creditor\'s detriment (article 6:96(4) BW). A lower minimum or amount therefore cannot be held against the creditor (article 3:40(2) BW).',
      },
    },
  },
  check(block, ctx) {
    const text = block.text;
    const b2c = ctx.audience === 'b2c';
    const penalties = matchesIn(block, PENALTY, PENALTY_GATE);
    if (penalties.length) {
      const sents = sentencesOf(block);
      for (const m of penalties) {
        const s = pieceAt(sents, m.index);
        if (!s || !LATE_PAYMENT.test(s.text) || !PAYMENT.test(s.text) || (b2c && BUSINESS_ONLY.test(s.text))) continue;
        ctx.report({ span: { start: m.index, end: m.index + m[0].length }, messageId: b2c ? 'penaltyB2c' : 'penaltyB2b', severity: b2c ? 'warning' : 'information' });
      }
    }
    const costs = matchesIn(block, COLLECTION, COLLECTION_GATE);
    if (!costs.length) return;
    const sents = sentencesOf(block);
    const paras = paragraphsOf(block);
    const seen = new Set<number>();
    // The general note (b2cUnbound) once per clause: "incassokosten in rekening brengen ... plus de incassokosten".
    const unboundParas = new Set<number>();
    const voorwerkAt = new Set<number>();
    for (const m of costs) {
      const s = pieceAt(sents, m.index);
      if (!s || seen.has(s.start)) continue;
      seen.add(s.start);
      const para = pieceAt(paras, m.index) ?? s;
      const span = { start: m.index, end: m.index + m[0].length };
      const statutory = STATUTORY.test(para.text);
      const pct = PERCENT.exec(s.text);
      const min = MIN_AMOUNT.exec(s.text);
      const rate = pct ? num(pct[1]) : undefined;
      const minimum = min ? num(min[1]) : undefined;
      const voorwerk = VOORWERK.exec(para.text);
      if (voorwerk) {
        const at = para.start + voorwerk.index;
        // One note per mention of the report, however many cost phrases the clause has.
        if (voorwerkAt.has(at)) continue;
        voorwerkAt.add(at);
        ctx.report({ span: { start: at, end: at + voorwerk[0].length }, messageId: 'voorwerk', severity: b2c ? 'warning' : 'information' });
        continue;
      }
      if (ctx.audience === 'b2c') {
        if (BUSINESS_ONLY.test(s.text)) continue;
        if (NO_LETTER.test(s.text)) {
          ctx.report({ span, messageId: 'b2cLetter', severity: 'error' });
          continue;
        }
        if (statutory && rate === undefined && minimum === undefined) continue;
        // Costs named with neither the scale nor the fourteen-day letter anywhere in the article: tell the
        // consumer both. A heading ("Artikel 9 – Incassokosten") names the subject, not a clause.
        if (rate === undefined && minimum === undefined && !FLAT_AMOUNT.test(s.text)) {
          const lineStart = text.lastIndexOf('\n', m.index) + 1;
          const heading = /^[ \t]*(?:#|artikel(?![\p{L}]))/iu.test(text.slice(lineStart, m.index + 1));
          if (!heading && !STATUTORY.test(text) && !fourteenDayLetter(block) && !unboundParas.has(para.start)) {
            unboundParas.add(para.start);
            ctx.report({ span, messageId: 'b2cUnbound', severity: 'information' });
          }
          continue;
        }
        let excess: ReturnType<typeof firstExcess>;
        if (rate !== undefined) {
          // "15% over de eerste € 2.500" is the staffel spelled out, not a flat rate.
          if (statutory && /eerste|over[ \t\n]{1,4}de[ \t\n]{1,4}volgende/i.test(para.text)) continue;
          excess = firstExcess(rate, minimum);
        } else if (minimum !== undefined) {
          excess = minimum > MINIMUM ? { principal: 100, asked: minimum, allowed: statutoryFee(100) } : undefined;
        } else {
          const flat = FLAT_AMOUNT.exec(s.text);
          const amount = flat ? num(flat[1] ?? flat[2]) : undefined;
          if (amount !== undefined && amount > MINIMUM) excess = { principal: 100, asked: amount, allowed: statutoryFee(100) };
        }
        if (excess) ctx.report({ span, messageId: 'b2cAbove', severity: 'error', args: excessArgs(excess, s.text) });
        continue;
      }
      // Business to business: no statutory cap and no "usual" percentage; a flat rate above the scale is
      // explained (penalty moderation, reasonableness), a minimum below € 40 is ineffective.
      if (minimum !== undefined && minimum < MINIMUM) {
        ctx.report({ span, messageId: 'b2bMinimum', severity: 'information' });
      } else if (rate !== undefined && !(statutory && /eerste|over[ \t\n]{1,4}de[ \t\n]{1,4}volgende/i.test(para.text))) {
        const excess = telling(rate, minimum);
        if (excess) ctx.report({ span, messageId: 'b2bAboveScale', severity: 'information', args: excessArgs(excess, s.text) });
      }
    }
  },
};
