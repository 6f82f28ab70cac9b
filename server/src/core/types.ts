// Shared vocabulary of the analysis core. Nothing here knows about LSP or VS Code.

/** Half-open range [start, end) in UTF-16 code units of the analysed text. */
export interface Span {
  start: number;
  end: number;
}

export type Lang = 'nl' | 'en';
export type Localized = Record<Lang, string>;

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** b2c: the draft is (also) addressed to consumers, so 6:236/6:237 BW and other consumer law apply. */
export type Audience = 'b2b' | 'b2c';
export type AudienceSetting = Audience | 'auto';

export type RuleCategory = 'structuur' | 'definities' | 'wet' | 'consument' | 'praktijk' | 'taal';

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: Localized;
  edits: TextEdit[];
  /** The fix an editor may apply on "auto fix". */
  preferred?: boolean;
  /** What the editor shows and selects once the fix is applied: characters start..end of edits[edit].newText. */
  reveal?: { edit: number; start: number; end: number };
  /** The fix of a grouped finding that makes the correction at every place of the defect (engine/groups.ts). */
  everywhere?: boolean;
}

export interface RelatedInfo {
  span: Span;
  message: Localized;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  span: Span;
  message: Localized;
  related?: RelatedInfo[];
  /** 'unnecessary' renders faded (e.g. an unused definition). */
  tags?: Array<'unnecessary' | 'deprecated'>;
  fixes?: Fix[];
  /**
   * What makes findings of one rule the same defect (a habit: one misspelling, one term in lower case), from
   * the rule's `meta.habit`; the engine reports one finding per rule and group (engine/groups.ts).
   */
  group?: string;
  /** This place, not the first, is where its group's finding stands (`Report.lead`); gone once grouped. */
  lead?: true;
  /**
   * The other places of the same defect, in document order, when the draft repeats it: this finding stands at
   * the first, its message says how often and where, and its fixes end with the ones that fix every place.
   */
  occurrences?: Occurrence[];
}

/** A later place of a grouped finding's defect. */
export interface Occurrence {
  span: Span;
  /** Points to the first place, where the finding stands. */
  message: Localized;
  /** The fixes of this place alone. */
  fixes?: Fix[];
}

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: CancellationToken = { isCancellationRequested: false };

/** Thrown by the core when a token is cancelled; callers treat it as "no result". */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}
