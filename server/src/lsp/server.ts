// The LSP layer: documents, settings, debounced diagnostics, and the feature modules. Bundled as
// dist/server-core.js with the analysis core; the entry (main.ts) answers `initialize` and then starts this.
import type { Connection, InitializeParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer, CancelledError, ruleFailures, type AnalysisOptions, type AnalysisResult, type CancellationToken, type Lang } from '../core';
import { toDiagnostic } from './convert';
import type { Feature, ServerContext } from './context';
import { features } from './features';
import { configDiagnostics, DEFAULT_DEBOUNCE_MS, effectiveOptions, findWorkspaceConfig, optionsFromEditor, type EditorSettings } from './settings';
import { describeKind } from '../core/model/documentKind';

interface DocState {
  analyzer: Analyzer;
  result?: AnalysisResult;
  version?: number;
  optionsKey?: string;
  /** Cancels the pending debounced publish, if any. */
  cancel?: () => void;
  toldLimited?: boolean;
}

export interface StatusNotification {
  uri: string;
  errors: number;
  warnings: number;
  infos: number;
  audience: string;
  limited: boolean;
  /** Kind of document and governing law, in both languages ("verwerkersovereenkomst, deel van een contractenset"). */
  kind?: { nl: string; en: string };
  law?: { nl: string; en: string };
}

/**
 * Installs every handler on a connection that has answered `initialize` with serverCapabilities() and whose
 * `documents` already listen on it; `params` are those of the initialize request. The caller forwards the
 * `initialized` notification.
 */
export function startServer(connection: Connection, documents: TextDocuments<TextDocument>, params: InitializeParams): { initialized(): void } {
  const states = new Map<string, DocState>();
  let locale: Lang = 'en';
  let editorSettings: EditorSettings | undefined;
  let initDebounce: number | undefined;
  let pullConfiguration = false;
  const settingsByUri = new Map<string, EditorSettings | undefined>();

  const lang = (): Lang => (editorSettings?.taal === 'nl' || editorSettings?.taal === 'en' ? editorSettings.taal : locale);
  const log = (m: string) => connection.console.log(m);

  const debounceMs = (): number => {
    const v = editorSettings?.diagnostics?.debounceMs ?? initDebounce;
    return typeof v === 'number' && v >= 0 && v <= 10_000 ? v : DEFAULT_DEBOUNCE_MS;
  };

  const optionsFor = (uri: string): AnalysisOptions => {
    const editor = optionsFromEditor(settingsByUri.get(uri) ?? editorSettings).options;
    return effectiveOptions(findWorkspaceConfigCached(uri), editor);
  };

  // .clausule.json is read at most once per folder until a file change is reported.
  const configCache = new Map<string, ReturnType<typeof findWorkspaceConfig>>();
  // Problems in a .clausule.json are shown on that file; its valid entries (or the defaults) still apply.
  const configDiagnosticUris = new Set<string>();
  const findWorkspaceConfigCached = (uri: string) => {
    const key = uri.slice(0, uri.lastIndexOf('/'));
    if (!configCache.has(key)) {
      const cfg = findWorkspaceConfig(uri);
      configCache.set(key, cfg);
      if (cfg) {
        const published = configDiagnostics(cfg, lang());
        configDiagnosticUris.add(published.uri);
        void connection.sendDiagnostics(published);
      }
    }
    return configCache.get(key);
  };

  const analysisFor = (uri: string, token?: CancellationToken): AnalysisResult | undefined => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    let state = states.get(uri);
    if (!state) {
      state = { analyzer: new Analyzer() };
      states.set(uri, state);
    }
    const options = optionsFor(uri);
    const optionsKey = JSON.stringify(options);
    if (state.result && state.version === doc.version && state.optionsKey === optionsKey) return state.result;
    try {
      state.result = state.analyzer.analyze(doc.getText(), options, token);
    } catch (e) {
      if (e instanceof CancelledError) {
        // The parse may already have moved the previous model in place: that result is stale now.
        state.result = undefined;
        return undefined;
      }
      throw e;
    }
    state.version = doc.version;
    state.optionsKey = optionsKey;
    for (const f of ruleFailures.splice(0)) log(`[clausule] rule ${f.ruleId} failed: ${f.error}`);
    return state.result;
  };

  const publish = (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return;
    let result: AnalysisResult | undefined;
    try {
      result = analysisFor(uri);
    } catch (e) {
      log(`[clausule] analysis failed for ${uri}: ${e instanceof Error ? e.stack : String(e)}`);
      return;
    }
    if (!result) return;
    const l = lang();
    const diagnostics = result.findings.map((f) => toDiagnostic(result.model.lines, uri, f, l));
    connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    const status: StatusNotification = {
      uri,
      errors: result.findings.filter((f) => f.severity === 'error').length,
      warnings: result.findings.filter((f) => f.severity === 'warning').length,
      infos: result.findings.filter((f) => f.severity === 'information' || f.severity === 'hint').length,
      audience: result.audience,
      limited: result.limited,
      ...describeKind(result.model.documentKind),
    };
    void connection.sendNotification('clausule/status', status);
    const state = states.get(uri)!;
    if (result.limited && !state.toldLimited) {
      state.toldLimited = true;
      void connection.window.showInformationMessage(
        l === 'nl'
          ? 'Clausule: dit concept is erg groot; alleen de snelle controles zijn uitgevoerd (instelling clausule.largeDocumentThreshold).'
          : 'Clausule: this draft is very large; only the fast checks ran (setting clausule.largeDocumentThreshold).',
      );
    }
  };

  const schedule = (uri: string) => {
    const state = states.get(uri) ?? { analyzer: new Analyzer() };
    states.set(uri, state);
    state.cancel?.();
    const delay = debounceMs();
    if (delay === 0) {
      // setImmediate still lets queued changes arrive first, so a flood of edits is analysed once.
      const h = setImmediate(() => {
        state.cancel = undefined;
        publish(uri);
      });
      state.cancel = () => clearImmediate(h);
      return;
    }
    const h = setTimeout(() => {
      state.cancel = undefined;
      publish(uri);
    }, delay);
    state.cancel = () => clearTimeout(h);
  };

  const refreshSettings = async () => {
    if (!pullConfiguration) return;
    try {
      editorSettings = (await connection.workspace.getConfiguration('clausule')) as EditorSettings | undefined;
    } catch {
      editorSettings = undefined;
    }
    settingsByUri.clear();
    for (const doc of documents.all()) schedule(doc.uri);
  };

  const ctx: ServerContext = { connection, documents, analysisFor, lang, log };

  locale = (params.locale ?? '').toLowerCase().startsWith('nl') ? 'nl' : 'en';
  const init = params.initializationOptions as { diagnostics?: { debounceMs?: number }; taal?: string } | undefined;
  if (typeof init?.diagnostics?.debounceMs === 'number') initDebounce = init.diagnostics.debounceMs;
  if (init?.taal === 'nl' || init?.taal === 'en') locale = init.taal;
  pullConfiguration = !!params.capabilities?.workspace?.configuration;

  connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as { clausule?: EditorSettings } | undefined)?.clausule;
    if (!pullConfiguration && s) editorSettings = s;
    void refreshSettings();
    if (!pullConfiguration) for (const doc of documents.all()) schedule(doc.uri);
  });
  connection.onDidChangeWatchedFiles(() => {
    configCache.clear();
    // Clear what was published on config files; reading them again republishes what still applies.
    for (const uri of configDiagnosticUris) void connection.sendDiagnostics({ uri, diagnostics: [] });
    configDiagnosticUris.clear();
    for (const doc of documents.all()) schedule(doc.uri);
  });

  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    const state = states.get(e.document.uri);
    state?.cancel?.();
    states.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  for (const f of features as Feature[]) f.register(ctx);
  // Documents opened before the handlers were installed.
  for (const doc of documents.all()) schedule(doc.uri);
  // The entry owns the `initialized` handler (it may load this bundle on that notification).
  return { initialized: () => void refreshSettings() };
}

