// Analysis options: what the editor settings, .clausule.json and the CLI flags all become.
import type { AudienceSetting, SeveritySetting } from '../types';

export interface AnalysisOptions {
  /** b2b, b2c, or auto (decide from the draft). A `<!-- clausule: doelgroep=... -->` comment overrides auto and the setting. */
  audience?: AudienceSetting;
  /** Per-rule severity or 'off'. */
  rules?: Record<string, SeveritySetting>;
  /** Above this size (in UTF-16 code units) only the cheap rules run. */
  largeDocumentThreshold?: number;
  /** The user's own words: the spelling rules accept them (`woorden`). */
  words?: string[];
}

export const DEFAULT_LARGE_DOCUMENT_THRESHOLD = 2_000_000;

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

export interface ConfigProblem {
  path: string;
  message: { nl: string; en: string };
}

/**
 * A configuration value for a message. Not String(v): JSON can give an object its own "toString" key, and
 * String() of such an object throws ("Cannot convert object to primitive value").
 */
function shown(v: unknown): string {
  if (typeof v === 'string') return v;
  try {
    return (JSON.stringify(v) ?? typeof v).slice(0, 80);
  } catch {
    return typeof v;
  }
}

/**
 * Validates untrusted configuration (workspace settings, .clausule.json). Invalid entries are dropped
 * and reported; what remains is safe to use. Configuration is data only: nothing in it is executed.
 */
export function validateOptions(raw: unknown, knownRules: Set<string>): { options: AnalysisOptions; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const options: AnalysisOptions = {};
  if (raw === undefined || raw === null) return { options, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ path: '', message: { nl: 'De configuratie moet een JSON-object zijn.', en: 'The configuration must be a JSON object.' } });
    return { options, problems };
  }
  const obj = raw as Record<string, unknown>;
  const audience = obj.doelgroep ?? obj.audience;
  if (audience !== undefined) {
    if (audience === 'b2b' || audience === 'b2c' || audience === 'auto') options.audience = audience;
    else problems.push({ path: 'doelgroep', message: { nl: `Onbekende doelgroep "${shown(audience)}": kies b2b, b2c of auto.`, en: `Unknown audience "${shown(audience)}": use b2b, b2c or auto.` } });
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      problems.push({ path: 'rules', message: { nl: '"rules" moet een object zijn: regel-id naar ernst.', en: '"rules" must be an object mapping rule ids to severities.' } });
    } else {
      options.rules = {};
      for (const [id, sev] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (!knownRules.has(id)) {
          problems.push({ path: `rules.${id}`, message: { nl: `Onbekende regel "${id}".`, en: `Unknown rule "${id}".` } });
        } else if (typeof sev !== 'string' || !SEVERITIES.has(sev)) {
          problems.push({ path: `rules.${id}`, message: { nl: `Ongeldige ernst "${shown(sev)}" voor ${id}: kies error, warning, information, hint of off.`, en: `Invalid severity "${shown(sev)}" for ${id}: use error, warning, information, hint or off.` } });
        } else options.rules[id] = sev as SeveritySetting;
      }
    }
  }
  const threshold = obj.largeDocumentThreshold;
  if (threshold !== undefined) {
    if (typeof threshold === 'number' && Number.isFinite(threshold) && threshold > 0) options.largeDocumentThreshold = threshold;
    else problems.push({ path: 'largeDocumentThreshold', message: { nl: 'largeDocumentThreshold moet een positief getal zijn.', en: 'largeDocumentThreshold must be a positive number.' } });
  }
  const words = obj.woorden ?? obj.words;
  if (words !== undefined) {
    if (Array.isArray(words) && words.every((w) => typeof w === 'string')) options.words = words.map((w) => w.trim()).filter((w) => w.length > 0 && w.length <= 100);
    else problems.push({ path: 'woorden', message: { nl: '"woorden" moet een lijst van woorden zijn.', en: '"woorden" must be a list of words.' } });
  }
  return { options, problems };
}

/** Later sources win: defaults < .clausule.json < editor settings < CLI flags. */
export function mergeOptions(...layers: Array<AnalysisOptions | undefined>): AnalysisOptions {
  const out: AnalysisOptions = {};
  for (const l of layers) {
    if (!l) continue;
    if (l.audience) out.audience = l.audience;
    if (l.rules) out.rules = { ...out.rules, ...l.rules };
    if (l.largeDocumentThreshold) out.largeDocumentThreshold = l.largeDocumentThreshold;
    // Word lists add up: the team's .clausule.json and the user's own setting both count.
    if (l.words?.length) out.words = [...new Set([...(out.words ?? []), ...l.words])];
  }
  return out;
}
