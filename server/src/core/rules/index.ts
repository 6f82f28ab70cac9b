// The rule registry: registry.ts is generated from the rule files (scripts/rules-sync.mjs, run by every build).
import { allRules } from './registry';

export { allRules };
export const rulesById = new Map(allRules.map((r) => [r.meta.id, r]));
