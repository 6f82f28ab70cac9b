// The neutral publication structure: what the preview, the HTML export and the Word export all render.
// Built from the document model in one pass over the lines; pure (no Node, no VS Code, no LSP).
//
// Every numbered node becomes one block; text between nodes belongs to the node above it. Inline runs
// carry what a reader needs to navigate: definitions (anchors), uses of defined terms, cross-references
// (to the target's anchor) and statute citations (to wetten.overheid.nl, only where the bundled law data
// knows the article, so a link never guesses).
import type { Finding, Lang, Severity } from '../types';
import type { DocumentModel, NodeKind, StructureNode } from '../model/types';
import { articleUrl, citationKey } from '../law';
import { stripHtmlComments } from '../text/htmlComments';

export interface Inline {
  text: string;
  strong?: boolean;
  em?: boolean;
  /** This run is a defined term where it is defined; the value is the definition's anchor. */
  defines?: string;
  /** A use of a defined term; the value is the definition's anchor. */
  term?: string;
  /** A cross-reference; the value is the target's anchor. */
  ref?: string;
  /** Source offset of the run (for "reveal in editor"). */
  offset?: number;
  /** A statute citation: its key ("7:404") and, when known, its URL on wetten.overheid.nl. */
  lawKey?: string;
  lawUrl?: string;
}

export type Paragraph = Inline[];

export interface ExportFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  offset: number;
}

export interface ExportBlock {
  /** 'text' is a paragraph run outside any numbered node (preamble). */
  kind: NodeKind | 'text';
  /** Depth in the structure tree (part/article 0 unless nested in a part). */
  depth: number;
  /** Clauses and items: how many clauses/items enclose this one (0 for a lid directly under its article). */
  indent: number;
  /** The number as a reader sees it: "Artikel 3", "3.1", "1.2.6", "a.". Empty when unnumbered. */
  number: string;
  /** Canonical path, e.g. ["3","1"]; empty for text and unnumbered parts. */
  path: string[];
  /** Letter items ("a.", "b)") are numbered apart from the decimal outline. */
  letter: boolean;
  heading?: string;
  /** HTML id / Word bookmark of this node ("art-3-1"). */
  anchor?: string;
  paragraphs: Paragraph[];
  /** 0-based source lines covered by the block's own text. */
  line: number;
  endLine: number;
  offset: number;
  findings: ExportFinding[];
}

export interface ExportDocument {
  title?: string;
  version?: string;
  date?: string;
  lang: Lang;
  /** "Artikel 3" (drafts that write the word) or "3." (outline drafts). */
  articleWord: boolean;
  blocks: ExportBlock[];
  /** Defined terms with their anchors and definitions, in document order. */
  definitions: Array<{ term: string; anchor: string; text: string }>;
  /** Number of article blocks. */
  articleCount: number;
}

export interface ExportOptions {
  lang?: Lang;
  /** Findings to attach to blocks (the preview's margin); omitted in publications. */
  findings?: readonly Finding[];
  /** Overrides the citation URL lookup (tests, or a front end without the law data). */
  citationUrl?: (key: string) => string | undefined;
}

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const VERSION_RE = /\bversie\s{0,3}:?\s{0,3}(\d{1,3}(?:\.\d{1,3}){0,3})(?![\d.]\d)/i;
const DATE_LONG_RE = /\b(\d{1,2})\s{1,3}(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s{1,3}(\d{4})\b/i;
const DATE_ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const DATE_NUMERIC_RE = /\b(\d{1,2})-(\d{1,2})-(\d{4})\b/;

/** Anchor-safe slug: letters, digits and hyphens (also a valid Word bookmark name after a prefix). */
export function slug(s: string): string {
  if (/^[a-z0-9]{1,30}$/.test(s)) return s; // numbers and letters of a path: the common case
  const out = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out.slice(0, 30) || 'x';
}

interface Annotation {
  start: number;
  end: number;
  make: (text: string) => Inline;
  priority: number;
}

export function buildExportDocument(model: DocumentModel, options: ExportOptions = {}): ExportDocument {
  const lang = options.lang ?? 'nl';
  const text = model.text;
  const lines = model.lines;
  const urlOf = options.citationUrl ?? lawUrl;

  // Anchors: one per node, unique even where the draft numbers two clauses alike.
  const anchorOf = new Map<StructureNode, string>();
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const unique = (base: string) => {
    let a = base;
    // Resume counting where the last duplicate of this base stopped: linear even for thousands of "1.1".
    for (let k = nextSuffix.get(base) ?? 2; used.has(a); k++) {
      a = `${base}-${k}`;
      nextSuffix.set(base, k + 1);
    }
    used.add(a);
    return a;
  };
  let partCount = 0;
  for (const n of model.nodes) {
    const base = n.path.length ? `art-${n.path.map(slug).join('-')}` : `deel-${++partCount}`;
    anchorOf.set(n, unique(base));
  }
  const defAnchor = new Map<string, string>();
  const definitions: ExportDocument['definitions'] = [];
  for (const d of model.definitions) {
    if (defAnchor.has(d.term)) continue;
    const a = unique(`def-${slug(d.term)}`);
    defAnchor.set(d.term, a);
    definitions.push({ term: d.term, anchor: a, text: d.text.replace(/\*\*|__/g, '').slice(0, 400) });
  }

  // Inline annotations, sorted; where two overlap the higher priority wins.
  const annotations: Annotation[] = [];
  for (const c of model.citations) {
    const key = citationKey(c);
    const url = urlOf(key);
    annotations.push({ start: c.span.start, end: c.span.end, priority: 4, make: (t) => ({ text: t, lawKey: key, lawUrl: url, offset: c.span.start }) });
  }
  for (const r of model.references) {
    if (!r.target) continue;
    const a = anchorOf.get(r.target);
    if (!a) continue;
    annotations.push({ start: r.span.start, end: r.span.end, priority: 3, make: (t) => ({ text: t, ref: a, offset: r.target!.span.start }) });
  }
  const firstDef = new Set<string>();
  for (const d of model.definitions) {
    const a = defAnchor.get(d.term)!;
    // Only the first definition of a term carries the anchor; a second one is a finding, not a target.
    const defines = firstDef.has(d.term) ? undefined : a;
    firstDef.add(d.term);
    annotations.push({ start: d.span.start, end: d.span.end, priority: 2, make: (t) => ({ text: t, defines, strong: true, offset: d.span.start }) });
  }
  for (const u of model.uses) {
    const a = defAnchor.get(u.term);
    if (!a) continue;
    annotations.push({ start: u.span.start, end: u.span.end, priority: 1, make: (t) => ({ text: t, term: a, offset: u.span.start }) });
  }
  annotations.sort((x, y) => x.start - y.start || y.priority - x.priority);
  const kept: Annotation[] = [];
  for (const a of annotations) {
    if (a.end <= a.start) continue;
    const last = kept[kept.length - 1];
    if (last && a.start < last.end) {
      if (a.priority > last.priority) kept[kept.length - 1] = a;
      continue;
    }
    kept.push(a);
  }
  let annIdx = 0;

  /** Inline runs for [start, end), with annotations and Markdown emphasis. */
  const inlines = (start: number, end: number, out: Paragraph) => {
    while (annIdx < kept.length && kept[annIdx].end <= start) annIdx++;
    let pos = start;
    let k = annIdx;
    while (pos < end) {
      const a = k < kept.length && kept[k].start < end ? kept[k] : undefined;
      if (!a) {
        plainRuns(text.slice(pos, end), out);
        break;
      }
      if (a.start > pos) plainRuns(text.slice(pos, a.start), out);
      const s = Math.max(a.start, pos);
      const e = Math.min(a.end, end);
      if (e > s) out.push(a.make(text.slice(s, e).replace(/\*\*|__/g, '')));
      pos = e;
      k++;
    }
  };

  const nodeAtLine = new Map<number, StructureNode>();
  for (const n of model.nodes) if (!nodeAtLine.has(n.line)) nodeAtLine.set(n.line, n);
  const firstNodeLine = model.nodes.length ? model.nodes[0].line : lines.lineCount;
  const articleWord = decideArticleWord(model);

  const blocks: ExportBlock[] = [];
  let current: ExportBlock | undefined;
  let para: Paragraph | undefined;
  let lastLineText = '';
  let inComment = false;
  let title: string | undefined;
  let preambleText = '';

  const newBlock = (b: Omit<ExportBlock, 'paragraphs' | 'findings' | 'endLine'>) => {
    current = b as ExportBlock;
    current.paragraphs = [];
    current.findings = [];
    current.endLine = b.line;
    blocks.push(current);
    para = undefined;
  };

  for (let l = 0; l < lines.lineCount; l++) {
    const ls = lines.lineStarts[l];
    const le = lines.lineEnd(l);
    // Comments (directives) are not part of the published text; they may span lines.
    // Searched within the line only: a search running on to the end of the text would make this quadratic.
    const segments: Array<[number, number]> = [];
    const raw = text.slice(ls, le);
    let p = 0;
    while (p < raw.length) {
      if (inComment) {
        const close = raw.indexOf('-->', p);
        if (close < 0) {
          p = raw.length;
          break;
        }
        inComment = false;
        p = close + 3;
        continue;
      }
      const open = raw.indexOf('<!--', p);
      if (open < 0) {
        segments.push([ls + p, le]);
        break;
      }
      if (open > p) segments.push([ls + p, ls + open]);
      inComment = true;
      p = open + 4;
    }
    const lineText = segments.map(([s, e]) => text.slice(s, e)).join('');
    const node = nodeAtLine.get(l);

    if (node) {
      const isHeading = node.heading !== undefined && (node.kind === 'article' || node.kind === 'part');
      newBlock({
        kind: node.kind,
        depth: node.depth,
        indent: indentOf(node),
        number: displayNumber(node, articleWord),
        path: node.path,
        letter: node.style === 'letter',
        heading: isHeading ? stripMarkdown(node.heading!) : undefined,
        anchor: anchorOf.get(node),
        line: l,
        offset: node.span.start,
      });
      if (!isHeading) {
        // The clause's own text on its first line starts after the number and its "." or ")".
        let s = Math.max(node.numberSpan.end, node.textSpan.start, ls);
        while (s < le && /[.):\s]/.test(text[s]) && s < le) s++;
        if (node.numberSpan.end === node.numberSpan.start) s = Math.max(ls, node.textSpan.start);
        const segs = segments.filter(([, e]) => e > s).map(([a, e]): [number, number] => [Math.max(a, s), e]);
        if (segs.some(([a, e]) => text.slice(a, e).trim())) {
          para = [];
          current!.paragraphs.push(para);
          for (const [a, e] of segs) inlines(a, e, para);
          trimParagraph(para);
        }
      }
      lastLineText = lineText;
      continue;
    }

    const trimmed = lineText.trim();
    if (!trimmed) {
      para = undefined; // a blank line ends a paragraph
      continue;
    }
    if (l < firstNodeLine && title === undefined && blocks.length === 0) {
      const md = /^#{1,6}\s+(.*)$/.exec(trimmed);
      // A first short line is the title; a final "." only where it ends a legal form ("B.V.", "N.V.").
      if (md || (trimmed.length <= 120 && (!/[.;:,]$/.test(trimmed) || /\p{Lu}\.\p{Lu}\.$/u.test(trimmed)))) {
        title = stripMarkdown(md ? md[1] : trimmed).trim();
        lastLineText = '';
        continue;
      }
    }
    if (l < firstNodeLine) preambleText += trimmed + '\n';
    if (!current) newBlock({ kind: 'text', depth: 0, indent: 0, number: '', path: [], letter: false, line: l, offset: ls });
    // Consecutive lines join into one paragraph unless the previous one ended a sentence or a list entry.
    const joins = para !== undefined && !/[.;:!?]\s*$/.test(lastLineText) && !/^\s*[-*+]\s/.test(lineText);
    if (!joins) {
      para = [];
      current!.paragraphs.push(para);
    } else para!.push({ text: ' ' });
    const bullet = /^(\s*)([-*+])\s+/.exec(lineText);
    let startAt = ls;
    if (bullet) {
      para!.push({ text: '• ' });
      startAt = ls + bullet[0].length;
    }
    for (const [a, e] of segments) {
      if (e <= startAt) continue;
      inlines(Math.max(a, startAt), e, para!);
    }
    trimParagraph(para!);
    current!.endLine = l;
    lastLineText = lineText;
  }
  for (const b of blocks) {
    if (b.paragraphs.some((pp) => !pp.some((r) => r.text.trim()))) b.paragraphs = b.paragraphs.filter((pp) => pp.some((r) => r.text.trim()));
    if (b.endLine < b.line) b.endLine = b.line;
  }

  if (options.findings?.length) attachFindings(blocks, options.findings, model, lang);

  const meta = metadata(preambleText);
  return {
    title,
    version: meta.version,
    date: meta.date,
    lang,
    articleWord,
    blocks: blocks.filter((b) => b.kind !== 'text' || b.paragraphs.length || b.findings.length),
    definitions,
    articleCount: blocks.filter((b) => b.kind === 'article').length,
  };
}

function lawUrl(key: string): string | undefined {
  try {
    return safeLawUrl(articleUrl(key));
  } catch {
    return undefined; // law data unavailable: the citation is shown, not linked
  }
}

/** Only wetten.overheid.nl over https is ever linked. */
function safeLawUrl(url: string | undefined): string | undefined {
  return url && /^https:\/\/wetten\.overheid\.nl\/[A-Za-z0-9/._:&=?-]*$/.test(url) ? url : undefined;
}

function decideArticleWord(model: DocumentModel): boolean {
  let withWord = 0;
  let without = 0;
  for (const n of model.nodes) {
    if (n.kind !== 'article') continue;
    const ls = model.lines.lineStarts[n.line];
    const before = model.text.slice(ls, Math.max(ls, n.numberSpan.start));
    if (/art/i.test(before)) withWord++;
    else without++;
  }
  return withWord > 0 && withWord >= without;
}

/** The number as the draft writes it (a lid "1." stays "1.", a clause "2.1" stays "2.1"); outline drafts by their nesting. */
function displayNumber(n: StructureNode, articleWord: boolean): string {
  if (!n.path.length) return '';
  if (n.style === 'letter' || n.style === 'roman' || n.style === 'lid') return `${n.written}.`;
  if (n.style === 'dotted') return n.written;
  if (n.kind === 'article' && articleWord && n.path.length === 1) return `Artikel ${n.written || n.path[0]}`;
  const label = n.path.join('.');
  return n.kind === 'article' || n.kind === 'part' ? (n.path.length === 1 ? `${label}.` : label) : label;
}

function indentOf(n: StructureNode): number {
  let k = 0;
  for (let p = n.parent; p && (p.kind === 'clause' || p.kind === 'item'); p = p.parent) k++;
  return k;
}

function stripMarkdown(s: string): string {
  return stripHtmlComments(s.replace(/\*\*|__/g, '')).trim(); // linear: /<!--.*?-->/g is quadratic on unclosed openers
}

/** Plain text with `**strong**`, `__strong__` and `*em*` turned into flags. */
function plainRuns(s: string, out: Paragraph) {
  if (!s) return;
  const start = out.length;
  const re = /\*\*([^*\n]{1,300}?)\*\*|__([^_\n]{1,300}?)__|(?<![\p{L}\p{N}*])\*([^*\s][^*\n]{0,300}?)\*(?![\p{L}\p{N}*])/gu;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index > last) out.push({ text: s.slice(last, m.index) });
    if (m[3] !== undefined) out.push({ text: m[3], em: true });
    else out.push({ text: m[1] ?? m[2], strong: true });
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push({ text: s.slice(last) });
  // Markers whose partner sits across an annotation (`**Term**:` around a definition) are dropped.
  for (let k = start; k < out.length; k++) if (!out[k].strong && !out[k].em) out[k] = { text: out[k].text.replace(/\*\*|__/g, '') };
}

function trimParagraph(p: Paragraph) {
  if (p.length && !p[0].ref && !p[0].term && !p[0].lawKey && !p[0].defines) p[0] = { ...p[0], text: p[0].text.replace(/^\s+/, '') };
  const last = p.length - 1;
  if (last >= 0) p[last] = { ...p[last], text: p[last].text.trimEnd() }; // not /\s+$/: quadratic on long inner runs of spaces
}

function attachFindings(blocks: ExportBlock[], findings: readonly Finding[], model: DocumentModel, lang: Lang) {
  if (!blocks.length) return;
  const sorted = [...findings].sort((a, b) => a.span.start - b.span.start);
  let k = 0;
  for (const f of sorted) {
    const line = model.lines.lineAt(Math.min(f.span.start, model.text.length));
    // The last block that starts at or before the finding's line.
    while (k + 1 < blocks.length && blocks[k + 1].line <= line) k++;
    while (k > 0 && blocks[k].line > line) k--;
    blocks[k].findings.push({ ruleId: f.ruleId, severity: f.severity, message: f.message[lang], line, offset: f.span.start });
  }
}

function metadata(preamble: string): { version?: string; date?: string } {
  const head = preamble.slice(0, 4000);
  const version = VERSION_RE.exec(head)?.[1];
  let date: string | undefined;
  const long = DATE_LONG_RE.exec(head);
  if (long) date = `${Number(long[1])} ${long[2].toLowerCase()} ${long[3]}`;
  else {
    const iso = DATE_ISO_RE.exec(head);
    if (iso) date = `${Number(iso[3])} ${MONTHS.split('|')[Number(iso[2]) - 1] ?? iso[2]} ${iso[1]}`;
    else {
      const num = DATE_NUMERIC_RE.exec(head);
      if (num) date = `${Number(num[1])} ${MONTHS.split('|')[Number(num[2]) - 1] ?? num[2]} ${num[3]}`;
    }
  }
  return { version, date };
}
