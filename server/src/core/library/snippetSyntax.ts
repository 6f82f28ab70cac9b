// A strict parser for the VS Code snippet syntax used in snippets/voorwaarden.json.
// VS Code itself is lenient (a stray `$` or `}` silently becomes text); here those are authoring
// mistakes, so they are reported. Supported: `$1`, `${1}`, `${1:default}` (nested), `${1|a,b|}`
// and the escapes `\$`, `\}`, `\\` (and `\,`, `\|` inside choices). Variables and transforms are
// reported: the server cannot resolve them when it fills a clause.

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; offset: number }
  | { kind: 'placeholder'; index: number; children: SnippetNode[]; offset: number }
  | { kind: 'choice'; index: number; options: string[]; offset: number };

export interface SnippetError {
  offset: number;
  message: string;
}

export interface ParsedSnippet {
  nodes: SnippetNode[];
  errors: SnippetError[];
}

export function parseSnippet(source: string): ParsedSnippet {
  const errors: SnippetError[] = [];
  let pos = 0;

  function parseSequence(inPlaceholder: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (pos < source.length) {
      const ch = source[pos];
      if (ch === '\\') {
        const next = source[pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          pos += 2;
        } else {
          // VS Code keeps a backslash before any other character as a literal backslash.
          text += ch;
          pos += 1;
        }
        continue;
      }
      if (ch === '}') {
        if (inPlaceholder) break;
        errors.push({ offset: pos, message: 'unescaped "}" outside a placeholder (write \\})' });
        text += ch;
        pos += 1;
        continue;
      }
      if (ch === '$') {
        const node = parseDollar();
        if (node) {
          flush();
          nodes.push(node);
        } else text += '$';
        continue;
      }
      text += ch;
      pos += 1;
    }
    flush();
    return nodes;
  }

  /** At a `$`: returns the construct, or undefined (after reporting) when it is not one. */
  function parseDollar(): SnippetNode | undefined {
    const start = pos;
    const rest = source.slice(pos + 1, pos + 12);
    const simple = /^(\d+)/.exec(rest);
    if (simple) {
      pos += 1 + simple[1].length;
      return { kind: 'tabstop', index: Number(simple[1]), offset: start };
    }
    if (/^[A-Za-z_]/.test(rest)) {
      errors.push({ offset: start, message: 'snippet variables are not supported in the clause library' });
      pos += 1;
      return undefined;
    }
    if (source[pos + 1] !== '{') {
      errors.push({ offset: start, message: 'unescaped "$" (write \\$ for a literal dollar sign)' });
      pos += 1;
      return undefined;
    }
    const m = /^\$\{(\d+)([:|}])?/.exec(source.slice(pos, pos + 16));
    if (!m || !m[2]) {
      errors.push({ offset: start, message: '"${" must be followed by a tab stop number and ":", "|" or "}"' });
      pos += 2;
      return undefined;
    }
    const index = Number(m[1]);
    pos += m[0].length;
    if (m[2] === '}') return { kind: 'tabstop', index, offset: start };
    if (m[2] === ':') {
      const children = parseSequence(true);
      if (source[pos] !== '}') {
        errors.push({ offset: start, message: `placeholder \${${index}:...} is not closed with "}"` });
      } else pos += 1;
      return { kind: 'placeholder', index, children, offset: start };
    }
    // Choice: options separated by ",", ended by "|}".
    const options: string[] = [];
    let current = '';
    while (pos < source.length) {
      const ch = source[pos];
      if (ch === '\\' && pos + 1 < source.length && ',|\\$}'.includes(source[pos + 1])) {
        current += source[pos + 1];
        pos += 2;
        continue;
      }
      if (ch === ',') {
        options.push(current);
        current = '';
        pos += 1;
        continue;
      }
      if (ch === '|') {
        options.push(current);
        if (source[pos + 1] === '}') {
          pos += 2;
          if (options.some((o) => o.length === 0)) errors.push({ offset: start, message: `choice \${${index}|...|} has an empty option` });
          if (options.length < 2) errors.push({ offset: start, message: `choice \${${index}|...|} needs at least two options` });
          return { kind: 'choice', index, options, offset: start };
        }
        errors.push({ offset: pos, message: 'a choice must end with "|}" (escape a literal "|" as \\|)' });
        pos += 1;
        return { kind: 'choice', index, options, offset: start };
      }
      if (ch === '\n') break;
      current += ch;
      pos += 1;
    }
    errors.push({ offset: start, message: `choice \${${index}|...|} is not closed with "|}"` });
    return { kind: 'choice', index, options: [...options, current], offset: start };
  }

  const nodes = parseSequence(false);
  return { nodes, errors };
}

/** Every tab stop node in document order, nested placeholders included. */
export function tabStops(nodes: SnippetNode[]): Array<Exclude<SnippetNode, { kind: 'text' }>> {
  const out: Array<Exclude<SnippetNode, { kind: 'text' }>> = [];
  const walk = (list: SnippetNode[]) => {
    for (const n of list) {
      if (n.kind === 'text') continue;
      out.push(n);
      if (n.kind === 'placeholder') walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/**
 * Checks beyond the grammar that VS Code would accept but that are authoring mistakes:
 * tab stops numbered without gaps from 1, and one default per tab stop (VS Code would silently
 * use only the first, so two different defaults for the same number is a bug).
 */
export function lintSnippet(source: string): SnippetError[] {
  const { nodes, errors } = parseSnippet(source);
  const problems = [...errors];
  const stops = tabStops(nodes);
  const defaults = new Map<number, string>();
  for (const s of stops) {
    if (s.index === 0) continue;
    if (s.kind === 'tabstop') continue;
    const value = s.kind === 'choice' ? `|${s.options.join(',')}|` : render(s.children);
    const seen = defaults.get(s.index);
    if (seen !== undefined && seen !== value) {
      problems.push({ offset: s.offset, message: `tab stop ${s.index} has two different defaults` });
    }
    if (seen === undefined) defaults.set(s.index, value);
  }
  const used = [...new Set(stops.map((s) => s.index).filter((i) => i > 0))].sort((a, b) => a - b);
  used.forEach((n, i) => {
    if (n !== i + 1) problems.push({ offset: 0, message: `tab stops are not numbered 1..n without gaps (found ${used.join(', ')})` });
  });
  for (const i of used) {
    if (!defaults.has(i)) problems.push({ offset: 0, message: `tab stop ${i} has no default value (use \${${i}:...})` });
  }
  return dedupe(problems);
}

function render(nodes: SnippetNode[]): string {
  return nodes.map((n) => (n.kind === 'text' ? n.value : n.kind === 'placeholder' ? render(n.children) : n.kind === 'choice' ? n.options[0] : `$${n.index}`)).join('');
}

function dedupe(errors: SnippetError[]): SnippetError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.offset}|${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
