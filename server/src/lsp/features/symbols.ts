// Document symbols: the outline of parts, articles, clauses and sub-items with their numbers and headings.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import { featureCapabilities } from '../capabilities';
import type { Feature } from '../context';
import { toRange } from '../convert';
import { documentSymbols, type OutlineSymbol } from '../../core/features/symbols';

const KIND: Record<OutlineSymbol['kind'], SymbolKind> = {
  part: SymbolKind.Namespace,
  article: SymbolKind.Class,
  clause: SymbolKind.Field,
  item: SymbolKind.EnumMember,
};

export const symbols: Feature = {
  capabilities: featureCapabilities.symbols,
  register(ctx) {
    ctx.connection.onDocumentSymbol((params, token): DocumentSymbol[] | null => {
      const result = ctx.analysisFor(params.textDocument.uri, token);
      if (!result) return null;
      const lines = result.positions;
      const convert = (s: OutlineSymbol): DocumentSymbol => ({
        name: s.name || '—',
        detail: s.detail,
        kind: KIND[s.kind],
        range: toRange(lines, s.span),
        selectionRange: toRange(lines, s.selectionSpan),
        children: s.children.map(convert),
      });
      return documentSymbols(result.model).map(convert);
    });
  },
};
