// Go to definition: a defined term to its definition, a cross-reference to the clause it points at, a
// statute citation to the provision's text (a clausule-wet: document the client serves).
import type { Location } from 'vscode-languageserver/node';
import { featureCapabilities } from '../capabilities';
import type { Feature } from '../context';
import { toRange } from '../convert';
import { definitionAt } from '../../core/features/navigation';
import { analysisAt } from './at';
import { citationAt } from '../../core/features/lawHover';
import { refOfCitation, renderProvision } from '../../core/features/provision';
import { provisionUri } from '../provisionUri';

export const definition: Feature = {
  capabilities: featureCapabilities.definition,
  register(ctx) {
    ctx.connection.onDefinition((params, token): Location[] | null => {
      const at = analysisAt(ctx, params, token);
      if (!at) return null;
      const spans = definitionAt(at.result.model, at.offset);
      if (spans.length) return spans.map((s) => ({ uri: at.uri, range: toRange(at.result.positions, s) }));
      // A statute citation: its text, as the document "Clausule: Wetsartikel tonen" opens.
      const c = citationAt(at.result.model.citations, at.offset);
      if (!c) return [];
      const ref = refOfCitation(c);
      if (!renderProvision(ref, ctx.lang(at.result), { mode: 'document' })) return [];
      const key = `${ref.key}${ref.lid ? ` lid ${ref.lid}` : ''}${ref.sub ? ` sub ${ref.sub}` : ''}`;
      return [{ uri: provisionUri(key, ctx.lang(at.result)), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
    });
  },
};
