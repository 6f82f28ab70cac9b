// Find references: every use of a defined term (inflections included), or every reference to a clause.
import type { Location } from 'vscode-languageserver/node';
import { featureCapabilities } from '../capabilities';
import type { Feature } from '../context';
import { toRange } from '../convert';
import { referencesAt } from '../../core/features/navigation';
import { analysisAt } from './at';

export const references: Feature = {
  capabilities: featureCapabilities.references,
  register(ctx) {
    ctx.connection.onReferences((params, token): Location[] | null => {
      const at = analysisAt(ctx, params, token);
      if (!at) return null;
      const spans = referencesAt(at.result.model, at.offset, params.context?.includeDeclaration !== false);
      return spans.map((s) => ({ uri: at.uri, range: toRange(at.result.positions, s) }));
    });
  },
};
