// Drafts are analysed in Unicode NFC: a converter may store "ë" as "e" + U+0308, which looks the same but
// no word list, pattern or definition matches. The engine analyses the composed text and maps what it
// reports back to the code units of the text it was given.
import { isHighSurrogate } from './letters';
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

/** One replacement: [start, oldEnd) of the previous text became [start, newEnd) of the new one (model/edit.ts's Edit). */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** A piece that normalisation changed: its span in the NFC text, and what the text as given held there. */
export interface ComposedPiece extends Span {
  original: string;
}

const MARK = /^\p{M}/u;

/** Whether a code unit is in STABLE (kept in step with it). */
function isStable(c: number): boolean {
  return c <= 0x2ff || (c >= 0x2002 && c <= 0x20bf);
}

/**
 * Converts offsets between a text and its NFC form (nfcMap gives one only for a text that is not NFC; a
 * map that changed nothing still follows edits, see `follow`).
 */
export class NfcMap {
  /** The map of `original`, read in full. */
  static of(original: string): NfcMap {
    return NfcMap.EMPTY.follow(original, { start: 0, oldEnd: 0, newEnd: original.length });
  }

  private static readonly EMPTY = new NfcMap('', '', [], [], [], []);

  /**
   * @param text the NFC text
   * @param origStarts the pieces that normalisation changed, in order: [start, end) in the original text
   * and in the NFC text
   */
  private constructor(
    readonly original: string,
    readonly text: string,
    private readonly origStarts: number[],
    private readonly origEnds: number[],
    private readonly nfcStarts: number[],
    private readonly nfcEnds: number[],
  ) {}

  /**
   * The map of `text`, which is this map's original with one replacement (`change`): only the runs of
   * unstable code units around it are composed again; the pieces before it are kept and those after it
   * moved. Equal to `NfcMap.of(text)` (nfc.test.ts holds it to that over random edits).
   */
  follow(text: string, change: TextChange): NfcMap {
    const { start, oldEnd, newEnd } = change;
    const delta = newEnd - oldEnd;
    // The window: the change widened to whole runs on both sides. The unit before it is stable (or the
    // text starts there), so a run starts in the window only with its base letter in it, and the unit
    // after it is stable (or the text ends there): runs outside it are those of the previous text.
    let lo = start;
    while (lo > 0 && !isStable(text.charCodeAt(lo - 1))) lo--;
    let hi = newEnd;
    while (hi < text.length && !isStable(text.charCodeAt(hi))) hi++;
    const from = Math.max(0, lo - 1);
    const oldHi = hi - delta;
    // Pieces of runs that end before the window stay, those of runs that end after it move.
    const left = firstAtOrAfter(this.origEnds, lo);
    const right = firstAtOrAfter(this.origEnds, oldHi + 1);
    const origStarts = this.origStarts.slice(0, left);
    const origEnds = this.origEnds.slice(0, left);
    const nfcStarts = this.nfcStarts.slice(0, left);
    const nfcEnds = this.nfcEnds.slice(0, left);
    // How much shorter the NFC text is than the original before `from`, and before `oldHi` in the previous text.
    const before = left > 0 ? this.origEnds[left - 1] - this.nfcEnds[left - 1] : 0;
    const oldShrink = right > 0 ? this.origEnds[right - 1] - this.nfcEnds[right - 1] : 0;
    const window = text.slice(from, hi);
    const parts: string[] = [];
    let shrink = before;
    if (UNSTABLE.test(window)) {
      let copied = 0;
      UNSTABLE_RUNS.lastIndex = 0;
      for (let m = UNSTABLE_RUNS.exec(window); m; m = UNSTABLE_RUNS.exec(window)) {
        // The run's stable neighbour before it may be the base letter of its marks.
        let s = Math.max(0, m.index - 1);
        const e = m.index + m[0].length;
        let piece = window.slice(s, e);
        let composed = piece.normalize('NFC');
        if (composed === piece) continue;
        // Only what changed: "'" before U+037E (the Greek question mark, NFC ";") stays out of the piece, but a
        // letter whose marks changed keeps them.
        let head = 0;
        while (head < composed.length - 1 && head < piece.length - 1 && composed.charCodeAt(head) === piece.charCodeAt(head) && !isHighSurrogate(piece.charCodeAt(head))) head++;
        if (head > 0 && MARK.test(piece.slice(head, head + 2))) head = 0;
        s += head;
        piece = piece.slice(head);
        composed = composed.slice(head);
        parts.push(window.slice(copied, s), composed);
        copied = e;
        origStarts.push(from + s);
        origEnds.push(from + e);
        nfcStarts.push(from + s - shrink);
        shrink += piece.length - composed.length;
        nfcEnds.push(from + e - shrink);
      }
      if (parts.length) parts.push(window.slice(copied));
    }
    const move = delta + oldShrink - shrink;
    for (let k = right; k < this.origStarts.length; k++) {
      origStarts.push(this.origStarts[k] + delta);
      origEnds.push(this.origEnds[k] + delta);
      nfcStarts.push(this.nfcStarts[k] + move);
      nfcEnds.push(this.nfcEnds[k] + move);
    }
    let normal = text;
    if (origStarts.length > 0) {
      // Unchanged NFC text before and after the window, and the window composed.
      const inWindow = parts.length ? parts.join('') : window;
      normal = this.text.slice(0, from - before) + inWindow + this.text.slice(oldHi - oldShrink);
    }
    return new NfcMap(text, normal, origStarts, origEnds, nfcStarts, nfcEnds);
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
  const map = NfcMap.of(text);
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
