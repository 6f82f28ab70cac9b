import * as assert from 'node:assert/strict';
import { check } from '../testing/check';
import { statuteOf } from '../law';
import { rule, WITHOUT_CONSENT, WITHOUT_CONSENT_WORDS, OWN_PURPOSES, OWN_PURPOSES_WORDS } from './verwerker-avg';
import { assertGate } from '../engine/gateCheck';

const HEAD = 'Verwerkersovereenkomst\n\nArtikel 1. Verwerking\n1.1 Hosting Noord B.V. verwerkt de persoonsgegevens in opdracht van Opdrachtgever.\n\n';

describe('verwerker-avg', () => {
  it('fires on a sub-processor engaged without the controller\'s prior consent, also in an article that names no personal data', () => {
    const [f] = check('verwerker-avg', HEAD + 'Artikel 4. Derden\n4.1 Hosting Noord B.V. mag bij de uitvoering een derde partij inschakelen «zonder voorafgaande toestemming» van Opdrachtgever.\n');
    assert.match(f.message.nl, /artikel 28 lid 2 AVG/i);
    check('verwerker-avg', 'Artikel 6. Persoonsgegevens\n6.1 Leverancier verwerkt persoonsgegevens voor Klant.\n6.2 Leverancier is gerechtigd subverwerkers in te schakelen «zonder dat daarvoor toestemming van Klant nodig» is.\n');
  });

  it('leaves the statutory rule itself, a consent asked in advance, and a processing clause of the controller alone', () => {
    check('verwerker-avg', HEAD + 'Artikel 4. Derden\n4.1 Hosting Noord B.V. schakelt geen subverwerker in zonder voorafgaande schriftelijke toestemming van Opdrachtgever.\n');
    check('verwerker-avg', HEAD + 'Artikel 4. Derden\n4.1 Hosting Noord B.V. mag uitsluitend met voorafgaande schriftelijke toestemming van Opdrachtgever een subverwerker inschakelen.\n');
    check('verwerker-avg', HEAD + 'Artikel 4. Derden\n4.1 Opdrachtgever mag zonder toestemming van Hosting Noord B.V. een derde partij inschakelen voor een audit.\n');
    // No personal data anywhere: an ordinary subcontracting clause.
    check('verwerker-avg', 'Algemene voorwaarden\n\nArtikel 4. Derden\n4.1 Leverancier mag zonder toestemming van Klant derden inschakelen bij de uitvoering van de opdracht.\n');
  });

  it('fires on use of the data for the processor\'s own purposes, not where it is forbidden or the controller\'s', () => {
    const [f] = check('verwerker-avg', HEAD + 'Artikel 2. Gebruik\n2.1 Daarnaast mag Hosting Noord B.V. de gegevens «voor eigen doeleinden» gebruiken.\n');
    assert.match(f.message.nl, /artikel 28 lid 3 sub a AVG/i);
    check('verwerker-avg', HEAD + 'Artikel 2. Gebruik\n2.1 Hosting Noord B.V. mag de gegevens niet voor eigen doeleinden gebruiken.\n');
    check('verwerker-avg', HEAD + 'Artikel 2. Gebruik\n2.1 Het is Hosting Noord B.V. niet toegestaan de gegevens voor eigen doeleinden te gebruiken.\n');
    check('verwerker-avg', HEAD + 'Artikel 2. Gebruik\n2.1 Opdrachtgever mag de rapportages voor eigen doeleinden gebruiken.\n');
  });

  it('quotes article 28 AVG as the law data holds it', () => {
    const avg = statuteOf('AVG');
    assert.ok(avg?.provisions && avg.provisionsSource);
    const quoted = rule.meta.messages.subprocessor.nl.match(/"([^"]+)\."/)![1];
    assert.ok(avg.provisions['28 lid 2'].startsWith(quoted), quoted);
    const instructions = rule.meta.messages.ownPurposes.nl.match(/"([^"]+)"/)![1];
    assert.ok(avg.provisions['28 lid 3 sub a'].includes(instructions), instructions);
  });

  it('every phrase holds its gate word', () => {
    assertGate(WITHOUT_CONSENT, WITHOUT_CONSENT_WORDS, ['zonder voorafgaande toestemming', 'zonder toestemming', 'zonder dat daarvoor toestemming nodig is', 'zonder de schriftelijke goedkeuring', 'Zonder Instemming']);
    assertGate(OWN_PURPOSES, OWN_PURPOSES_WORDS, ['voor eigen doeleinden', 'ten behoeve van haar eigen doelen', 'voor zijn eigen commerciële doeleinden', 'voor eigen gebruik']);
  });
});
