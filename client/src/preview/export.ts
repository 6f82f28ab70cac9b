// "Clausule: Exporteren naar Word" / "… naar HTML": the server renders (clausule/export), the client asks
// where to save (the save dialog asks before replacing an existing file) and writes with workspace.fs.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from '../language';

interface ExportResult {
  format: 'docx' | 'html';
  data: string;
  warnings: string[];
  articleCount: number;
}


/** "concept.av.md" → "concept.docx" in the same folder. */
export function defaultTarget(source: vscode.Uri, format: 'docx' | 'html'): vscode.Uri {
  const base = source.path.split('/').pop() ?? 'voorwaarden';
  const stem = base.replace(/(\.(av|voorwaarden))?(\.(md|txt))?$/i, '').replace(/\.(av|voorwaarden)$/i, '') || 'voorwaarden';
  if (source.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, `${stem}.${format}`) : vscode.Uri.file(`${stem}.${format}`);
  }
  return vscode.Uri.joinPath(source, '..', `${stem}.${format}`);
}

async function exportAs(client: LanguageClient | undefined, format: 'docx' | 'html', uri?: vscode.Uri) {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage(t('Open eerst het concept dat u wilt exporteren.', 'Open the draft you want to export first.'));
    return;
  }
  // The draft's own language comment counts here too: the messages are about this draft.
  const tr = (dutch: string, english: string) => t(dutch, english, document);
  if (!client || !client.isRunning()) {
    void vscode.window.showWarningMessage(tr('De Clausule-server draait niet; exporteren kan nu niet.', 'The Clausule server is not running; cannot export now.'));
    return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(document.uri, format),
    filters: format === 'docx' ? { 'Word-document': ['docx'] } : { HTML: ['html', 'htm'] },
    title: format === 'docx' ? tr('Exporteren naar Word', 'Export to Word') : tr('Exporteren naar HTML', 'Export to HTML'),
    saveLabel: tr('Exporteren', 'Export'),
  });
  if (!target) return;
  if (target.toString() === document.uri.toString()) {
    void vscode.window.showErrorMessage(tr('Kies een ander bestand dan het concept zelf.', 'Choose a file other than the draft itself.'));
    return;
  }
  let result: ExportResult;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: tr('Clausule: exporteren…', 'Clausule: exporting…') },
      () => client.sendRequest<ExportResult>('clausule/export', { uri: document.uri.toString(), format }),
    );
  } catch (e) {
    void vscode.window.showErrorMessage(tr('Exporteren is mislukt: ', 'Export failed: ') + (e instanceof Error ? e.message : String(e)));
    return;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.data, 'base64'));
  if (result.warnings.length) {
    void vscode.window.showWarningMessage(
      tr(
        `De nummering in het concept heeft gaten of dubbele nummers; Word nummert automatisch en wijkt daarom af (${result.warnings.slice(0, 3).join('; ')}). Hernummer het concept eerst.`,
        `The draft's numbering has gaps or duplicates; Word numbers automatically and will differ (${result.warnings.slice(0, 3).join('; ')}). Renumber the draft first.`,
      ),
    );
  }
  const open = tr('Openen', 'Open');
  const choice = await vscode.window.showInformationMessage(
    tr(`Geëxporteerd: ${vscode.workspace.asRelativePath(target)} (${result.articleCount} artikelen).`, `Exported: ${vscode.workspace.asRelativePath(target)} (${result.articleCount} articles).`),
    open,
  );
  if (choice === open) await vscode.env.openExternal(target);
}

export function registerExport(context: vscode.ExtensionContext, client: () => LanguageClient | undefined) {
  const arg = (u: unknown) => (u instanceof vscode.Uri ? u : undefined);
  context.subscriptions.push(
    vscode.commands.registerCommand('clausule.exportDocx', (u?: unknown) => exportAs(client(), 'docx', arg(u))),
    vscode.commands.registerCommand('clausule.exportHtml', (u?: unknown) => exportAs(client(), 'html', arg(u))),
  );
}
