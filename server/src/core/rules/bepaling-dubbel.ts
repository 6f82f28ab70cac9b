import type { DocumentRule, Report } from '../kit/rule';
import type { Block, StructureNode } from '../model/types';
import { clauseKey, clauseSig, edgeSig, hasWords, normaliseClause, numbersOf } from '../text/clauseKey';
import { nodeFacts } from '../engine/articleMemo';
import { detached } from '../text/detached';
import { firstEqual } from '../text/firstEqual';
import { IntCounts } from '../text/intCounts';
import type { DocumentModel } from '../model/types';
import type { Localized } from '../types';
import { nearPair, pairsByArticle, type LocalPair } from '../engine/nearDuplicates';
import { refersBack } from '../text/backReference';
import { childAt, inOtherScopes, noScopes, scopeFinder } from './partScope';
import { provisionStatements, TOPICS, type ProvisionStatement } from './standardProvisions';

// The key of a clause (its words, lower case) is text/clauseKey's, as other rules read it too.
export { normaliseClause };

// Clauses shorter than this are boilerplate-sized ("Partijen: ..."), where repetition is normal.
const MIN_WORDS = 8;

/** What a clause says, read once while its article is unchanged: its hash and words, then, once asked (only clauses that share a hash are), its key and whether it refers back. */
interface ClauseFacts {
  hash: number;
  words: number;
  key?: string;
  back?: boolean;
}

/** A clause long enough to compare, and its facts. */
interface Long {
  node: StructureNode;
  facts: ClauseFacts;
}

/** What tells two clauses with one hash apart: their words and their numbers, in order. */
function keyOf(text: string, c: Long): string {
  const { start, end } = c.node.textSpan;
  // Kept with the article beyond this version of the draft: a string of its own.
  return (c.facts.key ??= detached(`${clauseKey(text.slice(start, end)).key}#${numbersOf(text.slice(start, end))}`));
}

function backOf(text: string, c: Long): boolean {
  const { start, end } = c.node.textSpan;
  return (c.facts.back ??= refersBack(text.slice(start, end)));
}

function isClause(node: StructureNode): boolean {
  return node.kind === 'clause' || node.kind === 'item' || (node.kind === 'article' && node.children.length === 0);
}

export const rule: DocumentRule = {
  scope: 'document',
  keepsReports: true,
  meta: {
    id: 'bepaling-dubbel',
    category: 'structuur',
    defaultSeverity: 'warning',
    title: { nl: 'Dubbele bepaling', en: 'Duplicated clause' },
    messages: {
      default: {
        nl: 'Deze bepaling staat al in {other}. Een dubbele bepaling leidt tot uitlegvragen; verwijder er een of verwijs ernaar.',
        en: 'This clause already appears in {other}. A duplicate invites questions of interpretation; remove one or refer to it.',
      },
      near: {
        nl: 'Deze zin herhaalt, (vrijwel) letterlijk, een zin uit {other}. Twee versies van één regel leiden tot uitlegvragen, zeker waar ze in de woorden verschillen: houd er één over of verwijs ernaar.',
        en: 'This sentence repeats, (almost) word for word, a sentence in {other}. Two versions of one rule invite questions of interpretation, the more so where their wording differs: keep one, or refer to it.',
      },
      heading: {
        nl: 'Dit artikel heeft dezelfde kop als {other} ("{heading}"). Geef elk artikel een kop die zijn eigen inhoud noemt; anders zoekt de lezer op de verkeerde plaats.',
        en: 'This article has the same heading as {other} ("{heading}"). Give every article a heading that names its own content; otherwise the reader looks in the wrong place.',
      },
      provision: {
        nl: 'Deze zin regelt opnieuw {topic}; dat regelt {other} al. Twee bepalingen over één onderwerp leiden tot uitlegvragen, zeker waar hun woorden verschillen: houd er één over of verwijs ernaar.',
        en: 'This sentence settles {topic} again; {other} already does. Two provisions on one subject invite questions of interpretation, the more so where their wording differs: keep one, or refer to it.',
      },
      item: {
        nl: 'Deze opsomming noemt "{item}" twee keer (ook in {other}). Schrap de herhaling, of maak duidelijk waarin de twee verschillen.',
        en: 'This list names "{item}" twice (also in {other}). Delete the repetition, or make clear how the two differ.',
      },
    },
  },
  check(model, ctx) {
    const { text, blocks } = model;
    const clauses = model.nodes.filter(isClause);
    const reported: Array<{ start: number; end: number }> = [];
    const scopeOf = scopeFinder(model, ctx.memo?.<string>('bepaling-dubbel:scopes'));
    // Each clause's facts, kept with its article by the engine: after an edit only the edited article's
    // clauses are read again.
    const factsOf = nodeFacts<ClauseFacts>(model, ctx, 'bepaling-dubbel:clauses');
    const read = (n: StructureNode): ClauseFacts => clauseSig(text, n.textSpan.start, n.textSpan.end);
    // The clauses long enough to compare, in document order, and each one's hash.
    const long: Long[] = [];
    const hashes: number[] = [];
    // A one-off analysis (no memo) first reads only the ends of each clause: a clause whose edge
    // signature no other clause shares has no duplicate, and its key is never hashed in full.
    const lone = ctx.memo ? undefined : loneClauses(text, clauses);
    for (let ci = 0; ci < clauses.length; ci++) {
      if (lone && lone[ci]) continue;
      const node = clauses[ci];
      const facts = factsOf(node, read);
      if (facts.words < MIN_WORDS) continue;
      long.push({ node, facts });
      // 30 bits: a small integer, as firstEqual takes them.
      hashes.push(facts.hash & 0x3fffffff);
    }
    // Rare: the same hash. Equal words and numbers make a duplicate; a collision, or the same words with
    // other numbers (a scale of periods or amounts), is kept apart by its key.
    const firstWithHash = firstEqual(hashes, long.length);
    let byKey: Map<string, StructureNode> | undefined;
    for (let i = 0; i < long.length; i++) {
      if (firstWithHash[i] === i) continue;
      const { node } = long[i];
      const { start, end } = node.textSpan;
      byKey ??= new Map();
      const earlier = long[firstWithHash[i]];
      const firstKey = keyOf(text, earlier);
      if (!byKey.has(firstKey)) byKey.set(firstKey, earlier.node);
      const key = keyOf(text, long[i]);
      const first = byKey.get(key);
      if (!first) {
        byKey.set(key, node);
        continue;
      }
      // A clause that takes its subject from the clause before it ("Dit geldt ook voor ...") is a repeat
      // only with that clause: the sentence pass compares the two in context.
      if (backOf(text, long[i])) continue;
      // The same rule in two modules that each say what they govern is each module's own rule.
      if (inOtherScopes(scopeOf, start, first.textSpan.start)) continue;
      reported.push(node.textSpan);
      ctx.report({
        span: node.textSpan,
        args: { other: describe(first) },
        related: [{ span: first.textSpan, message: { nl: 'Eerste vermelding', en: 'First occurrence' } }],
      });
    }
    // Sentences of one paragraph that repeat, in order, sentences of one earlier paragraph are one repeated
    // passage: one finding over the run, not one per sentence.
    let run: { later: { start: number; end: number }; earlier: { start: number; end: number } } | undefined;
    let made: Report[] = [];
    // The sentences reported as repeats, in document order: a provision stated again there is reported already.
    const nearSpans: Array<{ start: number; end: number }> = [];
    // Each article's findings, kept with its pairs: an article whose pairs, place and earlier articles' places
    // are unchanged reports the same findings again (the engine gives back the same finding for each).
    const keptReports = ctx.memo?.<{ last?: ArticleReports[] }>('bepaling-dubbel:near-reports').getOrCreate('', () => ({}));
    const flush = () => {
      if (!run) return;
      const other = describeAt(model, run.earlier.start);
      const report: Report = {
        span: run.later,
        messageId: 'near',
        // Kept beyond this version of the draft: a string of its own.
        args: { other: keptReports && typeof other === 'string' ? detached(other) : other },
        related: [{ span: run.earlier, message: { nl: 'Eerdere versie', en: 'Earlier version' } }],
      };
      made.push(report);
      ctx.report(report);
      nearSpans.push(run.later);
      run = undefined;
    };
    // The line index first: the text between two far-apart sentences is not sliced.
    const sameLine = (from: number, to: number) => {
      if (from > to) return false;
      // Far apart: the line index first, rather than reading all the text between.
      if (to - from > 256 && model.lines.lineAt(from) !== model.lines.lineAt(to)) return false;
      for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) return false;
      }
      return true;
    };
    // Both in document order (the clauses' own texts do not overlap): one sweep skips the sentences of
    // clauses reported whole.
    let r = 0;
    const near = pairsByArticle(blocks, ctx);
    const lastReports = keptReports?.last;
    const nowReports: ArticleReports[] = [];
    const scoped = scopeOf !== noScopes;
    for (let b = 0; b < blocks.length; b++) {
      const pairs = near.pairs[b];
      const base = blocks[b].span.start;
      while (r < reported.length && reported[r].end <= base) r++;
      // No clause of this article reported whole (those are few: then the article is read again).
      const clear = !(r < reported.length && reported[r].start < blocks[b].span.end);
      const had = lastReports?.[b];
      if (!run && clear && !scoped && had && had.pairs === pairs && had.base === base && sameEarlier(had, pairs, blocks) && sameOthers(had, model)) {
        for (const report of had.reports) {
          ctx.report(report);
          nearSpans.push(report.span);
        }
        nowReports.push(had);
        continue;
      }
      made = [];
      // A run still open from an earlier article: its finding is not this article's own.
      const own = !run;
      for (const p of pairs) {
        const pair = nearPair(blocks, near.facts, b, p);
        while (r < reported.length && reported[r].end <= pair.later.start) r++;
        if (r < reported.length && reported[r].start < pair.later.end) continue;
        if (inOtherScopes(scopeOf, pair.later.start, pair.earlier.start)) continue;
        if (run && sameLine(run.later.end, pair.later.start) && sameLine(run.earlier.end, pair.earlier.start)) {
          run = { later: { start: run.later.start, end: pair.later.end }, earlier: { start: run.earlier.start, end: pair.earlier.end } };
          continue;
        }
        flush();
        run = { later: pair.later, earlier: pair.earlier };
      }
      // A run that a line break ends within the article can take no sentence of a later one: it is this
      // article's finding (else it stays open, and the article's findings are made again next time).
      if (run && !sameLine(run.later.end, blocks[b].span.end)) flush();
      if (keptReports) nowReports.push({ pairs, base, closed: own && !run && clear && !scoped, earlier: pairs.map((p) => blocks[p.earlierBlock].span.start), reports: made });
    }
    flush();
    if (keptReports) keptReports.last = nowReports;
    restatedProvisions(model, ctx, reported, nearSpans, scopeOf);
    sameHeadings(model, ctx);
    repeatedItems(model, ctx);
  },
};

const FIRST = { nl: 'Eerste vermelding', en: 'First occurrence' };

/**
 * A standard provision (standardProvisions.ts) stated again, in other words, in another paragraph: the
 * second statement, unless its sentence is reported as a repeat already. `reported` and `near` are spans in
 * document order.
 */
function restatedProvisions(
  model: DocumentModel,
  ctx: Parameters<DocumentRule['check']>[1],
  reported: ReadonlyArray<{ start: number; end: number }>,
  near: ReadonlyArray<{ start: number; end: number }>,
  scopeOf: ReturnType<typeof scopeFinder>,
): void {
  const { blocks } = model;
  // Each article's statements, kept with its text: after an edit only the edited article is read again.
  const memo = ctx.memo?.<ProvisionStatement[]>('bepaling-dubbel:provisions');
  const first = new Map<string, { start: number; end: number }>();
  const covered = (spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number) => spans.some((x) => x.start < end && start < x.end);
  for (const block of blocks) {
    const found = memo ? memo.getOrCreate(block.text, () => provisionStatements(block)) : provisionStatements(block);
    for (const st of found) {
      const span = { start: block.span.start + st.start, end: block.span.start + st.end };
      const earlier = first.get(st.key);
      if (!earlier) {
        first.set(st.key, span);
        continue;
      }
      // One paragraph that states a provision and then explains it, says it once.
      if (model.lines.lineAt(earlier.start) === model.lines.lineAt(span.start)) continue;
      if (covered(reported, span.start, span.end) || covered(near, span.start, span.end)) continue;
      if (inOtherScopes(scopeOf, span.start, earlier.start)) continue;
      ctx.report({
        span,
        messageId: 'provision',
        args: { topic: TOPICS[st.topic].topic, other: describeAt(model, earlier.start) },
        related: [{ span: earlier, message: { nl: 'Eerdere bepaling', en: 'Earlier provision' } }],
      });
    }
  }
}

/** The findings of an article's repeated sentences, and what they were made of. */
interface ArticleReports {
  pairs: readonly LocalPair[];
  /** Where the article began, and the earlier articles its pairs name. */
  base: number;
  earlier: number[];
  /** Whether its findings are its own: every run ended in it, and no clause in it was reported whole nor any part states a scope. */
  closed: boolean;
  reports: Report[];
}

function sameEarlier(had: ArticleReports, pairs: readonly LocalPair[], blocks: Block[]): boolean {
  if (!had.closed) return false;
  for (let k = 0; k < pairs.length; k++) if (blocks[pairs[k].earlierBlock].span.start !== had.earlier[k]) return false;
  return true;
}

/** Whether the places the findings name are still named so (a heading's number elsewhere can change one). */
function sameOthers(had: ArticleReports, model: DocumentModel): boolean {
  for (const report of had.reports) {
    const now = describeAt(model, report.related![0].span.start);
    const then = report.args!.other;
    if (typeof now === 'string' ? now !== then : typeof then !== 'object' || now.nl !== then.nl || now.en !== then.en) return false;
  }
  return true;
}

/** Articles whose headings say the same, numbers and case aside. */
function sameHeadings(model: DocumentModel, ctx: Parameters<DocumentRule['check']>[1]): void {
  // What each heading says, by heading, kept by the Analyzer: after an edit only new headings are read.
  const memo = ctx.memo?.<HeadingWords>('bepaling-dubbel:headings');
  // The last analysis's findings, reported again where they say the same of the same headings.
  const kept = ctx.memo?.<{ last: Report[] }>('bepaling-dubbel:heading-reports').getOrCreate('', () => ({ last: [] }));
  const made: Report[] = [];
  const seen = new Map<string, StructureNode>();
  for (const n of model.nodes) {
    if ((n.kind !== 'article' && n.kind !== 'part') || !n.heading || !n.headingSpan) continue;
    const { heading, key } = memo ? memo.getOrCreate(n.heading, headingWords) : headingWords(n.heading);
    if (!key) continue;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, n);
      continue;
    }
    const other = describe(first);
    const trimmed = heading.trim();
    const had = kept?.last[made.length];
    // The model's own spans: where an edit moves them, the engine makes the finding again.
    const same = had && had.span === n.headingSpan && had.related![0].span === first.headingSpan && had.args!.other === other && had.args!.heading === trimmed;
    const report: Report = same
      ? had
      : {
          span: n.headingSpan,
          messageId: 'heading',
          // Kept beyond this version of the draft: strings of their own.
          args: kept ? { other: detached(other), heading: detached(trimmed) } : { other, heading: trimmed },
          related: [{ span: first.headingSpan!, message: FIRST }],
        };
    made.push(report);
    ctx.report(report);
  }
  if (kept) kept.last = made;
}

interface HeadingWords {
  /** The heading without its article number. */
  heading: string;
  /** Its words, case aside, with the numbers it keeps after its own ("Bijlage 2", "Fase 1"): they tell headings apart. */
  key: string;
}

function headingWords(full: string): HeadingWords {
  const heading = full.replace(/^[#\s]*(?:artikel|art\.)?\s*[\dIVXivx.]*\s*[.:)–—-]?\s*/u, '');
  const numbers = heading.match(/\d+/g);
  return { heading, key: numbers ? `${normaliseClause(heading)}#${numbers.join('.')}` : normaliseClause(heading) };
}

/** A list (letters or bullets) that names the same short item twice; long ones are the exact pass's. */
function repeatedItems(model: DocumentModel, ctx: Parameters<DocumentRule['check']>[1]): void {
  // Each item's key, kept with its article by the engine: after an edit only the edited article's items are read again.
  const keyOf = nodeFacts<string>(model, ctx, 'bepaling-dubbel:items');
  const read = (c: StructureNode) =>
    // A long item is the exact pass's: told by its first words, before its text is sliced.
    hasWords(model.text, c.textSpan.start, c.textSpan.end, MIN_WORDS) ? '' : detached(itemKey(model.text.slice(c.textSpan.start, c.textSpan.end)));
  for (const parent of model.nodes) {
    if (parent.children.length < 2) continue;
    let seen: Map<string, StructureNode> | undefined;
    for (const c of parent.children) {
      if (c.kind !== 'item' || c.children.length) continue;
      const key = keyOf(c, read);
      if (!key) continue;
      seen ??= new Map();
      const first = seen.get(key);
      if (!first) {
        seen.set(key, c);
        continue;
      }
      const item = withoutTrailingStops(model.text.slice(c.textSpan.start, c.textSpan.end).trim());
      ctx.report({ span: c.textSpan, messageId: 'item', args: { item, other: describe(first) }, related: [{ span: first.textSpan, message: FIRST }] });
    }
  }
}

/** What a list item is compared by, or '' for an item too long (or without words) to compare. */
function itemKey(text: string): string {
  const raw = withoutTrailingStops(text.trim());
  const words = normaliseClause(raw);
  if (!words || words.split(' ').length >= MIN_WORDS) return '';
  // Amounts and percentages tell items apart ("10% over de volgende € 2.500"): only case and spacing go.
  return raw.toLowerCase().replace(/\s+/g, ' ');
}

/** The text without the list punctuation at its end ("zijn naam;" → "zijn naam"), in one pass back. */
function withoutTrailingStops(text: string): string {
  let end = text.length;
  while (end > 0 && ';,.'.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/** The place of an offset as a reader names it: the deepest numbered node there, else its line. */
function describeAt(model: DocumentModel, offset: number): string | Localized {
  // Down the tree (a node's span holds its children's): the nodes around an offset are one chain.
  let best: StructureNode | undefined;
  let level = model.roots;
  for (;;) {
    const n = childAt(level, offset);
    if (!n) break;
    if (n.label) best = n;
    level = n.children;
  }
  if (best) return describe(best);
  const line = model.lines.positionAt(offset).line + 1;
  return { nl: `regel ${line}`, en: `line ${line}` };
}

/** Per clause, 1 when its edge signature is its own. */
function loneClauses(text: string, clauses: StructureNode[]): Uint8Array {
  const sigs = new Uint32Array(clauses.length);
  const count = new IntCounts(clauses.length);
  for (let i = 0; i < clauses.length; i++) {
    const { start, end } = clauses[i].textSpan;
    // 30 bits: a small integer to the engine, not a heap number that each map lookup must hash.
    const sig = edgeSig(text, start, end) & 0x3fffffff;
    sigs[i] = sig;
    count.add(sig);
  }
  const lone = new Uint8Array(clauses.length);
  for (let i = 0; i < clauses.length; i++) if (count.get(sigs[i]) === 1) lone[i] = 1;
  return lone;
}

function describe(n: StructureNode): string {
  if (n.kind === 'part' && n.label.length > 60) return `"${n.label.slice(0, 57).trimEnd()}…"`;
  return n.kind === 'article' ? `artikel ${n.label}` : n.label;
}
