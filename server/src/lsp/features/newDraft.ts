// clausule/newDraft {audience, serviceType?, supplier?, city?, kvk?, website?} -> {text}: new terms from the
// clause library for the editor's "Nieuwe voorwaarden…" wizard (the same generator as `clausule nieuw`).
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { dutchDate, newDraft, type NewDraftRequest } from '../../core/library';
import { featureCapabilities } from '../capabilities';
import type { Feature } from '../context';

export const NEW_DRAFT_REQUEST = 'clausule/newDraft';

export const newDraftRequest: Feature = {
  capabilities: featureCapabilities.newDraftRequest,
  register(ctx) {
    ctx.connection.onRequest(NEW_DRAFT_REQUEST, (params: NewDraftRequest | undefined): { text: string } => {
      const result = newDraft({ ...(params ?? {}), date: dutchDate(new Date()) });
      if ('error' in result) throw new ResponseError(ErrorCodes.InvalidParams, result.error[ctx.lang()]);
      return result;
    });
  },
};
