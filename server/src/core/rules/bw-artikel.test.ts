import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { mayCite } from './bw-artikel';
import { analyze } from '../analyzer';
import { applyFix, check, unmark } from '../testing/check';
import { runs } from '../testing/fuzz';

/** Severity as shipped: check() switches the rule on with an explicit severity, which overrides grading. */
function defaultSeverity(text: string): string[] {
  return analyze(text).findings.filter((f) => f.ruleId === 'bw-artikel').map((f) => f.severity);
}

describe('bw-artikel', () => {
  it('fires on an article the book does not have', () => {
    const [f] = check('bw-artikel', 'Op grond van «artikel 7:4088 BW» mag de Opdrachtgever opzeggen.');
    // A warning that names the version Clausule carries and links to the text in force, never "does not exist".
    assert.deepEqual(defaultSeverity('Op grond van artikel 7:4088 BW mag de Opdrachtgever opzeggen.'), ['warning']);
    assert.match(f.message.nl, /7:4088 BW staat niet in de versie van 2023-07-01 die Clausule meelevert/);
    assert.match(f.message.nl, /Bedoelt u artikel 7:408\b/);
    assert.match(f.message.nl, /https:\/\/wetten\.overheid\.nl\/jci1\.3:c:BWBR0005290&artikel=4088/);
    assert.match(f.message.en, /not in the version of 2023-07-01/);
    assert.doesNotMatch(f.message.nl + f.message.en, /bestaat niet|does not exist/);
    check('bw-artikel', 'zie «art. 6:2369 BW» en «artikel 3:9999 BW»');
  });

  it('offers the near article as a fix', () => {
    const marked = 'Op grond van «artikel 7:4088 BW» mag de Opdrachtgever opzeggen.';
    const [f] = check('bw-artikel', marked);
    const fixed = f.fixes!.map((_, i) => applyFix(unmark(marked).text, f, i));
    assert.ok(fixed.includes('Op grond van artikel 7:408 BW mag de Opdrachtgever opzeggen.'), JSON.stringify(fixed));
  });

  it('fires on a lid the article does not have', () => {
    const [f] = check('bw-artikel', 'Partijen sluiten «art. 7:408 lid 4 BW» uit.');
    assert.match(f.message.nl, /in de versie van 2023-07-01 die Clausule meelevert geen lid 4; het heeft daar 3 leden \(1-3\)/);
    check('bw-artikel', '«artikel 6:96, negende lid, BW»');
    check('bw-artikel', '«artikel 11.7 lid 12 Telecommunicatiewet»');
  });

  it('fires on a sub-item the article or lid does not have, and names the lid that has it', () => {
    const [u] = check('bw-artikel', 'in strijd met «artikel 6:236 sub u BW»');
    assert.match(u.message.nl, /geen onderdeel u \(alleen a-t\)/);
    check('bw-artikel', '«artikel 6:237 onder p BW»');
    const [f] = check('bw-artikel', 'conform «art. 6:96 lid 3 sub c BW»');
    assert.match(f.message.nl, /6:96 lid 3 BW heeft in de versie van 2026-07-16 die Clausule meelevert geen onderdeel c/);
    assert.match(f.message.nl, /Bedoelt u 6:96 lid 2 sub c/);
    check('bw-artikel', 'zie «artikel 7:408 sub a BW»');
  });

  it('fires on a repealed article, names its successor, and is an error', () => {
    const [f] = check('bw-artikel', 'zoals bedoeld in «artikel 7:46a BW»');
    assert.match(f.message.nl, /vervallen \(per 13-06-2014\)/);
    const [d] = check('bw-artikel', 'het herroepingsrecht van «artikel 7:46d BW»');
    assert.match(d.message.nl, /afdeling 6\.5\.2B \(artikelen 6:230g-6:230z BW\)/);
    assert.deepEqual(defaultSeverity('artikel 7:46d BW'), ['error']);
  });

  it('recognises every form the official text uses for a repealed article or lid', () => {
    // "[Vervallen per 01-07-2015 01-07-2015]" (doubled date), "(vervallen)", "[vervallen.]" (a lid).
    const [doubled] = check('bw-artikel', 'zie «artikel 7:685 BW»');
    assert.match(doubled.message.nl, /7:685 BW is vervallen \(per 01-07-2015\)/);
    const [bracketed] = check('bw-artikel', 'zie «artikel 7:375 BW»');
    assert.match(bracketed.message.nl, /7:375 BW is vervallen/);
    const [lid] = check('bw-artikel', 'zie «artikel 3:15e lid 2 BW»');
    assert.match(lid.message.nl, /Lid 2 van artikel 3:15e BW is vervallen/);
    check('bw-artikel', 'zie artikel 3:15e lid 1 BW');
  });

  it('never calls a provision in force in December 2026 missing (law since 2023)', () => {
    // 3:94 lid 5 (2025), afdeling 6.5.2ab (6:230fa-6:230fd), 6:193a's new letters, 6:230g's new letters.
    check('bw-artikel', [
      'De mededeling geschiedt schriftelijk (artikel 3:94 lid 5 BW).',
      'artikel 6:230fa BW, artikel 6:230fb BW, artikel 6:230fd lid 2 BW.',
    ].join('\n'));
    for (const marked of ['een milieuclaim als bedoeld in «artikel 6:193a lid 1 sub q BW»', 'zie «artikel 6:230g lid 1 sub ad BW»']) {
      const [f] = check('bw-artikel', marked);
      assert.match(f.message.nl, /in de versie van 2023-07-01 die Clausule meelevert/);
      assert.match(f.message.nl, /Dit artikel is na die versie gewijzigd/);
      assert.doesNotMatch(f.message.nl, /bestaat niet/);
      assert.equal(f.severity, 'warning');
    }
  });

  it('gives each citation of a list its own finding', () => {
    check('bw-artikel', 'de artikelen 7:404 BW, «7:407 lid 3 BW» en 7:409 BW zijn niet van toepassing');
  });

  it('a "lid 1" of an article without numbered leden is only a warning', () => {
    const [f] = check('bw-artikel', '«artikel 7:404 lid 1 BW»');
    assert.match(f.message.nl, /geen genummerde leden/);
    assert.deepEqual(defaultSeverity('artikel 7:404 lid 1 BW'), ['warning']);
    assert.deepEqual(defaultSeverity('artikel 7:404 lid 2 BW'), ['warning']);
  });

  it('stays quiet on citations that exist', () => {
    check('bw-artikel', [
      'Partijen sluiten artikel 7:408 lid 1 BW en art. 7:407 lid 2 BW uit.',
      'de artikelen 7:407 lid 2 BW, 7:404 BW en 7:409 BW zijn niet van toepassing.',
      'Dit beding valt niet onder artikel 6:236 sub j BW of 6:237 onder o BW.',
      'conform art. 6:96 lid 2 sub c BW en artikel 6:96 lid 8 BW;',
      'artikel 3:83 lid 3 BW; artikel 3:83 lid 4 onder d BW; artikel 6:119a lid 6 BW; artikel 6:230oa BW.',
      'Artikel 7:408, eerste lid, BW is niet van toepassing.',
      'met inachtneming van artikel 11.7 lid 4 Telecommunicatiewet.',
      'artikel 408 lid 1 van Boek 7 BW',
    ].join('\n'));
  });

  it('stays quiet on laws it does not hold and on things that are not citations', () => {
    check('bw-artikel', [
      'artikel 2:403 BW en artikel 1:81 BW gelden niet; artikel 10:154 BW evenmin.',
      'artikel 12.3 van deze voorwaarden, artikel 4.2 lid 3.',
      'De helpdesk is bereikbaar van 10:30 uur tot 17:00 uur, in de verhouding 3:1.',
      'artikel 11.8 Telecommunicatiewet',
    ].join('\n'));
  });

  it('mayCite says what the colon-or-law-name regex says', () => {
    const plain = (t: string) => t.includes(':') || /Telecommunicatiewet|Tw\b/.test(t) || /boek/iu.test(t);
    const pieces = ['Tw', 'tw', 'TW', 'Tw_', 'Tw7', 'Twee', 'Tw.', 'Boek', 'boek', 'Boe', 'Telecommunicatiewet', 'telecommunicatiewet', ':', '7', 'a', ' ', '\n', '\r\n', 'é', '\u212a', '\u017f', '\ud835\udc00'];
    fc.assert(
      fc.property(
        fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 })),
        (t) => assert.equal(mayCite(t), plain(t), JSON.stringify(t)),
      ),
      { numRuns: runs(1500) },
    );
    for (const t of ['art. 11.7 Tw', 'Tw', '(Tw)', 'Boek 7', 'boek 7', 'BOEK 7', 'Telecommunicatiewet', '7:408']) assert.ok(mayCite(t), t);
    for (const t of ['Twee', 'Tw_x', 'Tw7', 'Boe 7', '']) assert.ok(!mayCite(t), t);
  });

  it('checks the long form in any case, as the parser reads it ("artikel 4088 van boek 7")', () => {
    check('bw-artikel', 'Zie «artikel 4088 van Boek 7» voor de opzegging.');
    check('bw-artikel', 'Zie «artikel 4088 van boek 7» voor de opzegging.');
    check('bw-artikel', 'Zie artikel 408 van boek 7 voor de opzegging.');
  });

  it('takes "e.v." between a citation and "BW" as part of a named citation', () => {
    check('bw-artikel', '## Artikel 1 – Aard\n1.1 Dit is een overeenkomst van opdracht als bedoeld in artikel 7:400 e.v. BW en artikel 7:446 e. v. BW.\n1.2 Afdeling 7.1 is van toepassing, zoals artikel 7:17 en volgende van het Burgerlijk Wetboek.\n');
    // Without "BW" after "e.v." the citation still names no statute.
    check('bw-artikel', '## Artikel 1 – Aard\n1.1 Partijen sluiten geen arbeidsovereenkomst als bedoeld in «artikel 7:610» e.v.\n');
  });
});
