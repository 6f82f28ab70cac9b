// Document highlights: the other occurrences of the term or clause under the cursor.
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver/node';
import { featureCapabilities } from '../capabilities';
import type { Feature } from '../context';
import { toRange } from '../convert';
import { occurrencesAt } from '../../core/features/navigation';
import { analysisAt } from './at';

export const highlights: Feature = {
  capabilities: featureCapabilities.highlights,
  register(ctx) {
    ctx.connection.onDocumentHighlight((params, token): DocumentHighlight[] | null => {
      const at = analysisAt(ctx, params, token);
      if (!at) return null;
      return occurrencesAt(at.result.model, at.offset).map((o) => ({
        range: toRange(at.result.positions, o.span),
        kind: o.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    });
  },
};
