// What the server offers, per feature module, as plain data. It lives apart from the features so that the
// server entry (main.ts) can answer `initialize` before it loads the analysis core and the features.
import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver/node';

export const RENUMBER = 'clausule.renumber';
export const SHOW_DEFINITIONS = 'clausule.showDefinitions';

/** One entry per module in features/; each feature module declares its entry as its `capabilities`. */
export const featureCapabilities = {
  codeActions: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } },
  preview: {},
  hover: { hoverProvider: true },
  // Resolve: the statute articles of a book come without their text excerpts (hundreds of items); the
  // editor asks for the excerpt of the item it shows.
  // '-': typing a library prefix ("av-") offers the clauses, numbered for their place, also with quick suggestions off.
  completion: { completionProvider: { triggerCharacters: [' ', ':', '-'], resolveProvider: true } },
  symbols: { documentSymbolProvider: { label: 'Clausule' } },
  folding: { foldingRangeProvider: true },
  selection: { selectionRangeProvider: true },
  definition: { definitionProvider: true },
  references: { referencesProvider: true },
  highlights: { documentHighlightProvider: true },
  rename: { renameProvider: { prepareProvider: true } },
  renumber: { executeCommandProvider: { commands: [RENUMBER, SHOW_DEFINITIONS] } },
  lawLinks: { documentLinkProvider: { resolveProvider: false } },
  lawCommand: {},
  newDraftRequest: {},
} satisfies Record<string, Partial<ServerCapabilities>>;

/** The `capabilities` of the initialize result. */
export function serverCapabilities(): ServerCapabilities {
  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
  };
  for (const c of Object.values(featureCapabilities)) Object.assign(capabilities, c);
  return capabilities;
}
