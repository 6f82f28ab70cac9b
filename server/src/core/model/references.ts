// Cross-references inside the draft: "artikel 4.2", "art. 3 lid 2", "lid 2 van dit artikel", "de leden 2 en 3",
// "het vorige lid", "sub b", "het hiervoor in 1.2.6 bepaalde". Statute citations ("artikel 7:404 BW",
// "artikel 11.7 Telecommunicatiewet", "artikel 6 AVG") are never references.
import { headlessArticleClauses } from './numbering';
import { splitDots } from './path';
import type { CrossReference, DocumentModel, ReferenceToken, StructureNode } from './types';
import { detached } from '../text/detached';
import { frontMatterEnd } from '../text/frontMatter';
import { firstNotBefore } from '../text/search';
import { firstAtOrAfter, moveInPlace, straddlesAt, type LineEdit } from './edit';

const ORDINAL: Record<string, string> = {
  eerste: '1', tweede: '2', derde: '3', vierde: '4', vijfde: '5', zesde: '6', zevende: '7', achtste: '8', negende: '9', tiende: '10',
};
const NUM = String.raw`\d{1,4}(?:\.\d{1,4}){0,4}(?![\d:]|\.\d)`;
const LIST_SEP = String.raw`(?:[ \t]{0,2},[ \t]{0,2}|[ \t]{1,3}(?:en|of|tot[ \t]{1,3}en[ \t]{1,3}met|t\/m)[ \t]{1,3})`;
const VAN_ARTIKEL = String.raw`(?:[ \t]{1,3}(?:van|uit)[ \t]{1,3}(?:dit[ \t]{1,3}(?<dit>artikel)|(?:het[ \t]{1,3})?(?:[Aa]rt(?:ikel|\.))[ \t]{0,3}(?<vanArt>\d{1,4}(?:\.\d{1,4}){0,3})(?![\d:]|\.\d)))?`;

// One pass finds every candidate; the named group that matched decides how it resolves.
// One \b in front of the whole alternation: the engine checks it once per position, not once per branch.
const REFERENCE = new RegExp(
  String.raw`\b(?:` +
  [
    // de artikelen 3 en 4, artikelen 3.1 tot en met 3.4
    String.raw`(?<arts>[Aa]rtikelen|ARTIKELEN)[ \t]{1,3}(?<artList>${NUM}(?:${LIST_SEP}${NUM}){0,8})`,
    // artikel 3, artikel 3.2, art. 3 lid 2, artikel 3, tweede lid, artikel 8.3 sub b
    String.raw`(?<abs>[Aa]rt(?:ikel|\.)|ARTIKEL)[ \t]{0,3}(?<num>${NUM})(?:\.?(?<glued>[a-z])(?![A-Za-zÀ-ÿ0-9-]))?(?:,?[ \t]{1,3}lid[ \t]{1,3}(?<lid>\d{1,3})(?![\d:]|\.\d)|,?[ \t]{1,3}(?<ordLid>eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)[ \t]{1,3}lid)?(?:,?[ \t]{1,3}(?:sub|onder)[ \t]{1,3}(?<sub>[a-z])(?![A-Za-zÀ-ÿ0-9-]))?(?<absMore>(?:${LIST_SEP}\d{1,4}(?:\.\d{1,4}){1,4}(?![\d:]|\.\d)){1,8})?`,
    // de leden 2 en 3 (van dit artikel / van artikel 5)
    String.raw`(?<leden>(?:de[ \t]{1,3})?leden)[ \t]{1,3}(?<ledenList>\d{1,3}(?:${LIST_SEP}\d{1,3}){1,8})(?![\d:]|\.\d)${VAN_ARTIKEL}`,
    // lid 2 (van dit artikel / van artikel 5), het tweede lid
    String.raw`(?<lidWord>[Ll]id)[ \t]{1,3}(?<rn>\d{1,3})(?![\d:]|\.\d)(?<lidMore>(?:${LIST_SEP}\d{1,3}(?![\d:]|\.\d)){1,8})?(?:[ \t]{1,3}(?:sub|onder)[ \t]{1,3}(?<lidSub>[a-z])(?![A-Za-zÀ-ÿ0-9-]))?${VAN_ARTIKEL}`.replace(/<dit>/, '<dit2>').replace(/<vanArt>/, '<vanArt2>'),
    String.raw`(?<ord>(?:het[ \t]{1,3})?(?<ordN>eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)[ \t]{1,3}lid)\b${VAN_ARTIKEL}`.replace(/<dit>/, '<dit3>').replace(/<vanArt>/, '<vanArt3>'),
    // het vorige lid, het voorgaande artikel, het volgende lid
    String.raw`(?<pos>(?:[Hh]et|[Dd]e)[ \t]{1,3}(?<dir>vorige|voorgaande|vorig|volgende|navolgende)[ \t]{1,3}(?<pk>lid|artikel))\b`,
    // sub b
    String.raw`(?<subWord>sub|onder)[ \t]{1,3}(?<subL>[a-z])(?![A-Za-zÀ-ÿ0-9-])(?![.)][ \t]{0,2}[A-ZÀ-Þ])`,
    // a dotted number after a pointing word: "het bepaalde in 1.2.6", "hiervoor in 4.3", "bedoeld onder 3.1"
    String.raw`(?<dot>in|onder|conform|volgens|bij|zie|uit)[ \t]{1,3}(?:(?:de|het)[ \t]{1,3})?(?<dn>\d{1,3}(?:\.\d{1,2}){1,4})(?![\d:,]|\.\d)(?![ \t]{0,2}(?:%|‰|€|euro|procent|uur|u\b|jaar|maand|week|weken|dag|dagen|keer|x\b|miljoen|kg|km|GB|MB|TB))(?<dotMore>(?:${LIST_SEP}\d{1,3}(?:\.\d{1,2}){1,4}(?![\d:,]|\.\d)){1,8})?`,
    // bijlage 1, Bijlage B
    String.raw`(?<bij>[Bb]ijlage|BIJLAGE)[ \t]{1,3}(?<bn>\d{1,2}|[A-Z])(?![\dA-Za-z]|\.\d)`,
  ].join('|') +
    ')',
  'g', // no /u: Unicode classes make a whole-text scan several times slower
);

// The same pattern without its groups finds the matches: a match then costs one small array, not ~60 captures
// and a groups object. The grouped pattern runs, sticky, only at a match that may become a reference, and
// matches there exactly as it would have (groups do not change what a pattern matches).
const REFERENCE_FIND = new RegExp(REFERENCE.source.replace(/\(\?<(?=[A-Za-z])[A-Za-z0-9]*>/g, '(?:'), 'g');
const REFERENCE_AT = new RegExp(REFERENCE.source, 'y');
// How a match of the `abs` branch starts, and of the `arts` branch (tried first; all others start differently).
const ABS_START = /(?:[Aa]rt(?:ikel|\.)|ARTIKEL)/y;
const ARTS_START = /(?:[Aa]rtikelen|ARTIKELEN)/y;

// A law's name right after the number makes it a statute citation, not an internal reference; also a name of more
// words ending in one ("artikel 3, eerste lid, van de Algemene Termijnenwet").
const LAW_AFTER =
  /^(?:[ \t,]{0,3}(?:lid|sub|onder|aanhef|en|onderdeel|eerste|tweede|derde|vierde|vijfde)[ \t]{1,3}[\p{L}\p{N}°]{0,4}(?:[ \t]{1,3}lid)?){0,4}[ \t,]{0,3}(?:(?:van|uit)[ \t]{1,3}(?:(?:de|het)[ \t]{1,3})?)?(?:(?:[Bb]oek[ \t]{1,3}\d{1,2}[ \t,]{0,3})?(?:BW|B\.W\.|Rv|Sr|Sv|Awb|AVG|UAVG|GDPR|EVRM|VWEU|Wbp|Gw|Burgerlijk|Wetboek|Grondwet|Wet\b|Richtlijn\b|Verordening\b|Besluit\b)|[Bb]oek[ \t]{1,3}\d{1,2}\b|(?:[\p{Lu}][\p{Ll}-]{1,30}[ \t]{1,3}){1,3}(?:Wet|Verordening|Richtlijn|Besluit|Wetboek)\b|(?:[\p{Lu}][\p{Ll}-]{1,30}[ \t]{1,3}){0,3}[\p{Lu}][\p{L}]{0,40}(?:wet|wetboek|besluit|verordening|richtlijn|regeling|code)\b|(?:[\p{Lu}][\p{Ll}-]{1,30}[ \t]{1,3}){1,3}[\p{Ll}]{1,40}(?:wet|wetboek|besluit|verordening|richtlijn)\b|[\p{Ll}]{1,40}(?:wet|wetboek|besluit|verordening|richtlijn)\b|(?!(?:EN|OF|LID|SUB|VAN|DE|HET|TOT|MET|AV|AVW)\b)[\p{Lu}]{2,}[\p{L}\d~-]{0,30}(?![\p{L}\d])|(?!Algemene\b)(?:[\p{Lu}][\p{L}\d-]{1,30}[ \t]{1,3}){1,3}[Vv]oorwaarden\b)/u;
// "artikel 4 van de Verwerkersovereenkomst", "artikel 2 van bijlage 1": another document.
const OTHER_DOCUMENT_AFTER = /^(?:,?[ \t]{1,3}(?:lid|sub|onder)[ \t]{1,3}[\p{L}\p{N}]{1,3}){0,3}[ \t,]{0,3}(?:van|uit)[ \t]{1,3}(?:(?:de|het|die|deze)[ \t]{1,3})?(?!(?:deze|dit|onderhavige)\b)(?!(?:algemene[ \t]{1,3})?[Vv]oorwaarden\b)(?![Aa]lgemene[ \t]{1,3}[Vv]oorwaarden\b)(?:[Bb]ijlage|[\p{L}]{0,30}(?:overeenkomst|[Oo]vereenkomst|contract|[Cc]ontract|reglement|[Rr]eglement|[Oo]fferte|SLA|[Pp]rotocol|[Vv]erdrag)\b)/u;
// "bijlage 2 bij de Raamovereenkomst", "bijlage 1 van de SLA": an annex of another document.
const ANNEX_ELSEWHERE = /^[ \t,]{0,3}(?:bij|van|uit|behorend[ \t]{1,3}bij)[ \t]{1,3}(?:(?:de|het|die)[ \t]{1,3})?(?!(?:deze|dit|onderhavige)\b)[\p{L}]/u;
// "lid 1 van artikel 7:408 BW": the ordinal or number belongs to a statute citation that follows.
const STATUTE_AFTER = /^[ \t]{1,3}(?:van|uit)[ \t]{1,3}(?:het[ \t]{1,3})?(?:artikel|art\.)[ \t]{1,3}\d{1,4}:/;

/**
 * `range`: only matches starting in [range.start, range.end) are read, as a scan of a text that is blank
 * before range.start (a line start) would find them (the incremental parser's window).
 */
export function findReferences(model: DocumentModel, range?: { start: number; end: number }): CrossReference[] {
  const { text } = model;
  const refs: CrossReference[] = [];
  const citations = model.citations;
  const nodes = model.nodes;
  let last = -1;
  let ci = 0;
  // "artikel 12" in YAML front matter is metadata, not a reference of the draft.
  REFERENCE_FIND.lastIndex = Math.max(range ? range.start : 0, frontMatterEnd(text));
  const stop = range ? range.end : Infinity;
  for (let f = REFERENCE_FIND.exec(text); f && f.index < stop; f = REFERENCE_FIND.exec(text)) {
    const start = f.index;
    const end = start + f[0].length;
    while (ci < citations.length && citations[ci].span.end <= start) ci++;
    if (ci < citations.length && citations[ci].span.start < end) continue; // inside a statute citation
    // Matches come in text order: the last node starting at or before `start` moves forward with them.
    while (last + 1 < nodes.length && nodes[last + 1].span.start <= start) last++;
    const from = innermostFrom(nodes, last, start);
    // "Artikel 3" that is itself a heading is no reference, read as one or not ("Artikel 10. Duur").
    if (from && from.line === model.lines.lineAt(start) && from.numberSpan.start >= start && from.numberSpan.end <= end && from.kind !== 'clause' && from.kind !== 'item' && isAbsAt(text, start)) continue;
    REFERENCE_AT.lastIndex = start;
    const m = REFERENCE_AT.exec(text)!;
    const g = m.groups!;
    const push = (r: Omit<CrossReference, 'from' | 'text'>) => {
      // Built field by field: an object spread here costs more than the whole regex pass.
      const ref: CrossReference = {
        span: r.span,
        text: detached(text.slice(r.span.start, r.span.end)),
        tokens: r.tokens,
        form: r.form,
        targetPath: r.targetPath,
        target: r.target,
        relative: r.relative,
        from,
      };
      if (ref.targetPath && !ref.target && r.form !== 'positional' && r.form !== 'sub' && r.form !== 'bijlage') ref.target = resolvePath(model, ref.targetPath);
      refs.push(ref);
    };
    if (g.abs || g.arts) {
      if (lawOrOtherDocumentAfter(text, end)) continue;
      if (g.abs) {
        if (!g.lid && !g.ordLid && !g.sub && !g.absMore && isHeadingAt(text, start, end)) continue;
        const numStart = start + m[0].indexOf(g.num, g.abs.length);
        const path = splitDots(g.num);
        const tokens: ReferenceToken[] = [{ span: { start: numStart, end: numStart + g.num.length }, from: 0, to: path.length }];
        const lid = g.lid ?? (g.ordLid ? ORDINAL[g.ordLid.toLowerCase()] : undefined);
        if (lid) {
          if (g.lid) {
            const at = start + m[0].indexOf(g.lid, numStart - start + g.num.length);
            tokens.push({ span: { start: at, end: at + g.lid.length }, from: path.length, to: path.length + 1 });
          }
          path.push(lid);
        }
        if (g.glued && !lid && !g.sub) {
          // "artikel 10c", "artikel 6.b": sub c of article 10, unless the draft numbers an article "10c".
          const at = start + m[0].indexOf(g.glued, numStart - start + g.num.length);
          if (path.length === 1 && resolvePath(model, [g.num + g.glued])) path[0] = g.num + g.glued;
          else {
            tokens.push({ span: { start: at, end: at + 1 }, from: path.length, to: path.length + 1 });
            path.push(g.glued);
          }
          tokens[0].span.end = path.length === 1 ? at + 1 : tokens[0].span.end;
        }
        if (g.sub) {
          const at = start + m[0].lastIndexOf(g.sub);
          tokens.push({ span: { start: at, end: at + 1 }, from: path.length, to: path.length + 1 });
          path.push(g.sub);
        }
        if (g.absMore) {
          // "artikel 5.3 en 5.4": the first reference ends at its own number, the others are their numbers.
          const firstEnd = start + m[0].length - g.absMore.length;
          push({ span: { start, end: firstEnd }, tokens, targetPath: path, relative: false, form: 'artikel' });
          eachNumber(g.absMore, firstEnd, /\d{1,4}(?:\.\d{1,4}){1,4}/g, (n, s) => {
            const p = splitDots(n);
            push({ span: { start: s, end: s + n.length }, tokens: [{ span: { start: s, end: s + n.length }, from: 0, to: p.length }], targetPath: p, relative: false, form: 'artikel' });
          });
        } else push({ span: { start, end }, tokens, targetPath: path, relative: false, form: 'artikel' });
      } else {
        const listStart = start + m[0].indexOf(g.artList, g.arts.length);
        eachNumber(g.artList, listStart, /\d{1,4}(?:\.\d{1,4}){0,4}/g, (n, s) => {
          const path = splitDots(n);
          push({ span: { start: s, end: s + n.length }, tokens: [{ span: { start: s, end: s + n.length }, from: 0, to: path.length }], targetPath: path, relative: false, form: 'artikel' });
        });
      }
    } else if (g.leden || g.lidWord || g.ord) {
      if (lawAfter(text, end) || STATUTE_AFTER.test(text.slice(end, end + 40))) continue;
      const vanArt = g.vanArt ?? g.vanArt2 ?? g.vanArt3;
      const base = vanArt ? splitDots(vanArt) : articlePathOf(from);
      if (!base) continue;
      const relative = !vanArt;
      if (g.leden) {
        const listStart = start + m[0].indexOf(g.ledenList, g.leden.length);
        eachNumber(g.ledenList, listStart, /\d{1,3}/g, (n, s) => {
          push({ span: { start: s, end: s + n.length }, tokens: [{ span: { start: s, end: s + n.length }, from: base.length, to: base.length + 1 }], targetPath: [...base, n], relative, form: 'leden' });
        });
      } else if (g.lidWord && g.lidMore) {
        // "lid 1 en 2 (van dit artikel)": like "de leden 1 en 2", one reference per number.
        const listStart = start + m[0].indexOf(g.rn, 3);
        eachNumber(m[0].slice(listStart - start, listStart - start + g.rn.length + g.lidMore.length), listStart, /\d{1,3}/g, (n, s) => {
          push({ span: { start: s, end: s + n.length }, tokens: [{ span: { start: s, end: s + n.length }, from: base.length, to: base.length + 1 }], targetPath: [...base, n], relative, form: 'leden' });
        });
      } else if (g.lidWord) {
        const s = start + m[0].indexOf(g.rn, 3);
        const tokens: ReferenceToken[] = [{ span: { start: s, end: s + g.rn.length }, from: base.length, to: base.length + 1 }];
        const path = [...base, g.rn];
        if (g.lidSub) {
          const at = start + m[0].indexOf(g.lidSub, s - start + g.rn.length);
          tokens.push({ span: { start: at, end: at + 1 }, from: path.length, to: path.length + 1 });
          path.push(g.lidSub);
        }
        push({ span: { start, end }, tokens, targetPath: path, relative, form: 'lid' });
      } else {
        push({ span: { start, end }, tokens: [], targetPath: [...base, ORDINAL[g.ordN.toLowerCase()]], relative, form: 'lid' });
      }
    } else if (g.pos) {
      const forward = /volgende/.test(g.dir);
      // Articles are in sequence through the whole draft, across chapters; leden within their article.
      const target = g.pk === 'artikel' ? adjacentArticle(model.nodes, articleOf(from), forward) : sibling(model.roots, numberedOf(from), forward ? 1 : -1);
      push({ span: { start, end }, tokens: [], targetPath: target?.path, target, relative: true, form: 'positional' });
    } else if (g.subWord) {
      let clause = clauseOf(from) ?? articleOf(from);
      if (!clause) continue;
      // "het bepaalde sub c" in the clause after a list: the letters of the nearest clause before it that has them.
      if (!clause.children.some((c) => c.style === 'letter')) clause = lettered(clause) ?? clause;
      const target = clause.children.find((c) => c.style === 'letter' && c.written === g.subL);
      // Without letter items nearby, "onder a" is more likely prose or a statute's sub.
      if (!target && (g.subWord === 'onder' || !clause.children.some((c) => c.style === 'letter'))) continue;
      const s = end - 1;
      push({ span: { start, end }, tokens: [{ span: { start: s, end }, from: clause.path.length, to: clause.path.length + 1 }], targetPath: [...clause.path, g.subL], target, relative: true, form: 'sub' });
    } else if (g.dot) {
      if (lawOrOtherDocumentAfter(text, end)) continue;
      const numStart = start + m[0].indexOf(g.dn, g.dot.length);
      eachNumber(g.dotMore ? g.dn + g.dotMore : g.dn, numStart, /\d{1,3}(?:\.\d{1,2}){1,4}/g, (n, s) => {
        const path = splitDots(n);
        push({ span: { start: s, end: s + n.length }, tokens: [{ span: { start: s, end: s + n.length }, from: 0, to: path.length }], targetPath: path, relative: false, form: 'dotted' });
      });
    } else if (g.bij) {
      if (ANNEX_ELSEWHERE.test(text.slice(end, end + 80)) || isHeadingAt(text, start, end)) continue;
      push({ span: { start, end }, tokens: [], targetPath: ['bijlage', g.bn], target: annexNode(model.nodes, g.bn), relative: false, form: 'bijlage' });
    }
  }
  return refs;
}

/** Whether a match of REFERENCE at `at` is one of its `abs` branch ("artikel 3", not "artikelen 3 en 4"). */
function isAbsAt(text: string, at: number): boolean {
  ABS_START.lastIndex = at;
  ARTS_START.lastIndex = at;
  return ABS_START.test(text) && !ARTS_START.test(text);
}

function lawAfter(text: string, end: number): boolean {
  return LAW_AFTER.test(text.slice(end, end + 80));
}

function lawOrOtherDocumentAfter(text: string, end: number): boolean {
  const tail = text.slice(end, end + 80);
  return LAW_AFTER.test(tail) || OTHER_DOCUMENT_AFTER.test(tail);
}

function eachNumber(list: string, listStart: number, re: RegExp, fn: (n: string, start: number) => void) {
  for (let n = re.exec(list); n; n = re.exec(list)) fn(n[0], listStart + n.index);
}

/** innermostNode, given idx: the last node starting at or before offset (-1 for none). */
function innermostFrom(nodes: StructureNode[], idx: number, offset: number): StructureNode | undefined {
  for (let n: StructureNode | undefined = nodes[idx]; n; n = n.parent) if (offset < n.span.end || (offset === n.span.end && n.span.end === n.span.start)) return n;
  return undefined;
}

export function innermostNode(nodes: StructureNode[], offset: number): StructureNode | undefined {
  // nodes are in document order; the last node starting at or before offset that still contains it is innermost.
  const idx = firstNotBefore(nodes.length, (i) => nodes[i].span.start <= offset) - 1;
  return innermostFrom(nodes, idx, offset);
}

/** The article a node belongs to (itself when it is one); for drafts without articles, its top clause's parent. */
export function articleOf(n: StructureNode | undefined): StructureNode | undefined {
  for (let x = n; x; x = x.parent) if (x.kind === 'article') return x;
  return undefined;
}

export function clauseOf(n: StructureNode | undefined): StructureNode | undefined {
  for (let x = n; x; x = x.parent) if (x.kind === 'clause') return x;
  return undefined;
}

/** The innermost clause or numbered item holding n: "het vorige lid" in 15.1.2 is 15.1.1, not the one before 15.1. */
function numberedOf(n: StructureNode | undefined): StructureNode | undefined {
  for (let x = n; x; x = x.parent) {
    if (x.kind === 'clause') return x;
    if (x.kind === 'item' && (x.style === 'dotted' || x.style === 'outline' || x.style === 'lid')) return x;
  }
  return undefined;
}

function adjacentArticle(nodes: StructureNode[], a: StructureNode | undefined, forward: boolean): StructureNode | undefined {
  if (!a) return undefined;
  const i = nodes.indexOf(a);
  for (let k = i + (forward ? 1 : -1); k >= 0 && k < nodes.length; k += forward ? 1 : -1) if (nodes[k].kind === 'article') return nodes[k];
  return undefined;
}

function lettered(n: StructureNode): StructureNode | undefined {
  const list = n.parent?.children;
  if (!list) return undefined;
  for (let i = list.indexOf(n) - 1; i >= 0 && i >= list.indexOf(n) - 3; i--) if (list[i].children.some((c) => c.style === 'letter')) return list[i];
  return undefined;
}

function sibling(roots: StructureNode[], n: StructureNode | undefined, d: number): StructureNode | undefined {
  if (!n) return undefined;
  const list = n.parent ? n.parent.children : roots;
  const i = list.indexOf(n);
  return i >= 0 ? list[i + d] : undefined;
}

// "Artikel 10. Duur", "ARTIKEL 2: TITEL", "Artikel 3; Prijs", "**Artikel 4** – Slot" at the start of a line.
const HEADING_AFTER = /^(?:\*\*|__)?[ \t]{0,3}(?:[.;:][ \t]{0,3}|[ \t]{0,3}[-–—][ \t]{0,3}|[ \t]{1,3})?(?:\*\*|__)?[ \t]{0,3}(?:[\r\n]|$|[A-ZÀ-Þ"“‘'])/;

/** The match [start, end) opens its line and is followed by a title: an article heading, not a reference. */
function isHeadingAt(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c !== 32 && c !== 9 && c !== 35 && c !== 42 && c !== 95 && c !== 0xa0 && c !== 0xfeff) return false; // space, #, *, _
  }
  return HEADING_AFTER.test(text.slice(end, end + 12));
}

/** "Artikel 12. Titel", "ARTIKEL 2: TITEL" as the heading of an unnumbered part: the article number it gives. */
const ARTICLE_IN_HEADING = /^(?:#{1,6}[ \t]{1,3})?(?:\*\*|__)?(?:[Aa]rtikel|ARTIKEL|[Aa]rt\.)[ \t]{0,3}(\d{1,4}[a-z]?)(?![\dA-Za-z])/;

/** The article number a node stands for: an article's number, or the number in a part's "Artikel N" heading. */
export function articleNumberOf(n: StructureNode): string | undefined {
  if (n.kind === 'article' && n.path.length === 1) return n.path[0];
  if (n.kind === 'part' && !n.path.length && n.heading) return ARTICLE_IN_HEADING.exec(n.heading)?.[1];
  return undefined;
}

// Per nodes array: the incremental parser keeps the array (and every heading) when it moves a model.
const articleIndexes = new WeakMap<StructureNode[], Map<string, StructureNode>>();

/**
 * Article number → the node that is that article: a node read as article N, else a part headed "Artikel N",
 * else a top-level numbered clause N outside any "Artikel" part (outline drafts whose articles are "1.", "2.").
 * A clause "3." under "Artikel 2" is lid 3 of article 2, never article 3.
 */
function articleIndex(nodes: StructureNode[]): Map<string, StructureNode> {
  let map = articleIndexes.get(nodes);
  if (map) return map;
  map = new Map();
  const headed = new Map<string, StructureNode>();
  const outline = new Map<string, StructureNode>();
  const dotted = new Set<string>();
  let artikelParts = false;
  for (const n of nodes) {
    const num = articleNumberOf(n);
    if (num !== undefined) {
      if (n.kind === 'article') {
        if (!map.has(num)) map.set(num, n);
      } else {
        artikelParts = true;
        if (!headed.has(num)) headed.set(num, n);
      }
    } else if (!n.parent || (n.parent.kind === 'part' && articleNumberOf(n.parent) === undefined)) {
      if (n.style === 'dotted' && n.path.length > 1) dotted.add(n.path[0]);
      else if (n.path.length === 1 && n.kind !== 'item' && !outline.has(n.path[0])) outline.set(n.path[0], n);
    }
  }
  for (const [k, n] of headed) if (!map.has(k)) map.set(k, n);
  // Clauses 8.1, 8.2 … without a heading are article 8 more surely than an "8." elsewhere (an annex's list).
  if (!artikelParts && !map.size) for (const [k, n] of outline) if (!dotted.has(k)) map.set(k, n);
  articleIndexes.set(nodes, map);
  return map;
}

function contains(ancestor: StructureNode, n: StructureNode): boolean {
  for (let x: StructureNode | undefined = n; x; x = x.parent) if (x === ancestor) return true;
  return false;
}

/**
 * The node a path names, read the way a lawyer reads the draft: "8.1" and "artikel 8 lid 1" are the same clause
 * whether the draft writes it "8.1" or "1." under "Artikel 8"; "artikel 5" is article 5, never lid 5 of another
 * article; an article written only as its clauses 14.1, 14.2 … is found at its first clause.
 */
export function resolvePath(model: DocumentModel, path: string[]): StructureNode | undefined {
  if (!path.length) return undefined;
  const article = articleIndex(model.nodes).get(path[0]);
  const exact = model.byLabel.get(path.join('.'));
  if (article) {
    let cur: StructureNode | undefined = article;
    for (let k = 1; k < path.length && cur; k++) {
      const want = path[k];
      let next: StructureNode | undefined;
      for (const c of cur.children) {
        if ((c.path[c.path.length - 1] ?? c.written) === want) {
          next = c;
          break;
        }
      }
      cur = next;
    }
    if (cur) return cur;
    return exact?.find((n) => contains(article, n));
  }
  // A lone "3." is no article in a draft that has article headings or "Artikel" parts: it is a lid.
  if (exact && path.length > 1) return exact[0];
  // "artikel 14" where article 14 has no heading: its clauses stand for it, if they are read as its own (at the
  // top, or a run of them under an earlier article); a lone "14.3" under article 4 is read as one of 4's.
  if (path.length === 1) {
    for (const n of model.nodes) {
      if (n.path.length > 1 && n.path[0] === path[0] && n.style === 'dotted' && (n.parent?.kind !== 'article' || n.parent.path[0] === path[0] || headlessArticleClauses(n.parent)?.has(n))) return n;
    }
  }
  return undefined;
}

/** The article path relative references ("lid 2", "het eerste lid") count from, for a clause in it. */
function articlePathOf(from: StructureNode | undefined): string[] | undefined {
  for (let x = from; x; x = x.parent) {
    if (x.kind === 'article' && x.path.length) return x.path; // "1.8" in an outline draft
    const num = articleNumberOf(x);
    if (num !== undefined) return [num];
  }
  // Clauses written 7.1, 7.2 … without a heading read as article 7.
  for (let x = from; x; x = x.parent) if (x.style === 'dotted' && x.path.length > 1 && !x.parent) return [x.path[0]];
  return undefined;
}

/**
 * Where the draft writes the number of `path` as a clause or article number, when its structure was not read
 * as such (several clauses run together in one paragraph, a heading form the parser does not know):
 * a reference to it is then not broken.
 */
export function locateWritten(text: string, path: string[]): { start: number; end: number } | undefined {
  const last = path[path.length - 1];
  if (path.length > 1 && /^[a-z]$/.test(last)) return locateLetter(text, path.slice(0, -1), last);
  if (!path.length || path.some((p) => !/^\d{1,4}[a-z]?$/.test(p))) return undefined;
  const num = path.join('\\.');
  // An "Artikel N" heading first; a line opening with "N." only when no heading names the article.
  const m =
    path.length === 1
      ? (new RegExp(String.raw`(?:^|\n)[ \t#*_]{0,8}(?:[Aa]rtikel|ARTIKEL|[Aa]rt\.)[ \t]{0,3}(${num})(?!\d|:\d|[a-z]|\.\d)`).exec(text) ??
        bareArticleLine(text, num))
      : new RegExp(String.raw`(?:^|\n|[.;:!?][ \t]{1,3})[ \t#*_]{0,8}(${num})\.?(?!\d)[ \t]{1,3}(?:\*\*)?[A-ZÀ-Þ"“(]`).exec(text);
  if (!m) return undefined;
  const at = m.index + m[0].indexOf(m[1]);
  return { start: at, end: at + m[1].length };
}

/**
 * A line opening with "N." that can be article N: not one below an "Artikel X" heading, since a draft that
 * names its articles by word numbers only list items (a definition, a lid) that way.
 */
function bareArticleLine(text: string, num: string): RegExpExecArray | null {
  const m = new RegExp(String.raw`(?:^|\n)[ \t#*_]{0,8}(${num})[.)](?!\d)[ \t]{0,3}[A-ZÀ-Þ]`).exec(text);
  if (!m) return null;
  const heading = /(?:^|\n)[ \t#*_]{0,8}(?:[Aa]rtikel|ARTIKEL|[Aa]rt\.)[ \t]{0,3}\d/.exec(text);
  return heading && heading.index < m.index ? null : m;
}

/** "## Bijlage 2 – Beveiliging", "BIJLAGE B": the annex node of that number, if the draft includes it. */
function annexNode(nodes: StructureNode[], n: string): StructureNode | undefined {
  const re = new RegExp(String.raw`^(?:#{1,6}[ \t]{1,3})?(?:\*\*|__)?(?:bijlage|annex|appendix)[ \t]{1,3}${n}(?![\dA-Za-z])`, 'i');
  for (const x of nodes) if (x.kind === 'part' && x.heading && re.test(x.heading)) return x;
  return undefined;
}

/** A line that opens annex `n` ("Bijlage 1", "BIJLAGE B – Beveiliging"), when the structure did not read it as a part. */
export function locateAnnex(text: string, n: string): { start: number; end: number } | undefined {
  if (!/^(?:\d{1,2}|[A-Z])$/.test(n)) return undefined;
  const m = new RegExp(String.raw`(?:^|\n)[ \t#*_]{0,8}((?:[Bb]ijlage|BIJLAGE|[Aa]nnex|ANNEX)[ \t]{1,3}${n})(?![\dA-Za-z])`).exec(text);
  if (!m) return undefined;
  const at = m.index + m[0].length - m[1].length;
  return { start: at, end: m.index + m[0].length };
}

/** Letter `letter` ("b." / "b)" / "(b)" opening a line) after where the draft writes `base`, before the next article. */
function locateLetter(text: string, base: string[], letter: string): { start: number; end: number } | undefined {
  const at = locateWritten(text, base);
  if (!at) return undefined;
  let pos = text.indexOf('\n', at.end);
  for (let n = 0; pos >= 0 && n < 200; n++) {
    const next = text.indexOf('\n', pos + 1);
    const line = text.slice(pos + 1, next < 0 ? text.length : next);
    const num = /^[ \t#*_]{0,8}(?:(?:[Aa]rtikel|ARTIKEL)[ \t]{1,3})?(\d{1,4})[.):\s]/.exec(line);
    if (num && num[1] !== base[0]) return undefined; // the next article
    const l = /^[ \t#*_]{0,8}\(?([a-z])[.)][ \t]/.exec(line);
    if (l && l[1] === letter) {
      const s = pos + 1 + line.indexOf(letter);
      return { start: s, end: s + 1 };
    }
    pos = next;
  }
  return undefined;
}

/** How far a cross-reference can reach: its match plus the 80 characters after it that decide what it is. */
const REFERENCE_REACH = 400;

/**
 * The cross-references after an edit inside one line: those around the line are found again on the new
 * `model` (its nodes are the previous ones, moved), the others are kept, moved in place. Undefined when a
 * reference straddles the window's edge (the caller finds them all again).
 */
export function updateReferences(refs: CrossReference[], model: DocumentModel, e: LineEdit): CrossReference[] | undefined {
  const { text, lines } = model;
  // A reference's match may start a little before its span (the pointing word of "in 1.2.6").
  const straddles = (x: number) => straddlesAt(refs, x, 40);
  let a = lines.lineStarts[lines.lineAt(Math.max(0, e.lineStart - REFERENCE_REACH))];
  while (a > 0 && straddles(a)) a = lines.lineStarts[lines.lineAt(a - 1)];
  if (a > 0 && straddles(a)) return undefined;
  const k = lines.lineAt(Math.min(text.length, e.newLineEnd + REFERENCE_REACH));
  const b = k > e.line ? lines.lineStarts[k] : text.length;
  const bOld = b - e.delta;
  if (straddles(bOld)) return undefined;
  const found = findReferences(model, { start: a, end: b }).filter((r) => r.span.start >= a && r.span.start < b);
  if (found.length && found[found.length - 1].span.end > b) return undefined;
  const i = firstAtOrAfter(refs, a);
  const j = firstAtOrAfter(refs, bOld);
  if (e.delta) {
    for (let x = j; x < refs.length; x++) {
      const r = refs[x];
      moveInPlace(r.span, e.start, e.delta);
      for (const t of r.tokens) moveInPlace(t.span, e.start, e.delta);
    }
  }
  refs.splice(i, j - i, ...found);
  return refs;
}
