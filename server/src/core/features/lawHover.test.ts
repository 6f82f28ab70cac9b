import * as assert from 'node:assert/strict';
import { analyze } from '../analyzer';
import { citationHoverAt } from './lawHover';
import { curatedKeys, articleByKey, curatedEntry } from '../law';
import { parseProvisionKey, renderProvision } from './provision';

function hoverOn(text: string, needle: string, lang: 'nl' | 'en' = 'nl') {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return citationHoverAt(analyze(text), at + 1, lang);
}

describe('lawHover: citationHoverAt', () => {
  it('shows text, version, source, explanation, note and link for artikel 7:404 BW', () => {
    const text = 'Op grond van artikel 7:404 BW mag Leverancier derden inschakelen.';
    const h = hoverOn(text, '7:404')!;
    assert.equal(text.slice(h.span.start, h.span.end), 'artikel 7:404 BW');
    assert.match(h.markdown, /^### Artikel 7:404 BW — Persoonlijke uitvoering/);
    assert.match(h.markdown, /Indien de opdracht is verleend met het oog op een persoon/);
    assert.match(h.markdown, /Bron: wetten\.overheid\.nl \(officiële export\), BWBR0005290, versie geldend op 2023-07-01/);
    assert.match(h.markdown, /\*\*Uitleg\.\*\* /);
    assert.match(h.markdown, /\*\*Voor de voorwaarden\.\*\* Regelend/);
    assert.match(h.markdown, /\[Deze versie \(2023-07-01\) op wetten\.overheid\.nl\]\(https:\/\/wetten\.overheid\.nl\/BWBR0005290\/2023-07-01\/0\/Boek7\/Titeldeel7\/Afdeling1\/Artikel404\)/);
    assert.match(h.markdown, /\[Geldende tekst op wetten\.overheid\.nl\]\(https:\/\/wetten\.overheid\.nl\/jci1\.3:c:BWBR0005290&artikel=404\)/);
  });

  it('puts the cited lid in bold and only that lid: art. 7:408 lid 1 BW', () => {
    const h = hoverOn('Partijen sluiten art. 7:408 lid 1 BW uit.', '7:408')!;
    assert.match(h.markdown, /\*\*1\\\. De opdrachtgever kan te allen tijde de overeenkomst opzeggen\.\*\*/);
    assert.match(h.markdown, /> 2\\\. De opdrachtnemer die/, 'the other leden stay, not in bold');
    assert.doesNotMatch(h.markdown, /\*\*2\\\./);
    assert.match(h.markdown, /lid 1: zakelijk regelend, consument dwingend \(7:413 lid 2\)/);
    assert.doesNotMatch(h.markdown, /lid 3: zakelijk/, 'only the regime of the cited lid');
  });

  it('uses the UI language for labels but keeps the statutory text Dutch', () => {
    const h = hoverOn('Partijen sluiten art. 7:408 lid 1 BW uit.', '7:408', 'en')!;
    assert.match(h.markdown, /^### Article 7:408 lid 1 BW — Termination of the engagement/);
    assert.match(h.markdown, /De opdrachtgever kan te allen tijde/);
    assert.match(h.markdown, /\*\*Explanation\.\*\* The client may terminate/);
    assert.match(h.markdown, /\*\*Drafting note\.\*\*/);
    assert.match(h.markdown, /version in force on 2023-07-01/);
    assert.match(h.markdown, /Text in force on wetten\.overheid\.nl/);
    assert.match(h.markdown, /lid 1: business default law, consumer mandatory/);
    assert.doesNotMatch(h.markdown, /Uitleg|Bron:/);
  });

  it('shows a letter of the black list with its own title: artikel 6:236 sub j BW', () => {
    const h = hoverOn('Dit beding is in strijd met artikel 6:236 sub j BW.', '6:236')!;
    assert.match(h.markdown, /^### Artikel 6:236 sub j BW — Stilzwijgende verlenging/);
    assert.match(h.markdown, /\*\*j\. dat in geval van een overeenkomst tot het geregeld afleveren van zaken/);
    assert.doesNotMatch(h.markdown, /\*\*[a-ik-t]\. /, 'only letter j in bold');
    assert.doesNotMatch(h.markdown, /cadeaubon/, 'the long list is shortened to the cited letter');
    assert.match(h.markdown, /Ingekort/);
    assert.match(h.markdown, /stilzwijgende verlenging of voortzetting/);
  });

  it('gives each citation of a list its own hover', () => {
    const text = 'de artikelen 7:407 lid 2 BW, 7:404 BW en 7:409 BW zijn niet van toepassing';
    const r = analyze(text);
    const spans = ['7:404', '7:407', '7:409'].map((n) => citationHoverAt(r, text.indexOf(n) + 2, 'nl')!);
    assert.deepEqual(spans.map((h) => text.slice(h.span.start, h.span.end)), ['7:404 BW', 'artikelen 7:407 lid 2 BW', '7:409 BW']);
    assert.match(spans[0].markdown, /Persoonlijke uitvoering/);
    assert.match(spans[1].markdown, /\*\*2\\\. Indien twee of meer personen tezamen een opdracht hebben ontvangen/);
    assert.match(spans[2].markdown, /Dood van de opdrachtnemer/);
    assert.equal(citationHoverAt(r, text.indexOf(' zijn niet') + 3, 'nl'), undefined);
  });

  it('hovers on an uncurated article with its text, section title and link', () => {
    const h = hoverOn('zie artikel 6:76 BW', '6:76')!;
    assert.match(h.markdown, /^### Artikel 6:76 BW — \*/);
    assert.match(h.markdown, /Bron: wetten\.overheid\.nl/);
    assert.doesNotMatch(h.markdown, /Uitleg/);
  });

  it('shows the newer version of 6:96 with its date and its true source, and the Telecommunicatiewet gap', () => {
    const h = hoverOn('conform artikel 6:96 lid 8 BW', '6:96')!;
    assert.match(h.markdown, /Bron: Apolloccrypt\/wetgeving-nl \(Markdown-conversie van de BWB XML door derden\).*BWBR0005289, versie 2026-07-16/);
    assert.doesNotMatch(h.markdown, /Bron: wetten\.overheid\.nl/, 'a third-party copy is not labelled as the official source');
    assert.match(h.markdown, /niet uit een officiële export/);
    assert.match(h.markdown, /\*\*8\\\. Zijn op grond van eenzelfde rechtsverhouding termijnbetalingen/);
    const tw = hoverOn('met inachtneming van artikel 11.7 Telecommunicatiewet', '11.7')!;
    assert.match(tw.markdown, /Artikel 11\.7 Telecommunicatiewet — Ongevraagde elektronische communicatie/);
    assert.match(tw.markdown, /niet meegeleverd/);
    assert.match(tw.markdown, /BWBR0009950/);
  });

  it('warns in the hover when a cited lid does not exist, and is silent off citations', () => {
    const h = hoverOn('art. 7:408 lid 4 BW', '7:408')!;
    assert.match(h.markdown, /Lid 4 staat niet in de versie van 2023-07-01 die Clausule meelevert/);
    assert.equal(citationHoverAt(analyze('zie artikel 12.3 van deze voorwaarden'), 6, 'nl'), undefined);
    assert.equal(hoverOn('artikel 2:403 BW', '2:403'), undefined);
  });

  it('renders every curated provision in both languages with text, explanation and note', () => {
    for (const key of curatedKeys()) {
      for (const lang of ['nl', 'en'] as const) {
        const md = renderProvision({ key }, lang)!;
        const e = curatedEntry(key)!;
        assert.ok(md.includes(e.title[lang]), `${key} ${lang} title`);
        assert.ok(md.includes(e.explanation[lang]), `${key} ${lang} explanation`);
        assert.ok(md.includes(e.note[lang]), `${key} ${lang} note`);
        assert.ok(md.includes(articleByKey(key)!.url), `${key} ${lang} link`);
        assert.ok(md.includes(articleByKey(key)!.currentUrl), `${key} ${lang} current link`);
        const firstText = articleByKey(key)!.leden.find((l) => l.text)!.text!.split('\n')[0];
        assert.ok(md.includes(firstText.slice(0, 30).replace(/\*/g, '\\*')), `${key} text`);
      }
      for (const s of Object.keys(curatedEntry(key)!.subs ?? {})) {
        const md = renderProvision({ key, sub: s }, 'en')!;
        assert.ok(md.includes(curatedEntry(key)!.subs![s].title.en), `${key} sub ${s}`);
      }
    }
  });
});

describe('lawHover: currency, audience and layout (audit 2026-12)', () => {
  it('carries a visible "later gewijzigd" caution on every amended article, curated or not', () => {
    for (const key of ['6:193a', '6:230g', '6:230x']) {
      const md = renderProvision({ key }, 'nl')!;
      assert.match(md, /Later gewijzigd/, key);
      assert.match(md, /Geldende tekst op wetten\.overheid\.nl\]\(https:\/\/wetten\.overheid\.nl\/jci1\.3:c:BWBR0005289&artikel=/, key);
    }
    assert.doesNotMatch(renderProvision({ key: '7:404' }, 'nl')!, /Later gewijzigd/);
  });

  it('shows 3:94 with its 2025 lid 5 and its true source', () => {
    const h = hoverOn('De mededeling geschiedt schriftelijk (artikel 3:94 lid 5 BW).', '3:94')!;
    assert.match(h.markdown, /\*\*5\\\. Indien een geldvordering als bedoeld in artikel 83 lid 3, eerste zin/);
    assert.match(h.markdown, /publicatiedatum 2025-07-01/);
  });

  it('knows articles of the later law it holds no text of (6:230fa), and says so', () => {
    const h = hoverOn('zie artikel 6:230fa BW', '6:230fa')!;
    assert.match(h.markdown, /Clausule levert de tekst niet mee/);
    assert.match(h.markdown, /Toegankelijkheidsvoorschriften/);
    assert.match(h.markdown, /jci1\.3:c:BWBR0005289&artikel=230fa/);
  });

  it('names the successor of a repealed article', () => {
    const h = hoverOn('zie artikel 7:46d BW', '7:46d')!;
    assert.match(h.markdown, /vervallen\. De regeling staat nu in afdeling 6\.5\.2B/);
  });

  it('puts the regime of the draft\'s audience first, and the essentials before the text', () => {
    const b2c = '<!-- clausule: doelgroep=b2c -->\nPartijen sluiten art. 7:408 lid 1 BW uit.';
    const h = citationHoverAt(analyze(b2c), b2c.indexOf('7:408') + 1, 'nl')!;
    assert.match(h.markdown, /lid 1: consument dwingend, zakelijk regelend \(7:413 lid 2\)/);
    assert.ok(h.markdown.indexOf('Dwingend of regelend') < h.markdown.indexOf('> '), 'regime before the text');
    assert.ok(h.markdown.indexOf('Voor de voorwaarden') < h.markdown.indexOf('> '), 'drafting note before the text');
    const b2b = hoverOn('Partijen sluiten art. 7:408 lid 1 BW uit.', '7:408')!;
    assert.match(b2b.markdown, /lid 1: zakelijk regelend, consument dwingend/);
  });

  it('labels black-list and grey-list regimes as such, not as mandatory law', () => {
    const md = renderProvision({ key: '6:262' }, 'nl')!;
    assert.match(md, /consument regelend, maar een afwijkend beding in algemene voorwaarden staat op de zwarte lijst/);
    assert.doesNotMatch(md, /consument dwingend/);
    assert.match(renderProvision({ key: '3:83', lid: '3' }, 'nl')!, /zakelijk dwingend, afwijkend beding nietig/);
  });

  it('collapses a long article cited as a whole to the first line of each lid', () => {
    const md = renderProvision({ key: '6:230g' }, 'nl')!;
    assert.match(md, /Ingekort tot de eerste regel van elk lid/);
    assert.ok(md.length < 3000, `${md.length}`);
    assert.ok(renderProvision({ key: '6:230g' }, 'nl', { mode: 'document' })!.length > 6000);
  });

  it('indents nested numbering (1°) under its letter', () => {
    const md = renderProvision({ key: '6:193g', sub: 'f' }, 'nl')!;
    assert.match(md, /> \*\*\u00a0{4}1°\. /);
  });
});

describe('provision: parseProvisionKey', () => {
  it('reads keys and citations', () => {
    assert.deepEqual(parseProvisionKey('7:408'), { key: '7:408' });
    assert.deepEqual(parseProvisionKey('7:408 lid 1'), { key: '7:408', lid: '1' });
    assert.deepEqual(parseProvisionKey('6:236 sub j'), { key: '6:236', sub: 'j' });
    assert.deepEqual(parseProvisionKey('Tw 11.7 lid 4'), { key: 'Tw 11.7', lid: '4' });
    assert.deepEqual(parseProvisionKey('artikel 7:408, eerste lid, BW'), { key: '7:408', lid: '1' });
    assert.deepEqual(parseProvisionKey('11.7 Telecommunicatiewet'), { key: 'Tw 11.7' });
    assert.equal(parseProvisionKey('hallo'), undefined);
  });
});
