// Writes the draft's own comments for its audience (`<!-- clausule: doelgroep=b2c -->`) and its language
// (`<!-- clausule: taal=en -->`), the forms the server reads near the top of a draft
// (core/model/directives.ts), for the status bar's "switch audience or language for this draft".

/** Same forms and reach as the server's AUDIENCE and LANGUAGE patterns and AUDIENCE_REACH. */
const COMMENTS = {
  doelgroep: /<!--[ \t]*clausule[ \t]*:[ \t]*doelgroep[ \t]*[=:][ \t]*(b2b|b2c)[ \t]*-->/i,
  taal: /<!--[ \t]*clausule[ \t]*:[ \t]*taal[ \t]*[=:][ \t]*(nl|en)[ \t]*-->/i,
};
export const REACH = 2000;

type Key = keyof typeof COMMENTS;

export interface TextChange {
  start: number;
  end: number;
  newText: string;
}

/**
 * The edit that declares `value` for `key` (or removes the declaration for `auto`): an existing comment is
 * rewritten in place; a new one goes on its own first line, in the draft's own line ending. Undefined when
 * there is nothing to change.
 */
function commentEdit(text: string, key: Key, value: string): TextChange | undefined {
  const m = COMMENTS[key].exec(text.slice(0, REACH));
  const comment = `<!-- clausule: ${key}=${value} -->`;
  if (m) {
    if (value === 'auto') {
      // The whole line when the comment stands alone on it, so no empty line is left behind.
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const after = m.index + m[0].length;
      const eol = /^[ \t]*(\r?\n|$)/.exec(text.slice(after));
      const alone = text.slice(lineStart, m.index).trim() === '' && eol;
      return alone ? { start: lineStart, end: after + eol[0].length, newText: '' } : { start: m.index, end: after, newText: '' };
    }
    if (m[1].toLowerCase() === value) return undefined;
    return { start: m.index, end: m.index + m[0].length, newText: comment };
  }
  if (value === 'auto') return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: 0, end: 0, newText: comment + eol };
}

function declared(text: string, key: Key): string | undefined {
  return COMMENTS[key].exec(text.slice(0, REACH))?.[1].toLowerCase();
}

export const audienceEdit = (text: string, audience: 'b2b' | 'b2c' | 'auto') => commentEdit(text, 'doelgroep', audience);

/** The language comment's edit; `auto` removes it, so the setting clausule.language applies again. */
export const languageEdit = (text: string, lang: 'nl' | 'en' | 'auto') => commentEdit(text, 'taal', lang);

/** The audience the draft declares in its comment, if any. */
export const declaredAudience = (text: string) => declared(text, 'doelgroep') as 'b2b' | 'b2c' | undefined;

/** The language the draft declares in its comment, if any. */
export const declaredLanguage = (text: string) => declared(text, 'taal') as 'nl' | 'en' | undefined;
