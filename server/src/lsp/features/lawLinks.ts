// Document links for statute citations: each opens the cited article on wetten.overheid.nl.
import { ErrorCodes, ResponseError, type DocumentLink } from 'vscode-languageserver/node';
import { featureCapabilities } from '../capabilities';
import type { Feature } from '../context';
import { toRange } from '../convert';
import { lawLinks as linksOf } from '../../core/features/lawLinks';

export const lawLinks: Feature = {
  capabilities: featureCapabilities.lawLinks,
  register(ctx) {
    ctx.connection.onDocumentLinks((params, token): DocumentLink[] | null => {
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument.uri is required');
      const result = ctx.analysisFor(uri, token);
      if (!result) return null;
      return linksOf(result, ctx.lang(result)).map((l) => ({ range: toRange(result.positions, l.span), target: l.target, tooltip: l.tooltip }));
    });
  },
};
