import * as assert from 'node:assert/strict';
import { parseDocument } from '../model/parse';
import { IncrementalParser } from '../model/update';
import { clauseById } from './clauses';
import { draftStyle, restyleClause } from './draftStyle';
import { fillClause } from './fill';

// Drafts of our own, one per heading form; each has two articles with leden.
const draft = (h1: string, h2: string, lid: (a: number, k: number) => string, blank = '\n') =>
  parseDocument(`Voorwaarden\n${blank}${h1}\n${lid(1, 1)}Deze voorwaarden gelden voor iedere opdracht.\n${lid(1, 2)}Afwijkingen gelden alleen schriftelijk.\n${blank}${h2}\n${lid(2, 1)}Betaling volgt binnen dertig dagen.\n`);

const overmacht = (model: ReturnType<typeof parseDocument>, n = 3) => restyleClause(fillClause(clauseById('av-overmacht-b2b')!, { number: n }), draftStyle(model), n);

describe('draftStyle: a library clause in the draft own style', () => {
  it('follows the heading form: "Artikel 5.", "ARTIKEL 5 -", "5. Titel" and Markdown', () => {
    assert.match(overmacht(draft('Artikel 1. Algemeen', 'Artikel 2. Betaling', (_a, k) => `${k}. `)), /^Artikel 3\. Overmacht\n1\. Een partij /);
    assert.match(overmacht(draft('ARTIKEL 1 - ALGEMEEN', 'ARTIKEL 2 - BETALING', (_a, k) => `${k}. `)), /^ARTIKEL 3 - OVERMACHT\n1\. /);
    assert.match(overmacht(draft('1. Algemeen', '2. Betaling', (a, k) => `${a}.${k} `)), /^3\. Overmacht\n3\.1 Een partij /);
    assert.match(overmacht(draft('## Artikel 1 Algemeen', '## Artikel 2 Betaling', (a, k) => `${a}.${k}. `)), /^## Artikel 3 Overmacht\n3\.1\. Een partij /);
  });

  it('takes the form most articles share, not a one-off misspelling, and keeps the blank line after a heading', () => {
    const model = parseDocument('Voorwaarden\n\nArtikel 1 – Algemeen\n\n1. Deze voorwaarden gelden altijd.\n\nArtikel 2 – Prijs\n\n1. De prijs staat in de offerte.\n\nArtkel 3 – Slot\n\n1. Nietigheid laat de rest in stand.\n');
    assert.match(overmacht(model, 4), /^Artikel 4 – Overmacht\n\n1\. Een partij /);
  });

  it('writes leden without numbers where the draft numbers none, and refers to them by lid', () => {
    const model = parseDocument('Voorwaarden\n\nArtikel 1 – Algemeen\nDeze voorwaarden gelden altijd.\n\nArtikel 2 – Prijs\nDe prijs staat in de offerte.\n');
    const text = restyleClause(fillClause(clauseById('av-exit')!, { number: 3 }), draftStyle(model), 3);
    assert.match(text, /^Artikel 3 – Exit en teruggave van gegevens\nOpdrachtgever kan /);
    assert.doesNotMatch(text, /^3\.\d/m);
    assert.match(draftStyle(model).ref('artikel', 3, 2), /^artikel 3$/);
    const leden = draft('Artikel 1. Algemeen', 'Artikel 2. Betaling', (_a, k) => `${k}. `);
    assert.match(restyleClause(fillClause(clauseById('av-exit')!, { number: 3 }), draftStyle(leden), 3), /termijn van artikel 3 lid 2 /);
  });

  it("uses the draft's words for parties and terms, and writes other library terms in lower case", () => {
    const model = parseDocument('Voorwaarden\n\nArtikel 1. Begrippen\n1. Klant: wie een Opdracht geeft.\n2. Opdracht: het werk dat Opdrachtnemer voor de Klant doet.\n\nArtikel 2. Prijs\n1. De Klant betaalt de Opdracht vooraf.\n');
    const text = overmacht(model);
    assert.match(text, /verplichting uit de Opdracht niet na te komen/);
    assert.match(text, /invloedssfeer van Opdrachtnemer, een tekortkoming van een toeleverancier die de Klant aan Opdrachtnemer/);
    assert.match(text, /binnen twee \(2\) werkdagen schriftelijk aan de andere partij/);
    assert.doesNotMatch(text, /Overeenkomst|Leverancier|Opdrachtgever|Werkdagen|Schriftelijk/);
  });

  it('writes a party with "de" where the draft does, and bare where the draft does', () => {
    const aansprakelijkheid = (model: ReturnType<typeof parseDocument>) =>
      restyleClause(fillClause(clauseById('av-aansprakelijkheid-b2b')!, { number: 3 }), draftStyle(model), 3);
    const deKlant = parseDocument('Voorwaarden\n\nArtikel 1. Begrippen\n1. Klant: wie bij ons koopt.\n\nArtikel 2. Prijs\n1. De Klant betaalt vooraf; de Klant ontvangt een factuur.\n');
    const withArticle = aansprakelijkheid(deKlant);
    assert.match(withArticle, /(?:^|[.:] |\d )De Klant meldt schade/m);
    assert.doesNotMatch(withArticle, /(?<![Dd]e )Klant(?![\p{L}])/u, 'every "Klant" has its article');
    assert.doesNotMatch(withArticle, /[Dd]e [Dd]e /);
    const bare = parseDocument('Voorwaarden\n\nArtikel 1. Begrippen\n1. Klant: wie bij ons koopt.\n\nArtikel 2. Prijs\n1. Klant betaalt vooraf; Leverancier stuurt Klant een factuur.\n');
    assert.match(aansprakelijkheid(bare), /(?:^|[.:] |\d )Klant meldt schade/m);
    assert.doesNotMatch(aansprakelijkheid(bare), /[Dd]e Klant/);
    const style = draftStyle(deKlant);
    assert.equal(style.term('Opdrachtgever', false, 'aan '), 'de Klant');
    assert.equal(style.term('Opdrachtgever', false, 'een '), 'Klant', "the library's own article stays the only one");
    assert.equal(style.term('Opdrachtgever', true, ''), 'De Klant');
  });

  it('follows an edit that changes how the draft writes a party, as a fresh parse of the edited draft does', () => {
    // "de Klant" twice against "Klant" once; the edit in article 2 makes it once against twice. The articles the
    // edit did not touch keep their block objects (and what was read of them).
    const before = 'Voorwaarden\n\nArtikel 1. Begrippen\n1. Klant: wie bij ons koopt.\n\nArtikel 2. Prijs\n1. De Klant betaalt vooraf; de Klant ontvangt een factuur.\n\nArtikel 3. Levering\n1. Klant haalt de zaak op.\n';
    const after = before.replace('de Klant ontvangt', 'zo Klant ontvangt');
    const parser = new IncrementalParser();
    const first = parser.parse(before);
    const kept = first.blocks[first.blocks.length - 1];
    assert.equal(draftStyle(first).term('Opdrachtgever', false, 'aan '), 'de Klant');
    const edited = parser.parse(after);
    assert.equal(edited.blocks[edited.blocks.length - 1], kept, 'the last article kept its block');
    assert.equal(draftStyle(edited).term('Opdrachtgever', false, 'aan '), 'Klant');
    assert.equal(draftStyle(parseDocument(after)).term('Opdrachtgever', false, 'aan '), 'Klant');
    // And back again.
    assert.equal(draftStyle(parser.parse(before)).term('Opdrachtgever', false, 'aan '), 'de Klant');
  });

  it('reads the draft as written, comments included, also where an edit inside a comment keeps the article', () => {
    // Article 3's text as the rules read it blanks the comment, so it is the same before and after the edit and
    // keeps its block; the draft itself now writes "zo Klant" where it wrote "de Klant".
    const before = 'Voorwaarden\n\nArtikel 1. Begrippen\n1. Klant: wie bij ons koopt.\n\nArtikel 2. Prijs\n1. De Klant betaalt vooraf.\n\nArtikel 3. Levering\n1. Klant haalt de zaak op. <!-- de Klant -->\n';
    const after = before.replace('<!-- de Klant', '<!-- zo Klant');
    const parser = new IncrementalParser();
    const first = parser.parse(before);
    const kept = first.blocks[first.blocks.length - 1];
    assert.equal(draftStyle(first).term('Opdrachtgever', false, 'aan '), 'de Klant');
    assert.equal(draftStyle(parseDocument(after)).term('Opdrachtgever', false, 'aan '), 'Klant');
    const edited = parser.parse(after);
    assert.equal(edited.blocks[edited.blocks.length - 1], kept, 'the last article kept its block');
    assert.equal(draftStyle(edited).term('Opdrachtgever', false, 'aan '), 'Klant');
  });

  it('keeps a library term the draft defines, and the capital where a sentence starts', () => {
    const model = parseDocument('Voorwaarden\n\nArtikel 1. Begrippen\n1. Overeenkomst: de afspraak tussen partijen.\n2. Werkdag: maandag tot en met vrijdag.\n\nArtikel 2. Prijs\n1. De Overeenkomst noemt de prijs per Werkdag.\n');
    const style = draftStyle(model);
    assert.equal(style.term('Overeenkomst', false), 'Overeenkomst');
    assert.equal(style.term('Werkdagen', false), 'Werkdagen');
    assert.equal(style.term('Schriftelijk', false), 'schriftelijk');
    assert.equal(style.term('Schriftelijk', true), 'Schriftelijk');
  });

  it("writes in the draft's line endings", () => {
    const model = parseDocument('Voorwaarden\r\n\r\nArtikel 1. Algemeen\r\n1. Tekst.\r\n\r\nArtikel 2. Prijs\r\n1. Tekst.\r\n');
    const text = overmacht(model);
    assert.match(text, /^Artikel 3\. Overmacht\r\n1\. /);
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/);
  });

  it("keeps the library's own form in a draft without articles, in the draft's words", () => {
    const model = parseDocument('Voorwaarden van Voorbeeld\n\nDe Klant betaalt vooraf. Opdrachtnemer levert binnen een week.\n');
    assert.match(overmacht(model, 1), /^## Artikel 1 – Overmacht\n1\.1 Een partij hoeft een verplichting uit de overeenkomst niet na te komen/);
    assert.match(overmacht(model, 1), /invloedssfeer van Opdrachtnemer/);
  });
});
