// exit-regeling and bepaling-ontbreekt try their patterns only at gate words: every match must hold
// one of the words (in lowerForGates), starting at most `back` units into the match, or a gate would
// hide a match. Text built from the patterns' own phrases, varied in case (long s, Kelvin sign, İ).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { assertGate, textFrom } from '../engine/gateCheck';
import { RETURN_G, RETURN_WORDS, STRONG, STRONG_WORDS, WEAK, WEAK_BACK, WEAK_WORDS, exitLineIn, hasExitLine } from './exit-regeling';
import { TOPICS } from './bepaling-ontbreekt';
import type { Block } from '../model/types';
import { runs } from '../testing/fuzz';


const STRONG_PHRASES = ['SaaS', 'software as a service', 'software-as-a-service', 'cloudopslag', 'hosting', 'hostingovereenkomst', 'hostingcontracten', 'hostingpakket', 'gehost', 'gehoste', 'online dienst', 'online omgevingen', 'webapplicaties', 'platform van Leverancier', 'portaal \n van Leverancier', 'Voorbeeld Cloud B.V.'];
const WEAK_PHRASES = ['klantportaal', 'portaal', 'databestanden', 'backup', 'back-ups', 'persoonsgegevens', 'opslag van de gegevens', 'opslaan van data', 'bewaren van bestanden', 'verwerking \t van\n de gegevens', 'via het internet', 'via internet', 'salarisadministratie', 'administratie'];
const RETURN_PHRASES = ['terug', 'export', 'kopie', 'overdragen', 'overgedragen', 'retour', 'beschikbaar', 'meenemen', 'migratie', 'transfer', 'verhuizen', 'verhuist', 'download', 'opvolgende dienstverlener', 'opvolgende\ndienstverlener'];
const TOPIC_PHRASES: Record<string, string[]> = {
  recht: ['Nederlands recht', 'Nederlandse recht', 'recht van toepassing', 'recht is van toepassing', 'het recht dat van toepassing', 'toepasselijk recht', 'beheerst door'],
  geschillen: ['bevoegde rechter', 'rechtbank', 'kantonrechter', 'arbitrage', 'arbiter', 'geschillencommissie', 'bindend advies', 'mediation', 'geschillen worden voorgelegd', 'een geschil wordt beslecht', 'geschil onderworpen'],
  aansprakelijkheid: ['aansprakelijk', 'aansprakelijkheid', 'Aansprakelijk'],
  overmacht: ['overmacht', 'force majeure', 'Force \t majeure', 'niet toerekenbare tekortkoming', 'niet\ttoerekenbare\ntekortkoming', 'kan worden toegerekend', 'kan  \n worden   toegerekend'],
  audit: ['audit', 'audits', 'inspectie', 'inspecteren', 'laten controleren', 'te \t controleren', 'controle op de naleving', 'controle van nakoming', 'controles (laten) uitvoeren', 'controle uit te laten voeren', 'controles abcdefghijklmnopqrst te verrichten'],
  beeindiging: ['opzeggen', 'opzegging', 'opgezegd', 'beëindigen', 'beëindiging', 'ontbinden', 'ontbinding', 'looptijd', 'annuleren', 'annulering', 'herroepingsrecht', 'herroepen', 'retourneren'],
};

describe('exit-regeling and bepaling-ontbreekt: gate words', () => {
  it('exit-regeling: every service signal holds one of its words', () => assertGate(STRONG, STRONG_WORDS, STRONG_PHRASES, 0, 300));
  it('exit-regeling: every data signal holds one of its words, at most WEAK_BACK units in', () => assertGate(WEAK, WEAK_WORDS, WEAK_PHRASES, WEAK_BACK, 300));
  it('exit-regeling: every return word holds one of its words', () => assertGate(RETURN_G, RETURN_WORDS, RETURN_PHRASES, 0, 300));

  for (const t of TOPICS) {
    it(`bepaling-ontbreekt: every match for "${t.id}" holds one of its words`, () => {
      assertGate(new RegExp(t.present.source, t.present.flags + 'g'), t.words, TOPIC_PHRASES[t.id], t.back, 300);
    });
  }

  it('exit-regeling: exitLineIn reads the lines hasExitLine reads', () => {
    const phrases = [...RETURN_PHRASES, 'gegevens', 'data', 'na het einde', 'na opzegging', 'beëindiging', 'geheim', 'vertrouwelijk', 'Leverancier', 'niet verplicht', 'zelf verantwoordelijk', 'vernietigt', '. ', '; '];
    fc.assert(
      fc.property(textFrom(phrases), (text) => {
        const block: Block = { span: { start: 0, end: text.length }, text, firstLine: 0 };
        assert.equal(exitLineIn(block), hasExitLine(text), JSON.stringify(text));
      }),
      { numRuns: runs(1000) },
    );
  });
});
