// A new draft from the clause library, for `clausule nieuw` and the editor's "Nieuwe voorwaarden…": the
// request is plain data (from the command line or the wizard), checked here once for both. What the user
// did not give stays a placeholder the placeholder rule reports, never an invented name, number or place.
import { generateDraft, SERVICE_TYPES, type ServiceType } from './generateDraft';
import type { Localized } from '../types';

export interface NewDraftRequest {
  audience?: unknown;
  serviceType?: unknown;
  supplier?: unknown;
  city?: unknown;
  kvk?: unknown;
  website?: unknown;
  date?: unknown;
}

export type NewDraftResult = { text: string } | { error: Localized };

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "7 december 2026": the version date as Dutch terms write it. */
export function dutchDate(d: Date): string {
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

function given(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 200) : undefined;
}

export function newDraft(req: NewDraftRequest): NewDraftResult {
  if (req.audience !== 'b2b' && req.audience !== 'b2c') {
    return { error: { nl: 'Kies de doelgroep: b2b (bedrijven) of b2c (consumenten).', en: 'Choose the audience: b2b (businesses) or b2c (consumers).' } };
  }
  const serviceType = req.serviceType ?? 'saas';
  if (!SERVICE_TYPES.includes(serviceType as ServiceType)) {
    const list = SERVICE_TYPES.join(', ');
    return { error: { nl: `Onbekende soort dienst "${String(serviceType)}"; kies uit ${list}.`, en: `Unknown kind of service "${String(serviceType)}"; choose from ${list}.` } };
  }
  const text = generateDraft({
    audience: req.audience,
    serviceType: serviceType as ServiceType,
    supplier: given(req.supplier) ?? '[NAAM GEBRUIKER]',
    city: given(req.city) ?? '[PLAATS]',
    kvk: given(req.kvk) ?? '[KVK-NUMMER]',
    website: given(req.website) ?? '[WEBSITE]',
    date: given(req.date) ?? '[DATUM]',
  });
  return { text };
}
