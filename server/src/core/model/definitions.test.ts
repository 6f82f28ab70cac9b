import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from './parse';
import { check } from '../testing/check';

const FORMS = readFileSync(path.resolve('test/fixtures/definitions/forms.av'), 'utf8');

describe('model/definitions: every form a draft defines a term in', () => {
  const m = parseDocument(FORMS);
  const defs = (style?: string) => m.definitions.filter((d) => !style || d.style === style).map((d) => d.term);

  it('reads list, table, marked, quoted and title-only forms in the definitions article', () => {
    // "Term: …", "1. Term: …", "Term:tekst", "**Term**: …", "a) “Term”: …", "Term<TAB>tekst", "1.3 Dienst" + text below.
    assert.deepEqual(defs('list'), ['Abonnement', 'Account', 'Platform', 'Administrator', 'Dienst', 'Offerte']);
    assert.deepEqual(defs('marked'), ['Beheerder']);
    assert.deepEqual(defs('quoted'), ['Gegevens']);
    const dienst = m.definitions.find((d) => d.term === 'Dienst')!;
    assert.equal(dienst.text, 'de dienst die Leverancier volgens de Offerte levert.');
    assert.equal(m.definitions.find((d) => d.term === 'Account')!.text, 'de toegang van de Klant tot het Platform.');
    // Any text after the colon, also the placeholder the "add a definition" fix inserts.
    assert.deepEqual(parseDocument('Artikel 1 Begrippen\n1. Opdracht: [omschrijving];\n').definitions.map((d) => d.term), ['Opdracht']);
  });

  it('reads parties in the preamble, "(hierna; de “X”)", "hierna te noemen" and "onder X wordt verstaan"', () => {
    assert.deepEqual(defs('hierna'), ['Leverancier', 'Klant', 'Onderaannemer']);
    assert.deepEqual(defs('verstaan'), ['Storing']);
  });

  it('records an optional plural "Administrator(s)" as a form of the term, and counts its uses', () => {
    const admin = m.definitions.find((d) => d.term === 'Administrator')!;
    assert.ok(admin.forms.includes('Administrators'));
    assert.equal(FORMS.slice(admin.span.start, admin.span.end), 'Administrator');
    assert.ok(m.uses.some((u) => u.term === 'Administrator' && u.form === 'Administrators'));
  });

  it('records a term taken from another document as an external definition', () => {
    assert.deepEqual(defs('extern'), ['Persoonsgegevens']);
    // Not when the draft defines the term itself.
    const own = parseDocument('Artikel 1 Begrippen\n1. Persoonsgegevens: gegevens over personen.\n\nArtikel 2 Slot\n1. Persoonsgegevens zoals gedefinieerd in de AVG.\n');
    assert.deepEqual(own.definitions.map((d) => `${d.term} ${d.style}`), ['Persoonsgegevens list']);
  });

  it('does not read ordinary text as a definition', () => {
    const plain = parseDocument('Artikel 1 Levering\n1. Levering: binnen een week.\n2. Zie de offerte (bijlage 1) en de prijs (inclusief btw).\n3. Bewaar de gegevens zoals omschreven in artikel 3.\n');
    assert.deepEqual(plain.definitions, []);
  });

  it('leaves no form undefined or unused for the definitie rules', () => {
    check('definitie-ongebruikt', FORMS);
    const text = 'Artikel 1 Begrippen\n1. Gebruiker(s): wie de dienst gebruikt.\n\nArtikel 2 Gebruik\n1. De Gebruikers verwerken Persoonsgegevens zoals gedefinieerd in de AVG.\n2. Elke Gebruiker bewaart de Persoonsgegevens veilig.\n';
    check('definitie-onbekend', text);
    check('definitie-ongebruikt', text);
  });
});
