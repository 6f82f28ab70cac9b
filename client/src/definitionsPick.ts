// "Clausule: Definities tonen": the draft's defined terms in a quick pick; choosing one moves the cursor to
// its definition (and browsing the list shows each definition in the editor as you go).
import * as vscode from 'vscode';
import { t } from './language';

/** One entry of the server's answer to clausule.showDefinitions (lsp/features/renumber.ts). */
export interface DefinitionEntry {
  term: string;
  label: string;
  definition: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  uses: number;
}

const toRange = (r: DefinitionEntry['range']) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export async function pickDefinition(editor: vscode.TextEditor, defs: DefinitionEntry[]): Promise<void> {
  if (!defs.length) {
    void vscode.window.showInformationMessage(t('Dit concept definieert geen begrippen.', 'This draft defines no terms.'));
    return;
  }
  type Item = vscode.QuickPickItem & { def: DefinitionEntry };
  const items: Item[] = [...defs]
    .sort((a, b) => a.term.localeCompare(b.term, 'nl'))
    .map((def) => ({
      def,
      label: def.term,
      description: def.uses === 1 ? t('1 keer gebruikt', 'used once') : t(`${def.uses} keer gebruikt`, `used ${def.uses} times`),
      detail: def.definition.replace(/\s+/g, ' ').trim(),
    }));
  const original = editor.selection;
  const show = (def: DefinitionEntry, select: boolean) => {
    const range = toRange(def.range);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    if (select) editor.selection = new vscode.Selection(range.start, range.start);
  };
  const pick = vscode.window.createQuickPick<Item>();
  pick.items = items;
  pick.matchOnDetail = true;
  pick.placeholder = t(`${defs.length} gedefinieerde begrippen: kies er een om naar de definitie te gaan`, `${defs.length} defined terms: choose one to go to its definition`);
  let chosen = false;
  pick.onDidChangeActive((active) => active[0] && show(active[0].def, false));
  pick.onDidAccept(() => {
    const item = pick.selectedItems[0];
    if (item) {
      chosen = true;
      show(item.def, true);
    }
    pick.hide();
  });
  pick.onDidHide(() => {
    if (!chosen) editor.revealRange(original, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    pick.dispose();
  });
  pick.show();
}
