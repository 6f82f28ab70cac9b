// A definition that describes the term by itself: "Gebruiker: de Gebruiker van deze voorwaarden".
import type { DocumentRule } from '../kit/rule';
import { isDeterminer, isWordCode, wordBefore } from '../model/definitions';

/** How far into a definition's text the term is looked for: its head, where it says what the term is. */
const HEAD = 60;

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'definitie-kringloop',
    category: 'definities',
    defaultSeverity: 'warning',
    title: { nl: 'Definitie omschrijft het begrip met zichzelf', en: 'Definition describes the term by itself' },
    messages: {
      default: {
        nl: 'De definitie van "{term}" omschrijft het begrip met het begrip zelf, en zegt dus niet wat of wie ermee is bedoeld. Omschrijf het met andere woorden; een partij met haar naam en vestigingsplaats.',
        en: 'The definition of "{term}" describes the term by the term itself, and so does not say what or who is meant. Describe it in other words; a party by its name and registered office.',
      },
    },
  },
  check(model, ctx) {
    for (const d of model.definitions) {
      // A term defined in passing ("(hierna: Klant)") has the text before it, not a description.
      if (d.style === 'hierna' || d.style === 'extern') continue;
      const head = model.text.slice(d.textSpan.start, Math.min(d.textSpan.end, d.textSpan.start + HEAD));
      const at = wordIndex(head, d.term);
      if (at < 0) continue;
      const start = d.textSpan.start + at;
      // At the term, not in its text: a definition's text may stand on the line below its term ("1.3
      // Dienst" over "de Dienst die …"), where a disable comment would part the two.
      ctx.report({
        span: d.span,
        args: { term: d.term },
        related: [{ span: { start, end: start + d.term.length }, message: { nl: 'Het begrip in zijn eigen omschrijving', en: 'The term in its own description' } }],
      });
    }
  },
};

/**
 * Where `word` stands in `s` as a word of its own, with its own capitals and after an article ("de
 * Gebruiker"); -1 if nowhere. Without one it names rather than describes ("Proef: Proef B.V., gevestigd
 * te …", "als Administrator aangemerkt").
 */
function wordIndex(s: string, word: string): number {
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
    if (!isWordCode(s.charCodeAt(at - 1)) && !isWordCode(s.charCodeAt(at + word.length)) && isDeterminer(wordBefore(s, at))) return at;
  }
  return -1;
}
