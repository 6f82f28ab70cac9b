// Word (.docx) in: the entry of dist/import.js, loaded on first use by the CLI and the VS Code client.
// importDocx turns the bytes of a .docx into a Clausule draft, with where each line came from in Word
// and notices about what the import left out. It throws an ImportError with a clear message for a file
// it cannot read.
import { BodyReader } from './body';
import { toDraft, type WordOrigin } from './draft';
import { ImportError, type ImportMessage } from './errors';
import { ListCounter } from './numbering';
import { countComments, readNotes, readNumbering, readRels, readStyles, relTarget } from './parts';
import { child, parseXml, tagOf, kids } from './xml';
import { openDocx } from './zip';

export { ImportError, type ImportMessage } from './errors';
export { describeOrigin, type WordOrigin } from './draft';

export interface ImportResult {
  /** The draft, in Clausule's plain-text format (.av.md). */
  text: string;
  /** Where each line of `text` came from in Word (index = line number). */
  origins: WordOrigin[];
  /** What the import left out or changed, to tell the user. */
  notices: ImportMessage[];
  paragraphs: number;
}

/** Most paragraphs a document may have: far above any contract, low enough to stay responsive. */
export const MAX_PARAGRAPHS = 200_000;

function unreadable(e: unknown): ImportError {
  const why = String((e as Error)?.message ?? e).split('\n')[0].slice(0, 120);
  return new ImportError('unreadable-xml', {
    nl: `het document is beschadigd: het is geen geldige Word-XML (${why})`,
    en: `the document is damaged: it is not valid Word XML (${why})`,
  });
}

export function importDocx(bytes: Uint8Array): ImportResult {
  const parts = openDocx(bytes);
  try {
    return convert(parts);
  } catch (e) {
    // A part that is not well-formed XML (fast-xml-parser throws plain errors).
    throw e instanceof ImportError ? e : unreadable(e);
  }
}

function convert(parts: Map<string, string>): ImportResult {
  const main = relTarget(readRels(parts, ''), 'officeDocument') ?? 'word/document.xml';
  const xml = parts.get(main) ?? parts.get('word/document.xml');
  if (xml === undefined) {
    throw new ImportError('not-word', {
      nl: 'dit zip-bestand is geen Word-document: word/document.xml ontbreekt',
      en: 'this zip file is not a Word document: word/document.xml is missing',
    });
  }
  const rels = readRels(parts, main);
  const doc = parseXml(xml);
  const optional = (kind: string) => {
    const path = relTarget(rels, kind);
    return path ? parts.get(path) : undefined;
  };
  const styles = readStyles(optional('styles'));
  const numbering = readNumbering(optional('numbering'), styles);
  const footnotes = readNotes(optional('footnotes'), 'footnote');
  const endnotes = readNotes(optional('endnotes'), 'endnote');
  const comments = countComments(optional('comments'));
  let paragraphs = 0;
  const reader = new BodyReader(styles, new ListCounter(numbering), footnotes, endnotes, () => {
    if (++paragraphs > MAX_PARAGRAPHS) {
      throw new ImportError('too-large', {
        nl: `het document heeft meer dan ${MAX_PARAGRAPHS.toLocaleString('nl-NL')} alinea's; dat is te groot om als concept te openen`,
        en: `the document has more than ${MAX_PARAGRAPHS.toLocaleString('en-GB')} paragraphs, too large to open as a draft`,
      });
    }
  });
  const root = doc.find((n) => tagOf(n) === 'document');
  const blocks = reader.blocks(kids(child(root, 'body')));
  const draft = toDraft(blocks);

  const notices: ImportMessage[] = [];
  const s = reader.stats;
  if (s.insertions || s.deletions) {
    notices.push({
      nl: 'het document bevat niet-geaccepteerde wijzigingen (wijzigingen bijhouden): ingevoegde tekst is overgenomen, verwijderde tekst weggelaten',
      en: 'the document contains unaccepted tracked changes: inserted text was kept, deleted text left out',
    });
  }
  const commentCount = Math.max(comments, s.commentMarks);
  if (commentCount) {
    notices.push({
      nl: `${commentCount} ${commentCount === 1 ? 'opmerking' : 'opmerkingen'} in de marge ${commentCount === 1 ? 'is' : 'zijn'} niet overgenomen`,
      en: `${commentCount} ${commentCount === 1 ? 'comment was' : 'comments were'} left out`,
    });
  }
  if (s.placeholders) {
    notices.push({
      nl: `${s.placeholders} ${s.placeholders === 1 ? 'inhoudsbesturingselement toont' : 'inhoudsbesturingselementen tonen'} nog de voorbeeldtekst van het sjabloon; in het concept staat daar een plaatshouder tussen [ ]`,
      en: `${s.placeholders} content ${s.placeholders === 1 ? 'control still shows' : 'controls still show'} the template's prompt; the draft has a placeholder in [ ] there`,
    });
  }
  return { text: draft.text, origins: draft.origins, notices, paragraphs };
}
