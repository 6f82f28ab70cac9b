import * as assert from 'node:assert/strict';
import { analyze } from '../analyzer';
import { lawCompletionsAt } from './lawCompletion';
import { lawLinks } from './lawLinks';

/** Completions with the cursor at the end of text (or at "|"). */
function complete(marked: string, lang: 'nl' | 'en' = 'nl') {
  const at = marked.includes('|') ? marked.indexOf('|') : marked.length;
  const text = marked.replace('|', '');
  return lawCompletionsAt(analyze(text), at, lang);
}

describe('lawCompletion: lawCompletionsAt', () => {
  it('offers the articles of the book after "artikel 7:", with titles, curated ones first', () => {
    const items = complete('Op grond van artikel 7:');
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('408') && labels.includes('1') && labels.includes('400'), labels.slice(0, 10).join(','));
    assert.ok(!labels.includes('46a'), 'repealed articles are not offered');
    const i408 = items.find((i) => i.label === '408')!;
    assert.equal(i408.kind, 'article');
    assert.equal(i408.detail, '7:408 BW · Opzegging van de opdracht');
    assert.match(i408.documentation!, /De opdrachtgever kan de overeenkomst altijd opzeggen/);
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.equal(sorted[0].label, '400', 'curated 7:400-7:413 sort before the rest');
  });

  it('narrows to the typed prefix and works after "art. 6:" and in English', () => {
    const items = complete('zie art. 6:23', 'en');
    assert.ok(items.length > 0 && items.every((i) => i.label.startsWith('23')), items.map((i) => i.label).join(','));
    assert.equal(items.find((i) => i.label === '236')!.detail, '6:236 BW · Black list (consumers)');
    assert.deepEqual(items[0].span, { start: 'zie art. 6:'.length, end: 'zie art. 6:23'.length });
  });

  it('offers article numbers inside a list of citations', () => {
    assert.ok(complete('de artikelen 7:404 BW, 7:4').some((i) => i.label === '409'));
  });

  it('offers only the leden the article has after "lid "', () => {
    const items = complete('Partijen sluiten artikel 7:408 lid ');
    assert.deepEqual(items.map((i) => i.label), ['1', '2', '3']);
    assert.equal(items[0].kind, 'lid');
    assert.match(items[0].detail!, /^7:408 lid 1 · De opdrachtgever kan te allen tijde/);
    assert.deepEqual(complete('artikel 6:96 lid ').map((i) => i.label), ['1', '2', '3', '4', '5', '6', '7', '8']);
    assert.deepEqual(complete('artikel 7:404 lid '), [], 'no numbered leden');
    assert.deepEqual(complete('zie 7:408 BW lid ').map((i) => i.label), ['1', '2', '3']);
  });

  it('offers the letters of the article or lid after "sub "', () => {
    const j = complete('in strijd met artikel 6:236 sub ');
    assert.equal(j.length, 20);
    assert.equal(j[9].label, 'j');
    assert.equal(j[9].kind, 'sub');
    assert.match(j[9].detail!, /6:236 sub j · Stilzwijgende verlenging/);
    assert.deepEqual(complete('artikel 6:237 onder ').map((i) => i.label).join(''), 'abcdefghijklmno');
    assert.deepEqual(complete('art. 6:96 lid 2 sub ').map((i) => i.label), ['a', 'b', 'c']);
    assert.deepEqual(complete('art. 6:96 lid 3 sub '), []);
  });

  it('stays out of the way elsewhere', () => {
    assert.deepEqual(complete('De helpdesk is open van 10:'), []);
    assert.deepEqual(complete('zie artikel 12.3 lid '), []);
    assert.deepEqual(complete('artikel 2:'), [], 'a book we do not hold');
    assert.deepEqual(complete('Leverancier zal '), []);
    assert.deepEqual(complete('artikel 7:408 lid 1\nlid '), [], 'a new line starts afresh');
  });
});

describe('lawLinks', () => {
  it('links each citation we hold to its versioned article on wetten.overheid.nl', () => {
    const text = 'de artikelen 7:407 lid 2 BW, 7:404 BW en 7:409 BW; artikel 2:403 BW; artikel 11.7 Telecommunicatiewet';
    const links = lawLinks(analyze(text), 'nl');
    assert.deepEqual(links.map((l) => text.slice(l.span.start, l.span.end)), ['artikelen 7:407 lid 2 BW', '7:404 BW', '7:409 BW', 'artikel 11.7 Telecommunicatiewet']);
    assert.equal(links[1].target, 'https://wetten.overheid.nl/BWBR0005290/2023-07-01/0/Boek7/Titeldeel7/Afdeling1/Artikel404');
    assert.equal(links[0].tooltip, 'Artikel 7:407 lid 2 BW op wetten.overheid.nl (versie 2023-07-01)');
    assert.match(links[3].target, /^https:\/\/wetten\.overheid\.nl\/jci1\.3:c:BWBR0009950&hoofdstuk=11&paragraaf=11\.1&artikel=11\.7/);
    assert.equal(lawLinks(analyze('artikel 6:96 BW'), 'en')[0].target, 'https://wetten.overheid.nl/BWBR0005289/2026-07-16/0/Boek6/Titeldeel1/Afdeling10/Artikel96');
  });
});
