// clausule/newDraft: the editor's "Nieuwe voorwaarden…" wizard asks the server for new terms.
import * as assert from 'node:assert/strict';
import { LspClient } from './lspClient';

describe('protocol: clausule/newDraft', function () {
  this.timeout(60_000);
  const client = new LspClient();
  before(() => client.initialize());
  after(() => client.shutdown());

  it('answers with new terms from the clause library, with the name given and placeholders for the rest', async () => {
    const r = await client.request<{ text: string }>('clausule/newDraft', { audience: 'b2c', serviceType: 'it-dienstverlening', supplier: 'Proef B.V.' });
    assert.match(r.text, /^# Algemene voorwaarden Proef B\.V\./);
    assert.match(r.text, /doelgroep=b2c/);
    assert.match(r.text, /gevestigd te \[PLAATS\]/);
  });

  it('refuses an unknown audience as invalid parameters, in Dutch by default', async () => {
    await assert.rejects(client.request('clausule/newDraft', { audience: 'iedereen' }), /Kies de doelgroep/);
    await assert.rejects(client.request('clausule/newDraft', undefined), /Kies de doelgroep/);
  });
});
