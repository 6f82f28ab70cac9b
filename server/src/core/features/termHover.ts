// Hover on a defined term (its definition) and on a cross-reference (the text of the clause it points at).
import type { Lang, Span } from '../types';
import type { DocumentModel, StructureNode } from '../model/types';
import { targetAt } from './navigation';

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
    const path = t.ref.targetPath?.join('.') ?? t.ref.text;
    return {
      span: t.span,
      markdown: lang === 'nl' ? `**${escape(path)}** staat niet in dit concept.` : `**${escape(path)}** does not exist in this draft.`,
    };
  }
  const title = n.kind === 'article' ? `${lang === 'nl' ? 'Artikel' : 'Article'} ${n.label}${n.heading ? ` – ${n.heading}` : ''}` : `${n.label}${n.heading ? ` ${n.heading}` : ''}`;
  let raw = model.text.slice(n.span.start, Math.min(n.span.end, n.span.start + MAX + 1));
  // The heading line is already the title.
  if (n.heading !== undefined) raw = raw.slice(Math.max(0, model.lines.lineEnd(n.line) - n.span.start));
  const body = raw.trim().replace(/\r\n?/g, '\n');
  const cut = body.length > MAX ? body.slice(0, MAX) + '…' : body;
  return { span: t.span, markdown: `**${escape(title)}**${cut ? `\n\n${cut.split('\n').map((l) => `> ${escape(l.trim())}`).join('\n>\n')}` : ''}` };
}
