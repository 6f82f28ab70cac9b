// d/t errors a dictionary cannot see alone: "betaald" and "draag" are words, but not after "jij" or
// after a party named as subject. Only two forms where the sentence decides without a parser:
//  - a subject pronoun (jij, hij, u, men) directly followed by a past participle in -d whose present
//    form in -t is a word ("Jij betaald" -> "betaalt"), when no auxiliary follows ("dat u betaald hebt");
//  - a sentence opening with a capitalised subject and a bare stem before "er"/"zich"/"ervoor"
//    ("Opdrachtgever draag er zorg voor" -> "draagt").
import type { Speller } from './dictionary';

export interface VerbEnding {
  found: string;
  right: string;
  subject: string;
  start: number;
  end: number;
}

const PRONOUN = /(?<![\p{L}\p{N}])(jij|hij|u|men)[ \t]+(\p{Ll}+d)(?![\p{L}\p{N}])/iuy;
// Where PRONOUN can start: /iu folds no other character to the letters of these pronouns, so a plain
// ASCII search finds every start, and the Unicode pattern is tried only there (it cost two scan floors).
const PRONOUN_START = /(?:jij|hij|u|men)[ \t]/gi;
const AUXILIARY = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden', 'is', 'ben', 'bent', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden', 'zal', 'zult', 'zullen', 'kan', 'kunt', 'kunnen', 'moet', 'moeten', 'mag', 'mogen', 'wil', 'wilt', 'willen', 'zou', 'zouden', 'blijft', 'blijkt', 'lijkt', 'raakt']);
const PARTICIPLE = /^(?:be|ge|ver|ont|her|er)\p{Ll}{2,}d$/u;
const SUBJECT_STEM = /(?:^|[.!?]\s+|\n[ \t]*(?:[\d.]+[ \t]+)?)((?:[Dd]e[ \t]+)?\p{Lu}\p{Ll}+)[ \t]+(\p{Ll}{3,})[ \t]+(er|zich|ervoor|erop|ermee)(?![\p{L}])/dgu;
// Stems whose -t form is another word, or that are finite on their own: never a d/t error here.
const NOT_A_STEM = new Set(['kan', 'zal', 'mag', 'wil', 'ben', 'heb', 'had', 'was', 'zou', 'kon', 'moest', 'werd', 'bleef', 'deed', 'gaf', 'nam', 'zag', 'kwam', 'ging', 'stond', 'lag', 'zat', 'liet', 'hield', 'droeg', 'bracht', 'dacht', 'zocht', 'kocht']);

// Sentence openers that are no subject: "In geval er ...", "Op verzoek ...", "Bij levering ...".
const NOT_A_SUBJECT = new Set(['in', 'op', 'bij', 'na', 'voor', 'met', 'als', 'indien', 'tenzij', 'wanneer', 'zodra', 'daarna', 'ook', 'dan', 'nu', 'om', 'tot', 'door', 'uit', 'van', 'aan', 'over', 'onder', 'zonder', 'per', 'ter', 'ten', 'bovendien', 'tevens', 'voorts', 'echter', 'alleen', 'zo', 'hier', 'daar', 'waar', 'wie', 'wat', 'elke', 'iedere', 'alle', 'geen', 'deze', 'die', 'dit', 'dat', 'een', 'het']);

export function verbEndings(text: string, speller: Speller): VerbEnding[] {
  const out: VerbEnding[] = [];
  for (const candidate of text.matchAll(PRONOUN_START)) {
    PRONOUN.lastIndex = candidate.index;
    const m = PRONOUN.exec(text);
    if (!m) continue;
    const [, subject, word] = m;
    if (!PARTICIPLE.test(word.toLowerCase())) continue;
    const right = word.slice(0, -1) + 't';
    if (!speller.isWord(right)) continue;
    const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    const next2 = /^[ \t]+\p{L}+[ \t]+(\p{L}+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if ((next && AUXILIARY.has(next[1].toLowerCase())) || (next2 && AUXILIARY.has(next2[1].toLowerCase()))) continue;
    const start = m.index + m[0].length - word.length;
    out.push({ found: word, right, subject, start, end: start + word.length });
  }
  for (const m of text.matchAll(SUBJECT_STEM)) {
    const [, subject, stem] = m;
    if (NOT_A_STEM.has(stem) || /[dt]$/.test(stem) || NOT_A_SUBJECT.has(subject.toLowerCase())) continue;
    const right = stem + 't';
    if (!speller.isWord(stem) || !speller.isWord(right)) continue;
    const start = m.indices?.[2]?.[0] ?? m.index;
    out.push({ found: stem, right, subject: subject.replace(/^[Dd]e[ \t]+/, ''), start, end: start + stem.length });
  }
  return out;
}
