import * as assert from 'node:assert/strict';
import { AUDIENCE_REACH, findDeclaredAudience, findDeclaredLanguage } from '../../server/src/core/model/directives';
import { audienceEdit, declaredAudience, declaredLanguage, languageEdit, REACH, type TextChange } from './audienceDirective';

const apply = (text: string, e: TextChange | undefined) => (e ? text.slice(0, e.start) + e.newText + text.slice(e.end) : text);

describe('the audience comment written from the status bar', () => {
  const draft = '# Algemene voorwaarden\n\n## Artikel 1 – Toepasselijkheid\n1.1 Deze voorwaarden gelden voor elke Opdracht.\n';

  it('a draft without the comment gets it on its own first line, and the server reads it', () => {
    const out = apply(draft, audienceEdit(draft, 'b2c'));
    assert.equal(out, `<!-- clausule: doelgroep=b2c -->\n${draft}`);
    assert.equal(findDeclaredAudience(out), 'b2c');
    assert.equal(declaredAudience(out), 'b2c');
  });

  it('an existing comment is rewritten in place, in whatever spacing and case it was written', () => {
    const text = `# Voorwaarden\n<!--clausule:Doelgroep = B2B-->\n\n1.1 Tekst.\n`;
    assert.equal(findDeclaredAudience(text), 'b2b');
    const out = apply(text, audienceEdit(text, 'b2c'));
    assert.equal(out, `# Voorwaarden\n<!-- clausule: doelgroep=b2c -->\n\n1.1 Tekst.\n`);
    assert.equal(findDeclaredAudience(out), 'b2c');
  });

  it('choosing the audience the draft already declares changes nothing', () => {
    const text = `<!-- clausule: doelgroep=b2b -->\n${draft}`;
    assert.equal(audienceEdit(text, 'b2b'), undefined);
  });

  it('"auto" removes the comment with its line, so the draft decides again', () => {
    const text = `<!-- clausule: doelgroep=b2c -->\r\n${draft.replace(/\n/g, '\r\n')}`;
    const out = apply(text, audienceEdit(text, 'auto'));
    assert.equal(out, draft.replace(/\n/g, '\r\n'));
    assert.equal(findDeclaredAudience(out), undefined);
    assert.equal(audienceEdit(draft, 'auto'), undefined, 'nothing to remove');
  });

  it('"auto" removes only the comment when it shares its line with text', () => {
    const text = `Voorwaarden <!-- clausule: doelgroep=b2c --> 2026\n1.1 Tekst.\n`;
    assert.equal(apply(text, audienceEdit(text, 'auto')), 'Voorwaarden  2026\n1.1 Tekst.\n');
  });

  it('a Windows draft gets a Windows line ending after a new comment', () => {
    const text = draft.replace(/\n/g, '\r\n');
    assert.equal(apply(text, audienceEdit(text, 'b2b')), `<!-- clausule: doelgroep=b2b -->\r\n${text}`);
  });

  it('a comment beyond the reach the server reads does not count and is not rewritten', () => {
    const text = `${'1.1 Tekst van het beding.\n'.repeat(100)}<!-- clausule: doelgroep=b2b -->\n`;
    assert.equal(findDeclaredAudience(text), undefined);
    assert.equal(declaredAudience(text), undefined);
    const out = apply(text, audienceEdit(text, 'b2c'));
    assert.ok(out.startsWith('<!-- clausule: doelgroep=b2c -->\n'));
    assert.equal(findDeclaredAudience(out), 'b2c');
  });
});

describe('the language comment written from the status bar', () => {
  const draft = '# Algemene voorwaarden\n\n## Artikel 1 – Toepasselijkheid\n1.1 Deze voorwaarden gelden voor elke Opdracht.\n';

  it('is written on its own first line, beside an audience comment, and the server reads both', () => {
    const withAudience = `<!-- clausule: doelgroep=b2c -->\n${draft}`;
    const out = apply(withAudience, languageEdit(withAudience, 'en'));
    assert.equal(out, `<!-- clausule: taal=en -->\n<!-- clausule: doelgroep=b2c -->\n${draft}`);
    assert.equal(findDeclaredLanguage(out), 'en');
    assert.equal(declaredLanguage(out), 'en');
    assert.equal(findDeclaredAudience(out), 'b2c');
    assert.equal(declaredAudience(out), 'b2c');
  });

  it('is rewritten in place, left alone when it already says so, and removed by "auto"', () => {
    const text = `# Voorwaarden\n<!--clausule:TAAL=en-->\n1.1 Tekst.\n`;
    assert.equal(declaredLanguage(text), 'en');
    const nl = apply(text, languageEdit(text, 'nl'));
    assert.equal(nl, `# Voorwaarden\n<!-- clausule: taal=nl -->\n1.1 Tekst.\n`);
    assert.equal(findDeclaredLanguage(nl), 'nl');
    assert.equal(languageEdit(nl, 'nl'), undefined);
    assert.equal(apply(nl, languageEdit(nl, 'auto')), `# Voorwaarden\n1.1 Tekst.\n`);
    assert.equal(languageEdit(draft, 'auto'), undefined, 'nothing to remove');
  });

  it('an audience comment is not a language comment, nor the other way round', () => {
    assert.equal(declaredLanguage(`<!-- clausule: doelgroep=b2b -->\n${draft}`), undefined);
    assert.equal(declaredAudience(`<!-- clausule: taal=en -->\n${draft}`), undefined);
  });

  it('reaches as far as the server reads', () => {
    assert.equal(REACH, AUDIENCE_REACH);
    const late = `${'x'.repeat(REACH)}\n<!-- clausule: taal=en -->\n`;
    assert.equal(findDeclaredLanguage(late), undefined);
    assert.equal(declaredLanguage(late), undefined);
  });
});
