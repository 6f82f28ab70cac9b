// A bracketed note to the drafter that still has to be replaced by the real term: "[bijv. 24/7 of
// werkdagen 9-17 uur]", "[bv. 99,5% per maand]". What it says is an example, not a promise of the draft.
export const DRAFTER_NOTE_OPEN = /^\[(?:[Bb]ijv\.?|[Bb]v\.?|[Bb]\.v\.|[Bb]ijvoorbeeld:?|[Ee]\.g\.|[Vv]oorbeeld:)[ \t]/u;
// One line at most, as the placeholder rule reads it.
const MAX_NOTE = 160;

/** Whether offset `at` of `text` lies inside a drafter's note in square brackets on one line. */
export function inDrafterNote(text: string, at: number): boolean {
  let open = -1;
  for (let i = at - 1; i >= 0 && at - i <= MAX_NOTE; i--) {
    const c = text[i];
    if (c === '\n' || c === ']') return false;
    if (c === '[') {
      open = i;
      break;
    }
  }
  if (open < 0 || !DRAFTER_NOTE_OPEN.test(text.slice(open, open + 20))) return false;
  for (let i = at; i < text.length && i - open <= MAX_NOTE; i++) {
    if (text[i] === '\n' || text[i] === '[') return false;
    if (text[i] === ']') return true;
  }
  return false;
}
