import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, code, diagnosticsFor, openDraft } from './helpers';

describe('quick fixes (vscode.executeCodeActionProvider)', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAll();
  });

  it('offers the correction for a misspelling; applying it removes the diagnostic and changes nothing else', async () => {
    const { doc } = await openDraft('gebreken.av');
    const diags = await diagnosticsFor(doc.uri, (d) => d.some((x) => code(x) === 'spelling'));
    const sp = diags.find((x) => code(x) === 'spelling')!;
    const before = doc.getText();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, sp.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.edit && /te allen tijde/.test(a.title));
    assert.ok(fix, `a fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'edit applied');
    const after = await diagnosticsFor(doc.uri, (d) => !d.some((x) => code(x) === 'spelling'));
    assert.deepEqual(after.map(code), ['getal-woord'], 'the other finding stays');
    assert.equal(doc.getText(), before.replace('ten allen tijde', 'te allen tijde'));
  });

  it('offers to disable the rule for the line with a comment that silences it', async () => {
    const { doc } = await openDraft('gebreken.av');
    const diags = await diagnosticsFor(doc.uri, (d) => d.some((x) => code(x) === 'getal-woord'));
    const gw = diags.find((x) => code(x) === 'getal-woord')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, gw.range, vscode.CodeActionKind.QuickFix.value);
    const disable = actions.find((a) => a.edit && /getal-woord/.test(a.title) && !/dertig|30|14/.test(a.title));
    assert.ok(disable, `a disable action among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(disable.edit!));
    await diagnosticsFor(doc.uri, (d) => !d.some((x) => code(x) === 'getal-woord'));
    assert.match(doc.lineAt(gw.range.start.line).text, /<!-- clausule-disable-next-line getal-woord -->/);
  });
});
