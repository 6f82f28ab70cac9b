// Folding ranges: one per part, article and multi-line clause.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver/node';
import { featureCapabilities } from '../capabilities';
import type { Feature } from '../context';
import { foldingRanges } from '../../core/features/symbols';

export const folding: Feature = {
  capabilities: featureCapabilities.folding,
  register(ctx) {
    ctx.connection.onFoldingRanges((params, token): FoldingRange[] | null => {
      const result = ctx.analysisFor(params.textDocument.uri, token);
      if (!result) return null;
      return foldingRanges(result.model).map((f) => ({ startLine: f.startLine, endLine: f.endLine, kind: FoldingRangeKind.Region }));
    });
  },
};
