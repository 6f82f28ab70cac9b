// What the in-process benchmark needs from the core, bundled by bench/run.mjs (same code as the server).
export { Analyzer, parseDocument, allRules } from '../server/src/core';
