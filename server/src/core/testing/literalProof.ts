// Proves, from a regular expression's syntax tree, which literal text every match must contain: the
// ground a literal gate stands on. A gate (text/triggerWords.ts: triggerWords, matchesNear) lets a pattern run
// only where one of its words occurs; that is safe only if every possible match holds one of the words,
// and, for matchesNear, holds it within `back` code units of the match's start. The examples a rule's
// test lists cannot show that for phrases nobody listed; the pattern's own structure can.
//
// Sound, not complete: "holds" is only answered when it follows from the pattern; a pattern whose
// literals the proof cannot see (a backreference, a large character class) is reported as unproved.
// Test support only: the runtime bundles never load this module or its parser.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** The largest finite set of strings followed for one part of a pattern. */
const MAX_STRINGS = 64;
/** The largest character class read as a set of literal characters. */
const MAX_CLASS = 12;

type Node = AST.Alternative | AST.Element | AST.Pattern;

interface Facts {
  /** Every string this part can match, lower-cased, when there are few; undefined otherwise. */
  strings?: Set<string>;
  /** Longest match in UTF-16 code units (Infinity when unbounded). */
  maxLen: number;
}

function lower(s: string): string {
  return s.toLowerCase();
}

function product(a: Set<string>, b: Set<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_STRINGS) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function union(sets: Array<Set<string> | undefined>): Set<string> | undefined {
  const out = new Set<string>();
  for (const s of sets) {
    if (!s) return undefined;
    for (const x of s) out.add(x);
    if (out.size > MAX_STRINGS) return undefined;
  }
  return out;
}

class Prover {
  private readonly memo = new Map<Node, Facts>();

  constructor(private readonly unicode: boolean) {}

  facts(node: Node): Facts {
    let f = this.memo.get(node);
    if (!f) this.memo.set(node, (f = this.compute(node)));
    return f;
  }

  private compute(node: Node): Facts {
    switch (node.type) {
      case 'Character': {
        const ch = String.fromCodePoint(node.value);
        return { strings: new Set([lower(ch)]), maxLen: ch.length };
      }
      case 'CharacterClass': {
        if (node.negate) return { maxLen: 2 };
        const chars = new Set<string>();
        let maxLen = 1;
        for (const e of node.elements) {
          if (e.type === 'Character') chars.add(lower(String.fromCodePoint(e.value)));
          else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < MAX_CLASS) {
            for (let c = e.min.value; c <= e.max.value; c++) chars.add(lower(String.fromCodePoint(c)));
          } else return { maxLen: 2 };
          if (chars.size > MAX_CLASS) return { maxLen: 2 };
        }
        for (const c of chars) maxLen = Math.max(maxLen, c.length);
        return { strings: chars, maxLen };
      }
      case 'CharacterSet':
        // \d, \s and \w are single units; `.` and \p{…} may match a surrogate pair under /u.
        return { maxLen: node.kind === 'any' || node.kind === 'property' ? (this.unicode ? 2 : 1) : 1 };
      case 'Assertion':
        // Look-arounds and boundaries consume nothing: the matched text is the empty string.
        return { strings: new Set(['']), maxLen: 0 };
      case 'Backreference':
        return { maxLen: Infinity };
      case 'Quantifier': {
        const inner = this.facts(node.element);
        const maxLen = node.max === Infinity ? (inner.maxLen === 0 ? 0 : Infinity) : node.max * inner.maxLen;
        if (!inner.strings || node.max === Infinity || node.max > 4) return { maxLen };
        const options: Array<Set<string>> = [];
        let power: Set<string> | undefined = new Set(['']);
        for (let k = 0; k <= node.max; k++) {
          if (!power) return { maxLen };
          if (k >= node.min) options.push(power);
          if (k < node.max) power = product(power, inner.strings);
        }
        return { strings: union(options), maxLen };
      }
      case 'Group':
      case 'CapturingGroup':
      case 'Pattern': {
        const alts = node.alternatives.map((a) => this.facts(a));
        return { strings: union(alts.map((a) => a.strings)), maxLen: Math.max(0, ...alts.map((a) => a.maxLen)) };
      }
      case 'Alternative': {
        let strings: Set<string> | undefined = new Set(['']);
        let maxLen = 0;
        for (const e of node.elements) {
          const f = this.facts(e);
          maxLen += f.maxLen;
          strings = strings && f.strings ? product(strings, f.strings) : undefined;
        }
        return { strings, maxLen };
      }
      default:
        return { maxLen: Infinity };
    }
  }

  /**
   * Whether every match of `node` holds one of `words` starting at most `budget` code units after the
   * node's own start.
   */
  holds(node: Node, words: string[], budget: number): boolean {
    if (!(budget >= 0)) return false;
    const f = this.facts(node);
    if (f.strings && everyHolds(f.strings, words, budget)) return true;
    switch (node.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup':
        return node.alternatives.every((a) => this.holds(a, words, budget));
      case 'Quantifier':
        return node.min >= 1 && this.holds(node.element, words, budget);
      case 'Alternative':
        return this.holdsInSequence(node.elements, words, budget);
      default:
        return false;
    }
  }

  /** In a sequence: one element holds a word, or a run of literal elements spells one in every form. */
  private holdsInSequence(elements: AST.Element[], words: string[], budget: number): boolean {
    let before = 0; // longest text the elements before element i can match
    for (let i = 0; i < elements.length && before <= budget; i++) {
      const left = budget === Infinity ? Infinity : budget - before;
      if (this.holds(elements[i], words, left)) return true;
      let run: Set<string> | undefined = this.facts(elements[i]).strings;
      for (let j = i + 1; run && j < elements.length; j++) {
        const next = this.facts(elements[j]).strings ?? this.firstRepetition(elements[j]);
        run = next ? product(run, next) : undefined;
        if (run && everyHolds(run, words, left)) return true;
        if (!this.facts(elements[j]).strings) break; // a first repetition ends what the run can spell
      }
      before += this.facts(elements[i]).maxLen;
    }
    return false;
  }

  /** What the first repetition of a repeated literal part matches ("[ \t]+" starts with " " or "\t"). */
  private firstRepetition(e: AST.Element): Set<string> | undefined {
    return e.type === 'Quantifier' && e.min >= 1 ? this.facts(e.element).strings : undefined;
  }

  /** Literal text every match holds: one set of strings per alternative path, the longest found. */
  required(node: Node): Set<string> | undefined {
    const f = this.facts(node);
    let best: Set<string> | undefined;
    // Gate words are words: a required string with white space in it is not one.
    const consider = (s: Set<string> | undefined) => {
      if (s && !s.has('') && ![...s].some((x) => /\s/.test(x)) && score(s) > score(best)) best = s;
    };
    consider(f.strings);
    switch (node.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup': {
        const each = node.alternatives.map((a) => this.required(a));
        consider(union(each));
        break;
      }
      case 'Quantifier':
        if (node.min >= 1) consider(this.required(node.element));
        break;
      case 'Alternative':
        for (let i = 0; i < node.elements.length; i++) {
          consider(this.required(node.elements[i]));
          let run = this.facts(node.elements[i]).strings;
          for (let j = i + 1; run && j < node.elements.length; j++) {
            const next = this.facts(node.elements[j]).strings;
            run = next ? product(run, next) : undefined;
            consider(run);
          }
        }
        break;
    }
    return best;
  }
}

/** A set of required strings is better the longer its shortest string, then the fewer strings it has. */
function score(s: Set<string> | undefined): number {
  if (!s || !s.size) return -Infinity;
  let shortest = Infinity;
  for (const x of s) shortest = Math.min(shortest, x.length);
  return shortest * 1000 - s.size;
}

function everyHolds(strings: Set<string>, words: string[], budget: number): boolean {
  for (const s of strings) {
    if (!words.some((w) => {
      const at = s.indexOf(w);
      return at >= 0 && at <= budget;
    })) return false;
  }
  return true;
}

function parse(re: RegExp): { pattern: AST.Pattern; prover: Prover } {
  const unicode = re.flags.includes('u') || re.flags.includes('v');
  const pattern = new RegExpParser().parsePattern(re.source, 0, re.source.length, { unicode: re.flags.includes('u'), unicodeSets: re.flags.includes('v') });
  return { pattern, prover: new Prover(unicode) };
}

export interface GateProof {
  holds: boolean;
  /** Strings one of which every match contains (lower case), as the pattern shows them; for messages. */
  required?: string[];
}

/**
 * Whether every match of `re` holds one of the lower-case `words` (as lower-cased text shows them),
 * starting at most `back` code units after the match's start (any distance when `back` is omitted).
 */
export function proveGate(re: RegExp, words: string[], back = Infinity): GateProof {
  const { pattern, prover } = parse(re);
  const required = prover.required(pattern);
  return { holds: prover.holds(pattern, words, back), required: required && [...required].sort() };
}

/** Literal strings (lower case) one of which every match of `re` contains, or undefined if none is visible. */
export function requiredLiterals(re: RegExp): string[] | undefined {
  const { pattern, prover } = parse(re);
  const r = prover.required(pattern);
  return r && [...r].sort();
}
