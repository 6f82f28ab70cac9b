import * as assert from 'node:assert/strict';
import { applyFix, check, findingsOf, unmark } from '../testing/check';

// A draft that calls its customer "opdrachtgever" a dozen times and its supplier "opdrachtnemer".
const BODY =
  'Artikel 1 Toepasselijkheid\n1.1 Deze voorwaarden gelden tussen opdrachtgever en opdrachtnemer.\n1.2 De opdrachtgever verstrekt tijdig alle gegevens; opdrachtnemer voert de opdracht uit.\n' +
  'Artikel 2 Uitvoering\n2.1 Opdrachtnemer plant het werk met de opdrachtgever. De opdrachtgever zorgt voor toegang.\n2.2 Meerwerk bespreekt opdrachtnemer vooraf met opdrachtgever; opdrachtgever bevestigt het schriftelijk.\n' +
  'Artikel 3 Betaling\n3.1 De opdrachtgever betaalt binnen dertig dagen. Betaalt opdrachtgever niet tijdig, dan mag opdrachtnemer het werk staken.\n3.2 Opdrachtgever draagt de kosten van invordering; de opdrachtgever kan bezwaar maken bij opdrachtnemer.\n' +
  'Artikel 4 Oplevering\n4.1 Na oplevering controleert de opdrachtgever het werk. Gebreken meldt opdrachtgever binnen acht dagen aan opdrachtnemer.\n4.2 Opdrachtnemer herstelt gebreken; opdrachtgever geeft daartoe gelegenheid.\n' +
  'Artikel 5 Aansprakelijkheid\n5.1 Opdrachtnemer is aansprakelijk voor schade die opdrachtgever lijdt door een tekortkoming van opdrachtnemer.\n5.2 Opdrachtnemer sluit een verzekering af; de opdrachtnemer toont de polis op verzoek. Opdrachtnemer werkt vakkundig.\n';

describe('definitie-partijnaam', () => {
  it('fires on another name for a party the draft names one way throughout, with a fix to that name', () => {
    const marked = BODY + '6.1 Binnen acht dagen na oplevering kan de «klant» opmerkingen maken.\n6.2 De «aannemer» ruimt het terrein op.\n';
    const [f] = check('definitie-partijnaam', marked);
    assert.match(f.message.nl, /"opdrachtgever"/);
    assert.ok(applyFix(unmark(marked).text, f).includes('kan de opdrachtgever opmerkingen'));
  });

  it('replacing one slip by the chosen name leaves the other slips\' findings as they were', () => {
    const marked = BODY + '6.1 De «klant» meldt gebreken schriftelijk.\n6.2 Een melding van de «afnemer» is tijdig.\n';
    const [first, second] = check('definitie-partijnaam', marked);
    const fixed = applyFix(unmark(marked).text, first);
    const after = findingsOf('definitie-partijnaam', fixed);
    assert.equal(after.length, 1);
    assert.deepEqual(after[0].message, second.message);
  });

  it('finds the same in an article whose lower case is longer than its text (a dotted capital İ in a name)', () => {
    const marked = BODY + '6.1 İSTANBUL TEKSTIL levert via de «klant» aan de eindafnemer.\n';
    const [f] = check('definitie-partijnaam', marked);
    assert.equal(unmark(marked).text.slice(f.span.start, f.span.end), 'klant');
  });

  it('fires on the same name spelled without its diaeresis, whatever stands before it', () => {
    const body = BODY.replace(/opdrachtgever/g, 'cliënt').replace(/Opdrachtgever/g, 'Cliënt');
    const [f] = check('definitie-partijnaam', body + '6.1 Is een «client» ontevreden, dan meldt hij dat.\n');
    assert.match(f.message.nl, /"cliënt"/);
  });

  it('fires on a party word the draft never uses for a party, where the other party has its name', () => {
    const body = BODY.replace(/[Oo]pdrachtnemer/g, 'Proef B.V.');
    check('definitie-partijnaam', body + '6.1 Bij gebreke daarvan is de verplichting van «leverancier» beperkt.\n');
  });

  it('stays quiet on any one party ("een klant", "haar leverancier"), a name used often, and a draft that has chosen no name', () => {
    check('definitie-partijnaam', BODY + '6.1 Opdrachtnemer werkt ook voor een klant van opdrachtgever en betrekt materiaal van haar leverancier(s).\n6.2 Opdrachtnemer treedt niet op als leverancier van derden.\n');
    // "wederpartij": either party, unless the draft's definition of its name says so.
    check('definitie-partijnaam', BODY + '6.1 Geheimhouding geldt zonder toestemming van de wederpartij.\n');
    check('definitie-partijnaam', 'Artikel 1 Definities\nOpdrachtgever: de wederpartij van Opdrachtnemer.\n' + BODY + '6.1 Aanvaardt de «wederpartij» de offerte niet, dan vervalt zij.\n');
    // "deelnemer": the one who takes part may be sent by the customer, unless the definition of its name says so.
    check('definitie-partijnaam', BODY + '6.1 Bij annulering van een cursus wordt de deelnemer vijf dagen vooraf ingelicht.\n');
    check('definitie-partijnaam', 'Artikel 1 Definities\nOpdrachtgever: de deelnemer aan een cursus van Opdrachtnemer.\n' + BODY + '6.1 Bij annulering wordt de «deelnemer» vijf dagen vooraf ingelicht.\n');
    // Two names used side by side, each often: the draft's own choice.
    const both = BODY.replace(/opdrachtgever/g, (m, at: number) => (at % 2 ? 'klant' : m));
    check('definitie-partijnaam', both);
    check('definitie-partijnaam', 'Artikel 1 Slot\n1.1 De klant betaalt de leverancier. De aannemer bouwt.\n');
  });

  it('reads a capitalised party word before another capitalised word as the name of a product, not of a party', () => {
    check('definitie-partijnaam', BODY + '6.1 De opdrachtgever beheert zijn gegevens in het Klant Portaal.\n');
    check('definitie-partijnaam', BODY + '6.1 Binnen acht dagen kan de «klant» opmerkingen maken in het Klant Portaal.\n');
  });
});
