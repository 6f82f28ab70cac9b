// Preview and export requests. The server already holds the document's analysis, so the client stays thin:
//   clausule/preview {uri}          -> {uri, version, html, title, lineCount}   (an HTML fragment, escaped)
//   clausule/export  {uri, format}  -> {format, data (base64), warnings, articleCount}
// The Word writer lives in dist/export.js beside the server bundle and is loaded on the first export only.
import * as path from 'node:path';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';
import { featureCapabilities } from '../capabilities';
import type { Feature } from '../context';
import { buildExportDocument } from '../../core/render/exportModel';
import { renderHtmlBody, renderStandaloneHtml } from '../../core/render/html';
import type * as ExportBundle from '../../export/index';
import { docxTooLarge } from '../../export/limits';

export interface PreviewParams {
  uri: string;
}
export interface PreviewResult {
  uri: string;
  version: number;
  html: string;
  title?: string;
  lineCount: number;
}
export interface ExportParams {
  uri: string;
  format: 'docx' | 'html';
}
export interface ExportResult {
  format: 'docx' | 'html';
  data: string;
  warnings: string[];
  articleCount: number;
}

let exporter: typeof ExportBundle | undefined;
function loadExporter(): typeof ExportBundle {
  // A computed path keeps esbuild from inlining the docx package into the server bundle.
  const file = path.join(__dirname, 'export.js');
  exporter ??= require(file) as typeof ExportBundle;
  return exporter;
}

function uriOf(params: unknown): string {
  const uri = (params as { uri?: unknown } | null)?.uri;
  if (typeof uri !== 'string' || !uri) throw new ResponseError(ErrorCodes.InvalidParams, 'clausule: "uri" (string) is required');
  return uri;
}

/** Yields one turn of the event loop (queued messages are read), then stops if the request was cancelled. */
async function stageDone(token: CancellationToken): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'clausule: cancelled');
}

export const preview: Feature = {
  capabilities: featureCapabilities.preview,
  register({ connection, documents, analysisFor, lang, log }) {
    connection.onRequest('clausule/preview', async (params: unknown, token): Promise<PreviewResult | null> => {
      const uri = uriOf(params);
      const doc = documents.get(uri);
      if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, `clausule: document not open: ${uri}`);
      const result = analysisFor(uri, token);
      if (!result) return null; // cancelled: a newer request follows
      // Each stage of a large preview takes long: between stages, let other messages (a cancel, a hover) in.
      await stageDone(token);
      const l = lang(result);
      // The export model reads the model's (NFC) text: findings are placed by their offsets in it.
      const { lines, positions } = result;
      const findings = positions === lines ? result.findings : result.findings.map((f) => ({ ...f, span: { start: positions.offsetAt(lines.positionAt(f.span.start)), end: positions.offsetAt(lines.positionAt(f.span.end)) } }));
      const model = buildExportDocument(result.model, { lang: l, findings });
      await stageDone(token);
      return { uri, version: doc.version, html: renderHtmlBody(model, 'preview'), title: model.title, lineCount: result.model.lines.lineCount };
    });

    connection.onRequest('clausule/export', async (params: unknown, token): Promise<ExportResult> => {
      const uri = uriOf(params);
      const format = (params as { format?: unknown }).format;
      if (format !== 'docx' && format !== 'html') throw new ResponseError(ErrorCodes.InvalidParams, 'clausule: "format" must be "docx" or "html"');
      if (!documents.get(uri)) throw new ResponseError(ErrorCodes.InvalidParams, `clausule: document not open: ${uri}`);
      const result = analysisFor(uri);
      if (!result) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'clausule: cancelled');
      await stageDone(token);
      const doc = buildExportDocument(result.model, { lang: lang(result) });
      await stageDone(token);
      if (format === 'html') {
        return { format, data: Buffer.from(renderStandaloneHtml(doc), 'utf8').toString('base64'), warnings: [], articleCount: doc.articleCount };
      }
      const tooLarge = docxTooLarge(documents.get(uri)!.getText().length);
      if (tooLarge) throw new ResponseError(ErrorCodes.InvalidRequest, `clausule: ${tooLarge}`);
      let bundle: typeof ExportBundle;
      try {
        bundle = loadExporter();
      } catch (e) {
        log(`[clausule] cannot load export.js: ${e instanceof Error ? e.message : String(e)}`);
        throw new ResponseError(ErrorCodes.InternalError, 'clausule: the Word exporter (export.js) is missing from this installation');
      }
      const out = await bundle.renderDocx(doc);
      return { format, data: Buffer.from(out.data).toString('base64'), warnings: out.warnings, articleCount: doc.articleCount };
    });
  },
};
