// Public surface of the analysis core, for the LSP layer and the CLI.
export * from './types';
export { LineIndex, type Position } from './text/lineIndex';
export type { Positions } from './text/nfc';
export { parseDocument } from './model/parse';
export type * from './model/types';
export { Analyzer, analyze, enabledRules, ruleFailures, type AnalysisResult } from './analyzer';
export { validateOptions, mergeOptions, type AnalysisOptions, type ConfigProblem } from './engine/config';
export { allRules, rulesById } from './rules';
export type { Rule, RuleMeta } from './kit/rule';
export { installDictionary, dictionary, dictionaryGeneration, Speller, type WordList } from './spelling/dictionary';
export { typoFixes } from './spelling/suggest';
export { placesOf, fixAtEveryPlace } from './engine/groups';
