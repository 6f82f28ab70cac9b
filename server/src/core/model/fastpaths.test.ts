// The parser's fast paths (character walks, triggers, gates) must give exactly what the plain
// whole-text regex scans they replace gave: each is held here to a reference written the plain way.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../text/lineIndex';
import { CAPITALISED, findTermUses, indexOfVerstaan, isWordCode } from './definitions';
import type { Definition, TermUse } from './types';
import { LINE_PATTERNS, mayStart, titleAfter } from './lines';
import { labelOf, parseDocument } from './parse';
import { splitDots } from './path';
import { DIRECTIVE, findDirectives } from './directives';

// Text made of the pieces the fast paths look at, plus arbitrary strings.
const PIECES = [
  ' ', ' ', '\t', '\n', '\r\n', '\r', '.', ',', ':', ';', '-', "'", '’', '(', ')', '"', '“', '”', '*', '_',
  'a', 'e', 'x', 'A', 'Z', 'é', 'É', 'ß', 'ſ', '\u212a', 'İ', '\u0301', '\u{1F600}', '1', '7', '10', '404', '3.2', '1.2.6',
  'Dienst', 'Diensten', 'dienst', 'Opdracht', 'Opdrachtgever', 'Opdrachtgever-', 'Opdrachtgevers', 'Algemene Voorwaarden', 'Algemene',
  'McDienst', 'DIENST', 'Werkdag', "Werkdag's", 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ABCDEFGHIJKLMNOPQRSTUVWXYZABCD', 'Ēēēēēēēēēēēēēēēēēēēē',
];
const piecesText = (max: number) => fc.array(fc.constantFrom(...PIECES), { maxLength: max }).map((p) => p.join(''));
export const anyText = (max = 60) => fc.oneof(piecesText(max), fc.string({ unit: 'binary', maxLength: max }), fc.string({ unit: 'grapheme', maxLength: max }));

describe('model: fast paths agree with the plain scans they replace', () => {
  it('LineIndex line starts (\\n, \\r\\n and lone \\r)', () => {
    const plain = (text: string) => {
      const starts = [0];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        } else if (c === 10) starts.push(i + 1);
      }
      return starts;
    };
    fc.assert(fc.property(anyText(80), (t) => assert.deepEqual(new LineIndex(t).lineStarts, plain(t))), { numRuns: runs(3000) });
  });

  it('titleAfter cuts the title as the regex replaces did', () => {
    const plain = (s: string, from: number) => {
      const t = s.slice(from).replace(/^[*_]{1,4}/, '').replace(/^[ \t\u00a0]{0,40}(?:[–—:-][ \t\u00a0]{0,8})?/, '');
      let e = Math.min(t.length, 180);
      while (e > 0 && /[\s#*_]/.test(t[e - 1])) e--;
      return t.slice(0, e);
    };
    const bits = [' ', '  ', '\t', '*', '**', '_', '#', '–', '—', ':', '-', '\u00a0', '\u2003', '\ufeff', '\u3000', '\n', 'Titel', 'x', 'é', '.', 'Aansprakelijkheid en vrijwaring'];
    const text = fc.oneof(fc.array(fc.constantFrom(...bits), { maxLength: 30 }).map((p) => p.join('')), anyText(60), fc.string({ maxLength: 400 }));
    fc.assert(
      fc.property(text, fc.nat(), (t, k) => {
        const from = k % (t.length + 1);
        assert.equal(titleAfter(t, from), plain(t, from), JSON.stringify([t, from]));
      }),
      { numRuns: runs(5000) },
    );
    assert.equal(titleAfter('x'.repeat(300) + ' ', 0), 'x'.repeat(180));
    // A tab stop exported as spaces ("1.            Titel") is skipped, up to a bound.
    assert.equal(titleAfter(' '.repeat(12) + 'Titel', 0), 'Titel');
    assert.equal(titleAfter(' '.repeat(44) + 'Titel', 0), '    Titel');
  });

  it('indexOfVerstaan is indexOf(\'verstaan\')', () => {
    const bits = ['verstaan', 'versta', 'verst', 'vers', 'an', 'a', 'n', 'v', 'erstaan', 'verstaverstaan', 'VERSTAAN', 'verſtaan', '’', '\n'];
    const text = fc.oneof(fc.array(fc.constantFrom(...bits), { maxLength: 12 }).map((p) => p.join('')), anyText(40));
    fc.assert(
      fc.property(text, fc.nat(), (t, k) => {
        const from = k % (t.length + 2);
        assert.equal(indexOfVerstaan(t, from), t.indexOf('verstaan', from));
      }),
      { numRuns: runs(4000) },
    );
  });

  it('findTermUses walks the text like a /CAPITALISED/g scan', () => {
    // The previous implementation, verbatim apart from names.
    const plain = (text: string, defs: Definition[]): TermUse[] => {
      if (defs.length === 0) return [];
      const byFirstWord = new Map<string, Array<{ term: string; form: string }>>();
      const seen = new Set<string>();
      for (const d of defs) {
        for (const form of d.forms) {
          if (seen.has(form)) continue;
          seen.add(form);
          const first = form.split(' ')[0];
          const list = byFirstWord.get(first) ?? [];
          list.push({ term: d.term, form });
          byFirstWord.set(first, list);
        }
      }
      for (const list of byFirstWord.values()) list.sort((a, b) => b.form.length - a.form.length);
      const defSpans = new Set(defs.map((d) => d.span.start));
      const trimWord = (w: string) => {
        let e = w.length;
        for (let c = w.charCodeAt(e - 1); e > 1 && (c === 39 || c === 0x2019 || c === 45); c = w.charCodeAt(e - 1)) e--;
        return e === w.length ? w : w.slice(0, e);
      };
      const uses: TermUse[] = [];
      const re = new RegExp(CAPITALISED.source, 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m.index > 0 && isWordCode(text.charCodeAt(m.index - 1))) continue;
        const candidates = byFirstWord.get(trimWord(m[0]));
        if (!candidates || defSpans.has(m.index)) continue;
        for (const c of candidates) {
          if (!text.startsWith(c.form, m.index)) continue;
          const end = m.index + c.form.length;
          const after = text.charCodeAt(end);
          if (isWordCode(after) || (after === 45 && isWordCode(text.charCodeAt(end + 1)))) continue;
          uses.push({ term: c.term, form: c.form, span: { start: m.index, end } });
          re.lastIndex = m.index + c.form.length;
          break;
        }
      }
      return uses;
    };
    const FORMS = [['Dienst', 'Diensten', 'Dienstens'], ['Opdrachtgever', 'Opdrachtgevers'], ['Algemene Voorwaarden'], ['Werkdag', "Werkdag's"], ['Opdracht'], ['É'], ['Ab'], ['A-'], ['ſx']];
    const defsArb = fc.subarray(FORMS, { minLength: 1 }).chain((fs) =>
      fc.array(fc.nat(200), { minLength: fs.length, maxLength: fs.length }).map((starts) =>
        fs.map((forms, k): Definition => ({ term: forms[0], forms, span: { start: starts[k], end: starts[k] + forms[0].length }, textSpan: { start: 0, end: 0 }, text: '', style: 'list' })),
      ),
    );
    fc.assert(
      fc.property(anyText(120), defsArb, (t, defs) => assert.deepEqual(findTermUses(t, defs), plain(t, defs))),
      { numRuns: runs(4000) },
    );
    const long = 'Dienst' + 'x'.repeat(70) + 'Dienst Dienst';
    const defs: Definition[] = [{ term: 'Dienst', forms: ['Dienst'], span: { start: 999, end: 1005 }, textSpan: { start: 0, end: 0 }, text: '', style: 'list' }];
    assert.deepEqual(findTermUses(long, defs), plain(long, defs));
  });
});

// Citations.
import { ART, BW_LONG, BW_TOKEN, nextAt, nextBwToken, TW_TOKEN } from './citations';
import { runs } from '../testing/fuzz';

const REF_PIECES = [
  ' ', ' ', '  ', '\t', '\n', ',', '.', ':', ';', '-', '(', ')', '_', 'x', 'é', 'ſ', '\u212a', '\u{1F600}', '%', '€',
  '1', '2', '3', '10', '404', '1.2', '3.2', '1.2.6', '7:404', '10:30', '6:', '1:100', '2019',
  'artikel', 'Artikel', 'ARTIKEL', 'arti\u212ael', 'ARTİKEL', 'art.', 'Art.', 'artikelen', 'Artikelen', 'ARTIKELEN', 'artikel ', 'art', 'ARTIKELEN ',
  'lid', 'Lid', 'leden', 'de', 'De', 'het', 'Het', 'de leden', 'het tweede lid', 'eerste', 'tiende', 'lid', 'sub', 'onder', 'a', 'b', 'b)', 'B',
  'in', 'conform', 'volgens', 'bij', 'zie', 'uit', 'van', 'dit', 'en', 'of', 'tot en met', 't/m',
  'vorige', 'voorgaande', 'vorig', 'volgende', 'navolgende', 'leverancier', 'BW', 'Boek', 'van Boek', 'Telecommunicatiewet', 'Tw', 'uur', 'procent',
];
const refText = (max: number) => fc.oneof(fc.array(fc.constantFrom(...REF_PIECES), { maxLength: max }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 }));

function globalMatches(re: RegExp, text: string): Array<[number, string]> {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const out: Array<[number, string]> = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push([m.index, m[0]]);
    if (!m[0].length) g.lastIndex++;
  }
  return out;
}

/** Walks like a global scan, each next search from the previous match's end (or from a given restart). */
function walk(next: (text: string, from: number) => RegExpExecArray | null, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (let m = next(text, 0); m; m = next(text, m.index + Math.max(1, m[0].length))) out.push([m.index, m[0]]);
  return out;
}

describe('model: triggered citation scans agree with global scans', () => {
  it('nextBwToken and the ART positions find what the global citation scans find', () => {
    const art = new RegExp(ART.source, ART.flags);
    fc.assert(
      fc.property(refText(30), fc.nat(), (t, k) => {
        assert.deepEqual(walk(nextBwToken, t), globalMatches(BW_TOKEN, t), JSON.stringify(t));
        // Both long-form patterns, tried only at the positions of ART.
        const positions = globalMatches(art, t).map(([i]) => i);
        const at = (re: RegExp) => new RegExp(re.source, 'iuy');
        const long = at(BW_LONG);
        const tw = at(TW_TOKEN);
        assert.deepEqual(walk((s, f) => nextAt(s, long, positions, f), t), globalMatches(BW_LONG, t), JSON.stringify(t));
        assert.deepEqual(walk((s, f) => nextAt(s, tw, positions, f), t), globalMatches(TW_TOKEN, t), JSON.stringify(t));
        const from = k % (t.length + 1);
        const g = new RegExp(BW_TOKEN.source, BW_TOKEN.flags);
        g.lastIndex = from;
        const want = g.exec(t);
        const got = nextBwToken(t, from);
        assert.deepEqual(got && [got.index, got[0]], want && [want.index, want[0]]);
      }),
      { numRuns: runs(6000) },
    );
  });

  it('line classification: a pattern is skipped only on a first character it cannot match', () => {
    const heads = ['#', '## ', '<!--', '*', '**', '_', '+ ', '- ', '(a) ', 'a. ', 'b) ', '1. ', '3.1 ', '12 ', 'Artikel 3', 'ARTIKEL 4', 'art. 5', 'artiſ', 'Hoofdstuk 2', 'HOOFDSTUK', 'Titel 1', 'Deel 2', 'Afdeling 1', 'Paragraaf 3', 'Module 1', 'hooFdſtuk 1', 'Module \u212a', 'Bijlage', 'BIJLAGE 2', 'A. Addendum', 'b) Annex', 'ii. ', '(iv) ', 'vi) ', '1° ', '12.De', '3.1.Art', 'Artkel 5', 'ARTIKEL 2:', 'Artikel 1;', '• ', '– ', 'Overwegende dat:', 'In aanmerking nemende dat', 'De ondergetekenden:', 'Partijen:', 'Considerans', 'Verklaren te zijn overeengekomen als volgt:', 'Komen overeen:', 'Zij komen overeen:', 'en zijn overeengekomen:', 'Nemen in aanmerking'];
    const gates: Array<[RegExp, (c: number) => boolean]> = [
      [LINE_PATTERNS.MD_HEADING, mayStart.mdHeading],
      [LINE_PATTERNS.ARTIKEL, mayStart.artikel],
      [LINE_PATTERNS.PART, mayStart.part],
      [LINE_PATTERNS.APPENDIX, mayStart.appendix],
      [LINE_PATTERNS.NUMBERED_TIGHT, mayStart.numbered],
      [LINE_PATTERNS.ROMAN, mayStart.roman],
      [LINE_PATTERNS.DEGREE, mayStart.degree],
      [LINE_PATTERNS.BULLET, mayStart.bullet],
      [LINE_PATTERNS.NUMBERED, mayStart.numbered],
      [LINE_PATTERNS.COMMA_NUMBERED, mayStart.numbered],
      [LINE_PATTERNS.LETTER, mayStart.letter],
      [LINE_PATTERNS.RECITALS_OPEN, mayStart.preamble],
      [LINE_PATTERNS.RECITALS_CLOSE, mayStart.preamble],
    ];
    const line = fc.oneof(anyText(20), fc.tuple(fc.constantFrom(...heads), anyText(12)).map(([h, t]) => h + t));
    fc.assert(
      fc.property(line, (t) => {
        for (const [re, may] of gates) if (!may(t.charCodeAt(0))) assert.equal(re.exec(t), null, `${re} on ${JSON.stringify(t)}`);
      }),
      { numRuns: runs(5000) },
    );
    // Every first character up to U+2200 and the letter-like ones after it (Kelvin, Angstrom, ligatures,
    // full width), against each pattern followed by text that lets it match.
    const firsts: number[] = [];
    for (let c = 0; c < 0x2200; c++) firsts.push(c);
    for (let c = 0xfb00; c <= 0xfb06; c++) firsts.push(c);
    for (let c = 0xff01; c <= 0xff5e; c++) firsts.push(c);
    firsts.push(0x212a, 0x212b, 0x2126);
    for (const c of firsts) {
      const ch = String.fromCharCode(c);
      for (const [re, may] of gates) {
        if (may(c)) continue;
        for (const tail of ['rtikel 3', 'rt. 3', 'oofdstuk 2', 'itel 1', 'eel 2', 'fdeling 1', 'aragraaf 3', 'odule 1', '# x', ' x', '. x', ') x', 'a) x', '1. x', 'ijlage', 'ddendum', 'i. x', 'i) x', 'v) x', '° x', '.Dx', '2.Dx', '. Addendum', 'verwegende', 'ndergetekenden', 'e ondergetekenden', 'n aanmerking nemende', 'artijen:', 'omen overeen:', 'erklaren te zijn overeengekomen:', 'ij komen overeen:', 'onsiderans', 'emen in aanmerking', '']) assert.equal(re.exec(ch + tail), null, `${re} on ${JSON.stringify(ch + tail)}`);
      }
    }
  });

  it('splitDots is split(\'.\')', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('.', '1', '12', 'a', '', 'é'), { maxLength: 8 }).map((p) => p.join('')), (t) => assert.deepEqual(splitDots(t), t.split('.'))), { numRuns: runs(3000) });
  });

  it('byLabel keys are the nodes\' paths joined by dots', () => {
    const lines = ['# Titel', '## Artikel 1 Definities', '1. Eerste', 'a. sub', '2. Tweede', '   1. genest', '      a) dieper', 'Artikel 2 Iets', '2.1 tekst', '2.1.1 tekst', '2.3.1 zonder ouder', '3.1 elders', 'Hoofdstuk 2 Deel', '4. Vier', '  4.1 x', '1.', 'b) los', '', 'tekst'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 30 }), (ls) => {
        const model = parseDocument(ls.join('\n'));
        const plain = new Map<string, unknown[]>();
        for (const n of model.nodes) if (n.path.length) plain.set(n.path.join('.'), [...(plain.get(n.path.join('.')) ?? []), n]);
        assert.deepEqual([...model.byLabel.keys()], [...plain.keys()]);
        // Labels were made from those keys in a walk over nodes: the same as from the paths, in a recursion.
        const walk = (n: (typeof model.nodes)[number]): void => {
          assert.equal(n.label, labelOf(n));
          n.children.forEach(walk);
        };
        model.roots.forEach(walk);
        const order: unknown[] = [];
        const pre = (n: (typeof model.nodes)[number]): void => {
          order.push(n);
          n.children.forEach(pre);
        };
        model.roots.forEach(pre);
        assert.equal(order.length, model.nodes.length);
        order.forEach((n, k) => assert.equal(n, model.nodes[k]));
        for (const [k, v] of plain) assert.deepEqual(model.byLabel.get(k), v);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('findDirectives: tried at each "<!--" finds what the global scan finds, in any range', () => {
    const plain = (text: string, from: number, to: number) => {
      const out: Array<[number, number, string]> = [];
      if (!text.slice(from, to).includes('clausule-')) return out;
      const re = new RegExp(DIRECTIVE.source, 'g');
      re.lastIndex = from;
      for (let m = re.exec(text); m && m.index + m[0].length <= to; m = re.exec(text)) out.push([m.index, m.index + m[0].length, m[1]]);
      return out;
    };
    const bits = ['<!--', '<!-- ', '<!--\t', '<', '!', '-->', '--', '>', ' clausule-disable ', 'clausule-enable', 'clausule-disable-next-line', 'clausule-disable-line spelling', 'clausule-disable-file', 'CLAUSULE-disable', 'clausule-', ' a, b ', '\n', '\r\n', 'x', ' '];
    const text = fc.oneof(fc.array(fc.constantFrom(...bits), { maxLength: 24 }).map((p) => p.join('')), anyText(40));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const from = a % (t.length + 1);
        const to = from + (b % (t.length - from + 1));
        for (const [f, e] of [[0, t.length], [from, to]]) {
          const got = findDirectives(t, new LineIndex(t), f === 0 && e === t.length ? undefined : { start: f, end: e }).map((d) => [d.span.start, d.span.end, d.kind]);
          assert.deepEqual(got, plain(t, f, e));
        }
      }),
      { numRuns: runs(4000) },
    );
  });
});
