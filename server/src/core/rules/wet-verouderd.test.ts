import * as assert from 'node:assert/strict';
import { assertGate } from '../engine/gateCheck';
import { analyze } from '../analyzer';
import { check } from '../testing/check';
import { OUTDATED_WORDS, VAT, VOORWERK, WBP } from './wet-verouderd';

describe('wet-verouderd', () => {
  it('reports the Wbp cited as current, in both audiences, with the article that repealed it', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      const [f] = check('wet-verouderd', 'Leverancier verwerkt persoonsgegevens overeenkomstig de «Wet bescherming persoonsgegevens».', { audience });
      assert.match(f.message.nl, /artikel 51 van de Uitvoeringswet Algemene verordening gegevensbescherming/);
      assert.match(f.message.nl, /25 mei 2018/);
      assert.match(f.message.en, /repealed/);
    }
    check('wet-verouderd', 'Partijen houden zich aan de «Wbp» en de Telecommunicatiewet.');
    check('wet-verouderd', 'Zie de «WET BESCHERMING PERSOONSGEGEVENS».');
  });

  it('reports incasso costs measured by the Voorwerk II report and names the Besluit', () => {
    const [f] = check('wet-verouderd', 'De buitengerechtelijke kosten worden berekend volgens het rapport «Voorwerk II».');
    assert.match(f.message.nl, /Besluit vergoeding voor buitengerechtelijke incassokosten/);
    assert.match(f.message.nl, /1 juli 2012/);
    check('wet-verouderd', 'Incassokosten conform «Voorwerk 2» komen voor rekening van Klant.');
  });

  it('reports VAT rates no longer in force, in every order', () => {
    const [a] = check('wet-verouderd', 'Alle prijzen zijn exclusief «19% btw».');
    assert.match(a.message.nl, /21%/);
    assert.match(a.message.nl, /1 oktober 2012/);
    const [b] = check('wet-verouderd', 'Op boeken rekenen wij «6% BTW».');
    assert.match(b.message.nl, /9%/);
    assert.match(b.message.nl, /1 januari 2019/);
    check('wet-verouderd', 'De prijs wordt verhoogd met «btw van 19%».');
    check('wet-verouderd', 'Vermeerderd met «BTW (19%»), verzendkosten en kosten.');
    check('wet-verouderd', 'Het «btw-tarief van 6 procent» geldt voor lesmateriaal.');
    check('wet-verouderd', 'Exclusief «19 procent omzetbelasting».');
    check('wet-verouderd', 'Bedragen zijn inclusief «19% hoge btw».');
  });

  it('says it once per draft and kind, with the other mentions as related places', () => {
    const text = 'Artikel 1 Privacy\n1.1 Leverancier is bewerker in de zin van de «Wbp».\n1.2 Leverancier meldt een datalek volgens artikel 34a Wbp.\n\nArtikel 2 Prijzen\n2.1 Prijzen zijn exclusief «19% btw».\n2.2 Klant vrijwaart Leverancier voor aanspraken op grond van de Wet bescherming persoonsgegevens.';
    const [wbp, btw] = check('wet-verouderd', text);
    assert.equal(wbp.related?.length, 2);
    assert.match(wbp.related![0].message.nl, /Ook hier/);
    assert.equal(btw.related, undefined);
  });

  it('leaves current law, other percentages and historical remarks alone', () => {
    check('wet-verouderd', 'Leverancier verwerkt persoonsgegevens volgens de AVG en de Uitvoeringswet AVG. Alle prijzen zijn exclusief 21% btw; op boeken 9% btw.');
    check('wet-verouderd', 'De rente bedraagt 6% per jaar. Korting: 19% op de tweede licentie. Prijzen excl. btw.');
    check('wet-verouderd', 'Tot 25 mei 2018 gold de Wet bescherming persoonsgegevens; sindsdien de AVG.');
    check('wet-verouderd', 'Tot 1 oktober 2012 bedroeg het tarief 19% btw.');
    check('wet-verouderd', 'Het rapport Voorwerk II is vervangen door het Besluit.');
    check('wet-verouderd', 'Een boete van 16% btw-bedrag; 0,6% btw; 196% omzetbelasting; btw van 19,5%.');
    check('wet-verouderd', 'Voorwerken en een wbpx-bestand; de Wet bescherming van gegevens.');
  });

  it('is Dutch law: a draft under Belgian law (where 6% is a current rate) is not checked', () => {
    const belgian = 'Artikel 1 Toepasselijk recht\n1. Op deze voorwaarden is uitsluitend Belgisch recht van toepassing.\n2. Boeken worden geleverd met 6% btw.\n';
    assert.deepEqual(analyze(belgian).findings.filter((f) => f.ruleId === 'wet-verouderd'), []);
    assert.ok(analyze(belgian).findings.some((f) => f.ruleId === 'recht-buitenlands'));
    check('wet-verouderd', 'Artikel 1 Toepasselijk recht\n1. Op deze voorwaarden is uitsluitend Nederlands recht van toepassing.\n2. Boeken worden geleverd met «6% btw».\n');
  });

  it('runs only where a gate word occurs, as a full scan finds', () => {
    for (const [re, phrases] of [
      [WBP, ['Wet bescherming persoonsgegevens', 'Wet \n bescherming\tpersoonsgegevens', 'Wbp', 'WBP', 'wbp', 'Wetten']],
      [VOORWERK, ['Voorwerk II', 'voorwerk 2', 'Voorwerk \n II', 'Voorwerken']],
      [VAT, ['19% btw', '6 procent omzetbelasting', 'btw van 19%', 'BTW (6%)', 'btw-tarief van 6 procent', 'b.t.w. 19%', '19% b.t.w.', 'omzetbelasting: 6%', '21% btw']],
    ] as const) {
      assertGate(re, OUTDATED_WORDS, [...phrases]);
    }
  });
});
