// In-draft comments that steer Clausule: disable/enable rules and declare the audience and the language.
import type { LineIndex } from '../text/lineIndex';
import type { Lang } from '../types';
import type { Directive } from './types';
import { firstAtOrAfter, type LineEdit } from './edit';

export const DIRECTIVE = /<!--[ \t]*clausule-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\n>]{0,400}?)-->/g;
const DIRECTIVE_AT = new RegExp(DIRECTIVE.source, 'y');
const AUDIENCE = /<!--[ \t]*clausule[ \t]*:[ \t]*doelgroep[ \t]*[=:][ \t]*(b2b|b2c)[ \t]*-->/i;
const LANGUAGE = /<!--[ \t]*clausule[ \t]*:[ \t]*taal[ \t]*[=:][ \t]*(nl|en)[ \t]*-->/i;

/**
 * `range`: only the text in [range.start, range.end) is scanned, with offsets still into `text`; a
 * directive never contains a \n, so a range between \n-delimited segment boundaries finds what a
 * whole-text scan finds there.
 */
export function findDirectives(text: string, lines: LineIndex, range?: { start: number; end: number }): Directive[] {
  const out: Directive[] = [];
  const from = range ? range.start : 0;
  const to = range ? range.end : text.length;
  // Every directive starts with "<!--": '<' is rare in a draft, so its search skips most of the text
  // (a search for "clausule-" or a global scan of the pattern reads every character).
  for (let p = text.indexOf('<!--', from); p >= 0 && p < to; ) {
    DIRECTIVE_AT.lastIndex = p;
    const m = DIRECTIVE_AT.exec(text);
    if (!m) {
      p = text.indexOf('<!--', p + 1);
      continue;
    }
    if (m.index + m[0].length > to) break;
    p = text.indexOf('<!--', m.index + m[0].length);
    const rules = m[2].split(/[\s,]+/).filter((r) => r && r !== '--');
    out.push({
      kind: m[1] as Directive['kind'],
      rules,
      span: { start: m.index, end: m.index + m[0].length },
      line: lines.lineAt(m.index),
    });
  }
  return out;
}

/** The audience and language comments count only near the top of the draft (first 2,000 characters). */
export const AUDIENCE_REACH = 2000;

export function findDeclaredAudience(text: string): 'b2b' | 'b2c' | undefined {
  const m = AUDIENCE.exec(text.slice(0, AUDIENCE_REACH));
  return m ? (m[1].toLowerCase() as 'b2b' | 'b2c') : undefined;
}

/** The language of Clausule's text about this draft (`<!-- clausule: taal=en -->`), above the editor's setting. */
export function findDeclaredLanguage(text: string): Lang | undefined {
  const m = LANGUAGE.exec(text.slice(0, AUDIENCE_REACH));
  return m ? (m[1].toLowerCase() as Lang) : undefined;
}

/**
 * The directives after an edit inside one line: those of the \n-delimited stretch holding the line are
 * found again, the others kept, moved in place (a directive never holds a \n).
 */
export function updateDirectives(olds: Directive[], text: string, lines: LineIndex, e: LineEdit): Directive[] {
  const segStart = e.lineStart === 0 ? 0 : text.lastIndexOf('\n', e.lineStart - 1) + 1;
  const nl = text.indexOf('\n', e.newLineEnd);
  const segEnd = nl < 0 ? text.length : nl;
  const i = firstAtOrAfter(olds, segStart);
  const j = firstAtOrAfter(olds, segEnd - e.delta);
  for (let x = j; x < olds.length; x++) {
    olds[x].span.start += e.delta;
    olds[x].span.end += e.delta;
  }
  if (i === j && !text.slice(segStart, segEnd).includes('clausule-')) return olds;
  olds.splice(i, j - i, ...findDirectives(text, lines, { start: segStart, end: segEnd }));
  return olds;
}
