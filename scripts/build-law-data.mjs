#!/usr/bin/env node
// Builds the committed law data (server/src/core/law/data/bw.json, facts.json) from ../shared/law/.
// A fresh clone has no ../shared, so the generated JSON is committed and this script is only
// re-run by hand: `node scripts/build-law-data.mjs [path-to-shared-law]`.
// data/curated/*.json is written by hand (editorial); this script only checks that its keys exist.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lawDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'law'));
const outDir = join(root, 'server', 'src', 'core', 'law', 'data');
if (!existsSync(lawDir)) {
  console.error(`law sources not found at ${lawDir}; the committed JSON stays as it is`);
  process.exit(1);
}

const facts = JSON.parse(readFileSync(join(lawDir, 'facts.json'), 'utf8'));
// Texts and facts newer than the 2023 exports, each with its source (committed beside this script).
const later = JSON.parse(readFileSync(join(root, 'scripts', 'law-sources', 'later.json'), 'utf8'));
const curatedSource = JSON.parse(readFileSync(join(lawDir, 'bw-articles.json'), 'utf8'));

const BOOKS = [
  { book: 3, file: 'BW-Boek3-BWBR0005291-2023.txt', bwb: 'BWBR0005291' },
  { book: 6, file: 'BW-Boek6-BWBR0005289-2023.txt', bwb: 'BWBR0005289' },
  { book: 7, file: 'BW-Boek7-BWBR0005290-2023.txt', bwb: 'BWBR0005290' },
];

// Articles known to have been amended after the 2023 export (SOURCES.md, AUDIT-2026-12.md §2) whose
// newer text we do not hold: the hover must warn instead of silently showing an outdated text as current.
const KNOWN_LATER_AMENDED = new Set(later.laterAmended.keys);
// Every form the official text uses for a repealed article or lid: "[Vervallen per 01-07-2015]", the
// doubled "[Vervallen per 01-07-2015 01-07-2015]", "(vervallen)", "[vervallen.]". Must match law/index.ts.
const REPEALED = /^\s*(?:\[\s*vervallen(?:\s+per(?:\s+\d\d-\d\d-\d{4}){1,2})?\s*\.?\s*\]|\(\s*vervallen\s*\.?\s*\)|vervallen\.?)\s*$/i;

const HEADING = /^(Boek|Titel|Afdeling|Onderafdeling|Paragraaf|§) ([0-9]+[A-Za-z]*)\. ?(.*)$/;
const LEVEL = { Boek: 0, Titel: 1, Afdeling: 2, Onderafdeling: 3, Paragraaf: 4, '§': 4 };
const URL_SEG = { Boek: 'Boek', Titel: 'Titeldeel', Afdeling: 'Afdeling', Onderafdeling: 'Onderafdeling', Paragraaf: 'Paragraaf', '§': 'Paragraaf' };
const ARTICLE = /^Artikel ([0-9]+[a-z]*)$/;
const LID = /^\[?([0-9]+[a-z]?)\.\]?\t(.*)$/; // "[1.]" occurs where the official text brackets a lid number
const SUB = /^(\t+)([^\t]*)\t(.*)$/;
const SUB_ID = /^([a-z]{1,2}|[0-9]+°?|[ivx]+)[.)]?$/;

function dmyToIso(s) {
  const m = /(\d\d)-(\d\d)-(\d{4})/.exec(s);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

function versionedUrl(bwb, date, urlPath, nr) {
  return `https://wetten.overheid.nl/${bwb}/${date}/0/${urlPath}/Artikel${nr}`;
}

function parseBook({ book, file, bwb }) {
  const raw = readFileSync(join(lawDir, 'full', file), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = raw.split('\n');
  const geldend = lines.find((l) => l.startsWith('Geldend van'));
  const version = dmyToIso(geldend ?? '');
  if (!version) throw new Error(`${file}: no 'Geldend van' header`);
  const stack = []; // [{kind, id, title}]
  const articles = [];
  let cur = null;
  let prevBlank = true;
  const sectionsSeen = new Map();
  const sections = [];
  const sectionIndex = () => {
    const path = stack.filter(Boolean).map((s) => `${s.kind === '§' ? '§' : s.kind} ${s.id}. ${s.title}`.trim());
    const urlPath = stack.filter(Boolean).map((s) => `${URL_SEG[s.kind]}${s.id}`).join('/');
    const k = urlPath + '|' + path.join('>');
    if (!sectionsSeen.has(k)) {
      sectionsSeen.set(k, sections.length);
      sections.push({ path, url: urlPath });
    }
    return sectionsSeen.get(k);
  };
  const flush = () => {
    if (!cur) return;
    for (const lid of cur.leden) lid.text = lid.text.replace(/[ \t]+$/gm, '').trim();
    articles.push(cur);
    cur = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') { prevBlank = true; continue; }
    const nextBlank = i + 1 >= lines.length || lines[i + 1].trim() === '';
    const h = prevBlank && nextBlank ? HEADING.exec(line) : null;
    const a = prevBlank && nextBlank ? ARTICLE.exec(line) : null;
    if (h && i > 5) {
      flush();
      const level = LEVEL[h[1]];
      stack.length = level;
      stack[level] = { kind: h[1], id: h[2], title: h[3] };
    } else if (a) {
      flush();
      cur = { nr: a[1], leden: [], section: sectionIndex() };
    } else if (cur) {
      const lid = LID.exec(line);
      const sub = SUB.exec(line);
      if (lid && prevBlank) {
        cur.leden.push({ nr: lid[1], text: lid[2], subs: [] });
      } else if (sub) {
        const depth = sub[1].length;
        const marker = sub[2].trim();
        if (cur.leden.length === 0) cur.leden.push({ nr: null, text: '', subs: [] });
        const target = cur.leden[cur.leden.length - 1];
        target.text += `\n${'  '.repeat(depth)}${marker ? marker + ' ' : ''}${sub[3]}`;
        const id = SUB_ID.exec(marker);
        if (depth === 1 && id) target.subs.push(id[1]);
      } else {
        // Unnumbered paragraph: a new (only) lid, or a follow-on paragraph of the current lid.
        if (cur.leden.length === 0) cur.leden.push({ nr: null, text: line, subs: [] });
        else cur.leden[cur.leden.length - 1].text += `\n${line}`;
      }
    }
    prevBlank = false;
  }
  flush();
  return { book, bwb, version, articles, sections };
}

function normalise(s) {
  return s.replace(/\s+/g, ' ').trim();
}

// bw-articles.json lid strings start with "N. "; sub-items are lines indented by two spaces.
function ledenFromCuratedSource(rec) {
  return rec.leden.map((s) => {
    const m = /^([0-9]+[a-z]?)\. ([\s\S]*)$/.exec(s);
    const nr = m ? m[1] : null;
    const text = m ? m[2] : s;
    const subs = [];
    for (const line of text.split('\n')) {
      const sm = /^ {2}([a-z]{1,2}|[0-9]+°?)[.)] /.exec(line);
      if (sm) subs.push(sm[1]);
    }
    return { nr, text, subs };
  });
}

const out = { articles: [], sections: [] };
const bwbOfBook = {};
const report = { parsed: 0, crossChecked: 0, mismatches: [], replaced: [], added: [] };
for (const b of BOOKS) {
  const parsed = parseBook(b);
  bwbOfBook[b.book] = b.bwb;
  const offset = out.sections.length;
  out.sections.push(...parsed.sections);
  for (const a of parsed.articles) {
    const key = `${b.book}:${a.nr}`;
    const vervallen = a.leden.length > 0 && a.leden.every((l) => REPEALED.test(l.text));
    const section = offset + a.section;
    const entry = {
      key, book: b.book, nr: a.nr, leden: a.leden, version: parsed.version,
      status: vervallen ? 'vervallen' : 'geldend', section,
      url: versionedUrl(b.bwb, parsed.version, out.sections[section].url, a.nr),
      src: 'full',
    };
    if (KNOWN_LATER_AMENDED.has(key)) entry.laterAmended = true;
    out.articles.push(entry);
    report.parsed++;
  }
}

const byKey = new Map(out.articles.map((a) => [a.key, a]));
for (const rec of curatedSource) {
  const existing = byKey.get(rec.id);
  const date = /\/(\d{4}-\d\d-\d\d)\/0\//.exec(rec.source.version_url)?.[1];
  const leden = ledenFromCuratedSource(rec);
  const newer = existing ? date > existing.version : true;
  if (existing && !newer) {
    // Same version: the dataset's text must match our parse word for word.
    report.crossChecked++;
    const a = existing.leden.map((l) => normalise(l.text)).join(' | ');
    const c = leden.map((l) => normalise(l.text)).join(' | ');
    if (a !== c) report.mismatches.push(rec.id);
    continue;
  }
  const sectionPath = rec.section.split(' > ');
  const urlPath = /\/0\/(.*)\/Artikel[^/]+$/.exec(rec.source.version_url)[1];
  let section = out.sections.findIndex((s) => s.url === urlPath);
  if (section < 0) { section = out.sections.length; out.sections.push({ path: sectionPath, url: urlPath }); }
  // The newer texts in bw-articles.json were transcribed from a third-party conversion: say so.
  const from = /Apolloccrypt/.test(rec.source.taken_from ?? '') ? (rec.book === 3 ? 'apollo-b3-2025' : 'apollo-b6-2026') : undefined;
  if (!from) throw new Error(`${rec.id}: newer text without a known source`);
  const entry = {
    key: rec.id, book: rec.book, nr: rec.id.split(':')[1], leden, version: date,
    status: rec.status, section, url: rec.source.version_url, src: 'bw-articles', from,
  };
  if (existing) { Object.assign(existing, entry); delete existing.laterAmended; report.replaced.push(`${rec.id} (${date})`); }
  else { out.articles.push(entry); byKey.set(rec.id, entry); report.added.push(`${rec.id} (${date})`); }
}

// Newer texts transcribed into scripts/law-sources/later.json (3:94, 2025).
for (const rec of later.articles) {
  const existing = byKey.get(rec.key);
  if (!existing) throw new Error(`${rec.key}: later text for an article we do not know`);
  const leden = ledenFromCuratedSource({ leden: rec.leden });
  // Leden the older text also has must read the same, or the transcription is suspect.
  for (const l of existing.leden) {
    const n = leden.find((x) => x.nr === l.nr);
    if (!n || normalise(n.text) !== normalise(l.text)) report.laterChanged = [...(report.laterChanged ?? []), `${rec.key} lid ${l.nr}`];
  }
  const book = BOOKS.find((b) => b.book === existing.book);
  Object.assign(existing, {
    leden, version: rec.version, src: 'later', from: rec.source,
    url: versionedUrl(book.bwb, rec.version, out.sections[existing.section].url, existing.nr),
  });
  delete existing.laterAmended;
  report.replaced.push(`${rec.key} (${rec.version}, ${rec.source})`);
}
// Articles known to exist in a later version, without their text.
for (const rec of later.knownLater.articles) {
  if (byKey.has(rec.key)) throw new Error(`${rec.key}: known-later article already held`);
  const [book, nr] = rec.key.split(':');
  const sectionKey = rec.section.join('>');
  let section = out.sections.findIndex((x) => x.path.join('>') === sectionKey && x.url === '');
  if (section < 0) { section = out.sections.length; out.sections.push({ path: rec.section, url: '' }); }
  const entry = {
    key: rec.key, book: Number(book), nr, leden: [{ nr: null, text: null, subs: [] }], version: later.knownLater.version,
    status: 'geldend', section, url: '', src: 'later-known', from: later.knownLater.source,
  };
  out.articles.push(entry);
  byKey.set(rec.key, entry);
  report.added.push(`${rec.key} (known, no text)`);
}
for (const [key, successor] of Object.entries(later.successors.entries)) byKey.get(key).successor = successor;
for (const [key, same] of Object.entries(later.successors.sameAs)) byKey.get(key).successor = later.successors.entries[same];
for (const key of KNOWN_LATER_AMENDED) if (!byKey.get(key)?.laterAmended) throw new Error(`${key}: flagged as later amended but not held as the older text`);

// Telecommunicatiewet 11.7: only leden 1 and 4 are held verbatim; the article has 11 leden (facts.json gist).
const tw = facts.telecommunicatiewet_11_7;
const twDate = /z=(\d{4}-\d\d-\d\d)/.exec(tw.jci_lid_4)[1];
const twLeden = [];
for (let n = 1; n <= 11; n++) twLeden.push([String(n), tw[`verbatim_lid_${n}`] ?? null]);

// Compact output: per book the shared fields once (bwb, version, source kind, sections); per article
// only its number, section index and leden as [nr, text] pairs, plus whatever differs from the book.
// Keys, book numbers, URLs and sub-item markers are derived at load time (law/index.ts), so they
// cannot disagree with the text. A null text means "this lid exists but we do not hold its text".
const SUB_MARKER = /^ {2}([a-z]{1,2}|[0-9]{1,2}°?)[.)] /; // must match law/index.ts
const derivedSubs = (text) => {
  const subs = [];
  for (const line of (text ?? '').split('\n')) { const m = SUB_MARKER.exec(line); if (m) subs.push(m[1]); }
  return subs;
};
const books = [];
for (const b of BOOKS) {
  const mine = out.articles.filter((a) => a.book === b.book);
  const base = mine.find((a) => a.src === 'full').version;
  const usedSections = [...new Set(mine.map((a) => a.section))].sort((x, y) => x - y);
  const localSection = new Map(usedSections.map((s, i) => [s, i]));
  const articles = mine.map((a) => {
    for (const l of a.leden) {
      if (JSON.stringify(derivedSubs(l.text)) !== JSON.stringify(l.subs)) throw new Error(`${a.key}: sub markers not derivable: ${l.subs}`);
    }
    const url = a.src === 'later-known' ? '' : versionedUrl(b.bwb, a.version, out.sections[a.section].url, a.nr);
    if (url !== a.url) throw new Error(`${a.key}: url not derivable: ${a.url} vs ${url}`);
    const r = { nr: a.nr, s: localSection.get(a.section) };
    if (a.version !== base) r.v = a.version;
    if (a.src !== 'full') r.src = a.src;
    if (a.status !== 'geldend') r.status = a.status;
    if (a.laterAmended) r.laterAmended = true;
    if (a.from) r.from = a.from;
    if (a.successor) r.successor = a.successor;
    r.leden = a.leden.map((l) => [l.nr, l.text]);
    return r;
  });
  books.push({ book: b.book, bwb: b.bwb, version: base, src: 'full', sections: usedSections.map((s) => out.sections[s]), articles });
}
const compact = {
  meta: {
    source: 'Official wetten.overheid.nl plain-text exports of BW Boek 3 (geldend 2023-06-25), 6 and 7 (geldend 2023-07-01), consulted 2023-08-06; newer texts from ../shared/law/bw-articles.json where it holds them (see per-article version); Telecommunicatiewet 11.7 from ../shared/law/facts.json.',
    urlFormat: facts.url_formats.versioned_path,
    urlCaveat: 'Casing of lettered titels/afdelingen and the Onderafdeling segment in the versioned path were not verified.',
    currentUrlFormat: 'https://wetten.overheid.nl/jci1.3:c:{BWB}&artikel={nr} (JuriConnect without dates: the version in force on the day it is opened; the form the official BWB XML uses for cross-references)',
    sources: later.sources,
  },
  books,
  other: [{
    key: 'Tw 11.7', law: 'Telecommunicatiewet', bwb: facts.bwb_ids.Telecommunicatiewet, nr: '11.7', version: twDate, src: 'facts',
    sectionPath: ['Hoofdstuk 11', 'Paragraaf 11.1'],
    url: `https://wetten.overheid.nl/${tw.jci_lid_4.replace(/&lid=\d+/, '')}`,
    leden: twLeden,
  }, ...later.other.map((o) => ({
    key: o.key, law: o.law, bwb: o.bwb, nr: o.nr, version: o.version, src: 'later', from: o.source,
    sectionPath: [], url: `https://wetten.overheid.nl/jci1.3:c:${o.bwb}&artikel=${o.nr}`,
    leden: ledenFromCuratedSource({ leden: o.leden }).map((l) => [l.nr, l.text]),
  }))],
};

const bwJson = JSON.stringify(compact);
writeFileSync(join(outDir, 'bw.json'), bwJson + '\n');

const b = facts.besluit_vergoeding_buitengerechtelijke_incassokosten;
const factsOut = {
  bwb: { BW3: 'BWBR0005291', BW6: 'BWBR0005289', BW7: 'BWBR0005290', Telecommunicatiewet: facts.bwb_ids.Telecommunicatiewet, BesluitIncassokosten: 'BWBR0031432' },
  urlFormats: { versionedPath: facts.url_formats.versioned_path, jci: facts.url_formats.jci_observed_pattern },
  incasso: {
    citation: b.citation,
    // Brackets in euros of the principal; rate in percent; the total is capped and has a minimum.
    staffel: [
      { upTo: 2500, rate: 15 }, { upTo: 5000, rate: 10 }, { upTo: 10000, rate: 5 },
      { upTo: 200000, rate: 1 }, { upTo: null, rate: 0.5 },
    ],
    minimum: 40, maximum: 6775,
    bwb: 'BWBR0031432',
    // Art. 2 lid 3: the fee is increased by the VAT rate (art. 9 lid 1 Wet OB 1968) where the creditor cannot
    // deduct the VAT charged for the collection service and expressly declares so (later.json, laws-markdown-2015).
    vatUplift: 'Besluit incassokosten 2 lid 3',
    confidence: b.confidence,
    sources: b.sources,
  },
};
// Guard the hand-transcribed staffel against the source it was read from.
const srcRates = b.staffel_art_2_lid_1.map((s) => parseFloat(s.rate));
if (JSON.stringify(srcRates) !== JSON.stringify(factsOut.incasso.staffel.map((s) => s.rate))) throw new Error('staffel drift');
writeFileSync(join(outDir, 'facts.json'), JSON.stringify(factsOut, null, 1) + '\n');

const curatedDir = join(outDir, 'curated');
if (existsSync(curatedDir)) {
  const keys = new Set([...out.articles.map((a) => a.key), ...compact.other.map((a) => a.key)]);
  for (const f of readdirSync(curatedDir).filter((n) => n.endsWith('.json') && n !== 'meta.json')) {
    const curated = JSON.parse(readFileSync(join(curatedDir, f), 'utf8'));
    const missing = Object.keys(curated.entries ?? {}).filter((k) => !keys.has(k));
    if (missing.length) console.warn(`${f}: curated keys not in bw.json:`, missing.join(', '));
  }
}

const perBook = {};
for (const a of out.articles) perBook[a.book] = (perBook[a.book] ?? 0) + 1;
console.log(JSON.stringify({
  articles: out.articles.length, perBook, vervallen: out.articles.filter((a) => a.status === 'vervallen').length,
  sections: out.sections.length, bytes: Buffer.byteLength(bwJson), gzip: gzipSync(bwJson).length, ...report,
}, null, 1));
