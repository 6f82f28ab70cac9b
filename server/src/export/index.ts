// Entry of dist/export.js: the Word writer and its `docx` dependency, loaded by the language server only
// when the user exports, so neither the server's start-up nor the client bundle pays for it.
export { renderDocx, numberingDifferences, type DocxResult } from './docx';
