// The rule kit: the contract every rule module fulfils (one rule per file under rules/: `<id>.ts`,
// `<id>.test.ts`, `<id>.md`). Rules and the engine both import it; the engine imports no rule.
import type { Audience, Fix, Lang, Localized, RelatedInfo, RuleCategory, Severity, Span } from '../types';
import type { Block, Directive, DocumentModel } from '../model/types';
import type { ComposedPiece } from '../text/nfc';
import type { Speller } from '../spelling/dictionary';

export interface RuleMeta {
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  /** Rules such as heldere-taal are opt-in. */
  enabledByDefault?: boolean;
  /** Only meaningful for this audience (consumer-law rules). */
  audience?: Audience;
  title: Localized;
  /** Message templates by id; `{name}` is replaced by the report's args. */
  messages: Record<string, Localized>;
  /**
   * The findings that are one defect wherever the draft repeats it, a habit the author fixes once ("danwel"
   * in eight articles): the engine keeps one finding per key, at the first place, with the others attached
   * (engine/groups.ts). `key`: 'words', the reported words in lower case; or the name of an argument of the
   * report (e.g. the defined term). Findings of different messages or severities are never grouped; a report
   * may name its own key (`Report.group`). Leave it out where each place is its own legal question.
   */
  habit?: { key: 'words' | { arg: string } };
}

export interface Report {
  span: Span;
  messageId?: string; // defaults to 'default'
  /** Localized args are picked per language when the message is rendered. */
  args?: Record<string, string | number | Localized>;
  /** Overrides the configured severity for this one finding (e.g. an error only toward consumers). */
  severity?: Severity;
  related?: RelatedInfo[];
  tags?: Array<'unnecessary' | 'deprecated'>;
  /**
   * The finding's fixes, or a function that builds them when someone first reads `Finding.fixes` (a code
   * action, a test): for fixes that cost more than the check (a library clause in the draft's style), which
   * most analyses never show. It reads the model of its own analysis; the analyzer's next analysis may move
   * that model in place, so it must return [] once the model is `superseded` (model/update.ts).
   */
  fixes?: Fix[] | (() => Fix[]);
  /** The defect this finding is a place of, where `meta.habit` does not say it (see there). */
  group?: string;
  /**
   * Where a group's finding should stand when that is not its first place (the article where the one fix
   * belongs); the others become its occurrences, in document order.
   */
  lead?: boolean;
}

export interface RuleContext {
  audience: Audience;
  /** No comment, setting or wording decides the audience (the consumer rules then run as hints). */
  audienceUndecided?: boolean;
  report(r: Report): void;
  /**
   * Storage kept by the Analyzer between analyses of one document (absent in one-off checks): a rule
   * memoises what it derives from a piece of text, keyed by that text, so an edit recomputes only the
   * edited pieces. Entries unused in one analysis are dropped at the next.
   */
  memo?<V>(name: string): Memo<V>;
  /** The spelling dictionary, once the host has loaded it (absent before and in hosts without one). */
  speller?: Speller;
  /** The user's own words (setting clausule.woorden, "woorden" in .clausule.json), in lower case. */
  words?: ReadonlySet<string>;
  /**
   * Block rules: the letters of this block that the text as given holds decomposed ("e" + U+0308), or as a
   * character NFC replaces (U+037E for ";"), as spans of the composed text the rule sees (text/nfc.ts) with
   * what the text as given holds there; absent when there are none.
   */
  decomposed?: readonly ComposedPiece[];
}

/** A rule's memo (engine/incrementalMemo.ts keeps it): values by the text they were derived from. */
export interface Memo<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** The value for `key`, computed by `make` when it is not known yet. */
  getOrCreate(key: string, make: (key: string) => V): V;
}

/** Sees one block's text; its findings are cached per block text and audience. */
export interface BlockRule {
  scope: 'block';
  meta: RuleMeta;
  /** Offsets in `block.text` are local; the engine moves them to document offsets. */
  check(block: Block, ctx: RuleContext): void;
}

/** Sees the whole model: cross-references, definitions, duplicates across articles. */
export interface DocumentRule {
  scope: 'document';
  meta: RuleMeta;
  /**
   * The rule keeps Report objects between analyses (with what it derives per article, in `ctx.memo`) and
   * reports them again while they hold: the engine then hands back the finding it made of the same Report
   * the last time, where its spans are unchanged. A Report is not changed once reported.
   */
  keepsReports?: boolean;
  check(model: DocumentModel, ctx: RuleContext): void;
}

/** What the draft's disable comments did, once the engine applied them to every other rule's findings. */
export interface DirectiveOutcome {
  /** Comments that suppressed no finding, in the draft's order (a comment naming a rule that did not run is not judged). */
  unused: readonly Directive[];
  /** Rule ids a comment names that no rule has, in the draft's order. */
  unknown: ReadonlyArray<{ directive: Directive; id: string }>;
}

/**
 * Judges the disable comments themselves: runs after every other rule, once the comments are applied.
 * Its findings are silenced only by a comment that names it, and never by the comment they are about.
 */
export interface DirectiveRule {
  scope: 'directives';
  meta: RuleMeta;
  check(outcome: DirectiveOutcome, ctx: RuleContext): void;
}

export type Rule = BlockRule | DocumentRule | DirectiveRule;

// Message templates are the rules' static texts: each is split at its {placeholders} once (even parts
// text, odd parts argument names), so a report joins strings instead of running a regex over the text.
const PLACEHOLDER = /\{(\w+)\}/;
const templateParts = new Map<string, string[]>();

/** The template with each {name} replaced by args[name] (in `lang` when localized); unknown names stay. */
export function fill(template: string, args: Report['args'], lang: Lang): string {
  if (!args) return template;
  let parts = templateParts.get(template);
  if (!parts) {
    if (templateParts.size > 1000) templateParts.clear();
    parts = template.split(PLACEHOLDER);
    templateParts.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = args[parts[i]];
    out += (v === undefined ? `{${parts[i]}}` : typeof v === 'object' ? v[lang] : String(v)) + parts[i + 1];
  }
  return out;
}
