import type { BlockRule } from './rule';
import { numberToWord, wordToNumber } from './numberWords';

// Bounded quantifiers only: the inside of a parenthesis pair is at most 40 letters or 6 digits.
const PAREN = /\(([0-9]{1,6}|[\p{L}]{2,40})\)/gu;
const WORD_BEFORE = /([\p{L}-]{2,40})[ \t]*$/u;
const WORD_AFTER = /^[ \t]*([\p{L}-]{2,40})/u;
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
    PAREN.lastIndex = 0;
    for (let m = PAREN.exec(text); m; m = PAREN.exec(text)) {
      const inner = m[1];
      const open = m.index;
      const close = open + m[0].length;
      let digits: string;
      let digitsSpan: { start: number; end: number };
      let word: string;
      let wordSpan: { start: number; end: number };
      if (/^[0-9]/.test(inner)) {
        digits = inner;
        digitsSpan = { start: open + 1, end: close - 1 };
        const before = WORD_BEFORE.exec(text.slice(Math.max(0, open - 45), open));
        const beforeValue = before ? wordToNumber(before[1]) : undefined;
        if (before && beforeValue !== undefined) {
          word = before[1];
          const s = open - (before[0].length);
          wordSpan = { start: s, end: s + word.length };
        } else {
          const after = WORD_AFTER.exec(text.slice(close, close + 45));
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
