// Letters stored as a base letter plus a combining mark ("e" + U+0308 for "ë"), as some converters
// write them. They look right but a search for "beëindiging" does not find them, and a spelling check
// or a reader's software may stumble on them. Only where one precomposed letter exists (NFC).

export interface Decomposed {
  word: string;
  composed: string;
  start: number;
  end: number;
}

const BASE_AND_MARKS = /\p{L}\p{M}+/gu;
const MARK = /\p{M}/u;

export function decomposedLetters(text: string): Decomposed[] {
  const out: Decomposed[] = [];
  // Almost every draft has no combining mark at all: one search settles that.
  if (!MARK.test(text)) return out;
  for (const m of text.matchAll(BASE_AND_MARKS)) {
    const composed = m[0].normalize('NFC');
    if (composed !== m[0]) out.push({ word: m[0], composed, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
