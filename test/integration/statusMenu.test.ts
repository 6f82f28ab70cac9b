import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, code, diagnosticsFor, openDraft, waitFor } from './helpers';

describe('audience of this draft (status bar menu)', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAll();
  });

  it('choosing b2c writes the audience comment at the top and the checks follow it; "decide from the text" removes it', async () => {
    const { doc } = await openDraft('doelgroep.av');
    const original = doc.getText();
    const clause = original.indexOf('Artikel 7:408 lid 1 BW');
    const onClause = (d: vscode.Diagnostic) => code(d) === 'bw-afwijking' && d.range.contains(doc.positionAt(doc.getText().indexOf('Artikel 7:408 lid 1 BW') + 10));
    assert.ok(clause > 0);
    await diagnosticsFor(doc.uri, (d) => d.some((x) => onClause(x) && x.severity === vscode.DiagnosticSeverity.Information));

    assert.equal(await vscode.commands.executeCommand('clausule.setAudience', 'b2c'), true);
    assert.equal(doc.getText(), `<!-- clausule: doelgroep=b2c -->\n${original}`);
    await diagnosticsFor(doc.uri, (d) => d.some((x) => onClause(x) && x.severity === vscode.DiagnosticSeverity.Error));

    assert.equal(await vscode.commands.executeCommand('clausule.setAudience', 'b2b'), true);
    assert.equal(doc.getText(), `<!-- clausule: doelgroep=b2b -->\n${original}`, 'the comment is rewritten, not added twice');

    assert.equal(await vscode.commands.executeCommand('clausule.setAudience', 'auto'), true);
    await waitFor('the original text', () => doc.getText() === original);
    await diagnosticsFor(doc.uri, (d) => d.some((x) => onClause(x) && x.severity === vscode.DiagnosticSeverity.Information));
  });
});
