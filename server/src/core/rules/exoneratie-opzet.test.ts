import * as assert from 'node:assert/strict';
import { applyFix, check, unmark } from '../testing/check';

describe('exoneratie-opzet', () => {
  it('fires on exclusions and limitations without the carve-out, in both audiences', () => {
    for (const audience of ['b2b', 'b2c'] as const) {
      check('exoneratie-opzet', 'Leverancier is «niet aansprakelijk» voor indirecte schade.', { audience });
      check('exoneratie-opzet', 'De «aansprakelijkheid van Leverancier is beperkt» tot het factuurbedrag.', { audience });
      check('exoneratie-opzet', 'Leverancier aanvaardt «geen enkele aansprakelijkheid» voor verlies van gegevens.', { audience });
      check('exoneratie-opzet', 'Het gebruik van e-mail kan «nimmer tot aansprakelijkheid» van Leverancier leiden.', { audience });
      check('exoneratie-opzet', 'Leverancier is «niet verantwoordelijk en/of aansprakelijk» voor transmissiefouten.', { audience });
    }
  });

  it('stays quiet when the article or the whole draft carves out intent and recklessness', () => {
    check('exoneratie-opzet', 'Leverancier is niet aansprakelijk voor indirecte schade, behoudens opzet of bewuste roekeloosheid van Leverancier of haar leidinggevenden.');
    check('exoneratie-opzet', '## Artikel 9 – Aansprakelijkheid\n9.1 Leverancier is niet aansprakelijk voor indirecte schade.\n9.2 De beperkingen van dit artikel gelden niet bij opzet of bewuste roekeloosheid van Leverancier.\n');
    check(
      'exoneratie-opzet',
      '## Artikel 3 – Storingen\n3.1 Leverancier is niet aansprakelijk voor storingen bij derden.\n## Artikel 9 – Aansprakelijkheid\n9.1 Geen beperking of uitsluiting van aansprakelijkheid in deze algemene voorwaarden geldt bij opzet of grove schuld van Leverancier.\n',
    );
  });

  it('does not stretch a carve-out scoped to one article, or to one exemption, to an exemption elsewhere', () => {
    check(
      'exoneratie-opzet',
      '## Artikel 7 – Buitengebruikstelling\n7.1 Leverancier is «nimmer aansprakelijk» voor schade door de buitengebruikstelling.\n## Artikel 11 – Aansprakelijkheid\n11.1 Leverancier is niet aansprakelijk voor indirecte schade.\n11.2 De vorige leden van dit artikel gelden niet bij opzet of bewuste roekeloosheid van Leverancier en in alle gevallen waarin de wet dat in deze voorwaarden bepaalt.\n',
    );
    check(
      'exoneratie-opzet',
      '## Artikel 7 – Buitengebruikstelling\n7.1 Leverancier is «nimmer aansprakelijk» voor schade door de buitengebruikstelling.\n## Artikel 11 – Aansprakelijkheid\n11.1 Leverancier is niet aansprakelijk voor schade uit de overeenkomst, behoudens opzet of bewuste roekeloosheid van Leverancier.\n',
    );
  });

  it('leaves alone liability that is not excluded, and force majeure', () => {
    check('exoneratie-opzet', 'Leverancier is aansprakelijk voor schade die het gevolg is van een toerekenbare tekortkoming.');
    check('exoneratie-opzet', 'Een partij is niet aansprakelijk voor een tekortkoming die het gevolg is van overmacht.');
    check('exoneratie-opzet', 'Deze algemene voorwaarden laten de wettelijke aansprakelijkheid van Leverancier onverlet.');
  });

  it('notes a carve-out for intent alone as incomplete, without a fix', () => {
    const [f] = check('exoneratie-opzet', 'Leverancier is «niet aansprakelijk» voor gevolgschade, behoudens opzet.');
    assert.match(f.message.nl, /niet voor bewuste roekeloosheid/);
    assert.equal(f.fixes, undefined);
  });

  it('adds the carve-out at the end of the sentence, naming the party', () => {
    const marked = 'Leverancier is «niet aansprakelijk» voor indirecte schade. Dat is zo.';
    const [f] = check('exoneratie-opzet', marked);
    assert.equal(
      applyFix(unmark(marked).text, f),
      'Leverancier is niet aansprakelijk voor indirecte schade, behoudens opzet of bewuste roekeloosheid van Leverancier of zijn leidinggevenden. Dat is zo.',
    );
    const mutual = 'Partijen zijn «niet aansprakelijk» voor elkaars indirecte schade.';
    const [p] = check('exoneratie-opzet', mutual);
    assert.match(applyFix(unmark(mutual).text, p), /schade, behoudens opzet of bewuste roekeloosheid van de betrokken partij of zijn leidinggevenden\.$/);
    const [g] = check('exoneratie-opzet', '«Aansprakelijkheid voor gevolgschade is uitgesloten»');
    assert.equal(applyFix('Aansprakelijkheid voor gevolgschade is uitgesloten', g), 'Aansprakelijkheid voor gevolgschade is uitgesloten, behoudens opzet of bewuste roekeloosheid van [Leverancier] of zijn leidinggevenden');
  });
});
