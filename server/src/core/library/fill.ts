// Turns a library snippet into clause text: placeholders filled with their defaults or given values,
// choices chosen, and the article number set so the clause fits where it is inserted.
import { parseDocument } from '../model/parse';
import type { Clause } from './clauses';
import { parseSnippet, type SnippetNode } from './snippetSyntax';
import type { DocumentModel } from '../model/types';
import { draftStyle, restyleClause, type DraftStyle } from './draftStyle';

export interface FillOptions {
  /** Article number for an article clause (tab stop 1). Defaults to the snippet's own default. */
  number?: number | string;
  /** Text for tab stops by number; wins over the default. */
  values?: Record<number, string>;
  /** For a choice tab stop: the option to use, by index or by its exact text. Default: the first. */
  choices?: Record<number, number | string>;
}

/** Fills a snippet body. Unknown tab stops without a default become empty text. */
export function fillSnippet(body: string, options: FillOptions = {}): string {
  const { nodes } = parseSnippet(body);
  const values: Record<number, string> = { ...options.values };
  const definitions = new Map<number, Exclude<SnippetNode, { kind: 'text' | 'tabstop' }>>();
  collect(nodes, definitions);
  const cache = new Map<number, string>();
  const resolving = new Set<number>();

  const resolve = (index: number): string => {
    const given = values[index];
    if (given !== undefined) return given;
    const cached = cache.get(index);
    if (cached !== undefined) return cached;
    if (resolving.has(index)) return '';
    resolving.add(index);
    const def = definitions.get(index);
    let out = '';
    if (def?.kind === 'placeholder') out = render(def.children);
    else if (def?.kind === 'choice') {
      const want = options.choices?.[index];
      if (typeof want === 'number') out = def.options[want] ?? def.options[0];
      else if (typeof want === 'string') out = def.options.includes(want) ? want : def.options[0];
      else out = def.options[0];
    }
    resolving.delete(index);
    cache.set(index, out);
    return out;
  };

  const render = (list: SnippetNode[]): string =>
    list.map((n) => (n.kind === 'text' ? n.value : resolve(n.index))).join('');

  return render(nodes);
}

function collect(nodes: SnippetNode[], into: Map<number, Exclude<SnippetNode, { kind: 'text' | 'tabstop' }>>) {
  for (const n of nodes) {
    if (n.kind === 'placeholder' || n.kind === 'choice') {
      // As in VS Code, the first placeholder of a number holds its default; later ones mirror it.
      if (!into.has(n.index)) into.set(n.index, n);
      if (n.kind === 'placeholder') collect(n.children, into);
    }
  }
}

/** A clause's text, ready to paste into a draft. */
export function fillClause(clause: Clause, options: FillOptions = {}): string {
  const values = { ...options.values };
  if (clause.kind === 'article' && options.number !== undefined) values[1] = String(options.number);
  return fillSnippet(clause.body, { ...options, values });
}

/**
 * The article number a clause should get when inserted at `offset` of `text`: one more than the
 * last article that starts before the offset (1 in an empty draft). Articles after the offset then
 * need renumbering, which is the renumber command's job.
 */
export function articleNumberAt(text: string, offset: number): number {
  const model = parseDocument(text);
  let last = 0;
  for (const n of model.nodes) {
    if (n.kind !== 'article' || n.span.start >= offset) continue;
    const num = Number.parseInt(n.path[0] ?? n.written, 10);
    if (Number.isFinite(num)) last = num;
  }
  return last + 1;
}

/** Markers that the `placeholder` rule treats as unfilled; a library default must never contain them. */
export const UNFILLED_MARKERS = /\[(?:PARTIJ|NAAM|DATUM|BEDRAG|[•.…]+|\s*)\]|\bX{2,}\b|•|…|\[[A-Z ]{3,}\]/;

/** The clause as it is inserted at `offset` of the draft: numbered for its place and written in the draft's style. */
export function clauseForDraft(model: DocumentModel, clause: Clause, offset: number, options: FillOptions = {}): string {
  if (clause.kind !== 'article') return fillClause(clause, options);
  const number = options.number ?? articleNumberAt(model.text, offset);
  return restyleClause(fillClause(clause, { ...options, number }), draftStyle(model, offset), number);
}

// Snippet syntax treats "$", "}" and "\" as special: text taken from the draft is escaped.
const escapeSnippet = (s: string) => s.replace(/[$}\\]/g, '\\$&');
const TITLE_SLOT = '\u0000';

/**
 * The snippet of an article clause as the completion inserts it at `offset`: the number fixed for its place,
 * the heading, leden and words in the draft's style, the other tab stops kept.
 */
export function snippetForDraft(model: DocumentModel, clause: Clause, offset: number): string {
  if (clause.kind !== 'article') return clause.body;
  const number = articleNumberAt(model.text, offset);
  const style = draftStyle(model, offset);
  const escaped: DraftStyle = {
    ...style,
    eol: '\n',
    heading: (n, title) => escapeSnippet(style.heading(n, TITLE_SLOT)).replace(TITLE_SLOT, title),
    lid: (n, k) => {
      const m = style.lid(n, k);
      return m === undefined ? m : escapeSnippet(m);
    },
    item: (letter) => escapeSnippet(style.item(letter)),
  };
  const body = clause.body.replace(/\$\{1:\d+\}|\$\{1\}|\$1(?!\d)/g, String(number));
  return restyleClause(body, escaped, number);
}
