// Finds the regular expressions in TypeScript source (literals and `new RegExp(` call sites) and builds
// adversarial inputs for a pattern from its own characters.

export interface Literal {
  line: number;
  source: string;
  flags: string;
}

// After these keywords a `/` starts a regex; after any other identifier it divides.
const EXPR_KEYWORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'extends']);

/**
 * A small TypeScript lexer: skips comments, strings and template literals (with nested `${}` code),
 * and decides regex-versus-division from the previous token, as a JavaScript parser does.
 */
export function scanSource(src: string): { literals: Literal[]; constructorLines: number[] } {
  const literals: Literal[] = [];
  const constructorLines: number[] = [];
  const lineOf = (i: number) => {
    let n = 1;
    for (let k = src.indexOf('\n'); k >= 0 && k < i; k = src.indexOf('\n', k + 1)) n++;
    return n;
  };
  const isIdStart = (c: string) => /[A-Za-z_$]/.test(c);
  const isId = (c: string) => /[\w$]/.test(c);

  const skipString = (i: number, q: string): number => {
    for (i++; i < src.length; i++) {
      if (src[i] === '\\') i++;
      else if (src[i] === q) return i + 1;
      else if (src[i] === '\n') return i; // unterminated: stop at the line end
    }
    return i;
  };

  // Returns the index after the closing backtick.
  const skipTemplate = (i: number): number => {
    for (i++; i < src.length; i++) {
      const c = src[i];
      if (c === '\\') i++;
      else if (c === '`') return i + 1;
      else if (c === '$' && src[i + 1] === '{') i = code(i + 2, true) - 1;
    }
    return i;
  };

  const skipRegex = (i: number): number => {
    const start = i;
    let inClass = false;
    for (i++; i < src.length; i++) {
      const c = src[i];
      if (c === '\\') i++;
      else if (c === '\n') return -1;
      else if (inClass) {
        if (c === ']') inClass = false;
      } else if (c === '[') inClass = true;
      else if (c === '/') break;
    }
    const body = src.slice(start + 1, i);
    let j = i + 1;
    while (j < src.length && /[a-z]/.test(src[j])) j++;
    literals.push({ line: lineOf(start), source: body, flags: src.slice(i + 1, j) });
    return j;
  };

  // Scans code; with `untilBrace`, returns after the `}` that closes a template's `${`.
  function code(i: number, untilBrace: boolean): number {
    let depth = 0;
    let prevValue = false; // does the previous token end an expression?
    let lastWord: { word: string; start: number; end: number } | undefined;
    while (i < src.length) {
      const c = src[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
        i++;
        continue;
      }
      if (c === '/' && src[i + 1] === '/') {
        const e = src.indexOf('\n', i);
        i = e < 0 ? src.length : e;
        continue;
      }
      if (c === '/' && src[i + 1] === '*') {
        const e = src.indexOf('*/', i + 2);
        i = e < 0 ? src.length : e + 2;
        continue;
      }
      if (!isIdStart(c)) lastWord = undefined;
      if (c === '"' || c === "'") {
        i = skipString(i, c);
        prevValue = true;
        continue;
      }
      if (c === '`') {
        i = skipTemplate(i);
        prevValue = true;
        continue;
      }
      if (c === '/') {
        if (!prevValue) {
          const e = skipRegex(i);
          if (e > 0) {
            i = e;
            prevValue = true;
            continue;
          }
        }
        i++;
        prevValue = false;
        continue;
      }
      if (isIdStart(c)) {
        let j = i + 1;
        while (j < src.length && isId(src[j])) j++;
        const word = src.slice(i, j);
        if (word === 'RegExp' && lastWord?.word === 'new') constructorLines.push(lineOf(lastWord.start));
        lastWord = { word, start: i, end: j };
        prevValue = !EXPR_KEYWORDS.has(word);
        i = j;
        continue;
      }
      if (/[0-9]/.test(c)) {
        while (i < src.length && /[\w.]/.test(src[i])) i++;
        prevValue = true;
        continue;
      }
      if (c === '{') depth++;
      if (c === '}') {
        if (untilBrace && depth === 0) return i + 1;
        depth--;
      }
      prevValue = c === ')' || c === ']';
      i++;
    }
    return i;
  }

  code(0, false);
  return { literals, constructorLines };
}

// ---------------------------------------------------------------------------------------------
// Adversarial inputs

const PROPERTY_SAMPLES: Record<string, string[]> = {
  L: ['a', 'Z', 'é'],
  Letter: ['a', 'Z', 'é'],
  Lu: ['A', 'É'],
  Ll: ['a', 'é'],
  N: ['1', '٣'],
  Nd: ['1'],
  M: ['\u0301'],
  P: ['.', ','],
  Z: [' ', '\u00A0'],
  Zs: [' ', '\u00A0'],
};

/** The characters a pattern repeats on, and its literal words, read from its source. */
export function alphabetOf(source: string, flags: string): { chars: string[]; runs: string[] } {
  const chars = new Set<string>();
  const runs: string[] = [];
  let run = '';
  const endRun = () => {
    if (run.length >= 2) runs.push(run);
    run = '';
  };
  const escape = (i: number, inClass: boolean): { next: number; lit?: string } => {
    const e = source[i + 1];
    if (e === undefined) return { next: i + 1 };
    const add = (...cs: string[]) => cs.forEach((c) => chars.add(c));
    switch (e) {
      case 'd': add('0', '7'); return { next: i + 2 };
      case 'D': add('a', ' '); return { next: i + 2 };
      case 'w': add('a', '_', '0'); return { next: i + 2 };
      case 'W': add(' ', '.', '-'); return { next: i + 2 };
      case 's': add(' ', '\t', '\n'); return { next: i + 2 };
      case 'S': add('a', '.'); return { next: i + 2 };
      case 'b': case 'B': return { next: i + 2, ...(inClass ? { lit: '\b' } : {}) };
      case 't': return { next: i + 2, lit: '\t' };
      case 'n': return { next: i + 2, lit: '\n' };
      case 'r': return { next: i + 2, lit: '\r' };
      case 'f': return { next: i + 2, lit: '\f' };
      case 'v': return { next: i + 2, lit: '\v' };
      case '0': return { next: i + 2, lit: '\0' };
      case 'p': case 'P': {
        const close = source.indexOf('}', i);
        const name = source.slice(i + 3, close).replace(/^(?:General_Category|gc)=/, '');
        add(...(PROPERTY_SAMPLES[name] ?? ['a', 'A', '1']));
        if (e === 'P') add(' ', '.');
        return { next: close + 1 };
      }
      case 'u': {
        if (source[i + 2] === '{') {
          const close = source.indexOf('}', i);
          return { next: close + 1, lit: String.fromCodePoint(parseInt(source.slice(i + 3, close), 16)) };
        }
        return { next: i + 6, lit: String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)) };
      }
      case 'x': return { next: i + 4, lit: String.fromCharCode(parseInt(source.slice(i + 2, i + 4), 16)) };
      case 'c': return { next: i + 3 };
      case 'k': return { next: source.indexOf('>', i) + 1 };
      default:
        if (/[1-9]/.test(e)) return { next: i + 2 };
        return { next: i + 2, lit: e };
    }
  };

  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (c === '\\') {
      const r = escape(i, false);
      if (r.lit !== undefined) {
        chars.add(r.lit);
        run += r.lit;
      } else endRun();
      i = r.next;
      continue;
    }
    if (c === '[') {
      endRun();
      let j = i + 1;
      const negated = source[j] === '^';
      if (negated) {
        j++;
        // A negated class repeats on what it does not list: letters, digits, spaces.
        ['a', '0', ' ', 'x'].forEach((x) => chars.add(x));
      }
      let prev: string | undefined;
      for (; j < source.length && source[j] !== ']'; ) {
        let lit: string | undefined;
        if (source[j] === '\\') {
          const r = escape(j, true);
          lit = r.lit;
          j = r.next;
        } else if (source[j] === '-' && prev !== undefined && source[j + 1] !== ']') {
          // a range: add its ends and its middle
          let endChar = source[j + 1];
          let k = j + 2;
          if (endChar === '\\') {
            const r = escape(j + 1, true);
            endChar = r.lit ?? endChar;
            k = r.next;
          }
          const a = prev.codePointAt(0)!;
          const b = endChar.codePointAt(0)!;
          if (!negated && b >= a) chars.add(String.fromCodePoint((a + b) >> 1));
          if (!negated) chars.add(endChar);
          j = k;
          prev = undefined;
          continue;
        } else {
          lit = String.fromCodePoint(source.codePointAt(j)!);
          j += lit.length;
        }
        if (lit !== undefined && !negated) chars.add(lit);
        prev = lit;
      }
      i = j + 1;
      continue;
    }
    if (c === '(') {
      endRun();
      const m = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(i))!;
      i += m[0].length;
      continue;
    }
    if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(i))) {
      // a quantifier ends the run before its atom
      run = run.slice(0, -1);
      endRun();
      i = source.indexOf('}', i) + 1;
      continue;
    }
    if ('*+?'.includes(c)) {
      run = run.slice(0, -1);
      endRun();
      i++;
      continue;
    }
    if ('|)^$'.includes(c)) {
      endRun();
      i++;
      continue;
    }
    if (c === '.') {
      endRun();
      chars.add('x');
      chars.add(' ');
      i++;
      continue;
    }
    const lit = String.fromCodePoint(source.codePointAt(i)!);
    chars.add(lit);
    run += lit;
    i += lit.length;
  }
  endRun();
  if (flags.includes('i')) for (const c of [...chars]) if (c.toUpperCase() !== c && c.toUpperCase().length === 1) chars.add(c.toUpperCase());
  return { chars: [...chars], runs: [...new Set(runs)] };
}

/** Inputs of about `size` code units that make a backtracking pattern show itself: long runs of its own characters. */
export function adversarialInputs(source: string, flags: string, size: number, maxPairs = 12, maxChars = 48): Array<{ name: string; text: string }> {
  const { chars, runs } = alphabetOf(source, flags);
  const out: Array<{ name: string; text: string }> = [];
  const rep = (unit: string) => unit.repeat(Math.max(1, Math.ceil(size / Math.max(1, unit.length))));
  const show = (s: string) => JSON.stringify(s.length > 24 ? s.slice(0, 24) + '…' : s);
  const cs = chars.slice(0, maxChars);
  for (const c of cs) {
    out.push({ name: `${show(c)}×n`, text: rep(c) });
    out.push({ name: `${show(c)}×n + "!"`, text: rep(c).slice(0, size - 1) + '!' });
  }
  for (const r of runs.slice(0, maxChars)) {
    out.push({ name: `${show(r)}×n`, text: rep(r) });
    out.push({ name: `(${show(r)} + " ")×n`, text: rep(r + ' ') });
    out.push({ name: `${show(r.slice(0, -1))}×n (a prefix that fails)`, text: rep(r.slice(0, -1) + '\u0000') });
  }
  const pairChars = cs.slice(0, maxPairs);
  for (const a of pairChars) for (const b of pairChars) if (a !== b) out.push({ name: `${show(a + b)}×n`, text: rep(a + b) });
  if (runs.length) out.push({ name: 'all words, spaced', text: rep(runs.join(' ') + ' ') });
  out.push({ name: 'all characters', text: rep(cs.join('')) });
  return out;
}
