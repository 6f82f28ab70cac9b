// The document model: how a lawyer reads a draft. Offsets are UTF-16 code units into DocumentModel.text.
import type { Span } from '../types';
import type { LineIndex } from '../text/lineIndex';
import type { Citation } from './citations';

export type NodeKind = 'part' | 'article' | 'clause' | 'item';

/** How a node's number was written, which decides how references to it are phrased. */
export type NumberStyle =
  | 'markdown' // "## Artikel 3 – X" or "# 3. X"
  | 'artikel' // "Artikel 3 X" on a plain line
  | 'dotted' // "3.1 ..." (full path written out)
  | 'outline' // "1." nested by indentation; the real number follows from nesting
  | 'letter' // "a." / "b)" / "(c)"
  | 'none'; // a titled part without a number

export interface StructureNode {
  kind: NodeKind;
  style: NumberStyle;
  /** Number as written on the line: "3", "3.1", "1", "b". Empty for unnumbered parts. */
  written: string;
  /** Canonical path of numbers from the article down: ["1","2","6"], ["8","3","b"]. */
  path: string[];
  /** Canonical label: "1.2.6", "8.3 sub b". */
  label: string;
  heading?: string;
  /** Whole node: its first line to the end of its last descendant. */
  span: Span;
  /** The number token on its line (empty span for unnumbered nodes). */
  numberSpan: Span;
  /** Its own text, without children: from after the number to the end of its own lines. */
  textSpan: Span;
  /** 0-based line of the node's first line. */
  line: number;
  depth: number;
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
}

export interface TermUse {
  term: string;
  form: string;
  span: Span;
}

export interface CrossReference {
  span: Span;
  text: string;
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
  /** All numbered nodes in document order. */
  nodes: StructureNode[];
  byLabel: Map<string, StructureNode[]>;
  definitions: Definition[];
  uses: TermUse[];
  references: CrossReference[];
  citations: Citation[];
  directives: Directive[];
  blocks: Block[];
  /** Audience written in the draft (`<!-- clausule: doelgroep=b2c -->`), if any. */
  declaredAudience?: 'b2b' | 'b2c';
  /** The draft says singular terms also cover the plural. */
  pluralCovered: boolean;
}
