import * as assert from 'node:assert/strict';
import { resolveRenamed, withResolvedSettings } from './settingKeys';

describe('renamed settings (English keys, the Dutch ones still read)', () => {
  it('the English key wins over the Dutch key in the same scope', () => {
    assert.equal(resolveRenamed({ defaultValue: 'nl', globalValue: 'en' }, { globalValue: 'auto' }), 'en');
  });

  it('a Dutch key that is set still counts where the English key is not set', () => {
    assert.equal(resolveRenamed({ defaultValue: 'nl' }, { globalValue: 'en' }), 'en');
    assert.equal(resolveRenamed({ defaultValue: 'auto' }, { workspaceValue: 'b2c' }), 'b2c');
  });

  it('the more specific scope wins, whichever key it uses', () => {
    assert.equal(resolveRenamed({ defaultValue: 'nl', globalValue: 'en' }, { workspaceValue: 'nl' }), 'nl');
    assert.equal(resolveRenamed({ defaultValue: 'auto', workspaceValue: 'b2b' }, { workspaceFolderValue: 'b2c' }), 'b2c');
  });

  it('neither set: the English key\'s default', () => {
    assert.equal(resolveRenamed({ defaultValue: 'nl' }, {}), 'nl');
    assert.equal(resolveRenamed({ defaultValue: false }, { defaultValue: true }), false);
    assert.equal(resolveRenamed(undefined, undefined), undefined);
  });

  it('the server gets the resolved values under both names, nested keys included, and the rest untouched', () => {
    const values: Record<string, unknown> = { language: 'en', audience: 'b2c', words: ['Voorbeeldcloud'], 'files.markdown': true, 'files.plainText': undefined };
    const section = { rules: { 'heldere-taal': 'hint' }, taal: 'nl', diagnostics: { debounceMs: 0 } };
    const out = withResolvedSettings(section, (k) => values[k]);
    assert.deepEqual(out, {
      rules: { 'heldere-taal': 'hint' },
      diagnostics: { debounceMs: 0 },
      taal: 'en',
      language: 'en',
      doelgroep: 'b2c',
      audience: 'b2c',
      woorden: ['Voorbeeldcloud'],
      words: ['Voorbeeldcloud'],
      files: { markdown: true },
      bestanden: { markdown: true },
    });
    assert.equal(section.taal, 'nl', 'the section VS Code returned is not changed');
  });

  it('no section at all still gives the resolved values', () => {
    assert.deepEqual(withResolvedSettings(undefined, (k) => (k === 'language' ? 'nl' : undefined)), { language: 'nl', taal: 'nl' });
  });
});
