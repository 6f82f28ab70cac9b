import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, code, diagnosticsFor, openDraft, rangeText, summary } from './helpers';

// gebreken.av holds exactly these defects; every other line is meant to be clean for every rule.
const EXPECTED = [
  'getal-woord 15:48-15:59', // "dertig (14)"
  'spelling 16:20-16:35', // "ten allen tijde"
];

describe('diagnostics (vscode.languages.getDiagnostics)', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAll();
  });

  it('reports exactly the known defects of a draft, with rule codes, ranges, severities and links', async () => {
    const { doc } = await openDraft('gebreken.av');
    const diags = await diagnosticsFor(doc.uri);
    assert.deepEqual(summary(diags), EXPECTED);
    const gw = diags.find((d) => code(d) === 'getal-woord')!;
    assert.equal(gw.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(gw.source, 'clausule');
    assert.equal(doc.getText(gw.range), 'dertig (14)');
    // The code links to the rule's page: a command that shows it rendered, in the draft's language (ruleDocs.test.ts opens it).
    assert.ok(typeof gw.code === 'object', 'code links to the rule documentation');
    assert.deepEqual([gw.code.target.scheme, gw.code.target.path, JSON.parse(gw.code.target.query)], ['command', 'clausule.showRuleDoc', ['getal-woord', 'nl']]);
    const sp = diags.find((d) => code(d) === 'spelling')!;
    assert.equal(sp.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(doc.getText(sp.range), 'ten allen tijde');
  });

  it('checks again as you type: repairing a defect clears its diagnostic, and a new one appears', async () => {
    const { doc, editor } = await openDraft('gebreken.av');
    await diagnosticsFor(doc.uri, (d) => summary(d).join() === EXPECTED.join());
    const at = doc.getText().indexOf('dertig (14)');
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 11)), 'dertig (30)'));
    const repaired = await diagnosticsFor(doc.uri, (d) => !d.some((x) => code(x) === 'getal-woord'));
    assert.deepEqual(summary(repaired), ['spelling 16:20-16:35']);
    const line = 'Leverancier levert binnen twee (3) weken na de opdracht.';
    await editor.edit((e) => e.insert(new vscode.Position(17, 0), `3.3 ${line}\n`));
    const added = await diagnosticsFor(doc.uri, (d) => d.some((x) => code(x) === 'getal-woord'));
    const start = 4 + line.indexOf('twee (3)');
    assert.deepEqual(summary(added), [`getal-woord 17:${start}-17:${start + 8}`, 'spelling 16:20-16:35']);
  });
});
