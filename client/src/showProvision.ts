// "Clausule: Toon wetsartikel": shows a provision's official text, explanation and drafting note in a
// read-only virtual Markdown document (scheme clausule-wet). The server renders it (clausule/provision);
// the key comes from the command's argument, else the citation under the cursor, else a quick pick.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { draftLanguage } from './language';
import { PROVISION_SCHEME, provisionUri } from '../../server/src/lsp/provisionUri';

export const SHOW_PROVISION = 'clausule.toonWetsartikel';
const SCHEME = PROVISION_SCHEME;

interface ProvisionResult {
  key: string;
  title: string;
  markdown: string;
}

const lang = draftLanguage;

export function registerShowProvision(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  const onChange = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: onChange.event,
    async provideTextDocumentContent(uri) {
      const q = new URLSearchParams(uri.query);
      const client = getClient();
      if (!client) return '';
      const r = await client.sendRequest<ProvisionResult | null>('clausule/provision', { key: q.get('key') ?? '', lang: q.get('lang') ?? lang() });
      return r?.markdown ?? '';
    },
  };

  const open = async (key: string) => {
    const l = lang();
    // Rendered, read-only, beside the draft (the raw Markdown is what go to definition shows).
    await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.parse(provisionUri(key, l)));
  };

  const command = async (arg?: unknown) => {
    const client = getClient();
    const nl = lang() === 'nl';
    if (!client) {
      void vscode.window.showWarningMessage(nl ? 'De Clausule-server draait niet.' : 'The Clausule server is not running.');
      return;
    }
    try {
      if (typeof arg === 'string' && arg.trim()) {
        await open(arg.trim());
        return;
      }
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.uri.scheme !== SCHEME) {
        const here = await client.sendRequest<ProvisionResult | null>('clausule/provision', {
          textDocument: { uri: editor.document.uri.toString() },
          position: editor.selection.active,
          lang: lang(),
        });
        if (here) {
          await open(here.key);
          return;
        }
      }
      const list = await client.sendRequest<Array<{ key: string; title: string }>>('clausule/provisions', { lang: lang() });
      const picked = await vscode.window.showQuickPick(
        list.map((p) => ({ label: p.key, description: p.title })),
        { placeHolder: nl ? 'Kies een wetsartikel' : 'Pick a statutory provision', matchOnDescription: true },
      );
      if (picked) await open(picked.label);
    } catch (e) {
      void vscode.window.showErrorMessage(`Clausule: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  context.subscriptions.push(
    onChange,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.commands.registerCommand(SHOW_PROVISION, command),
  );
}
