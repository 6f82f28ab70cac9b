// Builds the document model from text in three stages, so each can be cached or made incremental:
//   1. line classification (lines.ts), per line;
//   2. tree building: one pass over the classified lines with a stack of open nodes;
//   3. derived passes: kinds and labels, blocks, definitions, term uses, references, citations.
import type { Span } from '../types';
import { blockText } from './blockText';
import { LineIndex } from '../text/lineIndex';
import { classifyLine, cleanTitle, isHeadingText, upperItemOf, type LineInfo } from './lines';
import { romanValue } from './numbering';
import type { Block, DocumentModel, StructureNode } from './types';
import { findCitationsByBlock } from './citations';
import { findDirectives, findDeclaredAudience, findDeclaredLanguage } from './directives';
import { findDefinitions, findTermUses, declaresPluralCovered } from './definitions';
import { findReferences } from './references';
import { splitDots } from './path';
import { isSpaceUnit } from '../text/letters';
import { detectDocumentKind } from './documentKind';
import { frontMatterEnd } from '../text/frontMatter';

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
  // YAML front matter is the file's metadata, not the draft: its lines are read like comments, so that no
  // "versie: 2" or "artikel 12" in it becomes a clause, a title or a definition.
  const fm = frontMatterEnd(text);
  for (let l = 0; l < lines.lineCount && lines.lineStarts[l] < fm; l++) {
    const i = infos[l];
    if (i.kind === 'blank') continue;
    i.kind = 'comment';
    i.number = i.numberStart = i.numberEnd = i.title = i.mdLevel = undefined;
    i.boldTitle = false;
  }
  return infos;
}

/** `lineTable` receives the classification of every line (model/update.ts keeps it for the next edit). */
export function parseDocument(text: string, lineTable?: { infos?: LineInfo[] }): DocumentModel {
  const lines = new LineIndex(text);
  const infos = classifyLines(text, lines);
  if (lineTable) lineTable.infos = infos;
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
    citations: findCitationsByBlock(blocks),
    directives: findDirectives(text, lines),
    blocks,
    declaredAudience: findDeclaredAudience(text),
    declaredLanguage: findDeclaredLanguage(text),
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

/** "1.2.6", "12 lid 3", "8.3 sub b", "12 lid 3 sub 4". `joined`: node.path.join('.'), when known. */
export function labelOf(node: StructureNode, joined?: string): string {
  const p = node.parent;
  const last = node.path[node.path.length - 1] ?? node.written;
  // A recital is cited as "overweging b", not by the formula that opens the recitals.
  if (p && p.recitals) return `overweging ${last}`;
  if (node.style === 'letter' || node.style === 'roman') return p && p.label ? `${p.label} sub ${last}` : `sub ${last}`;
  if (node.style === 'lid') return p && p.label ? `${p.label} lid ${last}` : `lid ${last}`;
  if (node.kind === 'part' && !node.path.length) return node.heading ?? '';
  // A numbered item under a lid is cited "lid 3 sub 4", under a lettered item "sub a onder 1": never "lid 3.4".
  if (p && p.style === 'lid' && p.label) return `${p.label} sub ${last}`;
  if (p && (p.style === 'letter' || p.style === 'roman') && p.label) return `${p.label} onder ${last}`;
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
  // "§ 2" heads an article, unless the draft also has "Artikel" headings: then it heads a section of them.
  let sectionParts = false;
  if (hasArticleHeadings) {
    let words = false;
    let signs = false;
    for (const i of infos) {
      if (i.kind !== 'artikelHeading' && i.kind !== 'mdHeading') continue;
      if (isSection(i)) signs = true;
      else if (i.number !== undefined && !i.number.includes('.')) words = true;
    }
    sectionParts = words && signs;
  }
  let sawContent = false;
  // Chapter headings on plain lines are read only in drafts without numbered headings of their own.
  let hasNumberedHeadings = hasArticleHeadings;
  for (let k = 0, headed = 0; !hasNumberedHeadings && k < infos.length; k++) {
    const i = infos[k];
    if (i.kind === 'numbered' && i.number !== undefined && !i.number.includes('.') && ((i.title !== undefined && isHeadingLine(i)) || titleLineBelow(text, infos, k) !== undefined)) headed++;
    hasNumberedHeadings = i.kind === 'partHeading' || headed >= 2;
  }

  const toc = tableOfContents();
  // "Definities" on a line of its own over a bare "Artikel 1": the article's title, written above it. Read only
  // where the draft does so at least twice, so that a stray short line before one heading is not taken for it.
  const titlesAbove = new Map<number, number>();
  for (let k = 0; k < infos.length; k++) {
    const above = titleLineAbove(text, infos, k);
    if (above !== undefined) titlesAbove.set(above, k);
  }
  if (titlesAbove.size < 2) titlesAbove.clear();
  const capsChapters = hasArticleHeadings ? chaptersAboveArticles(text, infos) : undefined;

  const heading = (node: StructureNode, info: LineInfo) => {
    node.heading = info.title || undefined;
    node.textSpan = { start: info.end, end: info.end };
    if (info.title) {
      const from = info.numberEnd ?? info.contentStart;
      const at = text.indexOf(info.title, from);
      if (at >= 0 && at < info.end) {
        node.headingSpan = { start: at, end: at + info.title.length };
        // "7. GEGEVENS. De software ...": the text after a title in capitals is the node's own text.
        const after = skipTo(text, node.headingSpan.end, info.end);
        if (after < info.end) node.textSpan = { start: after, end: info.end };
      }
    }
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
  /**
   * Whether a number opens a list under an open node or continues one. `inSequence` (a number inside a line)
   * asks more: under an open node only its first clause ("3.1" under an article 3 that has none yet), else
   * the next sibling; "het tarief vermeld bij 3.5 De ..." inside 3.2 is a number in the sentence.
   */
  const fitsOpen = (parts: string[], inSequence = false): boolean => {
    if (parts.length === 1 && parts[0] === '1') return true;
    // A single number continues a list written with single numbers; a dotted one, its written siblings.
    const follows = (last: StructureNode | undefined) =>
      last !== undefined && sameParent(splitDots(last.written), parts) && Number(parts[parts.length - 1]) === Number(last.written.slice(last.written.lastIndexOf('.') + 1)) + 1;
    const opensUnder = (n: StructureNode) => !inSequence || (Number(parts[parts.length - 1]) === 1 && !n.children.some((c) => c.style === 'dotted'));
    for (let k = stack.length - 1; k >= 0; k--) {
      const n = stack[k].node;
      if (parts.length > 1 && isPrefixPath(n.path, parts) && opensUnder(n)) return true;
      if (follows(n) || follows(n.children[n.children.length - 1])) return true;
    }
    return follows(roots[roots.length - 1]);
  };
  const mdLevelOfOpenArticle = (): number | undefined => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const n = stack[k].node;
      if (n.style === 'markdown') return n.mdLevel;
    }
    return undefined;
  };

  let plainParts = 0;
  /** The line of a sub-item that opens a new list after a paragraph announcing it (newListAfter). */
  let restartAt = -1;
  // Before the first article, a preamble formula ends what was open: the recitals it opens are not the
  // sub-items of a party's description, and what follows the formula that closes them (a block of
  // filled-in data, the signatures) belongs to no article. The first article after them starts afresh.
  let preamble = false;
  let sawArticle = false;
  for (let li = 0; li < infos.length; li++) {
    const info = infos[li];
    if (info.kind === 'blank' || info.kind === 'comment') continue;
    if (titlesAbove.has(li)) continue;
    if (capsChapters !== undefined && capsChapters.has(li)) {
      // "VERPLICHTINGEN VAN HUURDER" over "ARTIKEL 4" + its own title: a chapter of the articles below it.
      stack.length = 0;
      const chapter: LineInfo = { ...info, title: cleanTitle(text.slice(info.contentStart, info.end)) };
      const part = makeNode(chapter, 'part', 'none', []);
      heading(part, chapter);
      attach(part, -1, '');
      sawContent = true;
      continue;
    }
    if (toc !== undefined && toc.has(li)) {
      continueText(info);
      continue;
    }
    if (info.kind === 'preamble') {
      if (sawArticle) {
        continueText(info);
        continue;
      }
      stack.length = 0;
      preamble = true;
      sawContent = true;
      // The parties and the recitals are parts of their own: their numbers and letters are no article's.
      if (info.title) {
        const part = makeNode(info, 'part', 'none', []);
        heading(part, info);
        if (!PARTIES_TITLE.test(info.title)) part.recitals = true;
        attach(part, -1, '');
      }
      continue;
    }
    // Parties and recitals numbered in capitals ("I.", "II."; "A.", "B."): items of their part, in sequence.
    if (preamble && info.kind === 'text' && stack.length && placeUpperItem(info)) continue;
    if (!sawArticle && startsArticle(info)) {
      sawArticle = true;
      if (preamble) {
        stack.length = 0;
        preamble = false;
      }
    }
    if (!hasNumberedHeadings && info.kind === 'text' && isPlainHeading(text, infos, li)) {
      // The first line of a draft is its title; later short standalone lines are its chapter headings.
      if (!sawContent && roots.length === 0) {
        sawContent = true;
        continue;
      }
      stack.length = 0;
      const part = makeNode(info, 'part', 'none', []);
      info.title = cleanTitle(text.slice(info.contentStart, info.end));
      heading(part, info);
      info.title = undefined;
      part.partNumber = String(++plainParts);
      attach(part, -1, '');
      continue;
    }
    if (sectionParts && isSection(info)) {
      stack.length = 0;
      const at = sectionSignAt(info);
      const section: LineInfo = { ...info, contentStart: at, title: cleanTitle(text.slice(at, info.end).replace(/[*_]{1,4}/g, '')), number: undefined, numberStart: undefined, numberEnd: undefined };
      const part = makeNode(section, 'part', 'none', []);
      heading(part, section);
      attach(part, -1, '');
      sawContent = true;
      continue;
    }
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
      if (APPENDIX_TITLE.test(info.title ?? '')) part.appendix = true;
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
      // A Markdown part of a lower level than the article ("### Inhoudsopgave" above "## Artikel 1") cannot hold it.
      const level = info.mdLevel;
      pop((o) => o.node.kind !== 'part' || (level !== undefined && o.node.mdLevel !== undefined && o.node.mdLevel > level));
      const node = makeNode(info, 'article', info.kind === 'mdHeading' ? 'markdown' : 'artikel', [info.number]);
      heading(node, info);
      // "Artikel 3" with its title on the line below ("Betaling"): that line is the article's heading.
      const below = titleLineBelow(text, infos, li);
      if (below !== undefined) {
        takeTitleBelow(node, below);
        li = below;
      } else if (titlesAbove.size) {
        for (let k = li - 1; k >= 0 && k >= li - 3; k--) {
          if (titlesAbove.get(k) !== li) continue;
          const t = infos[k];
          const title = cleanTitle(text.slice(t.contentStart, t.end));
          node.heading = title;
          // The span stays at the heading line: the title above is no line of the article before it, and an article
          // inserted at the heading's line keeps the articles around it as they were.
          node.headingSpan = { start: t.contentStart, end: t.contentStart + title.length };
        }
      }
      node.mdLevel = info.mdLevel;
      attach(node, -1, info.number);
      continue;
    }
    if (info.kind === 'numbered') {
      const parts = splitDots(info.number!);
      // A clause number that does not fit where it stands, at the start of a line that continues a
      // sentence, is a number in that sentence ("zie 2.2 en\n2.1 voor ..."); so is one that fits, after a
      // word that needs it ("het tarief is\n3.3 Daarbij ...").
      if (li > 0 && endsMidSentence(text, infos[li - 1]) && (!fitsOpen(parts) || endsOnNumberWord(text, infos[li - 1]))) {
        continueText(info);
        continue;
      }
      // "2,1" (a comma for the dot) is a clause number only where the numbering expects it next.
      if (parts.length > 1 && text.charCodeAt(info.numberStart! + parts[0].length) === 44 && !fitsOpen(parts, true)) {
        continueText(info);
        continue;
      }
      if (parts.length > 1) {
        // "**1.2 Titel**" with its text on the next lines: a titled clause.
        placeDotted(info, parts, info.indent, info.boldTitle && isHeadingLine(info));
        splitRunTogether(info);
        continue;
      }
      // "1." under "a. ... als volgt:" at the same indentation opens a list inside the sub-item; under a dotted
      // clause whose text announces it ("3.2 ... staan:"), a list inside that clause.
      const top = stack[stack.length - 1];
      // A numbered title over a blank line and its article's paragraphs ("1 Begrippen") opens no list, even after an item.
      const titleOverBody = hasNumberedHeadings && isHeadingLine(info) && infos[li + 1]?.kind === 'blank';
      const opensList =
        !titleOverBody && top !== undefined && top.indent >= 0 && top.indent <= info.indent && parts[0] === '1' && (isItemStyle(top.node.style) || (top.node.style === 'dotted' && announcesList(li)));
      // The next number at that indentation continues the list; in a clause's list only the next in sequence,
      // and no numbered title of an article ("2. Prijs" after "1.1 ...:\n1. ..." is the next article).
      const continuesList = (o: Open) =>
        parts[0] !== '1' &&
        o.indent === info.indent &&
        (hasInnerList(o.node) || (o.node.style === 'dotted' && hasClauseList(o.node, parts[0]) && !(hasNumberedHeadings && isHeadingLine(info))));
      // "1. Definities" over "1. In deze voorwaarden ...", "2. ...": numbering that restarts under each numbered title
      // numbers that article's leden; the next numbered title closes them.
      const ledenOf = (o: Open) =>
        hasNumberedHeadings && (!isHeadingLine(info) || continuesLedenOnly(o.node, parts[0], li)) && o.indent === info.indent && isNumberedTitle(o.node) && (parts[0] === '1' || hasLeden(o.node)) && titleLineBelow(text, infos, li) === undefined;
      if (!opensList) pop((o) => o.indent >= 0 && o.indent >= info.indent && !continuesList(o) && !ledenOf(o));
      if (stack.length >= MAX_DEPTH) {
        continueText(info);
        continue;
      }
      const parent = stack.length ? stack[stack.length - 1].node : undefined;
      const underHeading = parent !== undefined && (parent.style === 'markdown' || parent.style === 'artikel' || (parts.length === 1 && isNumberedTitle(parent) && stack[stack.length - 1].indent === info.indent));
      const style = underHeading ? 'lid' : 'outline';
      const child = childPath(parts[0]);
      const node = makeNode(info, 'clause', style, child.path);
      if (!hasArticleHeadings && !underHeading && info.title !== undefined && isHeadingLine(info)) heading(node, info);
      // "1." alone on its line, its title on the next ("Algemeen"), then "1.1": a PDF's article heading.
      const below = !hasArticleHeadings && !underHeading ? titleLineBelow(text, infos, li) : undefined;
      if (below !== undefined) {
        takeTitleBelow(node, below);
        li = below;
      }
      attach(node, info.indent, child.key);
      if (style === 'lid') splitRunTogetherLeden(info);
      continue;
    }
    if (info.kind === 'letter') {
      pop((o) => o.indent >= 0 && ((isItemStyle(o.node.style) && o.indent >= info.indent) || o.indent > info.indent || (o.node.parent !== undefined && isItemStyle(o.node.parent.style) && o.indent >= info.indent)));
      if (stack.length >= MAX_DEPTH) {
        continueText(info);
        continue;
      }
      const siblings = stack.length ? stack[stack.length - 1].node.children : roots;
      const child = childPath(info.number!);
      const item = makeNode(info, 'item', itemStyle(info.number!, siblings[siblings.length - 1]), child.path);
      if (restartAt === li) item.listStart = true;
      attach(item, info.indent, child.key);
      continue;
    }
    // "a. ... b. ..." then a paragraph that announces a new list ("Voor betaling geldt:") and "a." again: the
    // paragraph closes the first list and the second is a list of its own, not the same list lettered twice.
    // A whole draft, or a page of one, on one line ("... Artikel 1 Definities a. ... Artikel 2 Algemeen 1. ..."), as a
    // PDF or a web page gives it: its articles are read where the line names them in sequence.
    if (info.kind === 'text' && !hasArticleHeadings && splitInlineArticles(info)) {
      sawArticle = true;
      sawContent = true;
      continue;
    }
    if (info.kind === 'text' && stack.length && isItemStyle(stack[stack.length - 1].node.style)) {
      const restart = newListAfter(li, stack[stack.length - 1].indent);
      if (restart !== undefined) {
        pop((o) => o.indent >= info.indent && isItemStyle(o.node.style));
        restartAt = restart;
      }
    }
    // Items numbered in capitals inside a clause ("... indien die gegevens:" + "(I) ...", "(II) ..."), in sequence.
    if (info.kind === 'text' && !preamble && stack.length && placeClauseUpperItem(info, li)) continue;
    continueText(info);
    // The text of a clause whose number stands on a line of its own ("13.3" + its text), with the next clause
    // run into it after a full stop ("... verzuim.13.4 Leverancier ..."): that clause starts there.
    if (info.kind === 'text' && stack.length && stack[stack.length - 1].node.style === 'dotted') splitRunTogether(info, true);
  }

  /**
   * A short lid without a full stop reads like a title ("5. Klant maakt zelf een back-up"): after lid 4 of article 2 it is
   * lid 5, not an article, since the leden expect 5 and the articles 3. Where both expect it, it is the next article; and
   * a line whose own numbering starts at "1." below it is a title with leden of its own (two articles numbered alike).
   */
  function continuesLedenOnly(title: StructureNode, number: string, li: number): boolean {
    const last = title.children[title.children.length - 1];
    const n = Number(number);
    if (last === undefined || last.style !== 'lid' || n !== Number(last.written) + 1 || n === Number(title.written) + 1) return false;
    let next = li + 1;
    while (next < infos.length && infos[next].kind === 'blank') next++;
    return infos[next]?.number !== '1';
  }

  function takeTitleBelow(node: StructureNode, below: number) {
    const t = infos[below];
    const title = cleanTitle(text.slice(t.contentStart, t.end));
    node.heading = title;
    node.headingSpan = { start: t.contentStart, end: t.contentStart + title.length };
    node.span.end = t.end;
    node.textSpan = { start: t.end, end: t.end };
  }

  /**
   * A line that can only be an article, a clause of one or a chapter: a numbered heading, a dotted number, a
   * numbered title, "Hoofdstuk 2". Not the draft's title ("# Algemene voorwaarden"), which may stand above a preamble.
   */
  function startsArticle(info: LineInfo): boolean {
    if (info.kind === 'partHeading' || ((info.kind === 'mdHeading' || info.kind === 'artikelHeading') && info.number !== undefined)) return true;
    return info.kind === 'numbered' && (info.number!.includes('.') || isHeadingLine(info));
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

  /**
   * Dotted clauses run together in one paragraph ("5.1. Ontwerp 5.1.1. Het ontwerp ... 5.1.2. De ..."):
   * a number inside the line that is the next one the numbering expects (the first child or the next
   * sibling of an open clause), followed by a capital, starts a clause of its own. Any other number there
   * is a reference or an amount in the sentence, not a clause (nummering must not read a gap in it).
   */
  function splitRunTogether(info: LineInfo, sentenceEndsOnly = false) {
    let from = info.contentStart;
    for (let guard = 0; guard < 200; guard++) {
      const at = nextRunTogether(text, from, info.end);
      if (!at) return;
      const parts = splitDots(at.number);
      // After the end of a sentence a bare number opening the next one is a clause even out of sequence
      // ("... verschuldigd. 5.5. Algemeen" after 5.3: nummering reports the missing 5.4); inside a sentence
      // only the number the numbering expects is one.
      const afterEnd = afterSentenceEnd(text, at.start, info.contentStart);
      if ((sentenceEndsOnly && !afterEnd) || !fitsOpen(parts, !afterEnd)) {
        from = at.numberEnd;
        continue;
      }
      const top = stack[stack.length - 1].node;
      let e = at.start;
      while (e > top.span.start && isSpaceUnit(text.charCodeAt(e - 1))) e--;
      top.span.end = e;
      if (top.textSpan.end > e) top.textSpan.end = Math.max(top.textSpan.start, e);
      const inline: LineInfo = { ...info, start: at.start, numberStart: at.start, numberEnd: at.numberEnd, number: at.number, contentStart: at.contentStart, title: undefined };
      placeDotted(inline, parts, info.indent, false);
      from = at.contentStart;
    }
  }

  /**
   * Leden run together in one paragraph under an article heading ("1. Tekst. 2. Tekst. 3. Tekst."), as a web page or
   * a PDF gives them: after the end of a sentence, the next lid's number before a capital starts that lid. Any
   * other number there is one in the sentence.
   */
  function splitRunTogetherLeden(info: LineInfo) {
    let from = info.contentStart;
    for (let guard = 0; guard < 200; guard++) {
      const at = nextRunTogetherLid(text, from, info.end);
      if (!at) return;
      const top = stack[stack.length - 1].node;
      if (top.style !== 'lid' || Number(at.number) !== Number(top.written) + 1) {
        from = at.numberEnd;
        continue;
      }
      let e = at.start;
      while (e > top.span.start && isSpaceUnit(text.charCodeAt(e - 1))) e--;
      top.span.end = e;
      if (top.textSpan.end > e) top.textSpan.end = Math.max(top.textSpan.start, e);
      stack.pop();
      const inline: LineInfo = { ...info, start: at.start, numberStart: at.start, numberEnd: at.numberEnd, number: at.number, contentStart: at.contentStart, title: undefined };
      const child = childPath(at.number);
      attach(makeNode(inline, 'clause', 'lid', child.path), info.indent, child.key);
      from = at.contentStart;
    }
  }

  /**
   * The articles of a long line that names at least two of them in sequence ("Artikel 1 Titel ... Artikel 2 Titel ...",
   * continuing the articles before it), each with its title and its leden or lettered items in sequence. A name out
   * of sequence, or after a word that cites it ("bedoeld in Artikel 3"), is a reference in the text.
   */
  function splitInlineArticles(info: LineInfo): boolean {
    if (info.end - info.contentStart < MIN_INLINE_DRAFT) return false;
    let expected = 1;
    for (let k = nodes.length - 1; k >= 0; k--) {
      if (nodes[k].kind === 'article' && nodes[k].path.length === 1) {
        expected = Number(nodes[k].path[0]) + 1;
        break;
      }
    }
    let heads: InlineArticle[] = inlineArticles(text, info.contentStart, info.end, expected);
    let numbered = false;
    if (heads.length < 2) {
      // "N. Titel N.1 Tekst" is a sure sign: the next article alone, or two in sequence where the page before was lost.
      numbered = true;
      heads = inlineNumberedArticles(text, info.contentStart, info.end, expected);
      if (heads.length === 0) {
        const any = inlineNumberedArticles(text, info.contentStart, info.end, undefined);
        if (any.length) heads = inlineNumberedArticles(text, info.contentStart, info.end, Number(any[0].number));
        if (heads.length < 2) return false;
      }
    }
    if (heads.length === 0 || (!numbered && heads.length < 2)) return false;
    const first = heads[0].start;
    if (stack.length && first > info.contentStart) continueText({ ...info, end: trimEndAt(first, info.contentStart) });
    for (let h = 0; h < heads.length; h++) {
      const a = heads[h];
      const end = h + 1 < heads.length ? trimEndAt(heads[h + 1].start, a.start) : info.end;
      pop((o) => o.node.kind !== 'part');
      const head: LineInfo = { ...info, start: a.start, end, number: a.number, numberStart: a.numberStart, numberEnd: a.numberEnd, contentStart: a.bodyStart, title: undefined };
      const node = makeNode(head, numbered ? 'clause' : 'article', numbered ? 'outline' : 'artikel', [a.number]);
      if (a.titleEnd > a.titleStart) {
        node.heading = text.slice(a.titleStart, a.titleEnd);
        node.headingSpan = { start: a.titleStart, end: a.titleEnd };
      }
      node.textSpan = { start: Math.min(a.bodyStart, end), end };
      attach(node, -1, a.number);
      const items = numbered ? inlineClauses(text, a.bodyStart, end, a.number) : inlineItems(text, a.bodyStart, end);
      for (let k = 0; k < items.length; k++) {
        const it = items[k];
        const itemEnd = k + 1 < items.length ? trimEndAt(items[k + 1].start, it.start) : end;
        if (k === 0) node.textSpan.end = Math.max(node.textSpan.start, trimEndAt(it.start, node.textSpan.start));
        const line: LineInfo = { ...info, start: it.start, end: itemEnd, number: it.number, numberStart: it.start, numberEnd: it.start + it.number.length, contentStart: it.contentStart, title: undefined };
        // The item before it is closed; the last stays open, for the text of the next page.
        if (k > 0) stack.pop();
        const child = childPath(it.number);
        const letter = it.number.charCodeAt(0) >= 97;
        const item = numbered ? makeNode(line, 'clause', 'dotted', splitDots(it.number)) : makeNode(line, letter ? 'item' : 'clause', letter ? 'letter' : 'lid', child.path);
        attach(item, info.indent, numbered ? it.number : child.key);
      }
    }
    return true;
  }

  /** Where the text before `at` ends, past blanks (not before `from`). */
  function trimEndAt(at: number, from: number): number {
    while (at > from && isSpaceUnit(text.charCodeAt(at - 1))) at--;
    return at;
  }

  /** Where the "§" of a heading line "§ 2 Titel" stands (plain or Markdown), or -1. */
  function sectionSignAt(i: LineInfo): number {
    if ((i.kind !== 'artikelHeading' && i.kind !== 'mdHeading') || i.numberStart === undefined) return -1;
    for (let k = i.numberStart - 1; k >= i.start; k--) if (text.charCodeAt(k) === 0xa7) return k;
    return -1;
  }

  function isSection(i: LineInfo): boolean {
    return sectionSignAt(i) >= 0;
  }

  /** An article's heading: "Artikel 3 Titel", "## 3. Titel", or "3. Titel" alone on its line. */
  function isArticleHeading(i: LineInfo): boolean {
    if (i.number === undefined || i.number.includes('.')) return false;
    return i.kind === 'artikelHeading' || i.kind === 'mdHeading' || (i.kind === 'numbered' && isHeadingLine(i));
  }

  /**
   * The lines of a table of contents: article headings in a row with nothing between them, before the first
   * article with text, each of whose numbers heads an article again further on ("1. Definities", "2. Aanbod" …
   * then "1. Definities" with its clauses). Read as articles they would be every article twice.
   */
  function tableOfContents(): Set<number> | undefined {
    const run: number[] = [];
    let k = 0;
    for (; k < infos.length; k++) {
      const i = infos[k];
      if (i.kind === 'blank' || i.kind === 'comment') continue;
      if (isArticleHeading(i)) run.push(k);
      else if (run.length) break;
    }
    if (run.length < 3) return undefined;
    const later = new Set<string>();
    for (let j = k + 1; j < infos.length; j++) if (isArticleHeading(infos[j])) later.add(infos[j].number!);
    const last = run[run.length - 1];
    // The run either ends at text (all of it is the table) or at the first article, whose text follows it.
    const entries = run.every((l) => later.has(infos[l].number!)) ? run : run.slice(0, -1);
    if (entries.length < 2 || !entries.every((l) => later.has(infos[l].number!) || infos[l].number === infos[last].number)) return undefined;
    return new Set(entries);
  }

  /**
   * "A." or "I." opening the items of a titled preamble part, or the capital that follows the item before it
   * ("B." after "A.", "II." after "I."); not an initial ("J. Jansen" after "I.").
   */
  function placeUpperItem(info: LineInfo): boolean {
    const item = upperItemOf(text, info);
    if (!item) return false;
    let k = stack.length - 1;
    while (k > 0 && stack[k].node.kind !== 'part') k--;
    const part = stack[k].node;
    if (part.kind !== 'part' || part.heading === undefined) return false;
    const prev = part.children[part.children.length - 1];
    const written = item.number;
    const style = prev && !/^[A-Z]+$/.test(prev.written) ? undefined : upperItemStyle(written, prev);
    if (!style) return false;
    stack.length = k + 1;
    attach(makeNode(upperItemLine(info, item), 'item', style, [written]), info.indent, written);
    return true;
  }

  /**
   * "A." or "(I)" opening a list that the clause's text announces with a colon, or the capital that follows the
   * item before it ("(II)" after "(I)", "B." after "A."): an item of the open clause. Not an initial ("J. Jansen").
   */
  function placeClauseUpperItem(info: LineInfo, li: number): boolean {
    const item = upperItemOf(text, info);
    if (!item) return false;
    let k = stack.length - 1;
    const top = stack[k].node;
    const isUpper = (n: StructureNode | undefined) => n !== undefined && n.kind === 'item' && isItemStyle(n.style) && /^[A-Z]+$/.test(n.written);
    if (isUpper(top)) k--;
    if (k < 0) return false;
    const clause = stack[k].node;
    if (clause.kind !== 'clause' && clause.kind !== 'article') return false;
    const prev = clause.children[clause.children.length - 1];
    const written = item.number;
    // A first capital item needs a clause that announces it with a colon and has no items yet.
    if (!isUpper(prev) && (!announcesList(li) || clause.children.length)) return false;
    const style = upperItemStyle(written, isUpper(prev) ? prev : undefined);
    if (!style || stack.length >= MAX_DEPTH) return false;
    stack.length = k + 1;
    const child = childPath(written);
    attach(makeNode(upperItemLine(info, item), 'item', style, child.path), info.indent, child.key);
    return true;
  }

  /**
   * A paragraph after a list's items, not indented past their numbers, that opens after a finished sentence (or a
   * blank line) and announces a list with a colon within its first lines, followed by an "a." or "i." that letters
   * from the start again: the line of that first sub-item, else undefined. (A sub-item's wrapped text goes on
   * mid-sentence, or is not followed by a list that starts again.)
   */
  function newListAfter(li: number, itemIndent: number): number | undefined {
    const info = infos[li];
    if (info.indent > itemIndent) return undefined;
    const prev = infos[li - 1];
    if (prev.kind !== 'blank') {
      let e = prev.end;
      while (e > prev.start && isSpaceUnit(text.charCodeAt(e - 1))) e--;
      const c = text.charCodeAt(e - 1);
      if (c !== 46 && c !== 59 && c !== 33 && c !== 63) return undefined;
    }
    if (!/^[\p{Lu}"“‘'(]/u.test(text.slice(info.contentStart, info.contentStart + 1))) return undefined;
    for (let k = li; k < infos.length && k < li + 3 && infos[k].kind === 'text'; k++) {
      let e = infos[k].end;
      while (e > infos[k].start && isSpaceUnit(text.charCodeAt(e - 1))) e--;
      if (text.charCodeAt(e - 1) !== 58) continue;
      let n = k + 1;
      while (n < infos.length && (infos[n].kind === 'blank' || infos[n].kind === 'comment')) n++;
      const next = infos[n];
      return next && next.kind === 'letter' && (next.number === 'a' || next.number === 'i') && next.indent <= itemIndent ? n : undefined;
    }
    return undefined;
  }

  /** Whether the last line with text before line li ends with a colon ("Op de factuur staan:"). */
  function announcesList(li: number): boolean {
    let k = li - 1;
    while (k >= 0 && (infos[k].kind === 'blank' || infos[k].kind === 'comment')) k--;
    if (k < 0) return false;
    let e = infos[k].end;
    while (e > infos[k].start && isSpaceUnit(text.charCodeAt(e - 1))) e--;
    return text.charCodeAt(e - 1) === 58;
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
  // Counted before classify drops headings: classify reads its siblings as they were built.
  const siblingMemo = new Map<StructureNode[], { total: number; headed: number; withChildren: number; withBody: number }>();
  // "1 Definities", a blank line, then paragraphs without numbers that end in a full stop: a title over its article's text
  // (a clause wrapped over lines has no blank line after its first).
  // A title in capitals is one with its text right below it too ("1. – TOEPASSINGSGEBIED" + text): no clause wraps in capitals.
  const hasBody = (n: StructureNode) => {
    if (infos[n.line + 1]?.kind !== 'blank' && !(n.heading !== undefined && /\p{Lu}{3}/u.test(n.heading) && !/\p{Ll}/u.test(n.heading))) return false;
    const dot = text.indexOf('.', n.textSpan.start);
    return dot >= 0 && dot < n.textSpan.end;
  };
  const classify = (n: StructureNode, key: string) => {
    const p = n.parent;
    if (n.style === 'outline' || n.style === 'dotted' || n.style === 'lid') {
      if (n.style === 'outline' && n.heading !== undefined && n.children.length) {
        // An outline heading with headed children is a part ("1. Algemeen"), else an article ("1. Definities").
        n.kind = n.children.some((c) => c.heading !== undefined && c.children.length > 0) ? 'part' : 'article';
      } else if (n.style === 'outline' && n.heading !== undefined && !n.children.length && !hasOutlineArticleSibling(n, roots, siblingMemo, hasBody)) {
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

/** A numbered title on a plain line ("1. Definities", its text below): an article written as an outline entry. */
function isNumberedTitle(n: StructureNode): boolean {
  return n.style === 'outline' && n.heading !== undefined && n.path.length === 1;
}

/** An outline article whose leden restart at 1 under it ("1. Definities" + "1. ...", "2. ..."). */
function hasLeden(n: StructureNode): boolean {
  return n.children.length > 0 && n.children[0].style === 'lid';
}

/** A sub-item whose last child is a numbered list: the next number at its indentation continues that list. */
function hasInnerList(n: StructureNode): boolean {
  return isItemStyle(n.style) && n.children.length > 0 && n.children[n.children.length - 1].style === 'outline';
}

/** A dotted clause whose last child is a numbered list that `next` continues ("2." after "1."). */
function hasClauseList(n: StructureNode, next: string): boolean {
  const last = n.children[n.children.length - 1];
  return last !== undefined && last.style === 'outline' && Number(next) === Number(last.written) + 1;
}

/** The preamble part that names the parties ("De ondergetekenden", "Partijen"); the other formulas open recitals. */
const PARTIES_TITLE = /ondergetekenden|^(?:de[ \t]+)?partijen$/i;

const APPENDIX_TITLE = /^(?:[A-Z][.)][ \t]{1,4})?(?:bijlage|addendum|annex|appendix)(?![\p{L}])/iu;

function isItemStyle(style: StructureNode['style']): boolean {
  return style === 'letter' || style === 'roman';
}

const ROMANS = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']);

/**
 * "i." after "h." is a letter; "i." opening a list, "ii." and "v." after "iv." are Roman numerals.
 * `prev` is the sub-item's previous sibling.
 */
function itemStyle(written: string, prev: StructureNode | undefined): StructureNode['style'] {
  if (!ROMANS.has(written)) return 'letter';
  if (written.length > 1) return 'roman';
  const prevRoman = prev !== undefined && prev.style === 'roman';
  if (written === 'i') return prev !== undefined && prev.style === 'letter' && prev.written === 'h' ? 'letter' : 'roman';
  return prevRoman ? 'roman' : 'letter';
}

/**
 * A short line of its own that names the text below it ("Betalen", "ALGEMENE BEPALINGEN"): a chapter
 * heading of a draft without numbered article headings. Not a line of an address or a sentence.
 */
function isPlainHeading(text: string, infos: LineInfo[], li: number): boolean {
  const info = infos[li];
  if (!hasPlainHeadingText(text, info)) return false;
  const t = text.slice(info.contentStart, info.end);
  const prev = li > 0 ? infos[li - 1] : undefined;
  if (prev && prev.kind !== 'blank' && prev.kind !== 'comment' && prev.kind !== 'mdHeading' && prev.kind !== 'partHeading') return false;
  // A disable comment between the heading and its text is no text: look past it.
  let n = li + 1;
  while (n < infos.length && infos[n].kind === 'comment') n++;
  const next = n < infos.length ? infos[n] : undefined;
  if (!next || next.kind === 'blank') return true;
  if (next.kind !== 'text') return true;
  // Followed directly by prose: only a heading of a few words, and the prose opens a sentence.
  return t.trim().split(/\s+/).length <= 6 && /^[\p{Lu}"“‘'(]/u.test(text.slice(next.contentStart, next.contentStart + 1));
}

/**
 * The line below an article heading without a title ("Artikel 3", "## Artikel 3") that holds its title: the next
 * line with text, past at most two blank lines, if it is a short line that names something ("Betaling").
 */
export function titleLineBelow(text: string, infos: LineInfo[], li: number): number | undefined {
  const info = infos[li];
  if (info.number === undefined || info.number.includes('.') || info.title) return undefined;
  const bare = info.kind === 'numbered';
  if (!bare && info.kind !== 'artikelHeading' && info.kind !== 'mdHeading') return undefined;
  // A bare number ("1.") has nothing after it, and its title is followed by its first clause ("1.1").
  if (bare && info.contentStart < info.end) return undefined;
  let n = li + 1;
  for (let blanks = 0; n < infos.length && infos[n].kind === 'blank' && blanks < 2; blanks++) n++;
  if (n >= infos.length || !hasPlainHeadingText(text, infos[n])) return undefined;
  if (bare) {
    let c = n + 1;
    for (let blanks = 0; c < infos.length && infos[c].kind === 'blank' && blanks < 2; blanks++) c++;
    const first = infos[c];
    if (!first || first.kind !== 'numbered' || first.number !== info.number + '.1') return undefined;
  }
  return n;
}

/**
 * The line above an article heading without a title ("Artikel 3", with no title below it either) that holds
 * its title: the previous line with text, past at most two blank lines, if it is a short line that names
 * something and stands alone (a blank line or a heading above it), and is neither the draft's first line
 * (its title) nor the title below another heading.
 */
export function titleLineAbove(text: string, infos: LineInfo[], li: number): number | undefined {
  const info = infos[li];
  if ((info.kind !== 'artikelHeading' && info.kind !== 'mdHeading') || info.number === undefined || info.number.includes('.') || info.title) return undefined;
  if (titleLineBelow(text, infos, li) !== undefined) return undefined;
  let p = li - 1;
  for (let blanks = 0; p >= 0 && infos[p].kind === 'blank' && blanks < 2; blanks++) p--;
  if (p <= 0 || !hasPlainHeadingText(text, infos[p])) return undefined;
  const before = infos[p - 1];
  if (before.kind !== 'blank' && before.kind !== 'comment') return undefined;
  let first = 0;
  while (first < p && (infos[first].kind === 'blank' || infos[first].kind === 'comment')) first++;
  if (first === p) return undefined;
  for (let k = Math.max(0, p - 3); k < p; k++) if (titleLineBelow(text, infos, k) === p) return undefined;
  return p;
}

/** A short line in capitals that names something ("VERPLICHTINGEN VAN HUURDER"). */
export function isCapitalsHeadingText(text: string, info: LineInfo): boolean {
  if (!hasPlainHeadingText(text, info)) return false;
  const t = text.slice(info.contentStart, info.end);
  return !/\p{Ll}/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t);
}

/**
 * Chapter headings in capitals over the articles of a draft with article headings: a line of its own (a blank line
 * above it) right above an article heading that has a title of its own (on its line or below it), past at most one
 * blank line. Not the draft's first line (its title), and not a line the draft repeats (a page's running header).
 */
function chaptersAboveArticles(text: string, infos: LineInfo[]): Set<number> | undefined {
  let out: Set<number> | undefined;
  let first = 0;
  while (first < infos.length && (infos[first].kind === 'blank' || infos[first].kind === 'comment')) first++;
  for (let k = first + 1; k < infos.length; k++) {
    const info = infos[k];
    if (info.kind !== 'text' || infos[k - 1].kind !== 'blank' || !isCapitalsHeadingText(text, info)) continue;
    let n = k + 1;
    if (n < infos.length && infos[n].kind === 'blank') n++;
    const h = infos[n];
    if (!h || (h.kind !== 'artikelHeading' && h.kind !== 'mdHeading') || h.number === undefined || h.number.includes('.')) continue;
    if (!h.title && titleLineBelow(text, infos, n) === undefined) continue;
    (out ??= new Set()).add(k);
  }
  if (!out) return undefined;
  // A running header repeats on every page: a line whose text occurs again is none of these chapters.
  const seen = new Map<string, number>();
  for (const info of infos) {
    if (info.kind !== 'text' || !isCapitalsHeadingText(text, info)) continue;
    const t = text.slice(info.contentStart, info.end).trim();
    seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  for (const k of [...out]) if ((seen.get(text.slice(infos[k].contentStart, infos[k].end).trim()) ?? 0) > 1) out.delete(k);
  return out.size ? out : undefined;
}

/** The line's own part of isPlainHeading (the incremental parser compares it before and after an edit). */
export function hasPlainHeadingText(text: string, info: LineInfo): boolean {
  if (info.kind !== 'text' || info.indent > 3 || info.end - info.contentStart > 60) return false;
  const c = text.charCodeAt(info.contentStart);
  // Bullets, quotes and emphasis do not open a heading line.
  if (c === 45 || c === 42 || c === 43 || c === 0x2022 || c === 0xb7 || c === 0x2013 || c === 34 || c === 0x201c) return false;
  const t = text.slice(info.contentStart, info.end);
  return isHeadingText(t) && !/[\d@:;]|www\.|\.(?:nl|com|be)\b/i.test(t);
}

/**
 * Whether a line stops in the middle of a sentence (on a letter or a comma), so that a number at the start
 * of the next line continues the sentence ("zie ook 2.2 en\n2.1 voor ...") unless it fits the numbering.
 */
export function endsMidSentence(text: string, info: LineInfo): boolean {
  if (info.kind === 'blank' || info.kind === 'comment' || info.kind === 'mdHeading' || info.kind === 'artikelHeading' || info.kind === 'partHeading') return false;
  let e = info.end;
  while (e > info.start && isSpaceUnit(text.charCodeAt(e - 1))) e--;
  if (e <= info.contentStart) return false;
  // Only a long line is wrapped: a short one ending on a word is a title ("1.2 Klant") or a list entry.
  if (e - info.contentStart < 40) return false;
  const c = text.charCodeAt(e - 1);
  return c === 44 /* , */ || (c >= 97 && c <= 122) || c > 0xdf;
}

// After a blank, or glued to the full stop that ends the sentence before it ("... derden.18.6 Leverancier ...").
const RUN_TOGETHER = /(?:[ \t\u00a0]|(?<=[\p{Ll})][.!?]))(\d{1,3}(?:\.[1-9]\d?){1,4})\.?[ \t\u00a0]+(?=\p{Lu})/gu;

/** The next dotted number inside [from, end) of a line, written as a clause number before a capital. */
export function nextRunTogether(text: string, from: number, end: number): { start: number; numberEnd: number; number: string; contentStart: number } | undefined {
  const line = text.slice(from, end);
  RUN_TOGETHER.lastIndex = 0;
  for (let m = RUN_TOGETHER.exec(line); m; m = RUN_TOGETHER.exec(line)) {
    // "zie artikel 5.2 De ..." cites a clause, "is 3.3 Daarbij ..." names a number; neither starts one.
    if (NUMBER_WORD.test(line.slice(Math.max(0, m.index - 12), m.index))) continue;
    const start = from + m.index + (isSpaceUnit(m[0].charCodeAt(0)) ? 1 : 0);
    return { start, numberEnd: start + m[1].length, number: m[1], contentStart: from + m.index + m[0].length };
  }
  return undefined;
}

/** A line this long can hold a draft or a page of one: shorter lines are read as they are. */
const MIN_INLINE_DRAFT = 400;
// "Artikel 3", "ARTIKEL 3:", "Art. 3 -" inside a line, before the title's first letter; not "artikel 3.2" or "artikel 3 lid".
const INLINE_ARTICLE = /(?<![\p{L}\p{N}])(?:Artikel|ARTIKEL|Art\.)[ \t\u00a0]{1,4}(\d{1,3})(?![\p{L}\p{N}]|[.:,]\d)(?:[ \t\u00a0]{0,2}[.:\-–])?[ \t\u00a0]{1,4}(?=\p{L})/gu;
// Words before a name that make it a reference: "bedoeld in Artikel 3", "zie Artikel 3", "van Artikel 3".
const CITES_BEFORE = /(?:^|[^\p{L}])(?:in|zie|van|bij|op|volgens|krachtens|conform|onder|met|dit|dat|het|de)[ \t\u00a0]*$/iu;
const MAX_INLINE_TITLE_WORDS = 8;

interface InlineArticle {
  start: number;
  number: string;
  numberStart: number;
  numberEnd: number;
  titleStart: number;
  titleEnd: number;
  bodyStart: number;
}

/** Whether a line is long enough to hold a draft and names an article in it (update.ts parses such a line in full). */
export function mayHoldInlineArticles(text: string, from: number, end: number): boolean {
  if (end - from < MIN_INLINE_DRAFT) return false;
  INLINE_ARTICLE.lastIndex = 0;
  return INLINE_ARTICLE.test(text.slice(from, end));
}

/** The article names in [from, end) of a line that number in sequence from `expected`. */
export function inlineArticles(text: string, from: number, end: number, expected: number): InlineArticle[] {
  const out: InlineArticle[] = [];
  const line = text.slice(from, end);
  INLINE_ARTICLE.lastIndex = 0;
  for (let m = INLINE_ARTICLE.exec(line); m; m = INLINE_ARTICLE.exec(line)) {
    if (Number(m[1]) !== expected || CITES_BEFORE.test(line.slice(Math.max(0, m.index - 14), m.index))) continue;
    expected++;
    const start = from + m.index;
    const numberStart = start + m[0].indexOf(m[1], 3);
    const titleStart = from + m.index + m[0].length;
    const { titleEnd, bodyStart } = inlineTitle(text, titleStart, end);
    out.push({ start, number: m[1], numberStart, numberEnd: numberStart + m[1].length, titleStart, titleEnd, bodyStart });
  }
  return out;
}

/**
 * The title after an inline article number: its first word, then words in lower case (or all in capitals after a
 * title in capitals), up to a word that ends in a full stop or colon, an item marker ("a.", "1.") or a capital.
 */
function inlineTitle(text: string, at: number, end: number): { titleEnd: number; bodyStart: number } {
  const re = /[^ \t\u00a0]+/gy;
  let i = at;
  let titleEnd = at;
  let caps = false;
  for (let w = 0; w < MAX_INLINE_TITLE_WORDS && i < end; w++) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m || m.index >= end) break;
    const word = m[0].slice(0, Math.max(0, end - m.index));
    if (/^(?:[a-z]|\d{1,2})[.)]$/.test(word) || (w > 0 && /^\d/.test(word))) break;
    const upper = /^\p{Lu}/u.test(word);
    const allCaps = !/\p{Ll}/u.test(word) && /\p{Lu}/u.test(word);
    if (w === 0) caps = allCaps;
    else if (caps ? !allCaps : upper) break;
    const stop = /[.:;]$/.test(word);
    titleEnd = m.index + word.length - (stop ? 1 : 0);
    i = m.index + word.length;
    while (i < end && isSpaceUnit(text.charCodeAt(i))) i++;
    if (stop) break;
  }
  return { titleEnd, bodyStart: i };
}

// "2. Uitvoering 2.1. Tekst": an article's bare number and title inside a line, its first clause right after them.
const INLINE_NUMBERED_ARTICLE = /(?<![\p{L}\p{N}.,])(\d{1,2})\.[ \t\u00a0]+(?=\p{Lu})/gu;

/** The bare article numbers in [from, end) of a line, in sequence from `expected`, each followed by its title and "N.1". */
function inlineNumberedArticles(text: string, from: number, end: number, expected: number | undefined): InlineArticle[] {
  const out: InlineArticle[] = [];
  const line = text.slice(from, end);
  INLINE_NUMBERED_ARTICLE.lastIndex = 0;
  for (let m = INLINE_NUMBERED_ARTICLE.exec(line); m; m = INLINE_NUMBERED_ARTICLE.exec(line)) {
    if (expected !== undefined && Number(m[1]) !== expected) continue;
    const titleStart = from + m.index + m[0].length;
    const { titleEnd, bodyStart } = inlineTitle(text, titleStart, end);
    const first = `${m[1]}.1`;
    if (titleEnd === titleStart || !text.startsWith(first, bodyStart) || /\d/.test(text[bodyStart + first.length] ?? '')) continue;
    if (expected === undefined) expected = Number(m[1]);
    expected++;
    const start = from + m.index;
    out.push({ start, number: m[1], numberStart: start, numberEnd: start + m[1].length, titleStart, titleEnd, bodyStart });
  }
  return out;
}

/** The clauses "N.1", "N.2" … of article N in one line, in sequence: the first where the text starts, the others before a capital. */
function inlineClauses(text: string, from: number, end: number, article: string): Array<{ start: number; number: string; contentStart: number }> {
  const out: Array<{ start: number; number: string; contentStart: number }> = [];
  let at = from;
  for (let k = 1; k < 100; k++) {
    const number = `${article}.${k}`;
    const i = k === 1 ? (text.startsWith(number, at) ? at : -1) : text.indexOf(number, at);
    if (i < 0 || i >= end) break;
    let c = i + number.length;
    if (text.charCodeAt(c) === 46) c++;
    const d = text.charCodeAt(c);
    const spaced = isSpaceUnit(d);
    while (c < end && isSpaceUnit(text.charCodeAt(c))) c++;
    // Not "2.10" for "2.1", nor a number inside a word or an amount; a clause's text starts with a capital.
    if (!spaced || (i > from && !isSpaceUnit(text.charCodeAt(i - 1))) || !/\p{Lu}/u.test(text[c] ?? '')) {
      if (k === 1) break;
      at = i + number.length;
      k--;
      continue;
    }
    out.push({ start: i, number, contentStart: c });
    at = c;
  }
  return out;
}

// An item marker inside a line: "1. " before a capital, "a. " before a letter; at its start or after ". : ;".
const INLINE_ITEM = /(?:^|(?<=[.:;!?])[ \t\u00a0]+)(?:(\d{1,2})\.[ \t\u00a0]+(?=\p{Lu})|([a-z])[.)][ \t\u00a0]+(?=\p{L}))/gu;

/** The leden ("1.", "2.") or lettered items ("a.", "b.") of an article's text in one line, in sequence from 1 or a. */
function inlineItems(text: string, from: number, end: number): Array<{ start: number; number: string; contentStart: number }> {
  const out: Array<{ start: number; number: string; contentStart: number }> = [];
  const body = text.slice(from, end);
  let next: string | undefined;
  INLINE_ITEM.lastIndex = 0;
  for (let m = INLINE_ITEM.exec(body); m; m = INLINE_ITEM.exec(body)) {
    const number = m[1] ?? m[2];
    if (next === undefined ? number !== '1' && number !== 'a' : number !== next) continue;
    next = m[1] !== undefined ? String(Number(number) + 1) : String.fromCharCode(number.charCodeAt(0) + 1);
    const start = from + m.index + m[0].indexOf(number);
    out.push({ start, number, contentStart: from + m.index + m[0].length });
  }
  return out;
}

// After the end of a sentence: a lid's number ("... niet. 2. Een ..."); no dotted number (RUN_TOGETHER reads those).
const RUN_TOGETHER_LID = /(?<=[.!?])[ \t\u00a0]+(\d{1,2})\.[ \t\u00a0]+(?=\p{Lu})/gu;

/** The next lid number inside [from, end) of a line, after the end of a sentence and before a capital. */
export function nextRunTogetherLid(text: string, from: number, end: number): { start: number; numberEnd: number; number: string; contentStart: number } | undefined {
  RUN_TOGETHER_LID.lastIndex = 0;
  const m = RUN_TOGETHER_LID.exec(text.slice(from, end));
  if (!m) return undefined;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { start, numberEnd: start + m[1].length, number: m[1], contentStart: from + m.index + m[0].length };
}

// A number right after these words stands in the sentence: a citation ("artikel 5.2 De ..."), a version, a page,
// an amount ("€ 2.5 De ..."), or the number a preposition, an article, a conjunction or a verb needs
// ("bij 3.5 De ...", "is 3.3 Daarbij ..."). No clause text or title ends on one of them.
const NUMBER_WORD = /(?:^|[^\p{L}])(?:artikel|artikelen|art\.|artt\.|lid|leden|zie|conform|krachtens|volgens|t\/m|bepaling|bepalingen|onderdeel|punt|versie|release|nummer|nr\.|pagina|blz\.|bijlage|hoofdstuk|paragraaf|sub|eur|€|de|het|een|in|onder|tot|met|om|van|op|bij|per|voor|naar|aan|uit|over|na|door|binnen|tegen|tussen|vanaf|sinds|zonder|circa|ca\.|ongeveer|maximaal|minimaal|hoogstens|hooguit|minstens|en|of|dan|als|is|zijn|was|waren|wordt|worden|werd|bedraagt|bedragen|beloopt|blijft|geldt|[=+×±~<>≤≥])$/iu;

/**
 * Whether a line stops on a word that needs what follows ("... bedraagt" + "3.3 De ..."); not on the "en" or "of"
 * that closes an item of a list ("...; en" + "2. de ...", "... of" + "2. ..."), which the next item follows.
 */
export function endsOnNumberWord(text: string, info: LineInfo): boolean {
  let e = info.end;
  while (e > info.contentStart && isSpaceUnit(text.charCodeAt(e - 1))) e--;
  const tail = text.slice(Math.max(info.contentStart, e - 14), e);
  return NUMBER_WORD.test(tail) && !LIST_JOIN.test(tail);
}

const LIST_JOIN = /(?:^|[^\p{L}])(?:en|of)$/iu;

/** Whether the text before `at` (back to `from`, past blanks) ends a sentence: ". ", "! ", "? ". */
function afterSentenceEnd(text: string, at: number, from: number): boolean {
  let e = at;
  while (e > from && isSpaceUnit(text.charCodeAt(e - 1))) e--;
  const c = e > from ? text.charCodeAt(e - 1) : 0;
  return c === 46 || c === 33 || c === 63;
}

/** Same length, same numbers but the last. */
function sameParent(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length - 1; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** `path.join('.') === parts.slice(0, -1).join('.')` without joining (path components never hold a dot). */
function isPrefixPath(path: string[], parts: string[]): boolean {
  if (path.length !== parts.length - 1) return false;
  for (let k = 0; k < path.length; k++) if (path[k] !== parts[k]) return false;
  return true;
}

/** An outline heading line without children, among headed siblings (an empty article), stays an article. */
function hasOutlineArticleSibling(
  n: StructureNode,
  roots: StructureNode[],
  memo: Map<StructureNode[], { total: number; headed: number; withChildren: number; withBody: number }>,
  hasBody: (s: StructureNode) => boolean,
): boolean {
  const list = n.parent ? n.parent.children : roots;
  let c = memo.get(list);
  if (!c) {
    c = { total: 0, headed: 0, withChildren: 0, withBody: 0 };
    for (const s of list) {
      if (s.style !== 'outline') continue;
      c.total++;
      if (s.heading !== undefined) {
        c.headed++;
        if (s.children.length > 0) c.withChildren++;
        else if (hasBody(s)) c.withBody++;
      }
    }
    memo.set(list, c);
  }
  // n itself has no children, so any headed sibling with children is another node. Titles over unnumbered
  // paragraphs, most of the headed ones, are articles too.
  return c.total > 1 && c.headed * 3 >= c.total * 2 && (c.withChildren > 0 || c.withBody * 3 >= c.headed * 2);
}

function skipTo(text: string, i: number, end: number): number {
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 46)) i++;
  return i;
}

function buildBlocks(text: string, nodes: StructureNode[], lines: LineIndex): Block[] {
  const starts: number[] = [0];
  let articles = false;
  for (const n of nodes) {
    if (n.kind === 'article') articles = true;
    // A chapter heading on a plain line is no edge: such a line may be the end of a sentence's citation.
    if ((n.kind === 'article' || (n.kind === 'part' && n.partNumber === undefined)) && n.span.start > starts[starts.length - 1]) starts.push(n.span.start);
  }
  if (!articles) return headlessArticleBlocks(text, nodes, lines, starts);
  return blocksAt(text, starts, lines);
}

/**
 * A draft numbered "1.1", "1.2", "2.1" … without any article heading: its articles are the first number level
 * (article 2 = clauses 2.x), each a block of its own, from the line of its first clause. Clauses run together
 * on one line stay in the block of that line (blocks start at line starts).
 */
function headlessArticleBlocks(text: string, nodes: StructureNode[], lines: LineIndex, edges: number[]): Block[] {
  const starts: number[] = [0];
  let e = 1;
  let article: string | undefined;
  for (const n of nodes) {
    if (n.style !== 'dotted' || n.path.length < 2 || (n.parent !== undefined && n.parent.kind !== 'part')) continue;
    if (n.path[0] === article) continue;
    article = n.path[0];
    if (lines.lineStarts[n.line] !== n.span.start) continue;
    while (e < edges.length && edges[e] <= n.span.start) if (edges[e++] > starts[starts.length - 1]) starts.push(edges[e - 1]);
    if (n.span.start > starts[starts.length - 1]) starts.push(n.span.start);
  }
  for (; e < edges.length; e++) if (edges[e] > starts[starts.length - 1]) starts.push(edges[e]);
  return blocksAt(text, starts, lines);
}

function blocksAt(text: string, starts: number[], lines: LineIndex): Block[] {
  const blocks: Block[] = [];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    if (end <= start && !(start === 0 && text.length === 0)) continue;
    blocks.push({ span: { start, end }, text: blockText(text, start, end), firstLine: lines.lineAt(start) });
  }
  return blocks;
}

/**
 * The style of a capital item ("A.", "II)") after the previous one of its list, or as the first ("A" or "I"
 * only); undefined where it does not follow on.
 */
function upperItemStyle(written: string, prev: StructureNode | undefined): StructureNode['style'] | undefined {
  const roman = romanValue(written.toLowerCase());
  if (!prev) return written === 'A' ? 'letter' : roman === 1 ? 'roman' : undefined;
  if (prev.style === 'roman') return roman !== undefined && roman === (romanValue(prev.written.toLowerCase()) ?? 0) + 1 ? 'roman' : undefined;
  return written.length === 1 && written.charCodeAt(0) === prev.written.charCodeAt(0) + 1 ? 'letter' : undefined;
}

/** The line of a capital item, its number and text where upperItemOf found them. */
function upperItemLine(info: LineInfo, item: NonNullable<ReturnType<typeof upperItemOf>>): LineInfo {
  return { ...info, number: item.number, numberStart: item.numberStart, numberEnd: item.numberStart + item.number.length, contentStart: item.contentStart };
}
