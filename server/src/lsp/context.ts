// What every LSP feature module gets: the connection, the open documents and their analysis.
import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult, CancellationToken, Lang } from '../core';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The analysis of the document's current text (computed now if the debounced run has not happened yet). */
  analysisFor(uri: string, token?: CancellationToken): AnalysisResult | undefined;
  /**
   * Language of user-facing text about a draft: its own comment (`<!-- clausule: taal=en -->`) in `result`,
   * else clausule.language (Dutch by default; auto follows the editor's display language).
   */
  lang(result?: AnalysisResult): Lang;
  log(message: string): void;
}

/** A feature module: the capabilities it adds and the handlers it installs. */
export interface Feature {
  capabilities: Partial<ServerCapabilities>;
  register(ctx: ServerContext): void;
}
