// In-draft comments that steer Clausule: disable/enable rules and declare the audience.
import type { LineIndex } from '../text/lineIndex';
import type { Directive } from './types';

const DIRECTIVE = /<!--[ \t]*clausule-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\n>]{0,400}?)-->/g;
const AUDIENCE = /<!--[ \t]*clausule[ \t]*:[ \t]*doelgroep[ \t]*[=:][ \t]*(b2b|b2c)[ \t]*-->/i;

export function findDirectives(text: string, lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('clausule-')) return out;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
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

/** The audience comment counts only near the top of the draft (first 2,000 characters). */
export function findDeclaredAudience(text: string): 'b2b' | 'b2c' | undefined {
  const m = AUDIENCE.exec(text.slice(0, 2000));
  return m ? (m[1].toLowerCase() as 'b2b' | 'b2c') : undefined;
}
