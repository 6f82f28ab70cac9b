// What bench/ab.mjs compares: the optimised pieces and the core they sit in.
export { Analyzer, parseDocument, allRules } from '../server/src/core';
export { IncrementalParser } from '../server/src/core/model/update';
export { normaliseClause } from '../server/src/core/rules/bepaling-dubbel';
export { wordBefore } from '../server/src/core/rules/getal-woord';
export { PLACEHOLDER, PLACEHOLDER_START } from '../server/src/core/rules/placeholder';
export { triggeredMatches } from '../server/src/core/text/scan';
