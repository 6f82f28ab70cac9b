// Preview and export commands: registered by extension.ts with a getter for the running language client.
export { registerPreview } from './panel';
export { registerExport } from './export';
