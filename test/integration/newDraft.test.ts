import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, code, diagnosticsFor, waitFor } from './helpers';

describe('New terms from the clause library (#21 item 4)', () => {
  after(() => closeAll());

  it('"Nieuwe voorwaarden…" opens new terms as an unsaved draft, checked, with the placeholders reported', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('clausule.newDraft'), 'the command is registered');
    const uri = await vscode.commands.executeCommand<string>('clausule.newDraft', { audience: 'b2b', serviceType: 'saas', supplier: 'Proef B.V.', city: 'Zwolle' });
    assert.ok(uri, 'the command returns the new document');
    const editor = await waitFor('the new draft in the editor', () => vscode.window.activeTextEditor?.document.uri.toString() === uri && vscode.window.activeTextEditor);
    assert.equal(editor.document.languageId, 'voorwaarden');
    assert.equal(editor.document.isUntitled, true);
    assert.match(editor.document.getText(), /^# Algemene voorwaarden Proef B\.V\./);
    const diags = await diagnosticsFor(editor.document.uri, (d) => d.some((x) => code(x) === 'placeholder'));
    assert.ok(diags.some((x) => code(x) === 'placeholder' && editor.document.getText(x.range) === '[KVK-NUMMER]'), 'the missing KvK number is reported');
  });
});
