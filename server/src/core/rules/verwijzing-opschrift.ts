// A reference whose caption names another heading than its target's: "artikel 10 (Aansprakelijkheid)"
// where article 10 is Overmacht. Reads the model's references as they are resolved; it does not resolve.
import type { DocumentRule } from '../kit/rule';
import type { StructureNode } from '../model/types';
import { normaliseClause } from './bepaling-dubbel';

// The caption right after a reference: "(Aansprakelijkheid)", or a quoted one: ' "Overmacht"'.
const CAPTION = /^[ \t]{0,2}(?:\(([^()\n]{3,60})\)|[,:]?[ \t]{0,2}[“"‘']([^“”"‘’'\n]{3,60})[”"’'])/u;
// A parenthesis after a reference that is no caption: "(zie hierna)", "(en verder)", a law.
const NOT_A_CAPTION = /^(?:zie|en|of|bijv|bijvoorbeeld|oud|nieuw|hierna|hierboven|hieronder|boek|bw|wet|lid|sub|de|het)(?![\p{L}])|\d/iu;
// Words that say nothing about what an article is about.
const FILLER = new Set(['de', 'het', 'een', 'en', 'of', 'van', 'voor', 'bij', 'in', 'op', 'met', 'aan', 'tot', 'over', 'artikel', 'algemeen', 'algemene', 'overige', 'overig']);

/** The article (or titled part) a reference lands in: the node itself or its nearest titled ancestor. */
function titled(n: StructureNode | undefined): StructureNode | undefined {
  for (let x = n; x; x = x.parent) if (x.heading && (x.kind === 'article' || x.kind === 'part')) return x;
  return undefined;
}

/** A heading without its number and markup: "## Artikel 10 – Overmacht" → "Overmacht". */
export function bareHeading(heading: string): string {
  return heading.replace(/^[#\s]*(?:artikel|art\.)?\s*[\dIVXivx.]*\s*[.:)–—-]?\s*/u, '').trim();
}

/** Word stems (first five letters) of the content words of a text: enough to match "Aansprakelijkheid" with "aansprakelijk". */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of normaliseClause(text).split(' ')) if (w.length >= 4 && !FILLER.has(w)) out.add(w.slice(0, 5));
  return out;
}

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'verwijzing-opschrift',
    category: 'structuur',
    defaultSeverity: 'warning',
    title: { nl: 'Verwijzing noemt een ander opschrift dan het doel', en: 'Reference names another heading than its target' },
    messages: {
      default: {
        nl: 'De verwijzing "{ref}" noemt "{caption}", maar {label} heet "{heading}". Controleer of naar het juiste artikel wordt verwezen, of pas het opschrift in de verwijzing aan.',
        en: 'The reference "{ref}" names "{caption}", but {label} is headed "{heading}". Check that it points to the right article, or correct the heading in the reference.',
      },
    },
  },
  check(model, ctx) {
    for (const r of model.references) {
      const target = titled(r.target);
      if (!target || r.form === 'positional') continue;
      const m = CAPTION.exec(model.text.slice(r.span.end, r.span.end + 70));
      if (!m) continue;
      const caption = (m[1] ?? m[2]).trim();
      if (NOT_A_CAPTION.test(caption)) continue;
      const heading = bareHeading(target.heading!);
      const want = stems(heading);
      const have = stems(caption);
      if (!want.size || !have.size) continue;
      let shared = false;
      for (const s of have) if (want.has(s)) shared = true;
      if (shared) continue;
      ctx.report({
        span: { start: r.span.start, end: r.span.end + m[0].length },
        args: { ref: r.text, caption, label: target.kind === 'article' ? { nl: `artikel ${target.label}`, en: `article ${target.label}` } : target.label, heading },
        related: [{ span: target.headingSpan ?? target.numberSpan, message: { nl: `Opschrift: ${heading}`, en: `Heading: ${heading}` } }],
      });
    }
  },
};
