// Requests behind the client command "Clausule: Toon wetsartikel" (client/src/showProvision.ts):
//   clausule/provision  {key?, lang?, textDocument?, position?} -> {key, title, markdown} | null
//     key: "7:408", "7:408 lid 1", "6:236 sub j", "Tw 11.7" or a citation as written;
//     without a key, the citation at position in the document (null when the cursor is on none).
//   clausule/provisions {lang?} -> [{key, title}]   the curated provisions, for a quick pick.
//   clausule/lawImport {path, lang?} -> {ok, message}  "Clausule: Wet bijwerken": reads an official BWB XML
//     export the user downloaded and keeps it in the data folder (node/lawStore.ts); the client then restarts
//     the server, which loads the kept books at start.
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Lang } from '../../core';
import { featureCapabilities } from '../capabilities';
import type { Feature } from '../context';
import { citationAt } from '../../core/features/lawHover';
import { curatedProvisions, parseProvisionKey, provisionLabel, refOfCitation, renderProvision, type ProvisionRef } from '../../core/features/provision';
import { isPosition } from './at';
import { importLawFile, loadImportedLaw } from '../../node/lawStore';

export const PROVISION_REQUEST = 'clausule/provision';
export const PROVISIONS_REQUEST = 'clausule/provisions';
export const LAW_IMPORT_REQUEST = 'clausule/lawImport';

export interface ProvisionParams {
  key?: string;
  lang?: Lang;
  textDocument?: { uri: string };
  position?: { line: number; character: number };
}

export interface ProvisionResult {
  key: string;
  title: string;
  markdown: string;
}

function keyText(ref: ProvisionRef): string {
  return `${ref.key}${ref.lid ? ` lid ${ref.lid}` : ''}${ref.sub ? ` sub ${ref.sub}` : ''}`;
}

export const lawCommand: Feature = {
  capabilities: featureCapabilities.lawCommand,
  register(ctx) {
    // Law updates the user imported earlier replace the bundled text of their book.
    const kept = loadImportedLaw();
    if (kept.length) ctx.log(`law: using imported ${kept.map((b) => `Boek ${b.book} (${b.version})`).join(', ')}`);
    const langOf = (p: { lang?: unknown } | undefined): Lang => (p?.lang === 'nl' || p?.lang === 'en' ? p.lang : ctx.lang());

    ctx.connection.onRequest(PROVISION_REQUEST, (params: ProvisionParams | undefined, token): ProvisionResult | null => {
      const lang = langOf(params);
      let ref: ProvisionRef | undefined;
      if (params?.key !== undefined) {
        if (typeof params.key !== 'string' || params.key.length > 200) throw new ResponseError(ErrorCodes.InvalidParams, 'key must be a short string');
        ref = parseProvisionKey(params.key);
        if (!ref) {
          throw new ResponseError(ErrorCodes.InvalidParams, lang === 'nl' ? `Geen wetsartikel herkend in "${params.key}".` : `No statutory provision recognised in "${params.key}".`);
        }
      } else {
        const uri = params?.textDocument?.uri;
        if (typeof uri !== 'string' || !isPosition(params?.position)) {
          throw new ResponseError(ErrorCodes.InvalidParams, 'give a key, or textDocument and position');
        }
        const result = ctx.analysisFor(uri, token);
        if (!result) return null;
        const c = citationAt(result.model.citations, result.positions.offsetAt(params.position));
        if (!c) return null;
        ref = refOfCitation(c);
      }
      const markdown = renderProvision(ref, lang, { mode: 'document' });
      if (!markdown) {
        throw new ResponseError(ErrorCodes.InvalidParams, lang === 'nl' ? `Clausule kent ${provisionLabel(ref, lang)} niet.` : `Clausule does not hold ${provisionLabel(ref, lang)}.`);
      }
      return { key: keyText(ref), title: provisionLabel(ref, lang), markdown };
    });

    ctx.connection.onRequest(PROVISIONS_REQUEST, (params: { lang?: Lang } | undefined) => curatedProvisions(langOf(params)));

    ctx.connection.onRequest(LAW_IMPORT_REQUEST, (params: { path?: unknown; lang?: Lang } | undefined) => {
      const lang = langOf(params);
      if (typeof params?.path !== 'string' || params.path.length === 0 || params.path.length > 4096) {
        throw new ResponseError(ErrorCodes.InvalidParams, 'path must be a file path');
      }
      const r = importLawFile(params.path);
      return { ok: r.ok, message: r.ok ? r.message[lang] : `${r.message[lang]} ${lang === 'nl' ? 'Er is niets gewijzigd.' : 'Nothing was changed.'}` };
    });
  },
};
