// "Clausule: Nieuwe voorwaarden…": a short wizard (audience, kind of service, the user's name and place)
// that asks the server for new terms from the clause library and opens them as an unsaved draft. Called
// with a request object (tests, other extensions), it skips the questions.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { draftLanguage, t } from './language';

interface NewDraftRequest {
  audience: 'b2b' | 'b2c';
  serviceType: string;
  supplier?: string;
  city?: string;
}

async function ask(): Promise<NewDraftRequest | undefined> {
  const audience = await vscode.window.showQuickPick(
    [
      { label: t('Bedrijven (b2b)', 'Businesses (b2b)'), value: 'b2b' as const },
      { label: t('Consumenten (b2c)', 'Consumers (b2c)'), value: 'b2c' as const },
    ],
    { title: t('Nieuwe voorwaarden (1/4)', 'New terms (1/4)'), placeHolder: t('Voor wie zijn de voorwaarden?', 'Who are the terms for?'), ignoreFocusOut: true },
  );
  if (!audience) return undefined;
  const service = await vscode.window.showQuickPick(
    [
      { label: t('Software als dienst (SaaS)', 'Software as a service (SaaS)'), value: 'saas' },
      { label: t('IT-dienstverlening', 'IT services'), value: 'it-dienstverlening' },
      { label: t('Advies', 'Consultancy'), value: 'advies' },
    ],
    { title: t('Nieuwe voorwaarden (2/4)', 'New terms (2/4)'), placeHolder: t('Welke dienst levert de gebruiker?', 'What service does the user provide?'), ignoreFocusOut: true },
  );
  if (!service) return undefined;
  const supplier = await vscode.window.showInputBox({
    title: t('Nieuwe voorwaarden (3/4)', 'New terms (3/4)'),
    prompt: t('Naam van de gebruiker van de voorwaarden (leeg laten: plaatshouder)', 'Name of the user of the terms (leave empty for a placeholder)'),
    placeHolder: t('Voorbeeld B.V.', 'Example B.V.'),
    ignoreFocusOut: true,
  });
  if (supplier === undefined) return undefined;
  const city = await vscode.window.showInputBox({
    title: t('Nieuwe voorwaarden (4/4)', 'New terms (4/4)'),
    prompt: t('Plaats van vestiging (leeg laten: plaatshouder)', 'Place of business (leave empty for a placeholder)'),
    ignoreFocusOut: true,
  });
  if (city === undefined) return undefined;
  return { audience: audience.value, serviceType: service.value, supplier, city };
}

export function registerNewDraft(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('clausule.newDraft', async (given?: NewDraftRequest) => {
      const client = getClient();
      if (!client) {
        void vscode.window.showWarningMessage(t('De Clausule-server draait niet.', 'The Clausule server is not running.'));
        return undefined;
      }
      const request = given ?? (await ask());
      if (!request) return undefined;
      try {
        const { text } = await client.sendRequest<{ text: string }>('clausule/newDraft', { ...request, lang: draftLanguage() });
        const doc = await vscode.workspace.openTextDocument({ language: 'voorwaarden', content: text });
        await vscode.window.showTextDocument(doc);
        return doc.uri.toString();
      } catch (e) {
        void vscode.window.showErrorMessage(`Clausule: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    }),
  );
}
