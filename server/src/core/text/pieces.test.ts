// The piece limit is explicit: a piece that the limit cut says so (`continues`), and joining each piece
// with the ones it continues into gives the paragraphs and sentences as if nothing had been cut.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_PIECE, leadInOf, paragraphsOf, sentences, sentencesOf, type Piece } from './pieces';
import type { Block } from '../model/types';
import { runs } from '../testing/fuzz';

/** Each run of pieces joined where one continues into the next, as [start, end]. */
function joined(pieces: Piece[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < pieces.length; i++) {
    const start = pieces[i].start;
    while (pieces[i].continues && i + 1 < pieces.length) i++;
    out.push([start, pieces[i].end]);
  }
  return out;
}

const blockOf = (text: string): Block => ({ span: { start: 0, end: text.length }, text, firstLine: 0 });

// Our own words: sentence ends, abbreviations, clause numbers, line breaks and long runs without a space
// (the limit then cuts inside a word), few paragraph breaks: a third of the texts hold a paragraph the
// limit cuts, most of those a sentence it cuts, so that a cut falls everywhere a sentence can end or go on.
const common = fc.constantFrom('De Klant betaalt binnen dertig dagen', ' ', '  ', '. ', '.', '! ', '? ', ', ', 'zie art. 5', ' B.V. ', ' o.a. ', 'Leverancier', ' en ', '"Dienst"', '\n');
const rare = fc.constantFrom('\n\n', '\n2.1 ', '\na. ', 'x'.repeat(40), 'y'.repeat(400), ' '.repeat(60), ' '.repeat(300));
const token = fc.oneof({ weight: 12, arbitrary: common }, { weight: 1, arbitrary: rare });
const longText = fc.array(token, { minLength: 1, maxLength: 600, size: 'max' }).map((t) => t.join(''));

describe('text: pieces cut by the piece limit', () => {
  // A piece ends at most one unit past the limit (a cut after the space at the limit itself).
  it('a paragraph piece continues exactly where the next piece starts at its end; no piece is longer than the limit', () => {
    fc.assert(
      fc.property(longText, (text) => {
        const paras = paragraphsOf(blockOf(text));
        paras.forEach((p, i) => {
          assert.ok(p.end - p.start <= MAX_PIECE + 1);
          assert.equal(p.continues, i + 1 < paras.length && paras[i + 1].start === p.end, `piece ${i} of ${JSON.stringify(text.slice(0, 80))}`);
        });
      }),
      { numRuns: runs(300) },
    );
  });

  it('joined, the sentence pieces are the sentences of each paragraph read uncut', () => {
    fc.assert(
      fc.property(longText, (text) => {
        const block = blockOf(text);
        const pieces = sentencesOf(block);
        assert.ok(pieces.every((s) => s.end - s.start <= MAX_PIECE + 1));
        assert.ok(!pieces.at(-1)?.continues, 'the last piece continues into nothing');
        const want = joined(paragraphsOf(block)).flatMap(([start, end]) => joined(sentences(text, start, end)));
        assert.deepEqual(joined(pieces), want);
      }),
      { numRuns: runs(300) },
    );
  });

  it('a sentence cut by the limit of its paragraph continues; one that ends at the cut does not', () => {
    const filler = 'De Klant betaalt binnen dertig dagen. '.repeat(38); // 1,444 units: the limit falls in the next sentence
    const cutInside = `${filler}Leverancier levert de dienst zoals partijen dat schriftelijk zijn overeengekomen en niet anders.`;
    const inside = sentencesOf(blockOf(cutInside));
    assert.ok(paragraphsOf(blockOf(cutInside))[0].continues);
    const at = inside.findIndex((s) => s.continues);
    assert.ok(at >= 0 && inside[at].text.startsWith('Leverancier') && inside[at + 1].end === cutInside.length);
    assert.deepEqual(joined(inside).at(-1), [cutInside.indexOf('Leverancier'), cutInside.length]);
    // The limit falls in the thirty spaces after a full stop (at 1,471): both sentences are whole.
    const head = 'De Klant betaalt binnen dertig dagen. '.repeat(38); // 1,444 units
    const atStop = `${head}Leverancier levert het werk.${' '.repeat(30)}Daarna volgt de factuur.`;
    assert.ok(paragraphsOf(blockOf(atStop))[0].continues);
    assert.deepEqual(sentencesOf(blockOf(atStop)).slice(-2).map((s) => [s.text, s.continues]), [
      ['Leverancier levert het werk.', false],
      ['Daarna volgt de factuur.', false],
    ]);
    // There "art." is no sentence end: the sentence goes on in the next part.
    const atAbbreviation = `${head}Leverancier levert volgens art.${' '.repeat(30)}5 van de voorwaarden.`;
    assert.deepEqual(sentencesOf(blockOf(atAbbreviation)).slice(-2).map((s) => [s.text, s.continues]), [
      ['Leverancier levert volgens art.', true],
      ['5 van de voorwaarden.', false],
    ]);
  });
});

describe('text: the sentence that introduces a list', () => {
  it('finds the colon sentence above a list item, past the items before it, and nothing for other sentences', () => {
    const text = '4.2 Bij verzuim mag Leverancier:\n  a) de levering opschorten;\n  b) de Dienst blokkeren;\n  c) ontbinden.\n4.3 Dit geldt ook voor:\n- Partijen.';
    const ss = sentencesOf(blockOf(text));
    const lead = (s: string) => leadInOf(ss, ss.find((p) => p.text.startsWith(s))!)?.text;
    assert.equal(lead('c)'), '4.2 Bij verzuim mag Leverancier:');
    assert.equal(lead('a)'), '4.2 Bij verzuim mag Leverancier:');
    assert.equal(lead('- Partijen'), '4.3 Dit geldt ook voor:');
    assert.equal(lead('4.3'), undefined);
    const plain = sentencesOf(blockOf('Leverancier levert.\na) Dit punt staat niet onder een dubbele punt.'));
    assert.equal(leadInOf(plain, plain[1]), undefined);
  });
});
