// Rename a defined term everywhere (inflections included); anything that is not a term is refused.
import { ErrorCodes, ResponseError, type WorkspaceEdit } from 'vscode-languageserver/node';
import { featureCapabilities } from '../capabilities';
import type { Feature } from '../context';
import { toRange, toTextEdit } from '../convert';
import { prepareRename, renameTerm } from '../../core/features/rename';
import { analysisAt } from './at';

export const rename: Feature = {
  capabilities: featureCapabilities.rename,
  register(ctx) {
    ctx.connection.onPrepareRename((params, token) => {
      const at = analysisAt(ctx, params, token);
      if (!at) return null;
      const p = prepareRename(at.result.model, at.offset);
      if (!p) {
        throw new ResponseError(
          ErrorCodes.InvalidRequest,
          ctx.lang(at.result) === 'nl' ? 'Alleen een gedefinieerd begrip kan worden hernoemd.' : 'Only a defined term can be renamed.',
        );
      }
      return { range: toRange(at.result.positions, p.span), placeholder: p.placeholder };
    });
    ctx.connection.onRenameRequest((params, token): WorkspaceEdit | null => {
      const at = analysisAt(ctx, params, token);
      if (!at) return null;
      if (typeof params.newName !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'newName must be a string');
      const r = renameTerm(at.result.model, at.offset, params.newName);
      if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error[ctx.lang(at.result)]);
      return { changes: { [at.uri]: r.edits.map((e) => toTextEdit(at.result.positions, e)) } };
    });
  },
};
