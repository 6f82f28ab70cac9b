// The VS Code client: starts the language server, shows its state, and hosts the commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { RestartPolicy } from './restartPolicy';
import { registerExport, registerPreview } from './preview';
import { registerShowProvision } from './showProvision';
import { documentLanguage, draftLanguage, languageSetting, setting, t } from './language';
import { statusText } from './statusText';
import { registerStatusMenu, STATUS_MENU } from './statusMenu';
import { registerRuleDocs, withRuleDocLinks } from './ruleDocs';
import { registerNewDraft } from './newDraft';
import { withResolvedSettings, type RenamedSetting } from './settingKeys';
import { pickDefinition, type DefinitionEntry } from './definitionsPick';
import { registerUpdateLaw } from './updateLaw';
import { registerReveal } from './reveal';
import { registerImportDocx } from './importDocx';
import serverNodeFlags from '../../server/src/node/serverNodeFlags.json';

// Type-only: the server's notification shape, with no server code in the client bundle.
import type { StatusNotification } from '../../server/src/lsp/server';

let client: LanguageClient | undefined;
const statusByUri = new Map<string, StatusNotification>();


export async function activate(context: vscode.ExtensionContext) {
  const output = vscode.window.createOutputChannel('Clausule', { log: true });
  const status = vscode.window.createStatusBarItem('clausule.status', vscode.StatusBarAlignment.Left, 10);
  status.name = 'Clausule';
  status.command = STATUS_MENU;
  context.subscriptions.push(output, status);

  const renderStatus = () => {
    const editor = vscode.window.activeTextEditor;
    const isDraft = editor && client && (client.clientOptions.documentSelector as Array<{ language?: string }>).some((s) => s.language === editor.document.languageId);
    if (!isDraft) {
      status.hide();
      return;
    }
    if (!client || client.state !== State.Running) {
      status.text = client?.state === State.Starting ? '$(sync~spin) Clausule' : '$(error) Clausule';
      status.tooltip = client?.state === State.Starting ? t('Clausule start…', 'Clausule is starting…') : t('Clausule-server is gestopt', 'Clausule server is stopped');
      status.show();
      return;
    }
    const s = statusByUri.get(editor!.document.uri.toString());
    if (!s) {
      status.text = '$(law) Clausule';
      status.tooltip = t('Clausule: bezig met controleren', 'Clausule: checking');
    } else {
      const { text, tooltip } = statusText(s, draftLanguage(editor!.document));
      status.text = text;
      status.tooltip = tooltip;
    }
    status.show();
  };

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // V8 flags for the server process; the benchmark spawns it with the same list (bench/lsp.mjs).
  // --max-semi-space-size=4: an analysis of a large draft otherwise grows V8's young generation to its
  // 16 MB x 2 default and keeps it committed: with a 1 MB draft open the server held ~107 MB RSS, with
  // the cap ~94 MB, and typing latency on a 40 KB draft did not measurably change.
  // --heap-growing-percent=50: after each full collection V8 lets the heap grow by half of what survived
  // before it collects again, instead of up to four times when collections are cheap. Typing in a 1 MB
  // draft (20 edits) peaked at ~270 MB RSS without it, ~215 MB at 100 and ~190 MB at 50, for about 7% more
  // time on a fresh analysis of the 1 MB draft and none measurable on a 40 KB one (bench/README.md). It is no limit: the heap
  // still grows as far as a draft needs.
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverNodeFlags] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverNodeFlags, '--nolazy', '--inspect=6011'] } },
  };

  const selector = () => {
    const langs = ['voorwaarden'];
    if (setting<boolean>('files.markdown')) langs.push('markdown');
    if (setting<boolean>('files.plainText')) langs.push('plaintext');
    return langs.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]);
  };

  // Restart after a crash and say so once per session; stop after a crash loop (RestartPolicy). `handled`
  // keeps the library from adding its own notice on every restart.
  const restartPolicy = new RestartPolicy();
  const errorHandler: ErrorHandler = {
    error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
    closed: () => {
      const d = restartPolicy.onClosed();
      if (d.notify === 'restarting') {
        void vscode.window.showWarningMessage(t('De Clausule-server is onverwacht gestopt en wordt herstart.', 'The Clausule server stopped unexpectedly and is being restarted.'));
      } else if (d.notify === 'gaveUp') {
        void vscode.window.showErrorMessage(
          t(
            'De Clausule-server stopt steeds onverwacht en wordt niet meer herstart. Zie de uitvoer van Clausule; herstart met "Clausule: Server herstarten".',
            'The Clausule server keeps stopping unexpectedly and will not be restarted. See the Clausule output; restart with "Clausule: Server herstarten".',
          ),
        );
      }
      output.appendLine(`[${new Date().toISOString()}] server closed; ${d.restart ? 'restarting' : 'not restarting (crash loop)'}`);
      return { action: d.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
    },
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector: selector(),
    outputChannel: output,
    synchronize: {
      configurationSection: 'clausule',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.clausule.json'),
    },
    initializationOptions: {
      taal: setting<string>('language'),
    },
    errorHandler,
    middleware: {
      // Rule links open the rendered page in the chosen language, not the Markdown source (ruleDocs.ts).
      handleDiagnostics: (uri, diagnostics, next) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        return next(uri, withRuleDocLinks(diagnostics, documentLanguage(doc) ?? languageSetting()));
      },
      workspace: {
        // The server reads the Dutch keys; the English ones (clausule.language …) take their place (settingKeys.ts).
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((section, i) => {
            const item = params.items[i];
            if (item?.section !== 'clausule') return section;
            const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
            return withResolvedSettings(section, (key: RenamedSetting) => setting(key, scope));
          });
        },
      },
      // Server commands run on a document; from the command palette VS Code passes none, so name the active one.
      executeCommand: async (command, args, next) => {
        const editor = vscode.window.activeTextEditor;
        const active = editor?.document.uri.toString();
        if (command === 'clausule.showDefinitions' && args.length === 0 && editor) {
          const defs = (await next(command, [active])) as DefinitionEntry[] | undefined;
          if (Array.isArray(defs)) await pickDefinition(editor, defs);
          return defs;
        }
        return next(command, args.length === 0 && active ? [active, { interactive: true }] : args);
      },
    },
  };

  client = new LanguageClient('clausule', 'Clausule', serverOptions, clientOptions);
  context.subscriptions.push(
    client.onDidChangeState(() => renderStatus()),
    client.onNotification('clausule/status', (s: StatusNotification) => {
      statusByUri.set(s.uri, s);
      renderStatus();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => renderStatus()),
    vscode.workspace.onDidCloseTextDocument((d) => statusByUri.delete(d.uri.toString())),
    vscode.commands.registerCommand('clausule.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('clausule.restartServer', async () => {
      restartPolicy.reset();
      await client?.restart();
      output.appendLine(`[${new Date().toISOString()}] server restarted on request`);
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('clausule.language') || e.affectsConfiguration('clausule.taal')) renderStatus();
      if (e.affectsConfiguration('clausule.files') || e.affectsConfiguration('clausule.bestanden')) {
        client!.clientOptions.documentSelector = selector();
        await client?.restart();
      }
    }),
  );
  registerPreview(context, () => client);
  registerExport(context, () => client);
  registerShowProvision(context, () => client);
  registerUpdateLaw(context, () => client);
  registerReveal(context);
  registerImportDocx(context);
  registerStatusMenu(context);
  registerRuleDocs(context);
  registerNewDraft(context, () => client);
  await client.start();
  output.appendLine(`[${new Date().toISOString()}] Clausule client started`);
  renderStatus();
  return { client };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
