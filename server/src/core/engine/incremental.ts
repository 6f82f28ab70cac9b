// Incremental parsing: after an edit inside one line that leaves the line's shape (its kind, number,
// indentation; not a heading) unchanged, the previous document model is moved, not rebuilt. Only what
// the edited line can change is computed again: its term uses, and the definitions, statute citations
// and cross-references within reach of it (found again on a window of the text around the line), plus
// the cheap document-wide passes (directives, audience comment). Anything else (a new line, a changed
// number or heading, a changed definition, a model shape this module does not know) falls back to a
// full parse. The property tests in incremental.test.ts hold this to "same model as a full parse,
// after every edit".
//
// The previous model is moved in place (spans after the edit shifted, arrays spliced), not copied: its
// nodes, definitions, uses, references, citations, directives and untouched blocks become the new
// model's, with the same identity. So a parse invalidates the model it was given last time; the
// Analyzer that owns this parser replaces its previous result with the new one anyway.
import { LineIndex } from '../text/lineIndex';
import { classifyLines, endsMidSentence, hasPlainHeadingText, nextRunTogether, parseDocument } from '../model/parse';
import { blockText } from '../model/blockText';
import { classifyLine, type LineInfo } from '../model/lines';
import { declaresPluralCovered, definitionsArticles, findDefinitions, findTermUses, PLURAL_REACH } from '../model/definitions';
import { findCitations } from '../model/citations';
import { AUDIENCE_REACH, findDirectives, findDeclaredAudience, findDeclaredLanguage } from '../model/directives';
import { findReferences } from '../model/references';
import { spliceDocumentKind } from '../model/documentKind';
import type { Block, CrossReference, Definition, Directive, DocumentModel, StructureNode, TermUse } from '../model/types';
import type { Span } from '../types';
import { firstNotBefore } from '../text/search';

/** The model fields this module knows how to move; a model with any other field is parsed in full. */
const MODEL_KEYS = new Set(['text', 'lines', 'roots', 'nodes', 'byLabel', 'definitions', 'uses', 'references', 'citations', 'directives', 'blocks', 'declaredAudience', 'declaredLanguage', 'pluralCovered', 'documentKind']);
const NODE_OBJECT_KEYS = new Set(['span', 'numberSpan', 'textSpan', 'headingSpan', 'children', 'parent', 'path']);
const LINEINFO_OFFSETS = new Set(['start', 'end', 'numberStart', 'numberEnd', 'contentStart']);
/** How far (UTF-16 units) a statute citation and the context its patterns read can reach. */
const CITATION_REACH = 400;
/** The same for a cross-reference: its match plus the 80 characters after it that decide what it is. */
const REFERENCE_REACH = 400;
/** The same for a definition, and how far into an article its opening words decide that it defines terms. */
const DEFINITION_REACH = 400;
const DEFINITIONS_OPENING_REACH = 600;

export const DEBUG: Map<string, number> | undefined = typeof process !== 'undefined' && process.env.CLAUSULE_INCREMENTAL_DEBUG ? new Map() : undefined;

export interface Edit {
  /** Start of the change (same in old and new text). */
  start: number;
  /** End of the replaced range in the old text. */
  oldEnd: number;
  /** End of the inserted range in the new text. */
  newEnd: number;
}

/** The smallest single replacement that turns `a` into `b`, or undefined when they are equal. */
export function diffTexts(a: string, b: string): Edit | undefined {
  const max = Math.min(a.length, b.length);
  // Whole chunks first (string equality is a native compare), halving the chunk as the difference
  // nears, then character by character.
  let p = 0;
  for (let c = 1 << 16; c >= 16; c >>= 1) while (p + c <= max && a.slice(p, p + c) === b.slice(p, p + c)) p += c;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  // Equal texts: found by the same scan, not by a separate whole-text compare before it.
  if (p === a.length && p === b.length) return undefined;
  let s = 0;
  for (let c = 1 << 16; c >= 16; c >>= 1) while (s + c <= max - p && a.slice(a.length - s - c, a.length - s) === b.slice(b.length - s - c, b.length - s)) s += c;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, oldEnd: a.length - s, newEnd: b.length - s };
}

export interface IncrementalStats {
  full: number;
  spliced: number;
  /** Why the last full parse was needed (for the benchmark and for debugging). */
  lastFallback?: string;
}

/** Keeps the previous model of one document and moves it through edits where it safely can. */
export class IncrementalParser {
  private prev?: { text: string; model: DocumentModel; infos?: LineInfo[] };
  readonly stats: IncrementalStats = { full: 0, spliced: 0 };

  parse(text: string): DocumentModel {
    const prev = this.prev;
    if (prev) {
      // One compare finds both "unchanged" and the edit (each is a scan of up to the whole text).
      const edit = diffTexts(prev.text, text);
      if (!edit) return prev.model;
      let spliced: DocumentModel | undefined;
      try {
        spliced = this.trySplice(prev, text, edit);
      } catch {
        // The previous model may be half moved by now: parse in full, which never reads it.
        spliced = undefined;
      }
      if (spliced) {
        this.stats.spliced++;
        return spliced;
      }
    }
    this.stats.full++;
    const model = parseDocument(text);
    this.prev = { text, model };
    return model;
  }

  private fallback(reason: string): undefined {
    this.stats.lastFallback = reason;
    if (DEBUG) DEBUG.set(reason, (DEBUG.get(reason) ?? 0) + 1);
    return undefined;
  }

  private trySplice(prev: { text: string; model: DocumentModel; infos?: LineInfo[] }, text: string, edit: Edit): DocumentModel | undefined {
    const old = prev.model;
    for (const k of Object.keys(old)) if (!MODEL_KEYS.has(k)) return this.fallback(`unknown model field ${k}`);
    const oldText = prev.text;
    if (hasLineBreak(oldText, edit.start, edit.oldEnd) || hasLineBreak(text, edit.start, edit.newEnd)) return this.fallback('line break edited');
    // A character typed between \r and \n splits a line.
    if (edit.start > 0 && oldText.charCodeAt(edit.start - 1) === 13) return this.fallback('after a carriage return');
    const delta = edit.newEnd - edit.oldEnd;
    const oldLines = old.lines;
    const line = oldLines.lineAt(edit.start);
    const lineStart = oldLines.lineStarts[line];
    const oldLineEnd = oldLines.lineEnd(line);
    if (edit.oldEnd > oldLineEnd) return this.fallback('edit past the line end');

    // The line must keep its shape: same classification, offsets moved by the edit.
    const infos = prev.infos ?? classifyLines(oldText, oldLines);
    const before = infos[line];
    const after = classifyLine(text, line, lineStart, oldLineEnd + delta);
    // A numbered line's "title" is its whole text; it matters only where it could make a heading.
    const titleMatters = !isPlainSentence(before.title) || !isPlainSentence(after.title) || nodeOnLineHasHeading(old.nodes, lineStart, oldLineEnd, line);
    // A heading's title is cleaned (emphasis and '#' dropped) and then looked up in the line, so an edit
    // of a heading line can move or drop its span even when the title reads the same: parse in full.
    if (titleMatters) return this.fallback('heading line edited');
    if (!sameShape(before, after, edit, delta, oldLineEnd, false)) return this.fallback('line shape changed');
    // The tree also reads a plain line as a chapter heading, and a number after a line that stops
    // mid-sentence as part of that sentence: an edit that changes either is parsed in full.
    if (hasPlainHeadingText(oldText, before) !== hasPlainHeadingText(text, after)) return this.fallback('plain heading edited');
    // Dotted clauses run together on one line are split by the tree: an edit of such a line parses in full.
    if (before.kind === 'numbered' && (nextRunTogether(oldText, before.contentStart, before.end) || nextRunTogether(text, after.contentStart, after.end))) return this.fallback('run-together clauses edited');
    const next = infos[line + 1];
    if (next !== undefined && next.kind === 'numbered' && endsMidSentence(oldText, before) !== endsMidSentence(text, after)) return this.fallback('sentence end before a number edited');

    // Offsets at the edit are ambiguous (does a span start before or after an insertion?), except the
    // line's end, which moves with it.
    const isAmbiguous = (x: number) => x >= edit.start && x <= edit.oldEnd && !(x === oldLineEnd && x === edit.oldEnd);
    const move = (x: number): number => (x < edit.start ? x : x + delta);
    const moveSpan = (s: Span): Span => ({ start: move(s.start), end: move(s.end) });
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
          if (v !== null && typeof v === 'object' && !NODE_OBJECT_KEYS.has(k)) return this.fallback(`unknown node field ${k}`);
        }
      }
      // A node's offsets lie in its span: one that starts after the edit has none at it.
      if (n.span.end < edit.start || n.span.start > edit.oldEnd) continue;
      if (spanAmbiguous(n.span) || spanAmbiguous(n.numberSpan) || spanAmbiguous(n.textSpan) || (n.headingSpan && spanAmbiguous(n.headingSpan))) {
        return this.fallback('a node boundary at the edit');
      }
    }
    for (const b of old.blocks) if (b.span.end >= edit.start && spanAmbiguous(b.span)) return this.fallback('a block boundary at the edit');
    for (const k of Object.keys(old.blocks[0] ?? {})) if (k !== 'span' && k !== 'text' && k !== 'firstLine') return this.fallback(`unknown block field ${k}`);
    for (const d of old.definitions) if (spanAmbiguous(d.span) || spanAmbiguous(d.textSpan)) return this.fallback('a definition boundary at the edit');
    // The plural clause is read in the first 200,000 characters only.
    const pluralCovered = edit.start >= PLURAL_REACH ? old.pluralCovered : declaresPluralCovered(text);
    if (pluralCovered !== old.pluralCovered) return this.fallback('plural clause changed');
    const openingsKept = definitionsOpeningsKept(old.nodes, oldText, text, lineStart, oldLineEnd, move);

    // The previous model is moved in place from here on: it belongs to the previous analysis, which the
    // caller replaces with this one. A fallback after this point parses in full (and never reads it).
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
    // The private line table moves too (it is this parser's own).
    if (delta !== 0) for (let l = line + 1; l < infos.length; l++) shiftInfo(infos[l], delta);
    infos[line] = after;
    prev.infos = undefined; // until this splice completes
    const blocks: Block[] = new Array(old.blocks.length);
    for (let k = 0; k < old.blocks.length; k++) {
      const b = old.blocks[k];
      // An untouched article keeps its object and string: caches keyed by either still find it.
      // (A block that ends at the edit is touched when its end moved: typing at the end of a draft with no final newline.)
      if (b.span.end < edit.start || (b.span.end === edit.start && move(b.span.end) === b.span.end)) blocks[k] = b;
      else if (b.span.start > edit.oldEnd) {
        moveInPlace(b.span, edit.start, delta);
        blocks[k] = b;
      } else {
        const span = moveSpan(b.span);
        blocks[k] = { span, text: blockText(text, span.start, span.end), firstLine: b.firstLine };
      }
    }

    // Definitions: found again near the edit (or in full when that is not safe), and must come out as before.
    const found = openingsKept ? spliceDefinitions(old, text, infos, lines, nodes, pluralCovered, line, lineStart, oldLineEnd, delta, moveSpan) : undefined;
    let definitions: Definition[];
    if (found) {
      if (delta !== 0) for (const d of old.definitions) {
        moveInPlace(d.span, edit.start, delta);
        moveInPlace(d.textSpan, edit.start, delta);
      }
      definitions = old.definitions;
    } else {
      definitions = findDefinitions(text, infos, lines, nodes, pluralCovered);
      if (!sameDefinitions(old.definitions, definitions, moveSpan)) return this.fallback('definitions changed');
    }

    // Term uses never cross a line: keep the others (moved), find those of the edited line again.
    const newLineEnd = oldLineEnd + delta;
    const uses = old.uses;
    const u0 = firstAtOrAfter(uses, lineStart);
    const u1 = firstAtOrAfter(uses, oldLineEnd + 1);
    if (delta !== 0) for (let u = u1; u < uses.length; u++) moveInPlace(uses[u].span, edit.start, delta);
    const lineUses: TermUse[] = [];
    if (definitions.length) {
      const local = definitions.map((d) => ({ ...d, span: { start: d.span.start - lineStart, end: d.span.end - lineStart } }));
      for (const x of findTermUses(text.slice(lineStart, newLineEnd), local)) lineUses.push({ ...x, span: { start: x.span.start + lineStart, end: x.span.end + lineStart } });
    }
    uses.splice(u0, u1 - u0, ...lineUses);

    // Statute citations: scan again a window around the edit, from a line start no citation straddles.
    const citations = spliceCitations(old, text, lines, blocks, line, lineStart, oldLineEnd, delta, edit.start);
    if (!citations) return this.fallback('citation window');

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
      directives: spliceDirectives(old.directives, text, lines, lineStart, newLineEnd, delta),
      blocks,
      declaredAudience: edit.start >= AUDIENCE_REACH ? old.declaredAudience : findDeclaredAudience(text),
      declaredLanguage: edit.start >= AUDIENCE_REACH ? old.declaredLanguage : findDeclaredLanguage(text),
      pluralCovered,
      documentKind: spliceDocumentKind(old.documentKind, oldText, text, edit.start, edit.oldEnd, edit.newEnd),
    };
    if (!('declaredAudience' in old)) delete model.declaredAudience;
    if (!('declaredLanguage' in old)) delete model.declaredLanguage;
    model.references = spliceReferences(old, model, line, lineStart, oldLineEnd, delta, edit.start) ?? findReferences(model);
    this.prev = { text, model, infos };
    return model;
  }
}

function hasLineBreak(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * Text that no heading test could take for a title: it ends like a sentence or a list entry, or is
 * both longer and wordier than any heading. (Deliberately stricter than the parser's own tests.)
 */
function isPlainSentence(title: string | undefined): boolean {
  if (title === undefined) return true;
  const t = title.trimEnd();
  if (/[.;,:]$/.test(t)) return true;
  if (t.length <= 100) return false;
  let words = 1;
  for (let i = 0; i < t.length && words <= 12; i++) if (t.charCodeAt(i) === 32) words++;
  return words > 12;
}

function sameShape(a: LineInfo, b: LineInfo, edit: Edit, delta: number, oldLineEnd: number, titleMatters: boolean): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (k === 'title' && !titleMatters) continue;
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
  const starts = old.lineStarts.slice();
  for (let l = line + 1; l < starts.length; l++) starts[l] += delta;
  const idx = Object.create(LineIndex.prototype) as LineIndex;
  Object.assign(idx, { text, lineStarts: starts });
  return idx;
}

/** Counts why a line's shape differs (CLAUSULE_INCREMENTAL_DEBUG), for tuning the fast path. */
function dbg(k: string): false {
  if (DEBUG) DEBUG.set('key ' + k, (DEBUG.get('key ' + k) ?? 0) + 1);
  return false;
}

/** Moves a span of the previous text to the new one (its offsets are known not to lie in the edit). */
function moveInPlace(s: Span, editStart: number, delta: number) {
  if (s.start >= editStart) s.start += delta;
  if (s.end >= editStart) s.end += delta;
}

/** Index of the first item whose span starts at or after `x` (items in ascending span order). */
function firstAtOrAfter(items: Array<{ span: Span }>, x: number): number {
  return firstNotBefore(items.length, (i) => items[i].span.start < x);
}

/** No match of a citation or reference pattern is this long (every quantifier in them is bounded). */
const MAX_MATCH = 4000;

/**
 * Whether an item (ascending by start, at most MAX_MATCH long) has `start - before < x < end`: only the
 * items starting within MAX_MATCH before x are looked at.
 */
function straddlesAt(items: Array<{ span: Span }>, x: number, before: number): boolean {
  for (let i = firstAtOrAfter(items, x + before) - 1; i >= 0 && items[i].span.start > x - MAX_MATCH; i--) {
    const s = items[i].span;
    if (s.start - before < x && s.end > x) return true;
  }
  return false;
}

/** Whether a node of the line (nodes start on their own line) has a heading. */
function nodeOnLineHasHeading(nodes: StructureNode[], lineStart: number, lineEnd: number, line: number): boolean {
  for (let i = firstAtOrAfter(nodes, lineStart); i < nodes.length && nodes[i].span.start <= lineEnd; i++) if (nodes[i].line === line && nodes[i].heading !== undefined) return true;
  return false;
}

/**
 * Whether an article is a definitions article can depend on its opening words: for every article whose
 * opening reaches the edited line, that must read the same before and after the edit.
 */
function definitionsOpeningsKept(nodes: StructureNode[], oldText: string, text: string, lineStart: number, oldLineEnd: number, move: (x: number) => number): boolean {
  for (let i = firstAtOrAfter(nodes, lineStart - DEFINITIONS_OPENING_REACH + 1); i < nodes.length && nodes[i].span.start <= oldLineEnd; i++) {
    const n = nodes[i];
    if (n.kind === 'clause' || n.kind === 'item') continue;
    const moved = { ...n, span: { start: move(n.span.start), end: move(n.span.end) } };
    if (definitionsArticles(oldText, [n]).length !== definitionsArticles(text, [moved]).length) return false;
  }
  return true;
}

function sameDefinitions(olds: Definition[], news: Definition[], moveSpan: (s: Span) => Span): boolean {
  if (olds.length !== news.length) return false;
  for (let i = 0; i < olds.length; i++) {
    const a = olds[i];
    const b = news[i];
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const x = (a as unknown as Record<string, unknown>)[k];
      const y = (b as unknown as Record<string, unknown>)[k];
      if (k === 'span' || k === 'textSpan') {
        const s = moveSpan(x as Span);
        const t = y as Span;
        if (s.start !== t.start || s.end !== t.end) return false;
      } else if (k === 'forms') {
        const f = x as string[];
        const g = y as string[];
        if (f.length !== g.length || f.some((v, j) => v !== g[j])) return false;
      } else if (x !== y) return false; // nodes keep their identity: they are moved in place
    }
  }
  return true;
}

function spliceCitations(
  old: DocumentModel,
  text: string,
  lines: LineIndex,
  blocks: Block[],
  line: number,
  lineStart: number,
  oldLineEnd: number,
  delta: number,
  editStart: number,
): DocumentModel['citations'] | undefined {
  const cits = old.citations;
  const straddles = (x: number) => straddlesAt(cits, x, 0);
  // Window [a, b): from a line start well before the edited line to one well after it, so that the
  // citations whose patterns could read the edited text are all found again, and none crosses a or b.
  let a = lines.lineStarts[lines.lineAt(Math.max(0, lineStart - CITATION_REACH))];
  while (a > 0 && straddles(a)) a = lines.lineStarts[lines.lineAt(a - 1)];
  const newLineEnd = oldLineEnd + delta;
  const k = lines.lineAt(Math.min(text.length, newLineEnd + CITATION_REACH));
  const b = k > line ? lines.lineStarts[k] : text.length;
  const bOld = b - delta;
  if (straddles(bOld)) return undefined;
  // Found block by block, as the parser does (findCitationsByBlock): no citation crosses an article edge.
  const found: DocumentModel['citations'] = [];
  const reach = Math.min(text.length, b + CITATION_REACH);
  for (const blk of blocks) {
    const from = Math.max(a, blk.span.start);
    const to = Math.min(reach, blk.span.end);
    if (from >= to) continue;
    // The text block rules read (comments blanked), as the parser's blocks hold it.
    for (const c of findCitations(blockText(text, from, to), from)) if (c.span.start < b) found.push(c);
  }
  if (found.length && found[found.length - 1].span.end > b) return undefined;
  const i = firstAtOrAfter(cits, a);
  const j = firstAtOrAfter(cits, bOld);
  if (delta !== 0) for (let x = j; x < cits.length; x++) moveInPlace(cits[x].span, editStart, delta);
  cits.splice(i, j - i, ...found);
  return cits;
}

/** Directives of the \n-delimited stretch holding the edited line found again; the others kept (a directive never holds a \n). */
function spliceDirectives(olds: Directive[], text: string, lines: LineIndex, lineStart: number, newLineEnd: number, delta: number): Directive[] {
  const segStart = lineStart === 0 ? 0 : text.lastIndexOf('\n', lineStart - 1) + 1;
  const nl = text.indexOf('\n', newLineEnd);
  const segEnd = nl < 0 ? text.length : nl;
  const i = firstAtOrAfter(olds, segStart);
  const j = firstAtOrAfter(olds, segEnd - delta);
  for (let x = j; x < olds.length; x++) {
    olds[x].span.start += delta;
    olds[x].span.end += delta;
  }
  if (i === j && !text.slice(segStart, segEnd).includes('clausule-')) return olds;
  olds.splice(i, j - i, ...findDirectives(text, lines, { start: segStart, end: segEnd }));
  return olds;
}

/**
 * Cross-references around the edited line found again; the others kept, moved in place (their nodes are
 * the same, moved). Undefined when a reference straddles the window's edge.
 */
function spliceReferences(
  old: DocumentModel,
  model: DocumentModel,
  line: number,
  lineStart: number,
  oldLineEnd: number,
  delta: number,
  editStart: number,
): CrossReference[] | undefined {
  const refs = old.references;
  const { text, lines } = model;
  // A reference's match may start a little before its span (the pointing word of "in 1.2.6").
  const straddles = (x: number) => straddlesAt(refs, x, 40);
  let a = lines.lineStarts[lines.lineAt(Math.max(0, lineStart - REFERENCE_REACH))];
  while (a > 0 && straddles(a)) a = lines.lineStarts[lines.lineAt(a - 1)];
  if (a > 0 && straddles(a)) return undefined;
  const newLineEnd = oldLineEnd + delta;
  const k = lines.lineAt(Math.min(text.length, newLineEnd + REFERENCE_REACH));
  const b = k > line ? lines.lineStarts[k] : text.length;
  const bOld = b - delta;
  if (straddles(bOld)) return undefined;
  const found = findReferences(model, { start: a, end: b }).filter((r) => r.span.start >= a && r.span.start < b);
  if (found.length && found[found.length - 1].span.end > b) return undefined;
  const i = firstAtOrAfter(refs, a);
  const j = firstAtOrAfter(refs, bOld);
  if (delta) {
    for (let x = j; x < refs.length; x++) {
      const r = refs[x];
      moveInPlace(r.span, editStart, delta);
      for (const t of r.tokens) moveInPlace(t.span, editStart, delta);
    }
  }
  refs.splice(i, j - i, ...found);
  return refs;
}

/**
 * Definitions when the edit cannot change those far from it: the ones near the edited line are found
 * again on the text around it; if they are the same, every definition is the previous one, moved.
 * Undefined when that shortcut does not hold (a definition elsewhere reads the edited line).
 */
function spliceDefinitions(
  old: DocumentModel,
  text: string,
  infos: LineInfo[],
  lines: LineIndex,
  nodes: StructureNode[],
  pluralCovered: boolean,
  line: number,
  lineStart: number,
  oldLineEnd: number,
  delta: number,
  moveSpan: (s: Span) => Span,
): true | undefined {
  const newLineEnd = oldLineEnd + delta;
  const lineStartAt = (x: number) => lines.lineStarts[lines.lineAt(Math.max(0, Math.min(text.length, x)))];
  const lineAfter = (x: number) => {
    const k = lines.lineAt(Math.min(text.length, x));
    return k > line ? lines.lineStarts[k] : text.length;
  };
  const a2 = lineStartAt(lineStart - DEFINITION_REACH);
  const b2 = lineAfter(newLineEnd + DEFINITION_REACH);
  const a = lineStartAt(a2 - DEFINITION_REACH);
  const b = lineAfter(b2 + DEFINITION_REACH);
  const bOld2 = b2 - delta;
  // Definitions outside the window must not read the edited line.
  const touches = (s: Span) => s.start <= oldLineEnd && s.end >= lineStart;
  const oldInside: Definition[] = [];
  for (const d of old.definitions) {
    const inside = d.span.start >= a2 && d.span.start < bOld2;
    if (inside) oldInside.push(d);
    else if (touches(d.span) || touches(d.textSpan) || (d.span.start < a2 && d.span.end > a2)) return undefined;
  }
  const found = findDefinitions(text, infos, lines, nodes, pluralCovered, { start: a, end: b }).filter((d) => d.span.start >= a2 && d.span.start < b2);
  if (!sameDefinitions(oldInside, found, moveSpan)) return undefined;
  if (DEBUG) DEBUG.set('definitions window', (DEBUG.get('definitions window') ?? 0) + 1);
  return true;
}
