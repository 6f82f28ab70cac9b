// Word blocks to a Clausule draft (.av.md): headings as Markdown headings, list numbers before their text,
// manual line breaks as lines of their own, a definitions table as definitions, other tables as rows.
// Every line remembers where it came from in Word, so a finding can name the article, the clause and the
// paragraph's first words.
import { clean, PLACEHOLDER, PROMPTS, type WordBlock, type WordParagraph } from './body';

/** Where a line of the imported draft stands in the Word document. */
export interface WordOrigin {
  /** The article heading's number or, without one, its first words. */
  article?: string;
  /** The list number (or typed number) of the paragraph, e.g. "3.2" or "b.". */
  clause?: string;
  /** The first words of the Word paragraph. */
  words: string;
}

export interface DraftText {
  text: string;
  /** One entry per line of `text`. */
  origins: WordOrigin[];
}

const TYPED_NUMBER = /^(?:artikel\s+)?(\d{1,4}(?:\.\d{1,4}){0,5}\.?|[a-z][.)]|\([a-z]\)|[IVXLC]{1,6}\.)(?=\s)/i;

/** A short paragraph that names something: a heading, not a sentence. */
function headingLike(s: string): boolean {
  const t = s.trim();
  return t.length > 0 && t.length <= 120 && !/[.;:,]$/.test(t) && t.split(/\s+/).length <= 14;
}

function firstWords(s: string, n = 6): string {
  const words = s.replace(/\*\*/g, '').trim().split(/\s+/).filter(Boolean);
  return words.slice(0, n).join(' ') + (words.length > n ? ' …' : '');
}

function paragraphText(p: WordParagraph, withBold: boolean): string {
  let text = p.text;
  if (withBold && p.boldLead) {
    const term = clean(text.slice(0, p.boldLead)).replace(/\s+/g, ' ').trim();
    const rest = text.slice(p.boldLead);
    // A bold lead followed by ":" (or a dash or comma) is a defined term: keep it marked so Clausule sees it.
    const colon = /:$/.test(term);
    const bare = term.replace(/:$/, '').replace(/^["“'‘„]|["”'’]$/g, '').trim();
    if (bare && /^[\p{Lu}]/u.test(bare) && (colon || /^\s*[:–—,-]/.test(rest))) text = `**${bare}**${colon ? ':' : ''}${rest}`;
  }
  return clean(text).replace(PROMPTS, PLACEHOLDER).replace(/\t+/g, ' ');
}

/** A term cell without its quotes and colon: “Klant”: → Klant. */
const termOf = (cell: string) => cell.replace(/^["“'‘„]|:$/g, '').replace(/["”'’]$/, '').trim();
const HEADER_ROW = /^(begrip|begrippen|definitie|definities|term|termen|woord)$/i;

/**
 * How a table reads as definitions: 'table' when every filled row is a short capitalised term beside its
 * meaning, under a definitions heading or below a header row that says so ("Begrip | Betekenis").
 */
function definitionTable(rows: string[][], inDefinitions: boolean): { header: boolean } | undefined {
  const filled = rows.map((r) => r.map((c) => c.trim()).filter(Boolean)).filter((r) => r.length > 0);
  if (filled.length < 2 || filled.some((r) => r.length !== 2)) return undefined;
  const header = HEADER_ROW.test(termOf(filled[0][0]));
  const terms = header ? filled.slice(1) : filled;
  const termLike = (r: string[]) => {
    const t = termOf(r[0]);
    return t.split(/\s+/).length <= 5 && /^\p{Lu}/u.test(t) && !/[.;]$/.test(t) && r[1].length > t.length;
  };
  return terms.length && terms.every(termLike) && (inDefinitions || header) ? { header } : undefined;
}

/**
 * A top-level list item with a heading's shape that the next paragraphs treat as an article: the list goes
 * one level deeper after it ("7. Geheimhouding" then "7.1 …"), or a whole provision follows unnumbered.
 */
function opensArticle(blocks: WordBlock[], i: number, text: string): boolean {
  const b = blocks[i];
  if (b.kind !== 'paragraph' || !b.list || b.bullet || !/^(?:artikel\s+)?\d{1,4}\.?$/i.test(b.number ?? '') || !headingLike(text)) return false;
  for (let j = i + 1; j < blocks.length; j++) {
    const next = blocks[j];
    if (next.kind !== 'paragraph') return false;
    if (!next.text.trim()) continue;
    if (next.list) return next.list.id === b.list.id ? next.list.level > b.list.level : false;
    return !next.number && next.text.length > 150;
  }
  return false;
}

export function toDraft(blocks: WordBlock[]): DraftText {
  const lines: string[] = [];
  const origins: WordOrigin[] = [];
  let article: string | undefined;
  let inDefinitions = false;
  let titled = false;
  const push = (line: string, origin: WordOrigin) => {
    lines.push(line);
    origins.push(origin);
  };
  const blank = () => {
    if (lines.length && lines[lines.length - 1] !== '') push('', { article, words: '' });
  };

  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    if (b.kind === 'table') {
      const defs = definitionTable(b.rows, inDefinitions);
      let headerSkipped = !defs?.header;
      for (const row of b.rows) {
        const cells = row.map((c) => clean(c).replace(PROMPTS, PLACEHOLDER).replace(/\s+/g, ' ').trim()).filter(Boolean);
        if (!cells.length) continue;
        const origin = { article, words: firstWords(cells.join(' ')) };
        if (!headerSkipped) {
          headerSkipped = true;
          continue;
        }
        if (defs) {
          push(`**${termOf(cells[0])}**: ${cells[1]}`, origin);
          continue;
        }
        push(cells.join(' | '), origin);
      }
      continue;
    }
    const text = paragraphText(b, inDefinitions && (b.heading === undefined || b.heading > 3));
    const segments = text.split('\n').map((s) => s.replace(/\s+/g, ' ').trim());
    if (!segments.some(Boolean)) continue;
    const words = firstWords(segments.join(' '));
    const number = b.number?.trim();

    // A paragraph in a heading style is a heading unless it holds a whole provision (a style used for body text).
    const joined = segments.join(' ');
    const styled = b.heading !== undefined && b.heading <= 3 && joined.length <= 150 && joined.split(/\s+/).length <= 20 ? b.heading : undefined;
    const heading = styled ?? (opensArticle(blocks, bi, joined) ? 1 : undefined);
    if (heading === 0 && !titled) {
      titled = true;
      push(`# ${segments.filter(Boolean).join(' ')}`, { words });
      blank();
      continue;
    }
    if (heading !== undefined && heading >= 1) {
      const title = segments.filter(Boolean).join(' ');
      const typed = TYPED_NUMBER.exec(title)?.[1];
      article = (number ?? typed ?? firstWords(title, 4)).replace(/^artikel\s+/i, '').replace(/\.$/, '');
      inDefinitions = /defini|begrip/i.test(title);
      blank();
      // A heading with a decimal list number needs no Markdown mark: the number says where it stands
      // ("1. Algemeen", "1.1 Begrippen"), as in an outline-numbered draft.
      const numbered = number && !b.bullet;
      const mark = numbered && /^\d{1,4}(?:\.\d{1,4})*\.?$/.test(number) ? '' : `${'#'.repeat(heading + 1)} `;
      push(`${mark}${numbered ? `${number} ` : ''}${title}`, { article, words });
      continue;
    }
    let first = true;
    for (const seg of segments) {
      if (!seg) continue;
      const typed = TYPED_NUMBER.exec(seg)?.[1];
      let line: string;
      let clause: string | undefined;
      if (first && number) {
        line = b.bullet ? `- ${seg}` : `${number} ${seg}`;
        clause = b.bullet ? undefined : number;
      } else {
        line = seg;
        clause = typed;
      }
      // A top-level number or a typed "Artikel N" before a heading's words opens an article (for origins).
      const opens = first && number && !b.bullet ? /^(?:artikel\s+)?(\d{1,4})\.?$/i.exec(number)?.[1] : /^artikel\s+(\d{1,4}[a-z]?)\b/i.exec(seg)?.[1];
      if (opens && headingLike(seg)) {
        article = opens;
        inDefinitions = /defini|begrip/i.test(seg);
      }
      push(line, { article, clause, words });
      first = false;
    }
    for (const note of b.notes) push(note, { article, clause: number, words });
  }
  while (lines.length && lines[lines.length - 1] === '') {
    lines.pop();
    origins.pop();
  }
  if (!lines.length) return { text: '', origins: [{ words: '' }] };
  return { text: lines.join('\n') + '\n', origins: [...origins, { article, words: '' }] };
}

/** Where a finding stands, in words a Word user can look up: article, clause and first words. */
export function describeOrigin(o: WordOrigin, lang: 'nl' | 'en'): string {
  const parts: string[] = [];
  if (o.article) parts.push(`${lang === 'nl' ? 'artikel' : 'article'} ${o.article}`);
  if (o.clause && o.clause.replace(/\.$/, '') !== o.article) parts.push(`${o.clause.replace(/\.$/, '')}`);
  const where = parts.join(', ');
  const words = o.words ? `“${o.words}”` : '';
  return [where, words].filter(Boolean).join(': ') || (lang === 'nl' ? 'begin van het document' : 'start of the document');
}
