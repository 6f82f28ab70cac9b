// The supporting parts of a .docx as plain data: relationships, styles, list definitions, notes.
import { attr, child, children, isOn, kids, parseXml, tagOf, valOf, type XmlNode } from './xml';
import { resolvePart } from './zip';
import type { AbstractNum, NumInstance, NumLevel, Numbering } from './numbering';

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/** Relationships of a part, by id (from its _rels/<name>.rels). */
export function readRels(parts: Map<string, string>, part: string): Map<string, Relationship> {
  const slash = part.lastIndexOf('/');
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const xml = parts.get(relsPath);
  const out = new Map<string, Relationship>();
  if (!xml) return out;
  const root = parseXml(xml).find((n) => tagOf(n) === 'Relationships');
  for (const r of children(root, 'Relationship')) {
    const id = attr(r, 'Id');
    const target = attr(r, 'Target') ?? '';
    const external = attr(r, 'TargetMode') === 'External';
    if (id) out.set(id, { type: attr(r, 'Type') ?? '', target: external ? target : resolvePart(part, target), external });
  }
  return out;
}

/** The part a relationship of this type points to, e.g. relTarget(rels, 'numbering'). */
export function relTarget(rels: Map<string, Relationship>, kind: string): string | undefined {
  for (const r of rels.values()) if (!r.external && r.type.endsWith(`/${kind}`)) return r.target;
  return undefined;
}

export interface ParagraphStyle {
  id: string;
  name: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
}

export interface Styles {
  byId: Map<string, ParagraphStyle>;
  defaultParagraph?: string;
}

export function readStyles(xml: string | undefined): Styles {
  const byId = new Map<string, ParagraphStyle>();
  let defaultParagraph: string | undefined;
  if (!xml) return { byId };
  const root = parseXml(xml).find((n) => tagOf(n) === 'styles');
  for (const s of children(root, 'style')) {
    if (attr(s, 'type') !== 'paragraph' && attr(s, 'type') !== 'numbering') continue;
    const id = attr(s, 'styleId');
    if (!id) continue;
    const pPr = child(s, 'pPr');
    const numPr = child(pPr, 'numPr');
    const ilvl = valOf(numPr, 'ilvl');
    const outline = valOf(pPr, 'outlineLvl');
    byId.set(id, {
      id,
      name: valOf(s, 'name') ?? id,
      basedOn: valOf(s, 'basedOn'),
      numId: valOf(numPr, 'numId'),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
      outlineLevel: outline === undefined ? undefined : Number(outline),
    });
    if (attr(s, 'type') === 'paragraph' && /^(1|true|on)$/i.test(attr(s, 'default') ?? '')) defaultParagraph = id;
  }
  return { byId, defaultParagraph };
}

/** A style and the styles it is based on, nearest first (a cycle stops the walk). */
export function styleChain(styles: Styles, id: string | undefined): ParagraphStyle[] {
  const out: ParagraphStyle[] = [];
  const seen = new Set<string>();
  for (let s = id ? styles.byId.get(id) : undefined; s && !seen.has(s.id); s = s.basedOn ? styles.byId.get(s.basedOn) : undefined) {
    seen.add(s.id);
    out.push(s);
  }
  return out;
}

function readLevel(l: XmlNode): NumLevel {
  const restart = valOf(l, 'lvlRestart');
  return {
    format: valOf(l, 'numFmt') ?? 'decimal',
    text: valOf(l, 'lvlText') ?? '',
    start: Number(valOf(l, 'start') ?? 1) || 0,
    legal: isOn(l, 'isLgl'),
    restart: restart === undefined ? undefined : Number(restart),
    style: valOf(l, 'pStyle'),
  };
}

/**
 * numbering.xml as data. An abstract definition that only links to a numbering style (w:numStyleLink)
 * takes the levels of the definition that style points to.
 */
export function readNumbering(xml: string | undefined, styles: Styles): Numbering {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, NumInstance>();
  if (!xml) return { abstracts, nums };
  const root = parseXml(xml).find((n) => tagOf(n) === 'numbering');
  const links = new Map<string, string>();
  for (const a of children(root, 'abstractNum')) {
    const id = attr(a, 'abstractNumId');
    if (id === undefined) continue;
    const levels: Array<NumLevel | undefined> = [];
    for (const l of children(a, 'lvl')) {
      const k = Number(attr(l, 'ilvl'));
      if (k >= 0 && k < 9) levels[k] = readLevel(l);
    }
    abstracts.set(id, { levels });
    const link = valOf(a, 'numStyleLink');
    if (link) links.set(id, link);
  }
  for (const n of children(root, 'num')) {
    const id = attr(n, 'numId');
    const abstractId = valOf(n, 'abstractNumId');
    if (id === undefined || abstractId === undefined) continue;
    const overrides = new Map<number, { start?: number; level?: NumLevel }>();
    for (const o of children(n, 'lvlOverride')) {
      const k = Number(attr(o, 'ilvl'));
      const start = valOf(o, 'startOverride');
      const lvl = child(o, 'lvl');
      overrides.set(k, { start: start === undefined ? undefined : Number(start), level: lvl ? readLevel(lvl) : undefined });
    }
    nums.set(id, { abstractId, overrides });
  }
  for (const [id, styleId] of links) {
    const numId = styleChain(styles, styleId).find((s) => s.numId)?.numId;
    const target = numId ? nums.get(numId)?.abstractId : undefined;
    const levels = target !== undefined && target !== id ? abstracts.get(target)?.levels : undefined;
    if (levels) abstracts.set(id, { levels });
  }
  return { abstracts, nums };
}

/** Footnotes or endnotes by id (separators left out), each as the XML of its paragraphs. */
export function readNotes(xml: string | undefined, tag: 'footnote' | 'endnote'): Map<string, XmlNode[]> {
  const out = new Map<string, XmlNode[]>();
  if (!xml) return out;
  const root = parseXml(xml).find((n) => tagOf(n) === `${tag}s`);
  for (const n of children(root, tag)) {
    const type = attr(n, 'type');
    if (type && type !== 'normal') continue;
    const id = attr(n, 'id');
    if (id !== undefined) out.set(id, kids(n));
  }
  return out;
}

/** How many comments the document carries (comments.xml). */
export function countComments(xml: string | undefined): number {
  if (!xml) return 0;
  return children(parseXml(xml).find((n) => tagOf(n) === 'comments'), 'comment').length;
}
