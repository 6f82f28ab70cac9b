import * as assert from 'node:assert/strict';
import { featureCapabilities, serverCapabilities } from './capabilities';
import { features } from './features';

describe('lsp: capabilities answered before the features are loaded', () => {
  it('every feature module declares exactly its entry of featureCapabilities, and every entry has a module', () => {
    const entries = Object.values(featureCapabilities) as object[];
    assert.equal(features.length, entries.length);
    for (const f of features) assert.ok(entries.includes(f.capabilities), JSON.stringify(f.capabilities));
  });

  it('serverCapabilities() is incremental sync plus the union of the features', () => {
    const merged = Object.assign({}, ...features.map((f) => f.capabilities));
    const { textDocumentSync, ...rest } = serverCapabilities();
    assert.deepEqual(rest, merged);
    assert.deepEqual(textDocumentSync, { openClose: true, change: 2, save: false });
  });
});
