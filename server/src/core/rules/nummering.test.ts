import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFix, check, unmark } from '../testing/check';
import { isChildPath, ordinal } from './nummering';
import { runs } from '../testing/fuzz';
import { applyEdits, renumberEdits } from '../features/renumber';
import { parseDocument } from '../model/parse';

describe('nummering', () => {
  it('fires on gaps, duplicates, disorder and a wrong prefix', () => {
    check('nummering', '## Artikel 1 – A\n1.1 x\n«1.3» y\n## Artikel 2 – B\n2.1 z\n## Artikel «4» – D\n4.1 w\n');
    check('nummering', 'Artikel 1 A\n1. x\n2. y\n«2». z\nArtikel 2 B\n1. w\n');
    check('nummering', 'Artikel 1 A\n1. x\n3. y\n«2». z\n'.replace('3. y\n«2»', '«3». y\n«2»'));
    check('nummering', '## Artikel 3 – C\n«4.1» x\n3.2 y\n');
    check('nummering', 'Artikel 1 A\n1. x\n   a. een\n   «c». twee\n');
  });

  it('says once which level is missing where clauses skip one under their article ("5.1.1" right under article 5)', () => {
    check('nummering', 'Artikel 5 Wijzigingen\n«5.1.1» Huurder meldt een wijziging schriftelijk.\n5.1.2 Verhuurder bevestigt de melding.\n');
    const [f] = check('nummering', 'Artikel 5 Wijzigingen\n«5.1.1» Huurder meldt een wijziging.\n');
    assert.match(f.message.nl, /^5\.1\.1 staat direct onder artikel 5: 5\.1 ontbreekt/);
    // Under another article's number it is the wrong prefix, as before.
    const [g] = check('nummering', 'Artikel 5 Wijzigingen\n«6.1.1» Huurder meldt een wijziging.\n');
    assert.match(g.message.nl, /verwacht is een nummer dat met 5\. begint/);
  });

  it('stays quiet on consistent numbering in every form', () => {
    check('nummering', '## Artikel 1 – A\n1.1 x\n1.2 y\n1.2.1 z\n## Artikel 2 – B\n2.1 w\n');
    check('nummering', 'Artikel 1 A\n1. x\n   a. een\n   b) twee\n2. y\nArtikel 1a Ingevoegd\nArtikel 2 B\n1. w\n');
    check('nummering', ' 1. Algemeen\n  1. Definities\n   1. x\n   2. y\n  2. Duur\n   1. z\n 2. Slot\n  1. w\n');
    check('nummering', 'Artikel 1 A\n1. x\n   i. een\n   ii. twee\n');
  });

  it('reports one item of a list written unlike all the others, and no list written one way or two ways evenly', () => {
    const [f] = check('nummering', 'Artikel 9 Geheimhouding\n9.1 Dit geldt niet voor gegevens die:\n(I) openbaar waren;\n(II) eigen werk zijn;\n«III») van een derde komen;\n(IV) wettelijk gevorderd worden.\n');
    assert.equal(f.message.nl, 'III) is anders geschreven dan de andere onderdelen van deze opsomming, zoals (I). Schrijf alle onderdelen op dezelfde manier.');
    const fixed = applyFix(unmark('Artikel 9 Geheimhouding\n9.1 Dit geldt niet voor gegevens die:\n(I) openbaar waren;\n(II) eigen werk zijn;\n«III») van een derde komen;\n(IV) wettelijk gevorderd worden.\n').text, f);
    assert.match(fixed, /\n\(III\) van een derde komen;\n/);
    check('nummering', fixed);
    check('nummering', 'Artikel 1 A\n1. Dit omvat:\n   a. een;\n   «b») twee;\n   c. drie.\n');
    check('nummering', 'Artikel 1 A\n1. Dit omvat:\n   (a) een;\n   (b) twee;\n   (c) drie.\n');
    // Two items, or two forms as often: no odd one out.
    check('nummering', 'Artikel 1 A\n1. Dit omvat:\n   a. een;\n   b) twee.\n');
    check('nummering', 'Artikel 1 A\n1. Dit omvat:\n   a. een;\n   b) twee;\n   c. drie;\n   d) vier.\n');
  });

  it("reads a list of items that are all numbered \"1.\" as Markdown's automatic numbering", () => {
    check('nummering', '## Artikel 1 – Garantie\n1. Algemeen.\n2. Procedures per land:\n   1. Europa. Neem contact op met het kantoor in Dublin.\n   1. Australië. Neem contact op met het kantoor in Sydney.\n   1. Elders. Neem contact op met het dichtstbijzijnde kantoor.\n');
    // One "1." written twice among other numbers is still a duplicate.
    check('nummering', '## Artikel 1 – Garantie\n1. Algemeen.\n2. Procedures per land:\n   1. Europa.\n   2. Australië.\n   «2». Elders.\n');
    check('nummering', 'Artikel 1 A\n1. x\n«1». y\n2. z\n');
    // Renumbering leaves the list as written, as the rule does; the list of plain text it numbers through.
    const md = '## Artikel 1 – Garantie\n1. Algemeen.\n2. Procedures per land:\n   1. Europa.\n   1. Australië.\n   1. Elders.\n';
    assert.deepEqual(renumberEdits(parseDocument(md)), []);
    const plain = 'Artikel 1 Garantie\n1. Algemeen.\n2. Procedures per land:\n   1. Europa.\n   1. Australië.\n   1. Elders.\n';
    assert.deepEqual(applyEdits(plain, renumberEdits(parseDocument(plain))).split('\n').slice(3, 6).map((l) => l.trim().slice(0, 2)), ['1.', '2.', '3.']);
    // In plain text the numbers are what the reader sees.
    check('nummering', 'Artikel 1 Garantie\n1. Algemeen.\n2. Procedures per land:\n   1. Europa.\n   «1». Australië.\n   «1». Elders.\n');
  });

  it('counts a run of clauses whose article has no heading as that article, and renumbering agrees', () => {
    // "2.1", "2.2" between "1. Algemeen" and "3. Slot": article 2 is there, without its heading line.
    const whole = '1. Algemeen\n1.1 Een.\n\n2.1\nTwee.\n2.2\nDrie.\n\n3. Slot\n3.1 Vier.\n';
    check('nummering', whole);
    assert.deepEqual(renumberEdits(parseDocument(whole)), []);
    // Out of place, the run is renumbered with its article, and the references to it follow.
    const gaps = '1. Begin\n1.1 Een.\n«5».1 Twee.\n5.2 Drie.\n«7». Slot\n7.1 Vier, zie artikel 5.2.\n';
    check('nummering', gaps);
    const fixed = applyEdits(unmark(gaps).text, renumberEdits(parseDocument(unmark(gaps).text)));
    assert.equal(fixed, '1. Begin\n1.1 Een.\n2.1 Twee.\n2.2 Drie.\n3. Slot\n3.1 Vier, zie artikel 2.2.\n');
    check('nummering', fixed);
  });

  it('reads no gap in a number inside a sentence, but does where a clause after a full stop skips one', () => {
    // "bij 3.5 De ..." and "is 3.4 Daarbij ..." inside 3.2 are a reference and an amount, not clauses 3.5 and 3.4.
    check('nummering', '## Artikel 3 – Meerwerk\n3.1 Meerwerk wordt vooraf opgedragen.\n3.2 Het tarief staat bij 3.5 De Klant krijgt een opgave. Het uurtarief is 3.4 Daarbij komt reistijd.\n3.3 Einde.\n');
    check('nummering', '## Artikel 3 – Meerwerk\n3.1 Meerwerk wordt vooraf opgedragen. «3.3» Meerwerk wordt gefactureerd.\n');
  });

  it('says what is missing', () => {
    const [f] = check('nummering', 'Artikel 1 A\n1. x\n«4». y\n');
    assert.match(f.message.nl, /2 en 3 ontbreekt/);
    assert.match(f.message.en, /2 and 3 is missing/);
  });
});

describe('nummering: number reading by hand', () => {
  const part = fc.constantFrom('1', '2', '12', '0', '007', '1234', '12345', 'a', 'b', 'z', 'A', 'i', '7a', '', '٣', '1.2', '.', 'ab', '9999');
  it('ordinal reads numbers and letters (capitals too, as recitals are lettered) as plain regexes do', () => {
    const old = (path: string[], written: string) => {
      const last = path[path.length - 1] ?? written;
      if (/^\d{1,4}$/.test(last)) return Number(last);
      if (/^[a-z]$/.test(last)) return last.charCodeAt(0) - 96;
      if (/^[A-Z]$/.test(last)) return last.charCodeAt(0) - 64;
      return undefined;
    };
    fc.assert(fc.property(fc.array(part, { maxLength: 3 }), part, (path, written) => assert.equal(ordinal({ path, written }), old(path, written))), { numRuns: runs(2000) });
  });
  it('isChildPath compares as the joined paths did', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 4 }), fc.array(part, { maxLength: 3 }), (child, parent) => assert.equal(isChildPath(child, parent), child.slice(0, -1).join('.') === parent.join('.'))),
      { numRuns: runs(3000) },
    );
  });
  it('lists numbered from 1 in each article whose heading joins a lower-case title with a dash are no duplicates', () => {
    check('nummering', 'Artikel 1-afspraken\n 1. De klant meldt verhindering op tijd.\n 2. De salon meldt verhindering op tijd.\n\nArtikel 2-betaling\n 1. De klant betaalt na de behandeling.\n 2. De salon stuurt een bon.\n');
  });
});
