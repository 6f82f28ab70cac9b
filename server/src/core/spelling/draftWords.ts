// The words a draft itself uses, counted: the likeliest intent of a typing error is a word written
// correctly elsewhere in the same draft. Read only when quick fixes are asked for, once per text.

export interface DraftWord {
  /** How often the draft writes it (any case). */
  count: number;
  /** The form to offer: lower case where the draft writes it so anywhere, else as first written ("Opdrachtnemer"). */
  form: string;
}

let last: { text: string; words: Map<string, DraftWord> } | undefined;

/** The draft's words by their lower-case form (letters only: a hyphenated word counts as its parts). */
export function draftWords(text: string): ReadonlyMap<string, DraftWord> {
  if (last?.text === text) return last.words;
  const words = new Map<string, DraftWord>();
  for (const m of text.normalize('NFC').matchAll(/\p{L}+/gu)) {
    const w = m[0];
    const key = w.toLowerCase();
    const seen = words.get(key);
    if (!seen) words.set(key, { count: 1, form: w });
    else {
      seen.count++;
      if (w === key) seen.form = key;
    }
  }
  last = { text, words };
  return words;
}
