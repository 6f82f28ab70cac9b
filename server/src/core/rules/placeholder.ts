import type { BlockRule } from '../kit/rule';
import { triggeredMatches } from '../text/scan';
import { pieceAt, sentencesOf } from '../text/pieces';
import { matchesIn, triggerWords } from '../text/triggerWords';
import { isSignatureBlank } from '../text/signatureBlock';

// Unfilled placeholders: [PARTIJ], [NAAM LEVERANCIER], [•], [...], [datum], a party role in brackets
// ([Leverancier]) and [omschrijving] (which our own fixes leave), XX dagen, "…" standing alone,
// ____ lines and raw snippet tab stops (${1:...}, $1). Bounded and linear.
export const PLACEHOLDER = new RegExp(
  [
    // Square brackets around capitals, bullets, dots or a known placeholder word; not a Markdown link or checkbox.
    // A contract's model writes the word with a capital too: "[Naam Opdrachtgever]", "[Telefoonnummer Opdrachtnemer]".
    '\\[(?:[\\p{Lu}][\\p{Lu}\\p{N} ._/-]{1,40}|[•·]{1,3}|\\.{2,5}|…{1,3}|_{1,20}|(?:datum|naam|bedrag|plaats|adres|partij|nummer|percentage|termijn|aantal|omschrijving|beschrijving|[Ll]everancier|[Oo]pdrachtgever|[Oo]pdrachtnemer|[Kk]lant|[Gg]ebruiker|xx+|invullen|PM|[\\p{Lu}][\\p{Ll}]{0,20}(?:naam|nummer|adres|datum|plaats|bedrag)|(?:Naam|Datum|Bedrag|Plaats|Adres|Partij|Nummer|Functie|Omschrijving)(?=[ \\]]))(?:[ \\p{L}]{0,45}))\\](?!\\()',
    // A note to the drafter with an example still to be replaced: "[bijv. 99,5% per maand]", "[bv. 12 maanden]".
    '\\[(?:[Bb]ijv\\.?|[Bb]v\\.?|[Bb]\\.v\\.|[Bb]ijvoorbeeld:?|[Ee]\\.g\\.|[Vv]oorbeeld:)[ \\t][^\\]\\[\\n]{1,140}\\](?!\\()',
    // XX, XXX and xx as a number ("XX dagen", "€ XX").
    '(?<![\\p{L}\\p{N}])(?:XX{1,3}|xx{1,3})(?![\\p{L}\\p{N}])',
    // An ellipsis or a run of dots standing in for a word: "binnen … dagen", "€ ....".
    '(?<=[\\s(€:])(?:…|\\.{3,10})(?=[\\s),;]|$)',
    // Blanks to fill in.
    '_{4,40}',
    // Snippet syntax left in the text.
    '\\$\\{\\d{1,2}(?::[^}\\n]{0,80}|\\|[^}\\n]{0,120})?\\}',
  ].join('|'),
  'gmu',
);

/**
 * Where a PLACEHOLDER match can start, one character matched and the rest looked ahead at: "[", "XX",
 * "xx", "…", "...", "____" or "${" (keep in step with the alternatives above). A full stop alone is
 * not enough: prose has one in every sentence, and the pattern would be tried at each.
 */
export const PLACEHOLDER_START = /[[…]|X(?=X)|x(?=x)|\.(?=\.\.)|_(?=___)|\$(?=\{)/g;

/**
 * Whether PLACEHOLDER_START matches anywhere in text, by literal searches: much cheaper than the
 * regex scan, which stops at every full stop and "x" of the prose (placeholder.test.ts proves them equal).
 */
export function mayHoldPlaceholder(text: string): boolean {
  return (
    text.includes('[') ||
    text.includes('…') ||
    text.includes('XX') ||
    text.includes('xx') ||
    text.includes('...') ||
    text.includes('____') ||
    text.includes('${')
  );
}

// A template value left at nil where a cap or limit is set: "beperkt tot een bedrag van EUR 0.00",
// "maximaal 0% van". Free delivery ("verzendkosten € 0,00") names no cap and is left alone.
const ZERO = /(?:€|EUR|euro)[ \t]{0,2}0(?:[.,]0{1,2}|,-)?(?![\d.,]*\d)|(?<![\d.,])0(?:[.,]0{1,2})?[ \t]{0,2}(?:%|procent)/giu;
const CAP = /beperkt|maximaal|maximum|ten[ \t\n]{1,4}hoogste|niet[ \t\n]{1,4}meer[ \t\n]{1,4}dan|plafond|begrensd/i;
// A lapse with no term: "vervalt na het ontstaan van de vordering" (the template's "... maanden" dropped).
const NO_TERM = /(?:vervalt|vervallen|verjaart|verjaren)[ \t\n]{1,4}na[ \t\n]{1,4}(?:het|de)[ \t\n]{1,4}(?:ontstaan|aanvang|totstandkoming|beëindiging|einde|ontdekking|opeisbaarheid)(?![\p{L}])/giu;
const NO_TERM_GATE = triggerWords(['verv', 'verja']);

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'placeholder',
    category: 'structuur',
    defaultSeverity: 'error',
    title: { nl: 'Niet ingevulde plaatshouder', en: 'Unfilled placeholder' },
    messages: {
      default: {
        nl: '"{found}" is een plaatshouder die nog niet is ingevuld. Een beding met een open plek is onbepaald en kan tegen de opsteller worden uitgelegd (artikel 6:238 lid 2 BW); vul het in of schrap het.',
        en: '"{found}" is a placeholder that has not been filled in. A clause with a blank is indeterminate and may be read against the drafter (article 6:238(2) BW); fill it in or delete it.',
      },
      // Article 6:238(2) governs contracts with consumers only ("een overeenkomst als bedoeld in de artikelen
      // 236 en 237"); toward a business the messages cite no statute.
      defaultB2b: {
        nl: '"{found}" is een plaatshouder die nog niet is ingevuld. Een beding met een open plek is onbepaald; vul het in of schrap het.',
        en: '"{found}" is a placeholder that has not been filled in. A clause with a blank is indeterminate; fill it in or delete it.',
      },
      zero: {
        nl: '"{found}" als grens ziet eruit als een niet ingevulde waarde uit een model: een limiet van nul maakt het beding zinledig, en bij twijfel over de betekenis van een beding geldt tegenover een consument de voor hem gunstigste uitleg (artikel 6:238 lid 2 BW). Vul het bedrag of percentage in of schrap het beding.',
        en: '"{found}" as a limit looks like a template value left unfilled: a cap of nil makes the clause meaningless, and where the meaning of a clause is in doubt the reading most favourable to the consumer prevails (article 6:238(2) BW). Fill in the amount or percentage or delete the clause.',
      },
      zeroB2b: {
        nl: '"{found}" als grens ziet eruit als een niet ingevulde waarde uit een model: een limiet van nul maakt het beding zinledig. Vul het bedrag of percentage in of schrap het beding.',
        en: '"{found}" as a limit looks like a template value left unfilled: a cap of nil makes the clause meaningless. Fill in the amount or percentage or delete the clause.',
      },
      noTerm: {
        nl: '"{found}": hier ontbreekt de termijn (bijvoorbeeld "twaalf maanden na"). Letterlijk gelezen vervalt het recht op het moment dat het ontstaat; bij twijfel over de betekenis van een beding geldt tegenover een consument de voor hem gunstigste uitleg (artikel 6:238 lid 2 BW). Vul de termijn in.',
        en: '"{found}": the term is missing (for instance "twelve months after"). Read literally the right lapses the moment it arises; where the meaning of a clause is in doubt the reading most favourable to the consumer prevails (article 6:238(2) BW). Fill in the term.',
      },
      noTermB2b: {
        nl: '"{found}": hier ontbreekt de termijn (bijvoorbeeld "twaalf maanden na"). Letterlijk gelezen vervalt het recht op het moment dat het ontstaat. Vul de termijn in.',
        en: '"{found}": the term is missing (for instance "twelve months after"). Read literally the right lapses the moment it arises. Fill in the term.',
      },
    },
  },
  check(block, ctx) {
    const text = block.text;
    const b2b = ctx.audience === 'b2b';
    // Literal tests first: most articles hold neither a "0" nor a lapse.
    if (text.includes('0')) {
      ZERO.lastIndex = 0;
      for (let m = ZERO.exec(text); m; m = ZERO.exec(text)) {
        const s = pieceAt(sentencesOf(block), m.index);
        if (s && CAP.test(s.text)) ctx.report({ span: { start: m.index, end: m.index + m[0].length }, messageId: b2b ? 'zeroB2b' : 'zero', args: { found: m[0] } });
      }
    }
    for (const m of matchesIn(block, NO_TERM, NO_TERM_GATE)) {
      ctx.report({ span: { start: m.index, end: m.index + m[0].length }, messageId: b2b ? 'noTermB2b' : 'noTerm', args: { found: m[0] } });
    }
    if (!mayHoldPlaceholder(text)) return;
    // Every placeholder starts with one of PLACEHOLDER_START: the pattern is tried only there.
    for (const m of triggeredMatches(text, PLACEHOLDER, PLACEHOLDER_START)) {
      const found = m[0];
      // "[ ]" and "[x]" after a list marker are Markdown checkboxes, not placeholders.
      if (/^\[[ xX]\]$/.test(found)) continue;
      // "Handtekening: ______" below "in tweevoud ondertekend": filled in when the parties sign.
      if (/^[_.…]+$/.test(found) && isSignatureBlank(text, m.index, m.index + found.length)) continue;
      ctx.report({ span: { start: m.index, end: m.index + found.length }, messageId: b2b ? 'defaultB2b' : 'default', args: { found } });
    }
  },
};
