// Shapes of the bundled law data (data/*.json). bw.json and facts.json are built by scripts/build-law-data.mjs;
// data/curated/*.json (titles, explanations, drafting notes, regimes) is our own editorial text.
import type { Localized } from '../types';

export interface Lid {
  /** "1", "2", ...; null for an article without numbered leden. */
  nr: string | null;
  /** Official text; sub-items on new lines indented by two spaces per level. Null only with textAvailable false. */
  text: string | null;
  /** Markers of the first-level sub-items: "a", "b", "1°". */
  subs: string[];
  /** False when the lid exists but we do not hold its official text. */
  textAvailable?: false;
  /** The official text marks this lid as repealed ("[vervallen.]"). */
  repealed?: true;
}

/** [lid number or null for an article without numbered leden, official text or null when not held]. */
export type RawLid = [string | null, string | null];

/** One article in bw.json; fields equal to its book's are left out. */
export interface RawArticle {
  nr: string;
  /** Index into the book's sections. */
  s: number;
  leden: RawLid[];
  /** Version date when it differs from the book's. */
  v?: string;
  /**
   * full = official export; bw-articles / later = newer text transcribed from the source named in `from`;
   * later-known = the article exists in a later version (source `from`), its text is not held.
   */
  src?: 'full' | 'bw-articles' | 'later' | 'later-known' | 'import';
  /** Key into meta.sources: where a text that is not from an official export comes from. */
  from?: string;
  status?: 'vervallen';
  /** Known to have been amended after this version; we do not hold the newer text. */
  laterAmended?: true;
  /** For a repealed article: where its rules now stand. */
  successor?: Successor;
}

export interface Successor {
  /** The first article of the successor ("6:230g"). */
  successor: string;
  /** "afdeling 6.5.2B (artikelen 6:230g-6:230z BW)". */
  label: string;
  basis: string;
}

export interface RawBook {
  book: number;
  bwb: string;
  /** YYYY-MM-DD: the consolidated version most articles were taken from. */
  version: string;
  src: 'full' | 'import';
  sections: Array<{ path: string[]; url: string }>;
  articles: RawArticle[];
}

/** A provision outside the BW (Telecommunicatiewet 11.7). */
export interface RawOther {
  key: string;
  law: string;
  bwb: string;
  nr: string;
  version: string;
  src: 'facts' | 'later';
  from?: string;
  sectionPath: string[];
  url: string;
  leden: RawLid[];
}

export interface BwData {
  meta: { source: string; urlFormat: string; urlCaveat: string; currentUrlFormat: string; sources: Record<string, Localized> };
  books: RawBook[];
  other: RawOther[];
}

/** An article as the API hands it out. */
export interface Article {
  key: string;
  law: string;
  book?: number;
  nr: string;
  leden: Lid[];
  version: string;
  status: 'geldend' | 'vervallen';
  sectionPath: string[];
  /** The version we show on wetten.overheid.nl (versioned path); the current text where we hold no text. */
  url: string;
  /** The text in force on the day the link is opened (JuriConnect without dates). */
  currentUrl: string;
  bwb: string;
  /** Human-readable source with BWB id and version (Dutch). */
  source: string;
  /** Where the text comes from, in both languages; "wetten.overheid.nl" only for an official export. */
  sourceLabel: Localized;
  /** True when the text was taken from an official wetten.overheid.nl export (bundled or imported). */
  official: boolean;
  src: 'full' | 'bw-articles' | 'later' | 'later-known' | 'import' | 'facts';
  laterAmended: boolean;
  /** The article exists (in a later version) but we hold none of its text. */
  textless: boolean;
  successor?: Successor;
}

/**
 * What a clause departing from the provision meets, per audience: regelend (default law), dwingend (no
 * departure to that party's detriment), n.v.t. (the provision does not protect that party), zwart /
 * grijs (the provision stays default law, but a departing clause in general terms is on the black list
 * of 6:236, voidable, or the grey list of 6:237, presumed unreasonably onerous), verjaring (departure
 * only as from the limitation rules of title 3.11, 7:413 lid 3).
 */
export type Regime = 'regelend' | 'dwingend' | 'n.v.t.' | 'zwart' | 'grijs' | 'verjaring';

export interface Mandatory {
  /** The leden this applies to; absent = the whole article. */
  leden?: string[];
  b2b: Regime;
  b2c: Regime;
  /** Where the regime follows from, e.g. "7:413 lid 2"; for both audiences unless b2cBasis is given. */
  basis: string;
  /** Where the consumer regime follows from, when it differs (7:401: "6:237 sub b en f"). */
  b2cBasis?: string;
  /** What the statute itself attaches to a departing clause, where it says so (3:83 lid 3, 6:94 lid 3). */
  gevolg?: 'nietig';
}

export interface CuratedSub {
  title: Localized;
  explanation: Localized;
}

export interface CuratedEntry {
  title: Localized;
  explanation: Localized;
  note: Localized;
  mandatory?: Mandatory[];
  related: string[];
  /** False when we hold no official text for (part of) the provision. */
  textAvailable?: false;
  /** Per-letter entries (6:236 a-t, 6:237 a-o), addressable as "6:236 sub j". */
  subs?: Record<string, CuratedSub>;
}

export interface CuratedData {
  meta: { author: string; reviewed: string; reviewScope: Localized; caution: Localized };
  entries: Record<string, CuratedEntry>;
}

export interface IncassoFacts {
  citation: string;
  staffel: Array<{ upTo: number | null; rate: number }>;
  minimum: number;
  maximum: number;
  confidence: string;
  sources: string[];
}
