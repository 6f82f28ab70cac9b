// The rule runner: text in, model and findings out. Never throws on any text. The rules are injected
// (core/analyzer.ts passes the registry), so the engine does not depend on them.
import { CancelledError, neverCancelled, type Audience, type CancellationToken, type Finding, type Fix, type Severity, type Span } from '../types';
import { IncrementalParser } from '../model/update';
import type { Block, DocumentModel } from '../model/types';
import { fill, type Report, type Rule, type RuleContext, type RuleMeta } from '../kit/rule';
import { decideAudience, type AudienceSource } from './audience';
import { DEFAULT_LARGE_DOCUMENT_THRESHOLD, type AnalysisOptions } from './config';
import { applyDirectives } from './directives';
import { groupFindings } from './groups';
import { MemoStore } from './incrementalMemo';
import { seedCitations } from './blockCitations';
import { dictionary, dictionaryGeneration } from '../spelling/dictionary';
import { DUTCH_LAW_RULES, foreignLaw } from '../model/documentKind';
import { LineIndex } from '../text/lineIndex';
import { NfcMap, NfcPositions, type ComposedPiece, type Positions } from '../text/nfc';
import { diffTexts } from '../model/edit';

export interface AnalysisResult {
  /** The model of the text in NFC (see text/nfc.ts): its spans are offsets in `model.text`. */
  model: DocumentModel;
  /** Offsets in the text as given (`text`), also where it was not NFC. */
  findings: Finding[];
  /** The text as given. */
  text: string;
  /** Lines of `text`: positions of the findings' spans. */
  lines: LineIndex;
  /** Positions in `text` of the model's spans (offsets in `model.text`), both ways. */
  positions: Positions;
  audience: Audience;
  audienceSource: AudienceSource;
  /** True when the large-document guard limited the analysis to the cheap rules. */
  limited: boolean;
}

type Enabled = Array<{ rule: Rule; severity: Severity; explicit: boolean }>;

/** Rules that stay on above the large-document threshold: per-block and linear. */
const CHEAP_RULES = new Set(['getal-woord', 'spelling', 'placeholder']);

export function enabledRules(options: AnalysisOptions, rules: readonly Rule[]): Enabled {
  const out: Enabled = [];
  for (const rule of rules) {
    const setting = options.rules?.[rule.meta.id];
    if (setting === 'off') continue;
    if (!setting && rule.meta.enabledByDefault === false) continue;
    out.push({ rule, severity: setting ?? rule.meta.defaultSeverity, explicit: setting !== undefined });
  }
  return out;
}

/**
 * Keeps per-block findings between runs, so an edit re-runs the block rules only for the blocks
 * whose text changed. One Analyzer per open document.
 */
export class Analyzer {
  // Block findings by block text, for one audience and set of block rules (`cacheKey`): keying by the
  // text alone lets an unchanged article's string be found by identity, without building a new key.
  private cache = new Map<string, Finding[]>();
  private cacheKey = '';
  private memos = new MemoStore();
  // A document rule's findings by the Report they came from, kept for the next analysis with the severity
  // they were made for (see `Reuse`).
  private kept = new Map<string, Reuse>();
  // Memos pay off from the second analysis of a document on (the first edit fills them); a one-off
  // analysis (the CLI, a fresh Analyzer) runs the document rules without them, which is cheaper.
  private analyses = 0;
  /** Moves the previous model through small edits instead of parsing the whole draft again. */
  readonly parser = new IncrementalParser();
  // The NFC map of the last text (also when it changed nothing): an edit composes only the runs around it.
  private nfcLast?: NfcMap;

  private readonly ruleIds: ReadonlySet<string>;
  private readonly directiveRuleIds: ReadonlySet<string>;

  constructor(private readonly rules: readonly Rule[]) {
    this.ruleIds = new Set(rules.map((r) => r.meta.id));
    this.directiveRuleIds = new Set(rules.filter((r) => r.scope === 'directives').map((r) => r.meta.id));
  }

  private nfcOf(text: string): NfcMap | undefined {
    const map = (this.nfcLast = nfcFollowed(this.nfcLast, text));
    return map.changed ? map : undefined;
  }

  analyze(text: string, options: AnalysisOptions = {}, token: CancellationToken = neverCancelled): AnalysisResult {
    this.memos.rotate();
    this.analyses++;
    // Every rule, word list and definition sees composed letters; findings go back to the given text.
    const nfc = this.nfcOf(text);
    const model = this.parser.parse(nfc ? nfc.text : text);
    if (token.isCancellationRequested) throw new CancelledError();
    const { audience, source } = decideAudience(model, options.audience);
    const limited = text.length > (options.largeDocumentThreshold ?? DEFAULT_LARGE_DOCUMENT_THRESHOLD);
    // Undecided: the consumer rules run too, as hints, since the draft may yet address consumers.
    let enabled = enabledRules(options, this.rules)
      .filter((e) => !e.rule.meta.audience || e.rule.meta.audience === audience || source === 'undecided')
      .map((e) => (source === 'undecided' && e.rule.meta.audience && e.rule.meta.audience !== audience ? { ...e, severity: 'hint' as const, explicit: true } : e));
    if (limited) enabled = enabled.filter((e) => e.rule.scope === 'directives' || CHEAP_RULES.has(e.rule.meta.id));
    // A draft under another law is not tested against the Dutch BW (recht-buitenlands says so once), unless asked.
    if (foreignLaw(model.documentKind)) enabled = enabled.filter((e) => e.explicit || !DUTCH_LAW_RULES.has(e.rule.meta.id));

    const findings: Finding[] = [];
    const blockRules = enabled.filter((e) => e.rule.scope === 'block');
    const docRules = enabled.filter((e) => e.rule.scope === 'document');
    // The spelling checks see the dictionary (once loaded) and the user's words: both are part of the key.
    const words = options.words?.length ? new Set(options.words.map((w) => w.toLowerCase())) : undefined;
    const keyPrefix = `${audience}|${blockRules.map((e) => `${e.rule.meta.id}:${e.severity}`).join(',')}|${dictionaryGeneration()}|${options.words?.join('\u0000') ?? ''}|`;
    const spelling = { speller: dictionary(), words };
    if (keyPrefix !== this.cacheKey) this.cache = new Map();
    this.cacheKey = keyPrefix;
    const nextCache = new Map<string, Finding[]>();
    // One context per block rule for the whole analysis, pointed at each block's findings in turn.
    let blockContexts: Reporting[] | undefined;
    for (const block of model.blocks) {
      if (token.isCancellationRequested) throw new CancelledError();
      // Letters the given text held decomposed are part of the key: the spelling rule names them.
      const decomposed = nfc?.composedIn(block.span.start, block.span.end);
      const key = decomposed?.length ? `${block.text}\u0000${decomposed.map((d) => `${d.start}${d.original}`).join(',')}` : block.text;
      let local = nextCache.get(key) ?? this.cache.get(key);
      if (!local) {
        seedCitations(block, model.citations);
        blockContexts ??= blockRules.map((e) => Object.assign(context(e, e.rule.meta.audience ?? audience, []), spelling));
        local = runBlockRules(block, blockRules, blockContexts, decomposed?.length ? decomposed : undefined);
      }
      nextCache.set(key, local);
      for (const f of shiftedAt(local, block.span.start)) findings.push(f);
    }
    this.cache = nextCache;
    const kept = new Map<string, Reuse>();
    for (const e of docRules) {
      if (token.isCancellationRequested) throw new CancelledError();
      const rule = e.rule;
      const memos = this.analyses > 1 ? this.memos : undefined;
      const ruleAudience = rule.meta.audience ?? audience;
      let reuse: Reuse | undefined;
      // A habit's key reads the words under a span, which an edit can change in place: such rules report afresh.
      if (memos && (rule as Extract<Rule, { scope: 'document' }>).keepsReports && !rule.meta.habit) {
        const last = this.kept.get(rule.meta.id);
        const severity = `${e.severity}|${e.explicit}|${ruleAudience}|${source === 'undecided'}`;
        reuse = { severity, last: last?.severity === severity ? last.next : undefined, next: new Map() };
        kept.set(rule.meta.id, reuse);
      }
      const ctx = context(e, ruleAudience, findings, memos, reuse);
      ctx.text = model.text;
      if (source === 'undecided') ctx.audienceUndecided = true;
      safely(rule, () => (rule as Extract<Rule, { scope: 'document' }>).check(model, ctx));
    }
    this.kept = kept;
    const ran = new Set(enabled.map((e) => e.rule.meta.id));
    const applied = applyDirectives(model, findings, this.ruleIds, this.directiveRuleIds, ran);
    const visible = applied.kept;
    // The rules about the disable comments come last: they judge what the comments did to the others.
    for (const e of enabled) {
      if (e.rule.scope !== 'directives') continue;
      const rule = e.rule;
      const own: Finding[] = [];
      safely(rule, () => rule.check(applied, context(e, audience, own)));
      for (const f of own) if (!applied.silenced(f)) visible.push(f);
    }
    visible.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
    // A repeated defect is one finding at its first place (the disable comments have had their say).
    const grouped = groupFindings(visible, model);
    // Complete: memo entries this analysis did not use are dropped now, not kept until the next edit.
    this.memos.settle();
    if (!nfc) return { model, findings: grouped, text, lines: model.lines, positions: model.lines, audience, audienceSource: source, limited };
    const lines = new LineIndex(text);
    const mapped = grouped.map((f) => inOriginal(f, nfc));
    return { model, findings: mapped, text, lines, positions: new NfcPositions(nfc, lines), audience, audienceSource: source, limited };
  }
}

/** The NFC map of `text` when normalisation changes it, followed from the previous text's map. */
function nfcFollowed(last: NfcMap | undefined, text: string): NfcMap {
  if (!last) return NfcMap.of(text);
  const edit = diffTexts(last.original, text);
  return edit ? last.follow(text, edit) : last;
}

function runBlockRules(block: Block, rules: Enabled, contexts: Reporting[], decomposed: readonly ComposedPiece[] | undefined): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i].rule as Extract<Rule, { scope: 'block' }>;
    const ctx = contexts[i];
    ctx.sink = out;
    ctx.text = block.text;
    ctx.decomposed = decomposed;
    try {
      rule.check(block, ctx);
    } catch (e) {
      failed(rule, e);
    }
  }
  return out;
}

/** A rule's context, whose reports go to `sink`. */
interface Reporting extends RuleContext {
  sink: Finding[];
  /** The text the reported spans are offsets in (the block's, or the draft's): the habits' words are read there. */
  text?: string;
}

/**
 * The findings a document rule made in the last analysis, by the Report each came from, and those of this
 * one. A rule that keeps its Report objects with its facts (a Report is not changed once reported) and
 * reports one again gets the same finding back, its messages not filled again, while its spans are where
 * they were.
 */
interface Reuse {
  severity: string;
  last: Map<Report, Finding> | undefined;
  next: Map<Report, Finding>;
}

function context({ rule, severity, explicit }: Enabled[number], audience: Audience, sink: Finding[], memos?: MemoStore, reuse?: Reuse): Reporting {
  const ctx: Reporting = {
    audience,
    sink,
    memo: memos && (<V>(name: string) => memos.memo<V>(name)),
    report(r: Report) {
      if (reuse && !r.fixes) {
        const had = reuse.last?.get(r);
        if (had && sameSpans(had, r)) {
          reuse.next.set(r, had);
          ctx.sink.push(had);
          return;
        }
      }
      const template = rule.meta.messages[r.messageId ?? 'default'] ?? rule.meta.messages.default;
      // A rule may grade one finding (e.g. an error only toward consumers) unless the user set a severity.
      const graded = !explicit && r.severity ? r.severity : severity;
      const group = groupOf(rule.meta, r, ctx.text);
      const f: Finding = {
        ruleId: rule.meta.id,
        severity: graded,
        // Spans are copied: rules may hand over the model's own span objects, and the incremental parser
        // moves those in place on the next edit, which must not move this analysis's findings.
        span: copySpan(r.span),
        message: { nl: fill(template.nl, r.args, 'nl'), en: fill(template.en, r.args, 'en') },
        related: r.related?.map((x) => ({ ...x, span: copySpan(x.span) })),
        tags: r.tags,
        fixes: typeof r.fixes === 'function' ? undefined : r.fixes?.map(copyFix),
        ...(group !== undefined && { group: `${r.messageId ?? 'default'}\u0000${graded}\u0000${group}` }),
        ...(group !== undefined && r.lead && { lead: true as const }),
      };
      if (typeof r.fixes === 'function') fixesOnFirstRead(f, r.fixes);
      if (reuse && !r.fixes) reuse.next.set(r, f);
      ctx.sink.push(f);
    },
  };
  return ctx;
}

/** The defect a report is a place of (kit/rule.ts, `RuleMeta.habit`), or undefined when it stands alone. */
function groupOf(meta: RuleMeta, r: Report, text: string | undefined): string | undefined {
  if (r.group !== undefined) return r.group;
  const key = meta.habit?.key;
  if (!key) return undefined;
  if (key === 'words') return text === undefined ? undefined : text.slice(r.span.start, r.span.end).toLowerCase().replace(/\s+/g, ' ');
  const v = r.args?.[key.arg];
  return v === undefined ? undefined : typeof v === 'object' ? v.nl : String(v);
}

/** Whether a finding's spans are still those of the Report it came from (a rule may report the model's spans, which an edit moves). */
function sameSpans(f: Finding, r: Report): boolean {
  if (f.span.start !== r.span.start || f.span.end !== r.span.end) return false;
  const a = f.related;
  const b = r.related;
  if (!a || !b) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].span.start !== b[i].span.start || a[i].span.end !== b[i].span.end) return false;
  return true;
}

/** A failing rule must not take the analysis down with it: the other rules still report. */
function safely(rule: Rule, fn: () => void) {
  try {
    fn();
  } catch (e) {
    failed(rule, e);
  }
}

function failed(rule: Rule, e: unknown): void {
  if (e instanceof CancelledError) throw e;
  // Swallowed on purpose; the LSP layer logs rule failures it can see in the findings count.
  ruleFailures.push({ ruleId: rule.meta.id, error: e instanceof Error ? e.message : String(e) });
}

/** Failures of rules since the last read; the server logs them to its output channel. */
export const ruleFailures: Array<{ ruleId: string; error: string }> = [];

// Block findings moved to document offsets, kept while the block stays where it was: after an edit
// the articles before it keep their offsets and need no new objects.
const shiftedCache = new WeakMap<Finding[], { at: number; findings: Finding[] }>();

function shiftedAt(local: Finding[], at: number): Finding[] {
  if (at === 0 || local.length === 0) return local;
  const c = shiftedCache.get(local);
  if (c && c.at === at) return c.findings;
  const findings = local.map((f) => shift(f, at));
  shiftedCache.set(local, { at, findings });
  return findings;
}

/** A finding on the NFC text as one on the original text (a new object: block findings stay cached). */
function inOriginal(f: Finding, nfc: NfcMap): Finding {
  return {
    ...f,
    span: nfc.span(f.span),
    related: f.related?.map((r) => ({ ...r, span: nfc.span(r.span) })),
    fixes: f.fixes && fixesInOriginal(f.fixes, nfc),
    ...(f.occurrences && { occurrences: f.occurrences.map((o) => ({ ...o, span: nfc.span(o.span), ...(o.fixes && { fixes: fixesInOriginal(o.fixes, nfc) }) })) }),
  };
}

function fixesInOriginal(fixes: Fix[], nfc: NfcMap): Fix[] {
  return fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, span: nfc.span(e.span) })) }));
}

function copyFix(x: Fix): Fix {
  return { ...x, edits: x.edits.map((e) => ({ ...e, span: copySpan(e.span) })) };
}

/**
 * `f.fixes` built by `make` when first read, then kept as a plain property (in the same place among the
 * finding's keys, so a copy or JSON of the finding is what it was with the fixes built at once).
 */
function fixesOnFirstRead(f: Finding, make: () => Fix[]): void {
  const settle = (value: Fix[] | undefined) => Object.defineProperty(f, 'fixes', { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(f, 'fixes', {
    enumerable: true,
    configurable: true,
    get() {
      const value = make().map(copyFix);
      settle(value);
      return value;
    },
    set: settle,
  });
}

function copySpan(s: Span): Span {
  return { start: s.start, end: s.end };
}

function shiftSpan(s: Span, d: number): Span {
  return { start: s.start + d, end: s.end + d };
}

function shift(f: Finding, d: number): Finding {
  if (d === 0) return f;
  return {
    ...f,
    span: shiftSpan(f.span, d),
    related: f.related?.map((r) => ({ ...r, span: shiftSpan(r.span, d) })),
    fixes: f.fixes?.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, span: shiftSpan(e.span, d) })) })),
  };
}
