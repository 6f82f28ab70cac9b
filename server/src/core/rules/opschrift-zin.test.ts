import * as assert from 'node:assert/strict';
import { check } from '../testing/check';

const SENTENCE = 'Met inachtneming van het vorige lid is Leverancier alleen aansprakelijk voor schade die hij met opzet heeft veroorzaakt.';

describe('opschrift-zin', () => {
  it('fires on an unnumbered Markdown heading that is a full sentence, with a fix that removes the marks', () => {
    const [f] = check('opschrift-zin', `## Artikel 4 – Aansprakelijkheid\n4.1 Leverancier is aansprakelijk volgens de wet.\n«# ${SENTENCE}»\n4.2 Overige schade is uitgesloten.\n`);
    assert.match(f.message.nl, /als kop opgemaakt \("#"\), maar is een volledige zin/);
    assert.match(f.message.en, /formatted as a heading \("#"\) but is a full sentence/);
    assert.deepEqual(f.fixes?.[0].edits.map((e) => e.newText), ['']);
    check('opschrift-zin', `«### “Dienst” betekent de programmatuur die Leverancier op afstand beschikbaar stelt aan de Klant en zijn gebruikers.»\n`);
  });

  it('reports the clauses a converter marked as headings with the same marks as one habit, the other marks apart', () => {
    const draft =
      '## Artikel 1 Definities\n' +
      '«### Opdrachtnemer: de besloten vennootschap die de werkzaamheden voor de Klant verricht en deze voorwaarden gebruikt.»\n' +
      '«### Klant: de natuurlijke persoon of rechtspersoon die met Opdrachtnemer een overeenkomst sluit of wil sluiten.»\n' +
      `«# ${SENTENCE}»\n`;
    const findings = check('opschrift-zin', draft);
    assert.deepEqual(findings.map((f) => (f.occurrences ?? []).length), [1, 0]);
  });

  it('accepts headings: numbered, short, and a long title without a full stop', () => {
    check('opschrift-zin', `## Artikel 4 – Aansprakelijkheid en vrijwaring\n4.1 Tekst.\n`);
    check('opschrift-zin', `## 4. Aansprakelijkheid. ${SENTENCE}\n`);
    check('opschrift-zin', `## b. Uitbesteding. ${SENTENCE}\n`);
    check('opschrift-zin', `# Algemene voorwaarden van Voorbeeld B.V., gevestigd te Utrecht en ingeschreven bij de Kamer van Koophandel onder nummer 12345678\n`);
    check('opschrift-zin', `# Wat gebeurt er als u te laat betaalt?\n`);
    check('opschrift-zin', `${SENTENCE}\n`);
  });
});
