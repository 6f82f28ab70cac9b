// The rule registry: every rule module is listed here once.
import type { Rule } from './rule';
import { rule as bepalingDubbel } from './bepaling-dubbel';
import { rule as getalWoord } from './getal-woord';
import { rule as spelling } from './spelling';

export const allRules: Rule[] = [getalWoord, spelling, bepalingDubbel];

export const rulesById = new Map(allRules.map((r) => [r.meta.id, r]));
