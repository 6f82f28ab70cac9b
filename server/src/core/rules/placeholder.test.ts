import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../analyzer';
import { check } from '../testing/check';
import { triggeredMatches } from '../text/scan';
import { PLACEHOLDER, PLACEHOLDER_START, mayHoldPlaceholder } from './placeholder';
import { runs } from '../testing/fuzz';


// Runs of the characters placeholders start with, one short of and just at the lengths that matter.
const PIECES = ['[', ']', '(', ')', 'X', 'x', 'XX', 'xx', 'XXX', 'XXXXX', 'Xx', 'xX', 'x\u212a', '…', '……', '.', '..', '...', '....', '...........', '_', '___', '____', '_'.repeat(41), '$', '${', '$ {', '${1:naam}', '${12|a,b|}', '${1', 'PARTIJ', 'datum', 'xx dagen', ' ', '\t', '\n', '\r\n', '\u00a0', '€', ':', ',', ';', 'Ä', 'a', '7', '•', '\ud835\udc00'];
const text = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

function globalScan(s: string): Array<[number, string]> {
  const global = new RegExp(PLACEHOLDER.source, PLACEHOLDER.flags);
  const out: Array<[number, string]> = [];
  for (let m = global.exec(s); m; m = global.exec(s)) out.push([m.index, m[0]]);
  return out;
}

describe('placeholder', () => {
  it('finds unfilled placeholders, in both audiences', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      check('placeholder', 'Deze voorwaarden zijn van «[PARTIJ]», gevestigd te «[•]».', { audience });
      check('placeholder', 'Opdrachtgever betaalt binnen «XX» dagen, vanaf «[datum]».', { audience });
      check('placeholder', 'De vergoeding bedraagt € «…» per maand; tekenen: «______».', { audience });
      check('placeholder', 'Leverancier is gevestigd te «${2:plaats}» en «[NAAM LEVERANCIER]».', { audience });
      // What our own fixes leave: a definition to write, a court to name.
      check('placeholder', '- **Licentie**: «[omschrijving]»;\n- **Dienst**: «[beschrijving van de dienst]».', { audience });
      check('placeholder', 'Geschillen gaan naar de bevoegde rechter van de rechtbank «[plaats]».', { audience });
      check('placeholder', 'Behoudens opzet of bewuste roekeloosheid van «[Leverancier]» of «[naam opdrachtgever]».', { audience });
      // A contract's model, its words written with a capital.
      check('placeholder', '1. «[Naam Opdrachtgever]», te «[Adres en Vestigingsplaats Opdrachtgever]», telefoon «[Telefoonnummer Opdrachtgever]»;', { audience });
      check('placeholder', '2. «[Bedrijfsnaam Opdrachtnemer]», vertegenwoordigd door «[Naam]», «[Functie]».', { audience });
      // A note to the drafter with an example to replace.
      check('placeholder', '**Servicetijden:** «[bijv. 24/7 of werkdagen 8-18 uur]»; looptijd «[bv. 24 maanden]».', { audience });
    }
  });

  it('leaves links, checkboxes, ordinary brackets and ellipses in prose alone', () => {
    check('placeholder', 'Zie [NLdigital](https://example.invalid) en artikel 3 [vervallen].');
    check('placeholder', '- [ ] gecontroleerd\n- [x] ondertekend');
    check('placeholder', 'Het Besluit (Stb. 2012, 141) geldt; de partijen... zijn het eens.');
    check('placeholder', 'Titel XXL en de maat xl zijn geen plaatshouders.');
    check('placeholder', 'De omschrijving [zie bijlage 2] en de beschrijving (in bijlage 3) zijn bindend.');
    // An example in brackets that the draft itself gives, not a note to fill in.
    check('placeholder', 'Kosten van derden (bijv. koeriers) en [bijzondere kosten, zie bijlage 2] zijn voor de klant.');
    check('placeholder', 'Zie de [Leverancier](https://example.invalid/leverancier) en de [klantenservice](https://example.invalid).');
    // A capitalised word in brackets that names no blank to fill in.
    check('placeholder', 'De [Dienst] en de [Naamgeving](https://example.invalid) vallen onder [Bijlage 2].');
  });

  it('every match starts where PLACEHOLDER_START matches, so the pattern is tried only there', () => {
    const start = new RegExp(PLACEHOLDER_START.source, 'y');
    fc.assert(
      fc.property(text, (s) => {
        for (const [at, found] of globalScan(s)) {
          start.lastIndex = at;
          assert.ok(start.test(s), `${JSON.stringify(found)} at ${at} in ${JSON.stringify(s)}`);
        }
        assert.deepEqual([...triggeredMatches(s, PLACEHOLDER, PLACEHOLDER_START)].map((m) => [m.index, m[0]]), globalScan(s), JSON.stringify(s));
      }),
      { numRuns: runs(3000) },
    );
    // Not vacuous: each kind of start is found.
    for (const s of [' [PARTIJ] ', ' XX ', ' xx ', ' … ', ' ... ', '____', '${1:naam}']) assert.equal(globalScan(s).length, 1, s);
  });

  it('mayHoldPlaceholder is true exactly where PLACEHOLDER_START matches', () => {
    const start = new RegExp(PLACEHOLDER_START.source, '');
    fc.assert(
      fc.property(text, (s) => assert.equal(mayHoldPlaceholder(s), start.test(s), JSON.stringify(s))),
      { numRuns: runs(3000) },
    );
    for (const s of ['[', '…', 'XX', 'xx', '...', '____', '${']) assert.ok(mayHoldPlaceholder(`a ${s} b`), s);
    for (const s of ['X x', 'x\u212a', '..', '___', '$ {', 'Het is 3.5 x 4.']) assert.ok(!mayHoldPlaceholder(s), s);
  });

  it('is an error by default', () => {
    const [f] = analyze('Gevestigd te [PLAATS].').findings.filter((x) => x.ruleId === 'placeholder');
    assert.equal(f.severity, 'error');
  });

  it('a cap left at nil, in either audience', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      const [f] = check('placeholder', 'De aansprakelijkheid is beperkt tot een bedrag van «EUR 0.00» per gebeurtenis.', { audience });
      // 6:238 lid 2 governs consumer contracts only.
      if (audience === 'b2c') assert.match(f.message.nl, /6:238 lid 2/);
      else assert.doesNotMatch(f.message.nl, /6:238/);
      check('placeholder', 'De vergoeding bedraagt ten hoogste «0%» van de jaarprijs.', { audience });
      check('placeholder', 'De schade wordt vergoed tot maximaal «€ 0,00».', { audience });
      // Free delivery, a real amount, or a percentage that is not nil.
      check('placeholder', 'De verzendkosten bedragen € 0,00.', { audience });
      check('placeholder', 'De aansprakelijkheid is beperkt tot € 10.000,00 of 10% van de jaarprijs.', { audience });
      check('placeholder', 'De aansprakelijkheid is beperkt tot € 0,50 per pagina.', { audience });
    }
  });

  it('a lapse with its term missing', () => {
    const [f] = check('placeholder', 'Iedere vordering tot schadevergoeding «vervalt na het ontstaan» van de vordering.', { audience: 'b2b' });
    assert.match(f.message.nl, /termijn/);
    check('placeholder', 'Iedere vordering vervalt twaalf maanden na het ontstaan van de vordering.', { audience: 'b2b' });
    check('placeholder', 'Iedere vordering vervalt na het verstrijken van een jaar.', { audience: 'b2b' });
  });

  it('cites article 6:238 lid 2 toward consumers only', () => {
    const [c] = check('placeholder', 'Gevestigd te «[PLAATS]».', { audience: 'b2c' });
    assert.match(c.message.nl, /6:238 lid 2/);
    const [b] = check('placeholder', 'Gevestigd te «[PLAATS]».', { audience: 'b2b' });
    assert.doesNotMatch(b.message.nl, /6:238/);
  });

  it('leaves the blanks of a signature block to the signing, but not a blank in a clause', () => {
    const signed = (block: string) => '## Artikel 5 – Slot\n5.1 Op deze overeenkomst is Nederlands recht van toepassing.\n\nAldus overeengekomen en in tweevoud ondertekend te Deventer op 2 februari 2027.\n\n' + block;
    for (const audience of ['b2b', 'b2c'] as const) {
      check('placeholder', signed('Opdrachtgever\nNaam: K. Vermeulen\nHandtekening: ____________\nDatum: ..........\n'), { audience });
      check('placeholder', signed('____________________          ____________________\nOpdrachtgever                 Opdrachtnemer\n'), { audience });
      // "Paraaf:" is a signature line on its own, without a formula above it.
      check('placeholder', '## Bijlage 2\nPrijslijst bij de overeenkomst.\n\nParaaf: ________\n', { audience });
      // Still a placeholder: a blank in a clause, or a label that is no signature field, also below the formula.
      check('placeholder', signed('Opdrachtgever\nNaam: «[naam]»\nHandtekening: ____________\n'), { audience });
      check('placeholder', signed('5.2 De vergoeding bedraagt € «______» per maand.\n'), { audience });
      check('placeholder', signed('Bankrekening: «______»\n'), { audience });
      // The place and date of signing, left open in the formula or on a line of their own.
      check('placeholder', '## Artikel 5 – Slot\n5.1 Nederlands recht is van toepassing.\n\nAldus overeengekomen en ondertekend te ________ op ________.\n', { audience });
      check('placeholder', signed('Deventer, ____________ 2027\n'), { audience });
      // A clause about signing is no signing formula: its blank is a placeholder.
      check('placeholder', '## Artikel 2 – Aanvang\n2.1 De Klant ondertekent de overeenkomst op «________».\n', { audience });
      // Without a signing formula, a line of blanks is still a blank to fill in.
      check('placeholder', '## Artikel 3 – Prijs\n3.1 De prijs per uur is:\n«____________»\n', { audience });
    }
  });
});
