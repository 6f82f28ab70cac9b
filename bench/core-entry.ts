// What the in-process benchmark needs from the core, bundled by bench/run.mjs (same code as the server).
export { Analyzer, parseDocument, allRules, installDictionary } from '../server/src/core';
// The Dutch dictionary, loaded once before the timings so the full analysis includes spelling.
export { dictionaryDir, loadDutch } from '../server/src/node/dictionary';
