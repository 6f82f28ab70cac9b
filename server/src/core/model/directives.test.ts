import * as assert from 'node:assert/strict';
import { AUDIENCE_REACH, findDeclaredAudience, findDeclaredLanguage } from './directives';
import { parseDocument } from './parse';

describe('directives: the language comment', () => {
  it('reads <!-- clausule: taal=en --> and taal=nl near the top, in any case and spacing', () => {
    assert.equal(findDeclaredLanguage('<!-- clausule: taal=en -->\n# Voorwaarden\n'), 'en');
    assert.equal(findDeclaredLanguage('# Voorwaarden\n<!--clausule:TAAL: NL-->\n'), 'nl');
    assert.equal(parseDocument('<!-- clausule: doelgroep=b2c -->\n<!-- clausule: taal=en -->\n## Artikel 1 – Duur\n').declaredLanguage, 'en');
  });

  it('is not the audience comment, and the audience comment is not it', () => {
    const text = '<!-- clausule: doelgroep=b2c -->\n# Voorwaarden\n';
    assert.equal(findDeclaredLanguage(text), undefined);
    assert.equal(findDeclaredAudience('<!-- clausule: taal=en -->\n'), undefined);
    assert.equal(parseDocument(text).declaredLanguage, undefined);
  });

  it('ignores other languages, other words and a comment beyond the reach of the top', () => {
    assert.equal(findDeclaredLanguage('<!-- clausule: taal=de -->\n'), undefined);
    assert.equal(findDeclaredLanguage('<!-- clausule: language=en -->\n'), undefined);
    assert.equal(findDeclaredLanguage('De taal=en van dit concept.\n'), undefined);
    const late = `${'x'.repeat(AUDIENCE_REACH)}\n<!-- clausule: taal=en -->\n`;
    assert.equal(findDeclaredLanguage(late), undefined);
  });
});
