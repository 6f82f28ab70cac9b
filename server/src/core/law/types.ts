// Shapes of the bundled law data (data/*.json). Built by scripts/build-law-data.mjs; curated.json is ours.
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
}

export interface RawArticle {
  key: string;
  book?: number;
  law?: string;
  nr: string;
  leden: Lid[];
  /** YYYY-MM-DD: the consolidated version the text was taken from. */
  version: string;
  status: 'geldend' | 'vervallen';
  section?: number;
  sectionPath?: string[];
  url: string;
  /** full = official 2023 export; bw-articles = newer text from the reference dataset; facts = facts.json. */
  src: 'full' | 'bw-articles' | 'facts';
  /** Known to have been amended after this version; we do not hold the newer text. */
  laterAmended?: boolean;
}

export interface BwData {
  meta: { source: string; bwb: Record<string, string>; urlFormat: string; urlCaveat: string };
  sections: Array<{ path: string[]; url: string }>;
  articles: RawArticle[];
  other: RawArticle[];
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
  url: string;
  source: string;
  laterAmended: boolean;
}

export type Regime = 'regelend' | 'dwingend' | 'n.v.t.';

export interface Mandatory {
  /** The leden this applies to; absent = the whole article. */
  leden?: string[];
  b2b: Regime;
  b2c: Regime;
  /** Where the regime follows from, e.g. "7:413 lid 2". */
  basis: string;
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
  meta: { author: string; reviewed: string; caution: Localized };
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
