// The one completion handler: statute articles, clause library, defined terms and clause numbers.
import { CompletionItemKind, CompletionTriggerKind, ErrorCodes, InsertTextFormat, ResponseError, type CompletionItem, type Range } from 'vscode-languageserver/node';
import type { Span } from '../../core';
import { featureCapabilities } from '../capabilities';
import type { Feature } from '../context';
import { toRange } from '../convert';
import { articleDocumentation, lawCompletionsAt } from '../../core/features/lawCompletion';
import { termCompletions } from '../../core/features/termCompletion';
import { libraryCompletions } from '../../core/library/completion';
import { analysisAt } from './at';

export const completion: Feature = {
  capabilities: featureCapabilities.completion,
  register(ctx) {
    ctx.connection.onCompletionResolve((item): CompletionItem => {
      if (typeof (item as CompletionItem | null)?.label !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'a completion item is required');
      const data = item.data as { article?: unknown; lang?: unknown } | null | undefined;
      if (typeof data?.article !== 'string' || item.documentation !== undefined) return item;
      // The draft's language travels with the item: a resolve request does not name the document.
      const value = articleDocumentation(data.article, data.lang === 'en' || data.lang === 'nl' ? data.lang : ctx.lang());
      return value ? { ...item, documentation: { kind: 'markdown', value } } : item;
    });
    ctx.connection.onCompletion((params, token): CompletionItem[] | null => {
      const at = analysisAt(ctx, params, token);
      if (!at) return null;
      const { result, offset } = at;
      const lines = result.positions;
      const lang = ctx.lang(result);
      const items: CompletionItem[] = [];
      try {
        // The items of one list share their span: convert it once.
        let lastSpan: Span | undefined;
        let lastRange: Range | undefined;
        const rangeOf = (span: Span): Range => {
          if (span !== lastSpan) {
            lastSpan = span;
            lastRange = toRange(lines, span);
          }
          return lastRange!;
        };
        for (const c of lawCompletionsAt(result, offset, lang, { articleDocumentation: false })) {
          const item: CompletionItem = {
            label: c.label,
            kind: CompletionItemKind.Reference,
            detail: c.detail,
            documentation: c.documentation ? { kind: 'markdown', value: c.documentation } : undefined,
            sortText: c.sortText,
            ...(c.span ? { textEdit: { range: rangeOf(c.span), newText: c.insertText ?? c.label } } : { insertText: c.insertText }),
          };
          if (c.documentationKey) item.data = { article: c.documentationKey, lang };
          items.push(item);
        }
      } catch (e) {
        ctx.log(`[clausule] law completion failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (items.length) return items; // inside a statute citation, the draft's own terms do not fit
      try {
        for (const c of libraryCompletions(result, offset, lang)) {
          items.push({
            label: c.label,
            kind: CompletionItemKind.Snippet,
            detail: c.detail,
            documentation: { kind: 'markdown', value: c.documentation },
            sortText: c.sortText,
            filterText: c.filterText,
            insertTextFormat: InsertTextFormat.Snippet,
            textEdit: { range: toRange(lines, c.span), newText: c.snippet },
          });
        }
      } catch (e) {
        ctx.log(`[clausule] library completion failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (items.length) return items; // a line that holds only an "av-" prefix wants a clause, not a term
      const explicit = params.context?.triggerKind !== CompletionTriggerKind.TriggerCharacter;
      for (const c of termCompletions(result.model, offset, lang, explicit)) {
        items.push({
          label: c.label,
          kind: c.kind === 'term' ? CompletionItemKind.Constant : CompletionItemKind.Reference,
          detail: c.detail,
          documentation: c.documentation ? { kind: 'plaintext', value: c.documentation } : undefined,
          sortText: c.sortText,
          insertTextFormat: InsertTextFormat.PlainText,
          textEdit: { range: toRange(lines, c.span), newText: c.insertText },
        });
      }
      return items;
    });
  },
};
