import type { BlockRule } from '../kit/rule';
import { gateSentenceChecks, runSentenceChecks, type SentenceCheck } from '../engine/sentenceChecks';
import { partyBefore } from '../text/parties';
import { pieceAt, sentencesOf } from '../text/pieces';

// One-sided clauses the black and grey lists do not name in so many words, or that those lists (consumers
// only) do not reach: a sanction for any breach however slight, a change of the performance without
// notice, and, between businesses, a registered-letter requirement and a price increase notwithstanding an
// agreed price (toward consumers consument-grijze-lijst sub m and consument-zwarte-lijst sub i report those).

interface Facts {
  b2b: boolean;
  /** The article's text, for the lead-in of a list item. */
  text: string;
}
type Check = SentenceCheck<Facts>;

const G = '[ \\t\\n]{1,4}';
const W = '\\p{L}{1,20}';
// "indien de Klant een of meerdere voorwaarden niet nakomt", "indien u enige voorwaarde ervan niet nakomt",
// "de verplichtingen uit de Overeenkomst niet of niet volledig nakomt".
const ANY_BREACH = new RegExp(
  [
    `(?:enige|een${G}of${G}meer(?:dere)?|één${G}of${G}meer(?:dere)?)${G}(?:${W}${G}){0,3}?(?:voorwaarden?|verplichtingen?|bepalingen?)(?![\\p{L}])[^.;]{0,80}?niet${G}(?:nakomt|naleeft|nakomen|naleven)`,
    `(?:zijn|haar|de|hun)${G}verplichtingen${G}(?:uit|voortvloeiend${G}uit|onder|op${G}grond${G}van)${G}[^.;]{0,80}?niet(?:,?${G}niet${G}tijdig)?(?:,?${G}of${G}niet${G}(?:volledig|tijdig|behoorlijk))?${G}(?:nakomt|naleeft|nakomen|naleven)`,
  ].join('|'),
  'giu',
);
// The sanction that follows: ending the contract, or cutting the service off.
const SANCTION = /beëindig|ontbind|opzeg|blokker|buiten[ \t\n]{1,4}gebruik|ontzeg|opschort|op[ \t\n]{1,4}te[ \t\n]{1,4}schorten/i;
// A threshold or a cure period that keeps the sanction in proportion.
const PROPORTION = /geringe[ \t\n]{1,4}betekenis|rechtvaardigt|in[ \t\n]{1,4}verhouding|evenredig|proportione|wezenlijk|ernstig|toerekenbaar[ \t\n]{1,4}tekort|hersteltermijn|redelijke[ \t\n]{1,4}termijn[ \t\n]{1,4}(?:om|voor|tot)[ \t\n]{1,4}(?:herstel|nakoming)/i;
// A sanction that ends or blocks, beside a suspension. A clause whose only sanction is a suspension power of the
// user is left to opschorting, which weighs it by its own measure (6:262 lid 2 BW; toward a consumer 6:236 sub c BW)
// rather than the grey list's release from the contract (6:237 sub d BW); one finding for one point.
const ENDS_OR_BLOCKS = /beëindig|ontbind|opzeg|blokker|buiten[ \t\n]{1,4}gebruik|ontzeg/i;
const SUSPENSION_POWER = /(?<![\p{L}])(?:mag|mogen|kan|kunnen|gerechtigd|bevoegd|recht)(?![\p{L}])[^.;]{0,200}?(?:opschort|op[ \t\n]{1,4}te[ \t\n]{1,4}schorten)/iu;
const CLIENT_ACTS = /(?<![\p{L}])(?:klant|opdrachtgever|afnemer|consument|koper|wederpartij|u|je|jij)[ \t\n]{1,4}(?:mag|kan|is[ \t\n]{1,4}gerechtigd|is[ \t\n]{1,4}bevoegd)(?![\p{L}])/iu;

const BULLET = /^[ \t]{0,8}(?:[-•*–]|[a-z]{1,2}[.)]|\d{1,2}[.)])[ \t]/;

/**
 * The lead-in of the list whose item starts at `at`: the text from the last full stop or semicolon up to
 * the colon that ends the line before the list, if every line between that colon and `at` is an item or
 * blank. Reads at most 400 units back, line by line.
 */
function listLeadIn(text: string, at: number): string | undefined {
  const from = Math.max(0, at - 400);
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart < from) return undefined;
  while (lineStart > from) {
    const prevEnd = lineStart - 1;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    const line = text.slice(prevStart, prevEnd);
    if (line.trimEnd().endsWith(':')) {
      const colon = prevStart + line.trimEnd().length - 1;
      const stop = Math.max(text.lastIndexOf('.', colon), text.lastIndexOf(';', colon), from - 1);
      return text.slice(stop + 1, colon);
    }
    if (line.trim() && !BULLET.test(line)) return undefined;
    lineStart = prevStart;
  }
  return undefined;
}

// The change is announced: no change without notice.
const ANNOUNCED = /vooraf|voorafgaand|aankondig|kennisgeving|mededeling|in[ \t\n]{1,4}kennis|op[ \t\n]{1,4}de[ \t\n]{1,4}hoogte|bekend[ \t\n]{0,4}(?:ma|ge)|informe(?:ert|ren)|toegezonden|toezenden/i;
// The other party must look out for changes itself.
const OWN_LOOKOUT = /(?:regelmatig|zelf|periodiek|steeds)(?:[ \t\n]{1,4}\S{1,30}){0,8}?[ \t\n]{1,4}(?:te[ \t\n]{1,4})?(?:controleren|raadplegen|na[ \t\n]{1,4}te[ \t\n]{1,4}gaan|bekijken|kennis[ \t\n]{1,4}te[ \t\n]{1,4}nemen|checken)/i;

export const CHECKS: Check[] = gateSentenceChecks(
  [
    {
      // A sanction for any breach, however slight.
      sub: 'anyBreach',
      words: ['nakom', 'naleef', 'naleven'],
      find: ANY_BREACH,
      keep: (s, _p, at, facts) => {
        if (partyBefore(s.text, at) !== 'client') return false;
        if (PROPORTION.test(s.text)) return false;
        if (SANCTION.test(s.text)) return ENDS_OR_BLOCKS.test(s.text) || !SUSPENSION_POWER.test(s.text);
        // A list item ("- Opdrachtgever de verplichtingen ... niet nakomt."): the sanction is in the lead-in
        // that ends with a colon just before it.
        const lead = listLeadIn(facts.text, s.start);
        return lead !== undefined && SANCTION.test(lead);
      },
    },
    {
      // The user changes or updates the performance without notice.
      sub: 'changeWithoutNotice',
      words: ['kennisgeving', 'aankondiging', 'mededeling', 'waarschuwing'],
      find: new RegExp(
        `(?:wijzig\\p{L}{0,6}|aanpass\\p{L}{0,6}|updates?|bijwerk\\p{L}{0,6}|bijgewerkt)(?![\\p{L}])[^.;]{0,120}?zonder${G}(?:voorafgaande${G}|nadere${G}|enige${G})?(?:kennisgeving|aankondiging|mededeling|waarschuwing)|zonder${G}(?:voorafgaande${G}|nadere${G}|enige${G})?(?:kennisgeving|aankondiging|mededeling|waarschuwing)[^.;]{0,80}?(?:wijzigen|aanpassen|updaten|bijwerken)`,
        'giu',
      ),
      keep: (s) => !CLIENT_ACTS.test(s.text),
    },
    {
      // The user may change the terms or the service at any moment, and the other party must look for changes
      // itself ("Gebruiker moet zelf geregeld nagaan of er een nieuwe versie is"):
      // a change without notice in other words.
      sub: 'changeAnyTime',
      words: ['moment', 'tijde'],
      find: new RegExp(
        `(?:op${G}(?:elk|ieder)${G}moment|te${G}allen${G}tijde)${G}(?:${W}${G}){0,4}?(?:te${G})?(?:wijzigen|aanpassen|aan${G}te${G}passen)(?![\\p{L}])|(?:wijzigen|aanpassen)${G}(?:${W}${G}){0,2}?(?:op${G}(?:elk|ieder)${G}moment|te${G}allen${G}tijde)`,
        'giu',
      ),
      keep: (s, para, at) =>
        partyBefore(s.text, at) !== 'client' && !CLIENT_ACTS.test(s.text) && ANNOUNCED.test(para.text) === false && OWN_LOOKOUT.test(para.text),
    },
    {
      // Between businesses: a statement of the client only by registered letter.
      sub: 'registeredLetter',
      words: ['aangetekend'],
      find: /aangetekend(?:e)?[ \t\n]{1,4}(?:brief|schrijven|post)|aangetekend(?![\p{L}])/giu,
      keep: (s, _p, at, facts) => facts.b2b && /klacht|reclam|meld|opzeg|ingebrekestelling|kennisgeving|bezwaar/i.test(s.text) && /(?:klant|opdrachtgever|afnemer|wederpartij|koper)/i.test(s.text) && partyBefore(s.text, at) !== 'user',
    },
    {
      // Between businesses: the user may raise an agreed, fixed price all the same.
      sub: 'priceNotwithstanding',
      words: ['niettemin', 'desondanks', 'evenwel'],
      find: new RegExp(`(?:niettemin|desondanks|evenwel)${G}(?:${W}${G}){0,2}?(?:gerechtigd|bevoegd)${G}(?:${W}${G}){0,3}?(?:verhog\\p{L}{0,4}|te${G}verhogen)`, 'giu'),
      keep: (s, _p, _at, facts) => facts.b2b && /vast|overeengekomen|afgesproken/i.test(s.text) && /prijs|honorarium|tarief|vergoeding/i.test(s.text),
    },
  ],
  'common',
);

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'onredelijk-bezwarend',
    category: 'wet',
    defaultSeverity: 'warning',
    title: { nl: 'Eenzijdig beding', en: 'One-sided clause' },
    messages: {
      anyBreachB2c: {
        nl: 'Dit beding geeft de gebruiker een sanctie (beëindigen, ontbinden, opschorten of de dienst blokkeren) bij iedere tekortkoming van de consument, hoe gering ook. De wet geeft geen bevoegdheid tot ontbinding als de tekortkoming, gezien haar bijzondere aard of geringe betekenis, de ontbinding niet rechtvaardigt (artikel 6:265 lid 1 BW), en opschorting bij gedeeltelijke nakoming alleen voor zover de tekortkoming haar rechtvaardigt (artikel 6:262 lid 2 BW). Tegenover een consument wordt een beding dat de gebruiker van zijn gebondenheid bevrijdt anders dan op gronden die die gebondenheid niet meer van hem laten vergen, vermoed onredelijk bezwarend te zijn (artikel 6:237 sub d BW). Noem een drempel en een hersteltermijn.',
        en: 'This clause gives the user a sanction (termination, rescission, suspension or blocking the service) for any failure of the consumer, however slight. The law gives no right to rescind where the failure, given its special nature or minor importance, does not justify rescission (article 6:265(1) BW), and allows suspension for partial performance only in so far as the failure justifies it (article 6:262(2) BW). Toward a consumer a clause releasing the user from the contract other than on grounds that make continued performance unreasonable to require is presumed unreasonably onerous (article 6:237(d) BW). State a threshold and a cure period.',
      },
      anyBreachB2b: {
        nl: 'Dit beding geeft de gebruiker een sanctie (beëindigen, ontbinden, opschorten of de dienst blokkeren) bij iedere tekortkoming van de wederpartij, hoe gering ook. De wet geeft geen bevoegdheid tot ontbinding als de tekortkoming, gezien haar bijzondere aard of geringe betekenis, de ontbinding niet rechtvaardigt (artikel 6:265 lid 1 BW), en opschorting bij gedeeltelijke nakoming alleen voor zover de tekortkoming haar rechtvaardigt (artikel 6:262 lid 2 BW). Een beding dat die maatstaf wegneemt, kan onredelijk bezwarend zijn (artikel 6:233 sub a BW). Overweeg een drempel en een hersteltermijn.',
        en: 'This clause gives the user a sanction (termination, rescission, suspension or blocking the service) for any failure of the other party, however slight. The law gives no right to rescind where the failure, given its special nature or minor importance, does not justify rescission (article 6:265(1) BW), and allows suspension for partial performance only in so far as the failure justifies it (article 6:262(2) BW). A clause that removes that measure may be unreasonably onerous (article 6:233(a) BW). Consider a threshold and a cure period.',
      },
      changeWithoutNoticeB2c: {
        nl: 'Dit beding laat de gebruiker de prestatie wijzigen zonder voorafgaande kennisgeving. Een bevoegdheid om een prestatie te leveren die wezenlijk afwijkt van wat is toegezegd, wordt tegenover een consument vermoed onredelijk bezwarend te zijn, tenzij de consument dan mag ontbinden (artikel 6:237 sub c BW). Kondig wijzigingen vooraf aan en geef bij een wezenlijke wijziging het recht de overeenkomst te beëindigen.',
        en: 'This clause lets the user change the performance without prior notice. A right to deliver something materially different from what was promised is presumed unreasonably onerous toward a consumer unless the consumer may then rescind (article 6:237(c) BW). Announce changes in advance and give a right to end the contract on a material change.',
      },
      changeWithoutNoticeB2b: {
        nl: 'Dit beding laat de gebruiker de prestatie wijzigen zonder voorafgaande kennisgeving. Tussen bedrijven kan dat onredelijk bezwarend zijn (artikel 6:233 sub a BW); tegenover een consument zou het onder de grijze lijst vallen (artikel 6:237 sub c BW). Overweeg wijzigingen vooraf aan te kondigen.',
        en: 'This clause lets the user change the performance without prior notice. Between businesses that may be unreasonably onerous (article 6:233(a) BW); toward a consumer it would be grey-listed (article 6:237(c) BW). Consider announcing changes in advance.',
      },
      registeredLetter: {
        nl: 'Dit beding eist een aangetekende brief voor een verklaring van de wederpartij. Tussen bedrijven mag dat, maar met een korte termijn kan het onredelijk bezwarend zijn (artikel 6:233 sub a BW); tegenover een consument wordt een strengere vorm dan een onderhandse akte vermoed onredelijk bezwarend te zijn (artikel 6:237 sub m BW). Overweeg een schriftelijke of elektronische melding toe te laten.',
        en: 'This clause requires a registered letter for a statement of the other party. Between businesses that is allowed, but with a short deadline it may be unreasonably onerous (article 6:233(a) BW); toward a consumer a form stricter than a private deed is presumed unreasonably onerous (article 6:237(m) BW). Consider allowing notice in writing or by electronic means.',
      },
      priceNotwithstanding: {
        nl: 'Dit beding laat de gebruiker een vast overeengekomen prijs toch verhogen, zonder grond en zonder recht voor de wederpartij om de overeenkomst dan te ontbinden. Tussen bedrijven kan dat onredelijk bezwarend zijn (artikel 6:233 sub a BW); tegenover een consument zou een verhoging binnen drie maanden na het sluiten zonder ontbindingsrecht onder de zwarte lijst vallen (artikel 6:236 sub i BW). Noem de grond van een verhoging, of geef een recht om te ontbinden.',
        en: 'This clause lets the user raise an agreed fixed price all the same, without a ground and without a right for the other party to rescind. Between businesses that may be unreasonably onerous (article 6:233(a) BW); toward a consumer an increase within three months of the contract without a right to rescind would be black-listed (article 6:236(i) BW). State the ground for an increase, or give a right to rescind.',
      },
    },
  },
  check(block, ctx) {
    const b2b = ctx.audience === 'b2b';
    const sents = sentencesOf(block);
    const seen = new Set<number>();
    runSentenceChecks(block, CHECKS, { b2b, text: block.text }, (span, sub) => {
      // One finding per sentence: a breach clause that also blocks without notice is one defect.
      const s = pieceAt(sents, span.start);
      if (s) {
        if (seen.has(s.start)) return;
        seen.add(s.start);
      }
      const base = sub === 'changeAnyTime' ? 'changeWithoutNotice' : sub;
      const messageId = base === 'anyBreach' || base === 'changeWithoutNotice' ? `${base}${b2b ? 'B2b' : 'B2c'}` : base;
      ctx.report({ span, messageId, severity: b2b ? 'hint' : undefined });
    });
  },
};
