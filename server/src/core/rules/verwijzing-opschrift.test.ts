import * as assert from 'node:assert/strict';
import { check } from '../testing/check';

const DRAFT = (ref: string) =>
  [
    '## Artikel 1 – Toepasselijkheid',
    `1.1 Voor overmacht geldt ${ref}.`,
    '## Artikel 2 – Aansprakelijkheid',
    '2.1 Leverancier is aansprakelijk volgens de wet.',
    '## Artikel 3 – Overmacht',
    '3.1 Bij overmacht hoeft een partij niet na te komen.',
    '',
  ].join('\n');

describe('verwijzing-opschrift', () => {
  it('fires on a caption that names another heading than the target, and names the target heading', () => {
    const [f] = check('verwijzing-opschrift', DRAFT('«artikel 2 (Overmacht)»'));
    assert.match(f.message.nl, /artikel 2 heet "Aansprakelijkheid"/);
    assert.match(f.message.en, /article 2 is headed "Aansprakelijkheid"/);
    assert.equal(f.related?.length, 1);
    check('verwijzing-opschrift', DRAFT('«artikel 2 "Overmacht"»'));
  });

  it('accepts the right caption, a shortened one, and parentheses that are no caption', () => {
    check('verwijzing-opschrift', DRAFT('artikel 3 (Overmacht)'));
    check('verwijzing-opschrift', DRAFT('artikel 2 (aansprakelijk)'));
    check('verwijzing-opschrift', DRAFT('artikel 2 (zie hierna)'));
    check('verwijzing-opschrift', DRAFT('artikel 2 (en verder)'));
    check('verwijzing-opschrift', DRAFT('artikel 2'));
  });

  it('reads a reference to a lid against the heading of its article', () => {
    check('verwijzing-opschrift', DRAFT('«artikel 2.1 (Overmacht)»'));
    check('verwijzing-opschrift', DRAFT('artikel 3.1 (Overmacht)'));
  });
});
