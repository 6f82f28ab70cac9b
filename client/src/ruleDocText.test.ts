import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/core';
import { dutchPage, englishFromDutch, ruleDocPage } from './ruleDocText';

/** server/src/core/rules, from the compiled test in out/test/client/src or from the source tree. */
const RULES = (() => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const p = path.join(dir, 'server', 'src', 'core', 'rules');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(p)) return p;
    if (path.dirname(dir) === dir) return path.join(process.cwd(), 'server', 'src', 'core', 'rules');
  }
})();

const sample = [
  '# voorbeeld – Nederlandse titel / English title',
  '',
  '**Standaard:** waarschuwing (fout tegenover consumenten) · **Categorie:** consument · **Alleen bij doelgroep b2c**',
  '',
  '## Wat het vindt',
  'Nederlandse uitleg.',
  '',
  '## Meldt',
  '```',
  '1.1 Fout beding.',
  '```',
  '',
  '## Meldt niet',
  '```',
  '1.1 Goed beding.',
  '```',
  '',
  '## Oplossen',
  'Doe iets.',
  '',
  '---',
  '',
  '**English.** Finds the example.',
  '',
].join('\n');

describe('rule documentation in the chosen language', () => {
  it('the Dutch page leaves out the English section', () => {
    const nl = dutchPage(sample);
    assert.ok(nl.startsWith('# voorbeeld – Nederlandse titel\n'));
    assert.ok(nl.includes('## Oplossen\nDoe iets.'));
    assert.doesNotMatch(nl, /English|Finds the example|^---/m);
  });

  it('without an .en.md the English page has the English title, summary, defaults and examples, and no Dutch prose', () => {
    const en = englishFromDutch(sample)!;
    assert.ok(en.startsWith('# voorbeeld – English title\n'));
    assert.match(en, /\*\*Default:\*\* warning \(higher or lower in some cases; see the Dutch page\) · \*\*Category:\*\* consumer · \*\*Only for audience b2c\*\*/);
    assert.match(en, /## What it finds\n\nFinds the example\./);
    assert.match(en, /## Flagged\n\n```\n1\.1 Fout beding\.\n```/);
    assert.match(en, /## Not flagged\n\n```\n1\.1 Goed beding\.\n```/);
    assert.doesNotMatch(en, /Nederlandse|Wat het vindt|Oplossen|Doe iets|Standaard/);
  });

  it('an .en.md beside the rule is shown as it is; Dutch stays Dutch', () => {
    assert.equal(ruleDocPage(sample, '# voorbeeld – full English page\n', 'en'), '# voorbeeld – full English page\n');
    assert.equal(ruleDocPage(sample, '# voorbeeld – full English page\n', 'nl'), dutchPage(sample));
  });

  it('a page without an English section is shown in Dutch rather than not at all', () => {
    const plain = '# x – titel\n\nTekst.\n';
    assert.equal(englishFromDutch(plain), undefined);
    assert.equal(ruleDocPage(plain, undefined, 'en'), plain);
  });

  it('every rule of the registry has an English page and a Dutch page without English', () => {
    assert.ok(allRules.length > 20);
    for (const r of allRules) {
      const id = r.meta.id;
      const nl = fs.readFileSync(path.join(RULES, `${id}.md`), 'utf8');
      const enFile = path.join(RULES, `${id}.en.md`);
      const en = ruleDocPage(nl, fs.existsSync(enFile) ? fs.readFileSync(enFile, 'utf8') : undefined, 'en');
      assert.match(en, new RegExp(`^# ${id} – [A-Za-z]`), `${id}: English title`);
      assert.match(en, /^## What it finds\n+\S/m, `${id}: English summary`);
      assert.doesNotMatch(en, /^## (Wat het vindt|Waarom het ertoe doet|Oplossen|Meldt)/m, `${id}: no Dutch headings`);
      assert.doesNotMatch(en, /\*\*(Standaard|Categorie):/, `${id}: no Dutch defaults line`);
      assert.match(en, /\*\*Default:\*\* (error|warning|information|hint|off)\b/, `${id}: default severity in English`);
      if (fs.existsSync(enFile)) {
        // A full English page keeps the Dutch page's examples word for word (they are draft text).
        const section = (doc: string, heading: string) =>
          new RegExp(`^## ${heading}\\n([\\s\\S]*?)(?=^## |^---|(?![\\s\\S]))`, 'm').exec(doc)?.[1].match(/^```[\s\S]*?^```/gm)?.join('\n');
        assert.equal(section(en, 'Flagged'), section(nl, 'Meldt'), `${id}: flagged examples`);
        assert.equal(section(en, 'Not flagged'), section(nl, 'Meldt niet'), `${id}: examples not flagged`);
        assert.match(en, /^## Why it matters\n+\S/m, `${id}: why it matters`);
      }
      const page = ruleDocPage(nl, undefined, 'nl');
      assert.match(page, /^## Wat het vindt/m, `${id}: Dutch page`);
      assert.doesNotMatch(page, /\*\*English\.\*\*/, `${id}: Dutch page without the English section`);
    }
  });
});
