// Rename a defined term everywhere: its definition and every use, plurals inflected, capitals kept.
import type { Localized, Span, TextEdit } from '../types';
import type { DocumentModel } from '../model/types';
import { pluralsOf } from '../model/definitions';
import { targetAt } from './navigation';
import { parseDocument } from '../model/parse';
import { applyEdits } from './renumber';

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
  for (const u of model.uses) {
    if (u.term !== old) continue;
    edits.push({ span: u.span, newText: u.form === old ? name : inflect(old, u.form, name, plurals) });
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
