import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, code, diagnosticsFor, openDraft, openUntitled, waitFor } from './helpers';

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

  describe('a fix that inserts text far from the cursor takes the cursor and the view there (clausule.reveal)', () => {
    // Long enough that the definitions at the top and the end of the draft are never on screen together.
    const SUBJECTS = ['planning', 'levering', 'installatie', 'onderhoud', 'rapportage', 'overleg', 'beveiliging', 'meldingen', 'wijzigingen', 'oplevering'];
    const lines = ['# Voorwaarden Voorbeeld B.V.', '', '## Artikel 1 – Begrippen', 'a. Dienst: de dienst die Leverancier levert;', 'b. Klant: de wederpartij van Leverancier;', 'c. Prijs: de vergoeding voor de Dienst.', ''];
    for (let k = 2; k <= 60; k++) {
      const subject = SUBJECTS[k % SUBJECTS.length];
      lines.push(`## Artikel ${k} – ${subject[0].toUpperCase()}${subject.slice(1)} ${k}`, `${k}.1 Voor de ${subject} van fase ${k} stelt Leverancier na overleg met de Klant een schema op.`, '');
    }
    lines.push('## Artikel 61 – Gebruik', '61.1 De Klant betaalt de Prijs en gebruikt de Licentie alleen zelf.', '');
    const DRAFT = lines.join('\n');

    /** Applies a code action as the editor does when the user picks it: its edit, then its command. */
    async function apply(action: vscode.CodeAction): Promise<void> {
      assert.ok(await vscode.workspace.applyEdit(action.edit!), 'edit applied');
      assert.equal(action.command?.command, 'clausule.reveal', `${action.title} carries the reveal command`);
      await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));
    }
    const visible = (editor: vscode.TextEditor, line: number) => editor.visibleRanges.some((r) => r.start.line <= line && line <= r.end.line);

    async function actionFor(doc: vscode.TextDocument, rule: string, title: RegExp): Promise<vscode.CodeAction> {
      const diags = await diagnosticsFor(doc.uri, (d) => d.some((x) => code(x) === rule));
      for (const d of diags.filter((x) => code(x) === rule)) {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
        const found = actions.find((a) => title.test(a.title));
        if (found) return found;
      }
      throw new Error(`no action ${title} on ${rule}`);
    }

    it('"insert the missing clause" from the top of the draft: the new article at its end is selected and in view', async () => {
      const { doc, editor } = await openUntitled(DRAFT);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
      const end = doc.lineCount - 1;
      await waitFor('the top of the draft in view, its end not', () => visible(editor, 0) && !visible(editor, end));
      const insert = await actionFor(doc, 'bepaling-ontbreekt', /^Bepaling "Aansprakelijkheid" uit de bibliotheek invoegen$/);
      await apply(insert);
      const heading = editor.document.getText(editor.selection);
      assert.match(heading, /^## Artikel 62 – Aansprakelijkheid$/, 'the inserted heading is selected');
      assert.ok(editor.selection.start.line > end - 2, `selection at line ${editor.selection.start.line}, beyond the old end ${end}`);
      await waitFor('the inserted article in view', () => visible(editor, editor.selection.start.line));
      assert.ok(!visible(editor, 0), 'the view moved away from the top');
    });

    it('"add a definition" from the end of the draft: the new definition at the top has its placeholder selected and in view', async () => {
      const { doc, editor } = await openUntitled(DRAFT);
      const use = doc.positionAt(doc.getText().indexOf('Licentie'));
      editor.selection = new vscode.Selection(use, use);
      editor.revealRange(new vscode.Range(use, use), vscode.TextEditorRevealType.InCenter);
      await waitFor('the end of the draft in view, the definitions not', () => visible(editor, use.line) && !visible(editor, 5));
      const add = await actionFor(doc, 'definitie-onbekend', /^Definitie van "Licentie" toevoegen$/);
      await apply(add);
      assert.equal(editor.document.getText(editor.selection), '[omschrijving]');
      assert.match(editor.document.lineAt(editor.selection.start.line).text, /^c\. Licentie: \[omschrijving\];$/);
      assert.ok(editor.selection.start.line < 8, `selection at line ${editor.selection.start.line}, in the definitions`);
      await waitFor('the new definition in view', () => visible(editor, editor.selection.start.line));
      assert.ok(!visible(editor, use.line + 1), 'the view moved away from where the term is used');
    });
  });
});
