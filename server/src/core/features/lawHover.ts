// Hover on a statute citation: the provision's text with the cited lid or sub in bold, source and
// version, explanation and drafting note. Called by the shared hover handler (lsp/features/hover.ts).
import type { AnalysisResult } from '../engine/runner';
import type { Lang, Span } from '../types';
import type { Citation } from '../model/citations';
import { refOfCitation, renderProvision, renderSection, renderStatute } from './provision';
import { firstNotBefore } from '../text/search';

/** The citation under offset: a span contains its start and its end (the cursor may sit right after it). */
export function citationAt(citations: readonly Citation[], offset: number): Citation | undefined {
  // Citations are sorted by start and do not overlap: binary search for the last one starting at or before offset.
  const found = firstNotBefore(citations.length, (i) => citations[i].span.start <= offset) - 1;
  if (found < 0) return undefined;
  const c = citations[found];
  return offset <= c.span.end ? c : undefined;
}

export function citationHoverAt(result: AnalysisResult, offset: number, lang: Lang): { markdown: string; span: Span } | undefined {
  const c = citationAt(result.model.citations, offset);
  if (!c) return undefined;
  const markdown = c.section !== undefined && c.book !== undefined
    ? renderSection(c.book, c.section, lang)
    : renderProvision(refOfCitation(c), lang, { mode: 'hover', audience: result.audience }) ?? renderStatute(c.law, c.article, lang);
  return markdown ? { markdown, span: { start: c.span.start, end: c.span.end } } : undefined;
}
