// Document links: every citation of a provision we hold opens that article on wetten.overheid.nl,
// in the version whose text Clausule shows (the versioned URL format of facts.json).
import type { AnalysisResult } from '../engine/runner';
import type { Lang, Span } from '../types';
import { articleByKey, articlesOfSection, citationKey, statuteOf } from '../law';
import { provisionLabel, refOfCitation } from './provision';

export interface LawLink {
  span: Span;
  target: string;
  tooltip: string;
}

export function lawLinks(result: AnalysisResult, lang: Lang): LawLink[] {
  const out: LawLink[] = [];
  for (const c of result.model.citations) {
    if (c.section !== undefined && c.book !== undefined) {
      const first = articlesOfSection(c.book, c.section)[0];
      if (first) out.push({ span: { ...c.span }, target: first.url, tooltip: `${lang === 'nl' ? 'Afdeling' : 'Division'} ${c.book}.${c.section} BW (${first.version})` });
      continue;
    }
    const a = articleByKey(citationKey(c));
    if (!a) {
      const s = statuteOf(c.law);
      if (s) out.push({ span: { ...c.span }, target: s.url, tooltip: s.name });
      continue;
    }
    const label = provisionLabel(refOfCitation(c), lang);
    out.push({
      span: { start: c.span.start, end: c.span.end },
      target: a.url,
      tooltip: lang === 'nl' ? `${label} op wetten.overheid.nl (versie ${a.version})` : `${label} on wetten.overheid.nl (version ${a.version})`,
    });
  }
  return out;
}
