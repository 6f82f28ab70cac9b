// Public surface of the clause library, for completion, quick fixes ("insert a missing clause") and the CLI.
export { clauses, clauseById, clausesFor, variantFor, CATEGORY_TITLES, type Clause, type ClauseAudience, type ClauseCategory } from './clauses';
export { fillClause, fillSnippet, articleNumberAt, clauseForDraft, snippetForDraft, type FillOptions } from './fill';
export { generateDraft, planDraft, pruneDefinitions, SERVICE_TYPES, type DraftOptions, type ServiceType } from './generateDraft';
export { dutchDate, newDraft, type NewDraftRequest, type NewDraftResult } from './newDraft';
export { lintSnippet, parseSnippet, type SnippetError } from './snippetSyntax';
export { libraryCompletions, type LibraryCompletion } from './completion';
