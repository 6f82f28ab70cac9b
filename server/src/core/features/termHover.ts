// Hover on a defined term (its definition) and on a cross-reference (the text of the clause it points at).
import type { Lang, Span } from '../types';
import type { DocumentModel, StructureNode } from '../model/types';
import { targetAt, writtenTarget } from './navigation';

export interface HoverData {
  span: Span;
  markdown: string;
}

const MAX = 1500;

function escape(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

function where(n: StructureNode | undefined, lang: Lang): string {
  if (!n) return '';
  for (let x: StructureNode | undefined = n; x; x = x.parent) {
    if (x.kind === 'article') return lang === 'nl' ? ` (artikel ${x.label})` : ` (article ${x.label})`;
  }
  return n.label ? ` (${n.label})` : '';
}

export function termHoverAt(model: DocumentModel, offset: number, lang: Lang): HoverData | undefined {
  const t = targetAt(model, offset);
  if (!t || t.kind !== 'term') return undefined;
  const d = t.def;
  const name = d.label ?? d.term;
  const head = lang === 'nl' ? `**${escape(name)}** — gedefinieerd begrip${where(d.node, lang)}` : `**${escape(name)}** — defined term${where(d.node, lang)}`;
  const body = d.text ? `\n\n> ${escape(d.text.length > MAX ? d.text.slice(0, MAX) + '…' : d.text)}` : '';
  const count = model.definitions.filter((x) => x.term === d.term).length;
  const warn = count > 1 ? (lang === 'nl' ? `\n\n_Let op: dit begrip is ${count} keer gedefinieerd._` : `\n\n_Note: this term is defined ${count} times._`) : '';
  return { span: t.span, markdown: head + body + warn };
}

export function referenceHoverAt(model: DocumentModel, offset: number, lang: Lang): HoverData | undefined {
  const t = targetAt(model, offset);
  if (!t || t.kind !== 'reference') return undefined;
  const n = t.ref.target;
  if (!n) {
    const path = t.ref.form === 'bijlage' ? `${lang === 'nl' ? 'Bijlage' : 'Annex'} ${t.ref.targetPath![1]}` : t.ref.targetPath?.join('.') ?? t.ref.text;
    const written = writtenTarget(model, t.ref);
    if (written) {
      const line = model.lines.lineAt(written.start);
      const text = model.text.slice(written.start, Math.min(model.lines.lineEnd(line), written.start + MAX)).trim();
      return { span: t.span, markdown: `> ${escape(text)}` };
    }
    return {
      span: t.span,
      markdown: lang === 'nl' ? `**${escape(path)}** staat niet in dit concept.` : `**${escape(path)}** does not exist in this draft.`,
    };
  }
  let raw = model.text.slice(n.span.start, Math.min(n.span.end, n.span.start + MAX + 1));
  if (n.heading !== undefined) raw = raw.slice(Math.max(0, model.lines.lineEnd(n.line) - n.span.start));
  // The title already gives the number: the text starts after it.
  else if (n.numberSpan.end > n.numberSpan.start) raw = model.text.slice(n.numberSpan.end, Math.min(n.span.end, n.numberSpan.end + MAX + 1)).replace(/^[.):]/, '');
  const body = raw.trim().replace(/\r\n?/g, '\n');
  const cut = body.length > MAX ? body.slice(0, MAX) + '…' : body;
  return { span: t.span, markdown: `**${escape(titleOf(n, lang))}**${cut ? `\n\n${cut.split('\n').map((l) => `> ${escape(l.trim())}`).join('\n>\n')}` : ''}` };
}

/** "Artikel 7 – Betaling"; "7.1 (artikel 7 – Betaling)" for an untitled clause; a part's own heading once. */
function titleOf(n: StructureNode, lang: Lang): string {
  if (n.kind === 'part' && !n.path.length) return n.heading ?? '';
  if (n.kind === 'article') return `${lang === 'nl' ? 'Artikel' : 'Article'} ${n.label}${n.heading ? ` – ${n.heading}` : ''}`;
  if (n.heading) return `${n.label} ${n.heading}`;
  for (let x = n.parent; x; x = x.parent) {
    if (x.kind === 'article') return `${n.label} (${lang === 'nl' ? 'artikel' : 'article'} ${x.label}${x.heading ? ` – ${x.heading}` : ''})`;
    if (x.kind === 'part' && x.heading) return `${n.label} (${x.heading})`;
  }
  return n.label;
}
