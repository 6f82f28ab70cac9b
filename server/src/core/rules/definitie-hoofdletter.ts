// A defined term written in lower case where the definition is meant: "de software" when Software is defined.
import type { DocumentRule, Memo, RuleContext } from '../kit/rule';
import type { Definition, DocumentModel } from '../model/types';
import { isDeterminer, isSentenceStart, pluralsOf } from '../model/definitions';
import { isLatinLetterOrDigit } from '../text/letters';
import { WordsBefore } from '../text/wordsBefore';
import { firstNotBefore, spanAt } from '../text/search';
import { keyTable, lowerWordHits } from '../text/lowerWordHits';

// "software van derden", "overeenkomsten met derden", "voorwaarden van een derde": not the defined thing. Nor is
// a contract of a kind the law names ("de overeenkomst van opdracht", "van aanneming van werk").
const QUALIFIED_AFTER =
  /^[ \t]{1,3}(?:(?:van|met)[ \t]{1,3}(?:(?:een|die|deze|de)[ \t]{1,3})?derden?|derden|van[ \t]{1,3}(?:opdracht|aanneming|koop|huur|lastgeving|bewaarneming|geldlening|borgtocht|arbeid|vaststelling|bruikleen|verbruikleen))\b/;
// Built once: a /u literal with \p{…} may be bundled as `new RegExp(…)`, made again at every use.
const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}/u;
const GENERIC_BEFORE = new Set(['een', 'geen', 'elke', 'iedere', 'ieder', 'andere', 'eigen', 'enige', 'welke', 'zulke', 'dergelijke', 'algemene', 'bijzondere', 'aanvullende', 'bedoelde', 'dezelfde', 'zelfde', 'nadere', 'soortgelijke', 'vergelijkbare', 'afwijkende']);
// "nader te stellen voorwaarden", "te leveren software": an infinitive with "te" before the noun describes some
// thing still to come, not the defined one.
const RELATIVE_AFTER = /^[ \t]{1,3}die[ \t]/;
const TE_INFINITIVE_BEFORE = /(?<!\p{L})te[ \t]+\p{L}+[ \t]+$/u;
// "een overeenkomst van opdracht" with Opdracht defined, "aanneming van werk" with Werk defined: the kind of contract
// the law names, not the defined thing.
const LAW_KIND_BEFORE = /(?<!\p{L})(?:overeenkomst(?:en)?[ \t]{1,3}van|aanneming[ \t]{1,3}van)[ \t]{1,3}$/u;
const LAW_KINDS = new Set(['opdracht', 'werk', 'koop', 'huur', 'lastgeving', 'bewaarneming', 'geldlening', 'borgtocht', 'aanneming']);
// Words before a noun that point at one known thing, as a defined term does: "deze overeenkomst".
const POINTING_BEFORE = new Set(['deze', 'dit', 'die', 'onderhavige', 'onze', 'ons', 'uw', 'zijn', 'haar', 'hun', 'diens', 'desbetreffende', 'betreffende']);

// An inflected adjective before a noun: "separate", "schriftelijke", "nieuwe" (not a determiner such as "deze").
const ADJECTIVE = /^[a-zß-öø-ÿ]{2,}e$/;
function isAdjective(word: string): boolean {
  return ADJECTIVE.test(word) && !POINTING_BEFORE.has(word) && !GENERIC_BEFORE.has(word);
}
// The last words before the term on its line: up to two adjectives and the word before them.
const LAST_WORDS = /(?:^|[^\p{L}])(\p{L}+(?:[ \t]+\p{L}+){1,2})[ \t]+$/u;

/** Whether, past one or two adjectives, a generic word stands before the term ("een separate schriftelijke"). */
function genericBeforeAdjectives(before: string): boolean {
  const m = LAST_WORDS.exec(before);
  if (!m) return false;
  const words = m[1].toLowerCase().split(/[ \t]+/);
  // From the adjective next to the term back: the first word that is no adjective decides.
  for (let i = words.length - 2; i >= 0; i--) {
    if (GENERIC_BEFORE.has(words[i])) return true;
    if (!isAdjective(words[i])) return false;
  }
  return false;
}

// Words that point back at a thing named before: "software van derden ... voor die software".
const BACK_POINTING = new Set(['die', 'deze', 'desbetreffende', 'betreffende', 'dezelfde', 'zulke', 'dergelijke']);
const SENTENCE_BREAK = /[.;!?\n\r]/;

/** Whether a qualified mention ended at `qualifiedEnd`, shortly before `at` and in the same sentence. */
function pointsBackToQualified(text: string, qualifiedEnd: number | undefined, at: number): boolean {
  return qualifiedEnd !== undefined && at - qualifiedEnd <= 300 && !SENTENCE_BREAK.test(text.slice(qualifiedEnd, at));
}

// Prepositions and conjunctions: after one, a noun without an article stands as a name ("met klant", "tussen klant en").
const LINKS_BEFORE = new Set(['met', 'tussen', 'van', 'door', 'aan', 'voor', 'tot', 'bij', 'namens', 'jegens', 'en', 'of', 'en/of']);

/**
 * What comes before a lower-case hit: nothing telling (0), "de"/"het" (1), a pointing word (2), a generic one (3),
 * a preposition or conjunction (4, as good as nothing outside the definitions).
 */
function beforeCode(before: string | undefined): number {
  if (before === 'de' || before === 'het') return 1;
  if (before !== undefined && GENERIC_BEFORE.has(before)) return 3;
  if (before !== undefined && POINTING_BEFORE.has(before)) return 2;
  return before !== undefined && LINKS_BEFORE.has(before) ? 4 : 0;
}

/** Part of a web or e-mail address ("www.klant.nl", "info@klant.nl"): not a use of the term. */
function inAddress(text: string, at: number, end: number): boolean {
  const p = text.charCodeAt(at - 1);
  if (p === 46 || p === 47 || p === 64 || p === 58) return true; // ".", "/", "@", ":"
  const n = text.charCodeAt(end);
  return n === 64 || ((n === 46 || n === 47) && isLatinLetterOrDigit(text.charCodeAt(end + 1)));
}

/**
 * A lower-case form of a defined term. `plural`: a plural the draft does not declare a form of the term
 * ("gebruikers" for Gebruiker): only a slip where the draft capitalises the term without exception.
 */
interface Candidate {
  lower: string;
  form: string;
  def: Definition;
  nameLike: boolean;
  plural: boolean;
  /**
   * For a term of several words written with its first capital and a later word in lower case ("een Vaste
   * klant"): the length of what stands before the first lower-case word, where the scan finds it. Else 0.
   */
  lead: number;
}

/** A lower-case form of a defined term found in the draft. */
interface Hit {
  at: number;
  c: Candidate;
  before: number;
  /** Inside the definition of another term: "Dienst: de dienst die Leverancier met klant overeenkomt". */
  inDefinition?: boolean;
  /** The word before it is a preposition or a conjunction: the noun stands without an article, as a name does. */
  afterLink: boolean;
}

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'definitie-hoofdletter',
    category: 'definities',
    defaultSeverity: 'information',
    title: { nl: 'Gedefinieerd begrip zonder hoofdletter', en: 'Defined term without its capital' },
    // A defined term written in lower case is one habit, whichever of its forms the draft uses.
    habit: { key: { arg: 'term' } },
    messages: {
      default: {
        nl: '"{word}" staat met een kleine letter, maar hier lijkt het gedefinieerde begrip "{term}" bedoeld. Schrijf het met een hoofdletter, zodat de definitie onmiskenbaar geldt.',
        en: '"{word}" is in lower case, but the defined term "{term}" seems meant here. Capitalise it so that the definition clearly applies.',
      },
      amidOrdinary: {
        nl: '"{word}" staat met een hoofdletter, als het gedefinieerde begrip "{term}", maar tussen gewone zaken ("{before}", "{after}"): het lijkt hier in algemene zin bedoeld. Schrijf het met een kleine letter, of gebruik een ander woord, zodat de definitie niet op deze zaken van toepassing lijkt.',
        en: '"{word}" is capitalised like the defined term "{term}", but stands among ordinary things ("{before}", "{after}"): it seems meant in a general sense here. Write it in lower case, or use another word, so that the definition does not seem to apply to these things.',
      },
      convention: {
        nl: '"{term}" wordt met een hoofdletter gedefinieerd, maar het concept schrijft het begrip vaker met een kleine letter ("{word}") dan met een hoofdletter. Kies één schrijfwijze, zodat buiten twijfel is dat overal de definitie geldt.',
        en: '"{term}" is defined with a capital, but the draft writes the term more often in lower case ("{word}") than with its capital. Choose one spelling, so that the definition clearly applies everywhere.',
      },
    },
  },
  check(model, ctx) {
    const { text } = model;
    if (!model.definitions.length) return;
    reportAmidOrdinary(model, ctx);
    const defTexts = definitionTexts(model.definitions, text);
    // Lowercase forms by first word; one scan over the text finds them all.
    const byFirst = new Map<string, Candidate[]>();
    const seen = new Set<string>();
    const words = new WordsBefore();
    const usage = usageCounts(model, ctx, words);
    for (const d of model.definitions) {
      if (seen.has(d.term) || !CAPITALISED.test(d.term) || ACRONYM.test(d.term)) continue;
      seen.add(d.term);
      const nameLike = isNameLike(usage.get(d.term));
      // d.forms is the term and, when the draft says so, its plurals (formsOf): what this rule looks for.
      const forms = new Set(d.forms);
      const plurals = pluralsOf(d.term).filter((p) => !forms.has(p));
      for (const form of [...forms, ...plurals]) {
        const plural = !forms.has(form);
        // "beperkte Gebruiker" and "beperkte gebruiker" for Beperkte Gebruiker: any later word may lose its capital too.
        const lowers = new Set([form[0].toLowerCase() + form.slice(1), form.toLowerCase()]);
        for (const lower of lowers) {
          const space = lower.indexOf(' ');
          const first = space < 0 ? lower : lower.slice(0, space);
          const list = byFirst.get(first) ?? [];
          list.push({ lower, form, def: d, nameLike, plural, lead: 0 });
          byFirst.set(first, list);
        }
        for (const mixed of mixedCase(form)) {
          const lead = mixed.search(/ \p{Ll}/u) + 1;
          const rest = mixed.slice(lead);
          const space = rest.indexOf(' ');
          const first = space < 0 ? rest : rest.slice(0, space);
          const list = byFirst.get(first) ?? [];
          list.push({ lower: mixed, form, def: d, nameLike, plural, lead });
          byFirst.set(first, list);
        }
      }
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.lower.length - a.lower.length);
    // Scanned per article and remembered between analyses: after an edit only that article is read again.
    const table = keyTable(byFirst.keys());
    const lists = [...byFirst.values()];
    const listIndex = new Map<string, number>();
    for (const first of byFirst.keys()) listIndex.set(first, listIndex.size);
    // What a word's own line decides, as quadruples (offset, list, candidate, beforeCode): the scan, the
    // neighbours, the word before it and a qualification after it.
    const lineHits = (from: number, to: number, base: number, sink: number[]) => {
      // Where each form last stood qualified as some other thing ("software van derden"): a pointing word later in
      // the same sentence ("voor die software") points back at that thing, not at the defined one.
      const qualifiedAt = new Map<string, number>();
      lowerWordHits(text, from, to, table, (at, w) => {
        const cands = byFirst.get(w)!;
        if (at > 0) {
          const p = text.charCodeAt(at - 1);
          if (isLatinLetterOrDigit(p) || p === 40 || p === 45) return; // a letter, digit, "(" or "-"
        }
        let ci = -1;
        for (let k = 0; k < cands.length; k++) {
          const x = cands[k];
          // A mixed form starts before the word found, on the same line and inside the range read.
          const start = at - x.lead;
          if (start < from || !text.startsWith(x.lower, start)) continue;
          if (x.lead && start > 0 && isLatinLetterOrDigit(text.charCodeAt(start - 1))) continue;
          const n = text.charCodeAt(start + x.lower.length);
          if (isLatinLetterOrDigit(n) || n === 45 || n === 41 || n === 40) continue; // a letter, digit, "-", ")" or "("
          ci = k;
          break;
        }
        if (ci < 0) return;
        const lead = cands[ci].lead;
        at -= lead;
        const end = at + cands[ci].lower.length;
        if (inAddress(text, at, end)) return;
        const before = words.at(text, at);
        // "andere software" is any software; but "andere bezoekers" may be the defined Bezoekers (see plurals).
        // A mixed form keeps the term's first capital: "een Vaste klant" is the term all the same.
        if (before !== undefined && GENERIC_BEFORE.has(before) && !cands[ci].plural && !lead) return;
        if (!lead && !cands[ci].plural && TE_INFINITIVE_BEFORE.test(text.slice(Math.max(from, at - 40), at))) return;
        if (!lead && LAW_KINDS.has(cands[ci].lower) && LAW_KIND_BEFORE.test(text.slice(Math.max(from, at - 30), at))) return;
        // "een separate schriftelijke overeenkomst": the generic word may stand before an adjective or two.
        if (!lead && !cands[ci].plural && before !== undefined && isAdjective(before) && genericBeforeAdjectives(text.slice(Math.max(from, at - 100), at))) return;
        // The pattern starts with a space or tab: read only then.
        const next = text.charCodeAt(end);
        if ((next === 32 || next === 9) && QUALIFIED_AFTER.test(text.slice(end, end + 30))) {
          qualifiedAt.set(cands[ci].lower, end);
          return;
        }
        if (before !== undefined && BACK_POINTING.has(before) && pointsBackToQualified(text, qualifiedAt.get(cands[ci].lower), at)) return;
        // "in voorwaarden die bij de programmatuur zijn gevoegd": a bare plural that a relative clause narrows
        // is some things of the kind, not the defined ones ("de/deze voorwaarden" still counts).
        if ((next === 32 || next === 9) && !lead && beforeCode(before) % 4 === 0 && /(?:en|s)$/.test(cands[ci].lower) && RELATIVE_AFTER.test(text.slice(end, end + 8))) return;
        sink.push(at - base, listIndex.get(w)!, ci, beforeCode(before));
      });
    };
    const found: Hit[] = [];
    const collect = (base: number, hits: number[]) => {
      for (let h = 0; h < hits.length; h += 4) {
        const code = hits[h + 3];
        found.push({ at: base + hits[h], c: lists[hits[h + 1]][hits[h + 2]], before: code === 4 ? 0 : code, afterLink: code === 4 });
      }
    };
    // Per article, remembered between analyses by article text and the forms looked for: after an edit
    // only that article is read again. Exact when every article starts a line (nothing read crosses one).
    const memo = ctx.memo?.<{ key: string; hits: number[] }>('definitie-hoofdletter:lines');
    const { blocks } = model;
    if (!memo || !blocks.every((b) => b.span.start === 0 || text.charCodeAt(b.span.start - 1) === 10 || text.charCodeAt(b.span.start - 1) === 13)) {
      const hits: number[] = [];
      lineHits(0, text.length, 0, hits);
      collect(0, hits);
    } else {
      let formsKey = '';
      for (const [first, list] of byFirst) formsKey += `${first}:${list.map((x) => x.lower).join(',')}|`;
      // The key as the last analysis stored it, when equal: entries then compare by identity.
      formsKey = ctx.memo!<string>('definitie-hoofdletter:forms').getOrCreate(formsKey, (k) => k);
      for (const b of blocks) {
        let e = memo.get(b.text);
        if (!e || e.key !== formsKey) {
          e = { key: formsKey, hits: [] };
          lineHits(b.span.start, b.span.end, b.span.start, e.hits);
          memo.set(b.text, e);
        }
        collect(b.span.start, e.hits);
      }
    }
    if (!found.length) return;
    // Headings are set in their own style and say little about the term: no evidence, no finding.
    const onHeading = headingLineTest(model);
    // Nor is the title and opening line above the first article ("Deze algemene voorwaarden regelen …"),
    // which names the document before any term is defined.
    const firstArticle = model.nodes.length ? model.nodes[0].span.start : text.length;
    // A lower-case phrase the draft introduces in quotation marks ("een ‘specifieke gebruiker’") names its own
    // thing: the term in it, and in every repetition of the phrase, is not the defined term.
    let quoted: Map<string, string[]> | undefined;
    const hits = found.filter((x) => {
      if (x.at < firstArticle || onHeading(x.at)) return false;
      const where = definitionContext(defTexts, x);
      if (where === 'skip') return false;
      if (where === 'other') x.inDefinition = true;
      return !inQuotedPhrase(text, x.at, x.c.lower, (quoted ??= quotedPhrases(model, ctx)));
    });
    reportByConvention(model, ctx, hits);
  },
};

// A lower-case phrase of at most six words in quotation marks.
const QUOTED_PHRASE = /["“‘'„]([a-zß-öø-ÿ][a-zß-öø-ÿ'’-]{0,40}(?:[ \t][a-zß-öø-ÿ'’-]{1,40}){0,5})["”’']/g;

/**
 * The lower-case phrases the draft puts in quotation marks, by their last word. Read per article and
 * remembered by its text (a phrase never crosses a line, and every article starts one).
 */
function quotedPhrases(model: DocumentModel, ctx: RuleContext): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const memo = ctx.memo?.<string[]>('definitie-hoofdletter:quoted');
  const { text, blocks } = model;
  const atLines = blocks.length > 0 && blocks.every((b) => b.span.start === 0 || text.charCodeAt(b.span.start - 1) === 10 || text.charCodeAt(b.span.start - 1) === 13);
  const pieces = memo && atLines ? blocks.map((b) => b.text) : [text];
  for (const piece of pieces) {
    let phrases = memo?.get(piece);
    if (!phrases) {
      phrases = phrasesIn(piece);
      memo?.set(piece, phrases);
    }
    for (const phrase of phrases) {
      const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
      const list = out.get(last);
      if (list) list.push(phrase);
      else out.set(last, [phrase]);
    }
  }
  return out;
}

function phrasesIn(text: string): string[] {
  const out: string[] = [];
  QUOTED_PHRASE.lastIndex = 0;
  for (let m = QUOTED_PHRASE.exec(text); m; m = QUOTED_PHRASE.exec(text)) {
    out.push(m[1]);
    // The closing quotation mark may open the next phrase ("'a' of 'b'" reads "' of '" too; harmless).
    QUOTED_PHRASE.lastIndex = m.index + m[0].length - 1;
  }
  return out;
}

/** Whether the lower-case form at `at` is the end of a phrase the draft quotes: in the quotation or a repetition of it. */
function inQuotedPhrase(text: string, at: number, lower: string, quoted: Map<string, string[]>): boolean {
  const list = quoted.get(lower.slice(lower.lastIndexOf(' ') + 1));
  if (!list) return false;
  const end = at + lower.length;
  for (const phrase of list) {
    if (!phrase.endsWith(lower) || end < phrase.length || !text.startsWith(phrase, end - phrase.length)) continue;
    // The term quoted on its own ("het woord ‘gebruiker’") is named there only; a longer phrase is a name of its own.
    if (phrase.length > lower.length || /["“‘'„]/.test(text[at - 1] ?? '')) return true;
  }
  return false;
}

const ARTICLE_HEADING = /^[ \t#*]{0,8}[Aa]rtikel[ \t]+\d+(?:\.\d+)*[.:;)]?[ \t]/;

/**
 * Whether an offset lies on a heading's line (before its end). Asked only for the hits, line by line and
 * remembered per line, so an edit does not read every "artikel" of the draft again.
 */
function headingLineTest(model: DocumentModel): (at: number) => boolean {
  const { text, lines } = model;
  let headed: Set<number> | undefined;
  const known = new Map<number, boolean>();
  return (at) => {
    const line = lines.lineAt(at);
    const end = lines.lineEnd(line);
    if (at >= end) return false;
    let yes = known.get(line);
    if (yes === undefined) {
      headed ??= new Set(model.nodes.filter((n) => n.heading !== undefined).map((n) => n.line));
      yes = headed.has(line) || articleHeadingForm(text, lines.lineStarts[line], end);
      known.set(line, yes);
    }
    return yes;
  };
}

/**
 * "Artikel 8; Verplichtingen van de leverancier": a heading by its form, also where the structure does not
 * read it as one. The line must start with the word; read up to 20 units past its last "rtikel".
 */
function articleHeadingForm(text: string, start: number, end: number): boolean {
  const first = text.slice(start, Math.min(end, start + 15)).indexOf('rtikel');
  if (first < 0) return false;
  const last = text.lastIndexOf('rtikel', end - 6);
  return ARTICLE_HEADING.test(text.slice(start, last + 20));
}

/**
 * The draft's own convention decides. Where it writes a term mostly in lower case, that is its choice:
 * one hint at the definition. Where it capitalises the term, a lower-case use that points at the
 * defined thing is reported; where it capitalises the term without exception, any lower-case use is.
 */
function reportByConvention(model: DocumentModel, ctx: RuleContext, hits: Hit[]): void {
  const { text } = model;
  const capital = new Map<string, Array<{ start: number; end: number }>>();
  for (const u of model.uses) {
    // A capital that the sentence start requires says nothing about the convention.
    if (isSentenceStart(text, u.span.start)) continue;
    const list = capital.get(u.term);
    if (list) list.push(u.span);
    else capital.set(u.term, [u.span]);
  }
  const byTerm = new Map<string, Hit[]>();
  const pluralsByTerm = new Map<string, Hit[]>();
  for (const h of hits) {
    // "een Vaste klant": the first capital says the term is meant, whatever the draft's convention;
    // unless a sentence start asks for that capital ("Vaste klanten krijgen …" may be ordinary words).
    if (h.c.lead) {
      if (!isSentenceStart(text, h.at)) reportSlip(ctx, text, h, h.c.def.term);
      continue;
    }
    if (h.c.plural) {
      const list = pluralsByTerm.get(h.c.def.term);
      if (list) list.push(h);
      else pluralsByTerm.set(h.c.def.term, [h]);
      continue;
    }
    const list = byTerm.get(h.c.def.term);
    if (list) list.push(h);
    else byTerm.set(h.c.def.term, [h]);
  }
  // An undeclared plural in lower case: a slip only where the draft capitalises the term without exception
  // and writes that plural with its capital at least three times, and twice as often as without.
  for (const [term, list] of pluralsByTerm) {
    const caps = capital.get(term) ?? [];
    const others = byTerm.get(term)?.length ?? 0;
    if (caps.length < 4 || (others + list.length) * 4 > caps.length) continue;
    const byForm = new Map<string, Hit[]>();
    for (const h of list) byForm.set(h.c.form, [...(byForm.get(h.c.form) ?? []), h]);
    for (const [form, same] of byForm) {
      const capitalPlural = capitalisedCount(text, form);
      if (capitalPlural >= 3 && capitalPlural >= 2 * same.length) for (const h of same) reportSlip(ctx, text, h, term);
    }
  }
  // No defined term capitalised anywhere but where a sentence or an item starts: the draft writes its terms in lower
  // case, and each definition that capitalises one is the same choice to make: one finding, at the first of them.
  // (The message stays the term's own, so that a capital added elsewhere changes the grouping, not the words.)
  const lowerCaseDraft = capital.size === 0;
  for (const [term, list] of byTerm) {
    const caps = capital.get(term) ?? [];
    // One lower-case use and no capitalised one: no convention to read, and no slip from one.
    if (list.length === 1 && caps.length === 0) continue;
    // A convention needs a few uses to show: two lower-case uses beside one capital are no evidence of one.
    // Never capitalised but at its definition, the term is written in lower case by choice, even twice.
    if (list.length > caps.length && (list.length >= 3 || caps.length === 0)) {
      const d = list[0].c.def;
      const first = list[0];
      const word = text.slice(first.at, first.at + first.c.lower.length);
      ctx.report({
        span: d.span,
        messageId: 'convention',
        group: lowerCaseDraft ? 'lower-case draft' : undefined,
        severity: 'hint',
        // No counts in the message: a fix elsewhere that adds one use (a party's name) would make it a new finding.
        args: { term, word },
        fixes: [
          {
            title: { nl: `Overal met hoofdletter: ${term}`, en: `Capitalise everywhere: ${term}` },
            edits: list.map((h) => ({ span: { start: h.at, end: h.at + h.c.lower.length }, newText: h.c.form })),
          },
          {
            title: { nl: `Overal met kleine letter: ${word}`, en: `Lower case everywhere: ${word}` },
            edits: [d.span, ...caps].map((s) => ({ span: { start: s.start, end: s.start + 1 }, newText: text[s.start].toLowerCase() })),
          },
        ],
      });
      continue;
    }
    // Capitalised throughout but for these few: every one of them is a slip. The uses that point at the
    // defined thing are slips either way, so they count with the capitals: capitalising one of them (its fix)
    // then cannot tip the draft into this reading and make the other lower-case uses new findings.
    const pointing = (h: Hit) => h.c.nameLike || h.before !== 0 || h.inDefinition === true;
    const slips = list.filter(pointing).length;
    const strict = caps.length + slips >= 4 && (list.length - slips) * 4 <= caps.length + slips;
    for (const h of list) {
      if (!strict && !pointing(h)) continue;
      reportSlip(ctx, text, h, term);
    }
  }
}

// An item of a list of ordinary things: a lower-case plural of letters only ("offertes", "schetsen").
const ORDINARY_PLURAL = /^[a-zß-öø-ÿ]{2,40}(?:en|s|['’]s)$/;

// "zoals offertes, nota's" up to the term: a list of examples, each item lower-case words.
const EXAMPLES_BEFORE =
  /(?:^|[^\p{L}])(?:zoals|waaronder|bijvoorbeeld|bijv\.|onder meer|onder andere|o\.a\.|inclusief|met inbegrip van)[ \t]{1,3}(?:[a-zß-öø-ÿ'’-]{2,40}(?:[ \t]{1,3}[a-zß-öø-ÿ'’-]{2,40}){0,2},[ \t]{1,3}){0,8}[a-zß-öø-ÿ'’-]{2,40}$/u;

/**
 * The capitalised plural of a defined term listed between ordinary plurals as an example of a kind, "zoals
 * offertes, nota's, Overeenkomsten en tekeningen": the drafter names things of that kind in general, not the
 * defined one. Read around each ", " before a capital: a few code units each, no scan per term.
 */
function reportAmidOrdinary(model: DocumentModel, ctx: RuleContext): void {
  const { text } = model;
  const plurals = new Map<string, string>();
  for (const d of model.definitions) {
    if (d.term.includes(' ') || !CAPITALISED.test(d.term) || ACRONYM.test(d.term)) continue;
    for (const p of pluralsOf(d.term)) if (p !== d.term && !plurals.has(p)) plurals.set(p, d.term);
  }
  if (!plurals.size) return;
  for (let at = text.indexOf(', '); at >= 0; at = text.indexOf(', ', at + 2)) {
    const start = at + 2;
    if (!startsCapital(text.charCodeAt(start))) continue;
    let end = start + 1;
    while (end < text.length && end - start <= 40 && isLatinLetterOrDigit(text.charCodeAt(end))) end++;
    const word = text.slice(start, end);
    const term = plurals.get(word);
    if (term === undefined) continue;
    const before = wordEndingAt(text, at);
    const after = /^(?:,|[ \t]{1,3}(?:en|of|en\/of))[ \t]{1,3}([a-zß-öø-ÿ]{2,40}(?:['’]s)?)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 60));
    if (!before || !after || !ORDINARY_PLURAL.test(before) || !ORDINARY_PLURAL.test(after[1])) continue;
    // Only a list of examples of a kind: "producten, Diensten en updates" may list the defined services.
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (!EXAMPLES_BEFORE.test(text.slice(Math.max(lineStart, at - 300), at))) continue;
    ctx.report({
      span: { start, end },
      messageId: 'amidOrdinary',
      args: { word, term, before, after: after[1] },
      fixes: [{ title: { nl: `Kleine letter: ${word.toLowerCase()}`, en: `Lower case: ${word.toLowerCase()}` }, edits: [{ span: { start, end }, newText: word[0].toLowerCase() + word.slice(1) }] }],
    });
  }
}

function startsCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** The word of letters ending just before `at` (no space between), or undefined. */
function wordEndingAt(text: string, at: number): string | undefined {
  let i = at;
  // Letters and apostrophes ("nota’s").
  for (let c = text.charCodeAt(i - 1); i > 0 && at - i < 41 && (isLatinLetterOrDigit(c) || c === 39 || c === 0x2019); c = text.charCodeAt(--i - 1));
  return i < at && (i === 0 || !isLatinLetterOrDigit(text.charCodeAt(i - 1))) ? text.slice(i, at) : undefined;
}

/**
 * A term of two to four capitalised words with its first word as written and at least one later word in
 * lower case: "Vaste klant" for Vaste Klant.
 */
function mixedCase(form: string): string[] {
  const words = form.split(' ');
  if (words.length < 2 || words.length > 4 || !words.slice(1).every((w) => CAPITALISED.test(w) && !ACRONYM.test(w))) return [];
  const out: string[] = [];
  for (let mask = 1; mask < 1 << (words.length - 1); mask++) {
    out.push(words.map((w, i) => (i > 0 && mask & (1 << (i - 1)) ? w[0].toLowerCase() + w.slice(1) : w)).join(' '));
  }
  return out;
}

/** How often `form` stands as a word of its own where no sentence start requires its capital. */
function capitalisedCount(text: string, form: string): number {
  let n = 0;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
    if (isLatinLetterOrDigit(text.charCodeAt(at - 1)) || isLatinLetterOrDigit(text.charCodeAt(at + form.length))) continue;
    if (!isSentenceStart(text, at)) n++;
  }
  return n;
}

function reportSlip(ctx: RuleContext, text: string, h: Hit, term: string): void {
  const end = h.at + h.c.lower.length;
  ctx.report({
    span: { start: h.at, end },
    args: { word: text.slice(h.at, end), term },
    fixes: [{ title: { nl: `Hoofdletter: ${h.c.form}`, en: `Capitalise: ${h.c.form}` }, edits: [{ span: { start: h.at, end: end }, newText: h.c.form }], preferred: true }],
  });
}

type Usage = Map<string, { bare: number; total: number }>;

/** How often each term is used, and how often without an article before it: one pass over the uses. */
function countUses(text: string, uses: DocumentModel['uses'], from: number, to: number, base: number, out: Usage, words: WordsBefore): Usage {
  for (let i = from; i < to; i++) {
    const u = uses[i];
    const before = words.at(text, u.span.start - base);
    // After "en" or "of" the article of the first noun may carry over: no evidence either way.
    if (before === 'en' || before === 'of') continue;
    let c = out.get(u.term);
    if (!c) out.set(u.term, (c = { bare: 0, total: 0 }));
    c.total++;
    if (!isDeterminer(before)) c.bare++;
  }
  return out;
}

interface BlockUsage {
  starts: number[];
  terms: string[];
  counts: Usage;
}

/**
 * The counts, article by article and remembered per article text with the article's uses (offsets in
 * the article, terms), so an edit counts only the edited article again. Exact when every article starts
 * a line: the word before a use is then never read across an article's start.
 */
function usageCounts(model: DocumentModel, ctx: { memo?: <V>(name: string) => Memo<V> }, words: WordsBefore): Usage {
  const { text, uses, blocks } = model;
  const memo = ctx.memo?.<BlockUsage>('definitie-hoofdletter:usage');
  let blockwise = memo !== undefined && blocks.length > 1;
  for (let i = 1; blockwise && i < blocks.length; i++) {
    const c = text.charCodeAt(blocks[i].span.start - 1);
    if (c !== 10 && c !== 13) blockwise = false;
  }
  for (let i = 1; blockwise && i < uses.length; i++) if (uses[i].span.start < uses[i - 1].span.start) blockwise = false;
  if (!blockwise || !memo) return countUses(text, uses, 0, uses.length, 0, new Map(), words);
  const out: Usage = new Map();
  let u = 0;
  for (const b of blocks) {
    const from = u;
    while (u < uses.length && uses[u].span.start < b.span.end) u++;
    let e = memo.get(b.text);
    if (!e || !sameUses(e, uses, from, u, b.span.start)) {
      e = { starts: [], terms: [], counts: countUses(b.text, uses, from, u, b.span.start, new Map(), words) };
      for (let i = from; i < u; i++) {
        e.starts.push(uses[i].span.start - b.span.start);
        e.terms.push(uses[i].term);
      }
      memo.set(b.text, e);
    }
    for (const [term, c] of e.counts) {
      const o = out.get(term);
      if (o) {
        o.bare += c.bare;
        o.total += c.total;
      } else out.set(term, { bare: c.bare, total: c.total });
    }
  }
  return u === uses.length ? out : countUses(text, uses, 0, uses.length, 0, new Map(), words);
}

function sameUses(e: BlockUsage, uses: DocumentModel['uses'], from: number, to: number, base: number): boolean {
  if (e.starts.length !== to - from) return false;
  for (let i = from; i < to; i++) if (e.starts[i - from] !== uses[i].span.start - base || e.terms[i - from] !== uses[i].term) return false;
  return true;
}

/** A term mostly used without an article ("Opdrachtgever betaalt", "door Leverancier") names a party. */
function isNameLike(c: { bare: number; total: number } | undefined): boolean {
  return !!c && c.total >= 5 && c.bare / c.total >= 0.7;
}

interface DefinitionTexts {
  /** Texts read only roughly ("(hierna: …)" takes the words before it on its line): never read. */
  opaque: Array<{ start: number; end: number }>;
  /** The other definitions' texts, by start. */
  read: Array<{ start: number; end: number; term: string; group?: number }>;
}

function definitionTexts(defs: Definition[], text: string): DefinitionTexts {
  const opaque: Array<{ start: number; end: number }> = [];
  const read: DefinitionTexts['read'] = [];
  for (const d of defs) {
    // "In deze Algemene voorwaarden Interim Opdrachten …, wrapped onto the next line (“Algemene Voorwaarden”)": the
    // name a term shortens may open its sentence on a line above; the model reads only the line of the name.
    if (d.style === 'hierna') opaque.push({ start: sentenceStartBefore(text, d.textSpan.start), end: d.textSpan.end });
    else if (d.style === 'extern') opaque.push(d.textSpan);
    else read.push({ start: d.textSpan.start, end: d.textSpan.end, term: d.term, group: d.group });
  }
  read.sort((a, b) => a.start - b.start);
  return { opaque: merged(opaque), read };
}

/**
 * Where a lower-case hit stands among the definitions. A term's own definition describes it in ordinary
 * words ("Dienst: de dienst die …"), and a definition may describe another term's thing in general words
 * ("Portaal: de website van Leverancier" beside a defined Website): 'skip'. Only a bare singular after a
 * preposition or conjunction in another term's definition ("… die Leverancier met klant overeenkomt" beside a
 * defined Klant) names the defined thing as a party's name does: 'other'. Elsewhere: 'outside'.
 */
function definitionContext(defs: DefinitionTexts, h: Hit): 'outside' | 'skip' | 'other' {
  if (spanAt(defs.opaque, h.at, (o) => o)) return 'skip';
  const { read } = defs;
  const last = firstNotBefore(read.length, (k) => read[k].start <= h.at) - 1;
  let inOther = false;
  // Definitions' texts rarely overlap: a few before the last that starts here are enough to look at.
  for (let k = last; k >= 0 && k >= last - 8; k--) {
    const d = read[k];
    if (h.at >= d.end) continue;
    const def = h.c.def;
    if (d.term === def.term || (d.group !== undefined && d.group === def.group)) return 'skip';
    inOther = true;
  }
  if (!inOther) return 'outside';
  return h.afterLink && !h.c.plural && !h.c.lead ? 'other' : 'skip';
}

/** The start of the sentence `at` stands in, at most 300 code units back and never above a blank line. */
function sentenceStartBefore(text: string, at: number): number {
  const from = Math.max(0, at - 300);
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */ || c === 59 /* ; */ || c === 58 /* : */ || c === 33 || c === 63) return i + 1;
    if (c === 10 && i > 0 && /\n[ \t\r]*$/.test(text.slice(Math.max(from, i - 8), i))) return i + 1;
  }
  return from;
}

/** The spans sorted and overlapping ones joined ("(hierna: …)" texts on one line overlap): what `inside` searches. */
function merged(spans: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

