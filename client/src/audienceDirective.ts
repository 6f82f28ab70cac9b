// Writes the draft's audience comment (`<!-- clausule: doelgroep=b2c -->`), the form the server reads near the
// top of a draft (core/model/directives.ts), for the status bar's "switch audience for this draft".

/** Same form and reach as the server's AUDIENCE pattern and AUDIENCE_REACH. */
const AUDIENCE_COMMENT = /<!--[ \t]*clausule[ \t]*:[ \t]*doelgroep[ \t]*[=:][ \t]*(b2b|b2c)[ \t]*-->/i;
const REACH = 2000;

export interface TextChange {
  start: number;
  end: number;
  newText: string;
}

/**
 * The edit that declares `audience` for the draft (or removes the declaration for `auto`): an existing
 * comment is rewritten in place; a new one goes on its own first line, in the draft's own line ending.
 * Undefined when there is nothing to change.
 */
export function audienceEdit(text: string, audience: 'b2b' | 'b2c' | 'auto'): TextChange | undefined {
  const m = AUDIENCE_COMMENT.exec(text.slice(0, REACH));
  const comment = `<!-- clausule: doelgroep=${audience} -->`;
  if (m) {
    if (audience === 'auto') {
      // The whole line when the comment stands alone on it, so no empty line is left behind.
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const after = m.index + m[0].length;
      const eol = /^[ \t]*(\r?\n|$)/.exec(text.slice(after));
      const alone = text.slice(lineStart, m.index).trim() === '' && eol;
      return alone ? { start: lineStart, end: after + eol[0].length, newText: '' } : { start: m.index, end: after, newText: '' };
    }
    if (m[1].toLowerCase() === audience) return undefined;
    return { start: m.index, end: m.index + m[0].length, newText: comment };
  }
  if (audience === 'auto') return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: 0, end: 0, newText: comment + eol };
}

/** The audience the draft declares in its comment, if any. */
export function declaredAudience(text: string): 'b2b' | 'b2c' | undefined {
  const m = AUDIENCE_COMMENT.exec(text.slice(0, REACH));
  return m ? (m[1].toLowerCase() as 'b2b' | 'b2c') : undefined;
}
