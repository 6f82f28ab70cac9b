import * as assert from 'node:assert/strict';
import { editDistance, repeatedRun } from './editDistance';

describe('editDistance', () => {
  it('counts letters left out, added, replaced and two swapped as one edit each', () => {
    assert.equal(editDistance('gevens', 'gegevens', 3), 2);
    assert.equal(editDistance('prjis', 'prijs', 3), 1);
    assert.equal(editDistance('hoefte', 'hoefde', 3), 1);
    assert.equal(editDistance('nline', 'online', 3), 1);
    assert.equal(editDistance('abc', 'abc', 0), 0);
  });

  it('stops at the limit: max + 1 means farther', () => {
    assert.equal(editDistance('skenmerken', 'raskenmerk', 2), 3);
    assert.equal(editDistance('a', 'abcdef', 2), 3);
    assert.equal(editDistance('organistische', 'organisatorische', 3), 3);
  });
});

describe('repeatedRun', () => {
  it('holds where one word is the other with a repeating run of two or three letters left out or doubled', () => {
    assert.equal(repeatedRun('gevens', 'gegevens'), true);
    assert.equal(repeatedRun('gegegevens', 'gegevens'), true);
    assert.equal(repeatedRun('verererving', 'vererving'), true);
  });

  it('does not hold for a run that repeats nothing, letters in two places, one letter, or a short word', () => {
    assert.equal(repeatedRun('termijngen', 'termijn'), false);
    assert.equal(repeatedRun('overeenkomst', 'overeenkomsten'), false);
    assert.equal(repeatedRun('gevens', 'gegevenss'), false);
    assert.equal(repeatedRun('gevens', 'geevens'), false);
    assert.equal(repeatedRun('dedeel', 'deel'), false);
  });
});
