// A cross-reference to an article, clause, lid or sub that the draft does not have.
import type { DocumentRule } from '../kit/rule';
import type { CrossReference, DocumentModel, StructureNode } from '../model/types';
import { bareHeading } from './verwijzing-opschrift';
import { locateAnnex, locateWritten, resolvePath } from '../model/references';

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'verwijzing-onbekend',
    category: 'structuur',
    defaultSeverity: 'error',
    title: { nl: 'Verwijzing naar een onderdeel dat niet bestaat', en: 'Reference to a part that does not exist' },
    messages: {
      default: {
        nl: 'De verwijzing "{ref}" wijst naar {target}, maar dat onderdeel staat niet in dit concept.',
        en: 'The reference "{ref}" points to {target}, which does not exist in this draft.',
      },
      suggest: {
        nl: 'De verwijzing "{ref}" wijst naar {target}, maar dat onderdeel staat niet in dit concept. Bedoelt u {suggestion}?',
        en: 'The reference "{ref}" points to {target}, which does not exist in this draft. Did you mean {suggestion}?',
      },
      missingIn: {
        nl: 'De verwijzing "{ref}" wijst naar {target}, maar {parent} ("{heading}") heeft dat onderdeel niet.',
        en: 'The reference "{ref}" points to {target}, but {parentEn} ("{heading}") has no such part.',
      },
      bijlage: {
        nl: 'Het concept verwijst naar bijlage {n}, maar die bijlage is geen deel van dit concept. Voeg haar toe, of noem het document waarin zij staat.',
        en: 'The draft refers to annex {n}, but that annex is not part of this draft. Add it, or name the document it is in.',
      },
      unnumbered: {
        nl: 'Artikel {article} nummert zijn leden niet: "{ref}" is alleen te vinden door de alinea\'s te tellen, en wijst naar een andere alinea zodra er een bijkomt of wegvalt. Nummer de leden.',
        en: 'Article {article} does not number its paragraphs: "{ref}" can only be found by counting them, and points elsewhere as soon as one is added or removed. Number the paragraphs.',
      },
      positional: {
        nl: '"{ref}" wijst nergens naar: er is geen {which} onderdeel.',
        en: '"{ref}" points nowhere: there is no {whichEn} part.',
      },
    },
  },
  check(model, ctx) {
    if (!model.nodes.length) return;
    let suffixIndex: Map<string, StructureNode[]> | undefined;
    // Each missing number is looked for in the text once, however often it is cited.
    const written = new Map<string, boolean>();
    for (const r of model.references) {
      if (r.target) continue;
      if (r.form === 'positional') {
        const forward = /volgende/i.test(r.text);
        ctx.report({ span: r.span, messageId: 'positional', args: { ref: r.text, which: forward ? 'volgend' : 'vorig', whichEn: forward ? 'next' : 'previous' } });
        continue;
      }
      if (!r.targetPath) continue;
      if (r.form === 'bijlage') {
        if (!locateAnnex(model.text, r.targetPath[1])) ctx.report({ span: r.span, messageId: 'bijlage', args: { n: r.targetPath[1] } });
        continue;
      }
      // The draft writes that number as a clause or article number the structure did not read: not broken.
      const key = r.targetPath.join('.');
      let found = written.get(key);
      if (found === undefined) written.set(key, (found = locateWritten(model.text, r.targetPath) !== undefined));
      if (found) continue;
      if ((r.form === 'lid' || r.form === 'leden') && r.targetPath.length === 2) {
        const article = resolvePath(model, r.targetPath.slice(0, 1));
        if (article && !article.children.length && paragraphs(model, article) >= Number(r.targetPath[1])) {
          ctx.report({ span: r.span, messageId: 'unnumbered', args: { ref: r.text, article: r.targetPath[0] } });
          continue;
        }
      }
      suffixIndex ??= buildSuffixIndex(model);
      const target = describeTarget(r);
      const suggestion = suggest(r, suffixIndex);
      if (suggestion) {
        const newText = rewrite(model, r, suggestion);
        ctx.report({
          span: r.span,
          messageId: 'suggest',
          args: { ref: r.text, target, suggestion: suggestion.label },
          fixes: newText
            ? [{ title: { nl: `Verwijzen naar ${suggestion.label}`, en: `Refer to ${suggestion.label}` }, edits: newText, preferred: true }]
            : undefined,
        });
      } else {
        // The article exists but not the lid or sub: name it and its heading, so the reader sees what it holds.
        const parent = r.targetPath.length > 1 ? titledNode(model, r.targetPath.slice(0, -1)) : undefined;
        if (parent) {
          const label = parent.path.join('.');
          ctx.report({ span: r.span, messageId: 'missingIn', args: { ref: r.text, target, parent: `artikel ${label}`, parentEn: `article ${label}`, heading: bareHeading(parent.heading!) } });
        } else ctx.report({ span: r.span, args: { ref: r.text, target } });
      }
    }
  },
};

/** The node at `path`, or its nearest ancestor with a heading, when that is the article itself. */
function titledNode(model: DocumentModel, path: string[]): StructureNode | undefined {
  const key = path.join('.');
  const node = model.nodes.find((n) => n.path.join('.') === key);
  for (let x = node; x; x = x.parent) if (x.heading && (x.kind === 'article' || x.kind === 'part')) return x.path.join('.') === path[0] || x === node ? x : undefined;
  return undefined;
}

/** The missing target in the words the draft uses: "lid 3 van artikel 2", "artikel 8.6", "2 lid 2 sub c". */
function describeTarget(r: CrossReference): { nl: string; en: string } {
  const path = r.targetPath!;
  const last = path[path.length - 1];
  const head = path.slice(0, -1).join('.');
  if (r.form === 'lid' || r.form === 'leden') return { nl: `lid ${last} van artikel ${head}`, en: `paragraph ${last} of article ${head}` };
  if (r.form === 'sub') return { nl: `sub ${last} van ${head}`, en: `item ${last} of ${head}` };
  let out = '';
  for (const p of path) out += /^[a-z]$/.test(p) ? ` sub ${p}` : out ? `.${p}` : p;
  return { nl: `onderdeel ${out}`, en: `part ${out}` };
}

/** Nodes by every proper suffix of their path: "artikel 11" finds "1.11" in an outline draft. */
function buildSuffixIndex(model: DocumentModel): Map<string, StructureNode[]> {
  const map = new Map<string, StructureNode[]>();
  for (const n of model.nodes) {
    for (let k = 1; k < n.path.length; k++) {
      const key = n.path.slice(k).join('.');
      const list = map.get(key);
      if (list) list.push(n);
      else map.set(key, [n]);
    }
  }
  return map;
}

/** The one node that is obviously meant, or nothing when there is doubt. */
function suggest(r: CrossReference, suffixIndex: Map<string, StructureNode[]>): StructureNode | undefined {
  const key = r.targetPath!.join('.');
  const list = suffixIndex.get(key);
  // A lid ("1 lid 10") is no stand-in for an article number: "artikel 10" never meant the tenth lid of article 1.
  if (list && list.length === 1 && !r.relative && !(list[0].style === 'lid' && r.targetPath!.length === 1)) return list[0];
  return undefined;
}

function rewrite(model: DocumentModel, r: CrossReference, target: StructureNode) {
  // Only a single token spelling the whole path can be rewritten mechanically.
  if (r.tokens.length !== 1 || r.tokens[0].from !== 0 || r.tokens[0].to !== r.targetPath!.length) return undefined;
  if (target.path.some((p) => /^[a-z]$/.test(p))) return undefined;
  return [{ span: r.tokens[0].span, newText: target.path.join('.') }];
}

/** The paragraphs of an article without numbered leden: its non-empty lines after the heading. */
function paragraphs(model: DocumentModel, article: StructureNode): number {
  const { lines } = model;
  let n = 0;
  const last = lines.lineAt(Math.max(article.span.start, article.span.end - 1));
  for (let l = article.line + 1; l <= last; l++) if (lines.lineText(l).trim()) n++;
  return n;
}
