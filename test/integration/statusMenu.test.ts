import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, code, diagnosticsFor, openDraft, openUntitled, waitFor } from './helpers';

describe('audience and language of this draft (status bar menu)', () => {
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

  it('choosing English for this draft writes the language comment; its messages and hovers follow, other drafts stay Dutch', async () => {
    const { doc } = await openDraft('doelgroep.av');
    const original = doc.getText();
    const message = async (want: RegExp) =>
      (await diagnosticsFor(doc.uri, (d) => d.some((x) => code(x) === 'bw-afwijking' && want.test(x.message)))).length;
    const hoverAt = async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('7:408 lid 1') + 2));
      return hovers.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n')).join('\n');
    };
    await message(/^Dit beding wijkt af van artikel 7:408/);

    assert.equal(await vscode.commands.executeCommand('clausule.setLanguage', 'en'), true);
    assert.equal(doc.getText(), `<!-- clausule: taal=en -->\n${original}`);
    await message(/^This clause departs from artikel 7:408/);
    assert.match(await hoverAt(), /Article 7:408 lid 1 BW/);

    // Another draft in the same session keeps the setting (Dutch).
    const other = await openUntitled('## Artikel 1 – Opzegging\n1.1 Artikel 7:408 lid 1 BW is niet van toepassing.\n');
    await diagnosticsFor(other.doc.uri, (d) => d.some((x) => code(x) === 'bw-afwijking' && /^Dit beding wijkt af/.test(x.message)));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(doc);

    assert.equal(await vscode.commands.executeCommand('clausule.setLanguage', 'nl'), true);
    assert.equal(doc.getText(), `<!-- clausule: taal=nl -->\n${original}`, 'the comment is rewritten, not added twice');
    await message(/^Dit beding wijkt af van artikel 7:408/);

    assert.equal(await vscode.commands.executeCommand('clausule.setLanguage', 'auto'), true);
    await waitFor('the original text', () => doc.getText() === original);
    await message(/^Dit beding wijkt af van artikel 7:408/);
    assert.match(await hoverAt(), /Artikel 7:408 lid 1 BW/);
  });
});
