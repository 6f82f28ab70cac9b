import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFix, check, findingsOf, unmark } from '../testing/check';
import { analyze } from '../analyzer';
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

  it('stays quiet on consistent numbering in every form', () => {
    check('nummering', '## Artikel 1 – A\n1.1 x\n1.2 y\n1.2.1 z\n## Artikel 2 – B\n2.1 w\n');
    check('nummering', 'Artikel 1 A\n1. x\n   a. een\n   b) twee\n2. y\nArtikel 1a Ingevoegd\nArtikel 2 B\n1. w\n');
    check('nummering', ' 1. Algemeen\n  1. Definities\n   1. x\n   2. y\n  2. Duur\n   1. z\n 2. Slot\n  1. w\n');
    check('nummering', 'Artikel 1 A\n1. x\n   i. een\n   ii. twee\n');
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

  it('reports a clause whose number stands mid-line after the clause before it, and breaks the line', () => {
    const slip = '## Artikel 3 – Uitvoering\n3.1 Leverancier voert de opdracht zorgvuldig uit.\n3.2 Leverancier mag derden inschakelen, tenzij anders afgesproken. «3.3». Klant geeft alle gegevens tijdig.\n3.4 Klant betaalt binnen dertig dagen.\n';
    const [f] = check('nummering', slip);
    assert.deepEqual(analyze(unmark(slip).text).findings.filter((x) => x.ruleId === 'nummering').map((x) => x.severity), ['information']);
    assert.match(f.message.nl, /^Bepaling 3\.3 begint midden op de regel, achter de tekst van 3\.2\./);
    assert.match(f.message.en, /^Clause 3\.3 starts mid-line, after the text of 3\.2\./);
    const fixed = applyFix(unmark(slip).text, f);
    assert.equal(fixed.split('\n')[3], '3.3. Klant geeft alle gegevens tijdig.');
    check('nummering', fixed);
    // Two on one line: one finding for the line; the fix keeps the line's indentation and its CRLF.
    const two = '1. Levering\r\n  1.1 De zaak wordt bezorgd. «1.2» Het risico gaat over bij aflevering; 1.3 Klant controleert de zaak.\r\n';
    const [g] = check('nummering', two);
    assert.match(g.message.nl, /^De bepalingen 1\.2 en 1\.3 beginnen midden op de regel, achter de tekst van 1\.1\./);
    assert.equal(applyFix(unmark(two).text, g), '1. Levering\r\n  1.1 De zaak wordt bezorgd.\r\n  1.2 Het risico gaat over bij aflevering;\r\n  1.3 Klant controleert de zaak.\r\n');
    // A first sub-clause run into its clause's title.
    check('nummering', '1. Diensten\n1.1. Ontwerp «1.1.1». Leverancier maakt een ontwerp. 1.1.2. Klant keurt het goed.\n');
  });

  it('reports a draft that runs its clauses together throughout once, with the other places as related', () => {
    const text = [
      '1. Aanbod',
      '1.1. Elk aanbod is vrijblijvend. «1.2». Een aanbod geldt dertig dagen.',
      '2. Prijs',
      '2.1. Prijzen zijn exclusief btw. 2.2. Reiskosten komen apart. 2.3. Meerwerk wordt vooraf gemeld.',
      '3. Betaling',
      '3.1. Facturen worden binnen veertien dagen betaald. 3.2. Bij te late betaling is rente verschuldigd.',
      '',
    ].join('\n');
    const [f] = check('nummering', text);
    assert.match(f.message.nl, /^In dit concept beginnen 4 bepalingen midden op een regel, achter de tekst van de vorige \(de eerste is 1\.2, achter de tekst van 1\.1\)/);
    assert.deepEqual(f.related!.map((r) => unmark(text).text.slice(r.span.start, r.span.end)), ['2.2', '2.3', '3.2']);
    check('nummering', applyFix(unmark(text).text, f));
  });

  it('does not take a number in a sentence for a clause run into the line', () => {
    const quiet = [
      '## Artikel 3 – Uitvoering',
      // a citation, a version, an amount, a page, a time, a number without a capital after it
      '3.1 Zie artikel 3.2 Dit geldt ook. De software in versie 3.2 Werkt op elk systeem. De prijs is € 3.2 Miljoen. Lees pagina 3.2 Daar staat het. Wij openen om 3.2 Daarna niet.',
      '3.2 Het tarief stijgt met 3.3 procent. Het stijgt op 1 januari met 3.3. De klant betaalt het.',
      '3.3 Einde.',
      '',
    ].join('\n');
    check('nummering', quiet);
    // A number out of sequence, even after a full stop, is no clause run into the line (the gap is reported as such).
    const outOfSequence = findingsOf('nummering', '## Artikel 3 – Uitvoering\n3.1 Begin. 3.5 Het tarief geldt.\n3.2 Einde.\n');
    assert.ok(!outOfSequence.some((f) => /midden op/.test(f.message.nl)), JSON.stringify(outOfSequence.map((f) => f.message.nl)));
  });

  it('says what is missing', () => {
    const [f] = check('nummering', 'Artikel 1 A\n1. x\n«4». y\n');
    assert.match(f.message.nl, /2 en 3 ontbreekt/);
    assert.match(f.message.en, /2 and 3 is missing/);
  });
});

describe('nummering: number reading by hand', () => {
  const part = fc.constantFrom('1', '2', '12', '0', '007', '1234', '12345', 'a', 'b', 'z', 'A', 'i', '7a', '', '٣', '1.2', '.', 'ab', '9999');
  it('ordinal reads numbers and letters as the regexes did', () => {
    const old = (path: string[], written: string) => {
      const last = path[path.length - 1] ?? written;
      if (/^\d{1,4}$/.test(last)) return Number(last);
      if (/^[a-z]$/.test(last)) return last.charCodeAt(0) - 96;
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
});
