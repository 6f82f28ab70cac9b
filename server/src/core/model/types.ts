// The document model: how a lawyer reads a draft. Offsets are UTF-16 code units into DocumentModel.text.
import type { Lang, Span } from '../types';
import type { LineIndex } from '../text/lineIndex';
import type { Citation } from './citations';
import type { DocumentKind } from './documentKind';

export type NodeKind = 'part' | 'article' | 'clause' | 'item';

/** How a node's number was written, which decides how references to it are phrased. */
export type NumberStyle =
  | 'markdown' // "## Artikel 3 – X" or "# 3. X"
  | 'artikel' // "Artikel 3 X" on a plain line
  | 'dotted' // "3.1 ..." (full path written out)
  | 'outline' // "1." nested by indentation; the real number follows from nesting
  | 'lid' // "1." / "2." under an article heading: leden ("12 lid 3")
  | 'letter' // "a." / "b)" / "(c)" / "a:", and "1°"
  | 'roman' // "i." / "ii." / "(iv)": Roman sub-items, never read as letters
  | 'none'; // a titled part without a number

export interface StructureNode {
  kind: NodeKind;
  style: NumberStyle;
  /** Number as written on the line: "3", "3.1", "1", "b". Empty for unnumbered parts. */
  written: string;
  /** Canonical path of numbers from the article down: ["1","2","6"], ["8","3","b"]. */
  path: string[];
  /** Canonical label: "1.2.6", "12 lid 3", "8.3 sub b". */
  label: string;
  heading?: string;
  /** The heading text on the node's first line, for headings and heading-like outline lines. */
  headingSpan?: Span;
  /** Whole node: its first line to the end of its last descendant. */
  span: Span;
  /** The number token on its line (empty span for unnumbered nodes). */
  numberSpan: Span;
  /** Its own text, without children: from after the number to the end of its own lines. */
  textSpan: Span;
  /** 0-based line of the node's first line. */
  line: number;
  depth: number;
  /**
   * For an unnumbered chapter heading on a plain line ("Betalen"): its position among those headings,
   * "3" for the third, which is how the text cites it ("hoofdstuk 3").
   */
  partNumber?: string;
  /** The recitals of a contract ("Overwegende dat:"): its items are cited as "overweging a". */
  recitals?: boolean;
  /** A part that opens an appendix ("Bijlage 1", "A. Addendum ..."): it numbers its own articles from 1. */
  appendix?: boolean;
  /** A sub-item that letters a new list from "a" again, after a paragraph of its parent announced it. */
  listStart?: boolean;
  /** Markdown heading level, for nodes written as Markdown headings. */
  mdLevel?: number;
  children: StructureNode[];
  parent?: StructureNode;
}

export interface Definition {
  term: string;
  /** Where the term is written in its definition. */
  span: Span;
  /** The definition text after the term. */
  textSpan: Span;
  text: string;
  /** Surface forms that count as uses (the term, and its plurals when the draft says so). */
  forms: string[];
  node?: StructureNode;
  /** The whole term as written when one definition defines several ("Offerte en/of Aanbieding"). */
  label?: string;
  /** Index of the first definition of the same line/group; set on every member of a group. */
  group?: number;
  /** How the definition is written: a list entry ("Term: ..."), or inline ("hierna: ...", "onder ... wordt verstaan");
   *  'extern': a term taken from another document ("Persoonsgegevens zoals gedefinieerd in de AVG"). */
  style: 'list' | 'marked' | 'quoted' | 'verstaan' | 'hierna' | 'extern';
}

export interface TermUse {
  term: string;
  form: string;
  span: Span;
}

/** A number token in a reference: it writes components [from, to) of the target path. */
export interface ReferenceToken {
  span: Span;
  from: number;
  to: number;
}

export interface CrossReference {
  span: Span;
  text: string;
  /** The tokens that spell the target's number; renumbering rewrites exactly these. */
  tokens: ReferenceToken[];
  /** How it points: 'artikel' ("artikel 3.2"), 'lid' ("lid 2"), 'leden', 'sub', 'dotted' ("in 1.2.6"), 'positional' ("het vorige lid"), 'bijlage' ("bijlage 2", targetPath ["bijlage", "2"]). */
  form: 'artikel' | 'lid' | 'leden' | 'sub' | 'dotted' | 'positional' | 'bijlage';
  /** Path the reference points at, e.g. ["3","2"]; undefined when it cannot be computed. */
  targetPath?: string[];
  target?: StructureNode;
  relative: boolean;
  /** The clause the reference is written in. */
  from?: StructureNode;
}

/** In-document directive: `<!-- clausule-disable-next-line rule -->` and friends. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  rules: string[]; // empty = all rules
  span: Span;
  line: number;
}

export interface Block {
  /** Article-sized chunk: the unit of per-block caching. */
  span: Span;
  text: string;
  firstLine: number;
}

export interface DocumentModel {
  text: string;
  lines: LineIndex;
  roots: StructureNode[];
  /** All nodes in document order (parts included). */
  nodes: StructureNode[];
  /** Nodes by path joined with "." ("1.2.6", "12.3", "8.3.b"); several when numbers are duplicated. */
  byLabel: Map<string, StructureNode[]>;
  definitions: Definition[];
  uses: TermUse[];
  references: CrossReference[];
  citations: Citation[];
  directives: Directive[];
  blocks: Block[];
  /** Audience written in the draft (`<!-- clausule: doelgroep=b2c -->`), if any. */
  declaredAudience?: 'b2b' | 'b2c';
  /** Language of Clausule's text about this draft (`<!-- clausule: taal=en -->`), if the draft chooses one. */
  declaredLanguage?: Lang;
  /** The draft says singular terms also cover the plural. */
  pluralCovered: boolean;
  /** What kind of document it is and which law governs it (documentKind.ts). */
  documentKind?: DocumentKind;
}
