// The status bar's words for a draft: its audience and kind ("⚖ b2c · voorwaarden"), what Clausule itself
// decided about the draft; VS Code's own counter already shows the problems. No vscode import (unit tests).
import type { StatusNotification } from '../../server/src/lsp/server';

type Lang = 'nl' | 'en';

/** The server's short name of the kind; the tooltip has the full one. */
function shortKind(s: StatusNotification, lang: Lang): string {
  return s.shortKind?.[lang] ?? (lang === 'nl' ? 'concept' : 'draft');
}

export function statusText(s: StatusNotification, lang: Lang): { text: string; tooltip: string } {
  const nl = lang === 'nl';
  const audience = s.audience === 'unknown' ? 'b2b/b2c?' : s.audience;
  const text = `$(law) ${audience} · ${shortKind(s, lang)}${s.limited ? ' $(dashboard)' : ''}`;
  const lines = [
    nl
      ? `Doelgroep: ${s.audience === 'unknown' ? 'niet af te leiden uit het concept (consumentenregels als hint)' : s.audience === 'b2c' ? 'consumenten (b2c)' : 'bedrijven (b2b)'}`
      : `Audience: ${s.audience === 'unknown' ? 'not evident from the draft (consumer rules as hints)' : s.audience === 'b2c' ? 'consumers (b2c)' : 'businesses (b2b)'}`,
  ];
  if (s.kind) lines.push(`${nl ? 'Soort document' : 'Kind of document'}: ${s.kind[lang]}`);
  if (s.law) lines.push(`${nl ? 'Recht' : 'Law'}: ${s.law[lang]}`);
  if (s.limited) lines.push(nl ? 'Groot concept: alleen de snelle controles' : 'Large draft: fast checks only');
  lines.push(nl ? 'Klik om de doelgroep of de taal te kiezen' : 'Click to choose the audience or the language');
  return { text, tooltip: `Clausule\n${lines.join('\n')}` };
}
