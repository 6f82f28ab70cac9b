import * as assert from 'node:assert/strict';
import { analyze } from '../engine/analyze';
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
    assert.match(h.markdown, /Bron: wetten\.overheid\.nl \(BWBR0005290\), versie geldend op 2023-07-01/);
    assert.match(h.markdown, /\*\*Uitleg\.\*\* /);
    assert.match(h.markdown, /\*\*Voor de voorwaarden\.\*\* Regelend/);
    assert.match(h.markdown, /\[Open op wetten\.overheid\.nl\]\(https:\/\/wetten\.overheid\.nl\/BWBR0005290\/2023-07-01\/0\/Boek7\/Titeldeel7\/Afdeling1\/Artikel404\)/);
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

  it('shows the newer version of 6:96 with its date, and the Telecommunicatiewet gap', () => {
    const h = hoverOn('conform artikel 6:96 lid 8 BW', '6:96')!;
    assert.match(h.markdown, /versie geldend op 2026-07-16/);
    assert.match(h.markdown, /\*\*8\\\. Zijn op grond van eenzelfde rechtsverhouding termijnbetalingen/);
    const tw = hoverOn('met inachtneming van artikel 11.7 Telecommunicatiewet', '11.7')!;
    assert.match(tw.markdown, /Artikel 11\.7 Telecommunicatiewet — Ongevraagde elektronische communicatie/);
    assert.match(tw.markdown, /niet meegeleverd/);
    assert.match(tw.markdown, /BWBR0009950/);
  });

  it('warns in the hover when a cited lid does not exist, and is silent off citations', () => {
    const h = hoverOn('art. 7:408 lid 4 BW', '7:408')!;
    assert.match(h.markdown, /Dit artikel heeft geen lid 4/);
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
