// Commands that edit or list the draft, executed server-side:
//   clausule.renumber [uri]         renumbers articles and clauses and rewrites every cross-reference (one WorkspaceEdit)
//   clausule.showDefinitions [uri]  lists the draft's defined terms
// The client passes the active document (and { interactive: true }) when run from the command palette;
// without arguments the document last opened or edited is meant.
import { ErrorCodes, ResponseError, type WorkspaceEdit } from 'vscode-languageserver/node';
import { featureCapabilities, RENUMBER, SHOW_DEFINITIONS } from '../capabilities';
import type { Feature } from '../context';
import { toRange, toTextEdit } from '../convert';
import { renumberEdits } from '../../core/features/renumber';


function uriOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const a = arg as { uri?: unknown; textDocument?: { uri?: unknown } } | undefined;
  if (typeof a?.uri === 'string') return a.uri;
  if (typeof a?.textDocument?.uri === 'string') return a.textDocument.uri;
  return undefined;
}

export const renumber: Feature = {
  capabilities: featureCapabilities.renumber,
  register(ctx) {
    let lastActive: string | undefined;
    ctx.documents.onDidOpen((e) => (lastActive = e.document.uri));
    ctx.documents.onDidChangeContent((e) => (lastActive = e.document.uri));
    ctx.connection.onExecuteCommand(async (params, token) => {
      if (params.command !== RENUMBER && params.command !== SHOW_DEFINITIONS) {
        throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${String(params.command)}`);
      }
      let nl = ctx.lang() === 'nl';
      let uri = uriOf(params.arguments?.[0]);
      if (!uri) {
        const open = ctx.documents.all();
        uri = open.length === 1 ? open[0].uri : lastActive && ctx.documents.get(lastActive) ? lastActive : undefined;
      }
      if (!uri) throw new ResponseError(ErrorCodes.InvalidParams, nl ? 'Geen concept geopend.' : 'No draft is open.');
      const doc = ctx.documents.get(uri);
      const result = ctx.analysisFor(uri, token);
      if (!doc || !result) throw new ResponseError(ErrorCodes.InvalidParams, nl ? `Onbekend document: ${uri}` : `Unknown document: ${uri}`);
      nl = ctx.lang(result) === 'nl';
      const lines = result.positions;
      if (params.command === SHOW_DEFINITIONS) {
        const defs = result.model.definitions;
        const interactive = !params.arguments?.length || (params.arguments[1] as { interactive?: boolean } | undefined)?.interactive === true;
        if (interactive) {
          // From the command palette nobody reads the result: say it in a message.
          const names = defs.map((d) => d.term).join(', ');
          void ctx.connection.window.showInformationMessage(
            defs.length
              ? nl
                ? `Definities (${defs.length}): ${names}`
                : `Definitions (${defs.length}): ${names}`
              : nl
                ? 'Dit concept definieert geen begrippen.'
                : 'This draft defines no terms.',
          );
        }
        return defs.map((d) => ({
          term: d.term,
          label: d.label ?? d.term,
          definition: d.text,
          range: toRange(lines, d.span),
          uses: result.model.uses.filter((u) => u.term === d.term).length,
        }));
      }
      const edits = renumberEdits(result.model);
      const edit: WorkspaceEdit = {
        documentChanges: [{ textDocument: { uri, version: doc.version }, edits: edits.map((e) => toTextEdit(lines, e)) }],
      };
      if (edits.length) {
        try {
          const applied = await ctx.connection.workspace.applyEdit({ label: nl ? 'Artikelen hernummeren' : 'Renumber articles', edit });
          if (!applied.applied) ctx.log(`[clausule] renumber edit not applied: ${applied.failureReason ?? ''}`);
        } catch (e) {
          ctx.log(`[clausule] renumber: the client cannot apply edits (${e instanceof Error ? e.message : String(e)})`);
        }
      } else void ctx.connection.window.showInformationMessage(nl ? 'De nummering klopt al.' : 'The numbering is already in order.');
      return edit;
    });
  },
};
