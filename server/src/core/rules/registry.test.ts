import * as assert from 'node:assert/strict';
import { allRules } from '.';

describe('rules: the registry', () => {
  it('every rule has an id, a category, messages in both languages and a default severity', () => {
    for (const r of allRules) {
      assert.match(r.meta.id, /^[a-z0-9-]+$/);
      assert.ok(r.meta.category && r.meta.defaultSeverity, r.meta.id);
      assert.ok(r.meta.title.nl && r.meta.title.en, r.meta.id);
      for (const [k, m] of Object.entries(r.meta.messages)) assert.ok(m.nl && m.en, `${r.meta.id}.${k}`);
    }
  });
});
