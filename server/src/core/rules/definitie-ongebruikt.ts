// A defined term that the draft never uses.
import type { DocumentRule } from '../kit/rule';
import { headPluralsOf, isWordCode, pluralsOf } from '../model/definitions';
import type { Definition } from '../model/types';

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'definitie-ongebruikt',
    category: 'definities',
    defaultSeverity: 'information',
    title: { nl: 'Gedefinieerd begrip wordt niet gebruikt', en: 'Defined term is never used' },
    messages: {
      default: {
        nl: '"{term}" wordt gedefinieerd maar nergens in het concept gebruikt. Verwijder de definitie, of gebruik het begrip waar het bedoeld is.',
        en: '"{term}" is defined but never used in the draft. Remove the definition, or use the term where it is meant.',
      },
      onlyLowerCase: {
        nl: '"{term}" wordt met een hoofdletter gedefinieerd, maar het concept gebruikt het begrip alleen met een kleine letter ("{word}"). Schrijf het daar met een hoofdletter als het gedefinieerde begrip bedoeld is, of schrap de definitie.',
        en: '"{term}" is defined with a capital, but the draft only uses it in lower case ("{word}"). Capitalise it there if the defined term is meant, or delete the definition.',
      },
      otherSpelling: {
        nl: '"{term}" wordt zo gedefinieerd, maar het concept schrijft het begrip als "{word}". Schrijf het overal op één manier, zodat de definitie onmiskenbaar geldt.',
        en: '"{term}" is defined in this spelling, but the draft writes the term as "{word}". Write it one way throughout, so that the definition plainly applies.',
      },
      onlyInDefinitions: {
        nl: '"{term}" wordt alleen gebruikt in de definitie van "{other}"; de bepalingen zelf gebruiken het begrip niet. Overweeg de omschrijving in die definitie op te nemen en deze definitie te schrappen.',
        en: '"{term}" is only used in the definition of "{other}"; the clauses themselves never use the term. Consider writing its description into that definition and deleting this one.',
      },
    },
  },
  check(model, ctx) {
    // Only a definition that stands on its own (a list item, a table row) holds a description; a term defined
    // in passing ("hierna te noemen ...", "onder X wordt verstaan") sits in a running clause, whose words are uses.
    const byText = model.definitions.filter((d) => d.style !== 'hierna' && d.style !== 'verstaan' && d.style !== 'extern').sort((a, b) => a.textSpan.start - b.textSpan.start);
    const used = new Set<string>();
    // Any use counts, also one inside another definition. Where a term is used only there, the definitions
    // that use it are remembered: used by one, its description could go into that one.
    const hosts = new Map<string, Set<Definition>>();
    const inClauses = new Set<string>();
    for (const u of model.uses) {
      used.add(u.term);
      if (inClauses.has(u.term)) continue;
      const host = definitionAt(byText, u.span.start);
      if (!host) inClauses.add(u.term);
      else if (host.term !== u.term) {
        const set = hosts.get(u.term);
        if (set) set.add(host);
        else hosts.set(u.term, new Set([host]));
      }
    }
    const defined = new Set(model.definitions.map((d) => d.term));
    for (const d of model.definitions) {
      if (used.has(d.term)) continue;
      // "Administrator(s)": the term as written allows its plural; either form in the text is a use.
      // And a plural is a use of the singular ("Bijlagen" for Bijlage) whether or not the draft says the
      // singular includes the plural: a reader takes it as the defined term, so the definition is used.
      if (writtenFormUsed(model.text, d, model.definitions) || pluralUsed(model.text, d, defined, model.definitions, () => true)) {
        used.add(d.term);
        inClauses.add(d.term);
      }
    }
    // One definition of several terms ("Offerte en/of Aanbieding") is used when any of them is.
    const groupUsed = new Set<number>();
    for (const d of model.definitions) if (d.group !== undefined && used.has(d.term)) groupUsed.add(d.group);
    const reported = new Set<number>();
    for (const d of model.definitions) {
      if (d.style === 'extern') continue; // a term taken from another document is used where it is named
      const twice = model.definitions.some((o) => o !== d && o.term === d.term);
      if (used.has(d.term)) {
        // Used in the definition of one other term only: a building block of that one definition, which could
        // hold the description itself. A term several definitions build on saves repeating it: nothing to say.
        const only = inClauses.has(d.term) ? undefined : hosts.get(d.term);
        if (only?.size === 1 && d.group === undefined && !twice && !pluralUsed(model.text, d, defined, model.definitions, (at) => !definitionAt(byText, at))) {
          const [host] = only;
          ctx.report({ span: d.span, messageId: 'onlyInDefinitions', severity: 'hint', args: { term: d.label ?? d.term, other: host.label ?? host.term } });
        }
        continue;
      }
      if (d.group !== undefined) {
        if (groupUsed.has(d.group) || reported.has(d.group)) continue;
        reported.add(d.group);
      }
      // Defined twice: the uses are counted for the first definition; definitie-dubbel reports the second.
      if (twice) continue;
      const span = d.group !== undefined ? groupSpan(model.definitions, d) : d.span;
      // Written in lower case in the clauses: used after all, and definitie-hoofdletter says how.
      // Written in lower case often enough, the draft's convention: definitie-hoofdletter reports it at the definition.
      if (usedInLowerCase(model.text, d, byText) || lowerCaseCount(model.text, d) >= 2) continue;
      // "Verwerkings-verantwoordelijke" defined, "Verwerkingsverantwoordelijke" used: one term spelled two ways.
      const spelling = d.group === undefined ? otherSpelling(model.text, d, byText) : undefined;
      if (spelling) {
        ctx.report({ span, messageId: 'otherSpelling', args: { term: d.term, word: spelling } });
        continue;
      }
      // Used, but only in lower case (once, or only in its plural): not unused; one finding at the definition.
      const lower = d.group === undefined ? lowerCaseUse(model.text, d, byText) : undefined;
      if (lower) ctx.report({ span, messageId: 'onlyLowerCase', severity: 'hint', args: { term: d.term, word: lower } });
      else ctx.report({ span, args: { term: d.label ?? d.term }, tags: ['unnecessary'] });
    }
  },
};

function groupSpan(defs: Definition[], d: Definition) {
  const members = defs.filter((o) => o.group === d.group);
  return { start: members[0].span.start, end: members[members.length - 1].span.end };
}

/**
 * Whether a plural of the term ("Bijlagen") stands as a word of its own outside the definitions' term spans,
 * where `where` accepts it. A plural the draft defines as a term of its own is that term's.
 */
function pluralUsed(text: string, d: Definition, defined: Set<string>, defs: Definition[], where: (at: number) => boolean): boolean {
  return [...pluralsOf(d.term), ...headPluralsOf(d.term)].some((p) => !defined.has(p) && wordAt(text, p, (at) => where(at) && !defs.some((o) => o.span.start <= at && at < o.span.end)));
}

/** The definition whose text holds `at`, if any (by binary search over definitions sorted by text start). */
function definitionAt(defs: Definition[], at: number): Definition | undefined {
  let lo = 0;
  let hi = defs.length - 1;
  let best: Definition | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (defs[mid].textSpan.start <= at) {
      best = defs[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best && at < best.textSpan.end ? best : undefined;
}

/** A term written with its plural ending in brackets ("Administrator(s)", "Dienst(en)"). */
const BRACKET_PLURAL = /^(.+?)\((s|en|n|'s|’s)\)$/;

/** The forms a term written as "Administrator(s)" allows: "Administrator", "Administrators". */
export function bracketForms(term: string): string[] {
  const m = BRACKET_PLURAL.exec(term);
  return m ? [m[1], m[1] + m[2]] : [];
}

/** Whether `word` stands in the text as a word of its own somewhere `where` accepts. */
function wordAt(text: string, word: string, where: (at: number) => boolean): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = text.charCodeAt(at + word.length);
    if (isWordCode(before) || isWordCode(after) || after === 40) continue;
    if (where(at)) return true;
  }
  return false;
}

/** The alternatives of a term written with a slash ("Platform / de Dienst"): "Platform", "Dienst". */
export function slashForms(term: string): string[] {
  if (!term.includes('/')) return [];
  return term
    .split('/')
    .map((f) => f.trim().replace(/^(?:de|het|een)\s+/i, ''))
    .filter((f) => f.length > 1);
}

/** Whether a form the bracketed or slashed term allows is used: outside the definitions' term spans. */
function writtenFormUsed(text: string, d: Definition, defs: Definition[]): boolean {
  return [...bracketForms(d.term), ...slashForms(d.term)].some((f) => wordAt(text, f, (at) => !defs.some((o) => o.span.start <= at && at < o.span.end)));
}

/** The spelling of a hyphenated term without its hyphen, where the draft uses that one instead. */
function otherSpelling(text: string, d: Definition, byText: Definition[]): string | undefined {
  if (!/\p{Ll}-\p{Ll}/u.test(d.term)) return undefined;
  const joined = d.term.replace(/(\p{Ll})-(\p{Ll})/gu, '$1$2');
  return [joined, ...pluralsOf(joined)].find((f) => wordAt(text, f, (at) => !definitionAt(byText, at) && !ownWords(d, at)));
}

/** How often the term stands in lower case as a word of its own, anywhere but where it is named. */
function lowerCaseCount(text: string, d: Definition): number {
  const lower = d.term.toLowerCase();
  let n = 0;
  if (lower !== d.term) wordAt(text, lower, (at) => !ownWords(d, at) && ++n >= 2);
  return n;
}

/** Whether `at` lies in the definition's own words: its text, or the words a name is given to before it. */
function ownWords(d: Definition, at: number): boolean {
  return Math.min(d.textSpan.start, d.span.start) <= at && at < Math.max(d.textSpan.end, d.span.end);
}

/** The first lower-case form of the term (singular or plural) that stands outside the definitions, if any. */
function lowerCaseUse(text: string, d: Definition, byText: Definition[]): string | undefined {
  const lower = d.term.toLowerCase();
  if (lower === d.term) return undefined;
  // Not the words a name is given to ("deze specifieke voorwaarden (\"Specifieke voorwaarden\")"): they stand before it.
  const forms = [lower, ...pluralsOf(lower), ...headPluralsOf(lower)];
  const inClauses = forms.find((f) => wordAt(text, f, (at) => !definitionAt(byText, at) && !ownWords(d, at)));
  // Else a lower-case use in another term's description ("één of meer technieken voor communicatie op afstand"):
  // the term is used there too, only not with its capital.
  return inClauses ?? forms.find((f) => wordAt(text, f, (at) => !ownWords(d, at) && !termSpanAt(byText, at)));
}

/** Whether `at` lies in the words that name a defined term (not in its description). */
function termSpanAt(defs: Definition[], at: number): boolean {
  return defs.some((o) => o.span.start <= at && at < o.span.end);
}

/**
 * Whether the term stands in lower case ("website" for Website) at least twice outside the definitions:
 * then definitie-hoofdletter reports the draft's lower-case convention at the definition.
 */
function usedInLowerCase(text: string, d: Definition, byText: Definition[]): boolean {
  const lower = d.term[0].toLowerCase() + d.term.slice(1);
  let n = 0;
  return lower !== d.term && wordAt(text, lower, (at) => !definitionAt(byText, at) && ++n >= 2);
}
