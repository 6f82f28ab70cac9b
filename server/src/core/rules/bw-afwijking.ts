import type { BlockRule } from '../kit/rule';
import type { Block } from '../model/types';
import type { Piece } from '../text/pieces';
import type { Fix, Localized } from '../types';
import { citationsOf } from '../engine/blockCitations';
import { hasTrigger, hasTriggerIn, matchesNear, triggerWords } from '../text/triggerWords';
import { BUSINESS_ONLY, partyBefore } from '../text/parties';
import { pieceAt, sentencesOf, paragraphsOf } from '../text/pieces';
import { curatedEntry, titleOf, type Regime } from '../law';
import data from './data/bw-afwijking.json';

interface Provision {
  title: Localized;
  effect: Localized;
  /** Regime toward a business and toward a consumer (law/types.ts Regime), from the curated law data. */
  b2b: Regime;
  b2c: Regime;
  basis: string;
  b2cBasis: string;
  gevolg?: 'nietig';
}

interface OwnEntry {
  title: Localized;
  effect: Localized;
}

const PROVISIONS = data.provisions as Record<string, OwnEntry>;
const CLIENT_NAME = /(?<![\p{L}])(?:Opdrachtgever|Klant|Afnemer|Consument|Wederpartij|Cliënt|Abonnee)(?![\p{L}])/u;

// Phrases that exclude or depart from a provision named in the same sentence. Bounded gaps only.
const EXCLUSION =
  /(?<![\p{L}])(?:(?:niet|geen)[ \t\n]{1,4}van[ \t\n]{1,4}toepassing|buiten[ \t\n]{1,4}toepassing|uitgesloten|uitsluiting|in[ \t\n]{1,4}afwijking[ \t\n]{1,4}van|afgeweken|wijk(?:t|en)[ \t\n]{1,4}af|gelden?[ \t\n]{1,4}niet|niet[ \t\n]{1,4}toepasselijk)(?![\p{L}])/iu;
/** Every EXCLUSION match holds one of these words (bw-afwijking.test.ts proves it). */
export const EXCLUSION_WORDS = ['toepass', 'uitgesloten', 'uitsluiting', 'wijk', 'afgeweken', 'geld'];
const EXCLUSION_GATE = triggerWords(EXCLUSION_WORDS);
export { EXCLUSION };
const NEGATED_EXCLUSION = /(?<![\p{L}])(?:niet|geen)[ \t\n]{1,4}(?:uitgesloten|afgeweken)(?![\p{L}])/iu;

// "Opdrachtgever kan de Overeenkomst niet tussentijds opzeggen": a departure from 7:408 lid 1 without citing it.
const NO_EARLY_TERMINATION =
  /(?<![\p{L}])(?:(?:niet|nimmer|nooit)[ \t\n]{1,4}(?:gerechtigd|bevoegd)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:tussentijds|voortijdig)[ \t\n]{1,4}(?:op[ \t\n]{1,4}te[ \t\n]{1,4}zeggen|te[ \t\n]{1,4}beëindigen)|(?:niet|nimmer|nooit)[ \t\n]{1,4}(?:tussentijds|voortijdig)[ \t\n]{1,4}(?:(?:kan|kunnen|worden|wordt)[ \t\n]{1,4})?(?:opzeggen|opgezegd|beëindigen|beëindigd|opzegbaar)|(?:tussentijdse|voortijdige)[ \t\n]{1,4}opzegging[ \t\n]{1,4}(?:is|wordt)[ \t\n]{1,4}(?:niet[ \t\n]{1,4}mogelijk|uitgesloten))(?![\p{L}])/giu;

/** Every NO_EARLY_TERMINATION match holds one of these words (bw-afwijking.test.ts proves it). */
export const NO_EARLY_TERMINATION_WORDS = ['tussentijds', 'voortijdig'];
const NO_EARLY_TERMINATION_GATE = triggerWords(NO_EARLY_TERMINATION_WORDS);
/**
 * Every NO_EARLY_TERMINATION match holds a gate word starting at most this many units after the
 * match's start: "niet", a gap, "gerechtigd", a gap, then three words of up to 20 code points (40 units)
 * with their gaps (bw-afwijking.test.ts proves it with matchesNear).
 */
export const NO_EARLY_TERMINATION_BACK = 6 + 4 + 10 + 4 + 3 * (40 + 4);
/**
 * Where a NO_EARLY_TERMINATION match can start: at "n", "t" or "v" in either case (no other unit folds to
 * them under /iu), not right after an ASCII letter (the look-behind).
 */
export function earlyTerminationCanStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 32;
  if (c !== 110 && c !== 116 && c !== 118) return false;
  if (at === 0) return true;
  const p = text.charCodeAt(at - 1) | 32;
  return p < 97 || p > 122;
}
export { NO_EARLY_TERMINATION };

/**
 * Whether the sentence (of the block) excludes or departs from what it cites: EXCLUSION, tried only
 * where one of its words occurs in the sentence, and not NEGATED_EXCLUSION.
 */
export function sentenceExcludes(block: Block, s: Piece): boolean {
  return hasTriggerIn(block, EXCLUSION_GATE, s.start, s.end) && EXCLUSION.test(s.text) && !NEGATED_EXCLUSION.test(s.text);
}

/** The table key of a citation: 7:408 without lid means lid 1, 7:407 without lid means lid 2. */
function keyOf(book: number | undefined, article: string, lid: string | undefined): string | undefined {
  if (book === undefined) return undefined;
  const base = `${book}:${article}`;
  if (lid && PROVISIONS[`${base} lid ${lid}`]) return `${base} lid ${lid}`;
  if (!lid && base === '7:408') return '7:408 lid 1';
  if (!lid && base === '7:407') return '7:407 lid 2';
  if (PROVISIONS[base]) return base;
  // Beyond our own table: provisions the law data marks as other than default law for either audience.
  const key = lid ? `${base} lid ${lid}` : base;
  const curated = curatedProvision(key);
  return curated && (curated.b2c !== 'regelend' || curated.b2b !== 'regelend') ? key : undefined;
}

/**
 * The regimes from the curated law data (law/, per-provision `mandatory`): the reviewed source for both
 * audiences. Titles and effects stay ours where we have them.
 */
function curatedProvision(key: string): Provision | undefined {
  try {
    const [article, lid] = key.split(' lid ');
    const list = curatedEntry(article)?.mandatory;
    if (!list?.length) return undefined;
    const m = list.find((x) => (lid ? x.leden?.includes(lid) : !x.leden)) ?? list.find((x) => !x.leden) ?? (lid ? undefined : list[0]);
    if (!m) return undefined;
    const own = PROVISIONS[key];
    const title = own?.title ?? { nl: titleOf(article, 'nl') ?? article, en: titleOf(article, 'en') ?? article };
    const p: Provision = {
      title, effect: own?.effect ?? { nl: '', en: '' }, b2b: m.b2b, b2c: m.b2c, basis: `${m.basis} BW`, b2cBasis: `${m.b2cBasis ?? m.basis} BW`,
    };
    if (m.gevolg) p.gevolg = m.gevolg;
    return p;
  } catch {
    return undefined; // law data unavailable or reshaped: our own table still works, as default law
  }
}

function provision(key: string): Provision {
  const own = PROVISIONS[key];
  return curatedProvision(key) ?? { title: own.title, effect: own.effect, b2b: 'regelend', b2c: 'regelend', basis: '7:400 lid 2 BW', b2cBasis: '7:400 lid 2 BW' };
}

const NO_TEXT: Localized = { nl: '', en: '' };

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'bw-afwijking',
    category: 'wet',
    defaultSeverity: 'information',
    title: { nl: 'Afwijking van het BW', en: 'Departure from the Civil Code' },
    messages: {
      default: {
        nl: '{intro}Dit beding wijkt af van {cite} ({title}).{effect} {audienceNote}',
        en: '{intro}This clause departs from {cite} ({title}).{effect} {audienceNote}',
      },
      dwingend: {
        nl: '{intro}Dit beding wijkt af van {cite} ({title}), maar daarvan kan niet ten nadele van een consument worden afgeweken ({basis}).{effect} Tegenover een consument is het beding vernietigbaar; beperk het tot zakelijke opdrachtgevers of schrap het.',
        en: '{intro}This clause departs from {cite} ({title}), which cannot be departed from to the detriment of a consumer ({basis}).{effect} Toward a consumer the clause is voidable; limit it to business clients or delete it.',
      },
      dwingendZakelijk: {
        nl: '{intro}Dit beding wijkt af van {cite} ({title}), maar daarvan kan ook tussen bedrijven niet worden afgeweken ({basis}){gevolg}.{effect} Schrap het beding of breng het in overeenstemming met de wet.',
        en: '{intro}This clause departs from {cite} ({title}), which cannot be departed from between businesses either ({basis}){gevolg}.{effect} Delete the clause or bring it in line with the statute.',
      },
      zwart: {
        nl: '{intro}Dit beding wijkt af van {cite} ({title}). De bepaling is regelend recht, maar tegenover een consument staat zo\'n beding in algemene voorwaarden op de zwarte lijst ({basis}) en is het vernietigbaar.{effect}',
        en: '{intro}This clause departs from {cite} ({title}). The provision is default law, but toward a consumer such a clause in general terms is on the black list ({basis}) and voidable.{effect}',
      },
      grijs: {
        nl: '{intro}Dit beding wijkt af van {cite} ({title}). De bepaling is regelend recht, maar tegenover een consument staat zo\'n beding in algemene voorwaarden op de grijze lijst ({basis}): het wordt vermoed onredelijk bezwarend te zijn, en de gebruiker moet dat vermoeden weerleggen.{effect}',
        en: '{intro}This clause departs from {cite} ({title}). The provision is default law, but toward a consumer such a clause in general terms is on the grey list ({basis}): it is presumed unreasonably onerous, and the user must rebut that presumption.{effect}',
      },
      verjaring: {
        nl: '{intro}Dit beding wijkt af van {cite} ({title}).{effect}{consumerNote}',
        en: '{intro}This clause departs from {cite} ({title}).{effect}{consumerNote}',
      },
      consumerOnly: {
        nl: 'Dit beding wijkt af van {cite} ({title}). Die bepaling beschermt alleen consumenten en is voor hen dwingend ({basis}); tegenover een zakelijke wederpartij heeft het beding geen gevolg.',
        en: 'This clause departs from {cite} ({title}). That provision only protects consumers and is mandatory for them ({basis}); toward a business party the clause has no effect.',
      },
    },
  },
  check(block, ctx) {
    const text = block.text;
    // Read once a citation or a gate word asks for them: most articles have neither.
    let sentences: Piece[] | undefined;
    let paragraphs: Piece[] | undefined;
    const sents = () => (sentences ??= sentencesOf(block));
    const paras = () => (paragraphs ??= paragraphsOf(block));
    const flaggedParagraphs = new Set<number>();
    // Toward a consumer the mechanical repair is to confine the clause to business clients.
    const confine = (span: { start: number; end: number }): Fix[] | undefined => {
      const s = pieceAt(sents(), span.start);
      if (!s) return undefined;
      const client = CLIENT_NAME.exec(s.text)?.[0] ?? 'de wederpartij';
      const at = /[.;]$/.test(s.text) ? s.end - 1 : s.end;
      return [
        {
          title: { nl: 'Beperken tot zakelijke wederpartijen', en: 'Limit to business clients' },
          edits: [{ span: { start: at, end: at }, newText: `, voor zover ${client} handelt in de uitoefening van zijn beroep of bedrijf` }],
        },
      ];
    };
    const report = (span: { start: number; end: number }, key: string, cite: string, implied: boolean) => {
      const p = provision(key);
      // A clause confined to business clients ("voor zover Opdrachtgever handelt in de uitoefening van zijn
      // beroep of bedrijf") is judged as toward a business, even in consumer terms.
      const sentence = pieceAt(sents(), span.start)?.text ?? '';
      const b2c = ctx.audience === 'b2c' && !BUSINESS_ONLY.test(sentence);
      const intro: Localized = implied
        ? { nl: 'Als de overeenkomst een opdracht is (artikel 7:400 BW): ', en: 'If the agreement is a contract for services (article 7:400 BW): ' }
        : { nl: '', en: '' };
      // A consumer draft may still be used toward businesses: a provision that only protects businesses
      // (6:96 lid 4, 6:119a lid 6) is judged by its business regime there.
      const regime = b2c && p.b2c !== 'n.v.t.' ? p.b2c : p.b2b;
      const basis = b2c && p.b2c !== 'n.v.t.' ? p.b2cBasis : p.basis;
      // The effect is led by its own space, so that a provision without one leaves no double space.
      const effect: Localized = { nl: p.effect.nl ? ` ${p.effect.nl}` : '', en: p.effect.en ? ` ${p.effect.en}` : '' };
      const args = { cite, title: p.title, effect, basis, intro };
      if (regime === 'n.v.t.') {
        ctx.report({ span, messageId: 'consumerOnly', args: { ...args, basis: p.b2cBasis } });
      } else if (regime === 'dwingend' && b2c && p.b2b !== 'dwingend') {
        ctx.report({ span, messageId: 'dwingend', args, severity: 'error', fixes: confine(span) });
      } else if (regime === 'dwingend') {
        const gevolg: Localized = p.gevolg === 'nietig' ? { nl: '; een afwijkend beding is nietig', en: '; a departing clause is void' } : NO_TEXT;
        ctx.report({ span, messageId: 'dwingendZakelijk', args: { ...args, basis: p.basis, gevolg }, severity: 'error' });
      } else if (regime === 'zwart') {
        ctx.report({ span, messageId: 'zwart', args, severity: 'error', fixes: confine(span) });
      } else if (regime === 'grijs') {
        ctx.report({ span, messageId: 'grijs', args, severity: 'warning', fixes: confine(span) });
      } else if (regime === 'verjaring') {
        const consumerNote: Localized = b2c
          ? { nl: ' Tegenover een consument is een beding in algemene voorwaarden dat een wettelijke verjaringstermijn verkort tot minder dan een jaar bovendien vernietigbaar (zwarte lijst, artikel 6:236 sub g BW).', en: ' Toward a consumer, a clause in general terms that shortens a statutory limitation period to less than a year is moreover voidable (black list, article 6:236(g) BW).' }
          : NO_TEXT;
        ctx.report({ span, messageId: 'verjaring', args: { ...args, consumerNote }, severity: 'warning' });
      } else if (b2c) {
        const audienceNote: Localized = { nl: 'De bepaling is regelend recht, ook tegenover een consument; een beding in algemene voorwaarden is wel vernietigbaar als het onredelijk bezwarend is (artikel 6:233 sub a BW).', en: 'The provision is default law, toward a consumer too; a clause in general terms is voidable, though, if it is unreasonably onerous (article 6:233(a) BW).' };
        ctx.report({ span, args: { ...args, audienceNote } });
      } else if (p.b2c === 'dwingend' || p.b2c === 'zwart') {
        // Between businesses the departure is allowed; it is worth a note only where the same clause would
        // not hold toward a consumer. A departure from law that is default law for consumers too (or only
        // grey-listed for them) is what the law leaves to the parties: no finding.
        const audienceNote: Localized = p.b2c === 'dwingend'
          ? { nl: `De bepaling is regelend recht tussen bedrijven, maar tegenover een consument kan er niet van worden afgeweken (${p.b2cBasis}): gebruik het beding niet tegenover consumenten.`, en: `The provision is default law between businesses, but it cannot be departed from toward a consumer (${p.b2cBasis}): do not use the clause toward consumers.` }
          : { nl: `De bepaling is regelend recht, maar tegenover een consument staat zo'n beding in algemene voorwaarden op de zwarte lijst (${p.b2cBasis}): gebruik het niet tegenover consumenten.`, en: `The provision is default law, but toward a consumer such a clause in general terms is on the black list (${p.b2cBasis}): do not use it toward consumers.` };
        ctx.report({ span, args: { ...args, audienceNote } });
      }
      const para = pieceAt(paras(), span.start);
      if (para) flaggedParagraphs.add(para.start);
    };

    if (/\d:\d/.test(text)) {
      const excludes = new Map<number, boolean>(); // per sentence: test each once, however many citations it holds
      for (const c of citationsOf(block)) {
        if (c.law !== 'BW') continue;
        const key = keyOf(c.book, c.article, c.lid);
        if (!key) continue;
        const s = pieceAt(sents(), c.span.start);
        if (!s) continue;
        let ex = excludes.get(s.start);
        if (ex === undefined) {
          ex = sentenceExcludes(block, s);
          excludes.set(s.start, ex);
        }
        if (!ex) continue;
        report(c.span, key, `artikel ${key} BW`, false);
      }
    }
    if (!hasTrigger(block, NO_EARLY_TERMINATION_GATE)) return;
    // Tried only before each gate word, not at every position of the article.
    for (const m of matchesNear(block, NO_EARLY_TERMINATION, NO_EARLY_TERMINATION_GATE, NO_EARLY_TERMINATION_BACK, earlyTerminationCanStart)) {
      const s = pieceAt(sents(), m.index);
      if (!s) continue;
      // The contractor's own right (7:408 lid 2) is another matter; only the client's right counts.
      if (partyBefore(s.text, m.index - s.start) === 'user') continue;
      const para = pieceAt(paras(), m.index);
      if (para && flaggedParagraphs.has(para.start)) continue;
      if (para && /7:408/.test(para.text)) continue;
      report({ start: m.index, end: m.index + m[0].length }, '7:408 lid 1', 'artikel 7:408 lid 1 BW', true);
    }
  },
};
