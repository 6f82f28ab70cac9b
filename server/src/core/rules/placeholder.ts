import type { BlockRule } from './rule';
import { triggeredMatches } from '../text/scan';

// Unfilled placeholders: [PARTIJ], [NAAM LEVERANCIER], [•], [...], [datum], a party role in brackets
// ([Leverancier]) and [omschrijving] (which our own fixes leave), XX dagen, "…" standing alone,
// ____ lines and raw snippet tab stops (${1:...}, $1). Bounded and linear.
export const PLACEHOLDER = new RegExp(
  [
    // Square brackets around capitals, bullets, dots or a known placeholder word; not a Markdown link or checkbox.
    '\\[(?:[\\p{Lu}][\\p{Lu}\\p{N} ._/-]{1,40}|[•·]{1,3}|\\.{2,5}|…{1,3}|_{1,20}|(?:datum|naam|bedrag|plaats|adres|partij|nummer|percentage|termijn|aantal|omschrijving|beschrijving|[Ll]everancier|[Oo]pdrachtgever|[Oo]pdrachtnemer|[Kk]lant|[Gg]ebruiker|xx+|invullen|PM)(?:[ \\p{L}]{0,30}))\\](?!\\()',
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
    },
  },
  check(block, ctx) {
    const text = block.text;
    if (!mayHoldPlaceholder(text)) return;
    // Every placeholder starts with one of PLACEHOLDER_START: the pattern is tried only there.
    for (const m of triggeredMatches(text, PLACEHOLDER, PLACEHOLDER_START)) {
      const found = m[0];
      // "[ ]" and "[x]" after a list marker are Markdown checkboxes, not placeholders.
      if (/^\[[ xX]\]$/.test(found)) continue;
      ctx.report({ span: { start: m.index, end: m.index + found.length }, args: { found } });
    }
  },
};
