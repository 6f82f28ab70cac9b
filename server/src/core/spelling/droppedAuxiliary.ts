// A main clause that opens with its subject has the finite verb in second place: "Leverancier zal
// proberen ...". "Leverancier al proberen ..." has none; "al" before an infinitive there is "zal" with
// its first letter lost ("zullen" after a plural subject). Every word is right on its own, so only the
// sentence shows it: a sentence (or list item) that opens with a party or a defined term, then "al",
// then an infinitive the dictionary knows.
import type { Speller } from './dictionary';

export interface DroppedAuxiliary {
  start: number;
  end: number;
  /** The subject as written ("Leverancier"). */
  subject: string;
  right: 'zal' | 'zullen';
}

// Sentence start, then an optional article and a capitalised word, "al", and a word in -en. Sticky: tried
// only from the start of a sentence that holds " al " (openings below).
const OPENING =
  /(?:^|[.!?][ \t]+|\n[ \t]*(?:(?:[-*•]|\d{1,3}(?:\.\d{1,3}){0,3}\.?|\(?[a-z]\)|[a-z]\.)[ \t]+)?)((?:[Dd]e[ \t]+|[Hh]et[ \t]+)?\p{Lu}[\p{L}-]+)[ \t]+(al)[ \t]+(\p{Ll}{3,}en)(?![\p{L}])/duy;
// Capitalised openers that are no subject: conjunctions and adverbs ("Ook al zouden ...", "Zelfs al
// hebben ..."), prepositions, pronouns and determiners.
const NOT_A_SUBJECT = new Set([
  'ook', 'zelfs', 'en', 'of', 'maar', 'want', 'dus', 'toch', 'nu', 'dan', 'zo', 'hoe', 'hoewel', 'al', 'nog',
  'reeds', 'wie', 'wat', 'waar', 'als', 'indien', 'tenzij', 'wanneer', 'zodra', 'nadat', 'voordat', 'omdat',
  'doordat', 'mocht', 'mochten', 'in', 'op', 'bij', 'na', 'voor', 'met', 'tot', 'door', 'uit', 'van', 'aan',
  'over', 'onder', 'zonder', 'per', 'ter', 'ten', 'dit', 'dat', 'deze', 'die', 'het', 'een', 'er', 'hier',
  'daar', 'toen', 'eerst', 'daarna', 'vervolgens', 'tevens', 'bovendien', 'voorts', 'echter', 'alleen',
  'sinds', 'gedurende', 'binnen',
]);
// Words in -en after "al" that are no infinitive: "al jaren", "al eerder", "al dan niet".
const NOT_AN_INFINITIVE = new Set(['jaren', 'maanden', 'weken', 'dagen', 'uren', 'eeuwen', 'decennia', 'tijden', 'malen', 'keren', 'even', 'geleden', 'boven', 'binnen', 'buiten', 'tegen', 'tussen', 'sinds', 'eigen', 'volgens', 'zeven', 'negen', 'tien', 'elf']);

// Where OPENING can match: an "al" between spaces (a plain search; a tab there is left alone).
// How far before "al" the sentence may start: a list number, an article and a long party name.
const MAX_OPENING = 80;

/** ".", "!", "?" or a line break. */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}

function* openings(text: string): Generator<RegExpExecArray> {
  let next = 0;
  for (let at = text.indexOf(' al '); at >= 0; at = text.indexOf(' al ', at + 1)) {
    if (at < next) continue;
    let from = at;
    while (from > 0 && at - from < MAX_OPENING && !isSentenceEnd(text.charCodeAt(from - 1))) from--;
    // OPENING reads the sentence end before the subject itself: start at that character (or the text start).
    OPENING.lastIndex = from > 0 ? from - 1 : 0;
    const m = OPENING.exec(text);
    if (m && m.indices?.[2]?.[0] === at + 1) {
      next = m.index + m[0].length;
      yield m;
    }
  }
}

export function droppedAuxiliaries(text: string, speller: Speller): DroppedAuxiliary[] {
  const out: DroppedAuxiliary[] = [];
  for (const m of openings(text)) {
    const [, subject, , verb] = m;
    const head = subject.replace(/^(?:de|het)[ \t]+/i, '');
    if (NOT_A_SUBJECT.has(head.toLowerCase()) || NOT_AN_INFINITIVE.has(verb)) continue;
    if (!speller.isWord(verb)) continue;
    const start = m.indices?.[2]?.[0] ?? -1;
    if (start < 0) continue;
    // A plural subject ("Partijen") takes "zullen"; a name in capitals is one party.
    out.push({ start, end: start + 2, subject: head, right: /en$/.test(head) && !/^\p{Lu}+$/u.test(head) ? 'zullen' : 'zal' });
  }
  return out;
}
