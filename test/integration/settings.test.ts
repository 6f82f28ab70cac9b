import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, code, diagnosticsFor, openDraft, rangeText } from './helpers';

describe('settings', () => {
  after(async () => {
    await vscode.workspace.getConfiguration('clausule').update('audience', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('clausule').update('doelgroep', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  it('clausule.audience = b2c turns a lawful b2b deviation from 7:408 lid 1 BW into an error, and back', async () => {
    const { doc } = await openDraft('doelgroep.av');
    const clause = doc.getText().indexOf('Artikel 7:408 lid 1 BW');
    const onClause = (d: vscode.Diagnostic) => code(d) === 'bw-afwijking' && d.range.contains(doc.positionAt(clause + 10));
    // The draft does not address a consumer, so `auto` treats it as b2b: an explanation, not an error.
    const b2b = await diagnosticsFor(doc.uri, (d) => d.some(onClause));
    assert.deepEqual(b2b.map((d) => [code(d), d.severity]), [['bw-afwijking', vscode.DiagnosticSeverity.Information]]);
    const range = rangeText(b2b[0].range);

    await vscode.workspace.getConfiguration('clausule').update('audience', 'b2c', vscode.ConfigurationTarget.Workspace);
    const b2c = await diagnosticsFor(doc.uri, (d) => d.some((x) => onClause(x) && x.severity === vscode.DiagnosticSeverity.Error));
    const err = b2c.find(onClause)!;
    assert.equal(rangeText(err.range), range);
    assert.match(err.message, /7:413/, 'the message names the mandatory provision');

    await vscode.workspace.getConfiguration('clausule').update('audience', 'b2b', vscode.ConfigurationTarget.Workspace);
    const back = await diagnosticsFor(doc.uri, (d) => d.some((x) => onClause(x) && x.severity === vscode.DiagnosticSeverity.Information));
    assert.deepEqual(back.map((d) => [code(d), d.severity]), [['bw-afwijking', vscode.DiagnosticSeverity.Information]]);
  });

  it('the Dutch key of earlier versions (clausule.doelgroep) is still read where clausule.audience is not set', async () => {
    const { doc } = await openDraft('doelgroep.av');
    const clause = doc.getText().indexOf('Artikel 7:408 lid 1 BW');
    const onClause = (d: vscode.Diagnostic) => code(d) === 'bw-afwijking' && d.range.contains(doc.positionAt(clause + 10));
    const cfg = () => vscode.workspace.getConfiguration('clausule');
    await cfg().update('audience', undefined, vscode.ConfigurationTarget.Workspace);
    await cfg().update('doelgroep', 'b2c', vscode.ConfigurationTarget.Workspace);
    await diagnosticsFor(doc.uri, (d) => d.some((x) => onClause(x) && x.severity === vscode.DiagnosticSeverity.Error));
    // The English key, once set in the same scope, wins.
    await cfg().update('audience', 'b2b', vscode.ConfigurationTarget.Workspace);
    await diagnosticsFor(doc.uri, (d) => d.some((x) => onClause(x) && x.severity === vscode.DiagnosticSeverity.Information));
  });
});
