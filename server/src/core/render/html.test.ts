import * as assert from 'node:assert/strict';
import { parseDocument } from '../model/parse';
import type { Finding } from '../types';
import { buildExportDocument } from './exportModel';
import { escapeHtml, renderHtmlBody, renderStandaloneHtml } from './html';

const DRAFT = [
  '# Voorwaarden <Proef> & Co',
  '',
  '## Artikel 1 – Begrippen',
  '1.1 **Klant**: de wederpartij.',
  '',
  '## Artikel 2 – Uitvoering',
  '2.1 Klant werkt mee. <script>alert(1)</script> zie https://evil.example/x en <img src="http://evil.example/a.png">',
  '2.2 Zie artikel 2.1 en artikel 7:404 BW.',
  '',
].join('\n');

const URL_404 = 'https://wetten.overheid.nl/BWBR0005290/2023-07-01/0/Boek7/Titeldeel7/Afdeling1/Artikel404';
const doc = () => buildExportDocument(parseDocument(DRAFT), { citationUrl: (k) => (k === '7:404' ? URL_404 : undefined) });

/** Every URL that a browser would load or navigate to: href/src attributes and url(...) in CSS. */
function urls(html: string): string[] {
  return [...html.matchAll(/\b(?:href|src)="([^"]*)"|url\(([^)]*)\)/g)].map((m) => m[1] ?? m[2]);
}

describe('render/html', () => {
  it('escapes everything that comes from the draft', () => {
    const html = renderHtmlBody(doc(), 'preview');
    assert.doesNotMatch(html, /<script|<img/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /Voorwaarden &lt;Proef&gt; &amp; Co/);
    assert.equal(escapeHtml(`<a href="x">'&`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });

  it('links only to anchors in the page and to wetten.overheid.nl', () => {
    for (const mode of ['preview', 'publish'] as const) {
      const html = mode === 'preview' ? renderHtmlBody(doc(), mode) : renderStandaloneHtml(doc());
      const found = urls(html);
      assert.ok(found.length > 0);
      for (const u of found) assert.ok(u.startsWith('#') || u.startsWith('https://wetten.overheid.nl/'), `unexpected URL ${u} (${mode})`);
      assert.ok(found.includes(URL_404), 'the citation is linked');
    }
  });

  it('every in-page link points at an element that exists', () => {
    const html = renderStandaloneHtml(doc());
    const ids = new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
    const targets = urls(html).filter((u) => u.startsWith('#'));
    assert.ok(targets.includes('#art-2-1'), 'the cross-reference to 2.1');
    assert.ok(targets.includes('#def-klant'), 'the use of Klant');
    for (const t of targets) assert.ok(ids.has(t.slice(1)), `dangling link ${t}`);
  });

  it('publishes a standalone page: anchors per article, a table of contents, print CSS, no scripts', () => {
    const html = renderStandaloneHtml(doc());
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<meta charset="utf-8">/);
    assert.match(html, /<title>Voorwaarden &lt;Proef&gt; &amp; Co<\/title>/);
    assert.match(html, /<h2 class="article-heading"><span class="num">Artikel 1<\/span> Begrippen<\/h2>/);
    assert.match(html, /id="art-1"/);
    assert.match(html, /id="art-2"/);
    assert.match(html, /<nav class="toc"[^>]*>.*<a href="#art-2">Artikel 2 Uitvoering<\/a>/s);
    assert.match(html, /@media print/);
    assert.match(html, /@page/);
    assert.doesNotMatch(html, /<script/);
    assert.doesNotMatch(html, /data-offset|data-line/, 'editor bookkeeping stays out of publications');
  });

  it('shows findings in the margin of the preview only', () => {
    const model = parseDocument(DRAFT);
    const at = DRAFT.indexOf('werkt mee');
    const f: Finding = { ruleId: 'vage-norm', severity: 'warning', span: { start: at, end: at + 4 }, message: { nl: 'Maak <dit> concreet', en: 'Be concrete' } };
    const d = buildExportDocument(model, { findings: [f] });
    const preview = renderHtmlBody(d, 'preview');
    assert.match(preview, /<aside class="margin"><div class="finding sev-warning" data-offset="\d+" data-line="6"[^>]*><span class="rule">vage-norm<\/span> Maak &lt;dit&gt; concreet<\/div><\/aside>/);
    assert.doesNotMatch(renderHtmlBody(d, 'publish'), /class="finding/);
  });

  it('shows a defined term\'s definition on its uses', () => {
    const html = renderHtmlBody(doc(), 'publish');
    assert.match(html, /<a class="term" href="#def-klant" title="Klant: de wederpartij\.">Klant<\/a> werkt mee/);
  });

  it('carries source lines and offsets in the preview for scroll sync and reveal', () => {
    const html = renderHtmlBody(doc(), 'preview');
    assert.match(html, /id="art-2-2" data-line="7"/);
    assert.match(html, /<a class="xref" href="#art-2-1" data-offset="\d+">artikel 2\.1<\/a>/);
  });
});
