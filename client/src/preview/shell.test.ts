import * as assert from 'node:assert/strict';
import * as vm from 'node:vm';
import { makeNonce, renderShell } from './shell';

const CSP_SOURCE = 'https://*.vscode-cdn.net';

describe('preview shell (webview page)', () => {
  const nonce = makeNonce();
  const html = renderShell({ nonce, cspSource: CSP_SOURCE, lang: 'nl', title: 'concept <1>.av.md' });
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';

  it('has a strict content security policy', () => {
    assert.ok(csp, 'CSP meta present');
    assert.match(csp, /^default-src 'none';/);
    assert.match(csp, new RegExp(`script-src 'nonce-${nonce}'(;|$)`));
    assert.ok(csp.includes(`style-src ${CSP_SOURCE} 'nonce-${nonce}'`), csp);
    assert.doesNotMatch(csp.split(CSP_SOURCE).join(''), /unsafe-inline|unsafe-eval|\*|https?:/);
  });

  it('gives its only script and style the nonce', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>/g)];
    const styles = [...html.matchAll(/<style([^>]*)>/g)];
    assert.equal(scripts.length, 1);
    assert.equal(styles.length, 1);
    assert.equal(scripts[0][1], ` nonce="${nonce}"`);
    assert.equal(styles[0][1], ` nonce="${nonce}"`);
    assert.doesNotMatch(html, /\sstyle="/, 'inline style attributes would be blocked by the CSP');
    assert.doesNotMatch(html, /\son[a-z]+="/, 'inline event handlers would be blocked by the CSP');
  });

  it('loads nothing remote and follows the VS Code theme', () => {
    const remote = [...html.matchAll(/https?:\/\/[^\s"')]+/g)].map((m) => m[0]).filter((u) => u !== CSP_SOURCE);
    assert.deepEqual(remote, []);
    assert.match(html, /var\(--vscode-editor-foreground\)/);
    assert.match(html, /var\(--vscode-editor-background\)/);
  });

  it('escapes the title', () => {
    assert.match(html, /<title>concept &lt;1&gt;\.av\.md<\/title>/);
  });

  it('makes a fresh 32-character nonce each time', () => {
    const a = makeNonce();
    assert.match(a, /^[A-Za-z0-9]{32}$/);
    assert.notEqual(a, makeNonce());
  });

  describe('its script', () => {
    const script = /<script nonce="[^"]+">([\s\S]*?)<\/script>/.exec(html)![1];
    function load() {
      const posted: any[] = [];
      const listeners: Record<string, (e: any) => void> = {};
      const root = { innerHTML: '', dataset: { empty: 'leeg' }, querySelectorAll: () => [] as unknown[] };
      const scrolled: number[] = [];
      vm.runInNewContext(script, {
        // Messages cross a realm: copy them into this one so deepEqual compares plain data.
        acquireVsCodeApi: () => ({ postMessage: (m: unknown) => posted.push(JSON.parse(JSON.stringify(m))) }),
        document: { getElementById: (id: string) => (id === 'doc' ? root : null), addEventListener: (t: string, f: (e: unknown) => void) => (listeners[`doc:${t}`] = f) },
        window: { addEventListener: (t: string, f: (e: unknown) => void) => (listeners[`win:${t}`] = f), scrollY: 0, scrollTo: (o: { top: number }) => scrolled.push(o.top) },
      });
      return { posted, listeners, root, scrolled };
    }
    const link = (cls: string, href: string) => {
      let prevented = false;
      const a = { getAttribute: () => href, classList: { contains: (c: string) => c === cls }, dataset: {} };
      const event = { target: { closest: (sel: string) => (sel === 'a' ? a : null) }, preventDefault: () => (prevented = true) };
      return { event, prevented: () => prevented };
    };

    it('compiles, and says it is ready', () => {
      const { posted } = load();
      assert.deepEqual(posted, [{ type: 'ready' }]);
    });

    it('swaps in the fragment the extension sends', () => {
      const { listeners, root } = load();
      listeners['win:message']({ data: { type: 'update', html: '<p>Artikel 1</p>' } });
      assert.equal(root.innerHTML, '<p>Artikel 1</p>');
      listeners['win:message']({ data: { type: 'update', html: 42 } });
      assert.equal(root.innerHTML, '<p>Artikel 1</p>', 'a malformed message changes nothing');
    });

    it('asks the extension to open a statute link instead of navigating itself', () => {
      const { posted, listeners } = load();
      const url = 'https://wetten.overheid.nl/BWBR0005290/2023-07-01/0/Boek7/Titeldeel7/Afdeling1/Artikel404';
      const l = link('law', url);
      listeners['doc:click'](l.event);
      assert.ok(l.prevented());
      assert.deepEqual(posted.slice(1), [{ type: 'openLaw', url }]);
    });

    it('prevents navigation on every other link too', () => {
      const { posted, listeners } = load();
      const l = link('other', 'https://example.invalid/');
      listeners['doc:click'](l.event);
      assert.ok(l.prevented());
      assert.deepEqual(posted.slice(1), []);
    });
  });
});
