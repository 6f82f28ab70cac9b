import * as assert from 'node:assert/strict';
import { blocksStartLines, windowHasTrigger } from './seams';
import { triggerWords } from '../text/triggerWords';
import { parseDocument } from '../model/parse';

const GATE = triggerWords(['geschil']);

describe('engine: seam windows', () => {
  const text = '# Titel\n\n## Artikel 1 – Een\nTekst over een Geschil.\n## Artikel 2 – Twee\nAndere tekst.\n## Artikel 3 – Drie\nNog meer.\n';
  const model = parseDocument(text);

  it('blocksStartLines holds for articles under headings, and fails for a block that starts mid-line', () => {
    assert.ok(model.blocks.length >= 3);
    assert.equal(blocksStartLines(text, model.blocks), true);
    const moved = model.blocks.map((b, i) => (i === 2 ? { ...b, span: { start: b.span.start + 1, end: b.span.end } } : b));
    assert.equal(blocksStartLines(text, moved), false);
  });

  it('windowHasTrigger sees a word in the window, in either article, and only in the window', () => {
    const i = model.blocks.findIndex((b) => b.text.startsWith('## Artikel 2'));
    const at = text.indexOf('Geschil');
    const seam = model.blocks[i].span.start;
    assert.equal(windowHasTrigger(model.blocks, i, at, seam + 5, GATE), true);
    assert.equal(windowHasTrigger(model.blocks, i, at + 1, seam + 5, GATE), false, 'a word starting before the window is not in it');
    assert.equal(windowHasTrigger(model.blocks, i, seam - 3, text.length, GATE), false);
    const k = model.blocks.findIndex((b) => b.text.startsWith('## Artikel 3'));
    assert.equal(windowHasTrigger(model.blocks, k, 0, text.length, GATE), true, 'blocks further back are read when the window reaches them');
  });
});
