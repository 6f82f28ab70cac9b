// Assembles a complete, numbered draft from the clause library: header, definitions first (pruned to
// the terms the draft uses), then the clauses in the usual order for the audience and service type.
// Every cross-reference in a clause points inside its own article and follows its number.
import { pluralsOf } from '../model/definitions';
import { clauseById, variantFor, type Clause } from './clauses';
import { fillClause, type FillOptions } from './fill';

export type ServiceType = 'saas' | 'it-dienstverlening' | 'advies';

export const SERVICE_TYPES: readonly ServiceType[] = ['saas', 'it-dienstverlening', 'advies'];

export interface DraftOptions {
  audience: 'b2b' | 'b2c';
  /** The user of the terms, e.g. "Voorbeeld Cloud B.V.". */
  supplier: string;
  serviceType: ServiceType;
  city?: string;
  /** Handelsregister (KvK) number. */
  kvk?: string;
  /** Version date as written in the header, e.g. "1 januari 2026". */
  date?: string;
  /** Website without scheme, used for the privacy statement and the complaints address (b2c). */
  website?: string;
}

const SERVICE_DESCRIPTION: Record<ServiceType, string> = {
  saas: 'het via internet beschikbaar stellen van software (software as a service)',
  'it-dienstverlening': 'het beheer en onderhoud van de IT-omgeving van Opdrachtgever',
  advies: 'het geven van advies over informatietechnologie',
};

/** The usual order of a Dutch IT draft; `services` limits a clause to the services it fits. */
const PLAN: ReadonlyArray<{ id: string; services?: ServiceType[] }> = [
  { id: 'av-definities' },
  { id: 'av-toepasselijkheid' },
  { id: 'av-aanbod' },
  { id: 'av-duur' },
  { id: 'av-herroeping' },
  { id: 'av-uitvoering' },
  { id: 'av-derden' },
  { id: 'av-meerwerk' },
  { id: 'av-termijnen' },
  { id: 'av-opschorting' },
  { id: 'av-ontbinding' },
  { id: 'av-sla-beschikbaarheid', services: ['saas'] },
  { id: 'av-sla-ondersteuning', services: ['saas', 'it-dienstverlening'] },
  { id: 'av-gebruiksrecht', services: ['saas'] },
  { id: 'av-beveiliging', services: ['saas', 'it-dienstverlening'] },
  { id: 'av-exit', services: ['saas', 'it-dienstverlening'] },
  { id: 'av-privacy' },
  { id: 'av-geheimhouding' },
  { id: 'av-intellectuele-eigendom' },
  { id: 'av-prijzen' },
  { id: 'av-betaling' },
  { id: 'av-incasso' },
  { id: 'av-aansprakelijkheid' },
  { id: 'av-vrijwaring' },
  { id: 'av-overmacht' },
  { id: 'av-klachten' },
  { id: 'av-wijziging-voorwaarden' },
  { id: 'av-overdracht' },
  { id: 'av-non-solicitation' },
  { id: 'av-klantgedrag' },
  { id: 'av-mediation' },
  { id: 'av-recht' },
  { id: 'av-slotbepalingen' },
];

/** The clauses (in order, definitions first) that a draft for these options consists of. */
export function planDraft(options: Pick<DraftOptions, 'audience' | 'serviceType'>): Clause[] {
  const out: Clause[] = [];
  for (const step of PLAN) {
    if (step.services && !step.services.includes(options.serviceType)) continue;
    const clause = variantFor(step.id, options.audience);
    if (clause) out.push(clause);
  }
  return out;
}

/** Values for a clause's tab stops in a generated draft. */
function fillOptionsFor(clause: Clause, o: Required<DraftOptions>): FillOptions {
  switch (clause.baseId) {
    case 'av-titel':
      return { values: { 1: o.supplier, 3: o.city, 4: o.kvk, 5: o.date }, choices: { 2: o.audience } };
    case 'av-definities':
      return { values: { 2: SERVICE_DESCRIPTION[o.serviceType], 3: o.supplier, 4: o.city, 5: o.kvk } };
    case 'av-gebruiksrecht':
      return { choices: { 2: o.audience === 'b2c' ? 1 : 0 } };
    case 'av-privacy':
      return o.audience === 'b2c' ? { values: { 2: `${o.website}/privacy` } } : {};
    case 'av-klachten':
      return o.audience === 'b2c' ? { values: { 2: `klantenservice@${o.website.replace(/^www\./, '')}` } } : {};
    default:
      return {};
  }
}

export function generateDraft(options: DraftOptions): string {
  const o: Required<DraftOptions> = {
    city: 'Utrecht',
    kvk: '12345678',
    date: '1 januari 2026',
    website: 'www.voorbeeldcloud.example',
    ...options,
  };
  const header = clauseById('av-titel');
  const parts: string[] = [];
  if (header) parts.push(fillClause(header, fillOptionsFor(header, o)));
  const body = planDraft(o);
  const texts = body.map((clause, i) => fillClause(clause, { ...fillOptionsFor(clause, o), number: i + 1 }));
  const defIndex = body.findIndex((c) => c.baseId === 'av-definities');
  if (defIndex >= 0) {
    const rest = texts.filter((_, i) => i !== defIndex).join('\n\n');
    texts[defIndex] = pruneDefinitions(texts[defIndex], [parts.join('\n'), rest].join('\n'));
  }
  return [...parts, ...texts].join('\n\n') + '\n';
}

const ITEM = /^([a-z])\. \*\*([^*]+)\*\*:(.*)$/;

/**
 * Keeps only the definitions whose term (or plural) is used in `usedIn` or in another kept
 * definition, then re-letters the list and ends it with a full stop. Lines that are not list
 * items (the lead-in, the plural clause) stay as they are.
 */
export function pruneDefinitions(definitions: string, usedIn: string): string {
  const lines = definitions.split('\n');
  const items = lines
    .map((line, index) => ({ line, index, m: ITEM.exec(line) }))
    .filter((x): x is { line: string; index: number; m: RegExpExecArray } => x.m !== null)
    .map((x) => ({ ...x, term: x.m[2], text: x.m[3] }));
  const kept = new Set(items.filter((it) => isUsed(it.term, usedIn)).map((it) => it.term));
  for (let changed = true; changed; ) {
    changed = false;
    for (const it of items) {
      if (kept.has(it.term)) continue;
      if (items.some((other) => other.term !== it.term && kept.has(other.term) && isUsed(it.term, other.text))) {
        kept.add(it.term);
        changed = true;
      }
    }
  }
  const keptItems = items.filter((it) => kept.has(it.term));
  const replacement = new Map<number, string>();
  keptItems.forEach((it, i) => {
    const last = i === keptItems.length - 1;
    const text = it.text.replace(/[;.]\s*$/, last ? '.' : ';');
    replacement.set(it.index, `${String.fromCharCode(97 + i)}. **${it.term}**:${text}`);
  });
  const itemLines = new Set(items.map((it) => it.index));
  return lines
    .flatMap((line, i) => (itemLines.has(i) ? (replacement.has(i) ? [replacement.get(i)!] : []) : [line]))
    .join('\n');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when a form of the term occurs as a whole word (plain search: no pattern built from data). */
function isUsed(term: string, text: string): boolean {
  return [term, ...pluralsOf(term)].some((form) => {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      const before = i > 0 ? text[i - 1] : '';
      const after = text[i + form.length] ?? '';
      if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true;
    }
    return false;
  });
}
