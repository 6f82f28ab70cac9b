// Defined terms: where they are defined, in which forms they may be used, and where they are used.
import { isLatinLetter } from '../text/letters';
import type { Definition, StructureNode, TermUse } from './types';
import { upperItemOf, type LineInfo } from './lines';
import type { LineIndex } from '../text/lineIndex';
import { innermostNode } from './references';
import { collapsedSlice } from '../text/letters';
import { detached } from '../text/detached';
import { firstNotBefore } from '../text/search';
import { gatedMatches } from './gatedScan';
import { firstAtOrAfter, moveInPlace, movedSpan, type LineEdit } from './edit';
import { SEPARABLE_PARTICLES } from '../text/separableParticles';

const DEFINITIONS_HEADING = /defini|begrip|begrippen/i;
// An article without such a heading is a definitions article when it says so in its opening words.
const DEFINITIONS_OPENING = /(?:wordt|worden)[^.\n]{0,80}?verstaan|navolgende[^.\n]{0,40}?(?:begrippen|woorden|termen)|met een hoofdletter/i;
const PLURAL_CLAUSE = /enkelvoud[^.]{0,200}meervoud|meervoud[^.]{0,200}enkelvoud/i;
const TERM_WORD = String.raw`[\p{Lu}][\p{L}\p{M}()'’-]{0,40}`;
// The quotation marks a name may stand in: ' ', ‘ ’, " ", “ ”, „ ” (or „ “), « », ‚ ’.
const OPEN_QUOTE = `["“'‘„«‚]`;
const CLOSE_QUOTE = `["”'’“»]`;
// "Opdracht c.q. Overeenkomst": the abbreviation between two names of one definition (see ALIAS_SPLIT).
// "Aanstelling/Indiensttreding": two names of one definition joined by a slash without blanks.
const NEXT_WORD = String.raw`(?:[ \t]{1,3}(?:en\/of|c\.q\.|[\p{L}\p{M}()/'’-]{1,40})|\/[\p{Lu}][\p{L}\p{M}()'’-]{0,40})`;
// `**Term**:`, `"Term":`, `“Term”:` at the start of a line's content.
const MARKED = new RegExp(String.raw`^(?:\*\*|__)(${TERM_WORD}${NEXT_WORD}{0,5})(?:\*\*|__)[ \t]{0,4}(?::|[–—-]|,)[ \t]*`, 'u');
// `**Term:** tekst`, the colon in bold: the form a converter writes for HTML's `<strong>Term:</strong>`. Web pages
// label anything so ("**Let op:**", "**Functionele cookies:**"): a definition only in a definitions article.
const MARKED_COLON_IN = new RegExp(String.raw`^(?:\*\*|__)(${TERM_WORD}${NEXT_WORD}{0,5})[ \t]{0,4}:(?:\*\*|__)[ \t]*(?=\S)`, 'u');
// Also `“Term” betekent …` and `“Term” staat voor …`, the form of drafts translated from English.
const QUOTED = new RegExp(String.raw`^["“'‘](${TERM_WORD}${NEXT_WORD}{0,5})["”'’](?:[ \t]{0,4}(?::|[–—-]|,)|[ \t]{1,3}(?:betekent|betekenen|staat[ \t]{1,3}voor|staan[ \t]{1,3}voor)(?![\p{L}]))[ \t]*`, 'u');
// `verstaan onder: "Opdrachtnemer": …; "Opdrachtgever": …`: definitions run together in one paragraph of a definitions
// article, each a quoted term and a colon after the colon, semicolon or full stop that ends the one before.
const RUN_IN = new RegExp(String.raw`(?<=[:;.][ \t]{1,3})${OPEN_QUOTE}(${TERM_WORD}${NEXT_WORD}{0,5})${CLOSE_QUOTE}[ \t]{0,3}:[ \t]*`, 'gu');
// A plain `Term: ...` counts only inside a definitions article.
// Also `Term:tekst` without a space, and `Term<TAB>tekst` in a definitions table.
// The article before a capitalised term is not part of it ("De Opdrachtgever: ..." defines Opdrachtgever); before a
// term in lower case ("De opdracht: ...") it is the capital of the sentence, not of a term.
const PLAIN = new RegExp(String.raw`^(?!(?:De|Het)[ \t]{1,3}\p{Ll})(?:(?:De|Het)[ \t]{1,3}(?=\p{Lu}))?(${TERM_WORD}${NEXT_WORD}{0,4})(?:[ \t]{0,4}:[ \t]*(?=\S)|\t[ \t]*(?=\S))`, 'u');
// `Term – tekst`, `Term - tekst`: a dash with a blank on either side, inside a definitions article. The shortest
// term before the first such dash (a term's own hyphen has no blanks: "Back-up").
// `a. opdrachtgever: de partij die …;`: a definitions list whose terms are in lower case. Only on a numbered or
// lettered item of a definitions article.
const LOWER_PLAIN = /^(\p{Ll}[\p{L}\p{M}'’-]{1,40}(?:[ \t]{1,3}\p{Ll}[\p{L}\p{M}'’-]{1,40}){0,2})[ \t]{0,4}:[ \t]{1,4}(?=\S)/u;
const DASHED = new RegExp(String.raw`^(?:(?:De|Het)[ \t]{1,3})?(${TERM_WORD}${NEXT_WORD}{0,4}?)[ \t]{1,4}[–—-][ \t]{1,4}(?=\S)`, 'u');
// `1.3 Dienst` alone on its line in a definitions article, its text on the next line.
// At the head of a draft without a definitions article: `a. De Organisatie` or `c. Entreebewijs:` (see leadList).
const LEAD_TITLE = new RegExp(String.raw`^(?:(?:De|Het)[ \t]{1,3})?(${TERM_WORD}${NEXT_WORD}{0,3}?)[ \t]*(?::[ \t]*)?$`, 'u');
// A row of a definitions table copied with one blank between its columns: one capitalised word, then the text,
// which opens with an article or a quantifier as a definition's text does.
const TABLE_ROW = /^([\p{Lu}][\p{L}\p{M}'’-]{1,40})([ \t]{1,3})(?=(?:de|het|een|alle|elke|iedere|ieder)[ \t])/u;
// Words that open a sentence the same way ("In de …", "Onder een …"), never a term.
const FUNCTION_WORDS = new Set(
  'In Op Onder Voor Met Bij Van Tot Als Indien Wanneer Tenzij Door Na Naast Over Uit Zonder Tegen Tussen Volgens Per Aan Om Dat Omdat Zodra Nadat Voordat Waarbij Ook Alle Elke Iedere Ieder Deze Dit Die Het De Een Wij Zij Hij Ter Ten Is Zijn Wordt Worden Geldt Gelden Betreft Onverminderd Behoudens'.split(' '),
);
const TITLE_ONLY = new RegExp(String.raw`^(${TERM_WORD}${NEXT_WORD}{0,5})[ \t]*$`, 'u');
// `b. “Opdrachtnemer” of “Leverancier”` alone on its line in a definitions article, its text below: the quotation
// marks say it is a name, whatever the line below opens with (a list of what the term covers, "(i) …").
const QUOTED_TITLE = new RegExp(
  String.raw`^${OPEN_QUOTE}(${TERM_WORD}${NEXT_WORD}{0,5})${CLOSE_QUOTE}(?:[ \t]{1,3}(?:of|en)[ \t]{1,3}${OPEN_QUOTE}[^"“”'‘’„«»‚\n]{1,60}${CLOSE_QUOTE})?[ \t]*:?[ \t]*$`,
  'u',
);
// `Proef B.V. ("Leverancier")`, `de diensten (de “Diensten”)`: a term given in brackets and quotes.
const PAREN_QUOTED = new RegExp(String.raw`\((?:de|het)?[ \t]{0,3}${OPEN_QUOTE}(${TERM_WORD}(?:[ \t]{1,3}[\p{Lu}][\p{L}\p{M}-]{0,40}){0,3})${CLOSE_QUOTE}\)`, 'gu');
// `Persoonsgegevens zoals gedefinieerd in de AVG`, `het Basispakket, zoals beschreven in de Productgids`: a term
// the draft takes from another document.
export const EXTERNAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${TERM_WORD}(?:[ \t]{1,3}[\p{Lu}][\p{L}\p{M}-]{0,40}){0,3})[ \t]{0,3},?[ \t]{0,3}\(?[ \t]{0,3}(?:zoals|als)[ \t]{1,3}(?:gedefinieerd|omschreven|beschreven|gedefiniëerd)[ \t]{1,3}in[ \t]{1,3}(?:de|het)[ \t]{1,3}(?:[\p{Lu}][\p{L}\p{M}-]{1,40}|AVG|GDPR)`,
  'gu',
);
// What every PAREN_QUOTED and EXTERNAL match holds (their own opening and middle, all spellings): a cheap
// regex pass decides whether the full pattern needs to run.
const PAREN_QUOTED_GATE = /\((?:de|het)?[ \t]{0,3}["“„'‘«‚]/;
// `("**Klant**", "**U**" of "**Uw**")`, `aangeduid als de **"Verkoper"**`: a name in quotation marks and in bold at
// once, anywhere in the text. Drafts translated from English introduce their terms so; a quoted word in bold is
// not a quotation of the running text.
const QUOTED_BOLD = new RegExp(String.raw`(?:["“„]\*\*(${TERM_WORD}${NEXT_WORD}{0,4})\*\*["”“]|\*\*["“„](${TERM_WORD}${NEXT_WORD}{0,4})["”“]\*\*)`, 'gu');
const QUOTED_BOLD_GATE = /["“„]\*\*|\*\*["“„]/;
const EXTERNAL_GATE = /(?:gedefini[eë]erd|schreven)[ \t]{1,3}in/;
export const EXTERNAL_MIDDLE = new RegExp(EXTERNAL_GATE.source, 'g');
// How far an EXTERNAL match reaches from its middle words, in code units (an astral letter takes two): up to four
// words of at most 41 letters and their blanks, the comma and bracket, "zoals" and the "om"/"be" of
// "omschreven" before it (at most 358); the rest of the verb, "in het" and a word of at most 41 letters after it (at most 108).
export const EXTERNAL_BACK = 400;
export const EXTERNAL_AHEAD = 160;
// "Administrator(s)", "Gebruiker(s)": the plural given in brackets.
const OPTIONAL_PLURAL = /^(.+?)\(((?:s|en|n|'s))\)$/u;
// "onder Opdrachtgever wordt verstaan", "Onder 'Dienst' wordt in deze voorwaarden verstaan", "verstaan onder Dienst:"
const VERSTAAN = new RegExp(
  String.raw`\b[Oo]nder[ \t]{1,3}(?:de[ \t]{1,3}|het[ \t]{1,3})?["“'‘]?(${TERM_WORD}(?:[ \t]{1,3}[\p{L}\p{M}-]{1,40}){0,3}?)["”'’]?[ \t]{1,3}(?:wordt|worden)[ \t]{1,3}(?:[^.\n:]{0,60}?[ \t])?verstaan\b[ \t]*:?[ \t]*` +
    '|' +
    String.raw`\bverstaan[ \t]{1,3}onder[ \t]{1,3}["“'‘]?(${TERM_WORD}(?:[ \t]{1,3}[\p{L}\p{M}-]{1,40}){0,3}?)["”'’]?[ \t]{0,3}[:,][ \t]*`,
  'gu',
);
// "te noemen", "genoemd", "aangeduid als": the verb that names a party or thing.
const NAMING_VERB = String.raw`(?:te[ \t]{1,3}noemen|genoemd|aangeduid[ \t]{1,3}als)`;
// Up to five lower-case words before that verb: "hierna gezamenlijk", "verder in deze overeenkomst", "hierna respectievelijk".
const LOWER_WORDS = String.raw`(?:[ \t]{1,3}\p{Ll}{2,16}){0,5}?`;
// "(hierna: "Klant")", "(hierna te noemen: de Klant)", "Hierna te noemen: 'Opdrachtgever';", "hierna genoemd „Leverancier”",
// "verder te noemen Opdrachtgever.", "hierna gezamenlijk te noemen: «Partijen»", "en ieder afzonderlijk ‘Partij’".
// The name may stand in bold, inside the quotation marks or without them ("hierna te noemen “**Klant**”").
// "wordt hierna als “de Hoofdovereenkomst” aangeduid": "als" and a quotation mark, which may open before the article.
// "verder" names only with its verb; "gezamenlijk"/"afzonderlijk"/"respectievelijk" with the verb or a quotation mark ("de partijen
// gezamenlijk: Leverancier en Klant" names nothing).
export const HIERNA = new RegExp(
  String.raw`\(?\b(?:[Hh]ierna(?:${LOWER_WORDS}[ \t]{1,3}${NAMING_VERB}|[ \t]{1,3}als(?=[ \t]{1,3}${OPEN_QUOTE}))?|[Vv]erder${LOWER_WORDS}[ \t]{1,3}${NAMING_VERB}|(?:gezamenlijk|afzonderlijk|respectievelijk)(?:[ \t]{1,3}${NAMING_VERB}|(?=[ \t]{0,3}:?[ \t]{0,3}${OPEN_QUOTE})))` +
    String.raw`[ \t]{0,3}[:;]?[ \t]{0,3}(?:${OPEN_QUOTE}(?=(?:de|het)[ \t]))?(?:de|het)?[ \t]{0,3}${OPEN_QUOTE}?(?:\*\*|__)?(${TERM_WORD}(?:[ \t]{1,3}[\p{Lu}][\p{L}\p{M}-]{0,40}){0,3})(?:\*\*|__)?${CLOSE_QUOTE}?`,
  'gu',
);
// After a quoted HIERNA name: " en “Huurder”", " resp. 'Koper'" (on the same line).
const SECOND_NAME = new RegExp(String.raw`^[ \t]{1,3}(?:en|resp\.|respectievelijk)[ \t]{1,3}(?:de[ \t]{1,3}|het[ \t]{1,3})?${OPEN_QUOTE}(${TERM_WORD}(?:[ \t]{1,3}[\p{Lu}][\p{L}\p{M}-]{0,40}){0,3})${CLOSE_QUOTE}`, 'u');
const CLOSE_QUOTE_AT_END = new RegExp(`${CLOSE_QUOTE}$`, 'u');
// Every HIERNA match holds one of these (its "hierna", its verb or "gezamenlijk"/"afzonderlijk"/"respectievelijk").
export const HIERNA_WORD = /ierna|noem|aangeduid|gezamenlijk|afzonderlijk|respectievelijk/g;
// How far a HIERNA match reaches around its gate word, in code units (an astral letter takes two). Back: the
// bracket, "verder" and five lower-case words of at most 16 letters with their blanks before the verb (at most 190).
// Ahead: from "ierna", five such words, "aangeduid als", the colon, article, quote and bold marks, and four words of
// at most 41 letters after it (at most 561).
export const HIERNA_BACK = 200;
export const HIERNA_AHEAD = 600;
// "Offerte en/of Aanbieding": one definition, two terms.
// "Voordracht / Voordragen", "Vergoeding/Succesfee": a slash between two names too.
const ALIAS_SPLIT = /[ \t]{1,3}(?:en\/of|of|dan wel|c\.q\.|resp\.)[ \t]{1,3}|[ \t]{0,3}\/[ \t]{0,3}/; // bounded like NEXT_WORD: linear

/** How far into the draft the plural clause is looked for. */
export const PLURAL_REACH = 200_000;

export function declaresPluralCovered(text: string): boolean {
  return PLURAL_CLAUSE.test(text.length > PLURAL_REACH ? text.slice(0, PLURAL_REACH) : text);
}

/** The nodes whose lines form a definitions article (by heading or by opening words). */
// The line that opens a list of definitions: "… wordt verstaan onder:".
const LIST_OPENING = /(?:wordt|worden)[^.\n]{0,80}?verstaan(?:[ \t]{1,3}onder)?[ \t]*[:,][ \t]*$/i;

// A numbered line that is only the title of a definitions article: "1.1 Definities", "2. Begrippen:".
const TITLE_WORDS = String.raw`(?:definities?|begrippen|begripsbepalingen?|begripsomschrijvingen?|definities[ \t]en[ \t]begrippen|begrippen[ \t]en[ \t]definities)[ \t]*:?[ \t]*$`;
const DEFINITIONS_TITLE = new RegExp(String.raw`^[ \t]*\d{1,3}(?:\.\d{1,3}){0,3}\.?[ \t]{1,8}` + TITLE_WORDS, 'i');
// That title without its number is no term of the list below it.
const DEFINITIONS_TITLE_WORD = new RegExp('^' + TITLE_WORDS, 'i');

/** The short line of words right above an article's heading ("Definities" above "Artikel 1"): its title there. */
function titleAbove(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 120), at).trimEnd();
  const line = before.slice(before.lastIndexOf('\n') + 1).trim();
  return line.length <= 40 && /^[\p{L} ]+$/u.test(line) ? line : '';
}

export function definitionsArticles(text: string, nodes: StructureNode[]): StructureNode[] {
  const out: StructureNode[] = [];
  for (const n of nodes) {
    if (n.kind === 'clause' && !n.heading) {
      // "1. In deze voorwaarden wordt verstaan onder:" a clause whose first line opens the list below it.
      const head = text.slice(n.span.start, Math.min(n.span.end, n.span.start + 300));
      const first = head.split('\n', 1)[0];
      if (!n.parent && LIST_OPENING.test(first)) out.push(n);
      // "1.1 Definities" over its list, under a chapter heading: a clause that is the definitions article.
      else if (first.length < head.length && DEFINITIONS_TITLE.test(first)) out.push(n);
      continue;
    }
    if (n.kind !== 'article' && n.kind !== 'part' && !(n.kind === 'clause' && n.heading)) continue;
    if (n.heading && DEFINITIONS_HEADING.test(n.heading)) out.push(n);
    else if (n.kind === 'article') {
      const head = text.slice(n.span.start, Math.min(n.span.end, n.span.start + 300));
      if (DEFINITIONS_OPENING.test(head) || DEFINITIONS_HEADING.test(titleAbove(text, n.span.start))) out.push(n);
    }
  }
  return out;
}

/**
 * `range`: only the lines and articles overlapping it, and the inline definitions starting in it, are
 * read (the incremental parser's window; it compares what this finds well inside the range only).
 */
export function findDefinitions(
  text: string,
  infos: LineInfo[],
  lines: LineIndex,
  nodes: StructureNode[],
  pluralCovered: boolean,
  range?: { start: number; end: number },
): Definition[] {
  const defs: Definition[] = [];
  const inDefs = new Uint8Array(lines.lineCount);
  const articles = range ? nodesInRange(nodes, range) : nodes;
  for (const n of definitionsArticles(text, articles)) {
    const last = lines.lineAt(Math.max(n.span.start, n.span.end - 1));
    for (let l = n.line; l <= last; l++) inDefs[l] = 1;
  }
  const add = (whole: string, wholeStart: number, textStart: number, textEnd: number, style: Definition['style']) => {
    whole = withoutClosingMarks(whole);
    // "Privacy Officer (ook: Functionaris …)": a bracket the term opens but does not close is a remark after it.
    if (whole.lastIndexOf('(') > whole.lastIndexOf(')')) whole = whole.slice(0, whole.lastIndexOf('(')).trimEnd();
    // Definitions, and the uses and memos that share their strings, outlive this version of the draft: copies.
    const defText = detached(collapsedSlice(text, textStart, textEnd));
    const members = splitAliases(whole);
    const group = defs.length;
    for (const m of members) {
      // "Administrator(s)": the term is the singular, and the plural it gives is one of its forms.
      const opt = OPTIONAL_PLURAL.exec(m.term);
      const term = detached(opt ? opt[1] : m.term);
      if (!isPlausibleTerm(term)) continue;
      const start = wholeStart + m.offset;
      const forms = formsOf(term, pluralCovered);
      // "Aanstelling / Aanstellen": the verb beside its noun is used as a participle ("wordt Aangesteld").
      if (members.length > 1 && whole.includes('/') && members.some((o) => !/en$/.test(o.term))) {
        for (const f of participlesOf(term)) if (!forms.includes(f)) forms.push(f);
      }
      if (opt && !forms.includes(term + opt[2])) forms.push(term + opt[2]);
      defs.push({
        term,
        span: { start, end: start + term.length },
        textSpan: { start: textStart, end: textEnd },
        text: defText,
        forms,
        label: members.length > 1 ? detached(whole) : undefined,
        group: members.length > 1 ? group : undefined,
        style,
      });
    }
  };
  const fromLine = range ? lines.lineAt(range.start) : 0;
  const toLine = range ? Math.min(infos.length, lines.lineAt(range.end) + 1) : infos.length;
  // "1.1. Website: … 1.2. Onderhoud: …": definitions run together on one line, each a node of its own.
  const midLine = runTogether(text, infos, nodes, inDefs, fromLine, toLine);
  const textEndOn = (info: LineInfo, from: number) => {
    const k = firstNotBefore(midLine.length, (i) => midLine[i].span.start <= from);
    return k < midLine.length && midLine[k].span.start < info.end ? midLine[k].span.start : info.end;
  };
  const runIn = (l: number) => {
    const info = infos[l];
    if (info.kind === 'blank' || info.kind === 'comment' || info.kind === 'mdHeading' || info.kind === 'artikelHeading' || info.kind === 'partHeading') return;
    const line = text.slice(info.contentStart, info.end);
    const found: Array<{ term: string; termStart: number; textStart: number; sep: number }> = [];
    RUN_IN.lastIndex = 0;
    for (let m = RUN_IN.exec(line); m; m = RUN_IN.exec(line)) {
      let sep = m.index;
      while (sep > 0 && line.charCodeAt(sep - 1) !== 58 && line.charCodeAt(sep - 1) !== 59 && line.charCodeAt(sep - 1) !== 46) sep--;
      found.push({ term: m[1].trim(), termStart: info.contentStart + m.index + m[0].indexOf(m[1]), textStart: info.contentStart + m.index + m[0].length, sep: info.contentStart + sep });
    }
    for (let k = 0; k < found.length; k++) {
      const f = found[k];
      // A definition read before on this line (the first, at the line's start) ends where this one begins.
      for (const d of defs) {
        if (d.textSpan.start < f.sep && f.sep < d.textSpan.end) {
          d.textSpan = { start: d.textSpan.start, end: f.sep };
          d.text = detached(collapsedSlice(text, d.textSpan.start, f.sep));
        }
      }
      if (defs.some((d) => d.span.start <= f.termStart && f.termStart < d.span.end)) continue;
      add(f.term, f.termStart, f.textStart, k + 1 < found.length ? found[k + 1].sep : info.end, 'quoted');
    }
  };
  for (const n of midLine) {
    const info = infos[n.line];
    const at = n.textSpan.start;
    const content = text.slice(at, Math.min(info.end, at + 200));
    const m = /^[ \t]*/.exec(content)!;
    const p = PLAIN.exec(content.slice(m[0].length));
    if (!p) continue;
    const termStart = at + m[0].length + p[0].indexOf(p[1]);
    add(p[1].trim(), termStart, at + m[0].length + p[0].length, textEndOn(info, at), 'list');
  }
  for (const l of leadList(text, infos, nodes, fromLine, toLine)) {
    const info = infos[l];
    const content = text.slice(info.contentStart, info.end);
    const m = LEAD_TITLE.exec(content)!;
    const next = infos[belowComments(infos, l + 1)];
    add(m[1].trim(), info.contentStart + m[0].indexOf(m[1]), next.contentStart, next.end, 'list');
  }
  for (let l = fromLine; l < toLine; l++) {
    const info = infos[l];
    if (info.kind === 'blank' || info.kind === 'comment' || info.kind === 'mdHeading' || info.kind === 'artikelHeading' || info.kind === 'partHeading') continue;
    // The first character decides which pattern can apply; most lines need none.
    let at = info.contentStart;
    // "A. Verhuurder: …", "(B) Huurder: …": a definitions article that letters its terms in capitals.
    const upper = inDefs[info.line] ? upperItemOf(text, info) : undefined;
    if (upper) at = upper.contentStart;
    const first = text.charCodeAt(at);
    const markedStart = first === 42 /* * */ || first === 95; /* _ */
    const quotedStart = first === 34 || first === 39 || first === 0x201c || first === 0x2018;
    if (!markedStart && !quotedStart && !inDefs[info.line]) continue;
    const content = text.slice(at, Math.min(info.end, at + 200));
    let style: Definition['style'] = 'marked';
    let m = markedStart ? MARKED.exec(content) ?? (inDefs[info.line] ? MARKED_COLON_IN.exec(content) : null) : null;
    if (!m && quotedStart) {
      m = QUOTED.exec(content);
      style = 'quoted';
    }
    if (!m && inDefs[info.line] && !/^onder\b(?!-)|verstaan/i.test(content)) {
      m = PLAIN.exec(content) ?? DASHED.exec(content) ?? (info.kind === 'numbered' || info.kind === 'letter' ? LOWER_PLAIN.exec(content) : null);
      style = 'list';
      const next = infos[l + 1];
      // "Betrokkene" alone on its line, its text below: the form of a definitions list in a table or a web page
      // (`<b>Term</b><br/>tekst`). Unnumbered, it is a term only where the line below starts in lower case or
      // with an article, as a definition's text does, and the line above is blank or another definition's text.
      // An abbreviation ("AVG") or a name with its short form ("Telecommunicatiewet of Tw") is a term also where its
      // text below opens with a capital ("Wet van 19 oktober 1998 …").
      const unnumberedTitle =
        info.kind === 'text' &&
        next &&
        next.kind === 'text' &&
        (/^(?:[\p{Ll}]|(?:De|Het|Een|Alle|Iedere|Elke)[ \t])/u.test(text.slice(next.contentStart, next.contentStart + 8)) || /^(?:\p{Lu}{2,6}|[^\n]{1,60}[ \t]of[ \t]\p{Lu}{1,6}\p{Ll}{0,3})[ \t]*$/u.test(content));
      if (!m && (info.kind === 'numbered' || info.kind === 'letter' || unnumberedTitle) && next && next.kind === 'text' && !DEFINITIONS_TITLE_WORD.test(content) && (m = TITLE_ONLY.exec(content))) {
        // The definition's text is the paragraph below its title.
        add(m[1].trim(), at + content.indexOf(m[1]), next.contentStart, next.end, 'list');
        continue;
      }
      if (!m && quotedStart && next && next.kind !== 'blank' && next.kind !== 'artikelHeading' && next.kind !== 'partHeading' && next.kind !== 'mdHeading' && (m = QUOTED_TITLE.exec(content))) {
        add(m[1].trim(), at + content.indexOf(m[1]), next.contentStart, next.end, 'list');
        continue;
      }
    }
    if (!m) continue;
    const whole = m[1].trim();
    const termStart = at + content.indexOf(m[1]);
    add(whole, termStart, at + m[0].length, textEndOn(info, at), style);
  }
  for (let l = fromLine; l < toLine; l++) if (inDefs[l]) runIn(l);
  // "Koper de wederpartij van Verkoper;" over "Werkdagen alle dagen behalve …;": a definitions table whose two
  // columns a web page or PDF copied with one blank between them. One such line could be a sentence; two in a row
  // (blank lines apart at most) are the table.
  const rows: Array<{ line: number; term: string; at: number; textStart: number } | undefined> = [];
  for (let l = fromLine; l < toLine; l++) {
    const info = infos[l];
    if (!inDefs[l] || info.kind !== 'text') continue;
    const content = text.slice(info.contentStart, Math.min(info.end, info.contentStart + 200));
    const m = TABLE_ROW.exec(content);
    if (!m || FUNCTION_WORDS.has(m[1]) || !isPlausibleTerm(m[1]) || !/[;.][ \t]*$/.test(text.slice(Math.max(info.contentStart, info.end - 8), info.end))) continue;
    if (defs.some((d) => d.span.start >= info.start && d.span.start < info.end)) continue;
    rows[l] = { line: l, term: m[1], at: info.contentStart, textStart: info.contentStart + m[1].length + m[2].length };
  }
  const rowNear = (l: number, step: number) => {
    for (let k = l + step, gap = 0; k >= fromLine && k < toLine && gap <= 1; k += step, gap++) {
      if (rows[k]) return true;
      if (infos[k].kind !== 'blank') return false;
    }
    return false;
  };
  for (const r of rows) if (r && (rowNear(r.line, -1) || rowNear(r.line, 1))) add(r.term, r.at, r.textStart, infos[r.line].end, 'list');
  // Only the neighbourhood of each "verstaan" can hold such a definition: no scan of the whole text.
  for (const m of verstaanMatches(text, range)) {
    {
      const term = (m[1] ?? m[2]).trim();
      const start = m.index + m[0].indexOf(term);
      if (defs.some((d) => d.span.start <= start && start < d.span.end)) continue;
      const end = sentenceEnd(text, m.index + m[0].length);
      add(term, start, m.index + m[0].length, end, 'verstaan');
    }
  }
  for (const m of gatedMatches(text, HIERNA, HIERNA_WORD, HIERNA_BACK, HIERNA_AHEAD, range ? range.start : 0, range ? range.end : Infinity)) {
    // "Hierna Opdrachtnemer zal …" opening a sentence names nothing: the capital "Hierna" needs a verb, colon or quotation mark.
    if (/^\(?H/.test(m[0]) && !/noem|aangeduid|[:;"“'‘„«‚]/.test(m[0])) continue;
    const term = m[1];
    const start = m.index + m[0].lastIndexOf(term);
    const named = namedText(text, infos, lines, m.index);
    add(term, start, ...named, 'hierna');
    // "hierna respectievelijk te noemen: “Verhuurder” en “Huurder”": a second quoted name after the first.
    const end = m.index + m[0].length;
    const second = CLOSE_QUOTE_AT_END.test(m[0]) ? SECOND_NAME.exec(text.slice(end, end + 100)) : null;
    if (second) add(second[1], end + second[0].lastIndexOf(second[1]), ...named, 'hierna');
  }
  const scan = (re: RegExp, gate: (s: string) => boolean, each: (m: RegExpExecArray) => void) => {
    if (!gate(range ? text.slice(range.start, range.end) : text)) return;
    re.lastIndex = range ? range.start : 0;
    const stop = range ? range.end : Infinity;
    for (let m = re.exec(text); m && m.index < stop; m = re.exec(text)) each(m);
  };
  scan(PAREN_QUOTED, (s) => PAREN_QUOTED_GATE.test(s), (m) => {
    const start = m.index + m[0].lastIndexOf(m[1]);
    if (defs.some((d) => d.span.start <= start && start < d.span.end)) return;
    add(m[1], start, ...namedText(text, infos, lines, m.index), 'hierna');
  });
  scan(QUOTED_BOLD, (s) => QUOTED_BOLD_GATE.test(s), (m) => {
    const term = m[1] ?? m[2];
    if (!introducesName(text, m.index)) return;
    const start = m.index + m[0].indexOf(term);
    if (defs.some((d) => d.span.start <= start && start < d.span.end)) return;
    add(term, start, ...namedText(text, infos, lines, m.index), 'hierna');
  });
  if (EXTERNAL_GATE.test(range ? text.slice(range.start, range.end) : text)) {
    // The pattern opens with capitalised words, tried at every capital of the draft: run it near its middle words only.
    for (const m of gatedMatches(text, EXTERNAL, EXTERNAL_MIDDLE, EXTERNAL_BACK, EXTERNAL_AHEAD, range ? range.start : 0, range ? range.end : Infinity)) {
      const start = m.index;
      if (defs.some((d) => d.span.start <= start && start < d.span.end)) continue;
      add(m[1], start, start + m[1].length, m.index + m[0].length, 'extern');
    }
  }
  defs.sort((a, b) => a.span.start - b.span.start);
  // A term the draft defines itself is not also taken from elsewhere.
  if (defs.some((d) => d.style === 'extern')) {
    const own = new Set(defs.filter((d) => d.style !== 'extern').map((d) => d.term));
    for (let k = defs.length - 1; k >= 0; k--) if (defs[k].style === 'extern' && own.has(defs[k].term)) defs.splice(k, 1);
  }
  for (const d of defs) d.node = innermostNode(nodes, d.span.start);
  return defs;
}

// What stands before a name that is introduced: an article, "als", "betekent", a naming verb.
const NAME_INTRODUCED = /(?:^|[^\p{L}])(?:als|de|het|een|betekent|betekenen|noemen|genoemd|aangeduid)[ \t]{1,3}$/u;

/**
 * Whether the quoted name at `at` is introduced there: inside brackets ("("**Klant**", "**U**")") or after an
 * article, "als" or a naming verb, not a button or label the text quotes ("klik op "**Bestelling plaatsen**"").
 */
function introducesName(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  if (before.lastIndexOf('(') > before.lastIndexOf(')') && before.lastIndexOf('(') > before.lastIndexOf('\n')) return true;
  return NAME_INTRODUCED.test(before.slice(-30));
}

/**
 * "Opdrachtgever';" and "(hierna: 'Leverancier')": a term's letters may hold an apostrophe ("Cao's") and a bracketed
 * plural ("Administrator(s)"), but an apostrophe it ends in closes its quotation, and a bracket opened before it is not its own.
 */
function withoutClosingMarks(term: string): string {
  let t = term;
  for (;;) {
    const last = t.charCodeAt(t.length - 1);
    if (last === 39 || last === 0x2019) t = t.slice(0, -1);
    else if (last === 41 /* ) */ && t.split('(').length < t.split(')').length) t = t.slice(0, -1);
    else return t;
  }
}

/**
 * What a term named in passing at `at` stands for: the text before it on its line (at most 200 code units), or,
 * where the naming opens its line ("Hierna te noemen: …" below the party's name and address), the lines above it:
 * up to four, back to a blank line or one that ends in a colon or semicolon (the previous party, "De ondergetekenden:").
 */
function namedText(text: string, infos: LineInfo[], lines: LineIndex, at: number): [number, number] {
  const line = lines.lineAt(at);
  const info = infos[line];
  const lineStart = lines.lineStarts[line];
  const from = Math.max(lineStart, info ? info.contentStart : lineStart, at - 200);
  if (/\S/.test(text.slice(from, at)) || line === 0) return [from, at];
  const last = infos[line - 1];
  if (!last || last.kind === 'blank') return [from, at];
  let top = last;
  for (let l = line - 2; l >= 0 && l >= line - 4; l--) {
    const above = infos[l];
    const end = text.charCodeAt(above.end - 1);
    if (above.kind === 'blank' || end === 58 /* : */ || end === 59 /* ; */ || end === 0x37e /* ; in Greek */ || last.end - above.contentStart > 300) break;
    top = above;
  }
  return [Math.max(top.contentStart, last.end - 300), last.end];
}

/** The numbered nodes that start inside a line of a definitions article (not at its start), in order. */
function runTogether(text: string, infos: LineInfo[], nodes: StructureNode[], inDefs: Uint8Array, fromLine: number, toLine: number): StructureNode[] {
  const out: StructureNode[] = [];
  for (const n of nodes) {
    if (n.line < fromLine || n.line >= toLine || !inDefs[n.line] || (n.kind !== 'clause' && n.kind !== 'item')) continue;
    const info = infos[n.line];
    if (n.span.start > info.contentStart && n.span.start < info.end) out.push(n);
  }
  return out;
}

/** The first line at or after `line` that is no comment: a disable comment between a title and its text is no text. */
function belowComments(infos: LineInfo[], line: number): number {
  while (line < infos.length && infos[line].kind === 'comment') line++;
  return line;
}

/**
 * A draft without a definitions article that opens with a list of terms, each a title alone on its line
 * ("a. De Organisatie", "c. Entreebewijs:") over a paragraph that describes it: the lines of those titles.
 * Only the list items before the draft's first article or clause count, and at least three of them.
 */
function leadList(text: string, infos: LineInfo[], nodes: StructureNode[], fromLine: number, toLine: number): number[] {
  const titles: number[] = [];
  let items = 0;
  for (const n of nodes) {
    if (n.kind !== 'item') break;
    if (n.parent) continue;
    items++;
    const info = infos[n.line];
    const next = infos[belowComments(infos, n.line + 1)];
    if (next && next.kind === 'text' && LEAD_TITLE.test(text.slice(info.contentStart, info.end))) titles.push(n.line);
  }
  if (titles.length < 3 || titles.length * 4 < items * 3) return [];
  return titles.filter((l) => l >= fromLine && l < toLine);
}

/**
 * The nodes whose lines overlap the range, in document order: those containing its start (the innermost
 * one and its ancestors) and those starting in it. (A node that ends exactly at the range's start, a
 * line start, has no line in the range.)
 */
function nodesInRange(nodes: StructureNode[], range: { start: number; end: number }): StructureNode[] {
  const out: StructureNode[] = [];
  for (let n = innermostNode(nodes, range.start); n; n = n.parent) if (n.span.start < range.start) out.push(n);
  out.reverse();
  for (let i = firstNotBefore(nodes.length, (k) => nodes[k].span.start < range.start); i < nodes.length && nodes[i].span.start <= range.end; i++) out.push(nodes[i]);
  return out;
}

function verstaanMatches(text: string, range?: { start: number; end: number }): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let done = range ? range.start : 0; // matches are looked for from here on, so none is found twice
  // Occurrences are looked for in the range only (a search of the whole text would read on to its end).
  const base = range ? range.start : 0;
  const hay = range ? text.slice(range.start, Math.min(text.length, range.end + 7)) : text;
  for (let q = indexOfVerstaan(hay, 0); q >= 0; q = indexOfVerstaan(hay, q + 8)) {
    const p = base + q;
    const from = Math.max(done, p - 300);
    if (from > p) continue;
    const windowEnd = Math.min(text.length, p + 250);
    const win = text.slice(from, windowEnd);
    VERSTAAN.lastIndex = 0;
    for (let m = VERSTAAN.exec(win); m; m = VERSTAAN.exec(win)) {
      // A match must contain this "verstaan"; later ones are found from their own occurrence.
      if (from + m.index > p) break;
      const shifted = m as RegExpExecArray;
      shifted.index = from + m.index;
      out.push(shifted);
      done = shifted.index + m[0].length;
    }
  }
  return out;
}

/**
 * hay.indexOf('verstaan', from). V8 looks for a pattern of 7 or more code units with Boyer-Moore, which on
 * a two-byte text (any draft with a curly quote or a dash) takes about twice as long as its plain search
 * for the 6-unit prefix.
 */
export function indexOfVerstaan(hay: string, from: number): number {
  for (let q = hay.indexOf('versta', from); q >= 0; q = hay.indexOf('versta', q + 1)) {
    if (hay.charCodeAt(q + 6) === 97 /* a */ && hay.charCodeAt(q + 7) === 110 /* n */) return q;
  }
  return -1;
}

function sentenceEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const lineEnd = nl < 0 ? text.length : nl;
  return lineEnd > 0 && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
}

function splitAliases(whole: string): Array<{ term: string; offset: number }> {
  const parts = whole.split(ALIAS_SPLIT);
  if (parts.length < 2 || !parts.every((p) => /^\p{Lu}/u.test(p))) return [{ term: whole, offset: 0 }];
  const out: Array<{ term: string; offset: number }> = [];
  let from = 0;
  for (const p of parts) {
    const at = whole.indexOf(p, from);
    out.push({ term: p, offset: at });
    from = at + p.length;
  }
  return out;
}

// Labels that open a remark in bold ("**Let op:**", "**Belangrijk**:"), not a term.
const NOT_TERMS = /^(?:Let op|Voorbeeld|Noot|Toelichting|Opmerking|Bijvoorbeeld|Zie|Datum|Versie|Let wel|Adres|Telefoon|E-mail|Tel|Fax|Artikel|Lid|Belangrijk|Tip|Waarschuwing|Nota bene|Kortom|Samenvatting|Tussen)$/i;

function isPlausibleTerm(term: string): boolean {
  if (term.length < 2 || term.length > 60) return false;
  if (/\d/.test(term)) return false;
  // "De opdracht: …": an article and a word in lower case, a defined word the draft does not capitalise.
  if (/^(?:De|Het|Een)[ \t]+\p{Ll}/u.test(term)) return false;
  return !NOT_TERMS.test(term);
}

/** Dutch plural forms of a term (its last word inflected). */
export function pluralsOf(term: string): string[] {
  const words = term.split(' ');
  const last = words[words.length - 1];
  const head = words.slice(0, -1).join(' ');
  const forms = new Set<string>();
  const lower = last.toLowerCase();
  if (/(?:ie|ee)$/.test(lower)) {
    // "Categorie" -> "Categorieën", "Licentie" -> "Licenties", "Idee" -> "Ideeën".
    forms.add(last + 's');
    forms.add(last + 'ën');
  } else if (/e$/.test(lower)) {
    forms.add(last + 's');
    forms.add(last + 'n');
  } else if (/(?:[aiouy]|é)$/.test(lower)) {
    forms.add(last + "'s");
    forms.add(last + 's');
  } else if (/(?:el|em|en|er|je|ie|um|aar|ier)$/.test(lower)) {
    forms.add(last + 's');
    forms.add(last + 'en');
  } else if (/heid$/.test(lower)) {
    // "Onvolkomenheid" -> "Onvolkomenheden".
    forms.add(last.slice(0, -3) + 'eden');
  } else {
    forms.add(last + 'en');
    forms.add(last + 's');
    // A diphthong or "ie" before a final s or f voices it: "Bewijs" -> "Bewijzen", "Brief" -> "Brieven".
    if (/(?:ij|ei|ui|ou|au|ie|oe|eu)[sf]$/.test(lower)) forms.add(last.slice(0, -1) + (lower.endsWith('s') ? 'zen' : 'ven'));
    // Short vowel before a single final consonant doubles it: "bus" -> "bussen".
    if (/[^aeiou][aeiou][bdfgklmnprst]$/.test(lower)) forms.add(last + last[last.length - 1] + 'en');
    // Long vowel written double loses one: "Overeenkomst" no, "Dienst" no, "Raad" -> "Raden", "Bijlage" handled above.
    if (/[^aeiou]([aeiou])\1[bdfgklmnprstvz]$/.test(lower)) {
      const stem = last.slice(0, -2) + last[last.length - 1];
      forms.add(stem.replace(/f$/, 'v').replace(/s$/, 'z') + 'en');
    }
  }
  return [...forms].map((f) => (head ? `${head} ${f}` : f));
}

// The prepositions after which a term's words describe its head noun: "Techniek voor communicatie op afstand".
const HEAD_THEN = new Set(['voor', 'op', 'van', 'met', 'tot', 'in', 'bij', 'uit', 'over', 'inzake', 'ter', 'zonder']);

/**
 * The plurals of a term whose head noun comes first and a phrase after a preposition describes it
 * ("Technieken voor communicatie op afstand" for Techniek voor communicatie op afstand): the head takes the
 * plural, not the last word. None for a term of one word or without such a phrase.
 */
export function headPluralsOf(term: string): string[] {
  const words = term.split(' ');
  if (words.length < 3 || !HEAD_THEN.has(words[1])) return [];
  const rest = words.slice(1).join(' ');
  return pluralsOf(words[0]).map((p) => `${p} ${rest}`);
}

const KOFSCHIP = /[tkfschpx]$/;

/**
 * The past participles a defined verb may take ("Aanstellen" → "Aangesteld", "Voordragen" → "Voorgedragen"): weak
 * and strong, with and without a split-off particle and a doubled vowel ("leveren" → "geleverd", "maken" →
 * "gemaakt"), since the stress decides and spelling does not show it. A form no draft writes does no harm.
 */
export function participlesOf(term: string): string[] {
  if (!/^\p{Lu}\p{Ll}{2,}en$/u.test(term)) return [];
  const lower = term.toLowerCase();
  // The participle's "ge" follows the particle a verb splits off ("aan-ge-steld").
  const particle = SEPARABLE_PARTICLES.find((p) => lower.startsWith(p) && lower.length - p.length >= 5);
  const out = new Set<string>();
  for (const pre of particle ? [particle, ''] : ['']) {
    const base = lower.slice(pre.length);
    const ge = /^(?:be|ge|her|ont|ver|er)/.test(base) ? '' : 'ge';
    let stem = base.slice(0, -2);
    if (/([^aeiou])\1$/.test(stem)) stem = stem.slice(0, -1);
    const stems = /[^aeiou][aeou][^aeiou]$/.test(stem) ? [stem, stem.slice(0, -1) + stem.slice(-2)] : [stem];
    for (let st of stems) {
      if (st.endsWith('v')) st = st.slice(0, -1) + 'f';
      else if (st.endsWith('z')) st = st.slice(0, -1) + 's';
      out.add(pre + ge + st + (/[td]$/.test(st) ? '' : KOFSCHIP.test(st) ? 't' : 'd'));
    }
    out.add(pre + ge + base);
  }
  out.delete(lower);
  return [...out].map((w) => w.charAt(0).toUpperCase() + w.slice(1));
}

export function formsOf(term: string, pluralCovered: boolean): string[] {
  const forms = pluralCovered ? [term, ...pluralsOf(term)] : [term];
  const inflected = inflectedAdjective(term);
  if (inflected) forms.push(inflected);
  return forms;
}

/**
 * "het Gelicentieerde Materiaal" for the defined Gelicentieerd Materiaal: after "de", "het" or "dit" Dutch gives the
 * adjective of a term of two or more words its -e, and the draft that writes so uses the term. The common spellings:
 * a long vowel written once before the ending ("Algemeen" → "Algemene"), f becomes v ("Exclusief" → "Exclusieve").
 */
export function inflectedAdjective(term: string): string | undefined {
  const sp = term.indexOf(' ');
  if (sp < 4) return undefined;
  const first = term.slice(0, sp);
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !/(?:d|t|ig|lijk|isch|een|eel|aal|oor|ief|ijn|ern|air|ueel)$/.test(first)) return undefined;
  let stem = first;
  const long = /([aeou])\1([^aeiou])$/.exec(stem);
  if (long) stem = stem.slice(0, -3) + long[1] + long[2];
  else if (stem.endsWith('f')) stem = stem.slice(0, -1) + 'v';
  return stem + 'e' + term.slice(sp);
}

// Latin letters only and no /u flag: a scan over the whole text must cost about one plain regex pass.
// findTermUses walks the text by character code with the same classes instead (see CAPITALISED_SCAN
// in the tests, which holds the two to the same result).
export const CAPITALISED = /[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ſ\u0300-\u036f'’-]{0,60}/g;

// Per code unit below U+0180: 1 = may start a capitalised word, 2 = may continue one (both for capitals).
const CAP_CLASS = (() => {
  const t = new Uint8Array(0x180);
  const set = (from: number, to: number, bits: number) => {
    for (let c = from; c <= to; c++) t[c] |= bits;
  };
  set(65, 90, 3);
  set(0xc0, 0xd6, 3);
  set(0xd8, 0xde, 3);
  set(0x100, 0x17f, 3);
  set(97, 122, 2);
  set(0xdf, 0xf6, 2);
  set(0xf8, 0xff, 2);
  t[39] |= 2;
  t[45] |= 2;
  return t;
})();

function startsCapitalised(c: number): boolean {
  return c < 0x180 && (CAP_CLASS[c] & 1) !== 0;
}

function continuesCapitalised(c: number): boolean {
  return c < 0x180 ? (CAP_CLASS[c] & 2) !== 0 : (c >= 0x300 && c <= 0x36f) || c === 0x2019;
}

/** Every use of a defined term's forms, outside the definitions' own term spans. */
export function findTermUses(text: string, defs: Definition[]): TermUse[] {
  if (defs.length === 0) return [];
  // The forms by their first word, and the first words by their first code unit: a capitalised word is
  // compared in place (no string cut out of the text and hashed per word).
  const byFirstWord = new Map<string, Array<{ term: string; form: string }>>();
  const byFirstUnit: Array<Array<{ word: string; candidates: Array<{ term: string; form: string }> }> | undefined> = new Array(0x180);
  const seen = new Set<string>();
  for (const d of defs) {
    for (const form of d.forms) {
      if (seen.has(form)) continue; // a term defined twice: its uses go to the first definition
      seen.add(form);
      const sp = form.indexOf(' ');
      const first = sp < 0 ? form : form.slice(0, sp);
      let list = byFirstWord.get(first);
      if (!list) {
        list = [];
        byFirstWord.set(first, list);
        const c = first.charCodeAt(0);
        if (c < 0x180) (byFirstUnit[c] ??= []).push({ word: first, candidates: list });
      }
      list.push({ term: d.term, form });
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.form.length - a.form.length);
  const uses: TermUse[] = [];
  const n = text.length;
  // What a global /CAPITALISED/g scan finds, visiting only the characters that can start a term: a
  // capitalised word whose first character starts no term finds nothing, so it matters only for where
  // it ends (it may swallow the next candidate), which is replayed from the candidate's own word.
  let units = '';
  for (let c = 0; c < 0x180; c++) if (byFirstUnit[c]) units += '\\u' + c.toString(16).padStart(4, '0');
  if (!units) return uses;
  const trigger = new RegExp(`[${units}]`, 'g');
  // Definitions' own term spans, ascending, passed by a cursor as the scan moves on.
  const defStarts = defs.map((d) => d.span.start).sort((x, y) => x - y);
  let nextDef = 0;
  let pos = 0; // where the global scan stands
  // test() rather than exec(): no match object per candidate; lastIndex is then just past it.
  while (trigger.test(text)) {
    const at = trigger.lastIndex - 1;
    // Replay the scan from the start of the stretch of word characters around `at` (none of its
    // capitalised words before `at` can be a term: their first characters start none).
    let i = at;
    while (i > pos && continuesCapitalised(text.charCodeAt(i - 1))) i--;
    let j = i;
    for (;;) {
      while (i < at && !startsCapitalised(text.charCodeAt(i))) i++;
      if (i === at) break;
      j = i + 1;
      const lim = Math.min(n, i + 61);
      while (j < lim && continuesCapitalised(text.charCodeAt(j))) j++;
      if (j > at) break; // `at` lies inside a capitalised word that starts earlier
      i = j;
    }
    if (i !== at) {
      pos = j;
      trigger.lastIndex = j;
      continue;
    }
    j = i + 1;
    const lim = Math.min(n, i + 61);
    while (j < lim && continuesCapitalised(text.charCodeAt(j))) j++;
    pos = j;
    // A capital inside a word ("McKinsey") starts no term.
    if (i > 0 && isWordCode(text.charCodeAt(i - 1))) {
      trigger.lastIndex = j;
      continue;
    }
    // The word without trailing apostrophes or hyphens ("Opdrachtgever-" in "Opdrachtgever- en").
    let e = j;
    for (let c = text.charCodeAt(e - 1); e > i + 1 && (c === 39 || c === 0x2019 || c === 45); c = text.charCodeAt(e - 1)) e--;
    let candidates: Array<{ term: string; form: string }> | undefined;
    // Indexed loops: this runs at every capitalised word, and an iterator here allocated before V8 optimised it.
    const words = byFirstUnit[text.charCodeAt(i)]!;
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      // The first code unit is equal: byFirstUnit is keyed by it.
      if (w.word.length === e - i && sameAt(text, i, w.word, 1)) {
        candidates = w.candidates;
        break;
      }
    }
    while (nextDef < defStarts.length && defStarts[nextDef] < i) nextDef++;
    if (candidates && defStarts[nextDef] !== i) {
      for (let k = 0; k < candidates.length; k++) {
        const c = candidates[k];
        // Every candidate form starts with the word just matched: compare what follows it.
        if (!sameAt(text, i, c.form, e - i)) continue;
        const end = i + c.form.length;
        const after = text.charCodeAt(end); // NaN at the end of the text
        if (isWordCode(after) || (after === 45 /* - */ && isWordCode(text.charCodeAt(end + 1)))) continue;
        uses.push({ term: c.term, form: c.form, span: { start: i, end } });
        pos = end;
        break;
      }
    }
    trigger.lastIndex = pos;
  }
  return uses;
}

/**
 * text.startsWith(word, at), as a loop the compiler inlines (the builtin is slow on two-byte strings);
 * the first `known` code units are known to be equal.
 */
function sameAt(text: string, at: number, word: string, known: number): boolean {
  if (at + word.length > text.length) return false;
  for (let k = known; k < word.length; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** Letters (Latin, with diacritics and combining marks) and digits, by code: no regex per character. */
export function isWordCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f)
  );
}

const DETERMINERS = new Set(['de', 'het', 'een', 'deze', 'dit', 'iedere', 'ieder', 'elke', 'elk', 'enige', 'enig', 'alle', 'geen', 'zijn', 'haar', 'hun', 'onze', 'ons', 'uw', 'welke', 'diens', 'bedoelde', 'betreffende', 'desbetreffende']);

/** The lowercase word just before `at` on the same line (skipping spaces), or undefined. */
export function wordBefore(text: string, at: number): string | undefined {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  const end = i + 1;
  let n = 0;
  while (i >= 0 && n < 30 && isLatinLetter(text.charCodeAt(i))) {
    i--;
    n++;
  }
  if (end === i + 1) return undefined;
  return text.slice(i + 1, end).toLowerCase();
}

export function isDeterminer(w: string | undefined): boolean {
  return w !== undefined && DETERMINERS.has(w);
}

/**
 * True when a capital at `at` is required by position rather than meaning: the start of a line's
 * content, a sentence, a list entry, or the text after a colon or semicolon.
 */
export function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  for (let n = 0; i >= 0 && n < 40; n++) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '‘' || c === "'" || c === '(' || c === '*' || c === '_' || c === '[' || c === '„') i--;
    else break;
  }
  if (i < 0) return true;
  const c = text[i];
  if (c === '\n' || c === '\r' || '.!?:;•–—-|>#'.includes(c)) return true;
  // "a) Term", "1) Term": a list marker.
  if (c === ')' && i >= 1 && /[a-z0-9]/i.test(text[i - 1]) && (i < 2 || /[\s(]/.test(text[i - 2]))) return true;
  // "1.a Partijen", "2b Partijen": a clause label of a number and a letter at the start of its line.
  if (i < at - 1 && c >= 'a' && c <= 'z') return isLetteredClauseLabel(text, i);
  return false;
}

/** Whether text[..last] ends in a label like "1.a", "12b" or "3.1.c" that opens its line (after an indent). */
function isLetteredClauseLabel(text: string, last: number): boolean {
  let j = last - 1;
  if (j >= 0 && text[j] === '.') j--;
  let digits = 0;
  for (let n = 0; j >= 0 && n < 8; n++, j--) {
    const d = text.charCodeAt(j);
    if (d >= 48 && d <= 57) digits++;
    else if (d !== 46 || digits === 0) break;
  }
  if (digits === 0 || !(text.charCodeAt(j + 1) >= 48 && text.charCodeAt(j + 1) <= 57)) return false;
  for (let n = 0; j >= 0 && n < 8 && (text[j] === ' ' || text[j] === '\t'); n++) j--;
  return j < 0 || text[j] === '\n' || text[j] === '\r';
}

/** How far a definition can reach, and how far into an article its opening words decide that it defines terms. */
const DEFINITION_REACH = 400;
const DEFINITIONS_OPENING_REACH = 600;

/**
 * The definitions after an edit inside one line, where the edit leaves them as they were (moved): those
 * near the line are found again on a window of the new text and must equal the previous ones; else all
 * are found again and must equal the previous ones. `infos`, `lines` and `nodes` are the new text's.
 * Undefined when the definitions changed (the caller parses in full).
 */
export function updateDefinitions(
  olds: Definition[],
  oldText: string,
  text: string,
  infos: LineInfo[],
  lines: LineIndex,
  nodes: StructureNode[],
  pluralCovered: boolean,
  e: LineEdit,
): Definition[] | undefined {
  if (definitionsOpeningsKept(nodes, oldText, text, e) && nearDefinitionsKept(olds, text, infos, lines, nodes, pluralCovered, e)) {
    if (e.delta !== 0) for (const d of olds) {
      moveInPlace(d.span, e.start, e.delta);
      moveInPlace(d.textSpan, e.start, e.delta);
    }
    return olds;
  }
  const found = findDefinitions(text, infos, lines, nodes, pluralCovered);
  return sameDefinitions(olds, found, e) ? found : undefined;
}

/**
 * Whether an article is a definitions article can depend on its opening words: for every article whose
 * opening reaches the edited line, that must read the same before and after the edit. `nodes` are
 * already moved to the new text.
 */
function definitionsOpeningsKept(nodes: StructureNode[], oldText: string, text: string, e: LineEdit): boolean {
  const unmove = (x: number) => (x < e.start ? x : x - e.delta);
  for (let i = firstAtOrAfter(nodes, e.lineStart - DEFINITIONS_OPENING_REACH + 1); i < nodes.length && nodes[i].span.start <= e.newLineEnd; i++) {
    const n = nodes[i];
    if (n.kind === 'clause' || n.kind === 'item') continue;
    const before = { ...n, span: { start: unmove(n.span.start), end: unmove(n.span.end) } };
    if (definitionsArticles(oldText, [before]).length !== definitionsArticles(text, [n]).length) return false;
  }
  return true;
}

/**
 * Whether the definitions near the edited line, found again on the text around it, are the previous
 * ones (moved), and no definition elsewhere reads the edited line: then every definition is the
 * previous one, moved.
 */
function nearDefinitionsKept(olds: Definition[], text: string, infos: LineInfo[], lines: LineIndex, nodes: StructureNode[], pluralCovered: boolean, e: LineEdit): boolean {
  const lineStartAt = (x: number) => lines.lineStarts[lines.lineAt(Math.max(0, Math.min(text.length, x)))];
  const lineAfter = (x: number) => {
    const k = lines.lineAt(Math.min(text.length, x));
    return k > e.line ? lines.lineStarts[k] : text.length;
  };
  const a2 = lineStartAt(e.lineStart - DEFINITION_REACH);
  const b2 = lineAfter(e.newLineEnd + DEFINITION_REACH);
  const a = lineStartAt(a2 - DEFINITION_REACH);
  const b = lineAfter(b2 + DEFINITION_REACH);
  const bOld2 = b2 - e.delta;
  // Definitions outside the window must not read the edited line.
  const touches = (s: { start: number; end: number }) => s.start <= e.oldLineEnd && s.end >= e.lineStart;
  const oldInside: Definition[] = [];
  for (const d of olds) {
    const inside = d.span.start >= a2 && d.span.start < bOld2;
    if (inside) oldInside.push(d);
    else if (touches(d.span) || touches(d.textSpan) || (d.span.start < a2 && d.span.end > a2)) return false;
  }
  const found = findDefinitions(text, infos, lines, nodes, pluralCovered, { start: a, end: b }).filter((d) => d.span.start >= a2 && d.span.start < b2);
  return sameDefinitions(oldInside, found, e);
}

/** Whether `news` (of the new text) are `olds` (of the previous text) moved by the edit. */
function sameDefinitions(olds: Definition[], news: Definition[], e: LineEdit): boolean {
  if (olds.length !== news.length) return false;
  for (let i = 0; i < olds.length; i++) {
    const a = olds[i];
    const b = news[i];
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const x = (a as unknown as Record<string, unknown>)[k];
      const y = (b as unknown as Record<string, unknown>)[k];
      if (k === 'span' || k === 'textSpan') {
        const s = movedSpan(x as { start: number; end: number }, e);
        const t = y as { start: number; end: number };
        if (s.start !== t.start || s.end !== t.end) return false;
      } else if (k === 'forms') {
        const f = x as string[];
        const g = y as string[];
        if (f.length !== g.length || f.some((v, j) => v !== g[j])) return false;
      } else if (x !== y) return false; // nodes keep their identity: they are moved in place
    }
  }
  return true;
}

/** The term uses after an edit inside one line (a use never crosses a line): the line's found again, the others kept, moved in place. */
export function updateTermUses(uses: TermUse[], definitions: Definition[], text: string, e: LineEdit): TermUse[] {
  const u0 = firstAtOrAfter(uses, e.lineStart);
  const u1 = firstAtOrAfter(uses, e.oldLineEnd + 1);
  if (e.delta !== 0) for (let u = u1; u < uses.length; u++) moveInPlace(uses[u].span, e.start, e.delta);
  const lineUses: TermUse[] = [];
  if (definitions.length) {
    const local = definitions.map((d) => ({ ...d, span: { start: d.span.start - e.lineStart, end: d.span.end - e.lineStart } }));
    for (const x of findTermUses(text.slice(e.lineStart, e.newLineEnd), local)) lineUses.push({ ...x, span: { start: x.span.start + e.lineStart, end: x.span.end + e.lineStart } });
  }
  uses.splice(u0, u1 - u0, ...lineUses);
  return uses;
}
