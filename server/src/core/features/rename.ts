// Rename a defined term everywhere: its definition and every use, plurals inflected, capitals kept.
import type { Localized, Span, TextEdit } from '../types';
import type { DocumentModel } from '../model/types';
import { isWordCode, pluralsOf } from '../model/definitions';
import { targetAt } from './navigation';
import { parseDocument } from '../model/parse';
import { applyEdits } from './renumber';
import { builtOnTerm, ordinaryWordsAfter } from '../model/termCompounds';

export interface PrepareRenameData {
  span: Span;
  placeholder: string;
}

/** Only a defined term (at a use or its definition) can be renamed; anything else is refused. */
export function prepareRename(model: DocumentModel, offset: number): PrepareRenameData | undefined {
  const t = targetAt(model, offset);
  if (!t || t.kind !== 'term') return undefined;
  return { span: t.span, placeholder: t.def.term };
}

export type RenameResult = { edits: TextEdit[] } | { error: Localized };

export function renameTerm(model: DocumentModel, offset: number, newName: string): RenameResult {
  const t = targetAt(model, offset);
  if (!t || t.kind !== 'term') return { error: { nl: 'Hier staat geen gedefinieerd begrip.', en: 'There is no defined term here.' } };
  let name = newName.trim().replace(/\s+/g, ' ');
  if (!/^[\p{L}][\p{L}\p{M}\p{N} '’/()-]{0,59}$/u.test(name)) {
    return { error: { nl: `"${newName}" is geen bruikbare naam voor een begrip.`, en: `"${newName}" is not a usable name for a term.` } };
  }
  const old = t.def.term;
  // A defined term keeps its capital, as the draft writes it.
  if (/^\p{Lu}/u.test(old) && /^\p{Ll}/u.test(name)) name = name[0].toUpperCase() + name.slice(1);
  if (name === old) return { edits: [] };
  if (model.definitions.some((d) => d.term === name)) {
    return { error: { nl: `"${name}" is al een gedefinieerd begrip.`, en: `"${name}" is already a defined term.` } };
  }
  const edits: TextEdit[] = [];
  for (const d of model.definitions) if (d.term === old) edits.push({ span: d.span, newText: name });
  const plurals = pluralsOf(name);
  // Every use's start, of any term: a spot another term uses ("Partijen" defined beside Partij) is not this one's.
  const taken = new Set(model.uses.map((u) => u.span.start));
  for (const u of model.uses) {
    if (u.term !== old) continue;
    edits.push({ span: u.span, newText: u.form === old ? name : inflect(old, u.form, name, plurals) });
  }
  // The plurals the analysis reads as this term even where the draft does not count them as uses (no
  // clause that the singular includes the plural): left behind, they would read as undefined terms.
  const inflected = pluralsAt(model, old, taken);
  for (const at of inflected) edits.push({ span: { start: at.start, end: at.end }, newText: inflect(old, at.form, name, plurals) });
  // Compounds written with the term's capital ("Gebruikersnaam") take it from the term, as
  // definitie-onbekend reads them: the term part is renamed with it. A name of several words makes no compound.
  if (!old.includes(' ') && !name.includes(' ')) {
    const ordinary = ordinaryWordsAfter(model.text, old);
    for (const at of compoundsAt(model.text, old, new Set([...taken, ...inflected.map((x) => x.start)]))) {
      // Only a compound built on the term: not "Dienstverleningsvoorwaarden" (a document's title, and built on
      // "dienstverlening", which the draft writes as an ordinary word) when Dienst is renamed.
      if (!builtOnTerm(compoundAt(model.text, at, old.length), ordinary)) continue;
      // Another term's definition ("Opdrachtgever" beside Opdracht) is that term's own word.
      if (model.definitions.some((d) => d.span.start <= at && at < d.span.end)) continue;
      // A party named after the term ("Opdrachtnemer", "Licentiegever") is another word, not a form of it:
      // renaming Opdracht must not turn the contractor into a "Klantnemer".
      if (PARTY_SUFFIX.test(model.text.slice(at + old.length, at + old.length + 8))) continue;
      edits.push({ span: { start: at, end: at + old.length }, newText: name });
    }
  }
  edits.sort((a, b) => a.span.start - b.span.start);
  // The draft must still define the term under its new name, and no other definition may get lost (a
  // definitions list read by its shape can stop being one). Otherwise refuse rather than lose them.
  const after = parseDocument(applyEdits(model.text, edits));
  if (after.definitions.length !== model.definitions.length || !after.definitions.some((d) => d.term === name)) {
    return {
      error: {
        nl: `Met de naam "${name}" herkent Clausule de definitie niet meer als definitie; kies een andere naam of pas de definitie eerst aan.`,
        en: `With the name "${name}" Clausule no longer reads the definition as one; choose another name or adjust the definition first.`,
      },
    };
  }
  return { edits };
}

/** The plural of the new name in the same family as the old plural: -'s, -s or -(e)n. */
function inflect(old: string, form: string, name: string, plurals: string[]): string {
  if (!form.startsWith(old.slice(0, Math.max(1, old.length - 2)))) return name;
  const family = form.endsWith("'s") || form.endsWith('’s') ? "'s" : form.endsWith('s') ? 's' : 'n';
  const pick =
    family === "'s"
      ? plurals.find((p) => p.endsWith("'s"))
      : family === 's'
        ? plurals.find((p) => p.endsWith('s') && !p.endsWith("'s"))
        : plurals.find((p) => p.endsWith('n'));
  return pick ?? plurals[0] ?? name;
}

/**
 * Where a plural of `term` ("Gebruikers", "Partijen") stands as a word of its own, outside every
 * definition's term and every counted use. Longest plural first, so one spot is taken once.
 */
export function pluralsAt(model: DocumentModel, term: string, taken: Set<number>): Array<{ start: number; end: number; form: string }> {
  const { text } = model;
  const out: Array<{ start: number; end: number; form: string }> = [];
  const seen = new Set(taken);
  for (const form of pluralsOf(term).sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      if (seen.has(at)) continue;
      if (at > 0 && isWordCode(text.charCodeAt(at - 1))) continue;
      const after = text.charCodeAt(at + form.length);
      if (isWordCode(after) || after === 45 /* - */) continue;
      if (model.definitions.some((d) => d.span.start <= at && at < d.span.end)) continue;
      seen.add(at);
      out.push({ start: at, end: at + form.length, form });
    }
  }
  return out;
}

/** The compound that starts with a term of `length` at `at`: the term and the lower-case letters after it. */
function compoundAt(text: string, at: number, length: number): string {
  let end = at + length;
  while (end < text.length && isLowerLetter(text.charCodeAt(end))) end++;
  return text.slice(at, end);
}

/** The rest of a compound that names a party: -gever(s), -nemer(s). */
const PARTY_SUFFIX = /^(?:gever|nemer)s?(?![a-zß-öø-ÿ])/;

/** /[a-zß-öø-ÿ]/ on one code unit: the letters that continue a compound. */
function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/**
 * Where `term` (one word of at least four letters) starts a capitalised compound of at least three more
 * lower-case letters ("Gebruikersnaam"), the reading definitie-onbekend gives such a word.
 */
export function compoundsAt(text: string, term: string, taken: Set<number>): number[] {
  const out: number[] = [];
  if (term.length < 4) return out;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (taken.has(at) || (at > 0 && isWordCode(text.charCodeAt(at - 1)))) continue;
    let end = at + term.length;
    while (end < text.length && isLowerLetter(text.charCodeAt(end))) end++;
    if (end - at - term.length < 3 || isWordCode(text.charCodeAt(end))) continue;
    out.push(at);
  }
  return out;
}
