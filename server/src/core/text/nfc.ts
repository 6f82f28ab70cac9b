// Drafts are analysed in Unicode NFC: a converter may store "ë" as "e" + U+0308, which looks the same but
// no word list, pattern or definition matches. The engine analyses the composed text and maps what it
// reports back to the code units of the text it was given.
import type { LineIndex, Position } from './lineIndex';
import type { Span } from '../types';

/**
 * Code units that are NFC on their own, combine with nothing before them and are never a combining mark:
 * Latin up to U+02FF, general punctuation from U+2002 (U+2000 and U+2001 are not NFC) and currency signs.
 * A text of these only is NFC without asking ICU (nfc.test.ts holds every pair of them to that), and
 * every NFC change is confined to a piece that starts at one of them (or at the start of the text).
 */
const STABLE = '\\u0000-\\u02ff\\u2002-\\u20bf';
const UNSTABLE = new RegExp(`[^${STABLE}]`);
const UNSTABLE_RUNS = new RegExp(`[^${STABLE}]+`, 'g');

/** A piece that normalisation changed: its span in the NFC text, and what the text as given held there. */
export interface ComposedPiece extends Span {
  original: string;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

const MARK = /^\p{M}/u;

/** Converts offsets between a text and its NFC form (nfcMap gives one only for a text that is not NFC). */
export class NfcMap {
  // The pieces that normalisation changed, in order: [start, end) in the original text and in the NFC text.
  private readonly origStarts: number[] = [];
  private readonly origEnds: number[] = [];
  private readonly nfcStarts: number[] = [];
  private readonly nfcEnds: number[] = [];
  /** The NFC text. */
  readonly text: string;

  constructor(readonly original: string) {
    const parts: string[] = [];
    let copied = 0;
    let delta = 0;
    UNSTABLE_RUNS.lastIndex = 0;
    for (let m = UNSTABLE_RUNS.exec(original); m; m = UNSTABLE_RUNS.exec(original)) {
      // The run's stable neighbour before it may be the base letter of its marks.
      let start = Math.max(0, m.index - 1);
      const end = m.index + m[0].length;
      let piece = original.slice(start, end);
      let composed = piece.normalize('NFC');
      if (composed === piece) continue;
      // Only what changed: "'" before U+037E (the Greek question mark, NFC ";") stays out of the piece, but a
      // letter whose marks changed keeps them.
      let head = 0;
      while (head < composed.length - 1 && head < piece.length - 1 && composed.charCodeAt(head) === piece.charCodeAt(head) && !isHighSurrogate(piece.charCodeAt(head))) head++;
      if (head > 0 && MARK.test(piece.slice(head, head + 2))) head = 0;
      start += head;
      piece = piece.slice(head);
      composed = composed.slice(head);
      parts.push(original.slice(copied, start), composed);
      copied = end;
      this.origStarts.push(start);
      this.origEnds.push(end);
      this.nfcStarts.push(start - delta);
      delta += piece.length - composed.length;
      this.nfcEnds.push(end - delta);
    }
    parts.push(original.slice(copied));
    this.text = parts.join('');
  }

  /** Whether normalisation changed anything. */
  get changed(): boolean {
    return this.origStarts.length > 0;
  }

  /** The original offset of an NFC offset; inside a composed piece its start, or its end when `end` is set. */
  toOriginal(at: number, end = false): number {
    return convert(at, end, this.nfcStarts, this.nfcEnds, this.origStarts, this.origEnds);
  }

  /** The NFC offset of an original offset; inside a piece that was composed its start, or its end when `end` is set. */
  toNormal(at: number, end = false): number {
    return convert(at, end, this.origStarts, this.origEnds, this.nfcStarts, this.nfcEnds);
  }

  /** The composed pieces (spans of the NFC text) within [start, end), relative to `start`, with the text as given. */
  composedIn(start: number, end: number): ComposedPiece[] {
    const out: ComposedPiece[] = [];
    for (let k = firstAtOrAfter(this.nfcStarts, start); k < this.nfcStarts.length && this.nfcEnds[k] <= end; k++) {
      out.push({ start: this.nfcStarts[k] - start, end: this.nfcEnds[k] - start, original: this.original.slice(this.origStarts[k], this.origEnds[k]) });
    }
    return out;
  }

  /** A span of the NFC text as a span of the original: a composed letter covers all its original units. */
  span(s: Span): Span {
    const start = this.toOriginal(s.start);
    return { start, end: s.end === s.start ? start : this.toOriginal(s.end, true) };
  }
}

function firstAtOrAfter(sorted: number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function convert(at: number, end: boolean, fromStarts: number[], fromEnds: number[], toStarts: number[], toEnds: number[]): number {
  // The last changed piece that starts at or before `at`.
  let lo = 0;
  let hi = fromStarts.length - 1;
  if (hi < 0 || at < fromStarts[0]) return at;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fromStarts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  if (at === fromStarts[lo]) return toStarts[lo];
  if (at >= fromEnds[lo]) return at - fromEnds[lo] + toEnds[lo];
  return end ? toEnds[lo] : toStarts[lo];
}

/**
 * The NFC form of `text` with its offset map, or undefined when the text is NFC already. The common case
 * (only Latin letters, punctuation and currency signs) is one regex test, without a copy of the text.
 */
export function nfcMap(text: string): NfcMap | undefined {
  if (!UNSTABLE.test(text)) return undefined;
  // Other letters, emoji …: only the runs of them are normalised, not the whole text.
  const map = new NfcMap(text);
  return map.changed ? map : undefined;
}

/** Offsets <-> editor positions: a LineIndex, or one that reads NFC offsets against the original text. */
export interface Positions {
  /** `end`: the offset ends a span (inside a composed letter it then maps past the letter's last unit). */
  positionAt(offset: number, end?: boolean): Position;
  offsetAt(position: Position): number;
}

/** Positions in the original text for offsets in its NFC form. */
export class NfcPositions implements Positions {
  constructor(
    private readonly map: NfcMap,
    private readonly lines: LineIndex,
  ) {}

  positionAt(offset: number, end = false): Position {
    return this.lines.positionAt(this.map.toOriginal(offset, end));
  }

  offsetAt(position: Position): number {
    return this.map.toNormal(this.lines.offsetAt(position));
  }
}
