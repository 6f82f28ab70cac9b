// A contract's signature block: "Aldus overeengekomen en in tweevoud ondertekend te ... op ...", then per party
// "Naam:", "Functie:", "Datum:" and a line to sign on. Its blanks are filled in when the parties sign, so they are
// no placeholders left in a clause.

/** How far back from a blank the signing formula may stand (a block for each of several parties). */
const LOOK_BACK = 1500;
/** The words of a signing formula or of a signature line. */
const SIGNING = /onder(?:te)?ken|getekend|handtekening|paraaf|voor[ \t]{1,4}akkoord/i;
/** What may stand beside a blank on a signature line: a label ("Handtekening:", "Naam:"), nothing else. */
const FIELD_LABEL = /^[ \t]{0,8}(?:handtekening|paraaf|naam|functie|datum|plaats|getekend|voor[ \t]{1,4}akkoord|namens[ \t]{1,4}[^:\n]{1,60}|in[ \t]{1,4}de[ \t]{1,4}hoedanigheid[ \t]{1,4}van)[ \t]{0,4}:?[ \t]{0,8}$/i;
/** A line of blanks only: runs of underscores or dots with blanks between them. */
const BLANKS_ONLY = /^[ \t_.…]*$/;
/** "Groningen, ______ 2027": the place of signing before the date to fill in. */
const PLACE_COMMA = /^[ \t]{0,8}\p{Lu}[\p{L}'’ -]{1,40},[ \t]{0,4}$/u;
/** What may follow the date's blank: a year, then blanks. */
const YEAR_TAIL = /^[ \t]{0,4}(?:\d{4})?[ \t_.…]*$/;
/** The signing formula's own blanks: "ondertekend te ______ op ______". */
const FORMULA_SLOT = /(?:[ \t](?:te|op|d\.d\.)|,)[ \t]{0,4}$/i;
/** A line that opens with a signing formula ("Aldus overeengekomen", "Getekend te"), not a clause about signing. */
const FORMULA_LINE = /^[ \t]{0,8}(?:aldus|getekend|ondertekend|opgemaakt|overeengekomen|voor[ \t]{1,4}akkoord)(?![\p{L}])/iu;

/**
 * Whether the blank at [start, end) of `text` is a field of a signature block: a place or date left open in the
 * signing formula, or a line that holds only blanks, a label ("Naam:") or a place before them, with a signing
 * formula or a signature label on that line or shortly before it.
 */
export function isSignatureBlank(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  if (FORMULA_LINE.test(before) && SIGNING.test(before) && FORMULA_SLOT.test(before)) return true;
  // Two signature lines side by side ("_____      _____"): what stands before is blanks only, or a label.
  const labelled = FIELD_LABEL.test(before);
  const place = !labelled && PLACE_COMMA.test(before);
  if (!labelled && !place && !BLANKS_ONLY.test(before)) return false;
  if (!(place ? YEAR_TAIL : BLANKS_ONLY).test(after)) return false;
  if (labelled && SIGNING.test(before)) return true;
  return SIGNING.test(text.slice(Math.max(0, lineStart - LOOK_BACK), lineStart));
}
