import * as assert from 'node:assert/strict';
import { check } from '../testing/check';
import { analyze } from '../analyzer';
import { parseDocument } from '../model/parse';

const BELGIAN = 'Artikel 1 Toepasselijk recht\n1. Op deze voorwaarden is uitsluitend «Belgisch recht» van toepassing.\n';

describe('recht-buitenlands', () => {
  it('says once that a draft under foreign law is not checked against Dutch law', () => {
    const [f] = check('recht-buitenlands', BELGIAN + '2. Nogmaals: Belgisch recht is van toepassing.\n');
    assert.match(f.message.nl, /kiest voor Belgisch recht/);
    assert.match(f.message.en, /chooses Belgian law/);
    check('recht-buitenlands', 'Artikel 1 Recht\n1. Deze overeenkomst wordt beheerst door «het recht van Ierland».\n');
  });

  it('reads Belgian law from the Belgian Civil Code when the draft makes no choice', () => {
    const [f] = check('recht-buitenlands', 'Artikel 1 Verzuim\n1. De interest volgt uit «artikel 1153 BW».\n');
    assert.match(f.message.nl, /lijkt onder Belgisch recht te vallen/);
  });

  it('stays quiet on Dutch law, on no choice, and on a law only mentioned', () => {
    check('recht-buitenlands', 'Artikel 1 Recht\n1. Op deze voorwaarden is Nederlands recht van toepassing.\n');
    check('recht-buitenlands', 'Artikel 1 Recht\n1. Geschillen gaan naar de rechtbank Utrecht.\n');
    check('recht-buitenlands', 'Artikel 1 Gebruik\n1. Het is verboden content te plaatsen die in strijd is met Belgisch recht.\n2. Indien Duits recht van toepassing is, gelden ook de Duitse regels.\n');
  });

  it('switches off the Dutch BW checks on a foreign-law draft, keeps them on a Dutch one, and runs them when asked', () => {
    const clause = '2. Zie artikel 7:999 BW.\n';
    const dutch = 'Artikel 1 Recht\n1. Op deze voorwaarden is Nederlands recht van toepassing.\n' + clause;
    const belgian = BELGIAN + clause;
    const bw = (text: string, options = {}) => analyze(text, options).findings.filter((f) => f.ruleId === 'bw-artikel').length;
    assert.ok(bw(dutch) > 0);
    assert.equal(bw(belgian), 0);
    assert.ok(bw(belgian, { rules: { 'bw-artikel': 'warning' } }) > 0);
    assert.equal(parseDocument(belgian).documentKind?.law, 'be');
  });
});
