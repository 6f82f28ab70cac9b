// The status item's menu: the audience and the language of this draft (written as its own comments),
// the problems and the settings.
import * as vscode from 'vscode';
import { audienceEdit, declaredAudience, declaredLanguage, languageEdit, type TextChange } from './audienceDirective';
import { languageSetting, setting, t } from './language';

export const STATUS_MENU = 'clausule.statusMenu';
export const SET_AUDIENCE = 'clausule.setAudience';
export const SET_LANGUAGE = 'clausule.setLanguage';

type Audience = 'b2b' | 'b2c' | 'auto';
type Language = 'nl' | 'en' | 'auto';

async function applyChange(document: vscode.TextDocument, change: TextChange | undefined): Promise<boolean> {
  if (!change) return false;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
  return vscode.workspace.applyEdit(edit);
}

/** Writes (or, for auto, removes) the audience comment of `document`; true when the text changed. */
export function setAudience(document: vscode.TextDocument, audience: Audience): Promise<boolean> {
  return applyChange(document, audienceEdit(document.getText(), audience));
}

/** Writes (or, for auto, removes) the language comment of `document`; true when the text changed. */
export function setLanguage(document: vscode.TextDocument, language: Language): Promise<boolean> {
  return applyChange(document, languageEdit(document.getText(), language));
}

interface Item extends vscode.QuickPickItem {
  run?: () => Thenable<unknown>;
}

function audienceItems(declared: Audience): Array<vscode.QuickPickItem & { value: Audience }> {
  const current = t('(nu)', '(current)');
  const item = (value: Audience, label: string, detail: string) => ({ value, label: `$(person) ${label}`, description: declared === value ? current : undefined, detail });
  const configured = setting<string>('audience') ?? 'auto';
  return [
    item('b2c', t('Consumenten (b2c)', 'Consumers (b2c)'), t('Schrijft <!-- clausule: doelgroep=b2c --> bovenaan het concept', 'Writes <!-- clausule: doelgroep=b2c --> at the top of the draft')),
    item('b2b', t('Bedrijven (b2b)', 'Businesses (b2b)'), t('Schrijft <!-- clausule: doelgroep=b2b --> bovenaan het concept', 'Writes <!-- clausule: doelgroep=b2b --> at the top of the draft')),
    item('auto', t('Afleiden uit de tekst', 'Decide from the text'), t(`Geen opmerking in het concept; de instelling clausule.audience (${configured}) geldt`, `No comment in the draft; the setting clausule.audience (${configured}) applies`)),
  ];
}

function languageItems(declared: Language): Array<vscode.QuickPickItem & { value: Language }> {
  const current = t('(nu)', '(current)');
  const item = (value: Language, label: string, detail: string) => ({ value, label: `$(globe) ${label}`, description: declared === value ? current : undefined, detail });
  const configured = languageSetting() === 'nl' ? 'Nederlands' : 'English';
  return [
    item('nl', 'Nederlands', t('Schrijft <!-- clausule: taal=nl --> bovenaan het concept', 'Writes <!-- clausule: taal=nl --> at the top of the draft')),
    item('en', 'English', t('Schrijft <!-- clausule: taal=en --> bovenaan het concept', 'Writes <!-- clausule: taal=en --> at the top of the draft')),
    item('auto', t('Volgens de instelling', 'As the setting says'), t(`Geen opmerking in het concept; de instelling clausule.language (${configured}) geldt`, `No comment in the draft; the setting clausule.language (${configured}) applies`)),
  ];
}

async function showMenu(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document;
  const items: Item[] = [];
  if (doc) {
    const text = doc.getText();
    items.push(
      { label: t('Doelgroep van dit concept', 'Audience of this draft'), kind: vscode.QuickPickItemKind.Separator },
      ...audienceItems(declaredAudience(text) ?? 'auto').map((i): Item => ({ ...i, run: () => setAudience(doc, i.value) })),
      // Messages, hovers, rule pages, preview and exports of this draft; the setting stays for the others.
      { label: t('Taal van dit concept', 'Language of this draft'), kind: vscode.QuickPickItemKind.Separator },
      ...languageItems(declaredLanguage(text) ?? 'auto').map((i): Item => ({ ...i, run: () => setLanguage(doc, i.value) })),
    );
  }
  items.push(
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: `$(warning) ${t('Problemen tonen', 'Show problems')}`, run: () => vscode.commands.executeCommand('workbench.actions.view.problems') },
    { label: `$(gear) ${t('Instellingen van Clausule', 'Clausule settings')}`, run: () => vscode.commands.executeCommand('workbench.action.openSettings', '@ext:clausule.clausule') },
    { label: `$(output) ${t('Uitvoer van Clausule', 'Clausule output')}`, run: () => vscode.commands.executeCommand('clausule.showOutput') },
  );
  const picked = await vscode.window.showQuickPick(items, { placeHolder: t('Clausule: doelgroep, taal, problemen of instellingen', 'Clausule: audience, language, problems or settings'), matchOnDetail: true });
  await picked?.run?.();
}

export function registerStatusMenu(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(STATUS_MENU, showMenu),
    vscode.commands.registerCommand(SET_AUDIENCE, async (value?: unknown) => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return false;
      if (value !== 'b2b' && value !== 'b2c' && value !== 'auto') {
        const declared = declaredAudience(doc.getText()) ?? 'auto';
        const items = audienceItems(declared).map((i) => ({ ...i, label: i.label.replace('$(person) ', '') }));
        const picked = await vscode.window.showQuickPick(items, { placeHolder: t('Doelgroep van dit concept', 'Audience of this draft') });
        if (!picked) return false;
        value = picked.value;
      }
      return setAudience(doc, value as Audience);
    }),
    vscode.commands.registerCommand(SET_LANGUAGE, async (value?: unknown) => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return false;
      if (value !== 'nl' && value !== 'en' && value !== 'auto') {
        const items = languageItems(declaredLanguage(doc.getText()) ?? 'auto').map((i) => ({ ...i, label: i.label.replace('$(globe) ', '') }));
        const picked = await vscode.window.showQuickPick(items, { placeHolder: t('Taal van dit concept', 'Language of this draft') });
        if (!picked) return false;
        value = picked.value;
      }
      return setLanguage(doc, value as Language);
    }),
  );
}
