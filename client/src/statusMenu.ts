// The status item's menu: the audience of this draft (written as its audience comment), the language of
// Clausule's text (the setting clausule.language), the problems and the settings.
import * as vscode from 'vscode';
import { audienceEdit, declaredAudience } from './audienceDirective';
import { draftLanguage, setting, t } from './language';

export const STATUS_MENU = 'clausule.statusMenu';
export const SET_AUDIENCE = 'clausule.setAudience';

type Audience = 'b2b' | 'b2c' | 'auto';

/** Writes (or, for auto, removes) the audience comment of `document`; true when the text changed. */
export async function setAudience(document: vscode.TextDocument, audience: Audience): Promise<boolean> {
  const text = document.getText();
  const change = audienceEdit(text, audience);
  if (!change) return false;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
  return vscode.workspace.applyEdit(edit);
}

/** Writes clausule.language where the language is set now (the workspace if it sets one, else the user). */
function setLanguage(value: 'nl' | 'en'): Thenable<void> {
  const cfg = vscode.workspace.getConfiguration('clausule');
  const inWorkspace = cfg.inspect('language')?.workspaceValue !== undefined || cfg.inspect('taal')?.workspaceValue !== undefined;
  return cfg.update('language', value, inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
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

async function showMenu(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document;
  const declared = doc ? declaredAudience(doc.getText()) : undefined;
  const lang = draftLanguage();
  const current = t('(nu)', '(current)');
  const language = (value: 'nl' | 'en', label: string): Item => ({
    label: `$(globe) ${label}`,
    description: lang === value ? current : undefined,
    detail: t('Meldingen, uitleg, regeldocumentatie, voorbeeld en exports; instelling clausule.language', 'Messages, hovers, rule documentation, preview and exports; setting clausule.language'),
    run: () => setLanguage(value),
  });
  const items: Item[] = [];
  if (doc) {
    items.push(
      { label: t('Doelgroep van dit concept', 'Audience of this draft'), kind: vscode.QuickPickItemKind.Separator },
      ...audienceItems(declared ?? 'auto').map((i): Item => ({ ...i, run: () => setAudience(doc, i.value) })),
    );
  }
  items.push(
    { label: t('Taal van Clausule (voor alle concepten)', 'Language of Clausule (for all drafts)'), kind: vscode.QuickPickItemKind.Separator },
    language('nl', 'Nederlands'),
    language('en', 'English'),
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
  );
}
