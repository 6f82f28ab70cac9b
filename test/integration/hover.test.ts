import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, hoverText, openDraft, positionOf } from './helpers';

async function hoverAt(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos));
}

describe('hover (vscode.executeHoverProvider)', () => {
  after(closeAll);

  it('explains "artikel 7:408 lid 1 BW" with the official text, its source and a link to wetten.overheid.nl', async () => {
    const { doc } = await openDraft('begrippen.av');
    const text = await hoverAt(doc.uri, positionOf(doc, 'artikel 7:408 lid 1 BW', 0, 10));
    assert.match(text, /7:408/);
    assert.match(text, /De opdrachtgever kan te allen tijde de overeenkomst opzeggen\./, 'the text of lid 1');
    assert.match(text, /BWBR0005290.*\d{4}-\d{2}-\d{2}/, 'the source (BW) and the version date');
    assert.match(text, /wetten\.overheid\.nl/);
  });

  it('shows the definition of a defined term where it is used', async () => {
    const { doc } = await openDraft('begrippen.av');
    const text = await hoverAt(doc.uri, positionOf(doc, 'Opdrachtgever kan de Overeenkomst', 0, 3));
    assert.match(text, /Opdrachtgever/);
    assert.match(text, /de rechtspersoon die met Leverancier een Overeenkomst sluit/);
  });

  it('shows the clause a cross-reference points to', async () => {
    const { doc } = await openDraft('begrippen.av');
    const text = await hoverAt(doc.uri, positionOf(doc, 'artikel 2.1 gelden', 0, 9));
    assert.match(text, /Deze algemene voorwaarden zijn van toepassing op iedere Overeenkomst/);
  });

  it('shows nothing on ordinary words', async () => {
    const { doc } = await openDraft('begrippen.av');
    assert.equal(await hoverAt(doc.uri, positionOf(doc, 'tussentijds', 0, 2)), '');
  });
});
