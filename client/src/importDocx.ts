// "Clausule: Word-document openen als concept": imports a .docx into a new draft beside it (contract.docx →
// contract.av.md) and opens that. The conversion is dist/import.js, loaded on first use; opening a .docx
// in VS Code (which shows it as binary) offers the import.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { draftLanguage, t } from './language';
import type * as ImportBundle from '../../server/src/import/index';

const nl = () => draftLanguage() === 'nl';
const isDocx = (uri: vscode.Uri) => /\.doc[xm]$/i.test(uri.path) && !/\/~\$[^/]*$/.test(uri.path);

let importer: typeof ImportBundle | undefined;
function loadImporter(): typeof ImportBundle {
  // A computed path keeps esbuild from bundling the importer (and its zip and XML libraries) into the client.
  importer ??= require(path.join(__dirname, 'import.js')) as typeof ImportBundle;
  return importer;
}

/** contract.av.md beside contract.docx; an existing draft is never replaced: contract-2.av.md, … */
async function freeTarget(source: vscode.Uri): Promise<vscode.Uri> {
  const stem = (source.path.split('/').pop() ?? 'concept').replace(/\.doc[xm]$/i, '');
  for (let n = 1; ; n++) {
    const target = vscode.Uri.joinPath(source, '..', `${stem}${n === 1 ? '' : `-${n}`}.av.md`);
    try {
      await vscode.workspace.fs.stat(target);
    } catch {
      return target;
    }
  }
}

async function importDocx(uri?: vscode.Uri) {
  if (!(uri instanceof vscode.Uri)) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word-document': ['docx', 'docm'] }, title: t('Word-document openen als concept', 'Open Word document as draft') });
    uri = picked?.[0];
  }
  if (!uri) return;
  let result: ImportBundle.ImportResult;
  try {
    result = loadImporter().importDocx(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    const text = (e as { text?: { nl: string; en: string } }).text;
    const reason = text ? (nl() ? text.nl : text.en) : e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(t(`Clausule kan ${path.basename(uri.fsPath)} niet openen: ${reason}.`, `Clausule cannot open ${path.basename(uri.fsPath)}: ${reason}.`));
    return;
  }
  const target = await freeTarget(uri);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  for (const n of result.notices) void vscode.window.showInformationMessage(`Clausule: ${nl() ? n.nl : n.en}.`);
}

export function registerImportDocx(context: vscode.ExtensionContext) {
  const offered = new Set<string>();
  context.subscriptions.push(
    vscode.commands.registerCommand('clausule.importDocx', (uri?: unknown) => importDocx(uri instanceof vscode.Uri ? uri : undefined)),
    // VS Code cannot show a .docx; when one is opened in a tab, offer the import once per file.
    vscode.window.tabGroups.onDidChangeTabs(async (e) => {
      for (const tab of e.opened) {
        const input = tab.input as { uri?: unknown } | undefined;
        const uri = input?.uri;
        if (!(uri instanceof vscode.Uri) || !isDocx(uri) || offered.has(uri.toString())) continue;
        offered.add(uri.toString());
        const open = t('Openen als concept', 'Open as draft');
        const choice = await vscode.window.showInformationMessage(
          t(`${path.basename(uri.fsPath)} is een Word-document. Openen als Clausule-concept?`, `${path.basename(uri.fsPath)} is a Word document. Open it as a Clausule draft?`),
          open,
        );
        if (choice === open) await importDocx(uri);
      }
    }),
  );
}
