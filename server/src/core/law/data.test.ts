// Validation of the bundled law data: official text (or an explicit gap), source, consecutive leden,
// and curated entries that point at provisions we hold, in both languages.
import * as assert from 'node:assert/strict';
import {
  allArticles, articleByKey, articlesOfBook, curatedCaution, curatedEntry, curatedKeys, curatedSub, getCurated, type Article,
} from './index';
import type { CuratedEntry } from './types';

const LANGS = ['nl', 'en'] as const;

/** Every provision issue 5 asks to curate. */
const REQUIRED: string[] = [
  ...range(7, 400, 413),
  ...range(6, 231, 247),
  '6:74', '6:75', '6:81', '6:82', '6:83', '6:91', '6:92', '6:93', '6:94', '6:96', '6:119', '6:119a',
  '6:52', '6:248', '6:258', '6:262', '6:265', '3:40', '3:83', '3:310', 'Tw 11.7',
];

function range(book: number, from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${book}:${n}`);
  return out;
}

function letters(from: string, to: string): string[] {
  const out: string[] = [];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out.push(String.fromCharCode(c));
  return out;
}

function localized(where: string, v: unknown) {
  assert.ok(v && typeof v === 'object', `${where}: missing`);
  for (const l of LANGS) {
    const s: unknown = (v as Record<string, unknown>)[l];
    assert.equal(typeof s, 'string', `${where}.${l}: missing`);
    assert.ok((s as string).trim().length > 0, `${where}.${l}: empty`);
  }
}

/** A related key is an article we hold, or a curated letter such as "6:236 sub c". */
function resolves(key: string): boolean {
  const m = /^(.*) sub ([a-z])$/.exec(key);
  return m ? curatedSub(m[1], m[2]) !== undefined : articleByKey(key) !== undefined;
}

describe('law data: every article', () => {
  const all = allArticles();

  it('holds all articles of BW 3, 6 and 7', () => {
    assert.ok(articlesOfBook(3).length > 300, 'Boek 3');
    assert.ok(articlesOfBook(6).length > 300, 'Boek 6');
    assert.ok(articlesOfBook(7).length > 800, 'Boek 7');
    for (const k of ['3:1', '6:1', '7:1', '7:400', '6:230oa', '7:46a']) assert.ok(articleByKey(k), k);
  });

  it('gives each article a source, a version date and a wetten.overheid.nl link', () => {
    for (const a of all) {
      assert.match(a.version, /^\d{4}-\d\d-\d\d$/, `${a.key} version`);
      assert.ok(a.source.includes(a.version), `${a.key} source names the version`);
      assert.match(a.source, /BWBR\d{7}/, `${a.key} source names the BWB id`);
      assert.match(a.url, /^https:\/\/wetten\.overheid\.nl\/.*BWBR\d{7}/, `${a.key} url`);
    }
  });

  it('has official text for each lid, or says explicitly that it has none', () => {
    let missing = 0;
    for (const a of all) {
      assert.ok(a.leden.length > 0, `${a.key} has no leden`);
      for (const l of a.leden) {
        if (l.text === null) {
          assert.equal(l.textAvailable, false, `${a.key} lid ${l.nr}`);
          missing++;
        } else {
          assert.ok(l.text.trim().length > 0, `${a.key} lid ${l.nr} is empty`);
        }
      }
    }
    // Only Telecommunicatiewet 11.7 leden 2, 3 and 5-11 are known gaps, and the four articles of
    // afdeling 6.5.2ab (6:230fa-6:230fd) that we know to exist in the 2026 text but do not hold.
    assert.equal(missing, 9 + 4);
    for (const k of ['6:230fa', '6:230fb', '6:230fc', '6:230fd']) assert.equal(articleByKey(k)!.textless, true, k);
  });

  it('numbers the leden 1, 2, 3 ... without gaps or duplicates', () => {
    for (const a of all) {
      const nrs = a.leden.map((l) => l.nr);
      if (nrs.length === 1 && nrs[0] === null) continue;
      const main = nrs.filter((n): n is string => n !== null && /^\d+$/.test(n)).map(Number);
      assert.equal(nrs.filter((n) => n === null).length, 0, `${a.key}: unnumbered lid among numbered ones`);
      assert.equal(new Set(nrs).size, nrs.length, `${a.key}: duplicate lid ${nrs}`);
      assert.deepEqual(main, main.map((_, i) => i + 1), `${a.key}: leden ${nrs}`);
    }
  });

  it('uses the newer texts of 6:96 (lid 8) and 3:83 (leden 3-4), with their dates', () => {
    const a96 = articleByKey('6:96')!;
    assert.equal(a96.version, '2026-07-16');
    assert.equal(a96.leden.length, 8);
    assert.match(a96.leden[7].text!, /termijnbetalingen/);
    assert.deepEqual(a96.leden[1].subs, ['a', 'b', 'c']);
    const a83 = articleByKey('3:83')!;
    assert.equal(a83.version, '2025-07-01');
    assert.equal(a83.leden.length, 5);
    assert.match(a83.leden[2].text!, /verpandbaarheid/);
    assert.deepEqual(a83.leden[3].subs, ['a', 'b', 'c', 'd']);
  });

  it('knows the letters of 6:236 (a-t) and 6:237 (a-o), and repealed articles', () => {
    assert.deepEqual(articleByKey('6:236')!.leden[0].subs, letters('a', 't'));
    assert.deepEqual(articleByKey('6:237')!.leden[0].subs, letters('a', 'o'));
    assert.equal(articleByKey('7:46a')!.status, 'vervallen');
    assert.equal(articleByKey('7:408')!.status, 'geldend');
  });
});

describe('law data: curated entries', () => {
  it('cover every provision issue 5 names', () => {
    for (const k of REQUIRED) assert.ok(curatedEntry(k), `no curated entry for ${k}`);
  });

  it('only curate provisions we hold', () => {
    for (const k of curatedKeys()) assert.ok(articleByKey(k), `${k} is curated but not in bw.json`);
  });

  it('have title, explanation and note in Dutch and English', () => {
    localized('caution', { nl: curatedCaution('nl'), en: curatedCaution('en') });
    for (const k of curatedKeys()) {
      const e = curatedEntry(k)!;
      localized(`${k}.title`, e.title);
      localized(`${k}.explanation`, e.explanation);
      localized(`${k}.note`, e.note);
      for (const l of LANGS) assert.ok(e.title[l].length <= 70, `${k}.title.${l} is not short`);
    }
  });

  it('relate only to provisions that exist', () => {
    for (const k of curatedKeys()) {
      const e = curatedEntry(k)!;
      assert.ok(Array.isArray(e.related), `${k}.related`);
      for (const r of e.related) {
        assert.ok(resolves(r), `${k}.related: ${r} does not exist`);
        assert.notEqual(r, k, `${k} relates to itself`);
      }
    }
  });

  it('say textAvailable:false exactly where we hold no official text', () => {
    for (const k of curatedKeys()) {
      const a = articleByKey(k) as Article;
      const gap = a.leden.some((l) => l.text === null);
      assert.equal(curatedEntry(k)!.textAvailable === false, gap, k);
    }
  });

  it('state the regime per audience with a basis, for leden that exist', () => {
    const regimes = ['regelend', 'dwingend', 'n.v.t.', 'zwart', 'grijs', 'verjaring'];
    for (const k of curatedKeys()) {
      const e: CuratedEntry = curatedEntry(k)!;
      const a = articleByKey(k)!;
      for (const m of e.mandatory ?? []) {
        assert.ok(regimes.includes(m.b2b) && regimes.includes(m.b2c), `${k}: regime ${m.b2b}/${m.b2c}`);
        assert.ok(m.basis.trim().length > 0, `${k}: basis`);
        for (const lid of m.leden ?? []) assert.ok(a.leden.some((l) => l.nr === lid), `${k}: lid ${lid}`);
      }
    }
    // The regimes the bw-afwijking rule depends on, straight from 7:413.
    const m408 = curatedEntry('7:408')!.mandatory!;
    assert.deepEqual(m408.find((m) => m.leden?.includes('1')), { leden: ['1'], b2b: 'regelend', b2c: 'dwingend', basis: '7:413 lid 2' });
    assert.equal(m408.find((m) => m.leden?.includes('3'))!.basis, '7:413 lid 1');
    assert.deepEqual(curatedEntry('7:411')!.mandatory, [{ b2b: 'regelend', b2c: 'dwingend', basis: '7:413 lid 2' }]);
    assert.equal(curatedEntry('7:404')!.mandatory![0].b2c, 'regelend');
    // The black and grey lists make a clause in general terms voidable; they do not make the article
    // mandatory (audit C1): 6:52, 6:262 and 6:265 stay default law with a black-list regime.
    for (const k of ['6:52', '6:262', '6:265']) assert.equal(curatedEntry(k)!.mandatory![0].b2c, 'zwart', k);
    assert.equal(curatedEntry('7:401')!.mandatory![0].b2c, 'grijs');
    assert.equal(curatedEntry('7:407')!.mandatory!.find((m) => m.leden?.includes('2'))!.b2c, 'grijs');
    // Mandatory between businesses too, with the nullity the statute states.
    for (const k of ['3:83', '6:94', '6:119a']) assert.equal(curatedEntry(k)!.mandatory![0].gevolg, 'nietig', k);
    assert.equal(curatedEntry('7:412')!.mandatory![0].basis, '7:413 lid 3');
  });

  it('address every letter of 6:236 (a-t) and 6:237 (a-o) with its own title and explanation', () => {
    for (const [key, to] of [['6:236', 't'], ['6:237', 'o']] as const) {
      const subs = curatedEntry(key)!.subs!;
      assert.deepEqual(Object.keys(subs).sort(), letters('a', to), key);
      for (const [s, v] of Object.entries(subs)) {
        localized(`${key} sub ${s}.title`, v.title);
        localized(`${key} sub ${s}.explanation`, v.explanation);
      }
    }
    const j = getCurated('6:236 sub j')!;
    assert.match(j.title.nl, /verlenging/i);
    assert.equal(getCurated('6:236 sub u'), undefined);
    assert.equal(getCurated('6:237 sub p'), undefined);
    assert.equal(getCurated('7:999'), undefined);
    assert.equal(getCurated('toString'), undefined);
  });
});
