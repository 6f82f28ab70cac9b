// The citation forms of issue 18 (law audit 2026-12): each resolves to the statute it names, with a hover
// and a link, and none is taken for an internal cross-reference.
import * as assert from 'node:assert/strict';
import { findCitations, OTHER_BARE_WORDS, type Citation } from './citations';
import { analyze } from '../analyzer';
import { citationHoverAt } from '../features/lawHover';
import { lawLinks } from '../features/lawLinks';

const brief = (c: Citation) => ({ text: c.text, law: c.law, book: c.book, article: c.article, lid: c.lid, sub: c.sub, section: c.section, unnamed: c.unnamed });

function hover(text: string, needle: string) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return citationHoverAt(analyze(text), at + 1, 'nl');
}

describe('citations: the forms of issue 18', () => {
  it('"de artikelen 231 tot en met 247 boek 6 BW": both ends of the range, in boek 6', () => {
    const text = 'Op deze voorwaarden zijn de artikelen 231 tot en met 247 boek 6 BW van toepassing.';
    const cs = findCitations(text).map(brief);
    assert.deepEqual(cs.map((c) => [c.text, c.book, c.article]), [['artikelen 231', 6, '231'], ['247 boek 6 BW', 6, '247']]);
    assert.match(hover(text, '231')!.markdown, /Artikel 6:231 BW/);
    assert.match(hover(text, '247')!.markdown, /Artikel 6:247 BW/);
    // No false "231 staat niet in dit concept": no internal-reference finding on the range.
    assert.deepEqual(analyze(text).findings.filter((f) => f.ruleId === 'verwijzing-onbekend'), []);
    assert.deepEqual(findCitations('de artikelen 12 tot en met 14 van deze voorwaarden'), []);
  });

  it('"afdeling 6.5.3 BW": the afdeling, with its articles in the hover and a link', () => {
    const text = 'Afdeling 6.5.3 BW is niet van toepassing.\nZie ook afdeling 7.7.1 van het Burgerlijk Wetboek.';
    const cs = findCitations(text).map(brief);
    assert.deepEqual(cs.map((c) => [c.text, c.book, c.section]), [['Afdeling 6.5.3 BW', 6, '5.3'], ['afdeling 7.7.1 van het Burgerlijk Wetboek', 7, '7.1']]);
    const h = hover(text, '6.5.3')!;
    assert.match(h.markdown, /Afdeling 6\.5\.3 BW — Algemene voorwaarden/);
    assert.match(h.markdown, /\[6:231\]\(https:\/\/wetten\.overheid\.nl\/BWBR0005289\//);
    assert.match(h.markdown, /\[6:247\]/);
    assert.ok(lawLinks(analyze(text), 'nl').some((l) => /Artikel231$/.test(l.target)));
    assert.deepEqual(findCitations('zie afdeling 3.2 hieronder'), []);
  });

  it('"artikel 6:237 onder k BW": the letter', () => {
    assert.deepEqual(findCitations('artikel 6:237 onder k BW').map(brief)[0], {
      text: 'artikel 6:237 onder k BW', law: 'BW', book: 6, article: '237', lid: undefined, sub: 'k', section: undefined, unnamed: undefined,
    });
    assert.match(hover('in strijd met artikel 6:237 onder k BW', '6:237')!.markdown, /Artikel 6:237 sub k BW/);
  });

  it('"6:231-6:247 BW": both ends, named by the one "BW"', () => {
    const cs = findCitations('zie 6:231-6:247 BW').map(brief);
    assert.deepEqual(cs.map((c) => [c.text, c.article, c.unnamed]), [['6:231', '231', undefined], ['6:247 BW', '247', undefined]]);
  });

  it('"artikelen 7:404 en 7:407 lid 2" without "BW": resolved, with a hint that "BW" is missing', () => {
    const text = 'De artikelen 7:404 en 7:407 lid 2 zijn niet van toepassing.';
    const cs = findCitations(text).map(brief);
    assert.deepEqual(cs.map((c) => [c.text, c.lid, c.unnamed]), [['artikelen 7:404', undefined, true], ['7:407 lid 2', '2', true]]);
    assert.match(hover(text, '7:407')!.markdown, /Artikel 7:407 lid 2 BW/);
    // One hint for the list, on its last citation, with a fix that puts "BW" after it.
    const hints = analyze(text).findings.filter((f) => f.ruleId === 'bw-artikel');
    assert.deepEqual(hints.map((f) => [f.severity, text.slice(f.span.start, f.span.end)]), [['hint', '7:407 lid 2']]);
    assert.match(hints[0].message.nl, /"7:407" zonder "BW"/);
    assert.equal(hints[0].fixes![0].edits[0].newText, ' BW');
    // One "BW" after the list names every citation in it.
    assert.deepEqual(analyze('De artikelen 7:404 en 7:407 lid 2 BW zijn niet van toepassing.').findings.filter((f) => f.ruleId === 'bw-artikel'), []);
  });

  it('"Burgerlijk Wetboek" written out', () => {
    // "uit het Burgerlijk Wetboek" after a list names the whole list.
    const list = findCitations('zie de artikelen 7:409, 7:404 of 7:407 lid 2 uit het Burgerlijk Wetboek').map(brief);
    assert.deepEqual(list.map((c) => [c.text, c.unnamed]), [['artikelen 7:409', undefined], ['7:404', undefined], ['7:407 lid 2 uit het Burgerlijk Wetboek', undefined]]);
    const cs = findCitations('artikel 7:404 van het Burgerlijk Wetboek en artikel 408 van Boek 7 van het Burgerlijk Wetboek').map(brief);
    assert.deepEqual(cs.map((c) => [c.text, c.book, c.article, c.unnamed]), [
      ['artikel 7:404 van het Burgerlijk Wetboek', 7, '404', undefined],
      ['artikel 408 van Boek 7 van het Burgerlijk Wetboek', 7, '408', undefined],
    ]);
  });

  it('"artikel 6: 96" with a stray space', () => {
    const text = 'De kosten worden vergoed volgens artikel 6: 96 lid 2 BW.';
    assert.deepEqual(findCitations(text).map((c) => [c.text, c.book, c.article, c.lid]), [['artikel 6: 96 lid 2 BW', 6, '96', '2']]);
    assert.match(hover(text, '6: 96')!.markdown, /Artikel 6:96 lid 2 BW/);
    assert.deepEqual(findCitations('om 6: 30 uur'), [], 'only after "artikel"');
  });

  it('other statutes: AVG, UAVG, Telecommunicatiewet, Auteurswet, Handelsregisterwet, Wck, Besluit incassokosten', () => {
    const text = [
      'Persoonsgegevens worden verwerkt op grond van artikel 6 lid 1 sub b AVG en artikel 46 UAVG.',
      'Zie artikel 11.7 Telecommunicatiewet, art. 45 van de Auteurswet en artikel 18 Handelsregisterwet 2007.',
      'Op krediet is artikel 30 van de Wet op het consumentenkrediet van toepassing.',
      'De incassokosten volgen het Besluit vergoeding voor buitengerechtelijke incassokosten.',
    ].join('\n');
    const laws = findCitations(text).map((c) => [c.law, c.article]);
    assert.deepEqual(laws, [
      ['AVG', '6'], ['UAVG', '46'], ['Telecommunicatiewet', '11.7'], ['Auteurswet', '45'], ['Handelsregisterwet 2007', '18'],
      ['Wet op het consumentenkrediet', '30'], ['Besluit incassokosten', ''],
    ]);
    assert.match(hover(text, 'AVG')!.markdown, /Algemene verordening gegevensbescherming \(Verordening \(EU\) 2016\/679\)/);
    assert.match(hover(text, 'UAVG')!.markdown, /wetten\.overheid\.nl\/BWBR0040940/);
    assert.match(hover(text, 'Auteurswet')!.markdown, /BWBR0001886/);
    assert.match(hover(text, 'Handelsregisterwet')!.markdown, /BWBR0021777/);
    assert.match(hover(text, 'Besluit vergoeding')!.markdown, /BWBR0031432/);
    const links = lawLinks(analyze(text), 'nl').map((l) => l.target);
    assert.ok(links.includes('https://wetten.overheid.nl/BWBR0001886'));
    // The Besluit's article 2 is held: its hover shows the text, with the VAT uplift in lid 3.
    assert.match(hover('volgens artikel 2 lid 3 Besluit incassokosten', 'artikel 2')!.markdown, /omzetbelasting/);
    // The gate words of the bare names: each name holds one (AFDELING needs "fdeling" in either case).
    for (const name of ['Besluit vergoeding voor buitengerechtelijke incassokosten', 'Algemene verordening gegevensbescherming', 'Uitvoeringswet Algemene verordening gegevensbescherming', 'Handelsregisterwet', 'Handelsregisterwet 2007', 'Wet op het consumentenkrediet', 'Wet bescherming persoonsgegevens', 'Auteurswet', 'Auteurswet 1912']) {
      assert.ok(OTHER_BARE_WORDS.some((w) => name.includes(w)), name);
      assert.equal(findCitations(`zie de ${name}.`).length, 1, name);
    }
    // None of them is an internal cross-reference or an undefined term.
    const f = analyze(text).findings.filter((x) => x.ruleId === 'verwijzing-onbekend');
    assert.deepEqual(f.map((x) => x.message.nl), []);
  });

  it('the Wet op het consumentenkrediet links to its own BWB id', () => {
    const text = 'Op krediet is artikel 30 van de Wet op het consumentenkrediet van toepassing.';
    assert.match(hover(text, 'artikel 30')!.markdown, /wetten\.overheid\.nl\/BWBR0004815/);
    assert.ok(lawLinks(analyze(text), 'nl').some((l) => l.target === 'https://wetten.overheid.nl/BWBR0004815'));
  });

  it('the repealed Wbp is a citation of that statute, and its hover says first that it was repealed and by what', () => {
    const text = 'Leverancier is bewerker in de zin van artikel 1 sub e Wbp en van de Wet bescherming persoonsgegevens.';
    assert.deepEqual(findCitations(text).map((c) => [c.law, c.article, c.sub]), [['Wbp', '1', 'e'], ['Wbp', '', undefined]]);
    const md = hover(text, 'artikel 1')!.markdown;
    assert.match(md, /Wet bescherming persoonsgegevens/);
    assert.match(md, /Ingetrokken bij artikel 51 van de Uitvoeringswet Algemene verordening gegevensbescherming, met ingang van 25 mei 2018/);
    assert.ok(md.indexOf('Ingetrokken') < md.indexOf('Clausule levert'), 'the repeal comes before the rest');
    assert.match(citationHoverAt(analyze(text), text.indexOf('Wet bescherming') + 1, 'en')!.markdown, /Repealed by article 51/);
    assert.deepEqual(analyze(text).findings.filter((f) => f.ruleId === 'verwijzing-onbekend' || f.ruleId === 'definitie-onbekend').map((f) => f.message.nl), []);
    // A statute in force has no such line.
    assert.doesNotMatch(hover('zie artikel 46 UAVG', 'artikel 46')!.markdown, /Ingetrokken/);
  });
});
