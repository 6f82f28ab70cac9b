import * as assert from 'node:assert/strict';
import { parseDocument } from '../model/parse';
import { prepareRename, renameTerm } from './rename';
import { applyEdits } from './renumber';

const TEXT = 'Artikel 1 Definities\nIn deze voorwaarden omvat het enkelvoud ook het meervoud.\nOpdracht: de afspraak;\nOpdrachtgever: de wederpartij.\nArtikel 2 Slot\n1. Iedere Opdracht en alle Opdrachten van Opdrachtgever; een opdracht zonder hoofdletter.\n';
const m = parseDocument(TEXT);

describe('features/rename', () => {
  it('refuses anything that is not a defined term', () => {
    assert.equal(prepareRename(m, TEXT.indexOf('Iedere')), undefined);
    assert.equal(prepareRename(m, TEXT.indexOf('opdracht zonder')), undefined);
    assert.deepEqual(prepareRename(m, TEXT.indexOf('Opdrachten') + 2), { span: { start: TEXT.indexOf('Opdrachten'), end: TEXT.indexOf('Opdrachten') + 10 }, placeholder: 'Opdracht' });
  });

  it('renames the definition and every use, inflecting plurals and keeping the capital', () => {
    const r = renameTerm(m, TEXT.indexOf('Opdracht:'), 'overeenkomst');
    assert.ok('edits' in r);
    const out = applyEdits(TEXT, r.edits);
    assert.equal(out, TEXT.replace('Opdracht:', 'Overeenkomst:').replace('Iedere Opdracht ', 'Iedere Overeenkomst ').replace('Opdrachten', 'Overeenkomsten'));
    assert.ok(out.includes('Opdrachtgever') && out.includes('een opdracht zonder'), 'other terms and lowercase words stay');
  });

  it('refuses a name that is already defined or unusable', () => {
    assert.ok('error' in renameTerm(m, TEXT.indexOf('Opdracht:'), 'Opdrachtgever'));
    assert.ok('error' in renameTerm(m, TEXT.indexOf('Opdracht:'), '12\nx'));
  });
});
