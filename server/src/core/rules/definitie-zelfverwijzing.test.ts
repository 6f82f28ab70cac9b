import * as assert from 'node:assert/strict';
import { applyFix, check, unmark } from '../testing/check';

// A processing agreement of our own that calls itself "deze Verwerkersovereenkomst" and the main
// agreement "de Overeenkomst".
const DRAFT =
  'Deze Verwerkersovereenkomst hoort bij de Overeenkomst tussen Klant en Proef B.V.\n\n' +
  'Artikel 1 Verwerking\n1.1 Proef verwerkt persoonsgegevens alleen voor de Overeenkomst.\n1.2 Deze Verwerkersovereenkomst geldt zolang de Overeenkomst loopt.\n\n' +
  'Artikel 2 Subverwerkers\n2.1 Proef noemt de subverwerkers die zij inschakelt bij de uitvoering van ';

describe('definitie-zelfverwijzing', () => {
  it('fires on "deze" or "onderhavige" before the other agreement, with a fix to either reading', () => {
    const marked = DRAFT + '«onderhavige Overeenkomst».\n2.2 Wijziging van deze Verwerkersovereenkomst gaat schriftelijk.\n';
    const [f] = check('definitie-zelfverwijzing', marked);
    assert.match(f.message.nl, /"Verwerkersovereenkomst"/);
    const text = unmark(marked).text;
    assert.ok(applyFix(text, f, 0).includes('uitvoering van de Overeenkomst.'));
    assert.ok(applyFix(text, f, 1).includes('uitvoering van onderhavige Verwerkersovereenkomst.'));
  });

  it('stays quiet where the draft names only one agreement, or calls the other one "deze" as often as itself', () => {
    check('definitie-zelfverwijzing', DRAFT + 'deze Verwerkersovereenkomst.\n2.2 Wijziging van deze Verwerkersovereenkomst gaat schriftelijk.\n');
    check('definitie-zelfverwijzing', 'Artikel 1 Slot\n1.1 Deze Overeenkomst geldt voor een jaar.\n1.2 Deze Overeenkomst eindigt door opzegging; de Overeenkomst kan worden verlengd en de Overeenkomst blijft dan gelden.\n');
  });
});
