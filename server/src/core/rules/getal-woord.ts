import type { BlockRule } from '../kit/rule';
import { numberToWord, wordToNumber } from '../text/numberWords';
import { isLetterUnit, letterAt } from '../text/letters';

// Bounded quantifiers only: the inside of a parenthesis pair is at most 40 letters or 6 digits.
const PAREN = /\(([0-9]{1,6}|[\p{L}]{2,40})\)/gu;
const PAREN_AT = new RegExp(PAREN.source, 'uy');

/**
 * The first PAREN match at or after `from`, as a global scan from there finds it. Every match starts
 * with "(", so the /u pattern is tried only at those (found by indexOf, no generator).
 */
export function nextParen(text: string, from: number): RegExpExecArray | null {
  for (let open = text.indexOf('(', from); open >= 0; open = text.indexOf('(', open + 1)) {
    PAREN_AT.lastIndex = open;
    const m = PAREN_AT.exec(text);
    if (m) return m;
  }
  return null;
}
export { PAREN };
// A word of 2 to 40 letters or hyphens (code points) right before `end`, blanks allowed between:
// what /([\p{L}-]{2,40})[ \t]*$/u finds in text.slice(from, end), as [whole match, word]. A
// backward scan: that regex, tried at every start position, was the rule's main cost on large drafts.
export function wordBefore(text: string, from: number, end: number): [string, string] | null {
  let e = end;
  while (e > from && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  let i = e;
  let count = 0;
  while (i > from && count < 40) {
    const c = text.charCodeAt(i - 1);
    let w = 1;
    if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from) {
      const h = text.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) w = 2;
    }
    if (!(c === 45 || (w === 2 ? letterAt(text, i - 2) === 2 : isLetterUnit(c)))) break;
    i -= w;
    count++;
  }
  if (count < 2) return null;
  return [text.slice(i, end), text.slice(i, e)];
}

// What /^[ \t]*([\p{L}-]{2,40})/u finds in text.slice(start, limit), as [whole match, word].
export function wordAfter(text: string, start: number, limit: number): [string, string] | null {
  let i = start;
  while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const s = i;
  let count = 0;
  while (i < limit && count < 40) {
    const c = text.charCodeAt(i);
    let w = c === 45 ? 1 : letterAt(text, i);
    if (w === 2 && i + 2 > limit) w = 0; // a pair cut by the limit is no letter
    if (!w) break;
    i += w;
    count++;
  }
  if (count < 2) return null;
  return [text.slice(start, i), text.slice(s, i)];
}
const DIGITS_BEFORE = /([0-9]{1,6})[ \t]*$/;

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'getal-woord',
    category: 'taal',
    defaultSeverity: 'error',
    title: { nl: 'Getal en woord in strijd', en: 'Number and words disagree' },
    messages: {
      default: {
        nl: '"{words}" en "{digits}" noemen verschillende getallen ({wordValue} tegenover {digits}). Welk getal is bedoeld?',
        en: '"{words}" and "{digits}" state different numbers ({wordValue} versus {digits}). Which one is meant?',
      },
    },
  },
  check(block, ctx) {
    const text = block.text;
    if (!text.includes('(')) return;
    for (let m = nextParen(text, 0); m; m = nextParen(text, m.index + m[0].length)) {
      const inner = m[1];
      const open = m.index;
      const close = open + m[0].length;
      let digits: string;
      let digitsSpan: { start: number; end: number };
      let word: string;
      let wordSpan: { start: number; end: number };
      const first = inner.charCodeAt(0);
      if (first >= 48 && first <= 57) {
        digits = inner;
        digitsSpan = { start: open + 1, end: close - 1 };
        const before = wordBefore(text, Math.max(0, open - 45), open);
        const beforeValue = before ? wordToNumber(before[1]) : undefined;
        if (before && beforeValue !== undefined) {
          word = before[1];
          const s = open - (before[0].length);
          wordSpan = { start: s, end: s + word.length };
        } else {
          const after = wordAfter(text, close, Math.min(text.length, close + 45));
          if (!after || wordToNumber(after[1]) === undefined) continue;
          word = after[1];
          const s = close + after[0].length - word.length;
          wordSpan = { start: s, end: s + word.length };
        }
      } else {
        if (wordToNumber(inner) === undefined) continue;
        const before = DIGITS_BEFORE.exec(text.slice(Math.max(0, open - 10), open));
        if (!before) continue;
        word = inner;
        wordSpan = { start: open + 1, end: close - 1 };
        digits = before[1];
        const s = open - before[0].length;
        digitsSpan = { start: s, end: s + digits.length };
      }
      const wordValue = wordToNumber(word)!;
      const digitValue = Number(digits);
      if (wordValue === digitValue) continue;
      const span = { start: Math.min(wordSpan.start, digitsSpan.start, open), end: Math.max(wordSpan.end, digitsSpan.end, close) };
      const newWord = digitValue <= 9999 ? matchCase(numberToWord(digitValue), word) : undefined;
      ctx.report({
        span,
        args: { words: word, digits, wordValue },
        fixes: [
          {
            title: { nl: `Cijfers aanpassen aan het woord: (${wordValue})`, en: `Make the digits match the words: (${wordValue})` },
            edits: [{ span: digitsSpan, newText: String(wordValue) }],
          },
          ...(newWord
            ? [{
                title: { nl: `Woord aanpassen aan de cijfers: ${newWord}`, en: `Make the words match the digits: ${newWord}` },
                edits: [{ span: wordSpan, newText: newWord }],
              }]
            : []),
        ],
      });
    }
  },
};

function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word[0].toUpperCase() + word.slice(1) : word;
}
