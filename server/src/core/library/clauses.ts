// Typed access to the clause library. The snippets file is the single source of the clause texts:
// VS Code reads it as a snippet contribution, the server imports it here (esbuild inlines the JSON).
import rawSnippets from '../../../../snippets/voorwaarden.json';

export type ClauseAudience = 'b2b' | 'b2c' | 'both';

export type ClauseCategory =
  | 'algemeen' // titel, toepasselijkheid, aanbod, wijziging, slot
  | 'definities'
  | 'looptijd' // duur, herroeping, ontbinding, overdracht
  | 'uitvoering' // uitvoering, derden, meerwerk, termijnen, opschorting, omgangsvormen
  | 'dienstverlening' // service levels, gebruiksrecht, beveiliging, exit
  | 'aansprakelijkheid' // aansprakelijkheid, vrijwaring, overmacht
  | 'financieel' // prijzen, betaling, incasso
  | 'informatie' // geheimhouding, intellectuele eigendom, privacy, personeel
  | 'geschillen'; // klachten, mediation, recht

export const CATEGORY_TITLES: Record<ClauseCategory, { nl: string; en: string }> = {
  algemeen: { nl: 'Algemeen', en: 'General' },
  definities: { nl: 'Definities', en: 'Definitions' },
  looptijd: { nl: 'Looptijd en beëindiging', en: 'Term and termination' },
  uitvoering: { nl: 'Uitvoering', en: 'Performance' },
  dienstverlening: { nl: 'Dienstverlening en service levels', en: 'Service and service levels' },
  aansprakelijkheid: { nl: 'Aansprakelijkheid en risico', en: 'Liability and risk' },
  financieel: { nl: 'Prijs en betaling', en: 'Price and payment' },
  informatie: { nl: 'Informatie, rechten en personeel', en: 'Information, IP and staff' },
  geschillen: { nl: 'Klachten en geschillen', en: 'Complaints and disputes' },
};

/** Category per clause, keyed by prefix without its -b2b/-b2c suffix. A test keeps this complete. */
const CATEGORIES: Record<string, ClauseCategory> = {
  'av-titel': 'algemeen',
  'av-definities': 'definities',
  'av-toepasselijkheid': 'algemeen',
  'av-aanbod': 'algemeen',
  'av-duur': 'looptijd',
  'av-herroeping': 'looptijd',
  'av-uitvoering': 'uitvoering',
  'av-derden': 'uitvoering',
  'av-meerwerk': 'uitvoering',
  'av-termijnen': 'uitvoering',
  'av-opschorting': 'uitvoering',
  'av-ontbinding': 'looptijd',
  'av-sla-beschikbaarheid': 'dienstverlening',
  'av-sla-ondersteuning': 'dienstverlening',
  'av-exit': 'dienstverlening',
  'av-geheimhouding': 'informatie',
  'av-intellectuele-eigendom': 'informatie',
  'av-gebruiksrecht': 'dienstverlening',
  'av-aansprakelijkheid': 'aansprakelijkheid',
  'av-vrijwaring': 'aansprakelijkheid',
  'av-overmacht': 'aansprakelijkheid',
  'av-prijzen': 'financieel',
  'av-betaling': 'financieel',
  'av-incasso': 'financieel',
  'av-privacy': 'informatie',
  'av-beveiliging': 'dienstverlening',
  'av-klachten': 'geschillen',
  'av-wijziging-voorwaarden': 'algemeen',
  'av-overdracht': 'looptijd',
  'av-non-solicitation': 'informatie',
  'av-klantgedrag': 'uitvoering',
  'av-mediation': 'geschillen',
  'av-recht': 'geschillen',
  'av-slotbepalingen': 'algemeen',
};

export interface Clause {
  /** The snippet prefix, which is also the clause's stable id: "av-aansprakelijkheid-b2b". */
  id: string;
  /** The id without its audience suffix: "av-aansprakelijkheid". */
  baseId: string;
  /** The snippet's display name (its key in the JSON file). */
  name: string;
  /** Article heading text ("Aansprakelijkheid"); the name for the header snippet. */
  title: string;
  description: string;
  /** Snippet body (VS Code snippet syntax), lines joined with "\n". */
  body: string;
  audience: ClauseAudience;
  category: ClauseCategory;
  /** 'article': one `## Artikel ${1:1} – Titel` with leden `$1.1`; 'header': the document title block. */
  kind: 'article' | 'header';
  /** Categories are assigned in CATEGORIES; false means a new clause still needs one. */
  categorized: boolean;
}

interface RawSnippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

const HEADING = /^## Artikel \$\{1:1\} – (.+)$/;

function toClause(name: string, raw: RawSnippet): Clause {
  const id = Array.isArray(raw.prefix) ? raw.prefix[0] : raw.prefix;
  const body = Array.isArray(raw.body) ? raw.body.join('\n') : raw.body;
  const suffix = /-(b2b|b2c)$/.exec(id);
  const baseId = suffix ? id.slice(0, -4) : id;
  const heading = HEADING.exec(body.split('\n')[0]);
  return {
    id,
    baseId,
    name,
    title: heading ? heading[1].replace(/\$\{\d+:([^}]*)\}/g, '$1') : name,
    description: raw.description ?? '',
    body,
    audience: suffix ? (suffix[1] as 'b2b' | 'b2c') : 'both',
    category: CATEGORIES[baseId] ?? 'algemeen',
    kind: heading ? 'article' : 'header',
    categorized: baseId in CATEGORIES,
  };
}

export const clauses: readonly Clause[] = Object.entries(rawSnippets as Record<string, RawSnippet>).map(([name, raw]) => toClause(name, raw));

const byId = new Map(clauses.map((c) => [c.id, c]));

export function clauseById(id: string): Clause | undefined {
  return byId.get(id);
}

/** Clauses usable in a draft for this audience: its own variants and the shared ones. */
export function clausesFor(audience: 'b2b' | 'b2c'): Clause[] {
  return clauses.filter((c) => c.audience === 'both' || c.audience === audience);
}

/** The variant of a clause for an audience: "av-duur" + b2c -> av-duur-b2c, else the shared clause. */
export function variantFor(baseId: string, audience: 'b2b' | 'b2c'): Clause | undefined {
  return byId.get(`${baseId}-${audience}`) ?? byId.get(baseId);
}
