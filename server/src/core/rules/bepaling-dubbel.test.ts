import * as assert from 'node:assert/strict';
import { check } from '../testing/check';

const clause = 'Leverancier is niet aansprakelijk voor schade die het gevolg is van onjuiste gegevens van Opdrachtgever.';

describe('bepaling-dubbel', () => {
  it('fires on the second copy of a clause, pointing at the first', () => {
    const found = check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 ${clause}\n\n## Artikel 2 – Twee\n2.1 «${clause}»\n`);
    assert.equal(found[0].related?.length, 1);
    assert.match(found[0].message.nl, /1\.1/);
  });

  it('sees through case, punctuation, numbering and line breaks', () => {
    const variant = clause.toUpperCase().replace(' voor ', '\n   voor ').replace('.', ';');
    check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 ${clause}\n\n## Artikel 2 – Twee\n2.1 «${variant}»\n`);
  });

  it('leaves different and short clauses alone', () => {
    check('bepaling-dubbel', `## Artikel 1 – Een\n1.1 ${clause}\n1.2 Zie artikel 2.\n\n## Artikel 2 – Twee\n2.1 ${clause.replace('onjuiste', 'onvolledige')}\n2.2 Zie artikel 2.\n`);
  });
});
