// "Clausule: Wet bijwerken": the user picks an official BWB XML export of BW Boek 3, 6 or 7 that they
// downloaded from wetten.overheid.nl; the server checks and keeps it (clausule/lawImport), and is then
// restarted so that every analysis uses the new version. Nothing is downloaded.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from './language';

export const UPDATE_LAW = 'clausule.wetBijwerken';

export function registerUpdateLaw(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(UPDATE_LAW, async () => {
      const c = client();
      if (!c) return;
      const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        filters: { 'BWB XML (wetten.overheid.nl)': ['xml'] },
        openLabel: t('Inlezen', 'Import'),
      });
      if (!picked?.[0]) return;
      const r = await c.sendRequest<{ ok: boolean; message: string }>('clausule/lawImport', { path: picked[0].fsPath });
      if (!r.ok) {
        void vscode.window.showErrorMessage(r.message);
        return;
      }
      void vscode.window.showInformationMessage(r.message);
      await vscode.commands.executeCommand('clausule.restartServer');
    }),
  );
}
