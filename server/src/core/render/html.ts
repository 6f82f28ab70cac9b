// HTML for the live preview (a fragment the webview inserts) and for publication (one standalone file).
// Everything from the draft is escaped; the only absolute links are to wetten.overheid.nl.
import type { Lang } from '../types';
import type { ExportBlock, ExportDocument, Inline, Paragraph } from './exportModel';

export type HtmlMode = 'preview' | 'publish';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]);
}

const T = {
  toc: { nl: 'Inhoud', en: 'Contents' },
  version: { nl: 'Versie', en: 'Version' },
  findings: { nl: 'Meldingen', en: 'Findings' },
  lawTitle: { nl: 'Opent wetten.overheid.nl', en: 'Opens wetten.overheid.nl' },
  definition: { nl: 'Gedefinieerd begrip', en: 'Defined term' },
  generator: { nl: 'Gemaakt met Clausule', en: 'Made with Clausule' },
} satisfies Record<string, Record<Lang, string>>;

function inline(r: Inline, mode: HtmlMode, lang: Lang, defs: Map<string, string>): string {
  let h = escapeHtml(r.text);
  if (r.em) h = `<em>${h}</em>`;
  if (r.strong && !r.defines) h = `<strong>${h}</strong>`;
  const off = mode === 'preview' && r.offset !== undefined ? ` data-offset="${r.offset}"` : '';
  if (r.defines) return `<dfn id="${r.defines}" class="term-def" title="${T.definition[lang]}">${h}</dfn>`;
  if (r.ref) return `<a class="xref" href="#${r.ref}"${off}>${h}</a>`;
  if (r.lawKey) {
    if (!r.lawUrl) return `<span class="law" data-law="${escapeHtml(r.lawKey)}">${h}</span>`;
    const target = mode === 'publish' ? ' target="_blank" rel="noopener noreferrer"' : '';
    return `<a class="law" href="${escapeHtml(r.lawUrl)}" data-law="${escapeHtml(r.lawKey)}" title="${T.lawTitle[lang]}"${target}>${h}</a>`;
  }
  if (r.term) {
    const def = defs.get(r.term);
    return `<a class="term" href="#${r.term}"${def ? ` title="${escapeHtml(def)}"` : ''}>${h}</a>`;
  }
  return h;
}

function paragraph(p: Paragraph, mode: HtmlMode, lang: Lang, defs: Map<string, string>): string {
  return `<p>${p.map((r) => inline(r, mode, lang, defs)).join('')}</p>`;
}

function findingsHtml(b: ExportBlock): string {
  if (!b.findings.length) return '';
  return (
    `<aside class="margin">` +
    b.findings
      .map(
        (f) =>
          `<div class="finding sev-${f.severity}" data-offset="${f.offset}" data-line="${f.line}" tabindex="0">` +
          `<span class="rule">${escapeHtml(f.ruleId)}</span> ${escapeHtml(f.message)}</div>`,
      )
      .join('') +
    `</aside>`
  );
}

function blockHtml(b: ExportBlock, doc: ExportDocument, hasParts: boolean, mode: HtmlMode, defs: Map<string, string>): string {
  const id = b.anchor ? ` id="${b.anchor}"` : '';
  const data = mode === 'preview' ? ` data-line="${b.line}" data-end-line="${b.endLine}" data-offset="${b.offset}"` : '';
  const paras = b.paragraphs.map((p) => paragraph(p, mode, doc.lang, defs)).join('');
  const margin = mode === 'preview' ? findingsHtml(b) : '';
  const num = b.number ? `<span class="num">${escapeHtml(b.number)}</span> ` : '';
  let inner: string;
  if (b.heading !== undefined && (b.kind === 'article' || b.kind === 'part')) {
    const level = b.kind === 'part' ? 2 : hasParts ? 3 : 2;
    inner = `<h${level} class="${b.kind}-heading">${num}${escapeHtml(b.heading)}</h${level}>${paras}`;
  } else if (b.kind === 'text') {
    inner = paras;
  } else {
    inner = `${b.number ? `<span class="num">${escapeHtml(b.number)}</span>` : ''}<div class="body">${paras || '<p></p>'}</div>`;
  }
  const cls = `block ${b.kind}${b.letter ? ' letter' : ''} indent-${Math.min(b.indent, 3)}${b.findings.length && mode === 'preview' ? ' has-findings' : ''}`;
  return `<div class="${cls}"${id}${data}><div class="content">${inner}</div>${margin}</div>`;
}

function header(doc: ExportDocument): string {
  const meta = [doc.version ? `${T.version[doc.lang]} ${doc.version}` : '', doc.date ?? ''].filter(Boolean).join(' · ');
  if (!doc.title && !meta) return '';
  return `<header class="doc-header">${doc.title ? `<h1 class="doc-title">${escapeHtml(doc.title)}</h1>` : ''}${meta ? `<p class="doc-meta">${escapeHtml(meta)}</p>` : ''}</header>`;
}

function toc(doc: ExportDocument): string {
  const entries = doc.blocks.filter((b) => (b.kind === 'article' || b.kind === 'part') && b.anchor && (b.heading !== undefined || b.number));
  if (!entries.length) return '';
  const items = entries
    .map((b) => `<li class="toc-${b.kind}"><a href="#${b.anchor}">${escapeHtml([b.number, b.heading].filter(Boolean).join(' '))}</a></li>`)
    .join('');
  return `<nav class="toc" aria-label="${T.toc[doc.lang]}"><h2>${T.toc[doc.lang]}</h2><ol>${items}</ol></nav>`;
}

/** The document body: header, (table of contents when publishing) and every block. */
export function renderHtmlBody(doc: ExportDocument, mode: HtmlMode): string {
  const hasParts = doc.blocks.some((b) => b.kind === 'part');
  // A defined term's use shows its definition on hover (the title attribute).
  const defs = new Map(doc.definitions.map((d) => [d.anchor, `${d.term}: ${d.text}`]));
  const blocks = doc.blocks.map((b) => blockHtml(b, doc, hasParts, mode, defs)).join('\n');
  return `${header(doc)}${mode === 'publish' ? toc(doc) : ''}<main class="clausule-doc">\n${blocks}\n</main>`;
}

/** Layout shared by the preview and the publication; colours come from variables set per medium. */
export const BASE_CSS = `
.clausule-doc { counter-reset: none; }
.doc-header { margin-bottom: 1.5em; }
.doc-title { font-size: 1.6em; margin: 0 0 .2em; }
.doc-meta { margin: 0; color: var(--c-muted); }
.block { display: grid; grid-template-columns: minmax(0, 1fr); }
.block > .content { min-width: 0; }
.block p { margin: .25em 0; }
.part-heading { font-size: 1.35em; margin: 1.4em 0 .4em; }
.article-heading { font-size: 1.15em; margin: 1.2em 0 .3em; }
h2.article-heading, h3.article-heading { break-after: avoid; page-break-after: avoid; }
.block.clause > .content, .block.item > .content { display: grid; grid-template-columns: 3.2em minmax(0, 1fr); column-gap: .4em; }
.block.item > .content { grid-template-columns: 1.8em minmax(0, 1fr); }
.block.indent-1 > .content { margin-left: 3.6em; }
.block.indent-2 > .content { margin-left: 5.6em; }
.block.indent-3 > .content { margin-left: 7.4em; }
.num { font-variant-numeric: tabular-nums; }
.block.clause > .content > .num, .block.item > .content > .num { padding-top: .25em; }
.block.clause .num, .block.item .num { color: var(--c-muted); }
.body { min-width: 0; }
dfn.term-def { font-style: normal; font-weight: 600; }
a { color: var(--c-link); }
a.term { color: inherit; text-decoration: underline dotted; text-underline-offset: .15em; }
a.xref { text-decoration: underline; }
a.law { text-decoration: underline dotted; }
:target { background: var(--c-target); }
.toc ol { list-style: none; padding-left: 0; }
.toc li.toc-article { padding-left: 1em; }
.toc li.toc-part { font-weight: 600; margin-top: .4em; }
`;

export const PUBLISH_CSS = `
:root { --c-fg: #1b1b1b; --c-bg: #ffffff; --c-muted: #5a5a5a; --c-link: #0b5394; --c-target: #fff3bf; }
html { background: var(--c-bg); color: var(--c-fg); }
body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; max-width: 46em; margin: 2em auto; padding: 0 1.2em; }
.toc { border-top: 1px solid #ddd; border-bottom: 1px solid #ddd; padding: .5em 0 1em; margin-bottom: 1.5em; }
.toc h2 { font-size: 1.1em; }
footer.generator { margin-top: 3em; font-size: .8em; color: var(--c-muted); }
@media (prefers-color-scheme: dark) {
  :root { --c-fg: #e6e6e6; --c-bg: #1e1e1e; --c-muted: #a0a0a0; --c-link: #8ab4f8; --c-target: #4a4120; }
}
@media print {
  :root { --c-fg: #000; --c-bg: #fff; --c-muted: #333; --c-link: #000; --c-target: transparent; }
  @page { size: A4; margin: 2cm 2cm 2.2cm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  a { text-decoration: none; }
  .toc { break-after: page; page-break-after: always; border: 0; }
  .block.clause, .block.item { break-inside: avoid; page-break-inside: avoid; }
  .part-heading, .article-heading { break-after: avoid; page-break-after: avoid; }
  footer.generator { display: none; }
}
`;

/** One self-contained HTML file: embedded CSS, anchors per article and clause, no scripts. */
export function renderStandaloneHtml(doc: ExportDocument): string {
  const title = doc.title ?? (doc.lang === 'nl' ? 'Algemene voorwaarden' : 'Terms and conditions');
  return (
    `<!DOCTYPE html>\n<html lang="${doc.lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="Clausule">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${BASE_CSS}${PUBLISH_CSS}</style>\n</head>\n<body>\n` +
    renderHtmlBody(doc, 'publish') +
    `\n<footer class="generator">${T.generator[doc.lang]}</footer>\n</body>\n</html>\n`
  );
}
