// "Add a definition": a new entry in the draft's list of definitions, where the alphabet puts it, with
// the list's own marker ("c.", "3.", "1.4"), emphasis and punctuation, and a placeholder for the
// definition text that the placeholder rule reports until the drafter fills it in.
import type { DocumentModel, StructureNode } from '../model/types';
import type { Fix, TextEdit } from '../types';
import { definitionsArticles } from '../model/definitions';

/** The placeholder left for the definition text (the placeholder rule reports it). */
export const DEFINITION_PLACEHOLDER = '[omschrijving]';

interface Entry {
  term: string;
  lineStart: number;
  /** End of the entry's text, before trailing white space. */
  end: number;
  /** The list marker ("c.", "2.", "1.4") with its offset, when the entry has one. */
  marker?: { start: number; value: string };
  /** Line text before the marker (indentation), and between the marker and the term. */
  indent: string;
  gap: string;
  /** The punctuation the entry ends with (";", ".", ",") or "". */
  punct: string;
}

export interface DefinitionList {
  entries: Entry[];
  marked: boolean;
  quoted: boolean;
  eol: string;
}

const MARKER = /^([ \t]*)([a-z]|\d{1,3}(?:\.\d{1,3}){0,3}|[-*•–])([.)]?)([ \t]+)$/;

/** The draft's list of definitions (the first definitions article's list, marked or quoted entries), if any. */
export function definitionList(model: DocumentModel): DefinitionList | undefined {
  let art: StructureNode | undefined;
  for (const n of model.nodes) {
    if (n.kind !== 'article' && n.kind !== 'part' && !(n.kind === 'clause' && n.heading)) continue;
    [art] = definitionsArticles(model.text, [n]);
    if (art) break;
  }
  if (!art) return undefined;
  const { text, lines } = model;
  const inside = model.definitions.filter(
    (d, i) => d.span.start >= art.span.start && d.span.start < art.span.end && (d.style === 'list' || d.style === 'marked' || d.style === 'quoted') && (d.group === undefined || d.group === i),
  );
  if (!inside.length) return undefined;
  const last = inside[inside.length - 1];
  const entries: Entry[] = [];
  for (let i = 0; i < inside.length; i++) {
    const d = inside[i];
    const line = lines.lineAt(d.span.start);
    const lineStart = lines.lineStarts[line];
    const nextStart = i + 1 < inside.length ? lines.lineStarts[lines.lineAt(inside[i + 1].span.start)] : Infinity;
    const limit = Math.min(nextStart, d.node ? d.node.span.end : lines.lineEnd(line), art.span.end);
    let end = Math.max(d.textSpan.end, Math.min(limit, text.length));
    while (end > d.textSpan.start && /\s/.test(text[end - 1])) end--;
    let before = text.slice(lineStart, d.span.start);
    if (d.style === 'marked') before = before.replace(/(?:\*\*|__)$/, '');
    if (d.style === 'quoted') before = before.replace(/["“'‘]$/, '');
    const m = MARKER.exec(before);
    const punct = /[;.,]$/.exec(text.slice(d.textSpan.start, end))?.[0] ?? '';
    entries.push({
      term: d.term,
      lineStart,
      end,
      marker: m ? { start: lineStart + m[1].length, value: m[2] } : undefined,
      indent: m ? m[1] : /^[ \t]*/.exec(before)![0],
      gap: m ? m[3] + m[4] : '',
      punct,
    });
  }
  return { entries, marked: last.style === 'marked', quoted: last.style === 'quoted', eol: /\r\n/.test(text) ? '\r\n' : '\n' };
}

/** The marker after `value` in its series: "c" → "d", "2" → "3", "1.4" → "1.5"; a bullet stays. */
function nextMarker(value: string): string {
  if (/^[-*•–]$/.test(value)) return value;
  if (/^[a-z]$/.test(value)) return value === 'z' ? value : String.fromCharCode(value.charCodeAt(0) + 1);
  const parts = value.split('.');
  parts[parts.length - 1] = String(Number(parts[parts.length - 1]) + 1);
  return parts.join('.');
}

// a.localeCompare(b, 'nl', { sensitivity: 'base' }), with the collator built once (localeCompare with a locale
// and options builds one on every call).
const COLLATOR = new Intl.Collator('nl', { sensitivity: 'base' });
const compare = (a: string, b: string) => COLLATOR.compare(a, b);

/**
 * The edits that add `term` to the list: in alphabetical order when the list is alphabetical (else at its
 * end), the entries after it renumbered, and the list's punctuation kept (a new last entry takes the full
 * stop, the one before it the list's separator).
 */
export function definitionStubFix(list: DefinitionList, term: string): Fix {
  const { entries, eol } = list;
  const sorted = entries.every((e, i) => i === 0 || compare(entries[i - 1].term, e.term) <= 0);
  let at = sorted ? entries.findIndex((e) => compare(e.term, term) > 0) : -1;
  if (at < 0) at = entries.length;
  const lastEntry = entries[entries.length - 1];
  // The separator between entries: what the entries before the last end with; with one entry, a semicolon
  // unless it ends without punctuation.
  const separator = entries.length > 1 ? entries[entries.length - 2].punct : lastEntry.punct ? ';' : '';
  const name = list.marked ? `**${term}**` : list.quoted ? `“${term}”` : term;
  const line = (marker: string | undefined, indent: string, gap: string, punct: string) => `${indent}${marker ?? ''}${gap}${name}: ${DEFINITION_PLACEHOLDER}${punct}`;
  const edits: TextEdit[] = [];
  let reveal: Fix['reveal'];
  if (at === entries.length) {
    const marker = lastEntry.marker && nextMarker(lastEntry.marker.value);
    // The old last entry now needs the separator; the new one ends as the list did.
    const closes = lastEntry.punct !== separator && lastEntry.punct !== '';
    const head = closes ? separator : '';
    const newText = `${head}${eol}${line(marker, lastEntry.indent, lastEntry.gap, lastEntry.punct)}`;
    edits.push({ span: { start: closes ? lastEntry.end - 1 : lastEntry.end, end: lastEntry.end }, newText });
    const placeholderAt = newText.lastIndexOf(DEFINITION_PLACEHOLDER);
    reveal = { edit: 0, start: placeholderAt, end: placeholderAt + DEFINITION_PLACEHOLDER.length };
  } else {
    const here = entries[at];
    // The new entry takes this entry's place and marker; this entry's marker moves on, in the same edit.
    let newText = `${line(here.marker?.value, here.indent, here.gap, separator)}${eol}`;
    const placeholderAt = newText.lastIndexOf(DEFINITION_PLACEHOLDER);
    let end = here.lineStart;
    if (here.marker) {
      newText += here.indent + nextMarker(here.marker.value);
      end = here.marker.start + here.marker.value.length;
    }
    edits.push({ span: { start: here.lineStart, end }, newText });
    reveal = { edit: 0, start: placeholderAt, end: placeholderAt + DEFINITION_PLACEHOLDER.length };
    for (const e of entries.slice(at + 1)) {
      if (!e.marker || nextMarker(e.marker.value) === e.marker.value) continue;
      edits.push({ span: { start: e.marker.start, end: e.marker.start + e.marker.value.length }, newText: nextMarker(e.marker.value) });
    }
  }
  return { title: { nl: `Definitie van "${term}" toevoegen`, en: `Add a definition of "${term}"` }, edits, reveal };
}
