// Server entry: VS Code starts it over IPC (--node-ipc); other editors use `node server.js --stdio`.
// This bundle holds only the LSP library and answers `initialize` from static capabilities; the analysis
// core and the feature modules (dist/server-core.js, most of the code) are loaded once the answer is out,
// so the editor is not kept waiting while they compile.
import * as path from 'node:path';
import * as lsp from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { serverCapabilities } from './lsp/capabilities';
import { Lifecycle } from './lsp/lifecycle';
import { SHARED_LSP_LIBRARY } from './lsp/shared';
import type * as ServerCore from './lsp/server';

if (process.argv.includes('--version')) {
  process.stdout.write(`clausule-server ${SERVER_VERSION}\n`);
  process.exit(0);
}
if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write('Usage: node server.js --stdio   (Clausule language server; VS Code uses --node-ipc)\n');
  process.exit(2);
}

// Every incoming message passes the lifecycle gate first (see lsp/lifecycle.ts). A refused request is handed
// on under a method of our own whose handler answers with the error, so the library still owns the response.
const REFUSED = '$/clausule/refused';
const lifecycle = new Lifecycle();
const messageStrategy: lsp.MessageStrategy = {
  handleMessage(message, next) {
    const verdict = lifecycle.judge(message as { id?: unknown; method?: unknown; params?: unknown });
    if (verdict.kind === 'drop') return;
    if (verdict.kind === 'refuse') return next({ ...message, method: REFUSED, params: { code: verdict.code, message: verdict.message } } as lsp.Message);
    return next(message);
  },
};
// A request still waiting in the queue when its $/cancelRequest arrives is answered RequestCancelled at once,
// rather than run for nothing (the client has moved on).
const connectionStrategy: lsp.ConnectionStrategy = {
  cancelUndispatched: (message) => ({ jsonrpc: '2.0', id: (message as lsp.RequestMessage).id, error: new lsp.ResponseError(lsp.LSPErrorCodes.RequestCancelled, 'cancelled before it ran').toJson() }),
};
const connection = lsp.createConnection(lsp.ProposedFeatures.all, { messageStrategy, connectionStrategy });
connection.onRequest(REFUSED, (p: { code: number; message: string }) => {
  throw new lsp.ResponseError(p.code, p.message);
});
const documents = new lsp.TextDocuments(TextDocument);
let initializeParams: lsp.InitializeParams | undefined;
let core: ReturnType<typeof ServerCore.startServer> | undefined;
let coreFailed = false;
let shuttingDown = false;

connection.onInitialize((params) => {
  initializeParams = params;
  // The answer is written on a later setImmediate turn (the JSON-RPC writer queues it): load the core two
  // turns on, after the answer is out. `initialized` loads it at once if it comes first.
  setImmediate(() => setImmediate(startCore));
  return { capabilities: serverCapabilities(), serverInfo: { name: 'clausule', version: SERVER_VERSION } };
});
connection.onInitialized(() => startCore()?.initialized());

documents.listen(connection);
connection.listen();

// Nothing is loaded after shutdown (the delayed load of a fast initialize → shutdown would still run).
connection.onShutdown(() => {
  shuttingDown = true;
});

function startCore(): typeof core {
  if (core || coreFailed || shuttingDown || !initializeParams) return core;
  // The core bundle uses this instance of the LSP library (one ResponseError class, one connection).
  (globalThis as Record<symbol, unknown>)[SHARED_LSP_LIBRARY] = lsp;
  // A computed path keeps esbuild from inlining server-core.js into this bundle.
  const file = path.join(__dirname, 'server-core.js');
  try {
    const loaded = require(file) as typeof ServerCore;
    core = loaded.startServer(connection, documents, initializeParams);
  } catch (e) {
    // An incomplete install: say what is missing rather than die with a bare stack trace, once.
    coreFailed = true;
    const why = e instanceof Error ? e.message : String(e);
    const message = `Clausule: ${file} kan niet worden geladen / cannot be loaded (${why}). Installeer de extensie opnieuw / reinstall the extension.`;
    process.stderr.write(message + '\n');
    connection.console.error(message);
    // Let the log message reach the editor before the process ends.
    setTimeout(() => process.exit(1), 200);
  }
  return core;
}

declare const SERVER_VERSION: string;
