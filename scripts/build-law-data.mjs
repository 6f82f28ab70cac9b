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
const curatedSource = JSON.parse(readFileSync(join(lawDir, 'bw-articles.json'), 'utf8'));

const BOOKS = [
  { book: 3, file: 'BW-Boek3-BWBR0005291-2023.txt', bwb: 'BWBR0005291' },
  { book: 6, file: 'BW-Boek6-BWBR0005289-2023.txt', bwb: 'BWBR0005289' },
  { book: 7, file: 'BW-Boek7-BWBR0005290-2023.txt', bwb: 'BWBR0005290' },
];

// Articles known to have been amended after the 2023 export (SOURCES.md) whose newer text we
// do not hold: the hover must warn instead of silently showing an outdated text as current.
const KNOWN_LATER_AMENDED = new Set(
  ['g', 'h', 'i', 'j', 'k', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'].map((l) => `6:230${l}`),
);

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
    const vervallen = a.leden.length === 1 && /^\[Vervallen per [0-9-]+\]$/.test(a.leden[0].text);
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
  const entry = {
    key: rec.id, book: rec.book, nr: rec.id.split(':')[1], leden, version: date,
    status: rec.status, section, url: rec.source.version_url, src: 'bw-articles',
  };
  if (existing) { Object.assign(existing, entry); delete existing.laterAmended; report.replaced.push(`${rec.id} (${date})`); }
  else { out.articles.push(entry); byKey.set(rec.id, entry); report.added.push(`${rec.id} (${date})`); }
}

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
    const url = versionedUrl(b.bwb, a.version, out.sections[a.section].url, a.nr);
    if (url !== a.url) throw new Error(`${a.key}: url not derivable: ${a.url} vs ${url}`);
    const r = { nr: a.nr, s: localSection.get(a.section) };
    if (a.version !== base) r.v = a.version;
    if (a.src !== 'full') r.src = a.src;
    if (a.status !== 'geldend') r.status = a.status;
    if (a.laterAmended) r.laterAmended = true;
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
  },
  books,
  other: [{
    key: 'Tw 11.7', law: 'Telecommunicatiewet', bwb: facts.bwb_ids.Telecommunicatiewet, nr: '11.7', version: twDate, src: 'facts',
    sectionPath: ['Hoofdstuk 11', 'Paragraaf 11.1'],
    url: `https://wetten.overheid.nl/${tw.jci_lid_4.replace(/&lid=\d+/, '')}`,
    leden: twLeden,
  }],
};

const bwJson = JSON.stringify(compact);
writeFileSync(join(outDir, 'bw.json'), bwJson + '\n');

const b = facts.besluit_vergoeding_buitengerechtelijke_incassokosten;
const factsOut = {
  bwb: { BW3: 'BWBR0005291', BW6: 'BWBR0005289', BW7: 'BWBR0005290', Telecommunicatiewet: facts.bwb_ids.Telecommunicatiewet },
  urlFormats: { versionedPath: facts.url_formats.versioned_path, jci: facts.url_formats.jci_observed_pattern },
  incasso: {
    citation: b.citation,
    // Brackets in euros of the principal; rate in percent; the total is capped and has a minimum.
    staffel: [
      { upTo: 2500, rate: 15 }, { upTo: 5000, rate: 10 }, { upTo: 10000, rate: 5 },
      { upTo: 200000, rate: 1 }, { upTo: null, rate: 0.5 },
    ],
    minimum: 40, maximum: 6775,
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
