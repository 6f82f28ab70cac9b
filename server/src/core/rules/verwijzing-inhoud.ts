// A reference that names what it points at, where the target never mentions it: "de garanties als
// opgenomen in artikel 11" while article 11 is about ontbinding and names no garantie. Reads the model's
// resolved references and the few words around them; it resolves nothing itself.
import type { DocumentRule } from '../kit/rule';
import type { DocumentModel, StructureNode } from '../model/types';
import { aroundSpans, perArticle } from '../engine/articleMemo';
import { detached } from '../text/detached';

const PARTICIPLE = '(?:bedoeld|genoemd|vermeld|omschreven|beschreven|opgenomen|gesteld|bepaald|vastgelegd|vastgesteld)';
// "de in artikel 3 bedoelde termijn": the noun (after an optional adjective) follows the reference.
const BEFORE_PRE = /(?:^|[^\p{L}])(?:de|het)[ \t]+(?:in|onder|bij)[ \t]+$/iu;
const AFTER_PRE = new RegExp(`^[ \\t]+${PARTICIPLE}e?[ \\t]+(\\p{L}[\\p{L}-]{2,40})(?:[ \\t]+(\\p{L}[\\p{L}-]{2,40}))?`, 'iu');
// "de garanties als opgenomen in artikel 11", "de termijn bedoeld in artikel 5.1".
const BEFORE_POST = new RegExp(
  `(?:^|[^\\p{L}])(?:de|het)[ \\t]+(\\p{L}[\\p{L}-]{2,40})[ \\t]+(?:(?:als|zoals)[ \\t]+)?${PARTICIPLE}[ \\t]+(?:in|onder|bij)[ \\t]+$`,
  'iu',
);

// Nouns that name what a clause does rather than a word it uses: a clause that creates an obligation
// rarely says "verplichting", a case rarely says "geval". They prove nothing either way.
const GENERIC = new Set([
  'geval', 'gevallen', 'situatie', 'situaties', 'omstandigheid', 'omstandigheden', 'wijze', 'manier', 'zin',
  'bepaling', 'bepalingen', 'verplichting', 'verplichtingen', 'voorwaarde', 'voorwaarden', 'regeling',
  'regelingen', 'werkzaamheden', 'handelingen', 'handeling', 'maatregelen', 'maatregel', 'recht', 'rechten',
  'bevoegdheid', 'bevoegdheden', 'procedure', 'gegevens', 'informatie', 'zaken', 'zaak', 'partij', 'partijen',
  'doeleinden', 'doel', 'doelen', 'lid', 'leden', 'artikel', 'artikelen', 'punt', 'punten', 'sub', 'onderdeel',
  'uitsluiting', 'uitsluitingen', 'beperking', 'beperkingen', 'afwijking', 'afwijkingen', 'verbod', 'toezegging',
]);
// Modifiers that add nothing the target must spell out: "de maximumbedragen" of a clause that limits to "een bedrag".
const GENERIC_MODIFIER = /^(?:maximum|minimum|totaal|basis|standaard|eind)-?/u;
// A period is stated in days, weeks or months as often as it is called a termijn.
const PERIOD = /(?<!\d)\d{1,4}[ \t]{0,3}(?:werk)?(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|uur|uren)(?![\p{L}])|(?:dagen|weken|maanden)(?![\p{L}])|termijn|periode/iu;

// Words that follow a nominalised participle ("het in dit artikel bepaalde geldt", "het bepaalde geldend
// maken") where no noun follows at all.
const NOT_A_NOUN = /^(?:van|is|zijn|wordt|worden|geldt|gelden|niet|ook|in|op|aan|te|en|of|dan|kan|zal|heeft|voor|met|bij|door|\p{L}+end[e]?)$/iu;

/** A generic noun, also when a typo joined it to the next word ("bepalingenlegt"). */
function generic(noun: string): boolean {
  const lower = noun.toLowerCase();
  if (GENERIC.has(lower) || NOT_A_NOUN.test(lower)) return true;
  for (let i = 6; i < lower.length - 2; i++) if (GENERIC.has(lower.slice(0, i)) && /^(?:legt|zijn|is|heeft|hebben|wordt|worden|geldt|gelden|kan|kunnen|zal|zullen)$/.test(lower.slice(i))) return true;
  return false;
}

/** The article or clause text the reference lands on, heading included, without the referring sentence. */
function targetText(model: DocumentModel, target: StructureNode, refStart: number): string {
  const { start, end } = target.span;
  if (refStart < start || refStart >= end) return model.text.slice(start, end);
  // A reference inside its own target ("dit artikel"): its own sentence cannot name what it refers to.
  const text = model.text;
  let s = refStart;
  while (s > start && !/[.;:\n]/.test(text[s - 1])) s--;
  let e = refStart;
  while (e < end && !/[.;\n]/.test(text[e])) e++;
  return text.slice(start, s) + ' ' + text.slice(e, end);
}

/** Does the target mention the noun: the word or a form of it (plural, compound part) anywhere in its text? */
function mentions(haystack: string, noun: string): boolean {
  const lower = noun.toLowerCase().replace(GENERIC_MODIFIER, '');
  if (lower === 'termijn' || lower === 'termijnen') return PERIOD.test(haystack);
  // A compound period ("bedenktijd", "reactietermijn") is named where the target counts one out: "binnen
  // 30 dagen ontbinden". A bare "termijn" is not enough there (see the opzeggingstermijn test).
  if (/(?:tijd|termijn|termijnen|periode)$/u.test(lower) && COUNTED_PERIOD.test(haystack)) return true;
  const stem = lower.slice(0, Math.max(5, lower.length - 3));
  const hay = haystack.toLowerCase();
  if (hay.includes(stem)) return true;
  // A noun made of a verb names what the verb does: "de bedoelde melding" of a lid where the consumer "meldt".
  for (const verb of verbStems(lower)) if (startsAWord(hay, verb) || hay.includes(`ge${verb}`)) return true;
  // A compound is mentioned where its first part starts a word of the target: "aansprakelijkheidsuitsluitingen"
  // in an article headed "Aansprakelijkheid". (Its last part alone is not enough: 5.2 may speak of a "termijn"
  // and of "opgezegd" and still name no "opzeggingstermijn".)
  for (let k = lower.length - 4; k >= 6; k--) if (startsAWord(hay, lower.slice(0, k))) return true;
  return false;
}

// A period counted out in numbers or number words: "30 dagen", "veertien dagen", "twee maanden".
const COUNTED_PERIOD =
  /(?:(?<!\d)\d{1,4}|(?<![\p{L}])(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|veertien|twintig|dertig|zestig|negentig))[ \t]{0,3}(?:werk|kalender)?(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|uur|uren)(?![\p{L}])/iu;

/**
 * The verb stems behind a noun in -ing: "melding" → "meld", "opzegging" → "opzeg", "betaling" → "betal",
 * "betaal". Four letters at least, so that a short stem does not match everything.
 */
function verbStems(noun: string): string[] {
  const m = /^(\p{L}{4,})ing(?:en)?$/u.exec(noun);
  if (!m) return [];
  let stem = m[1];
  if (/([bdfgklmnprst])\1$/u.test(stem)) stem = stem.slice(0, -1);
  const out = [stem];
  // An open syllable in the noun is a long vowel in the verb: "betaling" → "betaalt".
  const open = /^(.*[^aeiou])([aeiou])([^aeiouwjy])$/u.exec(stem);
  if (open && stem.length >= 4) out.push(open[1] + open[2] + open[2] + open[3]);
  return out;
}

/** Whether `part` occurs in `text` at the start of a word. */
function startsAWord(text: string, part: string): boolean {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) if (at === 0 || !/\p{L}/u.test(text[at - 1])) return true;
  return false;
}

/** The noun a reference names, with its span: after it ("bedoelde termijn") or before it ("de garanties als opgenomen in"). */
function namedNoun(text: string, start: number, end: number): { nouns: string[]; from: number; to: number } | undefined {
  const before = text.slice(Math.max(0, start - 80), start);
  const pre = BEFORE_PRE.exec(before);
  if (pre) {
    const m = AFTER_PRE.exec(text.slice(end, end + 80));
    const from = start - before.length + pre.index + pre[0].search(/\p{L}/u);
    if (m) {
      // An adjective ends in -e and is followed by its noun ("bedoelde schriftelijke kennisgeving"); a
      // noun may end in -e too ("bedoelde procedure heeft"), so both words are read.
      const two = m[2] !== undefined && /e$/i.test(m[1]);
      return { nouns: two ? [m[1], m[2]] : [m[1]], from, to: end + (two ? m[0].length : m[0].indexOf(m[1]) + m[1].length) };
    }
  }
  const p = BEFORE_POST.exec(before);
  if (p) return { nouns: [p[1]], from: start - before.length + p.index + p[0].search(/\p{L}/u), to: end };
  return undefined;
}

// "de in dit artikel bedoelde geschillen": the article itself, which the model keeps no reference for.
const OWN_ARTICLE = new RegExp(
  `(?:^|[^\\p{L}])((?:de|het)[ \\t]+in[ \\t]+dit[ \\t]+artikel[ \\t]+${PARTICIPLE}e?[ \\t]+(\\p{L}[\\p{L}-]{2,40}))(?:[ \\t]+(\\p{L}[\\p{L}-]{2,40}))?`,
  'giu',
);

/**
 * "De in dit artikel bedoelde X" looks back: the article's heading or a sentence before this one must
 * name X. (A later lid that uses the word does not say which X is meant.) Offsets in the article.
 */
function ownArticleFindings(body: string, heading: string | undefined): Array<{ start: number; end: number; nouns: string[] }> {
  const out: Array<{ start: number; end: number; nouns: string[] }> = [];
  if (!/dit[ \t]+artikel/i.test(body)) return out;
  OWN_ARTICLE.lastIndex = 0;
  for (let m = OWN_ARTICLE.exec(body); m; m = OWN_ARTICLE.exec(body)) {
    const at = m.index + m[0].indexOf(m[1]);
    const two = m[3] !== undefined && /e$/i.test(m[2]);
    const nouns = two ? [m[2], m[3]] : [m[2]];
    if (nouns.some(generic)) continue;
    let s = at;
    while (s > 0 && !/[.;:\n]/.test(body[s - 1])) s--;
    const before = (heading ?? '') + ' ' + body.slice(0, s);
    if (nouns.some((n) => mentions(before, n))) continue;
    const len = two ? m.index + m[0].length - at : m[1].length;
    out.push({ start: at, end: at + len, nouns: nouns.map(detached) });
  }
  return out;
}

// Words before a reference that say the target holds what the sentence is about: "zoals uiteengezet in",
// "met inachtneming van", "in afwijking van (het bepaalde in)".
const CLAIMS_CONTENT =
  /(?:(?:zoals|als)[ \t]+(?:uiteengezet|beschreven|omschreven|geregeld|bepaald)[ \t]+in|(?:met[ \t]+inachtneming|in[ \t]+afwijking)[ \t]+van(?:[ \t]+het[ \t]+(?:bepaalde|gestelde)[ \t]+in)?)[ \t]+$/iu;
// Words of five letters or more that say nothing about a subject.
const STOP = new Set([
  'worden', 'wordt', 'zullen', 'kunnen', 'mogen', 'hebben', 'heeft', 'indien', 'zoals', 'bedoeld', 'bepaald',
  'bepaalde', 'gestelde', 'artikel', 'artikelen', 'inachtneming', 'afwijking', 'uiteengezet', 'beschreven',
  'omschreven', 'geregeld', 'vermeld', 'waarbij', 'echter', 'tenzij', 'voorts', 'alsmede', 'onverminderd',
  'daarvan', 'hierin', 'welke', 'andere', 'overige', 'partij', 'partijen', 'dient', 'dienen', 'moeten', 'steeds',
  'eveneens', 'uitsluitend', 'conform', 'overeenkomstig', 'betreffende', 'onder', 'boven', 'tussen', 'tegen',
  'waarop', 'waarin', 'daarbij', 'hierbij', 'alleen', 'slechts', 'reeds', 'nadat', 'voordat', 'omdat', 'zodat',
  'wanneer', 'terwijl', 'bovendien', 'verder', 'tevens', 'alsook', 'hetzij', 'respectievelijk', 'uzelf', 'zichzelf',
  'behoeve', 'namens', 'daarom', 'hiervan', 'waarvan', 'zover', 'zolang', 'totdat', 'sinds', 'vanaf',
]);

/** Lower case, with the "ge" of a separable verb's participle dropped: "opgezegd" reads as "opzegd", like "opzeggen". */
function plain(text: string): string {
  return text.toLowerCase().replace(/(?<![\p{L}])(op|aan|af|in|uit|toe|mee|over|door|na|voor|terug|weg)ge(?=\p{L})/gu, '$1');
}

/** The sentence around a reference: back to a line start or a full stop before a capital, on to a full stop or line end. */
function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && text[s - 1] !== '\n' && !(/[.;!?]/.test(text[s - 1]) && /\s/.test(text[s] ?? '') && /\p{Lu}/u.test(text[s + 1] ?? ''))) s--;
  let e = end;
  while (e < text.length && text[e] !== '\n' && !(/[.;!?]/.test(text[e]) && /\s|$/.test(text[e + 1] ?? ''))) e++;
  return text.slice(s, start) + ' ' + text.slice(end, e);
}

/** Content words of a sentence: lower-case words (capitals are names and defined terms) of five letters or more. */
function contentWords(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/(?<![\p{L}])\p{Ll}[\p{L}-]{4,40}/gu)) if (!STOP.has(m[0]) && !GENERIC.has(m[0])) out.push(plain(m[0]));
  return out;
}

/** Does the text share a word with these: a word that starts like one of them, or holds one whole (a compound)? */
function sharesWord(words: string[], text: string): boolean {
  const plainText = plain(text);
  const starts = new Set<string>();
  for (const m of plainText.matchAll(/\p{L}{5,}/gu)) starts.add(m[0].slice(0, 5));
  return words.some((w) => starts.has(w.slice(0, 5)) || (w.length >= 6 && plainText.includes(w)));
}

/**
 * What the words around a reference say of its target: the content words of a sentence that claims the
 * target holds its subject, or the noun it names. Reads the reference's own line only.
 */
function readReference(text: string, start: number, end: number): { claims: string[] } | { nouns: string[]; from: number; to: number } | undefined {
  if (CLAIMS_CONTENT.test(text.slice(Math.max(0, start - 60), start))) return { claims: contentWords(sentenceAround(text, start, end)) };
  return namedNoun(text, start, end);
}

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'verwijzing-inhoud',
    category: 'structuur',
    defaultSeverity: 'warning',
    title: { nl: 'Verwijzing naar een bepaling die het genoemde niet regelt', en: 'Reference to a clause that does not deal with what it names' },
    messages: {
      default: {
        nl: 'De verwijzing "{ref}" spreekt van "{noun}", maar {label} noemt geen {noun}. Controleer of naar de juiste bepaling wordt verwezen.',
        en: 'The reference "{ref}" speaks of "{noun}", but {label} does not mention it. Check that it points to the right clause.',
      },
      unrelated: {
        nl: 'Deze zin verwijst naar {label} ("{ref}"), maar die bepaling noemt geen van de woorden waar de zin over gaat; zij lijkt een ander onderwerp te regelen. Controleer of naar de juiste bepaling wordt verwezen.',
        en: 'This sentence refers to {label} ("{ref}"), but that clause mentions none of the words the sentence is about; it seems to deal with another subject. Check that it points to the right clause.',
      },
      own: {
        nl: '"{ref}" verwijst naar "{noun}" in dit artikel, maar het opschrift en de bepalingen ervóór noemen geen {noun}. Controleer of naar het juiste artikel wordt verwezen, of vul het artikel aan.',
        en: '"{ref}" refers to "{noun}" in this article, but neither its heading nor the text before it mentions it. Check that it points to the right article, or complete the article.',
      },
    },
  },
  check(model, ctx) {
    const text = model.text;
    const read = aroundSpans(model, ctx, 'verwijzing-inhoud', readReference);
    for (const r of model.references) {
      const target = r.target;
      if (!target || r.form === 'bijlage') continue;
      const label = target.kind === 'part' ? target.label : { nl: `artikel ${target.label}`, en: `article ${target.label}` };
      const related = [{ span: target.headingSpan ?? target.numberSpan, message: { nl: `Doel van de verwijzing: ${target.label}`, en: `Target of the reference: ${target.label}` } }];
      const { base, found: reading } = read(r.span);
      if (reading && 'claims' in reading) {
        const words = reading.claims;
        // Three content words at least, so that a short sentence is not judged on one word.
        if (words.length >= 3 && !sharesWord(words, targetText(model, target, r.span.start))) ctx.report({ span: r.span, messageId: 'unrelated', args: { ref: r.text, label }, related });
        continue;
      }
      const named = reading && { nouns: reading.nouns, from: base + reading.from, to: base + reading.to };
      if (!named || named.nouns.some(generic)) continue;
      const haystack = targetText(model, target, r.span.start);
      if (named.nouns.some((n) => mentions(haystack, n))) continue;
      const noun = named.nouns.join(' ');
      ctx.report({
        span: { start: Math.min(named.from, r.span.start), end: Math.max(named.to, r.span.end) },
        args: { ref: r.text, noun, label },
        related,
      });
    }
    for (const { article, found } of perArticle(model, ctx, 'verwijzing-inhoud', ownArticleFindings)) {
      for (const f of found) {
        const span = { start: article.span.start + f.start, end: article.span.start + f.end };
        ctx.report({
          span,
          messageId: 'own',
          args: { ref: text.slice(span.start, span.end), noun: f.nouns.join(' ') },
          related: [{ span: article.headingSpan ?? article.numberSpan, message: { nl: `Artikel ${article.label}`, en: `Article ${article.label}` } }],
        });
      }
    }
  },
};
