// Our import against LibreOffice's rendering of the same .docx, committed beside each fixture
// (scripts/docx-fixtures.sh regenerates both), so this runs without LibreOffice.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importDocx } from '../../server/src/import';
import { analyze } from '../../server/src/core';
import { missingFrom, numberedLines } from './libreofficeOracle';

const DIR = path.resolve(__dirname, '../../../../test/fixtures/docx');
const fixtures = fs.readdirSync(DIR).filter((f) => f.endsWith('.docx'));

describe('import: fixtures against LibreOffice', () => {
  it('the fixtures are there, each with its rendering', () => {
    assert.deepEqual(fixtures.sort(), ['artikelen.docx', 'lijstvormen.docx', 'opmaak.docx']);
    for (const f of fixtures) assert.ok(fs.existsSync(path.join(DIR, f.replace(/\.docx$/, '.txt'))), f);
  });

  for (const f of fixtures) {
    it(`${f}: every numbered line LibreOffice shows is in our import, in order`, () => {
      const oracle = fs.readFileSync(path.join(DIR, f.replace(/\.docx$/, '.txt')), 'utf8');
      const ours = importDocx(fs.readFileSync(path.join(DIR, f))).text;
      assert.ok(numberedLines(oracle).length >= 5, 'the rendering has numbered lines to compare');
      assert.deepEqual(missingFrom(oracle, ours), []);
    });
  }

  it('the comparison fails when a number differs (the oracle is not vacuous)', () => {
    const oracle = fs.readFileSync(path.join(DIR, 'lijstvormen.txt'), 'utf8');
    const ours = importDocx(fs.readFileSync(path.join(DIR, 'lijstvormen.docx'))).text;
    assert.deepEqual(missingFrom(oracle, ours.replace('(iv) de Klant', '(4) de Klant')), ['(iv) de']);
    assert.deepEqual(missingFrom(oracle, ours.replace('e) de vijfde', 'b) de vijfde')), ['e) de']);
  });

  it('artikelen.docx reads as a Clausule draft: three articles, clauses and definitions', () => {
    const r = analyze(importDocx(fs.readFileSync(path.join(DIR, 'artikelen.docx'))).text);
    const articles = r.model.nodes.filter((n) => n.kind === 'article').map((n) => n.written);
    assert.deepEqual(articles, ['1', '2', '3']);
    assert.deepEqual(r.model.definitions.map((d) => d.term), ['Klant', 'Product']);
  });

  it('opmaak.docx: notes, tracked changes and the comment', () => {
    const r = importDocx(fs.readFileSync(path.join(DIR, 'opmaak.docx')));
    assert.match(r.text, /^2\.1 Proefbedrijf reageert binnen veertien Werkdagen\.$/m, 'insertion kept, deletion dropped');
    assert.match(r.text, /^Voetnoot 1: Ontvangst per e-mail telt ook\.$/m);
    assert.match(r.text, /^Eindnoot 1: Ook voor verlengingen\.$/m);
    assert.match(r.text, /^\*\*Werkdag\*\*: maandag/m, 'the definitions table');
    assert.match(r.text, /^Basis \| € 10$/m, 'another table');
    assert.deepEqual(r.notices.map((n) => n.en.split(':')[0]), ['the document contains unaccepted tracked changes', '1 comment was left out']);
  });
});
