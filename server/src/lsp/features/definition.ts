// Go to definition: a defined term to its definition, a cross-reference to the clause it points at.
import type { Location } from 'vscode-languageserver/node';
import { featureCapabilities } from '../capabilities';
import type { Feature } from '../context';
import { toRange } from '../convert';
import { definitionAt } from '../../core/features/navigation';
import { analysisAt } from './at';

export const definition: Feature = {
  capabilities: featureCapabilities.definition,
  register(ctx) {
    ctx.connection.onDefinition((params, token): Location[] | null => {
      const at = analysisAt(ctx, params, token);
      if (!at) return null;
      const spans = definitionAt(at.result.model, at.offset);
      return spans.map((s) => ({ uri: at.uri, range: toRange(at.result.model.lines, s) }));
    });
  },
};
