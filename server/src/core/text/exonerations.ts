// Exclusions and limitations of liability, and the carve-outs for intent and recklessness.
import type { Block } from '../model/types';
import { pieceAt, sentencesOf, type Piece } from './pieces';
import { hitsOf, matchesNear, stickyCopy, triggerWords } from './triggerWords';
import { gatesOpen } from './gates';

const G = '[ \\t\\r\\n]{1,4}';
const W = '\\p{L}{1,20}';
// Exclusions and limitations of liability. Every gap is bounded, so each pattern is linear.
const EXONERATION = new RegExp(
  [
    `(?:niet|nooit|nimmer|in${G}geen${G}geval|op${G}geen${G}enkele${G}wijze)${G}(?:${W}${G}){0,2}?aansprakelijk(?!heid)`,
    `niet${G}verantwoordelijk${G}(?:en\\/of|of|en)${G}aansprakelijk(?!heid)`,
    `(?:geen|generlei)${G}(?:enkele${G})?aansprakelijkheid`,
    `(?:nimmer|nooit|niet)${G}tot${G}(?:enige${G})?aansprakelijkheid`,
    `aansprakelijkheid[^.;:]{0,200}?(?<![\\p{L}])(?:is|wordt|worden|zijn|blijft)${G}(?:${W}${G}){0,3}?(?:uitgesloten|beperkt|gemaximeerd|begrensd|gelimiteerd)`,
    `aansprakelijkheid[^.;:]{0,200}?(?<![\\p{L}])(?:gaat|reikt|strekt${G}zich)${G}(?:nooit|niet|nimmer)${G}(?:${W}${G}){0,2}?verder${G}dan`,
    `(?:sluit|sluiten)${G}(?:${W}${G}){0,3}?aansprakelijkheid${G}(?:${W}${G}){0,3}?uit`,
  ].join('|'),
  'giu',
);
export { EXONERATION };

// Limitations the shared pattern does not read: "is uitsluitend aansprakelijk voor directe schade" (everything
// else is excluded), and the verb before the noun: "dan is deze aansprakelijkheid beperkt tot". Bounded gaps only.
const LIMITED_VERB_FIRST = `(?<![\\p{L}])(?:is|wordt)${G}(?:(?:de|deze|die|diens|haar|zijn|hun)${G})?(?:(?:totale|gehele)${G})?aansprakelijkheid${G}(?:(?!(?:niet|geenszins)(?![\\p{L}]))${W}${G}){0,8}?(?:beperkt|gemaximeerd|begrensd|gelimiteerd)(?![\\p{L}])`;
export const LIMITED_LIABILITY = new RegExp([`(?<![\\p{L}])(?:slechts|uitsluitend|alleen|enkel)${G}aansprakelijk(?![\\p{L}])`, LIMITED_VERB_FIRST].join('|'), 'giu');
/** The verb-first form alone ("dan is deze aansprakelijkheid beperkt tot"), for the grey list, which reads the other already. */
export const LIMITED_VERB_FIRST_RE = new RegExp(LIMITED_VERB_FIRST, 'giu');
/** Every LIMITED_LIABILITY match holds "aansprakelijk" at most this many units into it ("wordt", "diens", "totale" and their gaps). */
export const LIMITED_BACK = 5 + 4 + 5 + 4 + 6 + 4;

// Responsibility denied for damage or loss excludes liability as much as "niet aansprakelijk" does: "is niet
// verantwoordelijk voor enige schade", "niet verantwoordelijk voor ongelukken", "niet verantwoordelijk en/of
// aansprakelijk". Read by exoneratie-opzet and, toward a consumer, by the grey list (6:237 sub f BW).
export const RESPONSIBILITY_DENIED =
  /(?<![\p{L}])(?:niet|nooit|nimmer)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,2}?verantwoordelijk[ \t\n]{1,4}(?:(?:en\/of|of|en)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4})?aansprakelijk(?!heid)|voor[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,3}?(?:schade|gevolgschade|ongelukken|ongeluk|ongevallen|ongeval|letsel|blessures|blessure|verlies|diefstal|gevolgen|beschadiging)(?![\p{L}]))/giu;
export const RESPONSIBILITY_WORDS = ['verantwoordelijk'];
/** "nimmer", a gap and two words of up to 20 code points (40 units) with their gaps before "verantwoordelijk". */
export const RESPONSIBILITY_BACK = 6 + 4 + 2 * (40 + 4);
// Every EXONERATION match holds "aansprakelijk" at most this many units after its start: "sluiten", a
// gap, three words of up to 20 code points (40 units) with their gaps (legalText.test.ts proves it).
export const EXONERATION_BACK = 7 + 4 + 3 * (40 + 4);
// Every EXONERATION match also holds one of these words at most EXONERATION_LEAD units after its start
// ("geen" in "op geen enkele wijze"; the others start it). legalText.test.ts proves it.
export const EXONERATION_LEADS = ['niet', 'nooit', 'nimmer', 'geen', 'generlei', 'sluit', 'aansprakelijk'];
export const EXONERATION_LEAD = 6;
const FORCE_MAJEURE = /overmacht/i;
const CARVE_OUT_INTENT = /(?<![\p{L}])opzet(?![\p{L}])|opzettelijk/iu;
const CARVE_OUT_RECKLESS = /roekeloos|grove[ \t\n]{1,4}(?:schuld|nalatigheid)/i;

// A limitation denied: "aansprakelijkheid voor opzet ... niet wordt beperkt", "... is niet uitgesloten". The
// pattern's gap reads past the "niet"; the clause keeps liability whole.
const NEGATED_LIMIT =
  /(?<![\p{L}])(?:niet|geenszins)[ \t\r\n]{1,4}(?:(?:is|wordt|worden|zijn|blijft)[ \t\r\n]{1,4})?(?:uitgesloten|beperkt|gemaximeerd|begrensd|gelimiteerd)$|(?<![\p{L}])(?:is|wordt|worden|zijn|blijft)[ \t\r\n]{1,4}(?:niet|geenszins)[ \t\r\n]{1,4}(?:uitgesloten|beperkt|gemaximeerd|begrensd|gelimiteerd)$/iu;

export interface Exoneration {
  /** The matched words, e.g. "is niet aansprakelijk". */
  start: number;
  end: number;
  sentence: Piece;
}

// Several rules read a block's exonerations (exoneratie-opzet, and the grey list toward consumers): found once
// per block object, which an unchanged article keeps through an edit. Not kept with the gates open (text/gates.ts),
// so that such a run finds them afresh.
const exonerationCache = new WeakMap<Block, readonly Exoneration[]>();

/** Liability exclusions and limitations in a block, one per sentence (force majeure clauses left out). */
export function exonerationsOf(block: Block): readonly Exoneration[] {
  if (gatesOpen()) return findExonerations(block);
  let out = exonerationCache.get(block);
  if (!out) exonerationCache.set(block, (out = findExonerations(block)));
  return out;
}

function findExonerations(block: Block): Exoneration[] {
  const out: Exoneration[] = [];
  let lastSentence = -1;
  // Tried only before each "aansprakelijk", not at every position of the article.
  for (const m of exonerationMatches(block)) {
    const s = pieceAt(sentencesOf(block), m.index);
    // A denied limitation leaves the sentence to a later exemption in it.
    if (!s || s.start === lastSentence || NEGATED_LIMIT.test(m[0])) continue;
    lastSentence = s.start;
    if (FORCE_MAJEURE.test(s.text)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, sentence: s });
  }
  return out;
}

// "tenzij er sprake is van schuld", "behoudens schuld": an exemption that holds only where the user is not at
// fault leaves intent and recklessness out by itself. Not the other party's fault ("schuld van Opdrachtgever").
const CARVE_OUT_FAULT =
  /(?<![\p{L}])(?:tenzij|behoudens)[ \t\n]{1,4}(?:er[ \t\n]{1,4})?(?:sprake[ \t\n]{1,4}is[ \t\n]{1,4}van[ \t\n]{1,4})?(?:opzet[ \t\n]{1,4}of[ \t\n]{1,4})?(?:grove[ \t\n]{1,4})?schuld(?![\p{L}])(?![ \t\n]{1,4}(?:van|aan[ \t\n]{1,4}de[ \t\n]{1,4}zijde[ \t\n]{1,4}van)[ \t\n]{1,4}(?:de[ \t\n]{1,4})?(?:opdrachtgever|klant|afnemer|consument|wederpartij|koper|huurder|deelnemer|cliënt|abonnee))/iu;

// "..., tenzij deze onjuistheid voor Leverancier kenbaar was of behoorde te zijn", "tenzij Leverancier dit wist
// of behoorde te weten": an exemption that lapses where the user knew or ought to have known leaves intent and
// deliberate recklessness outside it, as both require that knowledge. It covers its own sentence only.
const CARVE_OUT_KNOWLEDGE =
  /(?<![\p{L}])tenzij(?:[ \t\n]{1,4}[\p{L}.-]{1,30}){0,8}?[ \t\n]{1,4}(?:kenbaar|bekend)[ \t\n]{1,4}(?:was|is|behoorde|behoort|had|moest)(?![\p{L}])|(?<![\p{L}])tenzij(?:[ \t\n]{1,4}[\p{L}.-]{1,30}){0,6}?[ \t\n]{1,4}(?:wist|weet|kende|kent)[ \t\n]{1,4}of[ \t\n]{1,4}(?:behoorde|behoort|had[ \t\n]{1,4}moeten|moest)(?![\p{L}])/iu;

/** Whether an exemption's own sentence lifts it where the user knew or ought to have known. */
export function knowledgeCarveOut(sentence: string): boolean {
  return CARVE_OUT_KNOWLEDGE.test(sentence);
}

// Intent named as part of what the exemption covers, not as its exception: "evenmin aansprakelijk voor haar
// hulppersonen, daaronder begrepen hun opzet of (grove) schuld", "ook bij opzet". No carve-out,
// unless the sentence also makes one ("tenzij", "behoudens").
const FAULT_INCLUDED =
  /(?:daaronder|waaronder|hieronder)[ \t\n]{1,4}(?:mede[ \t\n]{1,4})?begrepen[^.;]{0,40}?(?:opzet|schuld|roekeloos)|(?<![\p{L}])(?:inclusief|zelfs|ook)[ \t\n]{1,4}(?:bij|voor|in[ \t\n]{1,4}(?:het[ \t\n]{1,4})?geval[ \t\n]{1,4}van)[ \t\n]{1,4}(?:\(?grove\)?[ \t\n]{1,4})?(?:opzet|schuld|roekeloos)/iu;
const EXCEPTION_WORD = /(?<![\p{L}])(?:tenzij|behoudens|behalve|uitgezonderd|uitzondering)(?![\p{L}])/iu;

/** 'full' when text carves out intent and deliberate recklessness (or gross negligence, or any fault), 'intent' when only intent. */
export function carveOutIn(text: string): 'full' | 'intent' | undefined {
  if (FAULT_INCLUDED.test(text) && !EXCEPTION_WORD.test(text)) return undefined;
  if (CARVE_OUT_FAULT.test(text)) return 'full';
  if (!CARVE_OUT_INTENT.test(text)) return undefined;
  return CARVE_OUT_RECKLESS.test(text) ? 'full' : 'intent';
}

// Registered here, below the trigger groups it needs (exonerationsOf runs only after module load).
const EXONERATION_GATE = triggerWords(['aansprakelijk']);
const EXONERATION_LEAD_GATE = triggerWords(EXONERATION_LEADS);

/**
 * matchesNear(block, EXONERATION, EXONERATION_GATE, EXONERATION_BACK), the pattern tried only where a
 * match can start on both counts: at most EXONERATION_LEAD units before a lead word, and at most
 * EXONERATION_BACK units before "aansprakelijk". Positions are tried in ascending order from the end of
 * the last match, as a global scan moves, so the matches are those of a global scan.
 */
export function exonerationMatches(block: Block): RegExpExecArray[] {
  const anchors = hitsOf(block, EXONERATION_GATE[0]);
  const at = anchors.at;
  if (!at.length || !anchors.exact) return matchesNear(block, EXONERATION, EXONERATION_GATE, EXONERATION_BACK);
  const places: number[] = [];
  for (const id of EXONERATION_LEAD_GATE) for (const p of hitsOf(block, id).at) places.push(p);
  places.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  const sticky = stickyCopy(EXONERATION);
  const text = block.text;
  let next = 0; // first position not tried yet (or past the last match)
  let k = 0; // first anchor at or after the position tried (positions only grow)
  for (const h of places) {
    for (let s = Math.max(next, h - EXONERATION_LEAD); s <= h; s++) {
      while (k < at.length && at[k] < s) k++;
      if (k === at.length) return out;
      next = s + 1;
      if (at[k] - s > EXONERATION_BACK) continue;
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m) {
        out.push(m);
        next = s + Math.max(1, m[0].length);
        break;
      }
    }
  }
  return out;
}

const DAMAGES = `(?:enige${G}|welke${G})?(?:schadevergoeding|vergoeding${G}van${G}(?:de${G}|enige${G})?schade)`;
// Exemptions that never say "aansprakelijk": the user is "nooit gehouden tot vergoeding van schade", a failure
// "geeft geen aanspraak op schadevergoeding" (even after a notice of default), the user acts "zonder tot
// schadevergoeding gehouden te zijn". Bounded gaps only.
export const DAMAGES_EXCLUSION = new RegExp(
  [
    `(?<![\\p{L}])(?:nimmer|nooit|niet|geenszins|op${G}generlei${G}wijze)${G}(?:${W}${G}){0,2}?gehouden${G}(?:(?:zijn|worden)${G})?tot${G}${DAMAGES}`,
    // "zonder enige verplichting tot betaling van schadevergoeding".
    `(?<![\\p{L}])zonder${G}(?:${W}${G}){0,2}?(?:verplichting|plicht)${G}(?:${W}${G}){0,1}?tot${G}(?:(?:betaling|voldoening)${G}van${G})?${DAMAGES}`,
    `(?<![\\p{L}])(?:nimmer|nooit|niet|geen)(?:,[^.;:,]{1,60},)?${G}(?:${W}${G}){0,2}?aanspraak${G}(?:${W}${G})?op${G}${DAMAGES}`,
    `(?<![\\p{L}])zonder${G}(?:${W}${G}){0,2}?tot${G}${DAMAGES}${G}(?:${W}${G}){0,1}?gehouden`,
    // "kan geen (andere) schadevergoeding vorderen", and a cap: "kan uitsluitend een schadevergoeding verhalen
    // tot" ("kan slechts schadevergoeding vorderen indien ..." sets a condition, not a limit).
    `(?<![\\p{L}])geen${G}(?:${W}${G}){0,2}?schadevergoeding(?:en)?${G}(?:${W}${G}){0,2}?(?:verkrijgen|vorderen|eisen|claimen|verhalen)(?![\\p{L}])`,
    `(?<![\\p{L}])(?:slechts|uitsluitend)${G}(?:${W}${G}){0,2}?schadevergoeding(?:en)?${G}(?:${W}${G}){0,2}?(?:verkrijgen|vorderen|eisen|claimen|verhalen)${G}tot(?![\\p{L}])`,
  ].join('|'),
  'giu',
);
/** Every DAMAGES_EXCLUSION match holds one of these words (exoneratie-opzet.test.ts proves it)... */
export const DAMAGES_WORDS = ['gehouden', 'aanspraak', 'schadevergoeding', 'verplichting', 'plicht'];
/**
 * ...starting at most this many units into the match: the "aanspraak" form, "nimmer", an aside between
 * commas of up to 60 code points (120 units, as letters outside the BMP are two), a gap, two words of up
 * to 20 code points (40 units) with their gaps, then "aanspraak" (gates.proof.test.ts derives the bound
 * from the pattern; the "zonder" form needs 202).
 */
export const DAMAGES_BACK = 6 + (1 + 120 + 1) + 4 + 2 * (40 + 4);
