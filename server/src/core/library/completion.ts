// Completion of library clauses while typing an `av-` prefix at the start of a line. Unlike the static
// snippet contribution, these items already carry the article number that fits the insertion point
// and only offer the variant for the draft's audience.
import type { AnalysisResult } from '../engine/runner';
import type { Lang, Span } from '../types';
import { clausesFor } from './clauses';
import { articleNumberAt, clauseForDraft, snippetForDraft } from './fill';
import type { DocumentModel } from '../model/types';

export interface LibraryCompletion {
  /** The snippet prefix, e.g. "av-aansprakelijkheid-b2b". */
  label: string;
  /** "Artikel 14 – Aansprakelijkheid (b2b)". */
  detail: string;
  /** Markdown: the clause's description and its text with the defaults filled in. */
  documentation: string;
  /** VS Code snippet syntax, to insert with InsertTextFormat.Snippet. */
  snippet: string;
  /** The typed prefix the item replaces. */
  span: Span;
  sortText: string;
  filterText: string;
}

/** The title clause belongs above the draft's first numbered part: offered only there. */
export function titlePlace(model: DocumentModel, offset: number): boolean {
  const first = model.nodes[0];
  return !first || offset <= first.span.start;
}

// Only the current line up to the cursor is looked at, and only when it holds nothing but the prefix.
const PREFIX_AT_LINE_START = /^[ \t]*(av(?:-[a-z0-9-]{0,40})?)$/;
/** A line after which a new article may start: it ends a sentence, or it is the draft's title. */
const ENDS_A_PART = /[.;!?]["'”’)]*[ \t]*$|^[ \t]*#[ \t]/;

/**
 * Whether an article may start on the line at `lineStart` (the cursor at `offset` being at its end): the
 * line is the draft's first, or follows a blank line, a finished sentence or the title. A line that
 * continues a sentence, or text after the cursor, is prose: quick suggestions must stay quiet there.
 */
export function clauseCanStart(model: DocumentModel, lineStart: number, offset: number): boolean {
  const { text, lines } = model;
  const line = lines.lineAt(lineStart);
  if (text.slice(offset, lines.lineEnd(line)).trim() !== '') return false;
  if (line === 0) return true;
  const previous = lines.lineText(line - 1);
  return previous.trim() === '' || ENDS_A_PART.test(previous);
}

export function libraryCompletions(result: AnalysisResult, offset: number, lang: Lang): LibraryCompletion[] {
  const { text, lines } = result.model;
  if (!Number.isFinite(offset) || offset < 0 || offset > text.length) return [];
  const lineStart = lines.lineStarts[lines.lineAt(offset)];
  if (offset - lineStart > 60) return [];
  const m = PREFIX_AT_LINE_START.exec(text.slice(lineStart, offset));
  if (!m || !clauseCanStart(result.model, lineStart, offset)) return [];
  const typed = m[1];
  const span = { start: offset - typed.length, end: offset };
  const number = articleNumberAt(text, lineStart);
  const out: LibraryCompletion[] = [];
  const title = titlePlace(result.model, lineStart);
  for (const clause of clausesFor(result.audience)) {
    if (!clause.id.startsWith(typed)) continue;
    if (clause.kind !== 'article' && !title) continue;
    const heading = clause.kind === 'article' ? `Artikel ${number} – ${clause.title}` : clause.title;
    const audience = clause.audience === 'both' ? '' : ` (${clause.audience})`;
    const preview = clauseForDraft(result.model, clause, lineStart, { number });
    const intro = lang === 'nl' ? 'Bepaling uit de Clausule-bibliotheek.' : 'Clause from the Clausule library (Dutch text).';
    out.push({
      label: clause.id,
      detail: heading + audience,
      documentation: `${intro} ${clause.description}\n\n\`\`\`\n${preview}\n\`\`\``,
      snippet: snippetForDraft(result.model, clause, lineStart),
      span,
      sortText: `0${clause.id}`,
      filterText: clause.id,
    });
  }
  return out;
}
