import * as assert from 'node:assert/strict';
import { installDictionary, type WordList } from './dictionary';
import { atSentenceStart, typoSuggestions } from './suggest';
import { draftWords } from './draftWords';
import { testWords } from './testWordList';

// A word list whose suggestions are given per word, in the shape Hunspell gives them (its order, proper
// names, splits at a blank): what is under test is what the ranking makes of them.
const WORDS = new Set([
  ...testWords,
  ...'gegevens hoogte tevens gevend indien linden leverancier hoefde hoeft hoe fte online inline prijzen grijze kenmerken akenmerken kenmerk organisatorische organische zoals'.split(' '),
]);
const HUNSPELL: Record<string, string[]> = {
  gevens: ['tevens', 'gevend', 'geven'],
  Gevens: ['Tevens', 'Gevend', 'Geven'],
  GEVENS: ['TEVENS', 'GEVEND', 'GEVEN'],
  lndien: ['linden', 'indien'],
  hoefte: ['hoe fte', 'hoefde', 'hoeft'],
  opdrachtgeverde: ['opdrachtgever de', 'opdrachtgevers'],
  leverings: ['levering', 'leveringen', 'Kleverings'],
  zoels: ['Zoels'],
  opdrachtgevr: ['opdrachtgever'],
  nline: ['inline', 'online', 'Eline'],
  prijze: ['grijze', 'prijzen'],
  skenmerken: ['akenmerken', 'kenmerken', 'raskenmerk'],
  organistische: ['organisatorische', 'orgastische', 'organische'],
};
const list: WordList = { has: (w) => WORDS.has(w) || WORDS.has(w.toLowerCase()), suggest: (w) => HUNSPELL[w] ?? [] };

/** The suggestions for the first `typo` in `text`. */
function suggest(text: string, typo: string, terms?: string[]): string[] {
  const start = text.indexOf(typo);
  assert.ok(start >= 0, typo);
  return typoSuggestions(text, { start, end: start + typo.length }, terms);
}

describe('typing-error suggestions', () => {
  beforeEach(() => installDictionary(list));
  afterEach(() => installDictionary(undefined));

  it('puts a word the draft uses near the error first, even where the dictionary does not offer it', () => {
    const text = 'De opdrachtnemer bewaart de gegevens. De gegevens zijn geheim. Hij deelt de gevens niet. De gegevens en de gegevens.';
    assert.equal(suggest(text, 'gevens')[0], 'gegevens');
    // A syllable left out is one slip: the draft's word first though it is used once.
    assert.equal(suggest('Hij bewaart de gegevens. Hij deelt de gevens niet.', 'gevens')[0], 'gegevens');
    // Two edits away and used once: a chance neighbour, not offered; used often: offered after closer words.
    assert.deepEqual(suggest('De hoogte is vast. Er hoefte geen rekening te worden gehouden.', 'hoefte'), ['hoefde', 'hoeft']);
    assert.deepEqual(suggest('De hoogte, de hoogte, de hoogte en de hoogte. Er hoefte geen rekening.', 'hoefte'), ['hoefde', 'hoeft', 'hoogte']);
    // A draft that does not write the word: Hunspell's order, its first letter kept before a changed one.
    assert.deepEqual(suggest('Hij deelt de gevens niet.', 'gevens'), ['gevend', 'geven', 'tevens']);
  });

  it('ranks the words Hunspell offers that the draft uses before those it does not', () => {
    assert.deepEqual(suggest('Zij geven de stukken. Zij gevens niet.', 'gevens'), ['geven', 'gevend', 'tevens']);
    // But not before one that is closer to the error.
    assert.deepEqual(suggest('De leveringen volgen. De leverings zijn laat.', 'leverings'), ['levering', 'leveringen']);
    assert.deepEqual(suggest('Zie de prijzen. De prijze is vast.', 'prijze'), ['prijzen', 'grijze']);
  });

  it('does not offer a short word two edits away, nor a word of the draft the dictionary does not know', () => {
    // "geen" is two edits from "gevens" and frequent, but too short to be meant; "gegevenz" is itself an error.
    const text = 'Er is geen schade, geen gevolg en geen termijn. De gegevenz en de gevens.';
    const got = suggest(text, 'gevens');
    assert.ok(!got.includes('geen'), got.join());
    assert.ok(!got.includes('gegevenz'), got.join());
  });

  it('offers a defined term of the draft as written, though no dictionary knows it', () => {
    const text = 'Bizzlewerk: de dienst. De bizzelwerk is beschikbaar.';
    assert.deepEqual(suggest(text, 'bizzelwerk', ['Bizzlewerk']), ['Bizzlewerk']);
    assert.deepEqual(suggest(text, 'bizzelwerk'), []);
    // The one misspelt part of a hyphenated word.
    assert.deepEqual(suggest('Bizzlewerk: de dienst. De bizzelwerk-factuur volgt.', 'bizzelwerk-factuur', ['Bizzlewerk']), ['Bizzlewerk-factuur']);
    assert.deepEqual(suggest('De opdrachtgevr-factuur volgt.', 'opdrachtgevr-factuur'), ['opdrachtgever-factuur']);
    // Two misspelt parts: no guess.
    assert.deepEqual(suggest('De opdrachtgevr-factur volgt.', 'opdrachtgevr-factur'), []);
  });

  it('reads a lower-case l at the start of a word as the capital I it looks like, capital at a sentence start', () => {
    assert.deepEqual(suggest('lndien de opdrachtgever betaalt.', 'lndien'), ['Indien', 'linden']);
    assert.deepEqual(suggest('De termijn. lndien hij betaalt.', 'lndien'), ['Indien', 'linden']);
    assert.deepEqual(suggest('3.2 lndien hij betaalt.', 'lndien'), ['Indien', 'linden']);
    assert.deepEqual(suggest('De opdrachtgever betaalt lndien hij kan.', 'lndien'), ['indien', 'linden']);
  });

  it('gives the suggestions the case of the original', () => {
    assert.equal(suggest('Gevens worden bewaard. De gegevens, de gegevens, de gegevens en de gegevens.', 'Gevens')[0], 'Gegevens');
    assert.equal(suggest('GEVENS EN GEGEVENS', 'GEVENS')[0], 'GEGEVENS');
    assert.equal(suggest('DE GEVENS', 'GEVENS')[0], 'GEVEND');
    assert.equal(suggest('De leveringen volgen. DE LEVERINGEM', 'LEVERINGEM')[0], 'LEVERINGEN');
    assert.deepEqual(suggest('Gevens worden bewaard.', 'Gevens'), ['Gevend', 'Geven', 'Tevens']);
  });

  it('offers no proper name for a common word in mid-sentence, unless nothing else', () => {
    const got = suggest('De leverings zijn laat.', 'leverings');
    assert.deepEqual(got, ['levering', 'leveringen']);
    assert.deepEqual(suggest('De online dienst en de nline dienst.', 'nline'), ['online', 'inline']);
    assert.deepEqual(suggest('Het is zoels gezegd.', 'zoels'), ['Zoels']);
  });

  it('offers no split into a fragment that is no word on its own, but a split into words', () => {
    assert.deepEqual(suggest('Er hoefte geen rekening te worden gehouden.', 'hoefte'), ['hoefde', 'hoeft']);
    assert.equal(suggest('De opdrachtgeverde factuur.', 'opdrachtgeverde')[0], 'opdrachtgever de');
  });

  it('drops a suggestion far from the error when closer ones exist, keeps the first letter first', () => {
    assert.deepEqual(suggest('Het lichaam(skenmerken) telt.', 'skenmerken'), ['kenmerken', 'akenmerken']);
    // Hunspell's order stands among its own suggestions, also where a later one is fewer edits away.
    assert.equal(suggest('De organistische eisen.', 'organistische')[0], 'organisatorische');
  });
});

describe('atSentenceStart', () => {
  it('holds at the start of a line, after a list number or bullet, and after a full stop', () => {
    for (const [text, at] of [['Indien', 0], ['x\nIndien', 2], ['3.2 Indien', 4], ['a) Indien', 3], ['- Indien', 2], ['Zo is het. Indien', 11], ['Is dat zo? Indien', 11]] as const) {
      assert.equal(atSentenceStart(text, at), true, text);
    }
  });

  it('does not hold in mid-sentence', () => {
    for (const [text, at] of [['De koper, indien', 10], ['artikel 3 indien', 10], ['De koper indien', 9], ['U indien', 2], ['vi indien', 3]] as const) {
      assert.equal(atSentenceStart(text, at), false, text);
    }
  });
});

describe('draftWords', () => {
  it('counts the words in any case and offers the lower-case form where the draft writes one', () => {
    const words = draftWords('Opdrachtnemer en de opdrachtnemer. De Leverancier levert; e-mail.');
    assert.deepEqual(words.get('opdrachtnemer'), { count: 2, form: 'opdrachtnemer' });
    assert.deepEqual(words.get('leverancier'), { count: 1, form: 'Leverancier' });
    assert.equal(words.get('mail')?.count, 1);
    assert.equal(words.has('e-mail'), false);
  });
});
