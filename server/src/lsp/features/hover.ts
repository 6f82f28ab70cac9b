// The one hover handler: statute citation first, then defined term, then cross-reference.
import type { Hover } from 'vscode-languageserver/node';
import { featureCapabilities } from '../capabilities';
import type { Feature } from '../context';
import { toRange } from '../convert';
import { citationHoverAt } from '../../core/features/lawHover';
import { referenceHoverAt, termHoverAt } from '../../core/features/termHover';
import { analysisAt } from './at';

export const hover: Feature = {
  capabilities: featureCapabilities.hover,
  register(ctx) {
    ctx.connection.onHover((params, token): Hover | null => {
      const at = analysisAt(ctx, params, token);
      if (!at) return null;
      const { result, offset } = at;
      const lang = ctx.lang(result);
      let h: { markdown: string; span: { start: number; end: number } } | undefined;
      try {
        h = citationHoverAt(result, offset, lang);
      } catch (e) {
        ctx.log(`[clausule] citation hover failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      h ??= termHoverAt(result.model, offset, lang) ?? referenceHoverAt(result.model, offset, lang);
      if (!h) return null;
      return { contents: { kind: 'markdown', value: h.markdown }, range: toRange(result.positions, h.span) };
    });
  },
};
