// A word written twice in a row ("de de", "van van"): almost always a slip when editing.

export interface Doubled {
  word: string;
  /** The span of the second occurrence; removeFrom is where the blank before it starts. */
  start: number;
  end: number;
  removeFrom: number;
}

// Words that Dutch may repeat on purpose: "dat dat", "die die", "had had", a pronoun and its reflexive
// ("als je je aanmeldt", "dat u u houdt aan").
const MAY_REPEAT = new Set(['dat', 'die', 'had', 'was', 'zo', 'heel', 'erg', 'nee', 'ja', 'je', 'u', 'ze', 'we', 'wij', 'zij', 'haar', 'hun']);
const WORD = /[\p{L}\p{M}]+/gu;

export function doubledWords(text: string): Doubled[] {
  const out: Doubled[] = [];
  let prev: { lower: string; end: number } | undefined;
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    const start = m.index;
    // "van Van der Berg": a lower-case word before the same word with a capital starts a name.
    const nameStarts = prev !== undefined && /^\p{Lu}/u.test(m[0]) && !/^\p{Lu}/u.test(text[prev.end - prev.lower.length] ?? '');
    if (prev && !nameStarts && prev.lower === lower && start > prev.end && /^[ \t]+$/.test(text.slice(prev.end, start)) && !MAY_REPEAT.has(lower)) {
      const before = text[prev.end - prev.lower.length - 1];
      const after = text[start + m[0].length];
      // Only whole words: not part of "a-a", "1.de de" stays a hit, "ab ab-test" does not.
      if (!/[\p{N}\-'’]/u.test(before ?? '') && !/[\p{N}\-'’]/u.test(after ?? '')) out.push({ word: m[0], start, end: start + m[0].length, removeFrom: prev.end });
    }
    prev = { lower, end: start + m[0].length };
  }
  return out;
}
