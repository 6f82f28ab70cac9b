// Quick-fix suggestions for a typefout finding, looked up on request (Hunspell's suggest is slow).
import type { Finding, Fix } from '../types';
import { dictionary } from './dictionary';

/** Up to three replacements for the word a typefout finding covers in `text`, as fixes. */
export function typoFixes(text: string, f: Finding): Fix[] {
  const speller = dictionary();
  if (!speller || f.ruleId !== 'typefout') return [];
  const span = { start: f.span.start, end: f.span.end };
  // The dictionary holds composed letters; the finding's span may cover decomposed ones (text/nfc.ts).
  const word = text.slice(span.start, span.end).normalize('NFC');
  return speller.suggestions(word, 3).map((s, i) => ({
    title: { nl: `Vervang door "${s}"`, en: `Replace with "${s}"` },
    edits: [{ span, newText: s }],
    preferred: i === 0,
  }));
}
