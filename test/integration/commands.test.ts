import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, code, diagnosticsFor, openDraft, waitFor } from './helpers';

describe('commands', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAll();
  });

  it('clausule.renumber closes a gap in the article numbering and keeps every cross-reference right', async () => {
    const { doc } = await openDraft('nummering.av');
    const gap = await diagnosticsFor(doc.uri, (d) => d.some((x) => code(x) === 'nummering'));
    assert.equal(gap.find((x) => code(x) === 'nummering')!.range.start.line, 7, 'the gap is reported at "Artikel 3"');
    const before = doc.getText();
    assert.ok((await vscode.commands.getCommands(true)).includes('clausule.renumber'), 'the command is registered');
    await vscode.commands.executeCommand('clausule.renumber', doc.uri.toString());
    const after = await waitFor('the renumbered draft', () => (doc.getText() !== before ? doc.getText() : undefined));
    const expected = before
      .replace('## Artikel 3 – Betaling', '## Artikel 2 – Betaling')
      .replace('3.1 Facturen', '2.1 Facturen')
      .replace('3.2 Wordt', '2.2 Wordt')
      .replace('termijn van artikel 3.1.', 'termijn van artikel 2.1.')
      .replace('## Artikel 4 – Toepasselijk', '## Artikel 3 – Toepasselijk')
      .replace('4.1 Op iedere', '3.1 Op iedere')
      .replace('4.2 Geschillen', '3.2 Geschillen')
      .replace('bedoeld in artikel 3.2', 'bedoeld in artikel 2.2');
    assert.equal(after, expected);
    await diagnosticsFor(doc.uri, (d) => !d.some((x) => code(x) === 'nummering'));
  });
});
