// Selection ranges: word, own text, line, clause, article, part, document.
import { ErrorCodes, ResponseError, type SelectionRange } from 'vscode-languageserver/node';
import { featureCapabilities } from '../capabilities';
import type { Feature } from '../context';
import { toRange } from '../convert';
import { selectionSpans } from '../../core/features/symbols';
import { isPosition } from './at';

export const selection: Feature = {
  capabilities: featureCapabilities.selection,
  register(ctx) {
    ctx.connection.onSelectionRanges((params, token): SelectionRange[] | null => {
      if (!Array.isArray(params.positions) || !params.positions.every(isPosition)) throw new ResponseError(ErrorCodes.InvalidParams, 'positions must be an array of positions');
      const result = ctx.analysisFor(params.textDocument.uri, token);
      if (!result) return null;
      const lines = result.positions;
      return params.positions.map((p) => {
        const spans = selectionSpans(result.model, lines.offsetAt(p));
        let range: SelectionRange | undefined;
        for (let k = spans.length - 1; k >= 0; k--) range = { range: toRange(lines, spans[k]), parent: range };
        return range ?? { range: { start: p, end: p } };
      });
    });
  },
};
