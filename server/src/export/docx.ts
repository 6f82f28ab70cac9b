// Word (.docx) from the neutral export structure, with the `docx` package. The result must stay an
// editable Word document: articles are Heading paragraphs, article and clause numbers come from one
// multilevel list definition (Word renumbers when a lawyer inserts a clause), letter items from a second
// list that restarts under each clause, and every node is a bookmark that cross-references link to.
import {
  AlignmentType,
  Bookmark,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type ILevelsOptions,
  type ParagraphChild,
} from 'docx';
import type { ExportBlock, ExportDocument, Inline } from '../core/render/exportModel';

const OUTLINE = 'clausule-outline';
const LETTERS = 'clausule-letters';
const STEP = 851; // 1.5 cm in twips: one indentation step

/** Word bookmark names: a letter first, then letters, digits and underscores, at most 40 characters. */
export function bookmarkName(anchor: string): string {
  return `_${anchor}`.replace(/[^A-Za-z0-9_]/g, '_').replace(/^_/, 'c_').slice(0, 40);
}

function runs(p: Inline[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const r of p) {
    if (!r.text) continue;
    if (r.defines) {
      out.push(new Bookmark({ id: bookmarkName(r.defines), children: [new TextRun({ text: r.text, bold: true })] }));
    } else if (r.ref) {
      out.push(new InternalHyperlink({ anchor: bookmarkName(r.ref), children: [new TextRun({ text: r.text, style: 'Hyperlink' })] }));
    } else if (r.lawKey && r.lawUrl) {
      out.push(new ExternalHyperlink({ link: r.lawUrl, children: [new TextRun({ text: r.text, style: 'Hyperlink' })] }));
    } else if (r.term) {
      // A use of a defined term links to its definition without looking like a web link.
      out.push(new InternalHyperlink({ anchor: bookmarkName(r.term), children: [new TextRun({ text: r.text, style: 'ClausuleBegrip', bold: r.strong, italics: r.em })] }));
    } else {
      out.push(new TextRun({ text: r.text, bold: r.strong, italics: r.em }));
    }
  }
  return out;
}

/** Level k of the outline list: "Artikel %1" (or "%1."), "%1.%2", "%1.%2.%3", ... */
function outlineLevels(articleWord: boolean): ILevelsOptions[] {
  const levels: ILevelsOptions[] = [];
  for (let k = 0; k < 9; k++) {
    const path = Array.from({ length: k + 1 }, (_, i) => `%${i + 1}`).join('.');
    const text = k === 0 ? (articleWord ? 'Artikel %1' : '%1.') : path;
    const width = k === 0 ? (articleWord ? 1418 : STEP) : STEP;
    const left = k === 0 ? width : STEP * k;
    levels.push({
      level: k,
      format: LevelFormat.DECIMAL,
      text,
      alignment: AlignmentType.START,
      suffix: LevelSuffix.TAB,
      isLegalNumberingStyle: k > 0,
      style: { paragraph: { indent: { left, hanging: width } } },
    });
  }
  return levels;
}

function letterLevels(): ILevelsOptions[] {
  const levels: ILevelsOptions[] = [];
  for (let k = 0; k < 9; k++) {
    levels.push({
      level: k,
      format: LevelFormat.LOWER_LETTER,
      text: `%${k + 1}.`,
      alignment: AlignmentType.START,
      suffix: LevelSuffix.TAB,
      style: { paragraph: { indent: { left: STEP * k + 425, hanging: 425 } } },
    });
  }
  return levels;
}

/** Outline level of a numbered node: the length of its numeric path, minus one. */
function outlineLevel(b: ExportBlock): number {
  const numeric = b.path.filter((p) => /^\d/.test(p)).length;
  return Math.max(0, Math.min(8, numeric - 1));
}

export interface DocxResult {
  data: Uint8Array;
  /** Where Word's automatic numbering will differ from the numbers typed in the draft. */
  warnings: string[];
}

/** Numbers Word will show, compared with the draft's: a gap or duplicate in the draft shows up here. */
export function numberingDifferences(doc: ExportDocument): string[] {
  const counters: number[] = [];
  const out: string[] = [];
  let letterIndex = 0;
  for (const b of doc.blocks) {
    if (!b.path.length) continue;
    if (b.letter) {
      letterIndex++;
      const expected = String.fromCharCode(96 + letterIndex);
      const written = b.path[b.path.length - 1];
      if (written !== expected) out.push(`${b.path.slice(0, -1).join('.')} sub ${written} → sub ${expected}`);
      continue;
    }
    letterIndex = 0;
    const level = outlineLevel(b);
    counters.length = level + 1;
    for (let k = 0; k < level; k++) counters[k] ??= 0;
    counters[level] = (counters[level] ?? 0) + 1;
    const expected = counters.join('.');
    const written = b.path.filter((p) => /^\d/.test(p)).join('.');
    if (expected !== written) out.push(`${written} → ${expected}`);
  }
  return out;
}

export async function renderDocx(doc: ExportDocument): Promise<DocxResult> {
  const nl = doc.lang === 'nl';
  const hasParts = doc.blocks.some((b) => b.kind === 'part');
  const children: Array<Paragraph | TableOfContents> = [];
  const tocEntries: Array<{ title: string; level: number; href?: string }> = [];

  if (doc.title) children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }));
  const meta = [doc.version ? `${nl ? 'Versie' : 'Version'} ${doc.version}` : '', doc.date ?? ''].filter(Boolean).join(' · ');
  if (meta) children.push(new Paragraph({ style: 'ClausuleMeta', children: [new TextRun(meta)] }));

  const body: Paragraph[] = [];
  let letterGroupOpen = false;
  for (const b of doc.blocks) {
    const anchor = b.anchor ? bookmarkName(b.anchor) : undefined;
    const isHeading = (b.kind === 'article' || b.kind === 'part') && b.heading !== undefined;
    if (!b.letter) letterGroupOpen = false;
    if (isHeading) {
      const level = b.kind === 'part' || !hasParts ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
      const text = new TextRun(b.heading!);
      body.push(
        new Paragraph({
          heading: level,
          numbering: b.path.length ? { reference: OUTLINE, level: outlineLevel(b) } : undefined,
          children: anchor ? [new Bookmark({ id: anchor, children: [text] })] : [text],
        }),
      );
      tocEntries.push({ title: [b.number, b.heading].filter(Boolean).join(' '), level: level === HeadingLevel.HEADING_1 ? 1 : 2, href: anchor });
      for (const p of b.paragraphs) body.push(new Paragraph({ style: 'ClausuleTekst', children: runs(p) }));
      continue;
    }
    if (b.kind === 'text' || !b.path.length) {
      for (const p of b.paragraphs) body.push(new Paragraph({ children: runs(p) }));
      continue;
    }
    const level = outlineLevel(b);
    const numbering = b.letter
      ? { reference: LETTERS, level: Math.min(8, b.indent), restart: !letterGroupOpen }
      : { reference: OUTLINE, level };
    if (b.letter) letterGroupOpen = true;
    const [first, ...rest] = b.paragraphs.length ? b.paragraphs : [[]];
    const firstRuns = runs(first);
    body.push(
      new Paragraph({
        style: 'ClausuleLid',
        numbering,
        children: anchor ? [new Bookmark({ id: anchor, children: firstRuns.length ? firstRuns : [new TextRun('')] })] : firstRuns,
      }),
    );
    const left = b.letter ? STEP * Math.min(8, b.indent) + 425 : STEP * level;
    for (const p of rest) body.push(new Paragraph({ style: 'ClausuleLid', indent: { left }, children: runs(p) }));
  }

  if (tocEntries.length) {
    children.push(new Paragraph({ style: 'ClausuleInhoud', children: [new TextRun(nl ? 'Inhoud' : 'Contents')] }));
    children.push(
      new TableOfContents(nl ? 'Inhoud' : 'Contents', {
        hyperlink: true,
        headingStyleRange: hasParts ? '1-2' : '1-1',
        cachedEntries: tocEntries.filter((e) => hasParts || e.level === 1),
      }),
    );
  }
  // One push per paragraph: a spread of a large draft's paragraphs exceeds the call stack's argument limit.
  for (const p of body) children.push(p);

  const document = new Document({
    title: doc.title,
    description: meta || undefined,
    creator: 'Clausule',
    lastModifiedBy: 'Clausule',
    features: { updateFields: true },
    numbering: {
      config: [
        { reference: OUTLINE, levels: outlineLevels(doc.articleWord) },
        { reference: LETTERS, levels: letterLevels() },
      ],
    },
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { after: 80, line: 276 } } },
        title: { run: { font: 'Calibri', size: 40, bold: true, color: '000000' }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: 'Calibri', size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { font: 'Calibri', size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      },
      paragraphStyles: [
        { id: 'ClausuleLid', name: nl ? 'Lid' : 'Clause', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 80 } } },
        { id: 'ClausuleTekst', name: nl ? 'Artikeltekst' : 'Article text', basedOn: 'Normal', quickFormat: true },
        { id: 'ClausuleMeta', name: nl ? 'Versie en datum' : 'Version and date', basedOn: 'Normal', run: { color: '555555' }, paragraph: { spacing: { after: 240 } } },
        { id: 'ClausuleVoet', name: nl ? 'Voettekst Clausule' : 'Clausule footer', basedOn: 'Normal', run: { size: 16, color: '555555' } },
        { id: 'ClausuleInhoud', name: nl ? 'Kop inhoudsopgave' : 'Contents heading', basedOn: 'Normal', run: { bold: true, size: 26 }, paragraph: { spacing: { before: 240, after: 120 } } },
      ],
      characterStyles: [{ id: 'ClausuleBegrip', name: nl ? 'Gedefinieerd begrip' : 'Defined term', basedOn: 'DefaultParagraphFont' }],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        // "Algemene voorwaarden X – versie 2.3 – pagina 3 van 9": what a printed copy needs to be cited.
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: 'ClausuleVoet',
                children: [
                  new TextRun([doc.title, doc.version ? `${nl ? 'versie' : 'version'} ${doc.version}` : ''].filter(Boolean).join(' – ') + (doc.title || doc.version ? ' – ' : '')),
                  new TextRun({ children: [nl ? 'pagina ' : 'page ', PageNumber.CURRENT, nl ? ' van ' : ' of ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  const buf = await Packer.toBuffer(document);
  return { data: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), warnings: numberingDifferences(doc) };
}
