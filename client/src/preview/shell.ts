// The preview webview's page: strict CSP, theme colours from VS Code's CSS variables, one nonce'd script.
// The document itself arrives later as an escaped HTML fragment from the server (clausule/preview) and is
// swapped in by the script, so scrolling position and focus survive each update. No VS Code import here:
// this file is unit-tested in plain Node.
import { BASE_CSS } from '../../../server/src/core/render/html';

export interface ShellOptions {
  nonce: string;
  /** webview.cspSource */
  cspSource: string;
  lang: 'nl' | 'en';
  title: string;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);

export function makeNonce(random: () => number = Math.random): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars[Math.floor(random() * chars.length)];
  return s;
}

export const PREVIEW_CSS = `
:root { --c-muted: var(--vscode-descriptionForeground); --c-link: var(--vscode-textLink-foreground); --c-target: var(--vscode-editor-findMatchHighlightBackground); }
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); line-height: 1.5; padding: 0 1em 40vh; }
#doc { max-width: 62em; }
.block { grid-template-columns: minmax(0, 1fr) 17em; column-gap: 1em; }
.block > .margin { grid-column: 2; font-size: .85em; }
.finding { border-left: 3px solid var(--c-muted); padding: .15em .5em; margin: .2em 0; cursor: pointer; background: var(--vscode-editorWidget-background); }
.finding .rule { font-family: var(--vscode-editor-font-family); opacity: .8; }
.finding.sev-error { border-color: var(--vscode-editorError-foreground); }
.finding.sev-warning { border-color: var(--vscode-editorWarning-foreground); }
.finding.sev-information, .finding.sev-hint { border-color: var(--vscode-editorInfo-foreground); }
a.law::after { content: " \\2197"; font-size: .8em; }
.block.current > .content { box-shadow: -3px 0 0 var(--vscode-editorCursor-foreground); }
.flash { animation: flash 1.2s ease-out; }
@keyframes flash { from { background: var(--vscode-editor-findMatchHighlightBackground); } to { background: transparent; } }
.empty { color: var(--c-muted); font-style: italic; }
@media (max-width: 44em) { .block { grid-template-columns: minmax(0, 1fr); } .block > .margin { grid-column: 1; } }
`;

// Runs in the webview. Links never navigate the webview itself: a reference scrolls the preview and asks
// the extension to reveal the clause; a statute link asks the extension to open it in the browser.
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('doc');
  let lastLine = 0;
  let blocks = [];
  function index() { blocks = Array.from(root.querySelectorAll('[data-line]')).filter((e) => e.classList.contains('block')); }
  function blockAt(line) {
    let lo = 0, hi = blocks.length - 1, best = blocks[0];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (Number(blocks[mid].dataset.line) <= line) { best = blocks[mid]; lo = mid + 1; } else hi = mid - 1;
    }
    return best;
  }
  function scrollToLine(line) {
    lastLine = line;
    // Above the first block (the title, the preamble): the top of the page.
    if (!blocks.length || line < Number(blocks[0].dataset.line)) { window.scrollTo({ top: 0 }); return; }
    const b = blockAt(line);
    if (!b) return;
    window.scrollTo({ top: Math.max(0, b.getBoundingClientRect().top + window.scrollY - 8) });
  }
  function markCurrent(line) {
    for (const c of root.querySelectorAll('.block.current')) c.classList.remove('current');
    const b = blockAt(line);
    if (b) b.classList.add('current');
  }
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'update' && typeof m.html === 'string') {
      const y = window.scrollY;
      root.innerHTML = m.html || '<p class="empty">' + root.dataset.empty + '</p>';
      index();
      window.scrollTo({ top: y });
      if (typeof m.line === 'number') scrollToLine(m.line);
    } else if (m.type === 'scroll' && typeof m.line === 'number') {
      scrollToLine(m.line);
    } else if (m.type === 'cursor' && typeof m.line === 'number') {
      markCurrent(m.line);
    }
  });
  function reveal(el, fallback) {
    const off = el && el.dataset.offset !== undefined ? Number(el.dataset.offset) : fallback;
    if (typeof off === 'number' && !Number.isNaN(off)) vscode.postMessage({ type: 'reveal', offset: off });
  }
  document.addEventListener('click', (e) => {
    const finding = e.target.closest && e.target.closest('.finding');
    if (finding) { reveal(finding); return; }
    const a = e.target.closest && e.target.closest('a');
    if (!a) return;
    e.preventDefault();
    const href = a.getAttribute('href') || '';
    if (a.classList.contains('law')) { vscode.postMessage({ type: 'openLaw', url: href }); return; }
    if (href.startsWith('#')) {
      const target = document.getElementById(decodeURIComponent(href.slice(1)));
      if (!target) return;
      target.scrollIntoView({ block: 'start' });
      target.classList.remove('flash'); void target.offsetWidth; target.classList.add('flash');
      const block = target.closest('.block');
      reveal(a.classList.contains('xref') ? a : block);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target.classList && e.target.classList.contains('finding')) reveal(e.target);
  });
  index();
  vscode.postMessage({ type: 'ready' });
})();
`;

export function renderShell(o: ShellOptions): string {
  // The CSP is written unescaped (its quotes must stay quotes); a source can never close the attribute.
  const source = o.cspSource.replace(/["<>'\s]/g, '');
  const csp = [
    "default-src 'none'",
    `style-src ${source} 'nonce-${o.nonce}'`,
    `script-src 'nonce-${o.nonce}'`,
    `img-src ${source} data:`,
    `font-src ${source}`,
  ].join('; ');
  const empty = o.lang === 'nl' ? 'Het concept wordt geladen…' : 'Loading the draft…';
  return `<!DOCTYPE html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)}</title>
<style nonce="${o.nonce}">${BASE_CSS}${PREVIEW_CSS}</style>
</head>
<body>
<div id="doc" data-empty="${esc(empty)}"><p class="empty">${esc(empty)}</p></div>
<script nonce="${o.nonce}">${SCRIPT}</script>
</body>
</html>`;
}
