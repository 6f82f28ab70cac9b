import * as assert from 'node:assert/strict';
import { formatNumber, ListCounter, type NumLevel, type Numbering } from './numbering';

const lvl = (text: string, format = 'decimal', extra: Partial<NumLevel> = {}): NumLevel => ({ text, format, start: 1, legal: false, ...extra });

function numbering(levels: NumLevel[], nums: Record<string, { abstractId?: string; overrides?: Array<[number, { start?: number; level?: NumLevel }]> }> = { '1': {} }): Numbering {
  const n: Numbering = { abstracts: new Map([['0', { levels }]]), nums: new Map() };
  for (const [id, v] of Object.entries(nums)) n.nums.set(id, { abstractId: v.abstractId ?? '0', overrides: new Map(v.overrides ?? []) });
  return n;
}

/** The numbers shown for a sequence of [numId, ilvl] paragraphs. */
function shown(n: Numbering, seq: Array<[string, number]>): Array<string | undefined> {
  const c = new ListCounter(n);
  return seq.map(([id, l]) => c.next(id, l));
}

describe('import: Word list numbering', () => {
  describe('formats', () => {
    it('decimal, letters and roman numerals as Word writes them', () => {
      assert.deepEqual([1, 9, 10, 123].map((v) => formatNumber(v, 'decimal')), ['1', '9', '10', '123']);
      assert.deepEqual([1, 2, 26, 27, 28, 53].map((v) => formatNumber(v, 'lowerLetter')), ['a', 'b', 'z', 'aa', 'bb', 'aaa']);
      assert.deepEqual([1, 26, 27].map((v) => formatNumber(v, 'upperLetter')), ['A', 'Z', 'AA']);
      assert.deepEqual([1, 4, 9, 14, 40, 1999].map((v) => formatNumber(v, 'lowerRoman')), ['i', 'iv', 'ix', 'xiv', 'xl', 'mcmxcix']);
      assert.deepEqual([3, 12].map((v) => formatNumber(v, 'upperRoman')), ['III', 'XII']);
      assert.deepEqual([3, 12].map((v) => formatNumber(v, 'decimalZero')), ['03', '12']);
      assert.equal(formatNumber(5, 'none'), '');
      assert.equal(formatNumber(5, 'someFutureFormat'), '5', 'an unknown format falls back to decimal');
    });

    it('a bullet level shows its character, private-use Symbol bullets as the glyph they draw', () => {
      assert.deepEqual(shown(numbering([lvl('\uf0b7', 'bullet')]), [['1', 0], ['1', 0]]), ['•', '•']);
      assert.deepEqual(shown(numbering([lvl('-', 'bullet')]), [['1', 0]]), ['-']);
    });
  });

  describe('levels', () => {
    const outline = [lvl('%1.'), lvl('%1.%2'), lvl('%1.%2.%3'), lvl('%4)', 'lowerLetter')];

    it('level 0 counts, level 1 shows the path "%1.%2"', () => {
      assert.deepEqual(shown(numbering(outline), [['1', 0], ['1', 1], ['1', 1], ['1', 0], ['1', 1]]), ['1.', '1.1', '1.2', '2.', '2.1']);
    });

    it('a deeper level restarts after a higher one, at every depth', () => {
      assert.deepEqual(shown(numbering(outline), [['1', 0], ['1', 1], ['1', 2], ['1', 2], ['1', 1], ['1', 2]]), ['1.', '1.1', '1.1.1', '1.1.2', '1.2', '1.2.1']);
    });

    it('a level in letters below numbers ("%4)" in lowerLetter)', () => {
      assert.deepEqual(shown(numbering(outline), [['1', 0], ['1', 1], ['1', 3], ['1', 3], ['1', 1], ['1', 3]]), ['1.', '1.1', 'a)', 'b)', '1.2', 'a)']);
    });

    it('start values per level', () => {
      const n = numbering([lvl('Artikel %1', 'decimal', { start: 10 }), lvl('%2.', 'lowerLetter', { start: 3 })]);
      assert.deepEqual(shown(n, [['1', 0], ['1', 1], ['1', 1], ['1', 0], ['1', 1]]), ['Artikel 10', 'c.', 'd.', 'Artikel 11', 'c.']);
    });

    it('w:lvlRestart 0 keeps a level counting across higher levels', () => {
      const n = numbering([lvl('%1.'), lvl('(%2)', 'decimal', { restart: 0 })]);
      assert.deepEqual(shown(n, [['1', 0], ['1', 1], ['1', 0], ['1', 1]]), ['1.', '(1)', '2.', '(2)']);
    });

    it('w:lvlRestart 1 restarts level 3 only after level 1, not after level 2', () => {
      const n = numbering([lvl('%1.'), lvl('%1.%2'), lvl('%3.', 'lowerRoman', { restart: 1 })]);
      assert.deepEqual(shown(n, [['1', 0], ['1', 2], ['1', 1], ['1', 2], ['1', 0], ['1', 2]]), ['1.', 'i.', '1.1', 'ii.', '2.', 'i.']);
    });

    it('w:isLgl shows the higher levels in decimals (legal numbering)', () => {
      const levels = [lvl('%1.', 'upperRoman'), lvl('%1.%2', 'decimal', { legal: true })];
      assert.deepEqual(shown(numbering(levels), [['1', 0], ['1', 0], ['1', 1]]), ['I.', 'II.', '2.1']);
      const plain = [lvl('%1.', 'upperRoman'), lvl('%1.%2', 'decimal')];
      assert.deepEqual(shown(numbering(plain), [['1', 0], ['1', 0], ['1', 1]]), ['I.', 'II.', 'II.1'], 'without isLgl the roman numeral stays');
    });

    it('a level never used before shows its start value in a deeper number', () => {
      assert.deepEqual(shown(numbering(outline), [['1', 1]]), ['1.1']);
    });
  });

  describe('list instances (w:num)', () => {
    it('two instances of one abstract definition continue one list', () => {
      const n = numbering([lvl('%1.')], { '1': {}, '2': {} });
      assert.deepEqual(shown(n, [['1', 0], ['1', 0], ['2', 0], ['1', 0]]), ['1.', '2.', '3.', '4.']);
    });

    it('w:startOverride restarts the list where that instance is first used', () => {
      const n = numbering([lvl('%1.')], { '1': {}, '2': { overrides: [[0, { start: 1 }]] }, '3': { overrides: [[0, { start: 10 }]] } });
      assert.deepEqual(shown(n, [['1', 0], ['1', 0], ['2', 0], ['2', 0], ['3', 0]]), ['1.', '2.', '1.', '2.', '10.']);
    });

    it('w:lvlOverride with a w:lvl replaces that level for the instance only', () => {
      const n = numbering([lvl('%1.')], { '1': {}, '2': { abstractId: '0', overrides: [[0, { start: 1, level: lvl('(%1)', 'lowerRoman') }]] } });
      assert.deepEqual(shown(n, [['2', 0], ['2', 0], ['1', 0]]), ['(i)', '(ii)', '3.']);
    });

    it('an unknown list or level gives no number', () => {
      const n = numbering([lvl('%1.')]);
      assert.deepEqual(shown(n, [['9', 0], ['1', 4]]), [undefined, undefined]);
    });
  });

  it('levelOfStyle finds the level a paragraph style is bound to (numbering through styles)', () => {
    const n = numbering([lvl('Artikel %1', 'decimal', { style: 'Kop1' }), lvl('%1.%2', 'decimal', { style: 'Lid' })]);
    const c = new ListCounter(n);
    assert.equal(c.levelOfStyle('1', 'Lid'), 1);
    assert.equal(c.levelOfStyle('1', 'Normal'), undefined);
  });
});
