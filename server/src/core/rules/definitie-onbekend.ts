// A capitalised word used like a defined term ("de Licentie") that the draft never defines.
import type { DocumentRule, Memo } from '../kit/rule';
import { scanBlocksWith } from '../engine/incrementalScan';
import type { Definition, DocumentModel, StructureNode } from '../model/types';
import type { Fix } from '../types';
import { isDeterminer, isSentenceStart, pluralsOf, wordBefore } from '../model/definitions';
import { editDistance } from '../text/editDistance';
import { isLatinLetterOrDigit } from '../text/letters';
import { htmlComments } from '../text/htmlComments';
import names from './data/eigennamen.json';
import { definitionList, definitionStubFix, type DefinitionList } from '../fixes/definitionStub';
import { bracketForms } from './definitie-ongebruikt';
import { builtOnTerm, DOCUMENT_TITLE, ordinaryWordsAfter } from '../model/termCompounds';
import { isNameAfterCapitalArticle, isSurnameAfterParticle } from '../text/properNames';


// Names a careful drafter capitalises without defining them: institutions, places, months, days, laws.
const PROPER = new Set(
  (
    'Nederland Nederlands Nederlandse Europa Europese Unie België Belgische Duitsland Duitse Engelse Engels Franse Frans Amsterdam Rotterdam Utrecht Den Haag ' +
    'Belastingdienst Kamer Koophandel Handelsregister Kadaster Rechtbank Gerechtshof Hof Raad Staat Rijk Ministerie Minister Autoriteit Persoonsgegevens Consumentenbond Geschillencommissie ' +
    'Stichting Vereniging Koninkrijk Gemeente Provincie Politie Justitie Kantonrechter Internet E-mail God Kerst Pasen Pinksteren Koningsdag Bevrijdingsdag Nieuwjaarsdag Hemelvaartsdag ' +
    'Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag ' +
    'Burgerlijk Wetboek Wet Grondwet Richtlijn Verordening Besluit Boek Titel Afdeling Hoofdstuk Bijlage Artikel Lid Algemene Voorwaarden Euro Engelstalige Nederlandstalige ' +
    'Koning Koningin Overheid'
  ).split(' '),
);
const PLACES = new Set([...names.places, ...names.countries]);
// "Telecomwet", "Auteurswet", "Arbeidstijdenbesluit": the name of a statute, by its last part.
const STATUTE = new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${names.statuteSuffixes.join('|')})$`, 'u');
const LEGAL_FORMS = new Set(names.legalForms);
// "Wierenga & De Graaf", "Jansen & Zonen": the words joined by an ampersand are a firm's name.
const AMPERSAND_BEFORE = /&[ \t]{1,2}(?:(?:De|Van|Den|Der|Het|Ten|Ter|Van[ \t]{1,2}de[nr]?)[ \t]{1,2})?$/;
const AMPERSAND_AFTER = /^[ \t]{1,2}&[ \t]{1,2}\p{Lu}/u;

// "Wattpiek", "Kilowattuur", "Megabytes": a unit of measure, which some drafters capitalise; it names a quantity, no
// term of the draft. With a decimal prefix any unit; without one only units no ordinary noun shares a spelling with
// ("de Meter" may be the device, "de Bar" a bar).
const UNIT_OF_MEASURE =
  /^(?:(?:kilo|mega|giga|tera|peta|milli|micro|centi|deci|hecto)(?:watt(?:piek(?:en)?|uur|uren)?|volt(?:ampère)?|amp[eè]re(?:uur|uren)?|joule|hertz|meter|gram|liter|byte|bit|calorie|calorieën|newton|pascal|ohm)|watt(?:piek(?:en)?|uur|uren)?|volt(?:ampère)?|amp[eè]re(?:uur|uren)?|joule|hertz|kelvin|decibel)(?:s|en)?$/iu;

export function isUnitOfMeasure(word: string): boolean {
  return UNIT_OF_MEASURE.test(word);
}

/** A word capitalised as a name rather than as a term: a statute, a place or country, or its adjective. */
export function isNameByForm(word: string): boolean {
  return PLACES.has(word) || STATUTE.test(word);
}

/**
 * The draft says that terms defined in another document it names carry the same meaning here ("Alle
 * definities uit de Algemene Voorwaarden hebben dezelfde betekenis"): a capitalised word may be one of
 * those, which this draft cannot show.
 */
const IMPORTED_TERMS = /\b(?:definities|begrippen|termen)\b[^.\n]{0,160}?(?:dezelfde betekenis|zoals (?:omschreven|gedefinieerd|bepaald|opgenomen) in|betekenis (?:die|zoals) [^.\n]{0,60}?(?:in|van) (?:de|het|deze))/i;

/**
 * The words of every capitalised phrase the draft puts in quotation marks (“Opdrachtgever”, "Volledige
 * Gebruiker"), with their plurals: the draft introduces them, in whatever form it defines them.
 */
function quotedWords(text: string): Set<string> {
  const out = new Set<string>();
  const re = /[“"‘„]([A-ZÀ-Þ][^”"’“‘\n]{0,60})[”"’]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const w of m[1].split(/[ \t]+/)) {
      if (!/^[A-ZÀ-Þ]/.test(w)) continue;
      out.add(w);
      for (const p of pluralsOf(w)) out.add(p);
    }
    re.lastIndex = m.index + m[0].length - 1;
  }
  return out;
}

/**
 * Words the draft uses as the name of another document, product or body rather than as a term of its own:
 * the word abbreviated in brackets right after it ("Toegangspassen (TP's)", "de Verordening (AVG)"), and
 * the word before "van"/"voor" and a name of several capitalised words ("de Productgids voor Acme
 * Kantoor", "het Reglement van de Stichting Voorbeeld Geschillen") or of an organisation ("Voorbeeld B.V.").
 */
function namesOfOthers(model: DocumentModel, memo: Memo<NameHit[]> | undefined, known: Set<string>, orgs: Set<string>): Set<string> {
  const out = new Set<string>();
  const add = (w: string) => {
    out.add(w);
    for (const p of pluralsOf(w)) out.add(p);
    for (const s of singularsOf(w)) out.add(s);
  };
  // Per article, remembered by its text: neither form crosses a line, and every article starts one.
  const { text, blocks } = model;
  const inARow = new Map<string, boolean>();
  const twoTerms = (second: string | undefined): boolean => {
    if (second === undefined) return false;
    let v = inARow.get(second);
    if (v === undefined) inARow.set(second, (v = termsInARow(text, second)));
    return v;
  };
  const atLines = blocks.length > 0 && blocks.every((b) => b.span.start === 0 || text.charCodeAt(b.span.start - 1) === 10 || text.charCodeAt(b.span.start - 1) === 13);
  for (const piece of memo && atLines ? blocks.map((b) => b.text) : [text]) {
    let hits = memo?.get(piece);
    if (!hits) {
      hits = nameHits(piece);
      memo?.set(piece, hits);
    }
    for (const h of hits) {
      if (h.owner === undefined) add(h.word);
      else if (!known.has(h.owner) && !isDeterminer(h.owner.toLowerCase()) && ((h.several && !twoTerms(h.second)) || orgs.has(h.owner))) add(h.word);
    }
  }
  return out;
}

/** A word abbreviated after it (no owner), or named "de X van/voor" an owner (of several words or not). */
interface NameHit {
  word: string;
  owner?: string;
  several?: boolean;
  /** The second word of the owner's name. */
  second?: string;
}

function nameHits(text: string): NameHit[] {
  const out: NameHit[] = [];
  ABBREVIATED.lastIndex = 0;
  NAME_OF.lastIndex = 0;
  if (text.includes('(')) {
    for (let m = ABBREVIATED.exec(text); m; m = ABBREVIATED.exec(text)) if (!LEGAL_FORMS.has(m[2])) out.push({ word: m[1] });
  }
  for (let m = NAME_OF.exec(text); m; m = NAME_OF.exec(text)) out.push({ word: m[1], owner: m[2], several: m[3] !== undefined, second: m[3] });
  return out;
}

// "Toegangspassen (TP's en GP's)": a word and, in brackets, its abbreviation. Latin letters, no /u: one pass.
const ABBREVIATED = /([A-ZÀ-Þ][a-zß-öø-ÿ'’-]{2,40})[ \t]{1,2}\([ \t]{0,2}([A-Z][A-Z0-9]{1,9})(?=['’]s|[ \t),\/])/g;
// "de Productgids voor Acme Kantoor": the word, the first word of the owner's name, and a second one.
const NAME_OF = /(?<![A-Za-zÀ-ÿ])(?:de|het)[ \t]{1,3}([A-ZÀ-Þ][a-zß-öø-ÿ'’-]{2,40})[ \t]{1,3}(?:van|voor)[ \t]{1,3}(?:(?:de|het)[ \t]{1,3})?([A-ZÀ-Þ][A-Za-zÀ-ÿ'’&-]{1,40})(?:[ \t]{1,2}([A-ZÀ-Þ][A-Za-zÀ-ÿ]{0,40}))?/g;
// "de Conventie inzake de handel in bedreigde soorten (CITES)": a title, read after the word.
const TITLE_TO_ABBREVIATION = /^[ \t]{1,3}(?:inzake|betreffende|houdende|tot|over|op|ter|van|voor)(?:[ \t]{1,3}[a-zß-öø-ÿ'’-]{1,30}){0,8}[ \t]{1,3}\([A-Z][A-Z0-9]{1,9}[)'’ \t]/;

/**
 * "de Verwerking van de Persoonsgegevens Subverwerkers": no name of two words but two terms in a row, where
 * the second is a plural the draft also uses on its own as a term ("in te schakelen Subverwerkers").
 */
function termsInARow(text: string, second: string | undefined): boolean {
  if (second === undefined || !PLURAL.test(second)) return false;
  for (let i = text.indexOf(second); i >= 0; i = text.indexOf(second, i + second.length)) {
    const end = i + second.length;
    if ((i > 0 && isLatinLetterOrDigit(text.charCodeAt(i - 1))) || isLatinLetterOrDigit(text.charCodeAt(end))) continue;
    if (afterLowerWord(text, i) && !NAME_GOES_ON.test(text.slice(end, end + 24)) && !isSentenceStart(text, i)) return true;
  }
  return false;
}

/** Words that stand before a legal form somewhere in the draft ("Voorbeeld B.V."): organisations. */
function organisations(text: string): Set<string> {
  const out = new Set<string>();
  const re = /([A-ZÀ-Þ][\w\u00C0-\u024F'’&-]{1,40})[ \t]{1,2}([A-Za-z][A-Za-z.]{0,6})/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "Voorbeeld BV." at the end of a sentence: the full stop is the sentence's.
    if (LEGAL_FORMS.has(m[2]) || LEGAL_FORMS.has(m[2].replace(/\.$/, ''))) out.add(m[1]);
    re.lastIndex = m.index + m[1].length;
  }
  return out;
}

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'definitie-onbekend',
    category: 'definities',
    defaultSeverity: 'warning',
    title: { nl: 'Begrip met hoofdletter zonder definitie', en: 'Capitalised term without a definition' },
    messages: {
      default: {
        nl: '"{term}" staat met een hoofdletter, als een gedefinieerd begrip, maar het concept definieert "{term}" niet. Voeg een definitie toe of schrijf het woord met een kleine letter.',
        en: '"{term}" is capitalised like a defined term, but the draft does not define "{term}". Add a definition or write the word in lower case.',
      },
      variant: {
        nl: '"{term}" lijkt een variant van het gedefinieerde begrip "{near}", maar het concept definieert "{term}" niet. Schrijf het gedefinieerde begrip, of voeg een definitie toe als iets anders bedoeld is.',
        en: '"{term}" looks like a variant of the defined term "{near}", but the draft does not define "{term}". Write the defined term, or add a definition if something else is meant.',
      },
      nearMiss: {
        nl: '"{term}" staat met een hoofdletter, als een gedefinieerd begrip, maar het concept definieert "{term}" niet. Het lijkt een verschrijving van het gedefinieerde begrip "{near}": schrijf dat, of voeg een definitie toe.',
        en: '"{term}" is capitalised like a defined term, but the draft does not define "{term}". It looks like a misspelling of the defined term "{near}": write that, or add a definition.',
      },
    },
  },
  check(model, ctx) {
    const { text } = model;
    if (!model.nodes.length) return;
    const known = new Set<string>();
    for (const d of model.definitions) {
      for (const w of d.term.split(' ')) known.add(w);
      // "Administrator(s)": both forms the term allows are known.
      for (const f of bracketForms(d.term)) known.add(f.slice(f.lastIndexOf(' ') + 1));
      // The last word of each form (what split(' ').pop() gives, without the array).
      // d.forms holds the plurals already when the draft covers them (formsOf): not inflected twice.
      for (const f of model.pluralCovered ? [d.term, ...d.forms] : [d.term, ...d.forms, ...pluralsOf(d.term)]) known.add(f.slice(f.lastIndexOf(' ') + 1));
    }
    const prefixes = new Set(model.definitions.map((d) => d.term).filter((t) => !t.includes(' ') && t.length >= 4));
    let si = 0;
    // Whether a term use starts at an offset; the hits come in document order, so a pointer over the
    // uses (in document order too) answers without a set of every use's offset.
    const useList = model.uses;
    let sorted = true;
    for (let i = 1; i < useList.length && sorted; i++) if (useList[i].span.start < useList[i - 1].span.start) sorted = false;
    const useSet = sorted ? undefined : new Set(useList.map((u) => u.span.start));
    let ui = 0;
    let lastAt = -1;
    const usedAt = (at: number): boolean => {
      if (useSet || at < lastAt) return (useSet ?? new Set(useList.map((u) => u.span.start))).has(at);
      lastAt = at;
      while (ui < useList.length && useList[ui].span.start < at) ui++;
      return ui < useList.length && useList[ui].span.start === at;
    };
    // Terms taken from another document: this draft cannot tell which words those are.
    if (IMPORTED_TERMS.test(text.length > 20_000 ? text.slice(0, 20_000) : text)) return;
    const from = model.nodes[0].span.start;
    for (const v of termVariants(text, model.definitions, from)) {
      ctx.report({
        span: { start: v.at, end: v.end },
        messageId: 'variant',
        args: { term: v.variant, near: v.term },
        fixes: [{ ...writeAs(v.variant, wholeWords(text, v.variant).filter((i) => i >= from), v.term, { nl: `Overal "${v.term}" schrijven`, en: `Write "${v.term}" everywhere` }), preferred: true }],
      });
    }
    let orgs: Set<string> | undefined;
    let ownTitle: string[] | undefined;
    let quoted: Set<string> | undefined;
    let others: Set<string> | undefined;
    const ordinary = new Map<string, Set<string>>();
    const reported = new Set<string>();
    let stub: DefinitionList | undefined | null = null;
    let definedForms: Map<string, string> | undefined;
    let skip: Array<{ start: number; end: number }> | undefined;
    const process = (at: number, word: string) => {
      if (reported.has(word) || usedAt(at)) return;
      skip ??= skippedRanges(model);
      while (si < skip.length && skip[si].end <= at) si++;
      if (si < skip.length && skip[si].start <= at) return;
      if (titleLine(text, at, at + word.length)) return;
      if (AMPERSAND_BEFORE.test(text.slice(Math.max(0, at - 16), at)) || AMPERSAND_AFTER.test(text.slice(at + word.length, at + word.length + 6))) return;
      // The title of a document ("de Leveringsvoorwaarden"), or of another instrument abbreviated at its end
      // ("de Conventie inzake … (CITES)"): not this draft's term.
      if (DOCUMENT_TITLE.test(word) || TITLE_TO_ABBREVIATION.test(text.slice(at + word.length, at + word.length + 200))) return;
      // "deze Overeenkomst" in a draft titled "Projectovereenkomst": the draft names itself by its own title.
      if (namesItself(text, at, word, (ownTitle ??= draftTitle(model)))) return;
      // "dit Addendum" inside the part headed "Addendum Gegevensverwerking": the part names itself by its heading.
      if (namesOwnPart(model, at, word)) return;
      // A compound of a defined term ("Opleidingsgelden" beside Opleiding) takes its capital from it.
      if (compoundOfKnown(text, word, prefixes, ordinary)) return;
      orgs ??= organisations(text);
      if (orgs.has(word)) return;
      if (nameCompound(text, word, orgs)) return;
      quoted ??= quotedWords(text);
      if (quoted.has(word)) return;
      others ??= namesOfOthers(model, ctx.memo?.<NameHit[]>('definitie-onbekend:names'), known, orgs);
      if (others.has(word)) return;
      // One word, one finding: its plural ("Toegangslicenties" beside Toegangslicentie) is the same term.
      const singulars = singularsOf(word);
      if (singulars.some((w) => reported.has(w))) return;
      reported.add(word);
      for (const p of [...pluralsOf(word), ...singulars]) reported.add(p);
      if (stub === null) stub = definitionList(model);
      // A word the draft mostly writes in lower case is no term of it: a definition would make every lower-case
      // use a finding (definitie-hoofdletter); the fix writes the capitalised uses in lower case instead.
      // Two scans of the draft per reported word: skipped in very long drafts, which keep the definition fix alone.
      const uses = text.length <= CASE_SCAN_LIMIT ? caseUses(text, word) : { caps: [], lower: [] };
      let fix: Fix | undefined;
      if (uses.lower.length > uses.caps.length) fix = writeAs(word, uses.caps, word.toLowerCase(), { nl: `"${word}" met een kleine letter schrijven`, en: `Write "${word}" in lower case` });
      else if (stub) {
        // Defined, the term is written with its capital everywhere (else definitie-hoofdletter reports the rest).
        fix = definitionStubFix(stub, word);
        fix.edits.push(...writeAs(word, uses.lower, word, fix.title).edits);
      }
      // Shown where the draft first uses the word so, also without a determiner ("door Opdrachtgever").
      const first = firstUse(text, word, at, skip, ownTitle);
      const near = nearForm(word, (definedForms ??= singleWordForms(model)));
      const fixes = fix ? [fix] : [];
      if (near) fixes.unshift({ ...writeAs(word, wholeWords(text, word), near, { nl: `Overal "${near}" schrijven`, en: `Write "${near}" everywhere` }), preferred: true });
      ctx.report({
        span: { start: first, end: first + word.length },
        messageId: near ? 'nearMiss' : undefined,
        args: near ? { term: word, near } : { term: word },
        fixes: fixes.length ? fixes : undefined,
      });
    };
    const byBlock = ctx.memo !== undefined && model.blocks.every((b) => b.span.start === 0 || text.charCodeAt(b.span.start - 1) === 10 || text.charCodeAt(b.span.start - 1) === 13);
    if (!byBlock) {
      // One pass, reporting as it goes: a word already reported or a term use is dropped before its line is read.
      // Most capitalised words are term uses, which the parser found: dropped before their string is built.
      candidates(text, 0, text.length, known, process, (_at, word) => reported.has(word), usedAt);
      return;
    }
    // Candidates per article, remembered between analyses: what an article's own text decides (the
    // word, its neighbours on the line) is read once; `known` depends on the definitions, hence the key.
    // Exact per article when every article starts a line (the checks never read past a line's start).
    const scan = (t: string, from: number, to: number, push: (index: number, word: string) => void) => candidates(t, from, to, known, push);
    for (const m of scanBlocksWith(model, ctx, 'definitie-onbekend', scan, [...known].join('|'))) process(m.index, m[0]);
  },
};

// Latin letters only, no /u: this scans the whole draft.
const WORD = /[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{2,40}/g;
/** [a-zß-öø-ÿ'’-] on one code unit: WORD after its capital. */
function isWordTail(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || c === 39 || c === 0x2019 || c === 45;
}

function isTrailing(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}

/**
 * The matches of /[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{2,40}/g between `from` and `to` that look like an undefined
 * term by what their line says: not known, not a proper name, after a determiner, not starting a sentence,
 * not inside a word, an address or a name. Reported as the word without trailing apostrophes and hyphens.
 */
export function candidates(
  text: string,
  from: number,
  to: number,
  known: Set<string>,
  push: (index: number, word: string) => void,
  /** Drops a word before its line is read (a filter the caller applies anyway). */
  early?: (index: number, word: string) => boolean,
  /** Drops a word by its offset alone, before its string is built (a term use starts there). */
  skipAt?: (index: number) => boolean,
): void {
  // The regex finds the words (native, faster than a loop over every code unit); the checks are by hand.
  // test, not exec: no match object per capitalised word. The word's start is its capital before the run
  // of at most 40 small letters that ends where the match ends.
  WORD.lastIndex = from;
  while (WORD.test(text)) {
    let end = WORD.lastIndex;
    let at = end - 1;
    for (let n = 0; n < 40 && isWordTail(text.charCodeAt(at)); n++) at--;
    if (at >= to - 2) break;
    // A word running past `to` ends there, as a scan of text.slice(from, to) would see it.
    if (end > to) {
      end = to;
      if (end - at < 3) break;
    }
    if (at > 0 && isLatinLetterOrDigit(text.charCodeAt(at - 1))) continue;
    if (skipAt && skipAt(at)) continue;
    const after = text.charCodeAt(end);
    if (isLatinLetterOrDigit(after) || (after === 46 && isAsciiUpper(text.charCodeAt(end + 1)))) continue;
    // "het Zuiderkruis 29": an address.
    if ((after === 32 || after === 9) && (isDigit(text.charCodeAt(end + 1)) || ((text.charCodeAt(end + 1) === 32 || text.charCodeAt(end + 1) === 9) && isDigit(text.charCodeAt(end + 2))))) continue;
    // A capital that its position requires: decided before the word's string is built.
    if (isSentenceStart(text, at)) continue;
    let w = end;
    while (w > at + 1 && isTrailing(text.charCodeAt(w - 1))) w--;
    const word = text.slice(at, w);
    if (known.has(word) || PROPER.has(word) || isNameByForm(word) || isUnitOfMeasure(word) || (early && early(at, word))) continue;
    // "Midden-Oosten": one name of capitalised parts.
    if (text.charCodeAt(w) === 45 && isAsciiUpper(text.charCodeAt(w + 1))) continue;
    // “Volledige licentie”: a word in quotation marks is named or introduced, not used.
    if (isOpeningQuote(text.charCodeAt(at - 1))) continue;
    // After a determiner ("de Licentie"), or a plural used as a term without one ("mag Subverwerkers inschakelen").
    if (!isDeterminer(wordBefore(text, at)) && !(PLURAL.test(word) && afterLowerWord(text, at) && !NAME_GOES_ON.test(text.slice(end, end + 24)))) continue;
    if (partOfName(text, at, end)) continue;
    // "mevrouw A. de Boer": a surname after its particle, not "de" before a term.
    if (isSurnameAfterParticle(text, at) || isNameAfterCapitalArticle(text, at)) continue;
    push(at, word);
  }
}

// "Zitten met Jezelf", "Beroepen in de Individuele Gezondheidszorg": a name that goes on after short words.
const NAME_GOES_ON = /^[ \t]{1,2}(?:[a-z]{1,4}[ \t]{1,2}){0,2}[A-ZÀ-Þ]/;
// The plural ending of a Dutch noun: "Subverwerkers", "Bepalingen", "Partijen", "Cookies".
const PLURAL = /^[A-ZÀ-Þ][a-zß-öø-ÿ]{3,}(?:en|ers|els|ies)$/;

/** Whether a word in lower case stands right before `at` on its line: mid-sentence, no number, bracket or mark. */
function afterLowerWord(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i === at - 1) return false;
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** The singulars a Dutch plural may have: "Licenties" → "Licentie", "Diensten" → "Dienst", "Cao's" → "Cao", "Passen" → "Pas". */
function singularsOf(word: string): string[] {
  const out: string[] = [];
  if (/(?:'s|’s)$/.test(word)) out.push(word.slice(0, -2));
  else if (word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.endsWith('en')) {
    const stem = word.slice(0, -2);
    out.push(stem, word.slice(0, -1));
    // "Toegangspassen" → "Toegangspas": the doubled consonant of a short vowel.
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
  }
  return out;
}

const CASE_SCAN_LIMIT = 1_000_000;

/**
 * Where the draft writes `word` as a word of its own: capitalised where its position does not ask for the
 * capital (no sentence start or title line), and in lower case.
 */
function caseUses(text: string, word: string): { caps: number[]; lower: number[] } {
  const out = { caps: [] as number[], lower: [] as number[] };
  for (const w of [word, word.toLowerCase()]) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      if ((i > 0 && isLatinLetterOrDigit(text.charCodeAt(i - 1))) || isLatinLetterOrDigit(text.charCodeAt(i + w.length))) continue;
      if (w !== word) out.lower.push(i);
      else if (!isSentenceStart(text, i) && !titleLine(text, i, i + w.length)) out.caps.push(i);
    }
  }
  return out;
}

const INSERTED_WORD = /^[ \t]{1,3}([A-ZÀ-Þ][\p{L}\p{M}-]{1,40})(?=[ \t])/u;
const OWNER_AFTER = /^[ \t]{1,3}(?:van|voor)[ \t]/;

/**
 * "de Acme Online Voorwaarden" beside the defined Acme Voorwaarden: a term of several words with one
 * capitalised word put in between, which the draft does not define. Each variant once, where it first stands
 * from `from` on; a variant named after its owner ("… van Klant") is another document.
 */
export function termVariants(text: string, defs: Definition[], from: number): Array<{ at: number; end: number; variant: string; term: string }> {
  const terms = new Set(defs.map((d) => d.term));
  const out: Array<{ at: number; end: number; variant: string; term: string }> = [];
  const seen = new Set<string>();
  for (const term of terms) {
    const words = term.split(' ');
    if (words.length < 2 || words.length > 4) continue;
    const first = words[0];
    for (let at = text.indexOf(first, from); at >= 0; at = text.indexOf(first, at + first.length)) {
      if (at > 0 && isLatinLetterOrDigit(text.charCodeAt(at - 1))) continue;
      // The words of the term as far as they stand here, then one capitalised word, then the rest of them.
      let pos = at + first.length;
      let i = 1;
      for (; i < words.length; i++) {
        const sp = /^[ \t]{1,3}/.exec(text.slice(pos, pos + 3));
        if (!sp || !text.startsWith(words[i], pos + sp[0].length) || isLatinLetterOrDigit(text.charCodeAt(pos + sp[0].length + words[i].length))) break;
        pos += sp[0].length + words[i].length;
      }
      if (i === words.length) continue;
      const ins = INSERTED_WORD.exec(text.slice(pos, pos + 48));
      if (!ins || words.includes(ins[1])) continue;
      let end = pos + ins[0].length;
      let k = i;
      for (; k < words.length; k++) {
        const sp = /^[ \t]{1,3}/.exec(text.slice(end, end + 3));
        if (!sp || !text.startsWith(words[k], end + sp[0].length)) break;
        end += sp[0].length + words[k].length;
      }
      if (k < words.length || isLatinLetterOrDigit(text.charCodeAt(end)) || OWNER_AFTER.test(text.slice(end, end + 8))) continue;
      const variant = text.slice(at, end).replace(/[ \t]+/g, ' ');
      if (seen.has(variant) || [...terms].some((t) => t.startsWith(variant))) continue;
      seen.add(variant);
      out.push({ at, end, variant, term });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The forms of the terms of one word, lower-cased, with the form as the draft defines it. */
function singleWordForms(model: DocumentModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of model.definitions) {
    if (d.term.includes(' ')) continue;
    for (const f of [d.term, ...d.forms, ...pluralsOf(d.term)]) if (!out.has(f.toLowerCase())) out.set(f.toLowerCase(), f);
  }
  return out;
}

/**
 * The defined form that `word` misspells: one letter off (added, dropped, changed, or two swapped) in a word of
 * five letters or more, or two letters added or dropped in one of eight or more ("Bijstellingen" for
 * Bijbestellingen). Two changed letters make another word ("Opdrachtnemer" beside Opdrachtgever); a word
 * near the forms of two terms is left alone.
 */
export function nearForm(word: string, forms: Map<string, string>): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 5) return undefined;
  let found: string | undefined;
  for (const [f, form] of forms) {
    if (f[0] !== w[0] || Math.abs(f.length - w.length) > 2) continue;
    // One letter added, dropped or changed, or two neighbours swapped.
    const near = editDistance(w, f, 1) === 1 || (Math.min(f.length, w.length) >= 8 && (f.length > w.length ? twoDropsApart(w, f) : twoDropsApart(f, w)));
    if (!near) continue;
    if (found !== undefined && found !== form) return undefined;
    found = form;
  }
  return found;
}

/** Whether `long` is `short` with two letters added. */
function twoDropsApart(short: string, long: string): boolean {
  if (long.length !== short.length + 2) return false;
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** Every offset where `word` stands as a word of its own. */
function wholeWords(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if ((i > 0 && isLatinLetterOrDigit(text.charCodeAt(i - 1))) || isLatinLetterOrDigit(text.charCodeAt(i + word.length))) continue;
    out.push(i);
  }
  return out;
}

/** A fix that writes the word at each offset as `as`. */
function writeAs(word: string, at: number[], as: string, title: Fix['title']): Fix {
  return { title, edits: at.map((i) => ({ span: { start: i, end: i + word.length }, newText: as })) };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The first offset before `at` where `word` stands as a capitalised word of its own that its position
 * does not explain (no sentence start, heading, quotation, name, address or the draft naming itself), or `at` itself.
 */
function firstUse(text: string, word: string, at: number, skip: Array<{ start: number; end: number }>, title: string[]): number {
  for (let i = text.indexOf(word); i >= 0 && i < at; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    const after = text.charCodeAt(end);
    if ((i > 0 && isLatinLetterOrDigit(text.charCodeAt(i - 1))) || isLatinLetterOrDigit(after) || after === 45) continue;
    if (isSentenceStart(text, i) || isOpeningQuote(text.charCodeAt(i - 1)) || partOfName(text, i, end)) continue;
    if ((after === 32 || after === 9) && isDigit(text.charCodeAt(end + 1))) continue;
    if (skip.some((r) => r.start <= i && i < r.end) || titleLine(text, i, end) || namesItself(text, i, word, title)) continue;
    return i;
  }
  return at;
}

// Bounded: only the first 24 characters of a line are read, and 8 after the word.
const TITLE_BEFORE = /^[ \t]{0,8}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}\.?|[a-z][.)]|\([a-z0-9]{1,3}\)|[-*•])?[ \t]{0,4}(?:(?:de|het|een|De|Het|Een)[ \t]{1,3})?$/;
const TITLE_AFTER = /^[ \t]{0,4}[:.]?[ \t]{0,4}(?:\r?\n|$)/;

/**
 * A line that holds only the word, after a number or a determiner ("1.3 Dienst", "a. De Organisatie"), or a
 * heading in title case ("5. Planning en Annuleringen"): a title, whose capitals the heading asks for.
 */
function titleLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart <= 24 && TITLE_BEFORE.test(text.slice(lineStart, start)) && TITLE_AFTER.test(text.slice(end, end + 8))) return true;
  return titleCaseHeading(text, lineStart);
}

// The number, mark or emphasis a heading may open with: "5.", "4.2", "Artikel 3", "##", "**".
const HEADING_OPENING = /^[ \t]{0,8}(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:(?:Artikel|Art\.|Hoofdstuk)[ \t]+)?(?:[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}\.?|[A-Z][.)]|[IVX]{1,5}\.)?[ \t]*/;
// The short words a title-case heading keeps in lower case ("Beperking van Aansprakelijkheid", "Betaling en Kosten").
const HEADING_SMALL = new Set('van de het der den en of in op voor met tot bij uit over aan om te ter na naar door als inzake zonder tegen onder'.split(' '));

/**
 * A short line without a full stop whose every word but the small ones is capitalised ("4. Gezondheid en
 * Veiligheid", "Betaling en Kosten"), of at least two such words, standing on its own (after a blank line, a
 * heading or a finished sentence): a heading in a plain-text draft, even where no article is read off it.
 */
function titleCaseHeading(text: string, lineStart: number): boolean {
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart > 90) return false;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const body = line.slice(HEADING_OPENING.exec(line)![0].length).replace(/(?:\*\*|__)[ \t]*$/, '').trim();
  if (!body || /[.;,:!?)]$/.test(body) || /[:;"“”]/.test(body)) return false;
  const words = body.split(/[ \t]+/);
  if (words.length < 2 || words.length > 8) return false;
  let capitals = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) capitals++;
    else if (w !== '&' && w !== '-' && w !== '–' && !HEADING_SMALL.has(w)) return false;
  }
  if (capitals < 2) return false;
  // The line before: none, blank, or ending a sentence or heading; not a sentence that runs on into this line.
  if (lineStart === 0) return true;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const prev = text.slice(prevStart, lineStart - 1).replace(/\r$/, '').trimEnd();
  return prev === '' || /[.:;!?]$/.test(prev) || /^[ \t]*#/.test(prev);
}

function isOpeningQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0x201e;
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * Whether the word is a compound built on a defined term (as rename reads it: not a document's title, nor
 * built on an ordinary word of the draft that runs past the term, "Dienstverlening" beside "dienstverlening").
 */
function compoundOfKnown(text: string, word: string, prefixes: Set<string>, ordinary: Map<string, Set<string>>): boolean {
  // Every split point, not every term: the cost stays bounded by the word's length (at most 40).
  for (let k = 4; k <= word.length - 3; k++) {
    const term = word.slice(0, k);
    if (!prefixes.has(term)) continue;
    let words = ordinary.get(term);
    if (!words) ordinary.set(term, (words = ordinaryWordsAfter(text, term)));
    if (builtOnTerm(word, words)) return true;
  }
  return false;
}

/**
 * "de Microsoft-materialen", "het Acme-account": a compound whose capital is that of a name before the hyphen,
 * a word the draft writes elsewhere on its own as a name (an organisation, or capitalised without a determiner
 * where no sentence start asks for it).
 */
function nameCompound(text: string, word: string, orgs: Set<string>): boolean {
  const hyphen = word.lastIndexOf('-');
  if (hyphen < 2 || !/^[a-zß-öø-ÿ]/.test(word.slice(hyphen + 1))) return false;
  const name = word.slice(0, word.indexOf('-'));
  if (orgs.has(name) || PROPER.has(name) || isNameByForm(name)) return true;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    const after = text.charCodeAt(i + name.length);
    if ((i > 0 && isLatinLetterOrDigit(text.charCodeAt(i - 1))) || isLatinLetterOrDigit(after) || after === 45) continue;
    if (!isSentenceStart(text, i) && !isDeterminer(wordBefore(text, i))) return true;
  }
  return false;
}

/** A capitalised neighbour ("de Europese Unie", "de Kamer van Koophandel") makes a proper name. */
function partOfName(text: string, start: number, end: number): boolean {
  const next = /^[ \t]{1,2}(?:(?:van|voor|der|den|de|&)[ \t]{1,2})?([A-ZÀ-Þ][\w.]*)/.exec(text.slice(end, end + 30));
  if (next) return true;
  // A name runs on over a line break in a draft wrapped at a fixed width ("het Burgerlijke\nWetboek"); a new line
  // may also start a new sentence, so only a word that is a name by itself continues it.
  const wrapped = /^[ \t]?\r?\n[ \t]{0,4}([A-ZÀ-Þ][a-zß-öø-ÿ]+)(?![\w-])/.exec(text.slice(end, end + 40));
  if (wrapped && (PROPER.has(wrapped[1]) || isNameByForm(wrapped[1]))) return true;
  const prev = /([A-ZÀ-Þ][\wÀ-ÿ]{0,30})[ \t]{1,2}(?:(?:van|voor|der|den|de)[ \t]{1,2})?$/.exec(text.slice(Math.max(0, start - 30), start));
  // "Iedere Gebruiker": a capitalised determiner at a sentence start is no part of a name.
  return !!prev && !isDeterminer(prev[1].toLowerCase());
}

/**
 * The words, in lower case, of the draft's title: its first non-blank line, where that line comes before the first
 * article and reads as a title (at most six words, no sentence).
 */
function draftTitle(model: DocumentModel): string[] {
  const first = model.nodes[0];
  const head = model.text.slice(0, Math.min(first ? first.span.start : 0, 2000));
  const line = /^[ \t]*(\S[^\n]{0,150})/m.exec(head);
  if (!line || line[1].length > 60 || /[.,:;]\s*$/.test(line[1])) return [];
  const words = line[1].toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 0);
  return words.length <= 6 ? words : [];
}

// What a draft calls itself by: the kind of document it is.
const DOCUMENT_KIND = /(?:overeenkomst|contract|voorwaarden|reglement|regeling|akte|verklaring|protocol)$/;
// What a part of a draft calls itself by: the kind of document, or of annex, its heading names.
const PART_KIND = /(?:overeenkomst|contract|voorwaarden|reglement|regeling|protocol|addendum|aanhangsel|annex|appendix)$/;

/**
 * "deze Overeenkomst", "dit Contract" in a draft titled "Projectovereenkomst" or "Contract van aanneming": the kind
 * of document the title names (a word of it, or the last part of one), after "deze" or "dit".
 */
function namesItself(text: string, at: number, word: string, title: string[]): boolean {
  if (!title.length) return false;
  const w = word.toLowerCase();
  if (!DOCUMENT_KIND.test(w)) return false;
  const before = wordBefore(text, at);
  if (before !== 'deze' && before !== 'dit') return false;
  return title.some((t) => t === w || t.endsWith(w));
}

/**
 * "dit Addendum", "deze Verwerkersovereenkomst" inside a part of the draft whose heading names it ("A. Addendum
 * Gegevensverwerking"): the part names itself by its heading, after "deze", "dit" or "onderhavige".
 */
function namesOwnPart(model: DocumentModel, at: number, word: string): boolean {
  const w = word.toLowerCase();
  if (!PART_KIND.test(w)) return false;
  const before = wordBefore(model.text, at);
  if (before !== 'deze' && before !== 'dit' && before !== 'onderhavige') return false;
  for (const n of model.nodes) {
    // A part (an annex, a schedule), not an article: "deze Overeenkomst" in the article "Overeenkomst" is no self-reference.
    if (n.kind !== 'part' || n.heading === undefined || n.span.start > at || at >= n.span.end) continue;
    if (n.heading.toLowerCase().split(/[^\p{L}]+/u).some((t) => t === w || t.endsWith(w))) return true;
  }
  return false;
}

/** Headings, HTML comments and the lines before the first numbered part: no running text there. */
function skippedRanges(model: DocumentModel): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const first = model.nodes[0];
  if (first && first.span.start > 0) out.push({ start: 0, end: first.span.start });
  for (const n of model.nodes) {
    if (n.heading !== undefined) {
      const lineEnd = model.lines.lineEnd(n.line);
      out.push({ start: model.lines.lineStarts[n.line], end: lineEnd });
    }
  }
  // Linear scan (a lazy regex rescans up to 2,000 characters from every unclosed `<!--`).
  if (model.text.includes('<!--')) out.push(...htmlComments(model.text, { maxInner: 2000 }));
  out.sort((a, b) => a.start - b.start);
  return out;
}

export type { StructureNode };
