import * as assert from 'node:assert/strict';
import { applyFix, check, unmark } from '../testing/check';

const DEFS = '## Artikel 1 – Definities\n- **Klant**: de wederpartij;\n- **Dienst**: de dienst van Leverancier.\n\n';

describe('definitie-onbekend', () => {
  it('fires on a capitalised term used like a defined term, once per term', () => {
    check('definitie-onbekend', DEFS + '## Artikel 2 – Gebruik\n2.1 De Klant gebruikt de «Licentie» alleen voor eigen doeleinden; de Licentie is persoonlijk.\n2.2 Iedere «Gebruiker» krijgt een account.\n');
  });

  it('offers a definition stub in the definitions article, in its style', () => {
    const marked = DEFS + '## Artikel 2 – Gebruik\n2.1 De Klant gebruikt de «Licentie» alleen zelf.\n';
    const [f] = check('definitie-onbekend', marked);
    assert.match(applyFix(unmark(marked).text, f), /- \*\*Dienst\*\*: de dienst van Leverancier\.\n- \*\*Licentie\*\*: \[omschrijving\];\n/);
  });

  it('stays quiet on sentence starts, headings, names, months, abbreviations, addresses and defined terms', () => {
    check(
      'definitie-onbekend',
      DEFS +
        '## Artikel 2 – Toepasselijk Recht\n' +
        '2.1 Op de Dienst is Nederlands recht van toepassing. Geschillen gaan naar de Rechtbank Amsterdam of de Kamer van Koophandel.\n' +
        '2.2 De Klant: Betaling geschiedt in Januari; zie de AVG en de Europese Unie, gevestigd aan het Zuiderkruis 29.\n' +
        '2.3 Leverancier kan de Diensten van de Klanten opschorten; a) Opschorting geschiedt schriftelijk.\n' +
        '2.4 Microsoft Azure levert de opslag, zoals de Belastingdienst weet.\n' +
        '2.5 De Klantgegevens en de Dienstverlening volgen de Dienst.\n',
    );
  });
});
