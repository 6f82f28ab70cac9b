import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { BELGIAN_WORDS, FOREIGN_RESIDENCE_LAW, RECHT, describeKind, detectDocumentKind, foreignLaw, gateWords, updateDocumentKind } from './documentKind';
import { withGatesOpen } from '../text/gates';
import { runs } from '../testing/fuzz';

// Our own phrases around the gate words of the law patterns: choices, mentions, Belgian and Dutch citations.
const PHRASES = [
  'Op deze voorwaarden is Nederlands recht van toepassing. ', 'Deze overeenkomst wordt beheerst door het recht van Ierland. ',
  'Indien Duits recht van toepassing is, geldt dit niet. ', 'Op de overeenkomst is Belgische  materiële recht van toepassing. ',
  'Het recht van de staat waarin u woont, is van toepassing. ', 'Onverminderd het recht van het land waar de consument woont. ',
  'De verwijlintrest volgt uit artikel 1153 BW. ', 'Zie de artikelen 1382 en 1383, BW. ', 'Zie artikel 1153a B.W. ', 'Zie artikel 7:404 BW. ',
  'Bevoegd is de ondernemingsrechtbank te Gent. ', 'het Wetboek van Economisch Recht ', 'de rechtbank van koophandel ', 'het Burgerlijk Wetboek ',
  'Leverancier is gerechtigd de levering op te schorten. ', 'het recht van Leverancier om te factureren ', 'rechtstreeks ', 'Recht\nvan Nederland ',
  'Nederlandse rechtspraak ', 'Leverancier levert de dienst volgens de documentatie. ', 'Klant betaalt binnen dertig dagen.\n', '\n',
];
const textArb = fc.array(fc.constantFrom(...PHRASES), { maxLength: 60 }).map((p) => p.join(''));
// Long drafts: the title and self-naming reach (6,000 characters) ends early, the law reach lies around each edit.
const longArb = fc
  .tuple(fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 12 }), fc.array(fc.constantFrom(...PHRASES), { maxLength: 12 }), fc.nat({ max: 400 }))
  .map(([head, tail, fill]) => 'Algemene voorwaarden\n' + head.join('') + 'Klant betaalt binnen dertig dagen. '.repeat(fill) + tail.join(''));

describe('model/documentKind: the kind of document and its law', () => {
  it('reads the kind from the title, else from the name the draft gives itself', () => {
    const cases: Array<[string, string]> = [
      ['# Algemene voorwaarden Proefbedrijf\n\nArtikel 1 Definities\n', 'algemene-voorwaarden'],
      ['ALGEMENE VERKOOP- EN LEVERINGSVOORWAARDEN\n', 'algemene-voorwaarden'],
      ['Verwerkersovereenkomst\n\nPartijen:\n', 'verwerkersovereenkomst'],
      ['Service Level Agreement Hosting\n', 'sla'],
      ['Dienstbeschrijving Cloudopslag\n', 'sla'],
      ['SOFTWARELICENTIEVOORWAARDEN\n', 'licentie'],
      ['Gebruiksvoorwaarden van het platform\n', 'platform'],
      ['Proefbedrijf B.V.\nVersie 2026\n\nArtikel 1\nDeze verwerkersovereenkomst regelt de verwerking. Deze verwerkersovereenkomst geldt.\n', 'verwerkersovereenkomst'],
      ['Proefbedrijf B.V.\n\nArtikel 1\nDeze algemene voorwaarden gelden voor elke offerte.\n', 'algemene-voorwaarden'],
      ['Rekentool\nVoorwaarden juni 2024\n\nArtikel 1 Definities\n', 'algemene-voorwaarden'],
      ['Notulen van de vergadering\n\nAanwezig: allen.\n', 'onbekend'],
      // Family-law agreements, by title (also as templates misspell it) or by the name they give themselves.
      ['# OUDERSCHAPSPLAN\n\nWij zijn de ouders van twee kinderen.\n', 'familierecht'],
      ['Het ouderschapplan van Sanne en Joris\n', 'familierecht'],
      ['ECHTSCHEIDINGSCONVENANT\n', 'familierecht'],
      ['Convenant van scheiding\n', 'familierecht'],
      ['Samenlevingsovereenkomst\n\nPartijen:\n', 'familierecht'],
      ['Huwelijkse voorwaarden\n', 'familierecht'],
      ['Sanne de Boer en Joris Smit\n\n1. Zorg\nIn dit ouderschapsplan leggen wij vast hoe wij voor de kinderen zorgen. Dit ouderschapsplan geldt tot de kinderen meerderjarig zijn.\n', 'familierecht'],
      // Terms of a mediator that drafts such plans are terms all the same.
      ['Algemene voorwaarden Mediationpraktijk\nvoor het opstellen van een ouderschapsplan\n', 'algemene-voorwaarden'],
      ['Algemene voorwaarden\n\nArtikel 1\nDeze voorwaarden gelden voor de begeleiding bij een echtscheidingsconvenant en een ouderschapsplan.\n', 'algemene-voorwaarden'],
      // A complaints procedure or a privacy statement: by its title or the name it gives itself; terms that name one stay terms.
      ['Kantoorklachtenregeling Proef Advocaten\n', 'regeling'],
      ['Privacyverklaring\n\n1. Wie wij zijn\n', 'regeling'],
      ['Cookiebeleid van Proef B.V.\n', 'regeling'],
      ['Proef Advocaten\n\nArtikel 1\nDeze klachtenregeling geldt voor elke klacht. Deze klachtenregeling is openbaar.\n', 'regeling'],
      ['Algemene voorwaarden\n\nArtikel 9 Klachten\nOp klachten is onze klachtenregeling van toepassing.\n', 'algemene-voorwaarden'],
    ];
    for (const [text, kind] of cases) assert.equal(detectDocumentKind(text).kind, kind, text);
  });

  it('knows when an SLA or processing agreement is part of a contract set, and a standalone one is not', () => {
    assert.equal(detectDocumentKind('Verwerkersovereenkomst\n\nDeze verwerkersovereenkomst is als bijlage bij de Overeenkomst van Opdrachtgever en Dienstverlener gevoegd.\n').partOfSet, true);
    assert.equal(detectDocumentKind('Service Level Agreement\n\nDeze SLA maakt integraal onderdeel uit van de Raamovereenkomst.\n').partOfSet, true);
    assert.equal(detectDocumentKind('Service Level Agreement\n\nDeze SLA beschrijft de beschikbaarheid van de dienst.\n').partOfSet, false);
    // In its own words, or only by naming a main agreement.
    assert.equal(detectDocumentKind('Verwerkersovereenkomst\n\nDeze verwerkersovereenkomst is een bijlage bij de Overeenkomst.\n').setStatement, true);
    assert.equal(detectDocumentKind('Service Level Agreement\n\nDeze SLA vormt één geheel met de Dienstverleningsovereenkomst.\n').setStatement, true);
    assert.equal(detectDocumentKind('Bijlage 3 - Service Level Agreement\n\nDe beschikbaarheid is 99,5%.\n').setStatement, true);
    const named = detectDocumentKind('Service Level Agreement\n\nDeze SLA beschrijft de diensten onder de Raamovereenkomst.\n');
    assert.deepEqual([named.partOfSet, named.setStatement], [true, undefined]);
    // Its own annexes are part of it: no contract set.
    assert.equal(detectDocumentKind('Verwerkersovereenkomst\n\nDe bijlagen maken deel uit van deze verwerkersovereenkomst.\n').partOfSet, false);
    assert.equal(detectDocumentKind('Verwerkersovereenkomst\n\nBijlage 1 behorende bij de Verwerkersovereenkomst\n').partOfSet, false);
    // Algemene voorwaarden are the set's base document, never a part of it.
    assert.equal(detectDocumentKind('Algemene voorwaarden\n\nDeze voorwaarden maken deel uit van elke overeenkomst.\n').partOfSet, false);
  });

  it('reads a choice of law, Dutch or foreign, and Belgian law from Belgian citations', () => {
    const law = (t: string) => detectDocumentKind(t).law;
    assert.equal(law('Op deze voorwaarden is Nederlands recht van toepassing.'), 'nl');
    assert.equal(law('Op alle overeenkomsten is uitsluitend het Belgisch recht van toepassing.'), 'be');
    assert.equal(law('Deze overeenkomst wordt beheerst door het recht van Ierland.'), 'ie');
    assert.equal(law('Deze overeenkomst wordt beheerst door Duits recht.'), 'de');
    const implied = detectDocumentKind('De verwijlintrest volgt uit artikel 1153 BW.');
    assert.deepEqual([implied.law, implied.lawSource], ['be', 'implied']);
    assert.equal(law('Bevoegd is de ondernemingsrechtbank te Gent.'), 'be');
    assert.equal(law('De overeenkomst wordt voor zover wettelijk toegelaten beheerst door het Nederlands recht.'), 'nl');
    // A choice beats the signs of another law.
    assert.equal(law('Zie artikel 1153 BW. Op deze voorwaarden is Nederlands recht van toepassing.'), 'nl');
  });

  it('does not take a mention of a law, or a conditional one, for a choice', () => {
    const law = (t: string) => detectDocumentKind(t).law;
    assert.equal(law('Het is verboden content te plaatsen die in strijd is met Nederlands recht.'), undefined);
    assert.equal(law('Indien Amerikaans federaal recht van toepassing is, is de rechter in Washington bevoegd.'), undefined);
    assert.equal(law('De Nederlandse rechter is bevoegd. Zie artikel 7:404 BW en artikel 6:96 BW.'), undefined);
    assert.equal(law(''), undefined);
    // The first real choice counts.
    assert.equal(law('In strijd met Belgisch recht is niets. Op deze voorwaarden is Nederlands recht van toepassing.'), 'nl');
    assert.equal(foreignLaw(detectDocumentKind('Op deze voorwaarden is Nederlands recht van toepassing.')), false);
    assert.equal(foreignLaw(detectDocumentKind('Op deze voorwaarden is Belgisch recht van toepassing.')), true);
    assert.equal(foreignLaw(undefined), false);
  });

  it('reads the law of the state or country where the customer lives as a foreign-law choice', () => {
    const kind = (t: string) => detectDocumentKind(t);
    const us = kind('Hebt u de dienst in de Verenigde Staten gekocht, dan is het recht van de staat of provincie waarin u woont op deze voorwaarden van toepassing.');
    assert.deepEqual([us.law, us.lawSource, foreignLaw(us)], [FOREIGN_RESIDENCE_LAW, 'choice', true]);
    // Also without a verb of choice after it, when the sentence says "is het recht van".
    assert.equal(kind('Bij aankoop in Canada is het recht van de provincie waar u gevestigd bent (of uw hoofdvestiging) bepalend.').law, FOREIGN_RESIDENCE_LAW);
    assert.equal(kind('Op deze overeenkomst is het recht van het land waarin de klant woont van toepassing.').law, FOREIGN_RESIDENCE_LAW);
    assert.deepEqual(describeKind(us).law, { nl: 'buitenlands recht (van de staat of het land waar de klant woont)', en: 'foreign law (of the state or country where the customer lives)' });
    // Dutch law chosen by name wins, and consumer protection of the country of residence is no choice.
    assert.equal(kind('Nederlands recht is van toepassing. Het recht van het land waarin u woont, geldt niet.').law, 'nl');
    assert.equal(kind('Onverminderd de dwingende bepalingen van het recht van het land waar de consument woont, geldt niets anders.').law, undefined);
    assert.equal(kind('Wij volgen het nieuws over het recht van de staat waarin wij werken.').law, undefined);
  });

  it('gives the status bar the kind and the law in both languages', () => {
    const s = describeKind(detectDocumentKind('Verwerkersovereenkomst\n\nDeze verwerkersovereenkomst is een bijlage bij de Overeenkomst. Op deze overeenkomst is Belgisch recht van toepassing.\n'));
    assert.deepEqual(s, {
      kind: { nl: 'verwerkersovereenkomst, deel van een contractenset', en: 'data processing agreement, part of a contract set' },
      shortKind: { nl: 'verwerkersovereenkomst', en: 'DPA' },
      law: { nl: 'Belgisch recht', en: 'Belgian law' },
    });
    assert.deepEqual(describeKind(detectDocumentKind('Algemene voorwaarden\n')).law, { nl: 'geen rechtskeuze gevonden', en: 'no choice of law found' });
    assert.deepEqual(describeKind(undefined), {});
  });

  it('the windows that the gates skip hold no match: the same kind and law as with every gate open', () => {
    fc.assert(fc.property(textArb, (text) => assert.deepEqual(detectDocumentKind(text), withGatesOpen(() => detectDocumentKind(text)))), { numRuns: runs(1500) });
  });

  it('gateWords finds what global scans of RECHT and BELGIAN_WORDS find, however far each is read', () => {
    const plain = (text: string, re: RegExp) => [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, m.index + m[0].length]);
    const drain = (next: () => readonly [number, number] | null, max: number) => {
      const out: number[][] = [];
      for (let h = next(); h && out.length < max; h = out.length < max ? next() : null) out.push([...h]);
      return out;
    };
    const bits = [
      'recht', 'Recht', 'RECHT', 'rEcHt', 'rechtbank', 'rechtban', 'bank', 'ban', 'Rechtbank', 'rechtbankrecht', 'Wetboek', 'wetboek', 'WETBOEK', 'koophandel', 'Koophandel',
      'BW', 'B.W', 'B.W.', 'BWetboek', 'B.Wetboek', 'BW_', 'BW1', 'BWé', 'BB.W', 'B..W', 'B', 'W', '.', ' ', '\n', 'x', 'é', 'ſ', '\u212a', 'İ', 'ı', '1382 ',
    ];
    const text = fc.oneof(fc.array(fc.constantFrom(...bits), { maxLength: 30 }).map((p) => p.join('')), textArb);
    fc.assert(
      fc.property(text, fc.nat({ max: 40 }), fc.nat({ max: 40 }), fc.boolean(), (t, maxR, maxB, rechtFirst) => {
        // The two share one scan: read them in either order and to any depth.
        const words = gateWords(t);
        const r = rechtFirst ? drain(words.recht, maxR) : [];
        const b = drain(words.belgian, maxB);
        const r2 = rechtFirst ? r : drain(words.recht, maxR);
        assert.deepEqual(r2, plain(t, RECHT).slice(0, maxR), JSON.stringify(t));
        assert.deepEqual(b, plain(t, BELGIAN_WORDS).slice(0, maxB), JSON.stringify(t));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('after an edit: the kind read again, or kept (its span moved) where the edit is out of reach', () => {
    let kept = 0;
    fc.assert(
      fc.property(longArb, fc.nat(), fc.nat({ max: 12 }), fc.constantFrom('', 'x', ' recht van ', 'Belgisch recht is van toepassing. ', '1382 BW', '\n'), (oldText, at, del, ins) => {
        const start = at % (oldText.length + 1);
        const oldEnd = Math.min(oldText.length, start + del);
        const text = oldText.slice(0, start) + ins + oldText.slice(oldEnd);
        // A mark on the old kind shows whether it was kept (a kind read again has none).
        const old = { ...detectDocumentKind(oldText), kept: true };
        const { kept: wasKept, ...updated } = updateDocumentKind(old, oldText, text, { start, oldEnd, newEnd: start + ins.length }) as typeof old;
        if (wasKept) kept++;
        assert.deepEqual(updated, detectDocumentKind(text));
      }),
      { numRuns: runs(1500) },
    );
    assert.ok(kept > 100, `kept only ${kept} times`);
  });
});
