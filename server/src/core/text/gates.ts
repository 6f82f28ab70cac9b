// The switch behind the generic gate test (rules/gates.property.test.ts). Rules run their patterns only
// where a gate word occurs (engine/text.ts: hasTrigger, hasTriggerIn, matchesNear, runSentenceChecks;
// text/scan.ts: triggeredMatches). With the gates open, every gate admits everything and every pattern
// is tried everywhere: the plain, slow analysis that the gated one must equal. Never set outside tests.

let open = false;

/** Whether every gate admits everything (tests only). */
export function gatesOpen(): boolean {
  return open;
}

/** Runs fn with every gate open, and closes them again whatever happens. */
export function withGatesOpen<T>(fn: () => T): T {
  open = true;
  try {
    return fn();
  } finally {
    open = false;
  }
}
