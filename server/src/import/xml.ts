// XML access for WordprocessingML parts: fast-xml-parser in document order, namespace prefixes removed
// (generators differ in prefixes, not in local names), attributes and text kept as written.
import { XMLParser } from 'fast-xml-parser';

/** One element or text node as fast-xml-parser's preserveOrder mode gives it. */
export type XmlNode = { [tag: string]: XmlNode[] } & { ':@'?: Record<string, string>; '#text'?: string };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
});

export function parseXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[];
}

/** The element name of a node ('' for text). */
export function tagOf(node: XmlNode): string {
  for (const k in node) if (k !== ':@' && k !== '#text') return k;
  return '';
}

export function kids(node: XmlNode | undefined): XmlNode[] {
  if (!node) return [];
  const t = tagOf(node);
  return t ? node[t] ?? [] : [];
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  return node?.[':@']?.[name];
}

export function child(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  return kids(node).find((k) => tagOf(k) === tag);
}

export function children(node: XmlNode | undefined, tag: string): XmlNode[] {
  return kids(node).filter((k) => tagOf(k) === tag);
}

/** w:val of a child element, e.g. valOf(pPr, 'pStyle'). */
export function valOf(node: XmlNode | undefined, tag: string): string | undefined {
  return attr(child(node, tag), 'val');
}

/** An on/off property (w:b, w:vanish, w:isLgl): present and not switched off. */
export function isOn(node: XmlNode | undefined, tag: string): boolean {
  const c = child(node, tag);
  if (!c) return false;
  const v = attr(c, 'val');
  return v === undefined || !/^(0|false|off)$/i.test(v);
}

/** Plain text of all w:t below the nodes. */
export function textOf(nodes: XmlNode[]): string {
  let s = '';
  for (const n of nodes) {
    const t = tagOf(n);
    if (t === 't') s += kids(n).map((k) => k['#text'] ?? '').join('');
    else if (t) s += textOf(n[t] ?? []);
  }
  return s;
}
