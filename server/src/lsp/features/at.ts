// Shared by the model/navigation feature modules: the analysis and offset for a request, or a proper error.
import { ErrorCodes, ResponseError, type CancellationToken, type Position } from 'vscode-languageserver/node';
import type { AnalysisResult } from '../../core';
import type { ServerContext } from '../context';

export function isPosition(p: unknown): p is Position {
  const q = p as Position | undefined;
  return !!q && Number.isInteger(q.line) && Number.isInteger(q.character) && q.line >= 0 && q.character >= 0;
}

/** The document's analysis and the UTF-16 offset of `position`; null when the document is unknown. */
export function analysisAt(
  ctx: ServerContext,
  params: { textDocument?: { uri?: unknown }; position?: unknown },
  token?: CancellationToken,
): { result: AnalysisResult; offset: number; uri: string } | null {
  const uri = params?.textDocument?.uri;
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument.uri is required');
  if (!isPosition(params.position)) throw new ResponseError(ErrorCodes.InvalidParams, 'position must be {line, character} with non-negative integers');
  const result = ctx.analysisFor(uri, token);
  if (!result) return null;
  return { result, offset: result.positions.offsetAt(params.position), uri };
}
