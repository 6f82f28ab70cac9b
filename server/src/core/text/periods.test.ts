import * as assert from 'node:assert/strict';
import { periodsIn } from './periods';

describe('text/periods', () => {
  const read = (s: string) => periodsIn(s).map((p) => `${p.text}=${p.months.toFixed(3)}`);

  it('reads calendar days, weeks and years as days, weeks and years', () => {
    assert.deepEqual(read('binnen dertig (30) kalenderdagen'), ['dertig (30) kalenderdagen=0.987']);
    assert.deepEqual(read('binnen 14 dagen'), ['14 dagen=0.461']);
    assert.deepEqual(read('per 2 kalenderweken of 1 kalenderjaar'), ['2 kalenderweken=0.461', '1 kalenderjaar=12.000']);
    assert.deepEqual(read('zes (6) kalendermaanden'), ['zes (6) kalendermaanden=6.000']);
    assert.deepEqual(read('vijf werkdagen'), ['vijf werkdagen=0.230']);
  });

  it('reads no hours, no unit glued to another word, and no word that is no number', () => {
    assert.deepEqual(read('binnen 24 uur en binnen twee uren'), []);
    assert.deepEqual(read('14 kalenderdagenregeling'), []);
    assert.deepEqual(read('vele dagen'), []);
  });
});
