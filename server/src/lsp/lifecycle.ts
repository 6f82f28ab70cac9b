// The LSP lifecycle and the shape of request params, checked once for every incoming message before any
// handler runs: requests before `initialize` get ServerNotInitialized, a second `initialize` and requests
// after `shutdown` get InvalidRequest, notifications in those states are dropped (except `exit`), and
// params of the wrong shape get InvalidParams instead of a TypeError from deep inside a handler.
// This module has no LSP library dependency, so the entry bundle stays small and it is testable alone.

export const enum Phase {
  Starting,
  Running,
  ShutDown,
}

export const ErrorCode = { InvalidRequest: -32600, InvalidParams: -32602, ServerNotInitialized: -32002 } as const;

export type Verdict = { kind: 'pass' } | { kind: 'drop' } | { kind: 'refuse'; code: number; message: string };

interface IncomingMessage {
  id?: unknown;
  method?: unknown;
  params?: unknown;
}

const PASS: Verdict = { kind: 'pass' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosition = (p: unknown): boolean =>
  isObject(p) && Number.isInteger(p.line) && Number.isInteger(p.character) && (p.line as number) >= 0 && (p.character as number) >= 0;
const isRange = (r: unknown): boolean => isObject(r) && isPosition(r.start) && isPosition(r.end);

/** Requests that name a position in a document. */
const POSITION_METHODS = new Set([
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/definition',
  'textDocument/declaration',
  'textDocument/typeDefinition',
  'textDocument/implementation',
  'textDocument/references',
  'textDocument/documentHighlight',
  'textDocument/prepareRename',
  'textDocument/rename',
  'textDocument/signatureHelp',
  'textDocument/linkedEditingRange',
  'textDocument/moniker',
  'textDocument/prepareCallHierarchy',
  'textDocument/prepareTypeHierarchy',
]);
/** Requests that name a range in a document. */
const RANGE_METHODS = new Set(['textDocument/codeAction', 'textDocument/inlayHint', 'textDocument/semanticTokens/range', 'textDocument/rangeFormatting', 'textDocument/inlineValue']);
/** Requests without params. */
const NO_PARAMS = new Set(['shutdown']);

/** Why `params` of a request for `method` are malformed, or undefined when their shape is right. */
export function paramsProblem(method: string, params: unknown): string | undefined {
  if (NO_PARAMS.has(method)) return undefined;
  const lsp = method.startsWith('textDocument/') || method.startsWith('workspace/') || method.endsWith('/resolve') || method === 'initialize';
  if (!lsp) return undefined; // clausule/* requests check their own params
  if (!isObject(params)) return `${method}: params must be an object`;
  if (method.startsWith('textDocument/')) {
    const doc = params.textDocument;
    if (!isObject(doc) || typeof doc.uri !== 'string') return `${method}: textDocument.uri (a string) is required`;
    if (POSITION_METHODS.has(method) && !isPosition(params.position)) return `${method}: position must be {line, character} with non-negative integers`;
    if (RANGE_METHODS.has(method) && !isRange(params.range)) return `${method}: range must be {start, end} positions with non-negative integers`;
    if (method === 'textDocument/rename' && typeof params.newName !== 'string') return `${method}: newName (a string) is required`;
    if (method === 'textDocument/codeAction' && (!isObject(params.context) || !Array.isArray(params.context.diagnostics))) return `${method}: context.diagnostics (an array) is required`;
    if (method === 'textDocument/selectionRange' && (!Array.isArray(params.positions) || !params.positions.every(isPosition))) return `${method}: positions must be an array of positions`;
  }
  if (method === 'workspace/executeCommand' && (typeof params.command !== 'string' || (params.arguments !== undefined && !Array.isArray(params.arguments)))) {
    return `${method}: command (a string) is required and arguments must be an array`;
  }
  if (method === 'workspace/symbol' && typeof params.query !== 'string') return `${method}: query (a string) is required`;
  return undefined;
}

/** The lifecycle state machine of one connection. */
export class Lifecycle {
  phase = Phase.Starting;
  private initializeSeen = false;

  /** What to do with an incoming message; moves the phase on `initialize` and `shutdown`. */
  judge(message: IncomingMessage): Verdict {
    const method = typeof message.method === 'string' ? message.method : undefined;
    if (method === undefined) return PASS; // responses and invalid messages: the library answers those
    const isRequest = message.id !== undefined && message.id !== null;
    if (!isRequest) {
      if (method === 'exit' || method === '$/cancelRequest') return PASS;
      return this.phase === Phase.Running ? PASS : { kind: 'drop' };
    }
    if (method === 'initialize') {
      if (this.initializeSeen) return { kind: 'refuse', code: ErrorCode.InvalidRequest, message: 'initialize was already received' };
      const problem = paramsProblem(method, message.params);
      if (problem) return { kind: 'refuse', code: ErrorCode.InvalidParams, message: problem };
      this.initializeSeen = true;
      this.phase = Phase.Running;
      return PASS;
    }
    if (this.phase === Phase.Starting) return { kind: 'refuse', code: ErrorCode.ServerNotInitialized, message: `${method}: the server is not initialized yet (send initialize first)` };
    if (this.phase === Phase.ShutDown) return { kind: 'refuse', code: ErrorCode.InvalidRequest, message: `${method}: the server is shutting down` };
    if (method === 'shutdown') {
      this.phase = Phase.ShutDown;
      return PASS;
    }
    const problem = paramsProblem(method, message.params);
    return problem ? { kind: 'refuse', code: ErrorCode.InvalidParams, message: problem } : PASS;
  }
}
