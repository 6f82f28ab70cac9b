// The model follows an edit: after an edit inside one line that leaves the line's shape (its kind,
// number, indentation; not a heading) unchanged, the previous model is moved, not rebuilt. The tree
// keeps its nodes (spans after the edit shifted); each document-level fact is updated by its own module
// around the edited line (definitions, term uses, citations, cross-references, directives, the
// document kind), and the cheap whole-draft passes (plural clause, audience and language comments) are
// read again where the edit can reach them. Anything else (a new line, a changed number or heading, a
// changed definition, a model shape this module does not know) falls back to a full parse. The property
// tests in update.test.ts hold this to "same model as a full parse, after every edit".
//
// The previous model is moved in place (spans after the edit shifted, arrays spliced), not copied: its
// nodes, definitions, uses, references, citations, directives and untouched blocks become the new
// model's, with the same identity. So an update invalidates the model it was given; the caller
// replaces its previous model with the new one anyway.
import { isSpaceUnit } from '../text/letters';
import { LineIndex } from '../text/lineIndex';
import { classifyLines, endsMidSentence, endsOnNumberWord, hasPlainHeadingText, isCapitalsHeadingText, titleLineAbove, titleLineBelow, nextRunTogether, nextRunTogetherLid, mayHoldInlineArticles, parseDocument } from './parse';
import { blockText } from './blockText';
import { frontMatterEnd } from '../text/frontMatter';
import { classifyLine, isPlainSentence, upperItemOf, type LineInfo } from './lines';
import { declaresPluralCovered, PLURAL_REACH, updateDefinitions, updateTermUses } from './definitions';
import { updateCitations } from './citations';
import { AUDIENCE_REACH, findDeclaredAudience, findDeclaredLanguage, updateDirectives } from './directives';
import { findReferences, updateReferences } from './references';
import { updateDocumentKind } from './documentKind';
import { diffTexts, firstAtOrAfter, moveInPlace, moveOffset, movedSpan, type Edit, type LineEdit } from './edit';
import type { Block, DocumentModel, StructureNode } from './types';
import type { Span } from '../types';

/** The model fields this module knows how to move; a model with any other field is parsed in full. */
const MODEL_KEYS = new Set(['text', 'lines', 'roots', 'nodes', 'byLabel', 'definitions', 'uses', 'references', 'citations', 'directives', 'blocks', 'declaredAudience', 'declaredLanguage', 'pluralCovered', 'documentKind']);
const NODE_OBJECT_KEYS = new Set(['span', 'numberSpan', 'textSpan', 'headingSpan', 'children', 'parent', 'path']);
const LINEINFO_OFFSETS = new Set(['start', 'end', 'numberStart', 'numberEnd', 'contentStart']);

export const DEBUG: Map<string, number> | undefined = typeof process !== 'undefined' && process.env.CLAUSULE_INCREMENTAL_DEBUG ? new Map() : undefined;

export interface UpdateStats {
  full: number;
  spliced: number;
  /** Why the last full parse was needed (for the benchmark and for debugging). */
  lastFallback?: string;
}

/**
 * The line table of a model this module returned (the classification of every line): kept beside the
 * model, not in it, so that the next edit need not classify the whole draft again.
 */
const lineInfos = new WeakMap<DocumentModel, LineInfo[]>();

/**
 * The model of `text`, given the model of the previous text: `previous` itself when the text is the
 * same, the previous model moved through the edit where it safely can, else a full parse. Invalidates
 * `previous` (see above). `stats` counts the moves and full parses.
 */
export function updateModel(previous: DocumentModel, text: string, stats?: UpdateStats): DocumentModel {
  // One compare finds both "unchanged" and the edit (each is a scan of up to the whole text).
  const edit = diffTexts(previous.text, text);
  if (!edit) return previous;
  // Moved in place below (also when the move fails half way): what still holds it must not read it.
  supersededModels.add(previous);
  // Where the articles started before the edit: a full parse below may follow a move that was begun.
  const oldBlocks = previous.blocks;
  const oldStarts = oldBlocks.map((b) => b.span.start);
  let moved: DocumentModel | string;
  try {
    moved = moveModel(previous, text, edit);
  } catch {
    // The previous model may be half moved by now: parse in full, which never reads it.
    moved = 'an exception';
  }
  if (typeof moved !== 'string') {
    if (stats) stats.spliced++;
    return moved;
  }
  if (DEBUG) DEBUG.set(moved, (DEBUG.get(moved) ?? 0) + 1);
  if (stats) {
    stats.full++;
    stats.lastFallback = moved;
  }
  const lineTable: { infos?: LineInfo[] } = {};
  const model = parseDocument(text, lineTable);
  keepUntouchedBlocks(model, oldBlocks, oldStarts, edit);
  if (lineTable.infos) lineInfos.set(model, lineTable.infos);
  return model;
}

/**
 * After a full parse, an article the edit did not touch (its text the same, before the edit at the same
 * offset or after it moved by the edit) keeps its previous block object and string, as a moved model's
 * untouched articles do: caches keyed by either still find it. A block's text depends on its slice only.
 */
function keepUntouchedBlocks(model: DocumentModel, oldBlocks: Block[], oldStarts: number[], edit: Edit): void {
  const delta = edit.newEnd - edit.oldEnd;
  let k = 0;
  const blocks = model.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    // Each new start names at most one old start, and no two new blocks the same one (see edit.ts).
    let oldStart: number;
    if (b.span.start < edit.start) oldStart = b.span.start;
    else if (b.span.start >= edit.newEnd) oldStart = b.span.start - delta;
    else continue;
    while (k < oldStarts.length && oldStarts[k] < oldStart) k++;
    if (k === oldStarts.length) break;
    const old = oldBlocks[k];
    if (oldStarts[k] !== oldStart || old.text !== b.text) continue;
    old.span.start = b.span.start;
    old.span.end = b.span.end;
    old.firstLine = b.firstLine;
    blocks[i] = old;
  }
}

const supersededModels = new WeakSet<DocumentModel>();

/**
 * Whether an edit has moved this model on (updateModel): its nodes and blocks may now be the next text's while
 * its `text` is still the old one. Work deferred from an analysis (a fix built when read) checks this first.
 */
export function superseded(model: DocumentModel): boolean {
  return supersededModels.has(model);
}

/** Keeps the model of one document and moves it through each edit (updateModel). */
export class IncrementalParser {
  private model?: DocumentModel;
  readonly stats: UpdateStats = { full: 0, spliced: 0 };

  parse(text: string): DocumentModel {
    if (this.model) return (this.model = updateModel(this.model, text, this.stats));
    this.stats.full++;
    return (this.model = parseDocument(text));
  }
}

/** The previous model moved through an edit, or why it cannot be (the caller parses in full). */
function moveModel(old: DocumentModel, text: string, edit: Edit): DocumentModel | string {
  for (const k of Object.keys(old)) if (!MODEL_KEYS.has(k)) return `unknown model field ${k}`;
  const oldText = old.text;
  if (hasLineBreak(oldText, edit.start, edit.oldEnd) || hasLineBreak(text, edit.start, edit.newEnd)) return 'line break edited';
  // A character typed between \r and \n splits a line.
  if (edit.start > 0 && oldText.charCodeAt(edit.start - 1) === 13) return 'after a carriage return';
  const delta = edit.newEnd - edit.oldEnd;
  const oldLines = old.lines;
  const line = oldLines.lineAt(edit.start);
  const lineStart = oldLines.lineStarts[line];
  const oldLineEnd = oldLines.lineEnd(line);
  if (edit.oldEnd > oldLineEnd) return 'edit past the line end';
  const e: LineEdit = { ...edit, delta, line, lineStart, oldLineEnd, newLineEnd: oldLineEnd + delta };
  // Front matter is read as comments (classifyLines): an edit in it, or one that opens or closes it, parses in full.
  const frontMatter = frontMatterEnd(oldText);
  if ((frontMatter > 0 && edit.start <= frontMatter) || frontMatterEnd(text) !== frontMatter) return 'front matter edited';

  // The line must keep its shape: same classification, offsets moved by the edit.
  const infos = lineInfos.get(old) ?? classifyLines(oldText, oldLines);
  const before = infos[line];
  const after = classifyLine(text, line, lineStart, e.newLineEnd);
  // A numbered line's "title" is its whole text; it matters only where it could make a heading.
  // A heading's title is cleaned (emphasis and '#' dropped) and then looked up in the line, so an edit
  // of a heading line can move or drop its span even when the title reads the same: parse in full.
  if (!isPlainSentence(before.title) || !isPlainSentence(after.title) || nodeOnLineHasHeading(old.nodes, lineStart, oldLineEnd, line)) return 'heading line edited';
  if (!sameShape(before, after, edit, delta, oldLineEnd)) return 'line shape changed';
  // The tree also reads a plain line as a chapter heading, and a number after a line that stops
  // mid-sentence as part of that sentence: an edit that changes either is parsed in full.
  if (hasPlainHeadingText(oldText, before) !== hasPlainHeadingText(text, after)) return 'plain heading edited';
  // The title of an article heading written on the line below it ("Artikel 3" + "Betaling").
  for (let k = Math.max(0, line - 3); k < line; k++) if (titleLineBelow(oldText, infos, k) === line) return 'title below a heading edited';
  // A line in capitals can be a chapter over the article below it, unless the draft repeats it (a running header).
  if (isCapitalsHeadingText(oldText, before) || isCapitalsHeadingText(text, after)) return 'capitals line edited';
  // Or on the line above it ("Definities" + "Artikel 1").
  for (let k = line + 1; k < infos.length && k <= line + 3; k++) if (titleLineAbove(oldText, infos, k) === line) return 'title above a heading edited';
  // A text line opened by a capital item number ("B. ...") is an item in the preamble: an edit of that number parses in full.
  if (!sameUpperItem(upperItemOf(oldText, before), upperItemOf(text, after))) return 'capital item number edited';
  // Dotted clauses run together on one line are split by the tree: an edit of such a line parses in full.
  if ((before.kind === 'numbered' || before.kind === 'text') && (nextRunTogether(oldText, before.contentStart, before.end) || nextRunTogether(text, after.contentStart, after.end))) return 'run-together clauses edited';
  if (before.kind === 'text' && (mayHoldInlineArticles(oldText, before.contentStart, before.end) || mayHoldInlineArticles(text, after.contentStart, after.end))) return 'articles in one line edited';
  if (before.kind === 'numbered' && (nextRunTogetherLid(oldText, before.contentStart, before.end) || nextRunTogetherLid(text, after.contentStart, after.end))) return 'run-together leden edited';
  const next = infos[line + 1];
  if (next !== undefined && next.kind === 'numbered' && (endsMidSentence(oldText, before) !== endsMidSentence(text, after) || endsOnNumberWord(oldText, before) !== endsOnNumberWord(text, after))) {
    return 'sentence end before a number edited';
  }
  // A colon at the end of a clause announces the numbered list below it, past blank lines ("3.2 ... staan:" + "1. ...").
  let below = line + 1;
  while (below < infos.length && (infos[below].kind === 'blank' || infos[below].kind === 'comment')) below++;
  if (below < infos.length && (infos[below].kind === 'numbered' || infos[below].kind === 'letter' || upperItemOf(oldText, infos[below])) && endsWithColon(oldText, before) !== endsWithColon(text, after)) return 'colon before a list edited';

  // A paragraph between two lettered lists closes the first when it opens after a sentence and announces the second
  // ("Voor betaling geldt:" + "a."): an edit of a line's last or first character between two lists parses in full.
  if ((lastUnit(oldText, before) !== lastUnit(text, after) || text.charCodeAt(after.contentStart) !== oldText.charCodeAt(before.contentStart)) && letterWithin(infos, line + 1, line + 5, true) && letterWithin(infos, line - 4, line + 1, false)) {
    return 'paragraph before a list edited';
  }
  // Offsets at the edit are ambiguous (does a span start before or after an insertion?), except the
  // line's end, which moves with it.
  const isAmbiguous = (x: number) => x >= edit.start && x <= edit.oldEnd && !(x === oldLineEnd && x === edit.oldEnd);
  const spanAmbiguous = (s: Span) => isAmbiguous(s.start) || isAmbiguous(s.end);

  // Nothing is changed until every check that can be made on the previous model has passed.
  const nodes = old.nodes;
  let headings = 0;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    // A field this module does not know how to move means a full parse. Nodes of one kind share their
    // fields, so a sample (the first nodes, then every 256th, and the first headings) is checked.
    if (i < 64 || (i & 255) === 0 || (n.heading !== undefined && headings++ < 64)) {
      for (const k in n) {
        const v = (n as unknown as Record<string, unknown>)[k];
        if (v !== null && typeof v === 'object' && !NODE_OBJECT_KEYS.has(k)) return `unknown node field ${k}`;
      }
    }
    // A node's offsets lie in its span: one that starts after the edit has none at it.
    if (n.span.end < edit.start || n.span.start > edit.oldEnd) continue;
    if (spanAmbiguous(n.span) || spanAmbiguous(n.numberSpan) || spanAmbiguous(n.textSpan) || (n.headingSpan && spanAmbiguous(n.headingSpan))) return 'a node boundary at the edit';
  }
  for (const b of old.blocks) if (b.span.end >= edit.start && spanAmbiguous(b.span)) return 'a block boundary at the edit';
  for (const k of Object.keys(old.blocks[0] ?? {})) if (k !== 'span' && k !== 'text' && k !== 'firstLine') return `unknown block field ${k}`;
  for (const d of old.definitions) if (spanAmbiguous(d.span) || spanAmbiguous(d.textSpan)) return 'a definition boundary at the edit';
  // The plural clause is read in the first 200,000 characters only.
  const pluralCovered = edit.start >= PLURAL_REACH ? old.pluralCovered : declaresPluralCovered(text);
  if (pluralCovered !== old.pluralCovered) return 'plural clause changed';

  // The previous model is moved in place from here on: it belongs to the previous analysis, which the
  // caller replaces with this one. A fallback after this point parses in full (and never reads it).
  lineInfos.delete(old);
  if (delta !== 0) {
    for (const n of nodes) {
      if (n.span.end < edit.start) continue;
      moveInPlace(n.span, edit.start, delta);
      moveInPlace(n.numberSpan, edit.start, delta);
      moveInPlace(n.textSpan, edit.start, delta);
      if (n.headingSpan) moveInPlace(n.headingSpan, edit.start, delta);
    }
  }
  const lines = moveLineIndex(oldLines, text, line, delta);
  // The line table moves too (it is this module's own).
  if (delta !== 0) for (let l = line + 1; l < infos.length; l++) shiftInfo(infos[l], delta);
  infos[line] = after;
  const blocks: Block[] = new Array(old.blocks.length);
  for (let k = 0; k < old.blocks.length; k++) {
    const b = old.blocks[k];
    // An untouched article keeps its object and string: caches keyed by either still find it.
    // (A block that ends at the edit is touched when its end moved: typing at the end of a draft with no final newline.)
    if (b.span.end < edit.start || (b.span.end === edit.start && moveOffset(b.span.end, edit) === b.span.end)) blocks[k] = b;
    else if (b.span.start > edit.oldEnd) {
      moveInPlace(b.span, edit.start, delta);
      blocks[k] = b;
    } else {
      const span = movedSpan(b.span, edit);
      blocks[k] = { span, text: blockText(text, span.start, span.end), firstLine: b.firstLine };
    }
  }

  const definitions = updateDefinitions(old.definitions, oldText, text, infos, lines, nodes, pluralCovered, e);
  if (!definitions) return 'definitions changed';
  const uses = updateTermUses(old.uses, definitions, text, e);
  const citations = updateCitations(old.citations, text, lines, blocks, e);
  if (!citations) return 'citation window';

  const model: DocumentModel = {
    text,
    lines,
    roots: old.roots,
    nodes,
    byLabel: old.byLabel,
    definitions,
    uses,
    references: [],
    citations,
    directives: updateDirectives(old.directives, text, lines, e),
    blocks,
    declaredAudience: edit.start >= AUDIENCE_REACH ? old.declaredAudience : findDeclaredAudience(text),
    declaredLanguage: edit.start >= AUDIENCE_REACH ? old.declaredLanguage : findDeclaredLanguage(text),
    pluralCovered,
    documentKind: updateDocumentKind(old.documentKind, oldText, text, edit),
  };
  if (!('declaredAudience' in old)) delete model.declaredAudience;
  if (!('declaredLanguage' in old)) delete model.declaredLanguage;
  // Cross-references resolve against the whole (moved) tree: found on the new model.
  model.references = updateReferences(old.references, model, e) ?? findReferences(model);
  lineInfos.set(model, infos);
  return model;
}

function hasLineBreak(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** Whether the edited line keeps its classification, its offsets moved by the edit (its title is checked apart). */
function sameShape(a: LineInfo, b: LineInfo, edit: Edit, delta: number, oldLineEnd: number): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (k === 'title') continue;
    const x = (a as unknown as Record<string, unknown>)[k];
    const y = (b as unknown as Record<string, unknown>)[k];
    if (LINEINFO_OFFSETS.has(k) && typeof x === 'number' && typeof y === 'number') {
      let moved: number;
      if (x < edit.start) moved = x;
      else if (x > edit.oldEnd || (x === oldLineEnd && x === edit.oldEnd)) moved = x + delta;
      else return dbg(k + '@edit'); // an offset at the edit: the shape may have changed
      if (moved !== y) return dbg(k);
    } else if (x !== y) return dbg(k);
  }
  return true;
}

function shiftInfo(info: LineInfo, delta: number) {
  info.start += delta;
  info.end += delta;
  info.contentStart += delta;
  if (info.numberStart !== undefined) info.numberStart += delta;
  if (info.numberEnd !== undefined) info.numberEnd += delta;
}

/** A LineIndex for the new text with the line starts after `line` moved; rebuilt when its shape is unknown. */
function moveLineIndex(old: LineIndex, text: string, line: number, delta: number): LineIndex {
  const keys = Object.keys(old);
  if (keys.length !== 2 || !keys.includes('text') || !keys.includes('lineStarts')) return new LineIndex(text);
  // Nothing mutates a LineIndex's starts (they are copied here before moving), so an edit that keeps the
  // length shares them: no copy of the draft's line table per keystroke that replaces a letter.
  let starts = old.lineStarts;
  if (delta !== 0) {
    starts = starts.slice();
    for (let l = line + 1; l < starts.length; l++) starts[l] += delta;
  }
  const idx = Object.create(LineIndex.prototype) as LineIndex;
  Object.assign(idx, { text, lineStarts: starts });
  return idx;
}

/** Counts why a line's shape differs (CLAUSULE_INCREMENTAL_DEBUG), for tuning the fast path. */
function dbg(k: string): false {
  if (DEBUG) DEBUG.set('key ' + k, (DEBUG.get('key ' + k) ?? 0) + 1);
  return false;
}

/** Whether a node of the line (nodes start on their own line) has a heading. */
function nodeOnLineHasHeading(nodes: StructureNode[], lineStart: number, lineEnd: number, line: number): boolean {
  for (let i = firstAtOrAfter(nodes, lineStart); i < nodes.length && nodes[i].span.start <= lineEnd; i++) if (nodes[i].line === line && nodes[i].heading !== undefined) return true;
  return false;
}

/** Two readings of a line's capital item number that the previous model can be moved between. */
function sameUpperItem(a: ReturnType<typeof upperItemOf>, b: ReturnType<typeof upperItemOf>): boolean {
  if (!a || !b) return a === b;
  return a.number === b.number && a.numberStart === b.numberStart && a.contentStart === b.contentStart;
}

/** Whether a line's text ends with a colon (trailing blanks aside). */
/** The last character of a line, before trailing blanks (0 for none). */
function lastUnit(text: string, info: LineInfo): number {
  let e = info.end;
  while (e > info.start && isSpaceUnit(text.charCodeAt(e - 1))) e--;
  return e > info.start ? text.charCodeAt(e - 1) : 0;
}

/** Whether lines [from, to) hold a sub-item; `first`: one that letters from the start ("a.", "i."). */
function letterWithin(infos: LineInfo[], from: number, to: number, first: boolean): boolean {
  for (let k = Math.max(0, from); k < infos.length && k < to; k++) {
    if (infos[k].kind === 'letter' && (!first || infos[k].number === 'a' || infos[k].number === 'i')) return true;
  }
  return false;
}

function endsWithColon(text: string, info: LineInfo): boolean {
  let e = info.end;
  while (e > info.start && isSpaceUnit(text.charCodeAt(e - 1))) e--;
  return text.charCodeAt(e - 1) === 58;
}
