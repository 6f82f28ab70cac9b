import * as assert from 'node:assert/strict';
import { parseDocument } from '../model/parse';
import { definitionAt, occurrencesAt, referencesAt, targetAt } from './navigation';

const TEXT = [
  'Artikel 1 Definities',
  'Begrippen in het enkelvoud omvatten het meervoud.',
  'Opdracht: de afspraak tussen partijen;',
  'Opdrachtgever: de wederpartij.',
  'Artikel 2 Uitvoering',
  '1. Opdrachtgever verstrekt iedere Opdracht schriftelijk.',
  '2. Opdrachten worden uitgevoerd zoals bepaald in lid 1.',
  '3. Artikel 2 lid 1 geldt ook voor spoedeisende Opdrachten.',
  '',
].join('\n');
const m = parseDocument(TEXT);
const at = (s: string, k = 0) => {
  let i = -1;
  for (let n = 0; n <= k; n++) i = TEXT.indexOf(s, i + 1);
  return i + 1;
};
const texts = (spans: Array<{ start: number; end: number }>) => spans.map((s) => TEXT.slice(s.start, s.end));

describe('features/navigation', () => {
  it('knows what is under the cursor: a term, a reference, a clause number, or nothing', () => {
    assert.equal(targetAt(m, at('Opdrachten'))?.kind, 'term');
    assert.equal(targetAt(m, at('lid 1'))?.kind, 'reference');
    assert.equal(targetAt(m, at('1. Opdrachtgever'))?.kind, 'node');
    assert.equal(targetAt(m, at('schriftelijk')), undefined);
    assert.equal(targetAt(m, -1), undefined);
    assert.equal(targetAt(m, Number.NaN), undefined);
  });

  it('goes from a use (plural too) to the definition, and from a reference to its clause', () => {
    assert.deepEqual(texts(definitionAt(m, at('Opdrachten'))), ['Opdracht']);
    assert.equal(definitionAt(m, at('Opdrachten'))[0].start, TEXT.indexOf('Opdracht:'));
    const [s] = definitionAt(m, at('lid 1'));
    assert.equal(s.start, TEXT.indexOf('1. Opdrachtgever'));
  });

  it('finds every use of a term with its inflections, and only that term', () => {
    assert.deepEqual(texts(referencesAt(m, at('Opdracht:'), true)), ['Opdracht', 'Opdracht', 'Opdrachten', 'Opdrachten']);
    assert.deepEqual(texts(referencesAt(m, at('Opdracht:'), false)), ['Opdracht', 'Opdrachten', 'Opdrachten']);
    assert.deepEqual(texts(referencesAt(m, at('Opdrachtgever verstrekt'), false)), ['Opdrachtgever']);
  });

  it('finds every reference to a clause, from the clause number or from a reference', () => {
    assert.deepEqual(texts(referencesAt(m, at('1. Opdrachtgever'), false)), ['lid 1', 'Artikel 2 lid 1']);
    assert.deepEqual(occurrencesAt(m, at('lid 1')).map((o) => o.declaration), [true, false, false]);
  });

  it('goes to article 5 from "artikel 5", never to lid 5 of the article it is written in', () => {
    const text = 'Artikel 3 Betaling\n1. a\n2. b\n3. c\n4. d\n5. e\n6. Zie artikel 5.\nArtikel 5 Slot\n1. g\n';
    const model = parseDocument(text);
    const [span] = definitionAt(model, text.indexOf('artikel 5') + 2);
    assert.equal(model.lines.lineAt(span.start), model.lines.lineAt(text.indexOf('Artikel 5 Slot')));
  });

  it('goes to the number as the draft writes it where its structure was not read as a clause', () => {
    const text = 'Artikel 4 Levering\n4.1. Wij leveren binnen een maand. 4.2. Levering geschiedt franco.\n\nArtikel 5 Slot\n1. Zie artikel 4.2 en bijlage 1.\n\nBijlage 1 Tarieven\nUurtarief.\n';
    const model = parseDocument(text);
    const [span] = definitionAt(model, text.indexOf('artikel 4.2') + 9);
    assert.equal(text.slice(span.start, span.end), '4.2');
    assert.equal(span.start, text.indexOf('4.2. Levering'));
    const [annex] = definitionAt(model, text.indexOf('bijlage 1') + 2);
    assert.equal(annex.start, text.indexOf('Bijlage 1'));
    assert.deepEqual(definitionAt(parseDocument('Artikel 1 A\n1. Zie artikel 9.\n'), 'Artikel 1 A\n1. Zie artikel 9.\n'.indexOf('artikel 9') + 2), []);
  });
});

