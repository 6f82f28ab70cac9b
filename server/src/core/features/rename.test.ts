import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { pluralsOf } from '../model/definitions';
import { analyze } from '../analyzer';
import { parseDocument } from '../model/parse';
import { prepareRename, renameTerm } from './rename';
import { applyEdits } from './renumber';

const TEXT = 'Artikel 1 Definities\nIn deze voorwaarden omvat het enkelvoud ook het meervoud.\nOpdracht: de afspraak;\nOpdrachtgever: de wederpartij.\nArtikel 2 Slot\n1. Iedere Opdracht en alle Opdrachten van Opdrachtgever; een opdracht zonder hoofdletter.\n';
const m = parseDocument(TEXT);

describe('features/rename', () => {
  it('refuses anything that is not a defined term', () => {
    assert.equal(prepareRename(m, TEXT.indexOf('Iedere')), undefined);
    assert.equal(prepareRename(m, TEXT.indexOf('opdracht zonder')), undefined);
    assert.deepEqual(prepareRename(m, TEXT.indexOf('Opdrachten') + 2), { span: { start: TEXT.indexOf('Opdrachten'), end: TEXT.indexOf('Opdrachten') + 10 }, placeholder: 'Opdracht' });
  });

  it('renames the definition and every use, inflecting plurals and keeping the capital', () => {
    const r = renameTerm(m, TEXT.indexOf('Opdracht:'), 'overeenkomst');
    assert.ok('edits' in r);
    const out = applyEdits(TEXT, r.edits);
    assert.equal(out, TEXT.replace('Opdracht:', 'Overeenkomst:').replace('Iedere Opdracht ', 'Iedere Overeenkomst ').replace('Opdrachten', 'Overeenkomsten'));
    assert.ok(out.includes('Opdrachtgever') && out.includes('een opdracht zonder'), 'other terms and lowercase words stay');
  });

  it('refuses a name that is already defined or unusable', () => {
    assert.ok('error' in renameTerm(m, TEXT.indexOf('Opdracht:'), 'Opdrachtgever'));
    assert.ok('error' in renameTerm(m, TEXT.indexOf('Opdracht:'), '12\nx'));
  });

  it('renames the plurals and compounds the analysis reads as the term also where the draft does not count them as uses', () => {
    const text = 'Artikel 1 Definities\nGebruiker: een persoon met toegang;\nPartij: Leverancier of Klant.\nArtikel 2 Slot\n1. Alle Gebruikers en beide Partijen tekenen; de Gebruiker meldt zich aan bij de Partij. Gebruikersnamen blijven.\n';
    const model = parseDocument(text);
    assert.equal(model.pluralCovered, false);
    const r = renameTerm(model, text.indexOf('Gebruiker:'), 'Deelnemer');
    assert.ok('edits' in r);
    const out = applyEdits(text, r.edits);
    // The compound takes its capital from the term, as definitie-onbekend reads it: renamed with it.
    assert.equal(out, text.replace('Gebruiker:', 'Deelnemer:').replace('Alle Gebruikers', 'Alle Deelnemers').replace('de Gebruiker meldt', 'de Deelnemer meldt').replace('Gebruikersnamen', 'Deelnemersnamen'));
    const p = renameTerm(model, text.indexOf('Partij:'), 'Contractant');
    assert.ok('edits' in p);
    assert.ok(applyEdits(text, p.edits).includes('beide Contractanten tekenen'));
  });

  it('leaves a party named after the term alone: renaming Opdracht does not touch Opdrachtnemer', () => {
    const text = 'Artikel 1 Definities\nOpdracht: het werk.\nArtikel 2 Uitvoering\n1. Opdrachtnemer voert de Opdracht uit; de Opdrachtgevers betalen.\n';
    const r = renameTerm(parseDocument(text), text.indexOf('Opdracht:'), 'Dienst');
    assert.ok('edits' in r);
    assert.equal(applyEdits(text, r.edits), text.replace('Opdracht:', 'Dienst:').replace('de Opdracht uit', 'de Dienst uit'));
  });

  it('renames only compounds built on the term, not a longer word that shares its first letters', () => {
    const text =
      'Artikel 1 Definities\nDienst: de hosting die Leverancier levert.\nArtikel 2 Toepassing\n1. De Dienstverleningsvoorwaarden gelden voor alle dienstverlening. De Dienstomschrijving noemt de Dienst. De Dienstverleningsafspraken wijzigen niet.\n';
    const r = renameTerm(parseDocument(text), text.indexOf('Dienst:'), 'Hosting');
    assert.ok('edits' in r);
    const out = applyEdits(text, r.edits);
    // Built on the term: renamed with it. A document's title, and compounds on "dienstverlening", an ordinary
    // word of the draft: left as they are.
    assert.equal(out, text.replace('Dienst:', 'Hosting:').replace('Dienstomschrijving', 'Hostingomschrijving').replace('noemt de Dienst', 'noemt de Hosting'));
    // Without "dienstverlening" in the draft, a compound on it cannot be told from one on the term, except a title.
    const plain = text.replace(' voor alle dienstverlening', '');
    const p = renameTerm(parseDocument(plain), plain.indexOf('Dienst:'), 'Hosting');
    assert.ok('edits' in p);
    assert.ok(applyEdits(plain, p.edits).includes('De Dienstverleningsvoorwaarden gelden. De Hostingomschrijving'));
  });

  it('leaves a plural alone that the draft defines as a term of its own', () => {
    const text = 'Artikel 1 Definities\nPartij: Leverancier of Klant;\nPartijen: Leverancier en Klant samen.\nArtikel 2 Slot\n1. De Partij en de Partijen tekenen.\n';
    const model = parseDocument(text);
    const r = renameTerm(model, text.indexOf('Partij:'), 'Contractant');
    assert.ok('edits' in r);
    assert.ok(applyEdits(text, r.edits).includes('De Contractant en de Partijen tekenen'));
  });
});

describe('features/rename: property', () => {
  const TERMS = ['Gebruiker', 'Partij', 'Overeenkomst', 'Dienst', 'Bijlage', 'Werkdag', 'Opdracht', 'Product'];
  const NAMES = ['Deelnemer', 'Contractant', 'Afspraak', 'Prestatie', 'Document', 'Kantoordag', 'Taak', 'Artikelset'];
  const draft = fc
    .record({
      terms: fc.uniqueArray(fc.constantFrom(...TERMS), { minLength: 1, maxLength: 4 }),
      covered: fc.boolean(),
      words: fc.array(fc.tuple(fc.nat(7), fc.nat(9), fc.constantFrom('de ', 'alle ', 'beide ', 'door ', 'het ', '')), { minLength: 1, maxLength: 12 }),
    })
    .map(({ terms, covered, words }) => {
      const defs = terms.map((t) => `${t}: omschrijving van ${t.toLowerCase()};`).join('\n');
      const body = words
        .map(([t, f, lead]) => {
          const term = terms[t % terms.length];
          const forms = [term, ...pluralsOf(term), term.toLowerCase(), `${term}snaam`];
          return `${lead}${forms[f % forms.length]} tekent.`;
        })
        .join(' ');
      return { terms, text: `Artikel 1 Definities\n${covered ? 'Het enkelvoud omvat het meervoud.\n' : ''}${defs}\nArtikel 2 Gebruik\n1. ${body}\n` };
    });

  /** Whole-word spots of the term and its plurals (capitalised, as the analysis reads them). */
  const spots = (text: string, term: string) => {
    const out: number[] = [];
    for (const f of [term, ...pluralsOf(term)]) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${f}(?![\\p{L}\\p{N}-])`, 'gu');
      for (const m of text.matchAll(re)) out.push(m.index!);
    }
    return new Set(out);
  };

  it('renames every inflection the analysis reads as the term, and adds no undefined term', () => {
    fc.assert(
      fc.property(draft, fc.nat(), fc.constantFrom(...NAMES), ({ terms, text }, k, name) => {
        const old = terms[k % terms.length];
        const model = parseDocument(text);
        const r = renameTerm(model, text.indexOf(`${old}:`), name);
        if (!('edits' in r)) return;
        const out = applyEdits(text, r.edits);
        // Nothing of the old term is left, in any form the analysis reads as it.
        assert.equal(spots(out, old).size, 0, out);
        // Every spot of the old term became one of the new name.
        assert.equal(spots(out, name).size, spots(text, old).size + spots(text, name).size, out);
        const undefinedTerms = (t: string) => analyze(t).findings.filter((f) => f.ruleId === 'definitie-onbekend').map((f) => t.slice(f.span.start, f.span.end));
        assert.deepEqual(undefinedTerms(out), undefinedTerms(text), out);
      }),
      { numRuns: 200 },
    );
  });
});
