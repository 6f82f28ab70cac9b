import * as assert from 'node:assert/strict';
import { analyze } from '../analyzer';
import { applyFix, check } from '../testing/check';
import fc from 'fast-check';
import { assertGate, textFrom } from '../engine/gateCheck';
import { sentencesOf } from '../text/pieces';
import type { Block } from '../model/types';
import { earlyTerminationCanStart, EXCLUSION, EXCLUSION_WORDS, NO_EARLY_TERMINATION, NO_EARLY_TERMINATION_BACK, NO_EARLY_TERMINATION_WORDS, sentenceExcludes } from './bw-afwijking';
import { runs } from '../testing/fuzz';

const b2b = { audience: 'b2b' as const };
const b2c = { audience: 'b2c' as const };
const of = (text: string, audience: 'b2b' | 'b2c') => analyze(text, { audience }).findings.filter((f) => f.ruleId === 'bw-afwijking');

describe('bw-afwijking', () => {
  it('fires on an exclusion of a provision named in the sentence, in every phrasing', () => {
    check('bw-afwijking', '«Artikel 7:404 BW» is niet van toepassing.', b2c);
    check('bw-afwijking', 'In afwijking van «artikel 7:407 lid 2 BW» is ieder van hen slechts voor zijn eigen deel aansprakelijk.', b2c);
    check('bw-afwijking', 'De «artikelen 7:404», «7:407 lid 2» en «7:409 BW» worden uitgesloten.', b2c);
    check('bw-afwijking', 'Partijen hebben «artikel 7:404 van het Burgerlijk Wetboek» uitdrukkelijk uitgesloten.', b2c);
    check('bw-afwijking', 'Van «artikel 7:408 lid 1 BW» wordt afgeweken.', b2b);
  });

  it('leaves a departure between businesses from law that is default law for consumers too, or only grey-listed for them, alone', () => {
    check('bw-afwijking', 'Partijen sluiten de werking van 7:404, 7:407 lid 2 en 7:409 BW in hun verhouding uit.', b2b);
    check('bw-afwijking', 'In afwijking van artikel 7:407 lid 2 BW is ieder van hen slechts voor zijn eigen deel aansprakelijk.', b2b);
    check('bw-afwijking', 'Artikel 7:401 BW is niet van toepassing.', b2b);
    check('bw-afwijking', 'De Opdracht is aangegaan met uitsluiting van «artikel 7:408 lid 1 BW».', b2c);
  });

  it('recognises a departure from 7:408 lid 1 that does not cite it', () => {
    check('bw-afwijking', 'Opdrachtgever kan de Overeenkomst «niet tussentijds opzeggen».', b2b);
    check('bw-afwijking', 'Een Overeenkomst voor bepaalde tijd kan «niet tussentijds worden opgezegd».', b2c);
  });

  it('recognises "niet gerechtigd ... tussentijds op te zeggen"', () => {
    check('bw-afwijking', 'Opdrachtgever is «niet gerechtigd de Overeenkomst tussentijds op te zeggen».', b2b);
  });

  it('offers to confine a clause that is mandatory law for consumers to business clients', () => {
    const text = 'Opdrachtgever kan de Overeenkomst niet tussentijds opzeggen.';
    const [f] = of(text, 'b2c');
    assert.equal(applyFix(text, f), 'Opdrachtgever kan de Overeenkomst niet tussentijds opzeggen, voor zover Opdrachtgever handelt in de uitoefening van zijn beroep of bedrijf.');
    assert.equal(of(text, 'b2b')[0].fixes, undefined);
    assert.deepEqual(of(applyFix(text, f), 'b2c').map((x) => x.severity), ['information']);
  });

  it('reports a departure from 7:408 lid 1 once, on the citation, when both forms are there', () => {
    check('bw-afwijking', '4.3 Opdrachtgever kan de Overeenkomst niet tussentijds opzeggen. «Artikel 7:408 lid 1 BW» is niet van toepassing.', b2b);
  });

  it('stays quiet where the provision is applied, named or the contractor limits its own right', () => {
    for (const options of [b2b, b2c]) {
      check('bw-afwijking', 'Leverancier mag het werk door anderen laten uitvoeren, zoals artikel 7:404 BW toelaat.', options);
      check('bw-afwijking', 'Artikel 7:408 lid 1 BW blijft van toepassing: Opdrachtgever kan op elk moment opzeggen.', options);
      check('bw-afwijking', 'Leverancier kan de Overeenkomst niet tussentijds opzeggen (artikel 7:408 lid 2 BW).', options);
      check('bw-afwijking', 'Toepasselijkheid van artikel 7:404 BW is niet uitgesloten.', options);
      check('bw-afwijking', 'Aansprakelijkheid is uitgesloten. Artikel 6:74 BW is van toepassing.', options);
    }
  });

  it('is information toward a business and an error where the provision is mandatory for a consumer', () => {
    const text = 'Artikel 7:408 lid 1 BW is niet van toepassing.';
    const [inB2b] = of(text, 'b2b');
    assert.equal(inB2b.severity, 'information');
    assert.match(inB2b.message.nl, /regelend recht tussen bedrijven, maar tegenover een consument .*\(7:413 lid 2 BW\)/);
    assert.match(inB2b.message.en, /cannot be departed from toward a consumer \(7:413 lid 2 BW\)/);
    const [inB2c] = of(text, 'b2c');
    assert.equal(inB2c.severity, 'error');
    assert.match(inB2c.message.nl, /7:413 lid 2 BW/);
    assert.match(inB2c.message.en, /voidable/);
  });

  it('keeps a default-law provision at information toward a consumer too', () => {
    const [f] = of('Artikel 7:404 BW is niet van toepassing.', 'b2c');
    assert.equal(f.severity, 'information');
    assert.match(f.message.nl, /6:233 sub a/);
  });

  it('calls an exclusion of the consumer\'s right to rescind black-listed', () => {
    const [f] = of('Artikel 6:265 BW is niet van toepassing.', 'b2c');
    assert.equal(f.severity, 'error');
    assert.match(f.message.nl, /6:236 sub b/);
  });

  it('uses the law data for provisions beyond its own table (6:96 lid 5 is mandatory for consumers)', () => {
    const [f] = of('Artikel 6:96 lid 5 BW is niet van toepassing.', 'b2c');
    assert.equal(f.severity, 'error');
    assert.match(f.message.nl, /6:96 lid 5/);
    assert.deepEqual(of('Artikel 6:96 lid 5 BW is niet van toepassing.', 'b2b').map((x) => x.severity), ['information']);
  });

  // Audit 2026-12, R1-R4: the business regime comes from the law data; mandatory business law is never
  // called default law.
  it('calls a departure from law that is mandatory between businesses too an error, with the nullity the statute states', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      for (const [text, basis] of [
        ['In afwijking van artikel 3:83 lid 3 BW is een vordering van Leverancier niet overdraagbaar.', /3:83 lid 3 BW/],
        ['Artikel 6:94 lid 1 BW is niet van toepassing.', /6:94 lid 3 BW/],
      ] as const) {
        const [f] = of(text, audience);
        assert.equal(f.severity, 'error', text);
        assert.match(f.message.nl, basis);
        assert.match(f.message.nl, /ook tussen bedrijven niet worden afgeweken.*nietig/);
        assert.doesNotMatch(f.message.nl, /regelend recht|mag dat/);
        assert.equal(f.fixes, undefined, 'confining to businesses does not cure it');
      }
    }
  });

  it('reports an exclusion of 6:119a lid 6 and 6:96 lid 4, which protect businesses', () => {
    const [lid6] = of('Artikel 6:119a lid 6 BW is niet van toepassing.', 'b2b');
    assert.equal(lid6.severity, 'error');
    assert.match(lid6.message.nl, /\(6:119a lid 6 BW\); een afwijkend beding is nietig\. Schrap/);
    const [lid4] = of('Artikel 6:96 lid 4 BW is uitgesloten.', 'b2b');
    assert.equal(lid4.severity, 'error');
    assert.match(lid4.message.nl, /6:96 lid 4 BW/);
    assert.doesNotMatch(lid4.message.nl, /nietig/, '6:96 lid 4 states no nullity');
    // In consumer terms the clause still matters toward businesses: judged by the business regime.
    assert.equal(of('Artikel 6:119a lid 6 BW is niet van toepassing.', 'b2c')[0].severity, 'error');
  });

  it('never calls the general-terms rules (6:231-6:244) or the lists default law between businesses', () => {
    const [av] = of('Artikel 6:233 sub b BW is niet van toepassing.', 'b2b');
    assert.equal(av.severity, 'error');
    assert.match(av.message.nl, /6:246 BW/);
    const [grey] = of('Artikel 6:237 BW is niet van toepassing.', 'b2b');
    assert.match(grey.message.nl, /beschermt alleen consumenten/);
    for (const f of [av, grey]) assert.doesNotMatch(f.message.nl, /regelend recht/);
  });

  it('gives 7:412 one consistent message: departure only as from the limitation rules', () => {
    const [inB2b] = of('Artikel 7:412 BW is niet van toepassing.', 'b2b');
    assert.equal(inB2b.severity, 'warning');
    assert.match(inB2b.message.nl, /7:413 lid 3 BW/);
    assert.doesNotMatch(inB2b.message.nl, /regelend recht|mag dat/);
    const [inB2c] = of('Artikel 7:412 BW is niet van toepassing.', 'b2c');
    assert.match(inB2c.message.nl, /6:236 sub g BW/);
  });

  it('calls a consumer exclusion of 7:401 or 7:407 lid 2 grey-listed, not allowed', () => {
    for (const [text, basis] of [
      ['Artikel 7:401 BW is niet van toepassing.', /6:237 sub b en f BW/],
      ['Artikel 7:407 lid 2 BW is niet van toepassing.', /6:237 sub f BW/],
    ] as const) {
      const [f] = of(text, 'b2c');
      assert.equal(f.severity, 'warning', text);
      assert.match(f.message.nl, basis);
      assert.match(f.message.nl, /grijze lijst.*vermoed onredelijk bezwarend/);
      assert.match(f.message.en, /grey list/);
      assert.doesNotMatch(f.message.nl, /mag dat/);
      // Between businesses it is default law, and the clause may stand toward a consumer: no finding.
      assert.deepEqual(of(text, 'b2b'), []);
    }
  });

  it('labels the black list as a list of voidable clauses, not as mandatory law', () => {
    const [f] = of('Artikel 6:52 BW is niet van toepassing.', 'b2c');
    assert.match(f.message.nl, /regelend recht, maar .*zwarte lijst \(6:236 sub c BW\) en is het vernietigbaar/);
    assert.doesNotMatch(f.message.nl, /dwingend/);
    // Between businesses: a note that the clause will not hold toward a consumer.
    const [inB2b] = of('Artikel 6:52 BW is niet van toepassing.', 'b2b');
    assert.equal(inB2b.severity, 'information');
    assert.match(inB2b.message.nl, /tegenover een consument staat zo'n beding in algemene voorwaarden op de zwarte lijst \(6:236 sub c BW\)/);
  });

  it('respects a severity the user set', () => {
    const text = 'Artikel 7:408 lid 1 BW is niet van toepassing.';
    const [f] = analyze(text, { audience: 'b2c', rules: { 'bw-afwijking': 'hint' } }).findings.filter((x) => x.ruleId === 'bw-afwijking');
    assert.equal(f.severity, 'hint');
  });
});

describe('bw-afwijking: literal gate', () => {
  it('every departure from 7:408 lid 1 holds one of its gate words', () => {
    assertGate(NO_EARLY_TERMINATION, NO_EARLY_TERMINATION_WORDS, [
      'niet gerechtigd de Overeenkomst tussentijds op te zeggen',
      'nimmer bevoegd om deze voortijdig te beëindigen',
      'niet tussentijds kan opzeggen',
      'nooit voortijdig opgezegd',
      'niet tussentijds beëindigd',
      'tussentijdse opzegging is niet mogelijk',
      'voortijdige opzegging wordt uitgesloten',
      // The longest look-back: three words of 20 letters, astral ones (two units each) too.
      'nooit gerechtigd \t abcdefghijklmnopqrst\n\t\t uvwxyzabcdefghijklmn \t\t\topqrstuvwxyzabcdefg\n\n\t\ttussentijds op te zeggen',
      `nimmer\n\t\t\tgerechtigd \t\t ${'\ud835\udc00'.repeat(20)}    ${'\ud835\udc01'.repeat(20)}\t\t\t\t${'\ud835\udc02'.repeat(20)} \t\t\tvoortijdig te beëindigen`,
      'nimmer bevoegd tussentijds',
    ], NO_EARLY_TERMINATION_BACK, 600, earlyTerminationCanStart);
  });

  const EXCLUSION_PHRASES = [
    'niet van toepassing', 'geen van toepassing', 'buiten toepassing', 'uitgesloten', 'uitsluiting', 'in afwijking van',
    'afgeweken', 'wijkt af', 'wijken af', 'geldt niet', 'gelden niet', 'niet toepasselijk', 'niet uitgesloten', 'geen afgeweken',
    'artikel 7:404 BW', 'Opdrachtgever. De', 'geld', 'wijk', 'toepassen',
  ];
  it('every exclusion phrase holds one of its gate words', () => {
    assertGate(new RegExp(EXCLUSION.source, 'giu'), EXCLUSION_WORDS, EXCLUSION_PHRASES);
  });
  it('the gated exclusion test of a sentence is the plain one', () => {
    fc.assert(
      fc.property(textFrom(EXCLUSION_PHRASES), (text) => {
        const block: Block = { span: { start: 0, end: text.length }, text, firstLine: 0 };
        for (const s of sentencesOf(block)) {
          const plain = EXCLUSION.test(s.text) && !/(?<![\p{L}])(?:niet|geen)[ \t\n]{1,4}(?:uitgesloten|afgeweken)(?![\p{L}])/iu.test(s.text);
          assert.equal(sentenceExcludes(block, s), plain, JSON.stringify(s.text));
        }
      }),
      { numRuns: runs(1000) },
    );
  });
});
