// Test support for "incremental equals fresh": drafts made of lines written for these tests (every
// construct the parser and the rules look at), the edits typing makes, and the model as plain data.
import fc from 'fast-check';
import type { DocumentModel, StructureNode } from '../model/types';

/** The model as plain data: node references become indices, Maps become entry lists. */
export function canonical(model: DocumentModel): string {
  const index = new Map<StructureNode, number>();
  model.nodes.forEach((n, i) => index.set(n, i));
  return JSON.stringify(model, function (this: unknown, key: string, value: unknown) {
    if (value instanceof Map) return [...value.entries()];
    if (value && typeof value === 'object' && index.has(value as StructureNode) && this !== model.nodes) return `#node${index.get(value as StructureNode)}`;
    return value;
  });
}

// Lines written for these tests: every construct the parser and the rules look at.
const HEADINGS = ['## Artikel {n} – Aansprakelijkheid', '## Artikel {n} – Definities', 'Artikel {n} Betaling', '# {n}. Overmacht', '## Bijlage', 'Artikel {n}'];
const LINES = [
  '{n}.1 Leverancier is niet aansprakelijk voor indirecte schade, behalve bij opzet of bewuste roekeloosheid.',
  '{n}.2 Opdrachtgever betaalt binnen dertig (30) dagen na de factuurdatum, zoals bedoeld in artikel 1.1.',
  '{n}.3 In afwijking van artikel 7:404 BW mag Leverancier derden inschakelen; zie ook lid 2 van dit artikel.',
  'a. de Dienst wordt ten allen tijde geleverd volgens de Documentatie;',
  'b. de artikelen 7:407 lid 2 BW, 7:404 BW en 7:409 BW zijn niet van toepassing;',
  '   1. Een Offerte is drie (4) weken geldig, tenzij het vorige lid anders bepaalt.',
  '      2. De Klant (hierna: "Afnemer") meldt gebreken binnen vijf (5) Werkdagen.',
  '**Dienst**: de dienst die Leverancier levert;',
  '"Werkdag": maandag tot en met vrijdag;',
  'Onder Overeenkomst wordt verstaan: iedere afspraak tussen partijen.',
  "Hierna te noemen: 'Opdrachtgever'\u037e",
  '{n}.4 Proef B.V. verzorgt de planning, verder te noemen Planner; hierna gezamenlijk: “Partijen”.',
  'Begrippen in het enkelvoud omvatten ook het meervoud.',
  '<!-- clausule-disable-next-line spelling -->',
  'Partij [PARTIJ] betaalt € XX per maand, met inachtneming van artikel 408 van Boek 7.',
  'De Diensten zijn 99% beschikbaar. Leverancier mag de Dienst opschorten.',
  'Dit artikel geldt, sub b daargelaten, ook voor artikel 11.7 Telecommunicatiewet.',
  'Uitvoering',
  '{n}.5 De factor voor spoedwerk is {n}.6 Daarbij komt de reistijd; op de factuur staan:',
  'Het uurtarief voor spoedwerk door Leverancier bedraagt',
  'A. Drukker levert drukwerk aan uitgevers;',
  'B. Ontwerper ontwerpt omslagen;',
  'Overwegende dat:',
  '',
];
const draftOf = (maxArticles: number, maxLines: number) =>
  fc.array(fc.record({ heading: fc.constantFrom(...HEADINGS), lines: fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: maxLines }) }), { minLength: 1, maxLength: maxArticles });
// Long drafts too, so the windows the incremental parser scans are smaller than the draft.
export const draftArb = fc
  .oneof(draftOf(6, 8), draftOf(6, 8), draftOf(30, 24))
  .map((arts) => {
    let n = 0;
    const out = ['# Algemene voorwaarden', ''];
    for (const a of arts) {
      n++;
      out.push(a.heading.replace('{n}', String(n)), ...a.lines.map((l) => l.replace('{n}', String(n))));
    }
    return out.join('\n');
  });

// Mostly what typing does (one character in a word, at a line end), sometimes what breaks structure.
const CHARS = ['e', 'a', 'X', 'D', ' ', '.', ',', ':', '1', '7', '(', ')', '"', '*', '#', '-', '\n', 'é', '\u{1F600}', '\r'];
export const editArb = fc.record({
  // fast-check favours small and extreme values; a modulo spreads the edits over the whole draft.
  at: fc.integer({ min: 0, max: 1_000_003 }),
  kind: fc.constantFrom('insert', 'insert', 'replace', 'replace', 'delete', 'paste'),
  ch: fc.constantFrom(...CHARS),
  paste: fc.constantFrom(' artikel 2.1', ' Dienst', ' ten allen tijde', ' zes (7) maanden', ' 7:408 lid 1 BW', 'Opdrachtgever '),
});
export type EditSpec = { at: number; kind: string; ch: string; paste: string };

export function apply(text: string, e: EditSpec): string {
  const i = e.at % (text.length + 1);
  switch (e.kind) {
    case 'insert':
      return text.slice(0, i) + e.ch + text.slice(i);
    case 'replace':
      return text.slice(0, i) + e.ch + text.slice(i + 1);
    case 'delete':
      return text.slice(0, i) + text.slice(i + 1);
    default:
      return text.slice(0, i) + e.paste + text.slice(i);
  }
}
