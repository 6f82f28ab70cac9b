// Document links: every citation of a provision we hold opens that article on wetten.overheid.nl,
// in the version whose text Clausule shows (the versioned URL format of facts.json).
import type { AnalysisResult } from '../engine/analyze';
import type { Lang, Span } from '../types';
import { articleByKey, citationKey } from '../law';
import { provisionLabel, refOfCitation } from './provision';

export interface LawLink {
  span: Span;
  target: string;
  tooltip: string;
}

export function lawLinks(result: AnalysisResult, lang: Lang): LawLink[] {
  const out: LawLink[] = [];
  for (const c of result.model.citations) {
    const a = articleByKey(citationKey(c));
    if (!a) continue;
    const label = provisionLabel(refOfCitation(c), lang);
    out.push({
      span: { start: c.span.start, end: c.span.end },
      target: a.url,
      tooltip: lang === 'nl' ? `${label} op wetten.overheid.nl (versie ${a.version})` : `${label} on wetten.overheid.nl (version ${a.version})`,
    });
  }
  return out;
}
