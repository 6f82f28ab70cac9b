// dist/server.js (the entry) and dist/server-core.js (core + features, loaded after `initialize`) must use
// one instance of the LSP library: handlers throw its ResponseError, which the connection recognises by
// class. The entry puts its instance under this key; esbuild.mjs makes `vscode-languageserver/node` in
// the core bundle read it from there (see sharedLspLibrary there).
export const SHARED_LSP_LIBRARY = Symbol.for('clausule.vscode-languageserver');
