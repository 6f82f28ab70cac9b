import * as assert from 'node:assert/strict';
import { check } from '../testing/check';
import { statuteOf } from '../law';
import { rule, WITHOUT_CONSENT, WITHOUT_CONSENT_WORDS, OWN_PURPOSES, OWN_PURPOSES_WORDS, NARROWED, NARROWED_WORDS } from './verwerker-avg';
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

  it('fires on a breach notice the processor gives only for some breaches, in this sentence or after the breach is named', () => {
    const [f] = check('verwerker-avg', HEAD + 'Artikel 5. Datalekken\n5.1 Bij een datalek stelt Hosting Noord B.V. Opdrachtgever daarvan op de hoogte. Een melding volgt «alleen bij ernstig» verlies van gegevens.\n');
    assert.match(f.message.nl, /artikel 33 lid 2 AVG/i);
    check('verwerker-avg', HEAD + 'Artikel 5. Beveiliging\n5.1 Hosting Noord B.V. informeert Opdrachtgever over een beveiligingsincident «slechts indien het incident naar verwachting aanzienlijk» nadeel oplevert.\n');
    check('verwerker-avg', HEAD + 'Artikel 5. Datalekken\n5.1 Hosting Noord B.V. meldt een datalek aan Opdrachtgever wanneer het dat «naar eigen oordeel» nodig vindt.\n');
    check('verwerker-avg', HEAD + 'Artikel 5. Datalekken\n5.1 Bij een datalek informeert Hosting Noord B.V. Opdrachtgever.\n5.2 Opdrachtgever beslist zelf of zij de toezichthouder inlicht.\n5.3 Een melding is «alleen nodig bij een groot risico» voor de gegevens.\n');
  });

  it('leaves every breach reported, the controller\'s own notice to the authority or data subjects, and other notices alone', () => {
    check('verwerker-avg', HEAD + 'Artikel 5. Datalekken\n5.1 Hosting Noord B.V. meldt ieder datalek binnen 48 uur aan Opdrachtgever, met alle relevante informatie waarover zij dan beschikt.\n');
    check('verwerker-avg', HEAD + 'Artikel 5. Datalekken\n5.1 Bij een datalek informeert Hosting Noord B.V. Opdrachtgever onverwijld. Opdrachtgever meldt het datalek alleen aan de Autoriteit Persoonsgegevens als het een relevant risico inhoudt.\n');
    check('verwerker-avg', HEAD + 'Artikel 5. Datalekken\n5.1 Bij een datalek informeert Hosting Noord B.V. Opdrachtgever onverwijld. Opdrachtgever beslist naar eigen oordeel of zij de betrokkenen informeert.\n');
    // No breach named (before or in the sentence): a notice of changes, narrowed to relevant ones.
    check('verwerker-avg', HEAD + 'Artikel 6. Wijzigingen\n6.1 Hosting Noord B.V. informeert Opdrachtgever alleen over relevante wijzigingen in de dienst.\n6.2 Een datalek meldt Hosting Noord B.V. binnen 24 uur.\n');
  });

  it('quotes articles 28 and 33 AVG as the law data holds them', () => {
    const avg = statuteOf('AVG');
    assert.ok(avg?.provisions && avg.provisionsSource);
    const quoted = rule.meta.messages.subprocessor.nl.match(/"([^"]+)\."/)![1];
    assert.ok(avg.provisions['28 lid 2'].startsWith(quoted), quoted);
    const instructions = rule.meta.messages.ownPurposes.nl.match(/"([^"]+)"/)![1];
    assert.ok(avg.provisions['28 lid 3 sub a'].includes(instructions), instructions);
    const breach = rule.meta.messages.breachThreshold.nl.match(/"([^"]+)"/)![1];
    assert.equal(breach, avg.provisions['33 lid 2']);
  });

  it('every phrase holds its gate word', () => {
    assertGate(WITHOUT_CONSENT, WITHOUT_CONSENT_WORDS, ['zonder voorafgaande toestemming', 'zonder toestemming', 'zonder dat daarvoor toestemming nodig is', 'zonder de schriftelijke goedkeuring', 'Zonder Instemming']);
    assertGate(NARROWED, NARROWED_WORDS, ['alleen bij belangrijke voorvallen met grote gevolgen', 'slechts bij relevante incidenten met grote impact', 'slechts indien het ernstig is', 'uitsluitend bij een groot risico', 'enkel bij wezenlijke gevolgen', 'naar eigen oordeel', 'naar haar inschatting', 'alleen bij relevantie']);
    assertGate(OWN_PURPOSES, OWN_PURPOSES_WORDS, ['voor eigen doeleinden', 'ten behoeve van haar eigen doelen', 'voor zijn eigen commerciële doeleinden', 'voor eigen gebruik']);
  });
});
