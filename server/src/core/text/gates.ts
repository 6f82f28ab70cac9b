// The switch behind the generic gate test (rules/gates.property.test.ts). Rules run their patterns only
// where a gate word occurs (text/triggerWords.ts: hasTrigger, hasTriggerIn, matchesNear; engine/sentenceChecks.ts: runSentenceChecks;
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

/** A pattern tried only near its gate words (matchesNear), or only in articles that hold them. */
export interface GateUse {
  pattern: RegExp;
  words: readonly string[];
  /** How far into a match a word may start; undefined when the gate only admits whole articles. */
  back?: number;
}

let recorder: ((use: GateUse) => void) | undefined;

/** The recorder of gate uses while withGateRecording runs (tests only); undefined otherwise. */
export function gateRecorder(): ((use: GateUse) => void) | undefined {
  return recorder;
}

/** Runs fn and returns every gate use the engine made meanwhile (rules/gates.proof.test.ts proves each). */
export function withGateRecording(fn: () => void): GateUse[] {
  const uses: GateUse[] = [];
  recorder = (u) => uses.push(u);
  try {
    fn();
  } finally {
    recorder = undefined;
  }
  return uses;
}
