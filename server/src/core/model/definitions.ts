// Defined terms: where they are defined, in which forms they may be used, and where they are used.
import type { Definition, StructureNode, TermUse } from './types';
import type { LineInfo } from './lines';
import type { LineIndex } from '../text/lineIndex';

const DEFINITIONS_HEADING = /defini|begrip/i;
const PLURAL_CLAUSE = /enkelvoud[^.]{0,200}meervoud|meervoud[^.]{0,200}enkelvoud/i;
// `**Term**:`, `"Term":`, `“Term”:` anywhere at the start of a line's content.
const MARKED = /^(?:\*\*|__)([\p{Lu}][^*_\n]{0,60}?)(?:\*\*|__)[ \t]*(?::|[–—-]|,)[ \t]*/u;
const QUOTED = /^["“'‘]([\p{Lu}][^"”'’\n]{0,60}?)["”'’][ \t]*(?::|[–—-]|,)[ \t]*/u;
// A plain `Term: ...` counts only inside a definitions article.
const PLAIN = /^([\p{Lu}][\p{L}\p{M}()/'’-]*(?:[ \t]+(?:[\p{L}\p{M}()/'’-]+)){0,4})[ \t]*:[ \t]+/u;
// "onder Opdrachtgever wordt verstaan", "wordt verstaan onder Opdrachtgever:"
const VERSTAAN = /\bonder[ \t]+(?:de[ \t]+|het[ \t]+)?["“]?([\p{Lu}][\p{L}\p{M}-]{1,40})["”]?[ \t]+wordt[ \t]+verstaan/gu;

export function declaresPluralCovered(text: string): boolean {
  return PLURAL_CLAUSE.test(text.length > 200_000 ? text.slice(0, 200_000) : text);
}

export function findDefinitions(text: string, infos: LineInfo[], lines: LineIndex, nodes: StructureNode[], pluralCovered: boolean): Definition[] {
  const defs: Definition[] = [];
  const inDefinitionsArticle = definitionLines(nodes, lines);
  for (const info of infos) {
    if (info.kind === 'blank' || info.kind === 'comment' || info.kind === 'mdHeading' || info.kind === 'artikelHeading') continue;
    const content = text.slice(info.contentStart, info.end);
    const m = MARKED.exec(content) ?? QUOTED.exec(content) ?? (inDefinitionsArticle[info.line] ? PLAIN.exec(content) : null);
    if (!m) continue;
    const term = m[1].trim();
    if (!isPlausibleTerm(term)) continue;
    const termStart = info.contentStart + content.indexOf(m[1]);
    const textStart = info.contentStart + m[0].length;
    const textEnd = info.end; // definitions in a list end with their line
    defs.push({
      term,
      span: { start: termStart, end: termStart + term.length },
      textSpan: { start: textStart, end: textEnd },
      text: text.slice(textStart, textEnd).replace(/\s+/g, ' ').trim(),
      forms: formsOf(term, pluralCovered),
    });
  }
  VERSTAAN.lastIndex = 0;
  for (let m = VERSTAAN.exec(text); m; m = VERSTAAN.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    const lineEnd = text.indexOf('\n', m.index);
    const end = lineEnd < 0 ? text.length : lineEnd;
    defs.push({
      term: m[1],
      span: { start, end: start + m[1].length },
      textSpan: { start: m.index + m[0].length, end },
      text: text.slice(m.index + m[0].length, end).trim(),
      forms: formsOf(m[1], pluralCovered),
    });
  }
  for (const d of defs) d.node = innermost(nodes, d.span.start);
  return defs;
}

function isPlausibleTerm(term: string): boolean {
  if (term.length < 2 || term.length > 60) return false;
  if (/\d/.test(term)) return false;
  // Labels such as "Let op" or "Voorbeeld" are not definitions; they are rare in a definitions list.
  return !/^(Let op|Voorbeeld|Noot|Toelichting|Opmerking)$/i.test(term);
}

function definitionLines(nodes: StructureNode[], lines: LineIndex): boolean[] {
  const flags = new Array<boolean>(lines.lineCount).fill(false);
  for (const n of nodes) {
    if ((n.kind === 'article' || n.kind === 'part') && n.heading && DEFINITIONS_HEADING.test(n.heading)) {
      const last = lines.lineAt(Math.max(n.span.start, n.span.end - 1));
      for (let l = n.line; l <= last; l++) flags[l] = true;
    }
  }
  return flags;
}

function innermost(nodes: StructureNode[], offset: number): StructureNode | undefined {
  let best: StructureNode | undefined;
  for (const n of nodes) if (n.span.start <= offset && offset < n.span.end && (!best || n.depth >= best.depth)) best = n;
  return best;
}

/** Dutch plural forms of a term (its last word inflected). */
export function pluralsOf(term: string): string[] {
  const words = term.split(' ');
  const last = words[words.length - 1];
  const head = words.slice(0, -1).join(' ');
  const forms = new Set<string>();
  const lower = last.toLowerCase();
  if (/e$/.test(lower)) {
    forms.add(last + 's');
    forms.add(last + 'n');
  } else if (/(?:[aiouy]|é)$/.test(lower)) {
    forms.add(last + "'s");
    forms.add(last + 's');
  } else if (/(?:el|em|en|er|je|ie|um)$/.test(lower)) {
    forms.add(last + 's');
    forms.add(last + 'en');
  } else {
    forms.add(last + 'en');
    forms.add(last + 's');
    // Short vowel before a single final consonant doubles it: "bus" -> "bussen".
    if (/[^aeiou][aeiou][bdfgklmnprst]$/.test(lower)) forms.add(last + last[last.length - 1] + 'en');
    if (/[^aeiou][aeiou]{2}[fs]$/.test(lower)) forms.add(last.slice(0, -2) + last[last.length - 2] + (lower.endsWith('f') ? 'ven' : 'zen'));
  }
  return [...forms].map((f) => (head ? `${head} ${f}` : f));
}

export function formsOf(term: string, pluralCovered: boolean): string[] {
  return pluralCovered ? [term, ...pluralsOf(term)] : [term];
}

const CAPITALISED = /[\p{Lu}][\p{L}\p{M}'’-]*/gu;

/** Every use of a defined term's forms, outside its own definition's term span. */
export function findTermUses(text: string, defs: Definition[]): TermUse[] {
  if (defs.length === 0) return [];
  const byFirstWord = new Map<string, Array<{ term: string; form: string }>>();
  for (const d of defs) {
    for (const form of d.forms) {
      const first = form.split(' ')[0];
      const list = byFirstWord.get(first) ?? [];
      list.push({ term: d.term, form });
      byFirstWord.set(first, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.form.length - a.form.length);
  const defSpans = new Set(defs.map((d) => d.span.start));
  const uses: TermUse[] = [];
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) {
    const candidates = byFirstWord.get(m[0]);
    if (!candidates || defSpans.has(m.index)) continue;
    for (const c of candidates) {
      if (!text.startsWith(c.form, m.index)) continue;
      const after = text.charCodeAt(m.index + c.form.length);
      if (after && /[\p{L}\p{N}]/u.test(String.fromCharCode(after))) continue;
      uses.push({ term: c.term, form: c.form, span: { start: m.index, end: m.index + c.form.length } });
      CAPITALISED.lastIndex = m.index + c.form.length;
      break;
    }
  }
  return uses;
}
