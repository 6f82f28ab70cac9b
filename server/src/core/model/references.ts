// Cross-references inside the draft: "artikel 4.2", "art. 3 lid 2", "lid 2 van dit artikel", "het vorige lid".
import type { CrossReference, DocumentModel, StructureNode } from './types';

// One pass finds every candidate; the branch that matched decides how it resolves.
const REFERENCE = new RegExp(
  [
    // absolute: artikel 3, artikel 3.2, art. 3 lid 2, artikel 8.3 sub b, artikel 3, lid 2
    String.raw`\b(?<abs>[Aa]rt(?:ikel|\.)[ \t]+(?<num>\d{1,4}(?:\.\d{1,4}){0,4})(?![\d:])(?:,?[ \t]+lid[ \t]+(?<lid>\d{1,3}))?(?:[ \t]+(?:sub|onder)[ \t]+(?<sub>[a-z])\b)?)`,
    // relative: lid 2 (van dit artikel), de leden 2 en 3
    String.raw`\b(?<leden>(?:de[ \t]+)?leden[ \t]+(?<l1>\d{1,3})(?:[ \t]*,[ \t]*\d{1,3}){0,8}[ \t]+(?:en|tot en met|t/m)[ \t]+(?<l2>\d{1,3}))`,
    String.raw`\b(?<rlid>lid[ \t]+(?<rn>\d{1,3})(?:[ \t]+van[ \t]+dit[ \t]+artikel)?)`,
    String.raw`\b(?<prev>(?:het|de)[ \t]+(?:vorige|voorgaande|vorig)[ \t]+(?<pk>lid|artikel|bepaling))`,
    // dotted number after a pointing word: "het bepaalde in 1.2.6", "hiervoor in 4.3"
    String.raw`\b(?<dot>(?:in|onder|conform|volgens)[ \t]+(?<dn>\d{1,3}(?:\.\d{1,3}){1,4})(?![\d:]))`,
  ].join('|'),
  'g',
);

// A law name right after the number makes it a statute citation, not an internal reference.
const LAW_AFTER = /^(?:,?[ \t]+(?:lid|sub|onder)[ \t]+\S{1,4})*[ \t,]*(?:van[ \t]+(?:de|het)[ \t]+)?(?:BW|Rv|Sr|Sv|AVG|UAVG|Burgerlijk|Wetboek|[\p{Lu}][\p{Ll}]*(?:wet|Wet|wetboek|besluit|Besluit|verordening|Verordening|richtlijn|Richtlijn)|[\p{Ll}]*(?:wet|wetboek|besluit)\b|EVRM|VWEU|Grondwet)/u;

export function findReferences(model: DocumentModel): CrossReference[] {
  const { text } = model;
  const refs: CrossReference[] = [];
  const citations = model.citations;
  let ci = 0;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (ci < citations.length && citations[ci].span.end <= start) ci++;
    if (ci < citations.length && citations[ci].span.start < end) continue; // inside a statute citation
    const g = m.groups!;
    const from = innermostNode(model.nodes, start);
    const article = articleOf(from);
    if (g.abs) {
      if (LAW_AFTER.test(text.slice(end, end + 60))) continue;
      const path = g.num.split('.');
      if (g.lid) path.push(g.lid);
      if (g.sub) path.push(g.sub);
      refs.push(resolve(model, { span: { start, end }, text: m[0], targetPath: path, relative: false, from }));
    } else if (g.leden) {
      if (!article || LAW_AFTER.test(text.slice(end, end + 60))) continue;
      // Each number in the list is its own reference.
      const numRe = /\d{1,3}/g;
      for (let n = numRe.exec(m[0]); n; n = numRe.exec(m[0])) {
        const s = start + n.index;
        refs.push(resolve(model, { span: { start: s, end: s + n[0].length }, text: n[0], targetPath: [...article.path, n[0]], relative: true, from }));
      }
    } else if (g.rlid) {
      if (!article || LAW_AFTER.test(text.slice(end, end + 60))) continue;
      // "artikel 3 lid 2" is matched by the absolute branch first; a bare "lid 2" is relative.
      refs.push(resolve(model, { span: { start, end }, text: m[0], targetPath: [...article.path, g.rn], relative: true, from }));
    } else if (g.prev) {
      const target = g.pk === 'artikel' ? previousSibling(article) : previousSibling(clauseOf(from));
      refs.push({ span: { start, end }, text: m[0], targetPath: target?.path, target, relative: true, from });
    } else if (g.dot) {
      if (LAW_AFTER.test(text.slice(end, end + 60))) continue;
      const numStart = start + m[0].indexOf(g.dn);
      refs.push(resolve(model, { span: { start: numStart, end }, text: g.dn, targetPath: g.dn.split('.'), relative: false, from }));
    }
  }
  return refs;
}

function resolve(model: DocumentModel, ref: CrossReference): CrossReference {
  if (ref.targetPath) ref.target = model.byLabel.get(ref.targetPath.join('.'))?.[0];
  return ref;
}

export function innermostNode(nodes: StructureNode[], offset: number): StructureNode | undefined {
  // nodes are in document order; the last node starting at or before offset that still contains it is innermost.
  let lo = 0;
  let hi = nodes.length - 1;
  let idx = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid].span.start <= offset) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let n: StructureNode | undefined = nodes[idx]; n; n = n.parent) if (offset < n.span.end || n.span.end === n.span.start) return n;
  return undefined;
}

export function articleOf(n: StructureNode | undefined): StructureNode | undefined {
  for (let x = n; x; x = x.parent) if (x.kind === 'article') return x;
  return undefined;
}

function clauseOf(n: StructureNode | undefined): StructureNode | undefined {
  for (let x = n; x; x = x.parent) if (x.kind === 'clause') return x;
  return undefined;
}

function previousSibling(n: StructureNode | undefined): StructureNode | undefined {
  if (!n?.parent) return undefined;
  const i = n.parent.children.indexOf(n);
  return i > 0 ? n.parent.children[i - 1] : undefined;
}
