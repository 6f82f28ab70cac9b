// Test support: the implementation the word automaton replaced, kept as its reference. A regex
// alternation shaped like a trie (at each position the longest word wins), run over the lower-cased
// text, looking again one character after each hit, so overlapping words are all found; every word
// that is a prefix of a hit is reported at its position.
import { lowerForGates } from './triggerWords';

function trieSource(words: string[]): string {
  type Node = Map<string, Node | null>;
  const root: Node = new Map();
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let next = n.get(ch);
      if (!next) n.set(ch, (next = new Map()));
      n = next;
    }
    n.set('', null);
  }
  const esc = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  const emit = (n: Node): string => {
    const alts: string[] = [];
    let end = false;
    for (const [k, v] of n) {
      if (k === '') end = true;
      else alts.push(esc(k) + emit(v!));
    }
    if (!alts.length) return '';
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
    return end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/** The previous implementation: positions in lowerForGates(text), per word id. */
export function referenceHits(words: string[], text: string): number[][] {
  const re = new RegExp(trieSource(words), 'g');
  const prefixIds = new Map(words.map((w) => [w, words.flatMap((p, id) => (w.startsWith(p) ? [id] : []))]));
  const lower = lowerForGates(text);
  const hits: number[][] = words.map(() => []);
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    for (const id of prefixIds.get(m[0])!) hits[id].push(m.index);
    re.lastIndex = m.index + 1;
  }
  return hits;
}

