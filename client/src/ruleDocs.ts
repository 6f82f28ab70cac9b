// Rule documentation opens rendered and read-only, in the chosen language: the client points the code link
// of each diagnostic (the server's file link to dist/docs/rules/<id>.md, which VS Code would open as an
// editable tab) at a command that shows a virtual document (scheme clausule-regel) in the Markdown preview.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { draftLanguage } from './language';
import { ruleDocPage } from './ruleDocText';

export const SHOW_RULE_DOC = 'clausule.showRuleDoc';
const SCHEME = 'clausule-regel';
const RULE_ID = /^[a-z][a-z0-9-]{0,60}$/;
const DOC_LINK = /\/docs\/rules\/([a-z][a-z0-9-]{0,60})\.md$/;

export function ruleDocUri(id: string, lang: 'nl' | 'en'): vscode.Uri {
  return vscode.Uri.from({ scheme: SCHEME, path: `/${id}.md`, query: `lang=${lang}` });
}

/** The command link that replaces a diagnostic's file link to its rule's page, in the draft's language. */
export function ruleDocCommandUri(id: string, lang: 'nl' | 'en'): vscode.Uri {
  return vscode.Uri.parse(`command:${SHOW_RULE_DOC}?${encodeURIComponent(JSON.stringify([id, lang]))}`);
}

/** Diagnostics with their code link turned into the command (only links to our own rule pages). */
export function withRuleDocLinks(diagnostics: vscode.Diagnostic[], lang: 'nl' | 'en'): vscode.Diagnostic[] {
  for (const d of diagnostics) {
    const code = d.code;
    if (typeof code !== 'object' || !code || !(code.target instanceof vscode.Uri) || code.target.scheme !== 'file') continue;
    const id = DOC_LINK.exec(code.target.path)?.[1];
    if (id && id === String(code.value)) d.code = { value: code.value, target: ruleDocCommandUri(id, lang) };
  }
  return diagnostics;
}

export function registerRuleDocs(context: vscode.ExtensionContext): void {
  const folder = context.asAbsolutePath(path.join('dist', 'docs', 'rules'));
  const read = (file: string) => {
    try {
      return fs.readFileSync(path.join(folder, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent(uri) {
      const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
      const lang = new URLSearchParams(uri.query).get('lang') === 'en' ? 'en' : 'nl';
      const dutch = RULE_ID.test(id) ? read(`${id}.md`) : undefined;
      if (dutch === undefined) return lang === 'nl' ? `# ${id}\n\nClausule kent geen regel met deze naam.\n` : `# ${id}\n\nClausule has no rule of this name.\n`;
      return ruleDocPage(dutch, read(`${id}.en.md`), lang);
    },
  };
  const show = async (id?: unknown, lang?: unknown) => {
    if (typeof id !== 'string') {
      // From the palette: pick a rule (the pages shipped are the rules there are).
      const ids = fs.readdirSync(folder).filter((f) => /^[a-z][a-z0-9-]*\.md$/.test(f)).map((f) => f.slice(0, -3)).sort();
      id = await vscode.window.showQuickPick(ids, { placeHolder: draftLanguage() === 'nl' ? 'Documentatie van welke regel?' : 'Documentation of which rule?' });
    }
    if (typeof id !== 'string' || !RULE_ID.test(id)) return;
    await vscode.commands.executeCommand('markdown.showPreviewToSide', ruleDocUri(id, lang === 'nl' || lang === 'en' ? lang : draftLanguage()));
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.commands.registerCommand(SHOW_RULE_DOC, show),
  );
}
