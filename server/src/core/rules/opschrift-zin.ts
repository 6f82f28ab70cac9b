// A Markdown heading line that is really a sentence of clause text: "# Onderworpen aan het voorgaande is
// Leverancier ...". Usually an indentation or a stray "#" in the source made clause text a heading.
import type { BlockRule } from '../kit/rule';

// An unnumbered heading: "# ", then text that does not start with a clause or article number.
const HEADING = /^(#{1,6})[ \t]+(?!(?:artikel|art\.|hoofdstuk|bijlage)?[ \t]*(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.):]?[ \t])/iu;
// A sentence ends on a full stop (or ; : ? !), perhaps inside a closing quote or parenthesis.
const SENTENCE_END = /[.;:?!]["”’)]?$/u;
const MIN_WORDS = 12;

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'opschrift-zin',
    category: 'structuur',
    defaultSeverity: 'warning',
    title: { nl: 'Kop die een zin bepalingstekst is', en: 'Heading that is a sentence of clause text' },
    // A converter that marked clauses as headings did so throughout: one correction, with the same marks.
    habit: { key: { arg: 'marks' } },
    messages: {
      default: {
        nl: 'Deze regel is als kop opgemaakt ("{marks}"), maar is een volledige zin bepalingstekst. Een programma dat Markdown weergeeft, toont hem als kop die het artikel onderbreekt; haal de "{marks}" weg.',
        en: 'This line is formatted as a heading ("{marks}") but is a full sentence of clause text. A program that renders Markdown shows it as a heading that breaks the article; remove the "{marks}".',
      },
    },
  },
  check(block, ctx) {
    const text = block.text;
    for (let at = 0; at < text.length; ) {
      const nl = text.indexOf('\n', at);
      const end = nl < 0 ? text.length : nl;
      if (text[at] === '#') report(text.slice(at, end).replace(/\r$/, '').trimEnd(), at);
      at = end + 1;
    }

    function report(line: string, at: number): void {
      const m = HEADING.exec(line);
      if (!m) return;
      const body = line.slice(m[0].length);
      const words = body.split(/[ \t]+/).filter((w) => /\p{L}/u.test(w)).length;
      // The draft's title is a heading of many words too, but it ends without a full stop.
      if (words < MIN_WORDS || !SENTENCE_END.test(body)) return;
      const marks = m[1];
      ctx.report({
        span: { start: at, end: at + line.length },
        args: { marks },
        fixes: [{ title: { nl: `Haal "${marks}" weg`, en: `Remove "${marks}"` }, edits: [{ span: { start: at, end: at + m[0].length }, newText: '' }], preferred: true }],
      });
    }
  },
};
