// Builds the document model from text: structure tree, definitions, term uses, references, citations.
import type { Span } from '../types';
import { LineIndex } from '../text/lineIndex';
import { classifyLine, isHeadingText, type LineInfo } from './lines';
import type { Block, DocumentModel, StructureNode } from './types';
import { findCitations } from './citations';
import { findDirectives, findDeclaredAudience } from './directives';
import { findDefinitions, findTermUses, declaresPluralCovered } from './definitions';
import { findReferences } from './references';

interface Open {
  node: StructureNode;
  indent: number; // -1 for headings, which indentation never closes
}

export function parseDocument(text: string): DocumentModel {
  const lines = new LineIndex(text);
  const infos: LineInfo[] = [];
  for (let l = 0; l < lines.lineCount; l++) {
    infos.push(classifyLine(text, l, lines.lineStarts[l], lines.lineEnd(l)));
  }
  const { roots, nodes } = buildTree(text, infos);
  const byLabel = new Map<string, StructureNode[]>();
  for (const n of nodes) {
    const key = n.path.join('.');
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
  };
  model.uses = findTermUses(text, definitions);
  model.references = findReferences(model);
  return model;
}

function makeNode(info: LineInfo, kind: StructureNode['kind'], style: StructureNode['style'], path: string[], depth: number): StructureNode {
  const written = info.number ?? '';
  const numberSpan: Span = info.numberStart !== undefined ? { start: info.numberStart, end: info.numberEnd! } : { start: info.contentStart, end: info.contentStart };
  return {
    kind,
    style,
    written,
    path,
    label: labelOf(path),
    heading: undefined,
    span: { start: info.start, end: info.end },
    numberSpan,
    textSpan: { start: info.contentStart, end: info.end },
    line: info.line,
    depth,
    children: [],
  };
}

/** "1.2.6", "8.3 sub b": letters are written as "sub". */
export function labelOf(path: string[]): string {
  let out = '';
  for (const p of path) {
    if (/^[a-z]$/.test(p)) out += ` sub ${p}`;
    else out += out ? `.${p}` : p;
  }
  return out;
}

function buildTree(text: string, infos: LineInfo[]): { roots: StructureNode[]; nodes: StructureNode[] } {
  const roots: StructureNode[] = [];
  const nodes: StructureNode[] = [];
  const stack: Open[] = [];
  const hasArticleHeadings = infos.some((i) => (i.kind === 'mdHeading' || i.kind === 'artikelHeading') && i.number !== undefined);
  let lastOwnText: StructureNode | undefined; // node whose own text continuation lines extend

  const attach = (node: StructureNode, indent: number) => {
    const parent = stack.length ? stack[stack.length - 1].node : undefined;
    if (parent) {
      node.parent = parent;
      parent.children.push(node);
    } else roots.push(node);
    node.depth = parent ? parent.depth + 1 : 0;
    stack.push({ node, indent });
    nodes.push(node);
    lastOwnText = node;
  };
  const popWhile = (pred: (o: Open) => boolean) => {
    while (stack.length && pred(stack[stack.length - 1])) stack.pop();
  };
  const numericBase = (): string[] => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].node.path.length) return stack[k].node.path;
    return [];
  };

  for (const info of infos) {
    if (info.kind === 'blank' || info.kind === 'comment') continue;
    if (info.kind === 'mdHeading' || info.kind === 'artikelHeading') {
      if (info.number === undefined) {
        // An unnumbered Markdown heading is a part (chapter, title) unless it is the document title.
        popWhile(() => true);
        if ((info.mdLevel ?? 1) <= 1 && roots.length === 0) continue;
        const part = makeNode(info, 'part', 'none', [], 0);
        part.heading = info.title;
        attach(part, -1);
        continue;
      }
      popWhile((o) => o.node.kind !== 'part');
      const path = info.number.split('.');
      const node = makeNode(info, 'article', info.kind === 'mdHeading' ? 'markdown' : 'artikel', path, 0);
      node.heading = info.title || undefined;
      node.textSpan = { start: info.end, end: info.end };
      attach(node, -1);
      continue;
    }
    if (info.kind === 'numbered') {
      const parts = info.number!.split('.');
      if (parts.length > 1) {
        // Dotted: the number is the full path; its parent is the node whose path is the prefix.
        const prefix = parts.slice(0, -1).join('.');
        const idx = findInStack(stack, prefix);
        if (idx >= 0) stack.length = idx + 1;
        else popWhile((o) => o.indent >= 0 || (o.node.kind !== 'part' && o.node.kind !== 'article'));
        attach(makeNode(info, 'clause', 'dotted', parts, 0), info.indent);
      } else {
        popWhile((o) => o.indent >= info.indent);
        const base = numericBase();
        const headingLike = isHeadingText(info.title ?? '') && !hasArticleHeadings;
        const node = makeNode(info, headingLike ? 'article' : 'clause', 'outline', [...base, parts[0]], 0);
        if (headingLike) {
          node.heading = info.title;
          node.textSpan = { start: info.end, end: info.end };
        }
        attach(node, info.indent);
      }
      continue;
    }
    if (info.kind === 'letter') {
      popWhile((o) => (o.node.style === 'letter' && o.indent >= info.indent) || o.indent > info.indent);
      attach(makeNode(info, 'item', 'letter', [...numericBase(), info.number!], 0), info.indent);
      continue;
    }
    // Continuation text: belongs to the innermost open node.
    if (lastOwnText && stack.length) {
      const top = stack[stack.length - 1].node;
      top.span.end = info.end;
      if (top === lastOwnText && top.children.length === 0) {
        if (top.textSpan.start === top.textSpan.end && top.kind === 'article') top.textSpan = { start: info.contentStart, end: info.end };
        else top.textSpan.end = info.end;
      }
    }
  }
  // Spans of parents reach to the end of their last descendant; kinds follow from nesting.
  const finish = (n: StructureNode, depth: number) => {
    n.depth = depth;
    for (const c of n.children) {
      finish(c, depth + 1);
      if (c.span.end > n.span.end) n.span.end = c.span.end;
    }
    if (n.style === 'outline' || n.style === 'dotted') {
      const headingChildren = n.children.some((c) => c.kind === 'article');
      if (n.kind === 'article' && headingChildren) n.kind = 'part';
      if (n.kind === 'article' && n.children.length === 0) {
        n.kind = 'clause';
        n.heading = undefined;
        n.textSpan = { start: n.numberSpan.end, end: n.span.end };
      }
      if (n.kind === 'clause' && n.parent && (n.parent.kind === 'clause' || n.parent.kind === 'item')) n.kind = 'item';
    }
  };
  for (const r of roots) finish(r, 0);
  // Articles inside a part keep their own number; parts with a number prefix paths (outline drafts).
  return { roots, nodes };
}

function findInStack(stack: Open[], path: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].node.path.join('.') === path) return k;
  return -1;
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
