// Helpers for the extension-host suite: the fixture workspace (a fresh copy of test/e2e/workspace that
// the route opens as its folder), waiting for the language server, and reading results in plain form.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'clausule.clausule';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test route opens the fixture workspace as a folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function waitFor<T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens a fixture draft in an editor and waits until the extension is active. */
export async function openDraft(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  const editor = await vscode.window.showTextDocument(doc);
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  await waitFor('extension activation', () => ext.isActive);
  return { doc, editor };
}

/** A document that is not on disk, in the voorwaarden language. */
export async function openUntitled(content: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument({ language: 'voorwaarden', content });
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Waits for diagnostics on `uri` that satisfy `ok` (the server publishes after a debounce). */
export async function diagnosticsFor(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean = (d) => d.length > 0, ms = 30_000): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics on ${uri.path.split('/').pop()}`, () => {
    const d = vscode.languages.getDiagnostics(uri);
    return ok(d) ? d : undefined;
  }, ms);
}

export function code(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

/** "line:char-line:char", 0-based, for compact exact assertions. */
export function rangeText(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

export function summary(diags: readonly vscode.Diagnostic[]): string[] {
  return diags.map((d) => `${code(d)} ${rangeText(d.range)}`).sort();
}

/** Position of the `nth` occurrence (0-based) of `needle` in the document, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, nth = 0, delta = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `occurrence ${nth} of ${JSON.stringify(needle)} in ${doc.uri.path}`);
  }
  return doc.positionAt(at + delta);
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n');
}

export function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}
