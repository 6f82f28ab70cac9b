// Real-editor check of "Clausule: Voorbeeld": the packaged clausule.vsix in code-server, driven in Chromium
// (the tools and helpers of test/e2e). Opens a draft, presses the preview button in the editor title,
// and checks inside the webview: the rendered articles, a finding in the margin, a cross-reference that
// puts the editor's cursor on its clause, and an update after typing. No console CSP violations allowed.
// Usage (after test/e2e/setup.sh and `npm run package`): node test/export/preview-e2e.js [--shots DIR]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const lib = require('../e2e/lib');

const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const RUN = path.join(lib.WORK, 'run-preview');
const SHOTS = path.resolve(arg('--shots', path.join(lib.WORK, 'shots')));
const VSIX = path.resolve(arg('--vsix', path.join(lib.ROOT, 'clausule.vsix')));

(async () => {
  fs.rmSync(RUN, { recursive: true, force: true });
  fs.mkdirSync(path.join(RUN, 'tmp'), { recursive: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  const ws = path.join(RUN, 'workspace');
  fs.mkdirSync(ws, { recursive: true });
  const draft = fs.readFileSync(path.join(lib.ROOT, 'test/fixtures/export/webwinkel-diensten.av.md'), 'utf8');
  // One deliberate finding (number and word disagree) so the margin has something to show.
  fs.writeFileSync(path.join(ws, 'voorwaarden.av.md'), draft.replace('binnen dertig (30) dagen na de factuurdatum', 'binnen dertig (14) dagen na de factuurdatum'));
  const extensionsDir = path.join(RUN, 'extensions');
  lib.installVsix(VSIX, RUN, extensionsDir);
  const cs = await lib.startCodeServer({ runDir: RUN, extensionsDir, userSettings: { 'workbench.activityBar.location': 'top', 'breadcrumbs.enabled': false, 'window.commandCenter': false } });
  let ctx;
  let failed = false;
  const consoleLines = [];
  try {
    ctx = await lib.launchChromium(RUN, { width: 1280, height: 720 });
    const page = ctx.pages()[0] || (await ctx.newPage());
    page.setDefaultTimeout(45_000);
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    await page.goto(`${cs.url}/?folder=${encodeURIComponent(ws)}`, { waitUntil: 'domcontentloaded' });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'voorwaarden.av.md' }).click();
    await page.locator('.tab.active', { hasText: 'voorwaarden.av.md' }).waitFor();
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: 90_000 });
    lib.log('draft open, diagnostics shown');

    await page.locator('.editor-actions [aria-label="Clausule: Voorbeeld"]').first().click();
    const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await view.locator('#art-5 h2', { hasText: 'Aansprakelijkheid' }).waitFor();
    await view.locator('.finding.sev-error', { hasText: 'getal-woord' }).waitFor();
    await view.locator('a.law[href^="https://wetten.overheid.nl/"]').first().waitFor();
    lib.log('preview rendered: articles, finding in the margin, statute link');
    await page.screenshot({ path: path.join(SHOTS, 'preview.png') });

    await view.locator('a.xref', { hasText: 'artikel 5.2' }).click();
    await page.locator('#status\\.editor\\.selection', { hasText: /Ln 33,/ }).waitFor();
    lib.log('cross-reference click revealed 5.2 (line 33) in the editor');

    // Focus the editor through its tab: clicking into the text could scroll the workbench's DOM.
    await page.locator('.tab', { hasText: 'voorwaarden.av.md' }).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.type(' (gewijzigd)');
    await view.locator('.doc-title', { hasText: '(gewijzigd)' }).waitFor();
    lib.log('preview followed an edit');
    // Export to Word through the command palette; code-server's save dialog is a quick input that
    // proposes voorwaarden.docx beside the draft.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Clausule: Exporteren naar Word');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Exporteren naar Word' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const i = document.querySelector('.quick-input-widget input');
      return i && /voorwaarden\.docx$/.test(i.value);
    });
    await page.keyboard.press('Enter');
    const docx = path.join(ws, 'voorwaarden.docx');
    for (let t = Date.now(); !fs.existsSync(docx) || fs.statSync(docx).size === 0; ) {
      if (Date.now() - t > 30_000) throw new Error('voorwaarden.docx was not written');
      await new Promise((r) => setTimeout(r, 200));
    }
    if (fs.readFileSync(docx).subarray(0, 2).toString('latin1') !== 'PK') throw new Error('voorwaarden.docx is not a zip package');
    await page.locator('.notifications-toasts', { hasText: 'voorwaarden.docx' }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'export-docx.png') });
    lib.log('exported voorwaarden.docx beside the draft');
    const csp = consoleLines.filter((l) => /Content Security Policy|Refused to/i.test(l));
    if (csp.length) throw new Error(`CSP violations in the console:\n${csp.join('\n')}`);
    console.log('preview e2e: PASS');
  } catch (e) {
    failed = true;
    console.error('preview e2e: FAIL', e && e.message);
    try {
      await ctx?.pages()[0]?.screenshot({ path: path.join(RUN, 'failure.png') });
    } catch {}
  } finally {
    fs.writeFileSync(path.join(RUN, 'browser-console.log'), consoleLines.join('\n'));
    await ctx?.close().catch(() => {});
    await cs.stop();
  }
  process.exit(failed ? 1 : 0);
})();
