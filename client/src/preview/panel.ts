// "Clausule: Voorbeeld": a webview beside the draft, rendered by the server from its analysis
// (clausule/preview), refreshed as the user types and scrolled along with the editor.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { makeNonce, renderShell } from './shell';
import { draftLanguage } from '../language';

interface PreviewResult {
  uri: string;
  version: number;
  html: string;
  title?: string;
  lineCount: number;
}

const UPDATE_DELAY_MS = 300;
const LAW_URL = /^https:\/\/wetten\.overheid\.nl\/[A-Za-z0-9/._:&=?-]*$/;

class Preview {
  private timer: NodeJS.Timeout | undefined;
  private ready = false;
  private first = true;
  private disposables: vscode.Disposable[] = [];
  private requestSeq = 0;

  constructor(
    readonly document: vscode.TextDocument,
    readonly panel: vscode.WebviewPanel,
    private readonly client: () => LanguageClient | undefined,
    private readonly onDispose: () => void,
  ) {
    const name = path.basename(document.uri.path);
    panel.webview.html = renderShell({ nonce: makeNonce(), cspSource: panel.webview.cspSource, lang: draftLanguage(document), title: name });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m) => this.onMessage(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document === this.document && e.visibleRanges.length) void this.post({ type: 'scroll', line: e.visibleRanges[0].start.line });
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document) void this.post({ type: 'cursor', line: e.selections[0].active.line });
      }),
    );
    this.schedule(0);
  }

  /** How long the last render took: a large draft is re-rendered less often, so typing stays fluent. */
  private lastDuration = 0;

  schedule(delay = Math.max(UPDATE_DELAY_MS, 2 * this.lastDuration)) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update() {
    this.timer = undefined;
    const c = this.client();
    if (!c || !c.isRunning()) {
      this.schedule(1000); // the server is (re)starting
      return;
    }
    const seq = ++this.requestSeq;
    try {
      const started = Date.now();
      const result = await c.sendRequest<PreviewResult | null>('clausule/preview', { uri: this.document.uri.toString() });
      this.lastDuration = Date.now() - started;
      if (!result || seq !== this.requestSeq) return; // a newer update is on its way
      this.panel.title = `${draftLanguage(this.document) === 'nl' ? 'Voorbeeld' : 'Preview'}: ${result.title ?? path.basename(this.document.uri.path)}`;
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
      // Until the page says it is ready a message would be lost; its "ready" asks for a new update.
      if (this.ready) await this.post({ type: 'update', html: result.html, line: this.first ? editor?.visibleRanges[0]?.start.line : undefined });
      this.first = false;
    } catch (e) {
      if (seq === this.requestSeq) c.warn?.(`clausule/preview failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private post(message: unknown): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  private async onMessage(m: unknown) {
    if (!m || typeof m !== 'object') return;
    const msg = m as { type?: string; offset?: unknown; url?: unknown };
    if (msg.type === 'ready') {
      // Also sent again when a hidden panel is shown and its page is rebuilt.
      this.ready = true;
      this.first = true;
      this.schedule(0);
    } else if (msg.type === 'reveal' && typeof msg.offset === 'number' && Number.isFinite(msg.offset)) {
      const offset = Math.max(0, Math.min(msg.offset, this.document.getText().length));
      const pos = this.document.positionAt(offset);
      const shown = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
      const editor = await vscode.window.showTextDocument(this.document, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
      editor.selection = new vscode.Selection(pos, pos);
      editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } else if (msg.type === 'openLaw' && typeof msg.url === 'string' && LAW_URL.test(msg.url)) {
      // Only on the user's click, and only wetten.overheid.nl: nothing else leaves the machine.
      await vscode.env.openExternal(vscode.Uri.parse(msg.url, true));
    }
  }

  dispose() {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.onDispose();
  }
}

export function registerPreview(context: vscode.ExtensionContext, client: () => LanguageClient | undefined) {
  const previews = new Map<string, Preview>();

  const open = async (uri?: vscode.Uri) => {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage(draftLanguage() === 'nl' ? 'Open eerst een concept om het voorbeeld te tonen.' : 'Open a draft first to show its preview.');
      return;
    }
    const key = document.uri.toString();
    const existing = previews.get(key);
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      existing.schedule(0);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      'clausule.preview',
      `${draftLanguage(document) === 'nl' ? 'Voorbeeld' : 'Preview'}: ${path.basename(document.uri.path)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableCommandUris: false, localResourceRoots: [], retainContextWhenHidden: false },
    );
    previews.set(key, new Preview(document, panel, client, () => previews.delete(key)));
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('clausule.preview', (uri?: vscode.Uri) => open(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.workspace.onDidCloseTextDocument((d) => previews.get(d.uri.toString())?.panel.dispose()),
    { dispose: () => [...previews.values()].forEach((p) => p.panel.dispose()) },
  );
}
