// Word's automatic list numbering, rendered as Word shows it. No library does this faithfully, so it is
// ours: numbering.xml is read into plain data (readNumbering in docxXml.ts), and a ListCounter walks the
// paragraphs in document order and produces each number's text ("3.2", "b.", "IV", "•").

/** One level of an abstract numbering definition (w:lvl). */
export interface NumLevel {
  /** w:numFmt: decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none, decimalZero … */
  format: string;
  /** w:lvlText, e.g. "%1.%2." or "Artikel %1" or a bullet character. */
  text: string;
  start: number;
  /** w:isLgl: every number in the text is shown as decimal (legal numbering). */
  legal: boolean;
  /** w:lvlRestart: 0 never restarts; n restarts after a use of level n (1-based) or higher. */
  restart?: number;
  /** w:pStyle: the paragraph style that carries this level. */
  style?: string;
}

export interface AbstractNum {
  levels: Array<NumLevel | undefined>;
}

/** A list instance (w:num): its abstract definition and per-level overrides. */
export interface NumInstance {
  abstractId: string;
  /** w:lvlOverride per level: a new start value (w:startOverride) and/or a replacement level (w:lvl). */
  overrides: Map<number, { start?: number; level?: NumLevel }>;
}

export interface Numbering {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, NumInstance>;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) ((out += s), (n -= v));
  return out;
}

/** Word's letters: a … z, then aa … zz, aaa … (the letter repeated, not a base-26 number). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** One counter value in a level's format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

/** Private-use bullet glyphs (Symbol and Wingdings fonts) to what they look like. */
const BULLET_GLYPHS: Record<string, string> = { '\uf0b7': '•', '\uf0a7': '▪', '\uf0d8': '➢', '\uf0fc': '✓', '\uf076': '❖', o: 'o', '\uf02d': '-' };

/**
 * Numbering state of one document: counters per abstract definition (Word continues a list across list
 * instances that share an abstract definition, unless an instance overrides the start).
 */
export class ListCounter {
  private counters = new Map<string, Array<number | undefined>>();
  private startedNums = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  level(numId: string, ilvl: number): NumLevel | undefined {
    const num = this.numbering.nums.get(numId);
    if (!num) return undefined;
    return num.overrides.get(ilvl)?.level ?? this.numbering.abstracts.get(num.abstractId)?.levels[ilvl];
  }

  /** The level of list `numId` whose w:pStyle is `style` (numbering through a paragraph style). */
  levelOfStyle(numId: string, style: string): number | undefined {
    const num = this.numbering.nums.get(numId);
    const abs = num && this.numbering.abstracts.get(num.abstractId);
    if (!abs) return undefined;
    const i = abs.levels.findIndex((l) => l?.style === style);
    return i >= 0 ? i : undefined;
  }

  /** Counts a paragraph at (numId, ilvl) and returns the number text Word shows, or undefined. */
  next(numId: string, ilvl: number): string | undefined {
    const num = this.numbering.nums.get(numId);
    if (!num) return undefined;
    const abs = this.numbering.abstracts.get(num.abstractId);
    if (!abs) return undefined;
    const lvl = this.level(numId, ilvl);
    if (!lvl) return undefined;
    let values = this.counters.get(num.abstractId);
    if (!values) this.counters.set(num.abstractId, (values = []));
    // A w:startOverride restarts the list the first time this instance is used.
    if (!this.startedNums.has(numId)) {
      this.startedNums.add(numId);
      for (const [k, o] of num.overrides) if (o.start !== undefined) values[k] = undefined;
    }
    const startOf = (k: number) => num.overrides.get(k)?.start ?? this.level(numId, k)?.start ?? 1;
    const current = values[ilvl];
    values[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    // Deeper levels restart after this one, unless their w:lvlRestart says otherwise.
    for (let k = ilvl + 1; k < 9; k++) {
      const restart = this.level(numId, k)?.restart ?? k;
      if (restart !== 0 && ilvl < restart) values[k] = undefined;
    }
    if (lvl.format === 'bullet') return BULLET_GLYPHS[lvl.text] ?? (lvl.text || '•');
    return lvl.text.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const value = values[k] ?? startOf(k);
      const fmt = lvl.legal ? 'decimal' : (this.level(numId, k)?.format ?? 'decimal');
      return formatNumber(value, fmt === 'bullet' ? 'decimal' : fmt);
    });
  }
}
