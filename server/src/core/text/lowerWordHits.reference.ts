// Test support: what lowerWordHits.ts finds, said plainly. Every match of the word regex in the range that is
// one of the keys, at its offset; the fast scanner must find exactly these.
const WORD = /[a-zß-öø-ÿ][a-zß-öø-ÿ'’]{1,40}/g;

export function lowerWordHitsReference(text: string, from: number, to: number, keys: Iterable<string>): Array<[number, string]> {
  const wanted = new Set(keys);
  const part = text.slice(from, to);
  const hits: Array<[number, string]> = [];
  for (const m of part.matchAll(WORD)) if (wanted.has(m[0])) hits.push([from + m.index, m[0]]);
  return hits;
}
