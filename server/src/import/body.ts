// The body of document.xml as Word shows it: paragraphs with their list numbers and heading levels, and
// tables as rows of cell texts. Deleted text, hidden text, field codes and tables of contents are left
// out; inserted text, the shown results of fields, content controls and notes are kept.
import { ListCounter } from './numbering';
import { styleChain, type Styles } from './parts';
import { attr, child, isOn, kids, tagOf, textOf, valOf, type XmlNode } from './xml';

export interface WordParagraph {
  kind: 'paragraph';
  /** The text; '\n' where the paragraph has a manual line break, '\t' for a tab. */
  text: string;
  /** The list number Word shows before the text ("3.2", "b.", "IV"). */
  number?: string;
  bullet?: boolean;
  /** The list (w:numId) and level (w:ilvl) of a numbered paragraph. */
  list?: { id: string; level: number };
  /** 0 for a title, 1–9 for a heading or outline level. */
  heading?: number;
  /** Length of a bold run that opens the paragraph (a defined term), in `text`. */
  boldLead?: number;
  /** Footnotes and endnotes referenced in this paragraph, as lines to follow it. */
  notes: string[];
}

export interface WordTable {
  kind: 'table';
  rows: string[][];
}

export type WordBlock = WordParagraph | WordTable;

export interface BodyStats {
  insertions: number;
  deletions: number;
  placeholders: number;
  commentMarks: number;
}

/** Template prompts Word shows in an empty content control (Dutch and English Office). */
export const PROMPTS = /Klik of tik om tekst in te voeren\.?|Klik hier als u tekst wilt invoeren\.?|Klik of tik om een datum in te voeren\.?|Kies een item\.?|Click or tap here to enter text\.?|Click here to enter text\.?|Choose an item\.?/g;
export const PLACEHOLDER = '[IN TE VULLEN]';

/** Field instructions whose result is not part of the text (tables of contents, index entries). */
const DROPPED_FIELD = /^\s*(TOC|INDEX|TA|TC|XE|TOA)\b/i;

interface Field {
  instr: string;
  result: boolean;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number) => String(n).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);

export class BodyReader {
  readonly stats: BodyStats = { insertions: 0, deletions: 0, placeholders: 0, commentMarks: 0 };
  private fields: Field[] = [];
  private footnoteNo = 0;
  private endnoteNo = 0;

  constructor(
    private readonly styles: Styles,
    private readonly counter: ListCounter,
    private readonly footnotes: Map<string, XmlNode[]>,
    private readonly endnotes: Map<string, XmlNode[]>,
    /** Stops a runaway document: called once per paragraph. */
    private readonly tick: () => void = () => {},
  ) {}

  blocks(nodes: XmlNode[], out: WordBlock[] = []): WordBlock[] {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'p') out.push(this.paragraph(n));
      else if (tag === 'tbl') out.push(this.table(n));
      else if (tag === 'sdt') this.blockControl(n, out);
      else if (tag === 'customXml' || tag === 'ins' || tag === 'moveTo' || tag === 'smartTag') {
        if (tag !== 'customXml' && tag !== 'smartTag') this.stats.insertions++;
        this.blocks(kids(n), out);
      } else if (tag === 'del' || tag === 'moveFrom') this.stats.deletions++;
    }
    return out;
  }

  private blockControl(n: XmlNode, out: WordBlock[]) {
    const pr = child(n, 'sdtPr');
    const gallery = valOf(child(pr, 'docPartObj'), 'docPartGallery') ?? '';
    if (/table of contents/i.test(gallery)) return;
    const from = out.length;
    const content = kids(child(n, 'sdtContent'));
    this.blocks(content, out);
    // A control that shows its prompt, or an empty text control, is a blank in the template: its first
    // paragraph (keeping its number) holds a placeholder, the prompt's other paragraphs go.
    if (child(pr, 'showingPlcHdr') || (child(pr, 'text') && !textOf(content).trim())) {
      const paragraphs = out.slice(from).filter((b): b is WordParagraph => b.kind === 'paragraph');
      if (paragraphs.length && paragraphs.length === out.length - from) {
        paragraphs[0].text = controlLabel(pr);
        paragraphs[0].boldLead = undefined;
        for (const p of paragraphs.slice(1)) p.text = '';
        this.stats.placeholders++;
      }
    }
  }

  private table(n: XmlNode): WordTable {
    const rows: string[][] = [];
    for (const tr of kids(n)) {
      const t = tagOf(tr);
      if (t !== 'tr' && t !== 'sdt' && t !== 'ins') continue;
      const rowNodes = t === 'tr' ? [tr] : kids(t === 'sdt' ? child(tr, 'sdtContent') : tr).filter((k) => tagOf(k) === 'tr');
      for (const row of rowNodes) {
        if (child(child(row, 'trPr'), 'del')) {
          this.stats.deletions++;
          continue;
        }
        const cells: string[] = [];
        for (const tc of kids(row)) {
          const ct = tagOf(tc);
          const cellNodes = ct === 'tc' ? [tc] : ct === 'sdt' ? kids(child(tc, 'sdtContent')).filter((k) => tagOf(k) === 'tc') : [];
          for (const cell of cellNodes) {
            const parts = this.blocks(kids(cell)).map((b) =>
              b.kind === 'paragraph' ? [b.number, b.text.replace(/\s+/g, ' ').trim(), ...b.notes].filter(Boolean).join(' ') : b.rows.map((r) => r.join(' | ')).join(' / '),
            );
            cells.push(parts.filter(Boolean).join(' '));
          }
        }
        rows.push(cells);
      }
    }
    return { kind: 'table', rows };
  }

  private paragraph(p: XmlNode): WordParagraph {
    this.tick();
    const pPr = child(p, 'pPr');
    const styleId = valOf(pPr, 'pStyle') ?? this.styles.defaultParagraph;
    const chain = styleChain(this.styles, styleId);
    const para: WordParagraph = { kind: 'paragraph', text: '', notes: [] };

    const numPr = child(pPr, 'numPr');
    const numId = valOf(numPr, 'numId') ?? chain.find((s) => s.numId !== undefined)?.numId;
    if (numId !== undefined && numId !== '0') {
      const direct = valOf(numPr, 'ilvl');
      const ilvl =
        direct !== undefined
          ? Number(direct)
          : (chain.find((s) => s.ilvl !== undefined)?.ilvl ?? (styleId ? this.counter.levelOfStyle(numId, styleId) : undefined) ?? 0);
      const level = this.counter.level(numId, ilvl);
      const shown = this.counter.next(numId, ilvl);
      if (shown) {
        para.number = shown;
        para.bullet = level?.format === 'bullet';
        para.list = { id: numId, level: ilvl };
      }
    }
    para.heading = headingLevel(chain, valOf(pPr, 'outlineLvl'));

    const builder = new TextBuilder();
    this.inline(kids(p), builder, para.notes);
    para.text = builder.text;
    para.boldLead = builder.boldEnd || undefined;
    return para;
  }

  /** Text is shown unless a field is still in its instruction part or is one whose result is dropped. */
  private get showing(): boolean {
    return this.fields.every((f) => f.result && !DROPPED_FIELD.test(f.instr));
  }

  private inline(nodes: XmlNode[], out: TextBuilder, notes: string[]) {
    for (const n of nodes) {
      const tag = tagOf(n);
      switch (tag) {
        case 'r':
          this.run(n, out, notes);
          break;
        case 'hyperlink':
          // The shown text, as Word prints it; the link target is not part of the provision.
          this.inline(kids(n), out, notes);
          break;
        case 'ins':
        case 'moveTo':
          this.stats.insertions++;
          this.inline(kids(n), out, notes);
          break;
        case 'del':
        case 'moveFrom':
          this.stats.deletions++;
          break;
        case 'fldSimple':
          if (!DROPPED_FIELD.test(attr(n, 'instr') ?? '')) this.inline(kids(n), out, notes);
          break;
        case 'sdt': {
          const pr = child(n, 'sdtPr');
          const content = kids(child(n, 'sdtContent'));
          // An empty text control is a blank in the template, like one that still shows its prompt.
          if (child(pr, 'showingPlcHdr') || (child(pr, 'text') && !textOf(content).trim())) {
            out.append(controlLabel(pr), false);
            this.stats.placeholders++;
          } else this.inline(content, out, notes);
          break;
        }
        case 'smartTag':
        case 'customXml':
        case 'bdo':
        case 'dir':
          this.inline(kids(n), out, notes);
          break;
        case 'commentRangeStart':
          this.stats.commentMarks++;
          break;
        default:
          break;
      }
    }
  }

  private run(r: XmlNode, out: TextBuilder, notes: string[]) {
    const rPr = child(r, 'rPr');
    if (isOn(rPr, 'vanish') || isOn(rPr, 'specVanish')) return;
    const bold = isOn(rPr, 'b');
    for (const n of kids(r)) {
      const tag = tagOf(n);
      switch (tag) {
        case 'fldChar': {
          const type = attr(n, 'fldCharType');
          if (type === 'begin') this.fields.push({ instr: '', result: false });
          else if (type === 'separate' && this.fields.length) this.fields[this.fields.length - 1].result = true;
          else if (type === 'end') this.fields.pop();
          break;
        }
        case 'instrText':
          if (this.fields.length) this.fields[this.fields.length - 1].instr += kids(n).map((k) => k['#text'] ?? '').join('');
          break;
        case 't':
          if (this.showing) out.append(kids(n).map((k) => k['#text'] ?? '').join(''), bold);
          break;
        case 'tab':
        case 'ptab':
          if (this.showing) out.append('\t', bold);
          break;
        case 'br':
        case 'cr': {
          const type = attr(n, 'type');
          if (this.showing && type !== 'page' && type !== 'column') out.append('\n', false);
          break;
        }
        case 'noBreakHyphen':
          if (this.showing) out.append('-', bold);
          break;
        case 'footnoteReference':
        case 'endnoteReference': {
          if (!this.showing) break;
          const foot = tag === 'footnoteReference';
          const body = (foot ? this.footnotes : this.endnotes).get(attr(n, 'id') ?? '');
          if (!body) break;
          const no = foot ? ++this.footnoteNo : ++this.endnoteNo;
          out.append(superscript(no), false);
          notes.push(`${foot ? 'Voetnoot' : 'Eindnoot'} ${no}: ${this.noteText(body)}`);
          break;
        }
        default:
          break;
      }
    }
  }

  private noteText(nodes: XmlNode[]): string {
    const saved = this.fields;
    this.fields = [];
    const out: string[] = [];
    for (const p of nodes) {
      if (tagOf(p) !== 'p') continue;
      const b = new TextBuilder();
      this.inline(kids(p), b, []);
      out.push(b.text);
    }
    this.fields = saved;
    return clean(out.join(' ')).replace(/\s+/g, ' ').trim();
  }
}

/**
 * The label of an empty content control: its title or tag in capitals and brackets, the form of
 * placeholder Clausule reports ("[NAAM KIND]").
 */
export function controlLabel(sdtPr: XmlNode | undefined): string {
  const name = (valOf(sdtPr, 'alias') ?? valOf(sdtPr, 'tag') ?? '')
    .toLocaleUpperCase('nl-NL')
    .replace(/[^\p{Lu}\p{N} ._/-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return /^\p{Lu}/u.test(name) && name.length <= 40 ? `[${name}]` : PLACEHOLDER;
}

function headingLevel(chain: ReturnType<typeof styleChain>, outlineDirect: string | undefined): number | undefined {
  for (const s of chain) {
    for (const name of [s.name, s.id]) {
      const m = /^(?:heading|kop)\s*([1-9])$/i.exec(name);
      if (m) return Number(m[1]);
      if (/^(?:title|titel)$/i.test(name)) return 0;
    }
  }
  const outline = outlineDirect !== undefined ? Number(outlineDirect) : chain.find((s) => s.outlineLevel !== undefined)?.outlineLevel;
  return outline !== undefined && outline >= 0 && outline < 9 ? outline + 1 : undefined;
}

/** Soft hyphens and zero-width characters out, non-breaking and other special spaces to plain spaces. */
export function clean(s: string): string {
  return s.replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '').replace(/[\u00a0\u2007\u202f\u2002-\u2006\u2009\u200a]/g, ' ');
}

/** Collects a paragraph's text and how far a leading bold run reaches. */
class TextBuilder {
  text = '';
  boldEnd = 0;
  private leading = true;

  append(s: string, bold: boolean) {
    if (!s) return;
    if (this.leading) {
      if (bold && s !== '\n') {
        this.text += s;
        if (/\S/.test(s)) this.boldEnd = this.text.length;
        return;
      }
      if (/\S/.test(s) || s === '\n') this.leading = false;
    }
    this.text += s;
  }
}
