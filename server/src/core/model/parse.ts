// Builds the document model from text in three stages, so each can be cached or made incremental:
//   1. line classification (lines.ts), per line;
//   2. tree building: one pass over the classified lines with a stack of open nodes;
//   3. derived passes: kinds and labels, blocks, definitions, term uses, references, citations.
import type { Span } from '../types';
import { LineIndex } from '../text/lineIndex';
import { classifyLine, type LineInfo } from './lines';
import type { Block, DocumentModel, StructureNode } from './types';
import { findCitations } from './citations';
import { findDirectives, findDeclaredAudience } from './directives';
import { findDefinitions, findTermUses, declaresPluralCovered } from './definitions';
import { findReferences } from './references';
import { splitDots } from './path';
import { detectDocumentKind } from './documentKind';

/** No draft nests deeper than this; deeper numbered lines are read as text, which keeps paths and labels short. */
const MAX_DEPTH = 12;

interface Open {
  node: StructureNode;
  /** Indentation of the node's line; -1 for headings, which indentation never closes. */
  indent: number;
  /** node.path.join('.'), built as the path is ('' for no path). */
  key: string;
}

export function classifyLines(text: string, lines: LineIndex): LineInfo[] {
  const infos: LineInfo[] = new Array(lines.lineCount);
  for (let l = 0; l < lines.lineCount; l++) infos[l] = classifyLine(text, l, lines.lineStarts[l], lines.lineEnd(l));
  return infos;
}

export function parseDocument(text: string): DocumentModel {
  const lines = new LineIndex(text);
  const infos = classifyLines(text, lines);
  const { roots, nodes, keys } = buildTree(text, infos);
  const byLabel = new Map<string, StructureNode[]>();
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k];
    if (!n.path.length) continue;
    const key = keys[k];
    const list = byLabel.get(key);
    if (list) list.push(n);
    else byLabel.set(key, [n]);
  }
  const blocks = buildBlocks(text, nodes, lines);
  const pluralCovered = declaresPluralCovered(text);
  const definitions = findDefinitions(text, infos, lines, nodes, pluralCovered);
  const model: DocumentModel = {
    text,
    lines,
    roots,
    nodes,
    byLabel,
    definitions,
    uses: [],
    references: [],
    citations: findCitations(text, 0),
    directives: findDirectives(text, lines),
    blocks,
    declaredAudience: findDeclaredAudience(text),
    pluralCovered,
    documentKind: detectDocumentKind(text),
  };
  model.uses = findTermUses(text, definitions);
  model.references = findReferences(model);
  return model;
}

function makeNode(info: LineInfo, kind: StructureNode['kind'], style: StructureNode['style'], path: string[]): StructureNode {
  const written = info.number ?? '';
  const numberSpan: Span = info.numberStart !== undefined ? { start: info.numberStart, end: info.numberEnd! } : { start: info.contentStart, end: info.contentStart };
  return {
    kind,
    style,
    written,
    path,
    label: '',
    span: { start: info.start, end: info.end },
    numberSpan,
    textSpan: { start: info.contentStart, end: info.end },
    line: info.line,
    depth: 0,
    children: [],
  };
}

/** "1.2.6", "12 lid 3", "8.3 sub b". `joined`: node.path.join('.'), when known. */
export function labelOf(node: StructureNode, joined?: string): string {
  const p = node.parent;
  const last = node.path[node.path.length - 1] ?? node.written;
  if (node.style === 'letter') return p && p.label ? `${p.label} sub ${last}` : `sub ${last}`;
  if (node.style === 'lid') return p && p.label ? `${p.label} lid ${last}` : `lid ${last}`;
  if (node.kind === 'part' && !node.path.length) return node.heading ?? '';
  if (p && (p.style === 'lid' || p.style === 'letter') && p.label) return `${p.label}.${last}`;
  return joined ?? node.path.join('.');
}

function isHeadingKind(info: LineInfo): boolean {
  return info.kind === 'mdHeading' || info.kind === 'artikelHeading' || info.kind === 'partHeading';
}

function buildTree(text: string, infos: LineInfo[]): { roots: StructureNode[]; nodes: StructureNode[]; keys: string[] } {
  const roots: StructureNode[] = [];
  const nodes: StructureNode[] = [];
  /** Each node's path joined by dots, parallel to nodes (the byLabel keys, without joining). */
  const keys: string[] = [];
  const stack: Open[] = [];
  let hasArticleHeadings = false;
  for (const i of infos) {
    if ((i.kind === 'mdHeading' || i.kind === 'artikelHeading') && i.number !== undefined && !i.number.includes('.')) {
      hasArticleHeadings = true;
      break;
    }
  }
  let sawContent = false;

  const heading = (node: StructureNode, info: LineInfo) => {
    node.heading = info.title || undefined;
    if (info.title) {
      const from = info.numberEnd ?? info.contentStart;
      const at = text.indexOf(info.title, from);
      if (at >= 0 && at < info.end) node.headingSpan = { start: at, end: at + info.title.length };
    }
    node.textSpan = { start: info.end, end: info.end };
  };
  const attach = (node: StructureNode, indent: number, key: string) => {
    const parent = stack.length ? stack[stack.length - 1].node : undefined;
    if (parent) {
      node.parent = parent;
      parent.children.push(node);
    } else roots.push(node);
    node.depth = parent ? parent.depth + 1 : 0;
    stack.push({ node, indent, key });
    nodes.push(node);
    keys.push(key);
  };
  const pop = (pred: (o: Open) => boolean) => {
    while (stack.length && pred(stack[stack.length - 1])) stack.pop();
  };
  /** The innermost open node with a path, or undefined. */
  const numericOpen = (): Open | undefined => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].node.path.length) return stack[k];
    return undefined;
  };
  const childPath = (last: string): { path: string[]; key: string } => {
    const o = numericOpen();
    return o ? { path: [...o.node.path, last], key: o.key + '.' + last } : { path: [last], key: last };
  };
  const mdLevelOfOpenArticle = (): number | undefined => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const n = stack[k].node;
      if (n.style === 'markdown') return n.mdLevel;
    }
    return undefined;
  };

  for (const info of infos) {
    if (info.kind === 'blank' || info.kind === 'comment') continue;
    if (isHeadingKind(info) && (info.number === undefined || info.kind === 'partHeading')) {
      const level = info.mdLevel ?? 1;
      // The first top-level Markdown heading before any content is the document's title.
      if (info.kind === 'mdHeading' && level <= 1 && !sawContent && roots.length === 0) continue;
      // An unnumbered heading at or below the level of the open Markdown article ("### Toelichting") is part of it.
      const artLevel = mdLevelOfOpenArticle();
      if (info.kind === 'mdHeading' && artLevel !== undefined && level >= artLevel) {
        continueText(info);
        continue;
      }
      stack.length = 0;
      const part = makeNode(info, 'part', 'none', []);
      heading(part, info);
      part.mdLevel = info.mdLevel;
      attach(part, -1, '');
      sawContent = true;
      continue;
    }
    sawContent = true;
    if ((info.kind === 'mdHeading' || info.kind === 'artikelHeading') && info.number !== undefined) {
      const parts = splitDots(info.number);
      if (parts.length > 1) {
        // "## 3.1 Titel": a dotted clause written as a heading.
        placeDotted(info, parts, -1, true);
        continue;
      }
      pop((o) => o.node.kind !== 'part');
      const node = makeNode(info, 'article', info.kind === 'mdHeading' ? 'markdown' : 'artikel', [info.number]);
      heading(node, info);
      node.mdLevel = info.mdLevel;
      attach(node, -1, info.number);
      continue;
    }
    if (info.kind === 'numbered') {
      const parts = splitDots(info.number!);
      if (parts.length > 1) {
        placeDotted(info, parts, info.indent, false);
        continue;
      }
      pop((o) => o.indent >= 0 && o.indent >= info.indent);
      if (stack.length >= MAX_DEPTH) {
        continueText(info);
        continue;
      }
      const parent = stack.length ? stack[stack.length - 1].node : undefined;
      const underHeading = parent !== undefined && (parent.style === 'markdown' || parent.style === 'artikel');
      const style = underHeading ? 'lid' : 'outline';
      const child = childPath(parts[0]);
      const node = makeNode(info, 'clause', style, child.path);
      if (!hasArticleHeadings && !underHeading && info.title !== undefined && isHeadingLine(info)) heading(node, info);
      attach(node, info.indent, child.key);
      continue;
    }
    if (info.kind === 'letter') {
      pop((o) => o.indent >= 0 && ((o.node.style === 'letter' && o.indent >= info.indent) || o.indent > info.indent));
      if (stack.length >= MAX_DEPTH) {
        continueText(info);
        continue;
      }
      const child = childPath(info.number!);
      attach(makeNode(info, 'item', 'letter', child.path), info.indent, child.key);
      continue;
    }
    continueText(info);
  }

  function isHeadingLine(info: LineInfo): boolean {
    const t = info.title ?? '';
    return t.length > 0 && t.length <= 90 && !/[.;,:]$/.test(t) && /^[\p{Lu}\d]/u.test(t) && t.split(/\s+/).length <= 10;
  }

  function placeDotted(info: LineInfo, parts: string[], indent: number, isHeading: boolean) {
    // The number is the full path; its parent is the open node whose path is the prefix.
    let idx = -1;
    for (let k = stack.length - 1; k >= 0; k--) {
      if (isPrefixPath(stack[k].node.path, parts)) {
        idx = k;
        break;
      }
    }
    if (idx >= 0) stack.length = idx + 1;
    else {
      // Wrong or missing parent number: attach to the enclosing article (nummering reports it).
      pop((o) => o.indent >= 0 || (o.node.kind !== 'part' && o.node.kind !== 'article'));
      if (parts.length > 2) {
        const top = stack[stack.length - 1]?.node;
        const last = top?.children[top.children.length - 1];
        if (last && last.style === 'dotted' && last.path.length === parts.length - 1) {
          stack.push({ node: last, indent: -1, key: last.path.join('.') });
        }
      }
    }
    const node = makeNode(info, 'clause', 'dotted', parts);
    if (isHeading && info.title) heading(node, info);
    attach(node, indent, info.number!);
  }

  function continueText(info: LineInfo) {
    if (!stack.length) return;
    // A paragraph indented less than an open outline entry closes that entry.
    pop((o) => o.indent > info.indent && stack.length > 1);
    const top = stack[stack.length - 1].node;
    if (info.end > top.span.end) top.span.end = info.end;
    if (top.children.length === 0) {
      if (top.textSpan.start === top.textSpan.end && top.textSpan.start <= info.start) top.textSpan = { start: info.contentStart, end: info.end };
      else top.textSpan.end = info.end;
    }
  }

  // Spans of parents reach to the end of their last descendant; kinds and labels follow from nesting.
  const finish = (n: StructureNode, depth: number) => {
    n.depth = depth;
    for (const c of n.children) {
      finish(c, depth + 1);
      if (c.span.end > n.span.end) n.span.end = c.span.end;
    }
  };
  for (const r of roots) finish(r, 0);
  const classify = (n: StructureNode, key: string) => {
    const p = n.parent;
    if (n.style === 'outline' || n.style === 'dotted' || n.style === 'lid') {
      if (n.style === 'outline' && n.heading !== undefined && n.children.length) {
        // An outline heading with headed children is a part ("1. Algemeen"), else an article ("1. Definities").
        n.kind = n.children.some((c) => c.heading !== undefined && c.children.length > 0) ? 'part' : 'article';
      } else if (n.style === 'outline' && n.heading !== undefined && !n.children.length && !hasOutlineArticleSibling(n)) {
        // A short line without children is a clause after all.
        n.heading = undefined;
        n.headingSpan = undefined;
        n.textSpan = { start: n.numberSpan.end, end: n.span.end };
        n.textSpan.start = skipTo(text, n.textSpan.start, n.span.end);
        n.kind = !p || p.kind === 'part' || p.kind === 'article' ? 'clause' : 'item';
      } else {
        n.kind = !p || p.kind === 'part' || p.kind === 'article' ? (n.heading !== undefined && n.style === 'outline' ? 'article' : 'clause') : 'item';
      }
    }
    n.label = labelOf(n, key);
  };
  // nodes is the tree in pre-order (each node is attached as the last child of a node on the path to
  // the one before it), so this visits nodes as a recursion from the roots would, with their keys.
  for (let k = 0; k < nodes.length; k++) classify(nodes[k], keys[k]);
  return { roots, nodes, keys };
}

/** `path.join('.') === parts.slice(0, -1).join('.')` without joining (path components never hold a dot). */
function isPrefixPath(path: string[], parts: string[]): boolean {
  if (path.length !== parts.length - 1) return false;
  for (let k = 0; k < path.length; k++) if (path[k] !== parts[k]) return false;
  return true;
}

/** An outline heading line without children, among headed siblings (an empty article), stays an article. */
function hasOutlineArticleSibling(n: StructureNode): boolean {
  const sibs = n.parent ? n.parent.children : [];
  return sibs.length > 1 && sibs.every((s) => s.heading !== undefined) && sibs.some((s) => s !== n && s.children.length > 0);
}

function skipTo(text: string, i: number, end: number): number {
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 46)) i++;
  return i;
}

function buildBlocks(text: string, nodes: StructureNode[], lines: LineIndex): Block[] {
  const starts: number[] = [0];
  for (const n of nodes) {
    if ((n.kind === 'article' || n.kind === 'part') && n.span.start > starts[starts.length - 1]) starts.push(n.span.start);
  }
  const blocks: Block[] = [];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    if (end <= start && !(start === 0 && text.length === 0)) continue;
    blocks.push({ span: { start, end }, text: text.slice(start, end), firstLine: lines.lineAt(start) });
  }
  return blocks;
}
