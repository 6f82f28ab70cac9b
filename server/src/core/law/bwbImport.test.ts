import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { importBwbXml, parseXml, readBwbExport } from './bwbImport';
import { articlesOfBook, articleByKey, checkCitation, useImportedBooks } from './index';
import { analyze } from '../analyzer';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const META = '<meta-data><jcis><jci versie="1.3" verwijzing="jci1.3:c:X"/></jcis></meta-data>';

/** One lid (or an article's only text) in the official element structure: <al> paragraphs and <lijst>/<li>. */
function body(text: string): string {
  const out: string[] = [];
  let list: string[] | undefined;
  for (const line of text.split('\n')) {
    const m = /^ {2}([a-z]{1,2}|\d{1,2}°?)\. (.*)$/.exec(line);
    if (m) {
      list ??= [];
      list.push(`<li><li.nr>${m[1]}.</li.nr><al>${esc(m[2])}</al></li>`);
    } else {
      if (list) out.push(`<lijst type="expliciet">${list.join('')}</lijst>`);
      list = undefined;
      out.push(`<al>${esc(line.trim())}</al>`);
    }
  }
  if (list) out.push(`<lijst type="expliciet">${list.join('')}</lijst>`);
  return out.join('\n');
}

/**
 * An export of BW Boek 3 in the format of the official BWB "toestand" XML (root, structure elements with
 * <kop>, <artikel bwb-ng-variabel-deel>, <lid>/<lidnr>, <lijst>/<li>/<li.nr>, <meta-data>), built from the
 * bundled statutory text with 3:94 in its 2025 wording (lid 5) and a later date.
 */
function bookThreeExport(date: string, mutate?: (nr: string, leden: Array<[string | null, string | null]>) => Array<[string | null, string | null]>): string {
  const arts = articlesOfBook(3).filter((a) => !a.textless);
  const parts: string[] = [];
  for (const a of arts) {
    const url = a.url.replace(/^.*\/0\//, '');
    let leden = a.leden.map((l) => [l.nr, l.text] as [string | null, string | null]);
    if (mutate) leden = mutate(a.nr, leden);
    const inner = leden.length === 1 && leden[0][0] === null
      ? body(leden[0][1] ?? '')
      : leden.map(([nr, t]) => `<lid><lidnr>${nr}.</lidnr>${body(t ?? '')}</lid>`).join('\n');
    parts.push(`<artikel bwb-ng-variabel-deel="/${url}" label="Artikel ${a.nr}" status="goed"><kop><label>Artikel</label><nr status="officieel">${a.nr}</nr></kop>${inner}${META}</artikel>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><toestand xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" bwb-id="BWBR0005291" inwerkingtreding="${date}"><wetgeving soort="wet"><citeertitel status="officieel">Burgerlijk Wetboek Boek 3</citeertitel><wet-besluit><wettekst><boek bwb-ng-variabel-deel="/Boek3"><kop><label>Boek</label><nr>3</nr><titel>Vermogensrecht in het algemeen</titel></kop>${parts.join('\n')}</boek></wettekst></wet-besluit></wetgeving></toestand>`;
}

describe('law/bwbImport: official BWB XML exports', () => {
  afterEach(() => useImportedBooks([]));

  it('reads a book export: articles, leden, letters, the version date, and the analysis uses it', () => {
    const lid5 = 'Indien een geldvordering als bedoeld in artikel 83 lid 3, eerste zin, wordt overgedragen, wordt de mededeling, bedoeld in lid 1 dan wel lid 3, schriftelijk gedaan.';
    const xml = bookThreeExport('2026-01-01', (nr, leden) => (nr === '94' ? [...leden.filter((l) => l[0] !== '5'), ['5', lid5]] : leden));
    const r = importBwbXml(xml);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
    if (!r.ok) return;
    assert.equal(r.book.book, 3);
    assert.equal(r.book.version, '2026-01-01');
    assert.ok(r.articles > 300);
    useImportedBooks([r.book]);
    const a = articleByKey('3:94')!;
    assert.equal(a.version, '2026-01-01');
    assert.equal(a.src, 'import');
    assert.match(a.sourceLabel.nl, /wetten\.overheid\.nl \(officiële export\), BWBR0005291, versie geldend op 2026-01-01, door u ingelezen/);
    assert.equal(a.leden.find((l) => l.nr === '5')!.text, lid5);
    assert.equal(a.url, 'https://wetten.overheid.nl/BWBR0005291/2026-01-01/0/Boek3/Titeldeel4/Afdeling2/Artikel94');
    // Letters survive the round trip (3:83 lid 4 a-d), and so do repealed articles.
    assert.deepEqual(articleByKey('3:83')!.leden.find((l) => l.nr === '4')!.subs, ['a', 'b', 'c', 'd']);
    assert.equal(checkCitation({ law: 'BW', book: 3, article: '83', lid: '4', sub: 'd' }).problem, undefined);
    assert.equal(articleByKey('3:15b')!.status, 'vervallen');
    // Validation and hovers follow the imported version.
    const f = analyze('Zie artikel 3:94 lid 6 BW.').findings.find((x) => x.ruleId === 'bw-artikel')!;
    assert.match(f.message.nl, /in de versie van 2026-01-01 die Clausule meelevert/);
  });

  it('refuses a malformed file, a foreign export, a fragment or a non-XML file, with a clear message', () => {
    const foreign = '<?xml version="1.0" encoding="UTF-8"?><toestand bwb-id="BWBR0048156" inwerkingtreding="2025-11-11"><wetgeving soort="wet"><wet-besluit><wettekst><hoofdstuk><kop><label>Hoofdstuk</label><nr status="officieel">1</nr><titel status="officieel">Algemeen</titel></kop><artikel bwb-ng-variabel-deel="/Hoofdstuk1/Artikel1" label="Artikel 1"><kop><label>Artikel</label><nr status="officieel">1</nr><titel status="officieel">Definities</titel></kop><al>In deze wet en de daarop berustende bepalingen wordt verstaan onder:</al></artikel></hoofdstuk></wettekst></wet-besluit></wetgeving></toestand>';
    const cases: Array<[string, RegExp]> = [
      ['', /leeg/],
      ['Artikel 94\n1. Buiten de in het vorige artikel', /geen XML-bestand/],
      ['<toestand bwb-id="BWBR0005291" inwerkingtreding="2026-01-01"><wetgeving>', /geen geldige XML/],
      ['<toestand bwb-id="BWBR0005291" inwerkingtreding="2026-01-01"><a></b></toestand>', /geen geldige XML/],
      ['<html><body>wetten.overheid.nl</body></html>', /geen officiële BWB-export/],
      [foreign, /van BWBR0048156, niet van Boek 3, 6 of 7/],
      ['<toestand bwb-id="BWBR0005289"><wetgeving/></toestand>', /geen geldigheidsdatum/],
      [bookThreeExport('2026-01-01').replace(/<artikel [^]*$/, '</boek></wettekst></wet-besluit></wetgeving></toestand>'), /maar 0 artikelen/],
    ];
    for (const [xml, message] of cases) {
      const r = importBwbXml(xml);
      assert.equal(r.ok, false, xml.slice(0, 60));
      if (!r.ok) {
        assert.match(r.error.nl, message);
        assert.ok(r.error.en.length > 10);
      }
    }
  });

  it('reads XML as the exports write it: entities, CDATA, comments, self-closing tags', () => {
    const n = parseXml('<?xml version="1.0"?><!-- c --><a x="1 &amp; 2"><b/>t &lt;&#233;&#x20AC;<![CDATA[<raw>]]></a>');
    assert.ok(typeof n !== 'string');
    if (typeof n === 'string') return;
    assert.equal(n.attrs.x, '1 & 2');
    assert.deepEqual(n.children.filter((c) => typeof c === 'string'), ['t <é€', '<raw>']);
  });
});

// A real export (test/fixtures/bwb/README.md): the official XML of the Uitvoeringswet AVG, trimmed to four
// articles. No real export of a BW book is at hand; the official markup is the same for every regulation.
describe('law/bwbImport: a real official export (UAVG, BWBR0040940, 2026-09-01, trimmed)', () => {
  const xml = readFileSync(path.resolve('test/fixtures/bwb/uavg-BWBR0040940-2026-09-01.trimmed.xml'), 'utf8');

  it('is read completely: id, date, chapters and articles, meta-data left out', () => {
    const r = readBwbExport(xml);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
    assert.equal(r.bwb, 'BWBR0040940');
    assert.equal(r.version, '2026-09-01');
    assert.deepEqual(r.articles.map((a) => a.nr), ['1', '2', '2a', '51']);
    assert.deepEqual(r.sections, [
      { path: ['Hoofdstuk 1. Algemene bepalingen'], url: 'Hoofdstuk1' },
      { path: ['Hoofdstuk 5. Overgangs- en slotbepalingen'], url: 'Hoofdstuk5' },
    ]);
    const text = JSON.stringify(r.articles);
    for (const meta of ['jci1.3', 'Stb', 'publicatiejaar', '36264']) assert.ok(!text.includes(meta), meta);
  });

  it('keeps leden with their numbers, inline references and emphasis as text, and unmarked list items indented', () => {
    const r = readBwbExport(xml);
    assert.ok(r.ok);
    const [a1, a2, a2a, a51] = r.articles;
    assert.deepEqual(a2.leden.map((l) => l[0]), ['1', '2', '3']);
    assert.equal(a2.leden[1][1], 'In afwijking van het eerste lid, is deze wet niet van toepassing op de verwerking van persoonsgegevens voor zover daarop de Wet basisregistratie personen of de Kieswet van toepassing is.');
    assert.match(a2.leden[2][1]!, /^Behoudens het bepaalde in artikel 3, is deze wet niet van toepassing/);
    assert.equal(a1.leden.length, 1);
    const lines = a1.leden[0][1]!.split('\n');
    assert.equal(lines[0], 'In deze wet en de daarop berustende bepalingen wordt verstaan onder:');
    assert.equal(lines.length, 5);
    assert.equal(lines[2], '  Onze Minister: Onze Minister voor Rechtsbescherming;');
    assert.deepEqual(a2a.leden.map((l) => l[0]), [null]);
    assert.deepEqual(a51.leden, [[null, 'De Wet bescherming persoonsgegevens wordt ingetrokken.']]);
    assert.equal(a51.status, undefined);
  });

  it('is refused by the BW import with a clear message: it is not Boek 3, 6 or 7', () => {
    const r = importBwbXml(xml);
    assert.equal(r.ok, false);
    assert.ok(!r.ok);
    assert.match(r.error.nl, /Deze export is van BWBR0040940, niet van Boek 3, 6 of 7 van het Burgerlijk Wetboek/);
    assert.match(r.error.en, /not of Book 3, 6 or 7 of the Civil Code/);
  });

  it('cut short or with its root renamed, it is refused as what it is', () => {
    const cut = importBwbXml(xml.slice(0, Math.floor(xml.length / 2)));
    assert.ok(!cut.ok);
    assert.match(cut.error.nl, /geen geldige XML/);
    const renamed = importBwbXml(xml.replace('<toestand ', '<regeling ').replace('</toestand>', '</regeling>'));
    assert.ok(!renamed.ok);
    assert.match(renamed.error.nl, /hoofdelement is <regeling>/);
  });
});

