import * as assert from 'node:assert/strict';
import { assertGate } from '../engine/gateCheck';
import { COLLECTION, COLLECTION_WORDS } from './incassokosten';
import { analyze } from '../analyzer';
import { check } from '../testing/check';
import { statutoryFee } from './incassokosten';

const b2c = { audience: 'b2c' as const };
const b2b = { audience: 'b2b' as const };
const of = (text: string, audience: 'b2b' | 'b2c') => analyze(text, { audience }).findings.filter((f) => f.ruleId === 'incassokosten');

describe('incassokosten', () => {
  it('computes the statutory scale', () => {
    assert.equal(statutoryFee(100), 40);
    assert.equal(statutoryFee(2500), 375);
    assert.equal(statutoryFee(5000), 625);
    assert.equal(statutoryFee(10000), 875);
    assert.equal(statutoryFee(10_000_000), 6775);
  });

  it('b2c: a flat rate, a higher minimum or a higher fixed amount is above the scale', () => {
    check('incassokosten', 'De Consument betaalt «incassokosten» van 15% van de hoofdsom.', b2c);
    check('incassokosten', 'De «incassokosten» bedragen 10% met een minimum van € 75.', b2c);
    check('incassokosten', 'De Consument is € 95 aan «incassokosten» verschuldigd.', b2c);
    const [f] = of('De Consument betaalt incassokosten van 15% van de hoofdsom.', 'b2c');
    assert.equal(f.severity, 'error');
    assert.match(f.message.nl, /€ 3\.000 is dat € 450.*€ 425/);
  });

  it('b2c: costs due without the fourteen-day letter', () => {
    const [f] = check('incassokosten', 'Bij te late betaling zijn de «incassokosten» direct verschuldigd, zonder nadere aanmaning.', b2c);
    assert.match(f.message.nl, /6:96 lid 6/);
  });

  it('b2c: quiet for the statutory scale and for clauses meant for businesses', () => {
    check('incassokosten', 'De incassokosten worden berekend volgens het Besluit vergoeding voor buitengerechtelijke incassokosten, na een aanmaning met een termijn van veertien dagen.', b2c);
    check('incassokosten', 'De incassokosten bedragen 15% over de eerste € 2.500 van de hoofdsom, met een minimum van € 40, volgens de wettelijke staffel.', b2c);
    check('incassokosten', 'Is de Klant een rechtspersoon, dan zijn incassokosten van 15% verschuldigd met een minimum van € 75.', b2c);
  });

  it('b2b: no invented "usual 15%" norm: a flat rate above the scale is explained with 6:94 and 6:248 lid 2', () => {
    const [f] = check('incassokosten', 'De «incassokosten» bedragen 15% van de hoofdsom.', b2b);
    assert.equal(of('De incassokosten bedragen 15% van de hoofdsom.', 'b2b')[0].severity, 'information');
    assert.match(f.message.nl, /€ 100\.000 is dat € 15\.000, de staffel geeft € 1\.775/);
    assert.match(f.message.nl, /artikel 6:94 BW/);
    assert.match(f.message.nl, /artikel 6:248 lid 2 BW/);
    assert.doesNotMatch(f.message.nl, /gewoonlijk|gangbaar/);
    check('incassokosten', 'Opdrachtgever betaalt buitengerechtelijke «incassokosten» van 25% van de hoofdsom.', b2b);
  });

  it('b2b: quiet for the statutory scale and for reasonable costs without a rate', () => {
    check('incassokosten', 'De incassokosten worden berekend volgens het Besluit vergoeding voor buitengerechtelijke incassokosten.', b2b);
    check('incassokosten', 'De incassokosten bedragen 15% over de eerste € 2.500 en daarna volgens de wettelijke staffel.', b2b);
    check('incassokosten', 'Opdrachtgever vergoedt de redelijke incassokosten.', b2b);
    // Even 0,5% exceeds the scale's cap of € 6.775 on a very large principal, and the message shows where.
    assert.match(of('De incassokosten bedragen 0,5% van de hoofdsom.', 'b2b')[0].message.nl, /€ 2\.000\.000/);
  });

  it('b2b: a minimum below € 40 cannot be held against the creditor (6:96 lid 4)', () => {
    const [f] = check('incassokosten', 'De «incassokosten» bedragen 15% van de hoofdsom met een minimum van € 25.', b2b);
    assert.match(f.message.nl, /niet ten nadele van de schuldeiser worden afgeweken \(artikel 6:96 lid 4 BW\)/);
    assert.doesNotMatch(f.message.nl, /benadeelt alleen uzelf/);
  });

  it('names the VAT uplift of Besluit art. 2 lid 3 and its conditions where a clause adds VAT', () => {
    const [c] = of('De Consument betaalt incassokosten van 15% van de hoofdsom, vermeerderd met btw.', 'b2c');
    assert.match(c.message.nl, /btw over de incassodienst niet kan verrekenen en dat nadrukkelijk verklaart \(Besluit, art\. 2 lid 3\)/);
    const [plain] = of('De Consument betaalt incassokosten van 15% van de hoofdsom.', 'b2c');
    assert.doesNotMatch(plain.message.nl, /art\. 2 lid 3/);
    assert.match(of('De incassokosten bedragen 15% van de hoofdsom, exclusief omzetbelasting.', 'b2b')[0].message.en, /VAT uplift/);
  });
});

describe('incassokosten: literal gate', () => {
  it('every collection-cost phrase holds one of its gate words', () => {
    assertGate(COLLECTION, COLLECTION_WORDS, ['incassokosten', 'incasso-kosten', 'invorderingskosten', 'kosten van invordering', 'kosten \t\n van\t\tincasso', 'buitengerechtelijke kosten', 'buitengerechtelijke\n\nkosten', 'kosten, zowel gerechtelijke als buitengerechtelijke', 'kosten van de procedure, gerechtelijke en buitengerechtelijke', 'kosten ter verkrijging van voldoening buiten rechte']);
  });

  it('a calculation "volgens Rapport Voorwerk II" is noted once, whatever the number of cost phrases in the clause', () => {
    const found = of('7. Is de klant in verzuim, dan draagt hij alle kosten ter verkrijging van voldoening buiten rechte. De buitengerechtelijke kosten worden berekend volgens Rapport Voorwerk II.', 'b2b');
    assert.equal(found.length, 1);
  });

  it('a calculation "volgens Rapport Voorwerk II" is outdated, in both audiences', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      const [f] = check('incassokosten', 'De buitengerechtelijke kosten worden berekend volgens «Rapport Voorwerk II».', { audience });
      assert.match(f.message.nl, /1 juli 2012/);
      assert.match(f.message.nl, /BWBR0031432/);
    }
  });

  it('b2c: collection costs with neither the scale nor the fourteen-day letter', () => {
    const [f] = check('incassokosten', 'Betaal je niet, dan kunnen wij «incassokosten» in rekening brengen.', b2c);
    assert.match(f.message.nl, /6:96 lid 5/);
    assert.match(f.message.nl, /6:96 lid 6/);
    assert.equal(of('Betaal je niet, dan kunnen wij incassokosten in rekening brengen.', 'b2c')[0].severity, 'information');
    check('incassokosten', 'Betaal je niet binnen 14 dagen na onze aanmaning, dan kunnen wij incassokosten in rekening brengen.', b2c);
    // The scale or the letter elsewhere in the article, and a heading, are enough.
    check('incassokosten', '## Artikel 9 – Incassokosten\n9.1 Wij sturen eerst een aanmaning met veertien dagen om te betalen.\n9.2 Daarna kunnen wij incassokosten in rekening brengen.\n', b2c);
    check('incassokosten', '## Artikel 9 – Incassokosten\n9.1 De kosten volgen de wettelijke staffel.\n9.2 Wij brengen geen hogere incassokosten in rekening.\n', b2c);
    check('incassokosten', '## Artikel 9 – Incassokosten\n9.1 Betaal je niet, dan kunnen wij «incassokosten» in rekening brengen.\n', b2c);
    check('incassokosten', 'Betaalt de Klant niet, dan kunnen wij incassokosten in rekening brengen.', b2b);
  });

  it('b2c: the statute named by its own name is the scale; the costs listed as "gerechtelijke als buitengerechtelijke" are collection costs', () => {
    check('incassokosten', 'Betaalt de opdrachtgever niet op tijd, dan worden de buitengerechtelijke kosten berekend conform de Wet incassokosten (WIK).', b2c);
    check('incassokosten', 'De incassokosten volgen de Wet normering buitengerechtelijke incassokosten.', b2c);
    check('incassokosten', 'Na ingebrekestelling zijn alle «kosten, zowel gerechtelijke als buitengerechtelijke», voor rekening van de cursist.', b2c);
    check('incassokosten', 'Na ingebrekestelling zijn alle kosten, zowel gerechtelijke als buitengerechtelijke, voor rekening van de cursist, volgens de wettelijke staffel.', b2c);
    check('incassokosten', 'De opdrachtgever in verzuim betaalt alle «kosten ter verkrijging van voldoening buiten rechte».', b2c);
    // The payment term of the invoice is not the fourteen-day letter.
    check('incassokosten', '15.1 Betaling geschiedt binnen 14 dagen na factuurdatum.\n15.2 In verzuim draagt de klant alle «kosten ter verkrijging van voldoening buiten rechte».\n', b2c);
    check('incassokosten', '15.1 Na een aanmaning met een termijn van 14 dagen om alsnog te betalen.\n15.2 In verzuim draagt de klant alle kosten ter verkrijging van voldoening buiten rechte.\n', b2c);
  });

  it('b2c: the general note once per clause, not at each mention in it', () => {
    const found = of('e. Betaal je ook na een ingebrekestelling niet, dan kunnen wij incassokosten in rekening brengen. Je bent dan het resterende abonnementsgeld verschuldigd, plus de incassokosten.', 'b2c');
    assert.equal(found.length, 1);
    assert.equal(of('a. Betaal je niet, dan kunnen wij incassokosten in rekening brengen.\n\nb. Bij ontbinding zijn de incassokosten verschuldigd.', 'b2c').length, 2);
  });

  it('a penalty of a percentage for late payment is a penalty clause (6:91, 6:94)', () => {
    const [b] = check('incassokosten', 'Betaalt Opdrachtgever niet tijdig, dan verbeurt hij een «boete van 12%» over het openstaande bedrag.', b2b);
    assert.match(b.message.nl, /6:94 lid 1/);
    assert.match(b.message.nl, /6:96 lid 4/);
    assert.equal(of('Betaalt Opdrachtgever niet tijdig, dan verbeurt hij een boete van 12% over het openstaande bedrag.', 'b2b')[0].severity, 'information');
    const [c] = check('incassokosten', 'Betaal je niet tijdig, dan verbeur je een «boete van 12%» over het openstaande bedrag.', b2c);
    assert.match(c.message.nl, /6:96 leden 5 en 6/);
    // A penalty for another breach, or no percentage, is not read here.
    check('incassokosten', 'Bij schending van de geheimhouding verbeurt Opdrachtgever een boete van 10% van de opdrachtsom.', b2b);
    check('incassokosten', 'Betaalt Opdrachtgever niet tijdig, dan verbeurt hij een boete van € 50.', b2b);
  });
});
