// Renders a statutory provision as Markdown: official text (always Dutch), source and version,
// and for curated provisions the explanation, drafting note and regime. Shared by the hover and
// the "Clausule: Toon wetsartikel" document. Pure: text in, Markdown out.
import type { Lang } from '../types';
import { findCitations } from '../model/citations';
import {
  articleByKey, articlesOfSection, citationKey, statuteOf, curatedCaution, curatedEntry, curatedKeys, curatedSub, findLid, hasSub, titleOf,
  type Article, type CitationRef, type Lid, type Mandatory, type Regime,
} from '../law';
import type { Audience } from '../types';

/** A provision to show: an article, optionally narrowed to a lid and a sub-item. */
export interface ProvisionRef {
  /** "7:408", "Tw 11.7". */
  key: string;
  lid?: string;
  sub?: string;
}

const UI = {
  nl: {
    article: 'Artikel', lid: 'lid', sub: 'sub', source: 'Bron', versionOn: 'versie geldend op', text: 'Wettekst',
    explanation: 'Uitleg', note: 'Voor de voorwaarden', regime: 'Dwingend of regelend', related: 'Zie ook',
    open: 'Open op wetten.overheid.nl', b2b: 'zakelijk', b2c: 'consument', whole: 'hele artikel',
    thisVersion: (v: string) => `Deze versie (${v}) op wetten.overheid.nl`, currentText: 'Geldende tekst op wetten.overheid.nl',
    textless: 'Dit artikel staat in een latere versie van de wet; Clausule levert de tekst niet mee. Lees de geldende tekst op wetten.overheid.nl.',
    successor: (label: string, basis: string) => `De regeling staat nu in ${label} (${basis}).`,
    notOfficial: 'Deze tekst komt niet uit een officiële export; controleer hem op wetten.overheid.nl.',
    regelend: 'regelend', dwingend: 'dwingend', 'n.v.t.': 'n.v.t.',
    zwart: 'regelend, maar een afwijkend beding in algemene voorwaarden staat op de zwarte lijst (vernietigbaar)',
    grijs: 'regelend, maar een afwijkend beding in algemene voorwaarden staat op de grijze lijst (vermoed onredelijk bezwarend)',
    verjaring: 'afwijken alleen als van de verjaringsregels van titel 3.11',
    nietig: 'afwijkend beding nietig',
    vervallen: 'Dit artikel is vervallen.',
    laterAmended: 'Later gewijzigd: dit artikel is na deze versie gewijzigd; de nieuwe tekst is hier niet opgenomen. Lees de geldende tekst op wetten.overheid.nl.',
    noText: '(tekst niet meegeleverd)',
    shortened: 'Ingekort tot het aangehaalde deel; de volledige tekst staat op wetten.overheid.nl en via "Clausule: Toon wetsartikel".',
    outline: 'Ingekort tot de eerste regel van elk lid; de volledige tekst staat op wetten.overheid.nl en via "Clausule: Toon wetsartikel".',
    unknownLid: (l: string, v: string) => `Lid ${l} staat niet in de versie van ${v} die Clausule meelevert.`,
    unknownSub: (s: string, v: string) => `Onderdeel ${s} staat niet in de versie van ${v} die Clausule meelevert.`,
  },
  en: {
    article: 'Article', lid: 'lid', sub: 'sub', source: 'Source', versionOn: 'version in force on', text: 'Statutory text (Dutch)',
    explanation: 'Explanation', note: 'Drafting note', regime: 'Mandatory or default law', related: 'See also',
    open: 'Open on wetten.overheid.nl', b2b: 'business', b2c: 'consumer', whole: 'whole article',
    thisVersion: (v: string) => `This version (${v}) on wetten.overheid.nl`, currentText: 'Text in force on wetten.overheid.nl',
    textless: 'This article is in a later version of the statute; Clausule does not carry its text. Read the text in force on wetten.overheid.nl.',
    successor: (label: string, basis: string) => `Its rules now stand in ${label} (${basis}).`,
    notOfficial: 'This text is not from an official export; check it on wetten.overheid.nl.',
    regelend: 'default law', dwingend: 'mandatory', 'n.v.t.': 'not applicable',
    zwart: 'default law, but a departing clause in general terms is on the black list (voidable)',
    grijs: 'default law, but a departing clause in general terms is on the grey list (presumed unreasonably onerous)',
    verjaring: 'departure only as from the limitation rules of title 3.11',
    nietig: 'a departing clause is void',
    vervallen: 'This article has been repealed.',
    laterAmended: 'Later amended: this article was amended after this version; the new text is not included here. Read the text in force on wetten.overheid.nl.',
    noText: '(text not included)',
    shortened: 'Shortened to the cited part; the full text is on wetten.overheid.nl and via "Clausule: Toon wetsartikel".',
    outline: 'Shortened to the first line of each lid; the full text is on wetten.overheid.nl and via "Clausule: Toon wetsartikel".',
    unknownLid: (l: string, v: string) => `Lid ${l} is not in the version of ${v} that Clausule carries.`,
    unknownSub: (s: string, v: string) => `Item ${s} is not in the version of ${v} that Clausule carries.`,
  },
} as const;

/** Above this many characters of statutory text, a hover on a cited lid or sub shows only that part. */
const HOVER_TEXT_LIMIT = 1500;

/** "7:408", "7:408 lid 1", "6:236 sub j", "Tw 11.7 lid 4", or any citation ("artikel 7:408, eerste lid, BW"). */
export function parseProvisionKey(input: string): ProvisionRef | undefined {
  const s = input.trim().replace(/\s+/g, ' ');
  const m = /^((?:10|[1-9]):\d{1,4}[a-z]{0,2}|Tw \d{1,2}\.\d{1,2}[a-z]?)(?: lid (\d{1,2}[a-z]?))?(?: (?:sub|onder) ([a-z]|\d{1,2}°?))?$/.exec(s);
  if (m) return withParts(m[1], m[2], m[3]);
  const c = findCitations(/^(?:art|artikel)/i.test(s) ? s : `artikel ${s}`)[0];
  return c ? withParts(citationKey(c), c.lid, c.sub) : undefined;
}

function withParts(key: string, lid?: string, sub?: string): ProvisionRef {
  const r: ProvisionRef = { key };
  if (lid !== undefined) r.lid = lid;
  if (sub !== undefined) r.sub = sub;
  return r;
}

export function refOfCitation(c: CitationRef): ProvisionRef {
  return withParts(citationKey(c), c.lid, c.sub);
}

/** "Artikel 7:408 lid 1 BW", "Article 11.7 Telecommunicatiewet". */
export function provisionLabel(ref: ProvisionRef, lang: Lang): string {
  const a = articleByKey(ref.key);
  const nr = a?.law === 'BW' || !a ? ref.key : a.nr;
  const law = a && a.law !== 'BW' ? a.law : 'BW';
  const lid = ref.lid ? ` ${UI[lang].lid} ${ref.lid}` : '';
  const sub = ref.sub ? ` ${UI[lang].sub} ${ref.sub}` : '';
  return `${UI[lang].article} ${nr}${lid}${sub} ${law}`;
}

/** Curated provisions for a picker: key and title. */
export function curatedProvisions(lang: Lang): Array<{ key: string; title: string }> {
  const out: Array<{ key: string; title: string }> = [];
  for (const key of curatedKeys()) {
    const e = curatedEntry(key)!;
    out.push({ key, title: e.title[lang] });
    for (const [sub, v] of Object.entries(e.subs ?? {})) out.push({ key: `${key} sub ${sub}`, title: v.title[lang] });
  }
  return out;
}

// Statutory text is shown as text, not Markdown: escape what Markdown would interpret.
function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/^(\d+)\. /, '$1\\. ').replace(/^([+-]) /, '\\$1 ');
}

const bold = (s: string) => `**${s}**`;

interface RenderedLid {
  lines: string[];
  length: number;
}

/** One lid as Markdown lines; the cited sub-item (or the whole cited lid) in bold. */
function renderLid(l: Lid, citedLid: boolean, sub: string | undefined, onlySub: boolean, lang: Lang): RenderedLid {
  const prefix = l.nr !== null ? `${l.nr}\\. ` : '';
  if (l.text === null) return { lines: [`${prefix}*${UI[lang].noText}*`], length: 0 };
  const raw = l.text.split('\n');
  const out: string[] = [];
  const subMarker = /^ {2}([a-z]{1,2}|[0-9]{1,2}°?)[.)] /;
  let inCitedSub = false;
  let skipping = false;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    const m = subMarker.exec(line);
    if (m) inCitedSub = sub !== undefined && m[1].replace(/°$/, '') === sub.replace(/°$/, '');
    else if (!/^ {4}/.test(line)) inCitedSub = false; // a follow-on paragraph ends the sub-item
    const isSubLine = m !== null || /^ {4}/.test(line);
    if (onlySub && isSubLine && !inCitedSub) {
      if (!skipping) out.push('…');
      skipping = true;
      continue;
    }
    skipping = false;
    // Keep nested numbering visible: Markdown drops leading spaces, so indent with no-break spaces
    // (two per level; "  a." is level 1, "    1°." level 2).
    const depth = Math.floor((/^ */.exec(line)![0].length) / 2);
    let text = '\u00a0'.repeat(depth > 1 ? 4 * (depth - 1) : 0) + escapeMd(line.trim());
    if (i === 0) text = prefix + text;
    const emphasise = sub !== undefined ? inCitedSub : citedLid;
    out.push(emphasise ? bold(text) : text);
  }
  return { lines: out, length: l.text.length };
}

/** The regime of the draft's audience first: a consumer draft reads the consumer regime first. */
function regimeLine(m: Mandatory, lang: Lang, audience: Audience | undefined): string {
  const t = UI[lang];
  const scope = m.leden?.length ? `${t.lid} ${m.leden.join(', ')}` : t.whole;
  const r = (x: Regime) => (x === 'dwingend' && m.gevolg === 'nietig' ? `${t[x]}, ${t.nietig}` : t[x]);
  const parts = [`${t.b2b} ${r(m.b2b)}`, `${t.b2c} ${r(m.b2c)}`];
  if (m.b2cBasis) {
    parts[0] += ` (${m.basis})`;
    parts[1] += ` (${m.b2cBasis})`;
  }
  const ordered = audience === 'b2c' ? [parts[1], parts[0]] : parts;
  return `${scope}: ${ordered.join(', ')}${m.b2cBasis ? '' : ` (${m.basis})`}`;
}

/** Where the text comes from, truly: "wetten.overheid.nl" only for an official export. */
function sourceLine(a: Article, lang: Lang): string {
  return `${UI[lang].source}: ${a.sourceLabel[lang]}`;
}

/** "6:236 sub l" links to article 6:236 on wetten.overheid.nl; a key we do not hold stays plain text. */
function relatedLink(key: string): string {
  const url = articleByKey(key.replace(/ sub .*$/, ''))?.url;
  return url ? `[${key}](${url})` : key;
}

export interface RenderOptions {
  /** Hover: shorten long texts to the cited part. Document: always the full text. */
  mode: 'hover' | 'document';
  /** The draft's audience: its regime is named first. */
  audience?: Audience;
}

/** A whole afdeling ("afdeling 6.5.3 BW"): its heading and articles, each linked. */
export function renderSection(book: number, section: string, lang: Lang): string | undefined {
  const list = articlesOfSection(book, section);
  if (list.length === 0) return undefined;
  const heading = list[0].sectionPath.find((p) => /^Afdeling /i.test(p)) ?? '';
  const out = [`### ${lang === 'nl' ? 'Afdeling' : 'Division'} ${book}.${section} BW${heading ? ` — ${escapeMd(heading.replace(/^Afdeling [0-9A-Za-z]+\.\s*/, ''))}` : ''}`];
  out.push(list.map((a) => `[${a.key}](${a.url})${titleOf(a.key, lang) && curatedEntry(a.key) ? ` ${titleOf(a.key, lang)}` : ''}`).join(' · '));
  out.push(`*${sourceLine(list[0], lang)}*`);
  return out.join('\n\n');
}

/** A statute we do not hold the text of (AVG, Auteurswet ...): its name and where to read it. */
export function renderStatute(law: string, article: string, lang: Lang): string | undefined {
  const s = statuteOf(law);
  if (!s) return undefined;
  const what = article ? `${lang === 'nl' ? 'Artikel' : 'Article'} ${article} ${law}` : law;
  const note = lang === 'nl' ? 'Clausule levert de tekst van deze wet niet mee.' : 'Clausule does not carry the text of this statute.';
  const out = [`### ${escapeMd(what)} — ${escapeMd(s.name)}`];
  // A repealed statute says so first: a lawyer must not read a citation of it as current law.
  if (s.repealed) out.push(`**${escapeMd(s.repealed[lang])}**`);
  out.push(`*${note}*`, `[${s.url.replace(/^https:\/\//, '').replace(/\/.*$/, '')}](${s.url})`);
  return out.join('\n\n');
}

/** The provision as Markdown, or undefined when we do not hold the article. */
export function renderProvision(ref: ProvisionRef, lang: Lang, opts: RenderOptions = { mode: 'hover' }): string | undefined {
  const a = articleByKey(ref.key);
  if (!a) return undefined;
  const t = UI[lang];
  const hover = opts.mode === 'hover';
  const entry = curatedEntry(ref.key);
  const subEntry = ref.sub ? curatedSub(ref.key, ref.sub) : undefined;
  const title = subEntry?.title[lang] ?? titleOf(ref.key, lang);
  const out: string[] = [];
  const heading = `${provisionLabel(ref, lang)}${title ? ` — ${subEntry || entry ? title : `*${escapeMd(title)}*`}` : ''}`;
  out.push(hover ? `### ${heading}` : `# ${heading}`);
  if (entry && subEntry && !hover) out.push(`*${t.article} ${ref.key}: ${entry.title[lang]}*`);

  // Which lid is cited, and is it in our version? A sub without a lid belongs to the lid that has it.
  const lid = ref.lid !== undefined ? findLid(a, ref.lid) : ref.sub !== undefined ? a.leden.find((l) => hasSub(l, ref.sub!)) : undefined;
  // Cautions first: a lawyer must see that a text is repealed, outdated or not ours before reading it.
  const problems: string[] = [];
  if (a.status === 'vervallen') problems.push(t.vervallen + (a.successor ? ` ${t.successor(a.successor.label, a.successor.basis)}` : ''));
  if (a.laterAmended) problems.push(t.laterAmended);
  if (a.textless) problems.push(t.textless);
  else if (ref.lid !== undefined && !findLid(a, ref.lid)) problems.push(t.unknownLid(ref.lid, a.version));
  else if (ref.sub !== undefined && !(lid && hasSub(lid, ref.sub))) problems.push(t.unknownSub(ref.sub, a.version));
  if (!a.official && !a.textless) problems.push(t.notOfficial);
  for (const p of problems) out.push(`*${p}*`);

  // The lawyer's essentials before the text: regime of the cited lid (the draft's audience first), the note.
  if (entry) {
    const regimes = (entry.mandatory ?? []).filter((m) => !ref.lid || !m.leden || m.leden.includes(ref.lid));
    if (regimes.length) out.push(`**${t.regime}:** ${regimes.map((m) => regimeLine(m, lang, opts.audience)).join('; ')}`);
    if (!hover) out.push(`## ${t.note}`);
    out.push(hover ? `**${t.note}.** ${entry.note[lang]}` : entry.note[lang]);
  }

  if (!a.textless) {
    const total = a.leden.reduce((n, l) => n + (l.text?.length ?? 0), 0);
    const long = hover && total > HOVER_TEXT_LIMIT;
    // A long article cited as a whole: the first line of each lid, the rest one click away.
    const outline = long && lid === undefined;
    const shorten = long && lid !== undefined;
    const citedSub = lid && ref.sub !== undefined && hasSub(lid, ref.sub) ? ref.sub : undefined;
    const body: string[] = [];
    for (let i = 0; i < a.leden.length; i++) {
      const l = a.leden[i];
      const isCited = l === lid;
      if (shorten && !isCited) continue;
      // A run of leden whose text we do not hold is one line: "5.-11. (not included)".
      let last = i;
      while (!isCited && l.text === null && last + 1 < a.leden.length && a.leden[last + 1].text === null && a.leden[last + 1] !== lid) last++;
      if (last > i) {
        body.push(`${l.nr}\\.–${a.leden[last].nr}\\. *${t.noText}*`);
        i = last;
        continue;
      }
      if (outline && l.text !== null) {
        const first = l.text.split('\n')[0];
        const cut = first.length > 160 ? `${first.slice(0, 157).replace(/\s+\S*$/, '')} …` : first;
        body.push(`${l.nr !== null ? `${l.nr}\\. ` : ''}${escapeMd(cut)}${l.text.includes('\n') ? ' …' : ''}`);
        continue;
      }
      const r = renderLid(l, isCited && (ref.lid !== undefined || citedSub !== undefined), isCited ? citedSub : undefined, shorten && citedSub !== undefined, lang);
      body.push(r.lines.join('  \n'));
    }
    if (!hover) out.push(`## ${t.text}`);
    out.push(body.map((b) => b.split('\n').map((x) => `> ${x}`).join('\n')).join('\n>\n'));
    if (shorten) out.push(`*${t.shortened}*`);
    if (outline) out.push(`*${t.outline}*`);
  }
  out.push(`*${sourceLine(a, lang)}*`);

  if (entry) {
    if (!hover) out.push(`## ${t.explanation}`);
    const explanation = subEntry ? `${subEntry.explanation[lang]} ${entry.explanation[lang]}` : entry.explanation[lang];
    out.push(hover ? `**${t.explanation}.** ${explanation}` : explanation);
    if (entry.related.length) out.push(`${t.related}: ${entry.related.map(relatedLink).join(', ')}`);
  }
  // Both links: the version whose text is shown, and the text in force on the day it is opened.
  out.push(a.textless
    ? `[${t.currentText}](${a.currentUrl})`
    : `[${t.thisVersion(a.version)}](${a.url}) · [${t.currentText}](${a.currentUrl})`);
  if (entry) out.push(`*${curatedCaution(lang)}*`);
  return out.join('\n\n');
}
