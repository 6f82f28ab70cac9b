// Browser smoke test: the packaged clausule.vsix installed into code-server, driven in Debian's Chromium
// through playwright-core as a user would: open a draft, see the squiggles and the Problems panel, hover
// a BW citation, insert a clause from the library (and Tab through its placeholders without a suggestion
// list in the way), look at the outline, open a rule's page from the Problems panel, set the draft's
// audience and language from the status bar, open a Word document from the explorer.
// Every step waits for a selector; the one fixed wait gives a suggestion list that must not open the time
// to do so. Screenshots go to --shots DIR (default
// test/e2e/work/shots); `npm run screenshots` points it at images/screenshots/ for the README.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const lib = require('./lib');

const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const SHOTS = path.resolve(arg('--shots', path.join(lib.WORK, 'shots')));
const RUN = path.join(lib.WORK, 'run-ui');
fs.rmSync(RUN, { recursive: true, force: true });
fs.mkdirSync(path.join(RUN, 'tmp'), { recursive: true });
fs.mkdirSync(SHOTS, { recursive: true });
process.env.TMPDIR = path.join(RUN, 'tmp');

const timings = {};
let page;

async function step(name, fn) {
  const t = Date.now();
  try {
    await fn();
  } catch (e) {
    e.message = `${name}: ${e.message.split('\n')[0]}`;
    throw e;
  }
  timings[name] = Date.now() - t;
  lib.log(`ok  ${name} (${timings[name]} ms)`);
}

/** A screenshot of the workbench without the activity bar noise; small PNGs for the README. */
async function shot(name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), clip: { x: 0, y: 0, width: 1100, height: 640 }, animations: 'disabled' });
}

/** 1-based line and column of `needle` (+ delta) in a fixture draft. */
function positionIn(file, needle, delta = 0) {
  const text = fs.readFileSync(path.join(lib.WORKSPACE_FIXTURE, file), 'utf8');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in ${file}`);
  const before = text.slice(0, at + delta).split('\n');
  return [before.length, before[before.length - 1].length + 1];
}

/** Waits until some frame (a webview's frames included) shows `text`; webviews are nested iframes. */
async function textInSomeFrame(text, ms = 45_000) {
  const end = Date.now() + ms;
  for (;;) {
    for (const f of page.frames()) {
      const body = await f.evaluate(() => (document.body ? document.body.innerText : '')).catch(() => '');
      if (body.includes(text)) return;
    }
    if (Date.now() > end) throw new Error(`no frame shows ${JSON.stringify(text)}`);
    await page.waitForTimeout(200);
  }
}

async function command(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

(async () => {
  const ws = lib.freshWorkspace(path.join(RUN, 'workspace'));
  const extensionsDir = path.join(RUN, 'extensions');
  lib.installVsix(path.join(lib.ROOT, 'clausule.vsix'), RUN, extensionsDir);
  const cs = await lib.startCodeServer({
    runDir: RUN,
    extensionsDir,
    userSettings: { 'clausule.language': 'nl', 'editor.wordWrap': 'on', 'workbench.activityBar.location': 'top', 'breadcrumbs.enabled': false, 'workbench.layoutControl.enabled': false, 'window.commandCenter': false },
  });
  let ctx;
  let failed = false;
  try {
    ctx = await lib.launchChromium(RUN, { width: 1100, height: 640 });
    page = ctx.pages()[0] || (await ctx.newPage());
    page.setDefaultTimeout(45_000);
    const consoleLog = fs.createWriteStream(path.join(RUN, 'browser-console.log'));
    page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
    const tLoad = Date.now();

    await step('workbench', async () => {
      await page.goto(`${cs.url}/?folder=${encodeURIComponent(ws)}`, { waitUntil: 'domcontentloaded' });
      await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'gebreken.av' }).waitFor();
    });

    await step('open draft', async () => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'gebreken.av' }).click();
      await page.locator('.tab.active', { hasText: 'gebreken.av' }).waitFor();
      await page.locator('#status\\.editor\\.mode', { hasText: 'Algemene voorwaarden' }).waitFor();
    });

    await step('diagnostics', async () => {
      await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: 90_000 });
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached' });
      timings.pageLoadToDiagnosticMs = Date.now() - tLoad;
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-tl-row');
      await rows.filter({ hasText: 'getal-woord' }).first().waitFor();
      await rows.filter({ hasText: 'spelling' }).first().waitFor();
      await shot('diagnostics');
    });

    await step('hover on a BW citation', async () => {
      await page.keyboard.press('Control+Shift+M'); // toggles the Problems panel closed
      await page.locator('.markers-panel').waitFor({ state: 'hidden' });
      await page.locator('.monaco-editor .view-lines').first().click();
      // Put the cursor inside the citation (Go to Line accepts line:column) and show the hover there,
      // which does not depend on how the grammar splits the line into tokens.
      const [line, column] = positionIn('gebreken.av', 'artikel 7:408 lid 1 BW', 10);
      await page.keyboard.press('Control+G');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(`:${line}:${column}`);
      await page.keyboard.press('Enter');
      await input.waitFor({ state: 'hidden' });
      await page.locator('#status\\.editor\\.selection', { hasText: `Ln ${line}, Col ${column}` }).waitFor();
      await command('Show or Focus Hover');
      await page.locator('.monaco-hover:visible', { hasText: 'De opdrachtgever kan te allen tijde de overeenkomst opzeggen' }).first().waitFor();
      await shot('hover-bw');
      await page.keyboard.press('Escape');
    });

    await step('outline', async () => {
      // Give the outline the whole side bar: fold the folder view away, then show articles only.
      await page.locator('.pane-header', { hasText: 'Workspace' }).first().click();
      await command('Explorer: Focus on Outline View');
      const outline = page.locator('.outline-pane .monaco-list-row');
      await outline.first().waitFor();
      await page.locator('.pane-header', { hasText: 'Outline' }).hover();
      await page.locator('.pane-header', { hasText: 'Outline' }).locator('.action-label[aria-label^="Collapse All"]').click();
      const art3 = outline.filter({ hasText: 'Artikel 3 – Betaling' }).first();
      await outline.filter({ hasText: 'Artikel 7 – Toepasselijk recht en geschillen' }).first().waitFor();
      await art3.locator('.monaco-tl-twistie').click();
      await outline.filter({ hasText: '3.2' }).first().waitFor();
      await shot('outline');
      await page.locator('.pane-header', { hasText: 'Outline' }).click();
      await page.locator('.pane-header', { hasText: 'Workspace' }).first().click();
    });

    await step('snippet completion', async () => {
      await page.keyboard.press('Escape');
      await command('View: Toggle Primary Side Bar Visibility'); // room for the suggestion details
      await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('av-aansprak');
      const row = page.locator('.suggest-widget .monaco-list-row', { hasText: 'av-aansprakelijkheid-b2b' }).first();
      await row.waitFor();
      // Ctrl+Space on an open list shows the details: the description and the text of the clause.
      await page.keyboard.press('Control+Space');
      await page.locator('.suggest-details', { hasText: 'opzet of bewuste roekeloosheid' }).first().waitFor();
      await shot('snippet-completion');
      await row.click();
      await page.locator('.view-lines .view-line', { hasText: 'Directe schade is uitsluitend' }).first().waitFor();
    });

    await step('prose defaults: typing in a placeholder pops nothing up, Tab goes to the next one', async () => {
      // The clause's first placeholder is selected. A defined term typed there is prose: with quick
      // suggestions off (as in Markdown) no list opens, so Tab leaves the placeholder for the next one.
      const selection = page.locator('#status\\.editor\\.selection');
      await selection.filter({ hasText: 'selected' }).waitFor();
      await page.keyboard.type('Opdrachtgever', { delay: 20 });
      await selection.filter({ hasNotText: 'selected' }).waitFor();
      // Quick suggestions would open within their 10 ms delay plus the server's answer; allow far more.
      await page.waitForTimeout(1000);
      if (await page.locator('.suggest-widget.visible').count()) throw new Error('a suggestion list opened while typing prose');
      const [, typedAt] = /Col (\d+)/.exec(await selection.innerText());
      await page.keyboard.press('Tab');
      const next = selection.filter({ hasText: 'selected' });
      await next.waitFor();
      if (/Col (\d+)/.exec(await next.innerText())[1] === typedAt) throw new Error('Tab did not move to the next placeholder');
      await page.keyboard.press('Escape');
    });

    await step('rule documentation from the Problems panel', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-tl-row', { hasText: 'getal-woord' }).first();
      await row.waitFor();
      // The rule's code link: it opens the rule's page rendered beside the draft, not its Markdown source.
      await row.locator('a.monaco-link', { hasText: 'getal-woord' }).first().click();
      await page.locator('.tab', { hasText: 'getal-woord.md' }).first().waitFor();
      await textInSomeFrame('Wat het vindt');
      await shot('rule-doc');
      // The preview opened beside the draft without taking the focus: close its tab by its own button.
      const tab = page.locator('.tab', { hasText: 'getal-woord.md' }).first();
      await tab.hover();
      await tab.locator('.tab-actions .action-label').first().click();
      await page.locator('.tab', { hasText: 'getal-woord.md' }).waitFor({ state: 'detached' });
      await command('View: Hide Panel');
    });

    await step('status bar: audience of this draft', async () => {
      // The draft declares b2b; the item shows that and the kind of document, not problem counts.
      const item = page.locator('.statusbar-item', { hasText: /b2b · voorwaarden/ }).first();
      await item.waitFor();
      await item.click();
      const b2c = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Consumenten (b2c)' }).first();
      await b2c.waitFor();
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'English' }).first().waitFor(); // the rows below it (problems, settings) are scrolled out of a short window
      await shot('status-menu');
      await b2c.click();
      await page.locator('.statusbar-item', { hasText: /b2c · voorwaarden/ }).first().waitFor();
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+Home');
      await page.locator('.view-lines .view-line', { hasText: 'clausule: doelgroep=b2c' }).first().waitFor();
    });

    await step('status bar: language of this draft', async () => {
      // English for this draft only: the menu writes its language comment, and the item follows it.
      await page.locator('.statusbar-item', { hasText: /b2c · voorwaarden/ }).first().click();
      const english = page.locator('.quick-input-list .monaco-list-row', { hasText: 'English' }).first();
      await english.waitFor();
      await english.click();
      await page.locator('.statusbar-item', { hasText: /b2c · terms/ }).first().waitFor();
      await page.locator('.view-lines .view-line', { hasText: 'clausule: taal=en' }).first().waitFor();
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-tl-row', { hasText: /state different numbers/ }).first().waitFor();
      await command('View: Hide Panel');
    });

    await step('Word document from the explorer (#20)', async () => {
      await command('View: Show Explorer');
      const docx = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'artikelen.docx' }).first();
      await docx.waitFor();
      await docx.click({ button: 'right' });
      // The title follows VS Code's display language (English here): package.nls.json.
      // Hover and Enter rather than a click: the menu ignores a mouse-up that comes too soon after it opened.
      const entry = page.locator('.monaco-menu .action-item', { hasText: /Open a Word document as a draft|Word-document openen als concept/ }).first();
      await entry.hover();
      await page.locator('.monaco-menu .action-item.focused', { hasText: /Open a Word document as a draft|Word-document openen als concept/ }).waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: 'artikelen.av.md' }).waitFor();
      await page.locator('.view-lines .view-line', { hasText: 'Artikel 2 Levering' }).first().waitFor();
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached' });
      await shot('word-import');
    });

    lib.log('UI smoke passed', JSON.stringify(timings));
  } catch (e) {
    failed = true;
    console.error(`UI smoke FAILED at ${e.message}`);
    if (page) await page.screenshot({ path: path.join(RUN, 'failure.png') }).catch(() => {});
    console.error(`  screenshot: ${path.join(RUN, 'failure.png')}; logs: ${RUN}/code-server.log, browser-console.log`);
  } finally {
    if (ctx) await ctx.close().catch(() => {});
    await cs.stop();
  }
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.error(`UI smoke driver error: ${e.stack || e.message}`);
  process.exit(1);
});
