// A reference that breaks off: a paragraph that ends in "... wordt beheerst door de bepalingen van" with
// nothing after it. Usually a name or number was lost when the text was pasted or edited.
import type { BlockRule } from '../kit/rule';

// The end of a paragraph that announces a reference and stops: a word that points, an optional
// preposition and article, and then nothing. The pointing word keeps "in de" after an ordinary noun out.
const DANGLING =
  /(?:^|[^\p{L}])((?:(?:de|het)[ \t]+)?(?:bepalingen|bepaling|artikelen|artikel|bedoeld|genoemd|beschreven|omschreven|vermeld|opgenomen|vastgelegd|zoals|conform|overeenkomstig|krachtens|ingevolge|beheerst[ \t]+door|onderworpen[ \t]+aan)(?:[ \t]+(?:van|in|bij|onder|uit|aan))?(?:[ \t]+(?:de|het|deze|dit))?)$/iu;
// ...and the last word must be one a sentence cannot end on.
const OPEN_END = /(?:^|[^\p{L}])(?:van|in|bij|onder|uit|aan|de|het|deze|dit|conform|overeenkomstig|krachtens|ingevolge|door|artikel|artikelen)$/iu;
// A line that is a heading, a table row or a comment is no paragraph of text.
const NOT_PROSE = /^[ \t]*(?:#|\||<!--|>)/;

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'verwijzing-afgebroken',
    category: 'structuur',
    defaultSeverity: 'warning',
    title: { nl: 'Afgebroken verwijzing', en: 'Reference that breaks off' },
    messages: {
      default: {
        nl: 'Deze zin breekt af na "{tail}": waarnaar verwezen wordt, ontbreekt. Vul de verwijzing aan of schrap haar.',
        en: 'This sentence breaks off after "{tail}": what it refers to is missing. Complete the reference or delete it.',
      },
    },
  },
  check(block, ctx) {
    const text = block.text;
    let start = 0;
    while (start <= text.length) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl;
      const next = nl < 0 ? text.length : text.indexOf('\n', nl + 1);
      const nextLine = nl < 0 ? '' : text.slice(nl + 1, next < 0 ? text.length : next);
      // Only where the paragraph ends: a hard-wrapped line goes on on the next line.
      if (nextLine.trim() === '') {
        const line = text.slice(start, end).replace(/\r$/, '');
        const trimmed = line.trimEnd();
        if (trimmed.length >= 30 && !NOT_PROSE.test(line) && OPEN_END.test(trimmed)) {
          const m = DANGLING.exec(trimmed.slice(-80));
          if (m) {
            const tailEnd = start + trimmed.length;
            ctx.report({ span: { start: tailEnd - m[1].length, end: tailEnd }, args: { tail: m[1] } });
          }
        }
      }
      if (nl < 0) break;
      start = nl + 1;
    }
  },
};
