// The text helpers' fast paths give exactly what the plain regex versions gave (kept here as the
// reference), on random and adversarial text. (Speed: `npm run bench`.)
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CLIENT_WORDS, partyBefore, subjectOf, USER_WORDS, type Party } from './parties';
import { EXONERATION, EXONERATION_BACK, EXONERATION_LEAD, EXONERATION_LEADS, exonerationMatches } from './exonerations';
import { lowerForGates } from './triggerWords';
import { MAX_PIECE, paragraphs, sentences, sentencesOf, type Piece } from './pieces';
import { assertGate, textFrom } from '../engine/gateCheck';
import type { Block } from '../model/types';
import { runs } from '../testing/fuzz';


// ---- Reference implementations (the code before the single-pass rewrite) ----
const REF_PARAGRAPH_START = /^[ \t]{0,12}(?:#{1,6}[ \t]|<!--|(?:artikel|art\.)[ \t]{0,4}\d|\d{1,4}(?:\.\d{1,4}){0,5}\.?[ \t]|\(?[a-z]{1,2}[.)][ \t]|[*+•-][ \t])/i;
interface RefPiece {
  start: number;
  end: number;
  text: string;
}
/** Pieces as plain data, for deepEqual: a Piece's text is a getter (cut on first use). */
const plain = (pieces: Piece[]): RefPiece[] => pieces.map((p) => ({ start: p.start, end: p.end, text: p.text }));
// Cutting long pieces, with each piece's text cut at once (pushBounded before pieces became lazy).
function refPushBounded(out: RefPiece[], text: string, start: number, end: number) {
  while (end - start > MAX_PIECE) {
    let cut = start + MAX_PIECE;
    const space = text.lastIndexOf(' ', cut);
    if (space > start + MAX_PIECE / 2) cut = space + 1;
    out.push({ start, end: cut, text: text.slice(start, cut) });
    start = cut;
  }
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
function refParagraphs(text: string): RefPiece[] {
  const out: RefPiece[] = [];
  let start = -1;
  let end = -1;
  let pos = 0;
  const flush = () => {
    if (start >= 0) refPushBounded(out, text, start, end);
    start = -1;
  };
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const lineEnd = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const line = text.slice(pos, lineEnd);
    if (line.trim() === '') flush();
    else {
      if (REF_PARAGRAPH_START.test(line)) flush();
      if (start < 0) start = pos;
      end = lineEnd;
    }
    pos = nl + 1;
  }
  flush();
  return out;
}
const REF_ABBREVIATIONS = new Set([
  'art', 'artt', 'nr', 'nrs', 'lid', 'bijv', 'bv', 'nv', 'jo', 'resp', 'ca', 'etc', 'enz', 'o', 'a', 'i', 'e', 'b', 'v', 'n', 'c', 'q',
  'm', 't', 'z', 's', 'd', 'w', 'h', 'p', 'sub', 'min', 'max', 'incl', 'excl', 'evt', 'vgl', 'zgn', 'ong', 'mr', 'dhr', 'mevr', 'st', 'stb', 'stcrt',
]);
const REF_SENTENCE_END = /[.!?](?=[ \t\r\n\u00a0]{1,40}[\p{Lu}\d"'‘“(])/gu;
const refIsSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
function refSentences(text: string, from = 0, to = text.length): RefPiece[] {
  const out: RefPiece[] = [];
  const slice = text.slice(from, to);
  let start = 0;
  while (start < slice.length && refIsSpace(slice.charCodeAt(start))) start++;
  REF_SENTENCE_END.lastIndex = start;
  for (let m = REF_SENTENCE_END.exec(slice); m; m = REF_SENTENCE_END.exec(slice)) {
    const i = m.index;
    if (i < start) continue;
    if (slice[i] === '.') {
      let k = i;
      while (k > start && i - k < 8 && /\p{L}/u.test(slice[k - 1])) k--;
      const word = slice.slice(k, i).toLowerCase();
      if (REF_ABBREVIATIONS.has(word)) continue;
      if (k > start && slice[k - 1] === '.' && word.length <= 2) continue;
    }
    refPushBounded(out, text, from + start, from + i + 1);
    start = i + 1;
    while (start < slice.length && refIsSpace(slice.charCodeAt(start))) start++;
  }
  if (start < slice.length) {
    let end = slice.length;
    while (end > start && refIsSpace(slice.charCodeAt(end - 1))) end--;
    if (end > start) refPushBounded(out, text, from + start, from + end);
  }
  return out;
}

// ---- Adversarial text ----
/** Pieces that exercise every branch: stops, abbreviations, spaces, capitals (also astral and lone surrogates), case oddities. */
export const TOKENS = [
  '.', '. ', '! ', '? ', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u000b',
  'De', 'de', 'Opdrachtgever', 'bijv.', 'Bijv.', 'B.V.', 'o.a.', 'art.', 'ART.', 'stcrt.', 'Nr.', 'lid.', 'i.', 'İ.', 'aİ.', 'ſ', 'K', 'ß', 'é', 'É', 'ë', 'Ë',
  '‘', '“', '"', "'", '(', ')', '1', '42', '3.1 ', '1. ', 'a) ', '(c) ', 'b. ', '- ', '* ', '• ', '# ', '## Kop', '<!-- x -->', 'Artikel 3', 'art. 4',
  '\ud835\udc00', '\ud835', '\udc00', '\ud801\udc00', 'x'.repeat(300), 'y '.repeat(200), ' '.repeat(41), ' '.repeat(40), 'ABC', 'XX', '...',
];
export const textArb = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((a) => a.join(''));
const anyText = fc.oneof(textArb, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

describe('text/pieces: single-pass splitters', () => {
  it('paragraphs() equals the per-line regex version', () => {
    fc.assert(fc.property(anyText, (t) => assert.deepEqual(plain(paragraphs(t)), refParagraphs(t))), { numRuns: runs(2000) });
  });

  it('sentences() equals the regex version, on whole texts and on ranges', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (t, a, b) => {
        assert.deepEqual(plain(sentences(t)), refSentences(t));
        const from = a % (t.length + 1);
        const to = from + (b % (t.length - from + 1));
        assert.deepEqual(plain(sentences(t, from, to)), refSentences(t, from, to));
      }),
      { numRuns: runs(2000) },
    );
  });

  it('sentencesOf() equals the sentences of each paragraph', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const block: Block = { span: { start: 0, end: t.length }, text: t, firstLine: 0 };
        const want: RefPiece[] = [];
        for (const p of refParagraphs(t)) want.push(...refSentences(t, p.start, p.end));
        assert.deepEqual(plain(sentencesOf(block)), want);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('splits the usual cases', () => {
    const t = 'Leverancier B.V. levert bijv. software. Zie art. 3 lid 2. Klaar!  "Ja" zegt hij.\n\n3.1 Nieuw deel. 2 dagen';
    assert.deepEqual(
      sentences(t).map((s) => s.text),
      ['Leverancier B.V. levert bijv. software.', 'Zie art. 3 lid 2.', 'Klaar!', '"Ja" zegt hij.', '3.1 Nieuw deel.', '2 dagen'],
    );
  });
});

describe('text/triggerWords: lowerForGates', () => {
  it('contains every literal a case-insensitive regex finds', () => {
    const words = ['opschorting', 'kosten', 'tussentijds', 'schriftelijk', 'ingebreke', 'ëlk'];
    const wordArb = fc.constantFrom(...words).chain((w) =>
      fc.array(fc.constantFrom('same', 'upper', 'kelvin', 'longs'), { minLength: w.length, maxLength: w.length }).map((how) =>
        [...w].map((ch, i) => (how[i] === 'upper' ? ch.toUpperCase() : how[i] === 'kelvin' && ch === 'k' ? '\u212a' : how[i] === 'longs' && ch === 's' ? '\u017f' : ch)).join(''),
      ),
    );
    fc.assert(
      fc.property(textArb, wordArb, textArb, (a, w, b) => {
        const t = a + w + b;
        const lower = lowerForGates(t);
        for (const lit of words) {
          for (const flags of ['i', 'iu']) {
            if (new RegExp(lit, flags).test(t)) assert.ok(lower.includes(lit), `${lit}/${flags} in ${JSON.stringify(t)}`);
          }
        }
      }),
      { numRuns: runs(1000) },
    );
  });
});

describe('text/exonerations: exonerations near "aansprakelijk"', () => {
  const longWord = '\ud835\udc00'.repeat(20); // 20 code points, 40 units
  const gap = ' \t\r\n';
  const phrases = [
    'is niet aansprakelijk', 'nimmer aansprakelijk', 'in geen geval aansprakelijk', 'op geen enkele wijze voor schade aansprakelijk',
    `op${gap}geen${gap}enkele${gap}wijze${gap}${longWord}${gap}${longWord}${gap}aansprakelijk`,
    'niet verantwoordelijk en/of aansprakelijk', 'geen enkele aansprakelijkheid', 'generlei aansprakelijkheid', 'nooit tot enige aansprakelijkheid',
    'aansprakelijkheid van Leverancier is beperkt', 'aansprakelijkheid wordt uitgesloten', 'sluit iedere aansprakelijkheid uit',
    `sluiten${gap}${longWord}${gap}${longWord}${gap}${longWord}${gap}aansprakelijkheid${gap}uit`, 'aansprakelijkheid', 'overmacht',
    'aansprakelijkheid is te allen tijde gemaximeerd', 'aansprakelijkheid blijft begrensd', 'aansprakelijkheid gaat nooit verder dan',
    `aansprakelijkheid van Leverancier strekt${gap}zich${gap}niet${gap}${longWord}${gap}${longWord}${gap}verder${gap}dan`,
  ];
  it('every exoneration holds "aansprakelijk" within EXONERATION_BACK of its start, and the near scan finds what a full scan finds', () => {
    assertGate(EXONERATION, ['aansprakelijk'], phrases, EXONERATION_BACK);
  });
  it('every exoneration holds a lead word within EXONERATION_LEAD of its start', () => {
    assertGate(EXONERATION, EXONERATION_LEADS, phrases, EXONERATION_LEAD);
  });
  it('exonerationMatches, tried only where both words allow a match, finds what a full scan finds', () => {
    fc.assert(
      fc.property(textFrom([...phrases, 'niet', 'geen', 'in geen geval', 'Leverancier is niet']), (text) => {
        const block: Block = { span: { start: 0, end: text.length }, text, firstLine: 0 };
        const want = [...text.matchAll(EXONERATION)].map((m) => [m.index, m[0]]);
        assert.deepEqual(exonerationMatches(block).map((m) => [m.index, m[0]]), want, JSON.stringify(text));
      }),
      { numRuns: runs(1000) },
    );
  });
});

describe('text/parties: party words tried only where they can start', () => {
  // The plain scans partyBefore and subjectOf made before (every position, global patterns).
  const SKIP = ['BW', 'AVG', 'CBS', 'SLA', 'BTW', 'EUR', 'KVK'];
  function plainPartyBefore(text: string, at: number, window = 160): Party {
    const slice = text.slice(Math.max(0, at - window), at);
    let lastClient = -1;
    let lastUser = -1;
    CLIENT_WORDS.lastIndex = 0;
    for (let m = CLIENT_WORDS.exec(slice); m; m = CLIENT_WORDS.exec(slice)) lastClient = m.index;
    USER_WORDS.lastIndex = 0;
    for (let m = USER_WORDS.exec(slice); m; m = USER_WORDS.exec(slice)) if (!SKIP.includes(m[0])) lastUser = m.index;
    if (lastClient < 0 && lastUser < 0) return undefined;
    return lastClient > lastUser ? 'client' : 'user';
  }
  function plainSubjectOf(text: string): Party {
    CLIENT_WORDS.lastIndex = 0;
    const c = CLIENT_WORDS.exec(text);
    USER_WORDS.lastIndex = 0;
    let u: RegExpExecArray | null;
    for (u = USER_WORDS.exec(text); u; u = USER_WORDS.exec(text)) if (!SKIP.includes(u[0])) break;
    if (!c && !u) return undefined;
    if (c && (!u || c.index < u.index)) return 'client';
    return 'user';
  }
  const PIECES = ['Opdrachtgever', 'Opdrachtgevers', 'Klant', 'Leverancier', 'Gebruiker van de Dienst', 'Gebruiker', 'u', 'U', 'je', 'jij', 'wij', 'We', 'ons', 'Ons',
    'BCS', 'BW', 'AVG', 'ABCDEFG', 'KVKX', 'Cliënt', 'é', 'ö', 'x', '1', ' ', ' ', '\n', '\r\n', '.', '(', 'İ', '\u212a', '\u017f', '\ud835\udc00', 'ou', 'uw', 'jou'];
  const texts = fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  );
  it('partyBefore and subjectOf are the plain scans', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.integer({ min: 1, max: 200 }), (text, a, window) => {
        const at = a % (text.length + 1);
        assert.equal(partyBefore(text, at, window), plainPartyBefore(text, at, window), JSON.stringify(text));
        assert.equal(subjectOf(text), plainSubjectOf(text), JSON.stringify(text));
      }),
      { numRuns: runs(3000) },
    );
  });
});
