// After a quick fix inserts text (a library clause, a definition), the server's code action runs this
// command: the cursor and the view go to what was inserted, its placeholder selected to be typed over.
import * as vscode from 'vscode';

/** Keep equal to REVEAL_COMMAND in server/src/lsp/features/codeActions.ts. */
export const REVEAL = 'clausule.reveal';

interface PlainPosition {
  line: number;
  character: number;
}

const isPosition = (p: unknown): p is PlainPosition =>
  !!p && typeof p === 'object' && Number.isInteger((p as PlainPosition).line) && Number.isInteger((p as PlainPosition).character);

export async function reveal(uri: unknown, range: unknown): Promise<void> {
  if (typeof uri !== 'string' || !range || typeof range !== 'object') return;
  const { start, end } = range as { start?: unknown; end?: unknown };
  if (!isPosition(start) || !isPosition(end)) return;
  const editor =
    vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri) ??
    (await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: false }));
  const r = editor.document.validateRange(new vscode.Range(start.line, start.character, end.line, end.character));
  editor.selection = new vscode.Selection(r.start, r.end);
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerReveal(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(REVEAL, reveal));
}
