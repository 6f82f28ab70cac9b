// "deze Overeenkomst" in a draft that is itself another agreement: "Deze Bewerkersovereenkomst is een
// bijlage bij de Overeenkomst", and later "onderhavige Overeenkomst". Which of the two is meant?
import type { DocumentRule } from '../kit/rule';
import { matchBlocks } from '../engine/incrementalScan';
import type { LiteralGate } from '../text/scan';

// A pointing word and a capitalised agreement ("Overeenkomst", "Verwerkersovereenkomst"). Bounded and
// anchored on the words: linear. Within a line, so it can be sought article by article.
export const REFERENCE = /(?<![\p{L}\p{N}])(deze|Deze|onderhavige|Onderhavige|de|De)[ \t]{1,3}(\p{Lu}\p{Ll}{0,40}overeenkomst|Overeenkomst)(?![\p{L}\p{N}])/gu;
// Every match holds "vereenkomst" (of "overeenkomst" or "Overeenkomst"), at most 97 units after its start:
// "onderhavige", three blanks, a capital and 40 small letters (each may be two units) and the "o". Most
// "de " of a draft are far from one, so the pattern is tried only in the reach before each (fastHelpers.test.ts:
// the same matches as a global scan, and the distance proved from the pattern).
export const REFERENCE_GATE: LiteralGate = {
  literal: 'vereenkomst',
  back: 11 + 3 + 2 + 80 + 1,
  // The pointing word's first letter, not right after an ASCII letter or digit (the look-behind).
  canStart(text, at) {
    const c = text.charCodeAt(at) | 32;
    if (c !== 100 && c !== 111) return false;
    const p = text.charCodeAt(at - 1);
    return !((p >= 97 && p <= 122) || (p >= 65 && p <= 90) || (p >= 48 && p <= 57));
  },
};

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'definitie-zelfverwijzing',
    category: 'definities',
    defaultSeverity: 'warning',
    title: { nl: 'Dubbelzinnige verwijzing naar "deze" overeenkomst', en: 'Ambiguous reference to "this" agreement' },
    messages: {
      default: {
        nl: '"{phrase}" is dubbelzinnig: dit concept noemt zichzelf "{self}" en de andere overeenkomst "de {term}". Schrijf "de {term}" als die is bedoeld, of "deze {self}" als dit concept is bedoeld.',
        en: '"{phrase}" is ambiguous: this draft calls itself "{self}" and the other agreement "the {term}". Write "de {term}" if that is meant, or "deze {self}" if this draft is meant.',
      },
    },
  },
  check(model, ctx) {
    const { text } = model;
    const refs: Array<{ at: number; pointing: boolean; term: string; end: number }> = [];
    for (const { index, groups: m } of matchBlocks(model, ctx, 'definitie-zelfverwijzing', REFERENCE, REFERENCE_GATE)) {
      const pointing = m[1].toLowerCase() !== 'de';
      refs.push({ at: index, pointing, term: m[2], end: index + m[0].length });
    }
    const self = new Map<string, number>();
    const other = new Map<string, number>();
    for (const r of refs) (r.pointing ? self : other).set(r.term, ((r.pointing ? self : other).get(r.term) ?? 0) + 1);
    // The name the draft gives itself: the agreement it most often calls "deze", at least twice.
    let own: string | undefined;
    for (const [term, n] of self) if (n >= 2 && (!own || n > self.get(own)!)) own = term;
    if (!own) return;
    const ownCount = self.get(own)!;
    for (const r of refs) {
      if (!r.pointing || r.term === own) continue;
      // Another agreement the draft names as such ("de Overeenkomst", at least twice), seldom as "deze".
      const mine = self.get(r.term) ?? 0;
      if ((other.get(r.term) ?? 0) < 2 || mine * 2 >= ownCount) continue;
      const phrase = text.slice(r.at, r.end);
      const lead = r.term.length + 1;
      ctx.report({
        span: { start: r.at, end: r.end },
        args: { phrase, self: own, term: r.term },
        fixes: [
          { title: { nl: `de ${r.term}`, en: `de ${r.term}` }, edits: [{ span: { start: r.at, end: r.end - lead }, newText: /^[A-Z]/.test(phrase) ? 'De' : 'de' }] },
          { title: { nl: `deze ${own}`, en: `deze ${own}` }, edits: [{ span: { start: r.end - r.term.length, end: r.end }, newText: own }] },
        ],
      });
    }
  },
};
