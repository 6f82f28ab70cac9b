// d/t errors a dictionary cannot see alone: "betaald" and "draag" are words, but not after "jij" or
// after a party named as subject. Only two forms where the sentence decides without a parser:
//  - a subject pronoun (jij, hij, u, men) directly followed by a past participle in -d whose present
//    form in -t is a word ("Jij betaald" -> "betaalt"), when no auxiliary follows ("dat u betaald hebt");
//  - a sentence opening with a capitalised subject and a bare stem before "er"/"zich"/"ervoor", an article,
//    "met"/"bij" or "niet"/"enkel" ("Opdrachtgever draag er zorg voor", "Klant stel enkel ..." -> "draagt",
//    "stelt"), or a subject pronoun and a bare stem ("u kun").
// And "word" where no "ik" goes with it ("de overeenkomst word ontbonden"): see wordWithoutT.
import type { Speller } from './dictionary';
import { inEnglishSentence } from './foreign';

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
// A subject pronoun and a bare stem whose -t form is a word: "U kun", "Hij verklaar"; tried only where the
// pronoun opens the sentence ("dat ik u betaal": there "u" is the object).
const PRONOUN_STEM = /(?<![\p{L}\p{N}])(jij|hij|u|men)[ \t]+(\p{Ll}{3,})(?![\p{L}\p{N}'’-])/iuy;
const AUXILIARY = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden', 'is', 'ben', 'bent', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden', 'zal', 'zult', 'zullen', 'kan', 'kunt', 'kunnen', 'moet', 'moeten', 'mag', 'mogen', 'wil', 'wilt', 'willen', 'zou', 'zouden', 'blijft', 'blijkt', 'lijkt', 'raakt']);
const PARTICIPLE = /^(?:be|ge|ver|ont|her|er)\p{Ll}{2,}d$/u;
const SUBJECT_STEM = /(?:^|[.!?]\s+|\n[ \t]*(?:[\d.]+[ \t]+)?)((?:[Dd]e[ \t]+)?\p{Lu}\p{Ll}+)[ \t]+(\p{Ll}{3,})[ \t]+(er|zich|ervoor|erop|ermee|de|het|een|alle|geen|zijn|haar|hun|deze|dit|die|met|bij|niet|nimmer|nooit|enkel|uitsluitend|slechts|altijd|steeds)(?![\p{L}])/gu;
// Stems whose -t form is another word, or that are finite on their own: never a d/t error here.
const NOT_A_STEM = new Set(['wel', 'meer', 'deel', 'zorg', 'gebruik', 'plaats', 'kennis', 'hoop', 'dank', 'weet', 'vrees', 'eis', 'acht', 'les', 'beroep', 'vast', 'terug', 'mee', 'ook', 'maar', 'kan', 'zal', 'mag', 'wil', 'ben', 'heb', 'had', 'was', 'zou', 'kon', 'moest', 'werd', 'bleef', 'deed', 'gaf', 'nam', 'zag', 'kwam', 'ging', 'stond', 'lag', 'zat', 'liet', 'hield', 'droeg', 'bracht', 'dacht', 'zocht', 'kocht']);

// Sentence openers that are no subject: "In geval er ...", "Op verzoek ...", "Bij levering ...".
const NOT_A_SUBJECT = new Set(['de', 'maar', 'zelfs', 'soms', 'vervolgens', 'natuurlijk', 'hieronder', 'hierboven', 'wel', 'niets', 'en', 'of', 'hoe', 'meer', 'daarom', 'daarnaast', 'eerst', 'dus', 'toen', 'ik', 'wij', 'we', 'ze', 'zij', 'jullie', 'mijn', 'onze', 'in', 'op', 'bij', 'na', 'voor', 'met', 'als', 'indien', 'tenzij', 'wanneer', 'zodra', 'daarna', 'ook', 'dan', 'nu', 'om', 'tot', 'door', 'uit', 'van', 'aan', 'over', 'onder', 'zonder', 'per', 'ter', 'ten', 'bovendien', 'tevens', 'voorts', 'echter', 'alleen', 'zo', 'hier', 'daar', 'waar', 'wie', 'wat', 'elke', 'iedere', 'alle', 'geen', 'deze', 'die', 'dit', 'dat', 'een', 'het']);

export function verbEndings(text: string, speller: Speller): VerbEnding[] {
  const out: VerbEnding[] = [];
  PRONOUN_START.lastIndex = 0;
  while (PRONOUN_START.test(text)) {
    // The match is the pronoun and one blank: "u" is the only one that ends in "u".
    const end = PRONOUN_START.lastIndex;
    const at = (text.charCodeAt(end - 2) | 32) === 117 ? end - 2 : end - 4;
    // Inside a word ("nemen ", "nu "): neither pattern below can start there (both want no letter or digit
    // before the pronoun, a sentence opening a blank or line break).
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    if ((before >= 97 && before <= 122) || (before >= 65 && before <= 90) || (before >= 48 && before <= 57)) continue;
    PRONOUN.lastIndex = at;
    const m = PRONOUN.exec(text);
    if (m) {
      const [, subject, word] = m;
      const right = word.slice(0, -1) + 't';
      if (PARTICIPLE.test(word.toLowerCase()) && speller.isWord(right) && !auxiliaryFollows(text, m.index + m[0].length)) {
        const start = m.index + m[0].length - word.length;
        out.push({ found: word, right, subject, start, end: start + word.length });
      }
    }
    // A bare stem only where the pronoun opens the sentence: in a subordinate clause the verb stands at its
    // end, and the word after the pronoun is an adverb or a noun ("dat hij pas later betaalt").
    if (!opensSentence(text, at)) continue;
    PRONOUN_STEM.lastIndex = at;
    const s = PRONOUN_STEM.exec(text);
    if (!s) continue;
    const [, subject, stem] = s;
    const start = s.index + s[0].length - stem.length;
    if (!isBareStem(stem, speller) || finiteVerbFollows(text, start + stem.length, speller)) continue;
    out.push({ found: stem, right: stem + 't', subject, start, end: start + stem.length });
  }
  for (const m of text.matchAll(SUBJECT_STEM)) {
    const [whole, subject, stem, follower] = m;
    // "zorg" is a noun too ("zorg dragen"), but before "er" or "ervoor" only the verb: "Leverancier zorg er voor".
    const verbZorg = stem === 'zorg' && /^er/.test(follower) && speller.isListed('zorgt');
    if (NOT_A_SUBJECT.has(subject.toLowerCase()) || !(verbZorg || isBareStem(stem, speller))) continue;
    // The stem ends before the blanks before the follower.
    let end = m.index + whole.length - follower.length;
    while (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9) end--;
    const start = end - stem.length;
    // A capitalised pronoun ("Hij draag") was read above: one finding.
    if (out.some((v) => v.start === start)) continue;
    out.push({ found: stem, right: stem + 't', subject: subject.replace(/^[Dd]e[ \t]+/, ''), start, end });
  }
  return out;
}

/** Whether an auxiliary follows within two words ("dat u betaald hebt", "nadat hij betaald heeft"). */
function auxiliaryFollows(text: string, at: number): boolean {
  const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(at, at + 30));
  const next2 = /^[ \t]+\p{L}+[ \t]+(\p{L}+)/u.exec(text.slice(at, at + 60));
  return (!!next && AUXILIARY.has(next[1].toLowerCase())) || (!!next2 && AUXILIARY.has(next2[1].toLowerCase()));
}

/** A stem ("draag", "kun") that is a word, whose -t form is a word too, and that is no adverb or noun of a fixed phrase. */
function isBareStem(stem: string, speller: Speller): boolean {
  return !NOT_A_STEM.has(stem) && !CLOSED.has(stem) && !/[dt]$/.test(stem) && speller.isWord(stem) && speller.isListed(stem + 't');
}

// Prepositions, adverbs and pronouns whose -t form happens to be a word ("voor"/"voort", "bij"/"bijt", "pas"/"past").
const CLOSED = new Set(['ten', 'ter', 'indien', 'jij', 'je', 'voor', 'bij', 'pas', 'zij', 'wij', 'men', 'hierbij', 'daarbij', 'waarbij', 'naar', 'over', 'onder', 'door', 'tegen', 'zonder', 'binnen', 'buiten', 'volgens', 'tijdens', 'dus', 'toch', 'zelf', 'weer', 'nog', 'steeds', 'altijd', 'nooit', 'slechts', 'alleen', 'daar', 'hier', 'waar', 'zo', 'even', 'ieder', 'elk', 'onze', 'uw', 'hun', 'mij', 'jou', 'hen', 'hem', 'ons']);

/** Whether `at` opens a sentence: the text's start, after [.!?] and a blank, or a line's start after its number. */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 20), at);
  return at === 0 || /(?:[.!?][ \t]+|\n[ \t]*(?:[\d.]+[ \t]+)?)$/.test(before) || (at < 20 && /^[ \t]*(?:[\d.]+[ \t]+)?$/.test(before));
}

// Words that end in -t and are no finite verb.
const NOT_FINITE = new Set(['het', 'niet', 'dat', 'wat', 'met', 'tot', 'uit', 'wit', 'recht', 'licht', 'vast', 'best', 'eerst', 'laatst', 'meest', 'straks', 'echt', 'slecht', 'zelfst']);

/** Whether the next word is a finite verb in -t: then the stem before it is a noun or adverb ("u zorg draagt"). */
function finiteVerbFollows(text: string, at: number, speller: Speller): boolean {
  const next = /^[ \t]+(\p{Ll}+t)(?![\p{L}])/u.exec(text.slice(at, at + 40))?.[1];
  return !!next && !NOT_FINITE.has(next) && speller.isWord(next) && speller.isWord(next.slice(0, -1));
}

const WORD_CANDIDATE = /word(?![\p{L}\p{N}])/giu;
const SUBJECT_AFTER = new Set(['ik', 'je', 'jij']);

/**
 * "word" is the form after "ik" only (and before "je", "jij" in inversion: "word je", or a command at a
 * sentence's start: "Word lid"). Elsewhere it stands for "wordt": "de overeenkomst word ontbonden".
 * Not in an English sentence ("a word"), nor as a name ("Word").
 */
export function wordWithoutT(text: string): Array<{ start: number; end: number; found: string; article?: string }> {
  const out: Array<{ start: number; end: number; found: string; article?: string }> = [];
  for (const m of text.matchAll(WORD_CANDIDATE)) {
    const start = m.index;
    const end = start + 4;
    if (start > 0 && /[\p{L}\p{N}'’-]/u.test(text[start - 1])) continue;
    if (text[end] === '-' || text[end] === '’' || text[end] === "'") continue;
    const found = text.slice(start, end);
    // "Word" is a name ("in Word") or opens a sentence (a command, "Word lid"): only "word" is read.
    if (found !== 'word') continue;
    // The sentence so far: "ik" in it goes with "word" ("als ik door u word gebeld").
    const before = text.slice(Math.max(0, start - 80), start);
    const sentence = before.slice(Math.max(before.search(/[.!?:;]\s[^.!?:;]*$/u) + 1, before.lastIndexOf('\n') + 1));
    if (/(?<![\p{L}])ik(?![\p{L}])/iu.test(sentence)) continue;
    // A sentence's first word: a command, a heading.
    if (!/\p{L}/u.test(sentence)) continue;
    const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 20))?.[1]?.toLowerCase();
    if (next && SUBJECT_AFTER.has(next)) continue;
    if (/["“”'‘]$/u.test(before.trimEnd()) || inEnglishSentence(text, start, end)) continue;
    // "in de zin van het word.", "een word": after an article and before no verb, the noun "woord" lost its o.
    const article = /(?<![\p{L}])(het|een)[ \t]+$/iu.exec(before)?.[1];
    if (article && (article.toLowerCase() === 'een' || /^[ \t]*(?:[.,;:!?)]|$)/u.test(text.slice(end, end + 3)))) {
      out.push({ start, end, found, article });
      continue;
    }
    out.push({ start, end, found });
  }
  return out;
}
