import type { BlockRule } from '../kit/rule';
import { CLIENT_WORDS } from '../text/parties';
import { gateSentenceChecks, runSentenceChecks, type SentenceCheck } from '../engine/sentenceChecks';
import { pieceAt, sentencesOf, type Piece } from '../text/pieces';

// The user keeps the final word on a fact to itself: "is uitsluitend ter beoordeling van Leverancier",
// "de beoordeling is exclusief voorbehouden aan", "bepaalt Opdrachtnemer uiteindelijk", "naar het
// uitsluitende oordeel van". A party named after the words must not be the client ("ter beoordeling van
// de Klant" gives the client the choice). Bounded gaps, linear.
type Check = SentenceCheck<undefined>;

const G = '[ \\t\\n]{1,4}';
const W = '\\p{L}{1,20}';

/** Whether the party named right after the first "van"/"aan" at or after `at` (within 200 units) is the client. */
function leftToClient(s: Piece, at: number): boolean {
  const rest = s.text.slice(at, at + 200);
  const to = /(?<![\p{L}])(?:van|aan)[ \t\n]{1,4}/iu.exec(rest);
  if (!to) return false;
  const after = rest.slice(to.index + to[0].length, to.index + to[0].length + 40);
  CLIENT_WORDS.lastIndex = 0;
  const m = CLIENT_WORDS.exec(after);
  return m !== null && m.index < 12;
}

export const CHECKS: Check[] = gateSentenceChecks(
  [
    {
      // "ter (uitsluitende) beoordeling van", "uitsluitend ter beoordeling aan".
      sub: 'beoordeling',
      words: ['beoordeling'],
      find: new RegExp(`(?:uitsluitend|exclusief|alleen|enkel|volledig)${G}ter${G}beoordeling${G}(?:van|aan)|ter${G}(?:uitsluitende|exclusieve|vrije)${G}beoordeling${G}(?:van|aan)`, 'giu'),
      keep: (s, _p, at) => !leftToClient(s, at + s.text.slice(at).search(/beoordeling/i)),
    },
    {
      // "De beoordeling (van de situatie) is exclusief voorbehouden aan ..."
      sub: 'voorbehouden',
      words: ['voorbehouden'],
      find: new RegExp(`(?:beoordeling|oordeel|beslissing|vaststelling)${G}(?:${W}${G}){0,5}?(?:is|zijn|blijft|blijven)${G}(?:exclusief|uitsluitend|alleen|volledig)${G}voorbehouden${G}aan`, 'giu'),
      keep: (s, _p, at) => !leftToClient(s, at + s.text.slice(at).search(/voorbehouden/i)),
    },
    {
      // "bepaalt Opdrachtnemer uiteindelijk of ...", "beslist Leverancier definitief".
      sub: 'bepaalt',
      words: ['uiteindelijk', 'definitief', 'eenzijdig'],
      find: new RegExp(`(?:bepaalt|beslist|beoordeelt|stelt)${G}(?:${W}${G}){1,3}?(?:uiteindelijk|definitief|eenzijdig)${G}(?:vast${G})?(?:of|wat|welke|hoe|wanneer|dat)(?![\\p{L}])`, 'giu'),
      keep: (s, _p, at) => {
        // The party sits between the verb and "uiteindelijk": it must not be the client.
        const gap = /^\p{L}+[ \t\n]{1,4}((?:\p{L}{1,20}[ \t\n]{1,4}){1,3}?)(?:uiteindelijk|definitief|eenzijdig)/iu.exec(s.text.slice(at, at + 120));
        if (!gap) return false;
        CLIENT_WORDS.lastIndex = 0;
        return !CLIENT_WORDS.test(gap[1]);
      },
    },
    {
      // "naar het uitsluitend oordeel van", "het oordeel van Leverancier is bindend".
      sub: 'oordeel',
      words: ['oordeel'],
      find: new RegExp(`naar${G}het${G}(?:uitsluitend|uitsluitende|enig|enige|exclusief|exclusieve|vrije)${G}oordeel${G}van|oordeel${G}van${G}(?:${W}${G}){1,3}?(?:is|geldt)${G}(?:als${G})?(?:bindend|beslissend|doorslaggevend|definitief)`, 'giu'),
      keep: (s, _p, at) => !leftToClient(s, at + s.text.slice(at).search(/oordeel/i)),
    },
  ],
  'common',
);

// The judgement is whether the user itself fell short (or a complaint about it is founded): toward a
// consumer that is 6:236 sub d.
const OWN_PERFORMANCE = /of[ \t\n]{1,4}(?:de[ \t\n]{1,4})?(?:gebruiker|leverancier|opdrachtnemer|ondernemer|verkoper|aannemer|dienstverlener|wij|zij)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?(?:tekort|nagekomen|gebrek)|of[ \t\n]{1,4}(?:een|de|het)[ \t\n]{1,4}(?:klacht|reclamatie|gebrek)/iu;

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'eenzijdig-oordeel',
    category: 'wet',
    defaultSeverity: 'warning',
    title: { nl: 'Eenzijdig oordeel van de gebruiker', en: 'The user judges alone' },
    messages: {
      ownBreach: {
        nl: 'Dit beding laat het oordeel of de gebruiker zelf tekortschiet aan de gebruiker over. Tegenover een consument is dat onredelijk bezwarend (artikel 6:236 sub d BW). Laat de vraag aan de rechter, of aan een onafhankelijke deskundige met een beroep op de rechter.',
        en: 'This clause leaves the question whether the user itself fails to perform to the user. Toward a consumer that is unreasonably onerous (article 6:236(d) BW). Leave the question to the court, or to an independent expert with recourse to the court.',
      },
      b2c: {
        nl: 'Dit beding laat het oordeel over een feit waarvan de rechten van de consument afhangen aan de gebruiker alleen, zonder maatstaf en zonder toetsing. Het staat niet op de zwarte of grijze lijst (artikelen 6:236 en 6:237 BW), maar kan onredelijk bezwarend zijn (artikel 6:233 sub a BW). Noem de maatstaf en laat de consument het oordeel aan de rechter voorleggen.',
        en: 'This clause leaves the judgement of a fact on which the consumer\'s rights depend to the user alone, with no standard and no review. It is on neither the black nor the grey list (articles 6:236 and 6:237 BW), but it may be unreasonably onerous (article 6:233(a) BW). State the standard and let the consumer put the judgement to the court.',
      },
      b2b: {
        nl: 'Dit beding laat het oordeel over een feit waarvan de rechten van de wederpartij afhangen aan de gebruiker alleen. Ook tussen bedrijven kan dat onredelijk bezwarend zijn (artikel 6:233 sub a BW). Overweeg een maatstaf te noemen, of het oordeel aan een onafhankelijke deskundige te laten.',
        en: 'This clause leaves the judgement of a fact on which the other party\'s rights depend to the user alone. Between businesses too that may be unreasonably onerous (article 6:233(a) BW). Consider stating a standard, or leaving the judgement to an independent expert.',
      },
    },
  },
  check(block, ctx) {
    const sents = sentencesOf(block);
    runSentenceChecks(block, CHECKS, undefined, (span) => {
      const s = pieceAt(sents, span.start);
      if (ctx.audience === 'b2b') ctx.report({ span, messageId: 'b2b', severity: 'hint' });
      else if (s && OWN_PERFORMANCE.test(s.text)) {
        ctx.report({ span, messageId: 'ownBreach', severity: 'error' });
      } else ctx.report({ span, messageId: 'b2c' });
    });
  },
};
