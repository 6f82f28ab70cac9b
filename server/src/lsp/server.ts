// The LSP layer: documents, settings, debounced diagnostics, and the feature modules. Bundled as
// dist/server-core.js with the analysis core; the entry (main.ts) answers `initialize` and then starts this.
import type { Connection, InitializeParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ensureDictionary } from '../node/spellingLoader';
import { Analyzer, CancelledError, dictionaryGeneration, ruleFailures, type AnalysisOptions, type AnalysisResult, type CancellationToken, type Lang } from '../core';
import { toDiagnostics } from './convert';
import type { Feature, ServerContext } from './context';
import { features } from './features';
import { configDiagnostics, DEFAULT_DEBOUNCE_MS, effectiveOptions, findWorkspaceConfig, languageSetting, optionsFromEditor, type EditorSettings } from './settings';
import { describeKind } from '../core/model/documentKind';

interface DocState {
  analyzer: Analyzer;
  result?: AnalysisResult;
  version?: number;
  optionsKey?: string;
  /** Cancels the pending debounced publish, if any. */
  cancel?: () => void;
  toldLimited?: boolean;
  toldAudience?: boolean;
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
  /** The kind's short name for the status bar itself ("voorwaarden", "DPA"). */
  shortKind?: { nl: string; en: string };
  law?: { nl: string; en: string };
}

/**
 * Installs every handler on a connection that has answered `initialize` with serverCapabilities() and whose
 * `documents` already listen on it; `params` are those of the initialize request. The caller forwards the
 * `initialized` notification.
 */
export function startServer(connection: Connection, documents: TextDocuments<TextDocument>, params: InitializeParams): { initialized(): void } {
  const states = new Map<string, DocState>();
  /** VS Code's display language: used only when the user sets clausule.language to auto. */
  let locale: Lang = 'en';
  /** clausule.language as the client passed it at start, until the settings arrive. */
  let initTaal: string | undefined;
  let editorSettings: EditorSettings | undefined;
  let initDebounce: number | undefined;
  let pullConfiguration = false;
  const settingsByUri = new Map<string, EditorSettings | undefined>();

  // Dutch unless the draft or the user chooses English (or auto, the display language): the drafts are
  // Dutch contracts. A draft's own language comment comes before the setting.
  const lang = (result?: AnalysisResult): Lang => {
    if (result?.model.declaredLanguage) return result.model.declaredLanguage;
    const taal = languageSetting(editorSettings) ?? initTaal;
    if (taal === 'en') return 'en';
    return taal === 'auto' ? locale : 'nl';
  };
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
    // A dictionary that arrived since the last analysis makes it stale too.
    const optionsKey = `${dictionaryGeneration()}|${JSON.stringify(options)}`;
    if (state.result && state.version === doc.version && state.optionsKey === optionsKey) return state.result;
    // The previous result is stale (another version or other options, and the parse may move its model in
    // place): let it go before the new analysis allocates rather than hold both at the peak. The analyzer
    // keeps what it re-uses.
    state.result = undefined;
    try {
      state.result = state.analyzer.analyze(doc.getText(), options, token);
    } catch (e) {
      if (e instanceof CancelledError) return undefined;
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
    const l = lang(result);
    const diagnostics = result.findings.flatMap((f) => toDiagnostics(result.lines, uri, f, l));
    connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    const status: StatusNotification = {
      uri,
      errors: result.findings.filter((f) => f.severity === 'error').length,
      warnings: result.findings.filter((f) => f.severity === 'warning').length,
      infos: result.findings.filter((f) => f.severity === 'information' || f.severity === 'hint').length,
      audience: result.audienceSource === 'undecided' ? 'unknown' : result.audience,
      limited: result.limited,
      ...describeKind(result.model.documentKind),
    };
    void connection.sendNotification('clausule/status', status);
    requestDictionary();
    const state = states.get(uri)!;
    if (result.audienceSource === 'undecided' && !state.toldAudience) {
      state.toldAudience = true;
      // A notification, not a request: nothing waits for the user to close it.
      void connection.sendNotification('window/showMessage', {
        type: 3,
        message:
          l === 'nl'
          ? 'Clausule: uit dit concept blijkt niet of het voor consumenten of voor bedrijven is; de consumentenregels staan als hint. Leg de doelgroep vast met <!-- clausule: doelgroep=b2c --> (of b2b) bovenaan, of met de instelling clausule.audience.'
          : 'Clausule: this draft does not show whether it is for consumers or for businesses; the consumer rules run as hints. Set the audience with <!-- clausule: doelgroep=b2c --> (or b2b) at the top, or with the setting clausule.audience.',
      });
    }
    if (result.limited && !state.toldLimited) {
      state.toldLimited = true;
      void connection.window.showInformationMessage(
        l === 'nl'
          ? 'Clausule: dit concept is erg groot; alleen de snelle controles zijn uitgevoerd (instelling clausule.largeDocumentThreshold).'
          : 'Clausule: this draft is very large; only the fast checks ran (setting clausule.largeDocumentThreshold).',
      );
    }
  };

  // Documents whose debounce has run out wait here and are analysed one per turn of the event loop, so
  // requests (a hover) that arrive meanwhile are read and answered between two analyses, not after all of
  // them. The document the user last touched (edited or asked about) goes first.
  const ready = new Set<string>();
  let active: string | undefined;
  let pumping: NodeJS.Immediate | undefined;
  const pump = () => {
    pumping = undefined;
    const next = active !== undefined && ready.has(active) ? active : ready.values().next().value;
    if (next === undefined) return;
    ready.delete(next);
    try {
      publish(next);
    } finally {
      if (ready.size) pumping = setImmediate(pump);
    }
  };
  const enqueue = (uri: string) => {
    ready.add(uri);
    pumping ??= setImmediate(pump);
  };
  const touch = (uri: unknown) => {
    if (typeof uri === 'string' && documents.get(uri)) active = uri;
  };

  // The Dutch dictionary loads once, after the first publish: a draft shows its structure findings at
  // once and its spelling a moment later; no analysis waits for the dictionary.
  let dictionaryRequested = false;
  const requestDictionary = () => {
    if (dictionaryRequested) return;
    dictionaryRequested = true;
    setTimeout(() => {
      void ensureDictionary().then((load) => {
        if (load.error) log(`[clausule] spelling is not checked: ${load.error}`);
        else log(`[clausule] Dutch dictionary loaded in ${load.ms} ms`);
        scheduleAll();
      });
    }, 0);
  };

  const schedule = (uri: string) => {
    const state = states.get(uri) ?? { analyzer: new Analyzer() };
    states.set(uri, state);
    state.cancel?.();
    ready.delete(uri);
    const delay = debounceMs();
    if (delay === 0) {
      // setImmediate still lets queued changes arrive first, so a flood of edits is analysed once.
      const h = setImmediate(() => {
        state.cancel = undefined;
        enqueue(uri);
      });
      state.cancel = () => clearImmediate(h);
      return;
    }
    const h = setTimeout(() => {
      state.cancel = undefined;
      enqueue(uri);
    }, delay);
    state.cancel = () => clearTimeout(h);
  };

  // Every open document at once (settings, dictionary, a config file): one timer for all of them, so that
  // they are ready together and the pump takes the one the user works in first. Separate timers set in a
  // loop can fall due in different turns of the event loop, and the first to fire would be analysed first.
  const scheduleAll = () => {
    const due = new Set<string>();
    for (const doc of documents.all()) {
      const state = states.get(doc.uri) ?? { analyzer: new Analyzer() };
      states.set(doc.uri, state);
      state.cancel?.();
      ready.delete(doc.uri);
      due.add(doc.uri);
      state.cancel = () => due.delete(doc.uri);
    }
    if (!due.size) return;
    const fire = () => {
      for (const uri of due) {
        const state = states.get(uri);
        if (state) state.cancel = undefined;
        enqueue(uri);
      }
    };
    const delay = debounceMs();
    if (delay === 0) setImmediate(fire);
    else setTimeout(fire, delay);
  };

  const refreshSettings = async () => {
    if (!pullConfiguration) return;
    try {
      editorSettings = (await connection.workspace.getConfiguration('clausule')) as EditorSettings | undefined;
    } catch {
      editorSettings = undefined;
    }
    settingsByUri.clear();
    scheduleAll();
  };

  // A request names the document the user is looking at: its analysis comes first from now on.
  const ctx: ServerContext = {
    connection,
    documents,
    analysisFor: (uri, token) => {
      touch(uri);
      return analysisFor(uri, token);
    },
    lang,
    log,
  };

  locale = (params.locale ?? '').toLowerCase().startsWith('nl') ? 'nl' : 'en';
  const init = params.initializationOptions as ({ diagnostics?: { debounceMs?: number } } & EditorSettings) | undefined;
  if (typeof init?.diagnostics?.debounceMs === 'number') initDebounce = init.diagnostics.debounceMs;
  const initLanguage = languageSetting(init);
  if (typeof initLanguage === 'string') initTaal = initLanguage;
  pullConfiguration = !!params.capabilities?.workspace?.configuration;

  connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as { clausule?: EditorSettings } | undefined)?.clausule;
    if (!pullConfiguration && s) editorSettings = s;
    void refreshSettings();
    if (!pullConfiguration) scheduleAll();
  });
  connection.onDidChangeWatchedFiles(() => {
    configCache.clear();
    // Clear what was published on config files; reading them again republishes what still applies.
    for (const uri of configDiagnosticUris) void connection.sendDiagnostics({ uri, diagnostics: [] });
    configDiagnosticUris.clear();
    scheduleAll();
  });

  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => {
    touch(e.document.uri);
    schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    const state = states.get(e.document.uri);
    state?.cancel?.();
    ready.delete(e.document.uri);
    if (active === e.document.uri) active = undefined;
    states.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  for (const f of features as Feature[]) f.register(ctx);
  // Documents opened before the handlers were installed.
  scheduleAll();
  // The entry owns the `initialized` handler (it may load this bundle on that notification).
  return { initialized: () => void refreshSettings() };
}

